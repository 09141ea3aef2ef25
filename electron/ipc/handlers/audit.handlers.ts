import { listAudit, verifyAuditChain } from '../../core/audit/audit';
import type { HandlerMap } from '../dispatch';

export const auditHandlers: HandlerMap = {
  'audit:list': (core, input) => {
    const { rows, total } = listAudit(core.session().db, input);
    return { total, rows: rows.map(({ prevHash: _p, ...r }) => r) };
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
};
