// A file the app writes onto removable media (package, backup, register export): checked against the register
// of 涉密移动存储介质 inside the write's own transaction, and logged in that medium's 使用登记 (issue 21 point 3).
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import type { NationalLevel } from '../../../db/domain/vocab';
import { deviceUsage, devices } from '../../../db/schema';
import type { Drive } from '../../ipc/schemas/files';
import type { WriteCtx } from '../app-core';
import { checkMediumInService, checkMediumLevelCoversData, checkMediumRegistered } from './media-rules';
import { rankOf } from './rules';
import { deviceSettings } from './settings';
import { setDevice, type DeviceRecord, type Tx } from './store';

export interface MediumWrite {
  /** The removable drive the file goes to (files' driveOfPath); null: the PC's own disk, nothing to check. */
  drive: Drive | null;
  /** The data's 密级 (null: no national level, e.g. 内部). */
  level: NationalLevel | null;
  /** The input field naming the destination, for the refusal. */
  field: string;
}

export interface MediumCheck {
  medium: DeviceRecord | null;
  /** In the unit's warning mode: the refusal that was let through, for the caller's audit entry. */
  warning: { rule: string; message: string } | null;
}

const sizeWords = (n: number): string =>
  n < 1024
    ? `${n} 字节`
    : n < 1024 * 1024
      ? `${(n / 1024).toFixed(0)} KB`
      : `${(n / 1024 / 1024).toFixed(1)} MB`;

const passed: MediumCheck = { medium: null, warning: null };

/**
 * Before the file is written: refuses a drive that is no fit medium, or, in the unit's warning mode, lets it
 * through with the refusal returned for the caller's audit entry.
 */
export function checkMediumWrite(
  tx: Tx,
  w: MediumWrite,
  mode: 'refuse' | 'warn' = deviceSettings(tx).mediaCheck,
): MediumCheck {
  if (!w.drive) return passed;
  const drive = w.drive;
  const medium = drive.volumeId
    ? tx.select().from(devices).where(eq(devices.volumeId, drive.volumeId)).get()
    : undefined;
  try {
    const m = checkMediumRegistered(drive, medium?.family === 'medium' ? medium : undefined, w.field);
    checkMediumInService(m, w.field);
    checkMediumLevelCoversData(m, w.level, w.field);
    return { medium: m, warning: null };
  } catch (e) {
    if (mode !== 'warn' || !(e instanceof AppException) || e.code !== 'RULE') throw e;
    return {
      medium: medium?.family === 'medium' ? medium : null,
      warning: { rule: e.rule ?? 'medium', message: e.message },
    };
  }
}

/** After the file is written: the medium's 使用登记 (what, level, size, who, when) and its highest level written. */
export function logMediumWrite(
  tx: Tx,
  ctx: Pick<WriteCtx, 'now' | 'today' | 'touch'>,
  check: MediumCheck,
  entry: { who: string; personId: number | null; what: string; level: NationalLevel | null; bytes: number },
): void {
  const m = check.medium;
  if (!m) return;
  // The usage book reads the clerk's wall clock to the minute, as hand-made entries are written.
  const at = new Date(ctx.now);
  const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const when = `${ctx.today} ${hhmm}`;
  tx.insert(deviceUsage)
    .values({
      deviceId: m.id,
      personId: entry.personId,
      userName: entry.who,
      startedAt: when,
      endedAt: when,
      purpose: `${entry.what}，${sizeWords(entry.bytes)}${entry.level ? `，${LEVEL_LABELS[entry.level]}` : ''}`,
      maxLevel: entry.level,
      exports: 1,
      bytes: entry.bytes,
      createdAt: ctx.now,
    })
    .run();
  const rank = rankOf(entry.level);
  if (rank > m.maxWrittenRank) setDevice(tx, ctx, m.id, { maxWrittenRank: rank });
  ctx.touch('devices');
}
