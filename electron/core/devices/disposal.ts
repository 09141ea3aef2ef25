// 报废 (out of use, storage kept with it), 销毁 (storage destroyed at an approved place before two witnesses)
// and 降密/转为非涉密 (only once the storage was destroyed or replaced).
import type { z } from 'zod';
import { DEVICE_CLASS_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import type {
  DeviceDestroyInput,
  DeviceDowngradeInput,
  DeviceRetireInput,
} from '../../ipc/schemas/devices-actions';
import type { DeviceDetail } from '../../ipc/schemas/devices';
import type { AppCore } from '../app-core';
import { approve } from '../approvals/approve';
import { refuse } from '../util/refuse';
import {
  checkDowngradeLowers,
  checkDowngradeStorage,
  checkMediumCoversWritten,
  checkNotOutWhenRetiring,
  checkStatus,
  checkTwoWitnesses,
  rankOf,
  requireApproval,
} from './rules';
import { addEvent, diskList, isClassified, loadDevice, setDevice } from './store';
import { getDevice } from './views';

type In<T extends z.ZodType> = z.output<T>;

const levelName = (d: { level: keyof typeof LEVEL_LABELS | null }) =>
  d.level ? LEVEL_LABELS[d.level] : '涉密';

export function retireDevice(core: AppCore, input: In<typeof DeviceRetireInput>): DeviceDetail {
  core.write(
    'device_retire',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      checkNotOutWhenRetiring(d.status);
      checkStatus(d.status, ['in_stock', 'in_use'], '报废');
      const approval = isClassified(d)
        ? requireApproval(
            input.approval,
            'retire_needs_approval',
            `${levelName(d)}级设备、介质报废须经审批。`,
          )
        : input.approval;
      const approvalId = approval
        ? approve(tx, approval, 'destroy', { type: 'device', id: d.id }, ctx, { notAfter: input.retiredOn })
        : null;
      setDevice(tx, ctx, d.id, { status: 'retired', custodianPersonId: null, custodianName: null });
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'retire',
        on: input.retiredOn,
        counterpart: d.custodianName ? `责任人 ${d.custodianName} 交回` : null,
        approvalId,
        detail: { reason: input.reason, storage: diskList(d.diskSerials) },
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}

export function destroyDevice(core: AppCore, input: In<typeof DeviceDestroyInput>): DeviceDetail {
  core.write(
    'device_destroy',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      checkStatus(d.status, ['retired'], '销毁（须先报废）');
      const approval = isClassified(d)
        ? requireApproval(
            input.approval,
            'destroy_needs_approval',
            `${levelName(d)}级设备、介质销毁须经审批。`,
          )
        : input.approval;
      checkTwoWitnesses(input.witnesses);
      const approvalId = approval
        ? approve(tx, approval, 'destroy', { type: 'device', id: d.id }, ctx, { notAfter: input.destroyedOn })
        : null;
      setDevice(tx, ctx, d.id, { status: 'destroyed', storageState: 'destroyed' });
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'destroy',
        on: input.destroyedOn,
        counterpart: `监销：${input.witnesses.map((w) => w.name).join('、')}`,
        approvalId,
        detail: {
          place: input.place,
          method: input.method,
          witnesses: input.witnesses,
          storage: diskList(d.diskSerials),
        },
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}

export function downgradeDevice(core: AppCore, input: In<typeof DeviceDowngradeInput>): DeviceDetail {
  core.write(
    'device_downgrade',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      checkStatus(d.status, ['in_stock', 'in_use'], '降密或转为非涉密');
      if (!isClassified(d)) refuse('device_state', `${d.deviceNo} 已是非涉密设备。`, 'deviceId');
      const approval = requireApproval(
        input.approval,
        'downgrade_needs_approval',
        `${levelName(d)}级设备降密或转为非涉密须经审批。`,
      );
      // 降密 keeps the item 涉密 at a lower level; 转为非涉密/互联网 drops the level altogether.
      const toLevel = input.toClass === 'classified' ? (input.toLevel ?? null) : null;
      if (toLevel) {
        checkDowngradeLowers(d.level, toLevel);
        if (d.family === 'medium') checkMediumCoversWritten(d.deviceNo, toLevel, d.maxWrittenRank, 'toLevel');
      }
      checkDowngradeStorage(d.storageState);
      const approvalId = approve(tx, approval, 'other', { type: 'device', id: d.id }, ctx, {
        notAfter: input.downgradedOn,
      });
      setDevice(tx, ctx, d.id, {
        class: input.toClass,
        level: toLevel,
        levelRank: rankOf(toLevel),
        onInternet: input.toClass === 'internet' ? 1 : 0,
        ...(toLevel ? {} : { secretNetwork: 0 }),
      });
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'downgrade',
        on: input.downgradedOn,
        counterpart: `${levelName(d)}→${toLevel ? LEVEL_LABELS[toLevel] : DEVICE_CLASS_LABELS[input.toClass]}`,
        approvalId,
        detail: { reason: input.reason, from: d.level, to: toLevel ?? input.toClass },
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}
