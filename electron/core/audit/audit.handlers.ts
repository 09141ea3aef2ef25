// The audit domain's handlers: one function per channel of audit.channels.ts, each calling the domain's code.
import { listAudit, verifyAuditChainStepwise } from './audit';
import { exportAudit } from './audit-export';
import { extendsHead } from './head';
import { auditEntryViews } from './audit-names';
import type { DomainHandlers } from '../../ipc/dispatch';
import type { AuditProgress } from '../../ipc/schemas/audit';

// Walks under way, by the id their caller gave: a few at most, each removed when it ends.
const walks = new Map<string, AuditProgress>();

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit:list': (core, input) => {
    const { db } = core.session();
    const { rows, total } = listAudit(db, input);
    return { total, rows: auditEntryViews(db, rows) };
  },
  // Stepwise: a million entries take seconds, and the window keeps answering meanwhile.
  'audit:verify': async (core, input) => {
    const job = input.jobId;
    const r = await verifyAuditChainStepwise(core.session().db, (done, total) => {
      if (job) walks.set(job, { done, total });
    }).finally(() => job && walks.delete(job));
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
  'audit:progress': (_core, input) => walks.get(input.jobId) ?? null,
  'audit:export': (core, input) => exportAudit(core, input.outDir),
};
