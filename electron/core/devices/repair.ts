// 维修: 现场维修 under a named 旁站陪同人, or 送外维修 only with the storage removed and kept; on completion
// the old and new 硬盘序列号 are handed over and the register is updated.
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { LEVEL_LABELS, REPAIR_MODE_LABELS } from '../../../db/domain/labels';
import { deviceRepairs } from '../../../db/schema';
import type { DeviceRepairDoneInput, DeviceRepairInput } from '../../ipc/schemas/devices-actions';
import type { DeviceDetail } from '../../ipc/schemas/devices';
import type { AppCore } from '../app-core';
import { approve } from '../approvals/approve';
import { refuse } from '../util/refuse';
import {
  checkOnsiteEscort,
  checkOutsideRepair,
  checkStatus,
  checkVendorTerms,
  requireApproval,
} from './rules';
import { addEvent, diskList, isClassified, loadDevice, setDevice } from './store';
import { getDevice } from './views';

type In<T extends z.ZodType> = z.output<T>;

export function startRepair(core: AppCore, input: In<typeof DeviceRepairInput>): DeviceDetail {
  core.write(
    'device_repair',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      checkStatus(d.status, ['in_stock', 'in_use'], '维修');
      const approval = isClassified(d)
        ? requireApproval(
            input.approval,
            'repair_needs_approval',
            `${d.level ? LEVEL_LABELS[d.level] : '涉密'}级设备维修须经审批，请登记审批人和审批日期。`,
          )
        : input.approval;
      if (isClassified(d)) {
        checkOutsideRepair(input);
        checkVendorTerms(input);
        checkOnsiteEscort(input);
      }
      const approvalId = approval
        ? approve(tx, approval, 'repair', { type: 'device', id: d.id }, ctx, { notAfter: input.startedOn })
        : null;
      tx.insert(deviceRepairs)
        .values({
          deviceId: d.id,
          mode: input.mode,
          fault: input.fault,
          vendor: input.vendor ?? null,
          vendorQualified: input.vendorQualified ? 1 : 0,
          agreementSigned: input.agreementSigned ? 1 : 0,
          escortName: input.escortName ?? null,
          storageRemoved: input.storageRemoved ? 1 : 0,
          storageKeptBy: input.storageKeptBy ?? null,
          sentBy: input.sentBy ?? null,
          startedOn: input.startedOn,
          oldDiskSerials: d.diskSerials,
          prevStatus: d.status,
          approvalId,
          createdAt: ctx.now,
        })
        .run();
      setDevice(tx, ctx, d.id, {
        status: 'in_repair',
        ...(input.storageRemoved ? { storageState: 'removed' as const } : {}),
      });
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'repair',
        on: input.startedOn,
        counterpart:
          input.mode === 'onsite'
            ? `${REPAIR_MODE_LABELS.onsite}，旁站陪同人 ${input.escortName ?? '无'}`
            : `${REPAIR_MODE_LABELS.outside}至 ${input.vendor ?? '维修单位'}，存储介质由 ${input.storageKeptBy ?? ''} 保管`,
        approvalId,
        detail: input,
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}

export function finishRepair(core: AppCore, input: In<typeof DeviceRepairDoneInput>): DeviceDetail {
  core.write(
    'device_repair_done',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      const open = tx
        .select()
        .from(deviceRepairs)
        .where(and(eq(deviceRepairs.deviceId, d.id), isNull(deviceRepairs.returnedOn)))
        .get();
      if (!open) refuse('device_state', `${d.deviceNo} 没有正在进行的维修。`, 'deviceId');
      if (input.returnedOn < open.startedOn) {
        refuse('device_state', `完成日期早于送修日期（${open.startedOn}）。`, 'returnedOn');
      }
      const newDisks = input.newDiskSerials?.length ? input.newDiskSerials : null;
      // A swapped disk is handed over by name: who gave the old one, who received it.
      if (newDisks && (!input.handedOverBy || !input.receivedBy)) {
        refuse('old_disk_handed_over', '更换硬盘的，须登记旧硬盘的移交人和接收人。', 'handedOverBy');
      }
      tx.update(deviceRepairs)
        .set({
          returnedOn: input.returnedOn,
          result: input.result,
          newDiskSerials: newDisks ? JSON.stringify(newDisks) : null,
          handedOverBy: input.handedOverBy ?? null,
          receivedBy: input.receivedBy ?? null,
        })
        .where(eq(deviceRepairs.id, open.id))
        .run();
      // Storage removed for the repair goes back in (or the new disks do): the register shows what is in it now.
      setDevice(tx, ctx, d.id, {
        status: open.prevStatus,
        ...(newDisks
          ? { diskSerials: JSON.stringify(newDisks), storageState: 'replaced' as const }
          : d.storageState === 'removed'
            ? { storageState: 'installed' as const }
            : {}),
      });
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'repair_done',
        on: input.returnedOn,
        counterpart: newDisks
          ? `更换硬盘 ${diskList(d.diskSerials).join('、') || '无'}→${newDisks.join('、')}，旧硬盘 ${input.handedOverBy} 移交 ${input.receivedBy}`
          : null,
        detail: input,
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}
