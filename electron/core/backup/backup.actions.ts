import { basename } from 'node:path';
import type { z } from 'zod';
import type { BackupInput, BackupView, RestoreInput, RestoreView } from '../../ipc/schemas/backup';
import type { AppCore } from '../app-core';
import { appendAudit, auditHead } from '../audit/audit';
import { checkMediumWrite, logMediumWrite } from '../devices';
import { driveOfPath } from '../files';
import { unitInfo } from '../session';
import { upsertSettings } from '../settings';
import { backupStages, restoreBackup, RESTORE_STEPS } from './backup.service';
import { cancelJob, jobProgress, runJob, runStagesJob } from '../util/jobs';
import { decodeBackup } from './container';
import { LAST_BACKUP_KEY } from './last-backup';
import { slotFloorKiB } from '../vault/kdf';

export async function backupNow(core: AppCore, input: z.output<typeof BackupInput>): Promise<BackupView> {
  const { db, account } = core.session();
  const unit = unitInfo(db);
  // A backup holds the whole database, so the medium must be fit for the host's level (issue 21 point 3).
  const medium = checkMediumWrite(db, {
    drive: await driveOfPath(core, input.outDir),
    level: unit.hostLevel,
    field: 'outDir',
  });
  const now = core.now();
  // The audit entry goes in first so the backup carries the record of its own making.
  appendAudit(db, { accountId: account.id, actor: account.username }, now, {
    action: 'backup',
    entity: 'database',
    detail: { outDir: input.outDir },
  });
  core.changed(['audit']);
  const r = await core.withDataKey((key) =>
    runStagesJob(
      input.jobId,
      backupStages(db, key, core.keyringPath, input.outDir, now, {
        unitCode: unit.unitCode,
        name: unit.name,
      }),
      '备份已取消，未写入备份文件。',
    ),
  );
  core.write(
    'backup_written',
    'database',
    (tx, ctx) => {
      // The backup's own instant, not this write's: the reminder counts from when the data was copied.
      upsertSettings(tx, { [LAST_BACKUP_KEY]: now }, now);
      ctx.touch('reminders');
      logMediumWrite(tx, ctx, medium, {
        who: account.displayName,
        personId: null,
        what: `写入数据库备份 ${basename(r.path)}`,
        level: unit.hostLevel,
        bytes: r.size,
      });
    },
    () => ({
      detail: {
        path: r.path,
        size: r.size,
        ...(medium.warning ? { mediumWarning: medium.warning } : {}),
      },
    }),
  );
  return {
    path: r.path,
    size: r.size,
    counts: r.counts,
    auditHeadSeq: r.auditHead.seq,
    auditHeadHash: r.auditHead.hash,
    ...(medium.warning ? { mediumWarning: medium.warning.message } : {}),
  };
}

/** The restores under way: only their progress is answered without a session. */
const restoreJobs = new Set<string>();

export const restoreProgress = (id: string) => (restoreJobs.has(id) ? jobProgress(id) : null);
export const restoreCancel = (id: string) => restoreJobs.has(id) && cancelJob(id);

/** Restoring replaces the database under the running app: the session ends and everyone logs in again. */
export async function restoreNow(core: AppCore, input: z.output<typeof RestoreInput>): Promise<RestoreView> {
  const { db, account } = core.session();
  decodeBackup(input.file); // a damaged file is refused while the session is still intact
  const replacing = { by: account.username, unitCode: unitInfo(db).unitCode };
  appendAudit(db, { accountId: account.id, actor: account.username }, core.now(), {
    action: 'restore_started',
    entity: 'database',
    detail: { file: input.file },
  });
  const replacedHead = auditHead(db);
  core.detach();
  if (input.jobId) restoreJobs.add(input.jobId);
  // Followed from here, so a cancel while the credential is still being checked is seen at the first step.
  const r = await runJob(
    input.jobId,
    RESTORE_STEPS,
    (step) =>
      restoreBackup(input.file, core.dbPath, input.credential, core.now(), {
        ...replacing,
        replacedHead,
        floorKiB: slotFloorKiB(core.kdf),
        step,
      }),
    '恢复已取消，本机数据库未作任何改动。',
  ).finally(() => {
    const id = input.jobId;
    // Kept a little so the screen's last poll still finds it (as the job registry keeps its jobs).
    if (id) setTimeout(() => restoreJobs.delete(id), 60_000).unref?.();
  });
  return {
    createdAt: r.header.createdAt,
    unitName: r.header.unitName,
    counts: r.header.counts,
    safetyCopy: r.safetyCopy,
  };
}
