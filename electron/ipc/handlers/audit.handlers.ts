import { verifyAuditChain } from '../../core/audit/audit';
import type { HandlerMap } from '../dispatch';

export const auditHandlers: HandlerMap = {
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
