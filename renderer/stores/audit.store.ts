// The audit log as the auditor pages through it (filters in `query.filters`: from, to, accountId, action,
// entity), and the last chain verification.
import { create } from 'zustand';
import type { AuditEntryView, AuditProgress, AuditVerifyResult } from '../../electron/ipc/contract';
import { call } from '../api';
import { newJobId } from '../jobs';
import { createRegisterStore } from './register.store';

interface VerifyState {
  result: AuditVerifyResult | null;
  checking: boolean;
  /** How far the running walk got (a million entries take seconds). */
  progress: AuditProgress | null;
  error: string | null;
  verify(): Promise<void>;
}

export const useAuditVerify = create<VerifyState>()((set) => ({
  result: null,
  checking: false,
  progress: null,
  error: null,
  async verify() {
    const jobId = newJobId();
    set({ checking: true, progress: null });
    const poll = setInterval(() => {
      void call('audit:progress', { jobId }).then((p) => p.ok && p.value && set({ progress: p.value }));
    }, 250);
    const r = await call('audit:verify', { jobId });
    clearInterval(poll);
    set(
      r.ok
        ? { result: r.value, checking: false, progress: null, error: null }
        : { checking: false, progress: null, error: r.error.message },
    );
  },
}));

/** The auditor cannot list accounts; the accounts seen in the log so far make the account filter's choices. */
export const useAuditActors = create<{
  actors: Record<number, string>;
  note(rows: AuditEntryView[]): void;
}>()((set, get) => ({
  actors: {},
  note(rows) {
    const fresh = rows.filter((r) => r.accountId !== null && !(r.accountId in get().actors));
    if (!fresh.length) return;
    set({
      actors: { ...get().actors, ...Object.fromEntries(fresh.map((r) => [r.accountId, r.actorName])) },
    });
  },
}));

/** Every write is audited, so the log reloads after any write while the auditor has it open. */
export const useAuditLog = createRegisterStore<AuditEntryView>({
  read: async (q) => {
    const f = q.filters;
    const r = await call('audit:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
      ...(f.accountId ? { accountId: Number(f.accountId) } : {}),
      ...(f.action ? { action: f.action } : {}),
      ...(f.entity ? { entity: f.entity } : {}),
    });
    if (r.ok) useAuditActors.getState().note(r.value.rows);
    return r;
  },
  domains: ['audit'],
  query: { pageSize: 100 },
});
