// The audit domain's handlers: one function per channel of audit.channels.ts, each calling the domain's code.
import { auditLength, listAudit, verifyAuditChainStepwise } from './audit';
import { exportAudit } from './audit-export';
import { extendsHead } from './head';
import { auditEntryViews } from './audit-names';
import type { DomainHandlers } from '../../ipc/dispatch';
import { jobProgress, runJob } from '../util/jobs';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit:list': (core, input) => {
    const { db } = core.session();
    const { rows, total } = listAudit(db, input);
    return { total, rows: auditEntryViews(db, rows) };
  },
  // Stepwise: a million entries take seconds, and the window keeps answering meanwhile.
  'audit:verify': async (core, input) => {
    const { db } = core.session();
    const r = await runJob(
      input.jobId,
      auditLength(db),
      (step) => verifyAuditChainStepwise(db, step),
      '校验已取消。',
    );
    const verdict = input.since ? extendsHead(core.session().db, input.since) : null;
    return {
      ...(input.since && verdict ? { since: { ...input.since, verdict } } : {}),
      ok: r.ok && (verdict === null || verdict === 'extends'),
      count: r.count,
      headSeq: r.head.seq,
      headHash: r.head.hash,
      ...(r.problem ? { problem: r.problem } : {}),
    };
  },
  'audit:progress': (_core, input) => jobProgress(input.jobId),
  'audit:export': (core, input) => exportAudit(core, input.outDir),
};
