// The audit domain's handlers: one function per channel of audit.channels.ts, each calling the domain's code.
import { listAudit, verifyAuditChain } from './audit';
import { exportAudit } from './audit-export';
import { auditEntryViews } from './audit-names';
import type { DomainHandlers } from '../../ipc/dispatch';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit:list': (core, input) => {
    const { db } = core.session();
    const { rows, total } = listAudit(db, input);
    return { total, rows: auditEntryViews(db, rows) };
  },
  'audit:verify': (core) => {
    const r = verifyAuditChain(core.session().db);
    return {
      ok: r.ok,
      count: r.count,
      headSeq: r.head.seq,
      headHash: r.head.hash,
      ...(r.problem ? { problem: r.problem } : {}),
    };
  },
  'audit:export': (core, input) => exportAudit(core, input.outDir),
};
