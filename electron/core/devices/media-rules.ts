// The rules of writing onto removable media (issue 21 point 3; 涉密计算机管理办法: 统一配发介质, 专用存储介质):
// data leaves this PC only on a registered medium of at least its level, in the unit's hands and in service.
import { LEVEL_LABELS, DEVICE_STATUS_LABELS } from '../../../db/domain/labels';
import type { NationalLevel } from '../../../db/domain/vocab';
import type { Drive } from '../../ipc/schemas/files';
import { refuse } from '../util/refuse';
import { levelOfRank, rankOf } from './rules';
import type { DeviceRecord } from './store';

const driveName = (d: Drive) => (d.volumeId ? `${d.label}（卷标识 ${d.volumeId}）` : d.label);

/** The drive is known as a registered medium by its volume identifier; a drive without one cannot be. */
export function checkMediumRegistered(
  drive: Drive,
  medium: DeviceRecord | undefined,
  path: string,
): DeviceRecord {
  if (!medium) {
    refuse(
      'medium_registered_only',
      `${driveName(drive)}不是本单位登记的涉密存储介质，不能写入。请使用已登记的介质，或先在“涉密移动存储介质”台账中为该介质绑定卷标识。`,
      path,
    );
  }
  return medium;
}

/** A medium holds nothing above its own 密级. */
export function checkMediumLevelCoversData(
  medium: DeviceRecord,
  level: NationalLevel | null,
  path: string,
): void {
  if (rankOf(level) > medium.levelRank) {
    const own = levelOfRank(medium.levelRank);
    refuse(
      'medium_level_covers_data',
      `介质 ${medium.deviceNo} 的密级为${own ? LEVEL_LABELS[own] : '非涉密'}，不能写入${level ? LEVEL_LABELS[level] : ''}级数据。`,
      path,
    );
  }
}

/** A medium lent or carried out is in someone else's hands; one retired, destroyed or in repair is out of use. */
export function checkMediumInService(medium: DeviceRecord, path: string): void {
  if (medium.status === 'on_loan' || medium.status === 'carried_out') {
    refuse(
      'medium_not_lent_out',
      `介质 ${medium.deviceNo} 处于“${DEVICE_STATUS_LABELS[medium.status]}”状态（在${medium.holderName ?? '他人'}手中），不能写入。`,
      path,
    );
  }
  if (medium.status === 'retired' || medium.status === 'destroyed' || medium.status === 'in_repair') {
    refuse(
      'medium_in_service',
      `介质 ${medium.deviceNo} 处于“${DEVICE_STATUS_LABELS[medium.status]}”状态，不能写入。`,
      path,
    );
  }
}

/** Only a medium carries a volume identifier: a computer's disks are listed by their serial numbers. */
export function checkVolumeOnMedium(family: string, volumeId: string | null | undefined): void {
  if (volumeId && family !== 'medium') {
    refuse('volume_only_on_media', '只有存储介质登记卷标识。', 'volumeId');
  }
}

/** One volume is one medium: a second registration of the same identifier would make the check ambiguous. */
export function checkVolumeUnique(volumeId: string, takenBy: string | undefined): void {
  if (takenBy) refuse('medium_volume_unique', `卷标识 ${volumeId} 已绑定介质 ${takenBy}。`, 'volumeId');
}

/** Turning the refusal into a warning is a recorded decision of the unit, with its reason. */
export function checkWarningHasReason(mode: 'refuse' | 'warn', reason: string | null | undefined): void {
  if (mode === 'warn' && !reason?.trim()) {
    refuse(
      'media_warning_needs_reason',
      '将“未登记介质”由拒绝改为警告，须写明原因（如：本单位介质尚未全部登记）。',
      'mediaCheckReason',
    );
  }
}
