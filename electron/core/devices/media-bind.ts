// 首次识别: a registered medium learns its volume identifier from the drive plugged in now, so later writes
// onto it are recognised (issue 21 point 3). One audited write with its history row.
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { devices } from '../../../db/schema';
import type { DeviceBindVolumeInput, DeviceDetail } from '../../ipc/schemas/devices';
import type { AppCore } from '../app-core';
import { normalizeVolumeId } from '../files';
import { checkVolumeOnMedium, checkVolumeUnique } from './media-rules';
import { checkStatus } from './rules';
import { addEvent, loadDevice, setDevice } from './store';
import { getDevice } from './views';

/** The 保密编号 of the medium already bound to `volumeId` (other than `exceptId`), if any. */
export function volumeHolder(tx: Pick<Db, 'select'>, volumeId: string, exceptId = 0): string | undefined {
  return tx
    .select({ no: devices.deviceNo })
    .from(devices)
    .where(and(eq(devices.volumeId, volumeId), ne(devices.id, exceptId)))
    .get()?.no;
}

export function bindVolume(core: AppCore, input: z.output<typeof DeviceBindVolumeInput>): DeviceDetail {
  const volumeId = normalizeVolumeId(input.volumeId) ?? '';
  core.write(
    'device_bind_volume',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.id, 'id');
      checkVolumeOnMedium(d.family, volumeId);
      checkStatus(d.status, ['in_stock', 'in_use'], '绑定卷标识');
      checkVolumeUnique(volumeId, volumeHolder(tx, volumeId, d.id));
      setDevice(tx, ctx, d.id, { volumeId });
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'change',
        on: ctx.today,
        detail: { volumeId: { from: d.volumeId, to: volumeId } },
      });
    },
    () => ({ entityId: input.id, detail: { volumeId } }),
  );
  return getDevice(core, input.id);
}
