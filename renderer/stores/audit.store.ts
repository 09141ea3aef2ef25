// The audit log as the auditor pages through it (filters in `query.filters`: from, to, accountId, action,
// entity), and the last chain verification.
import { create } from 'zustand';
import type { AuditEntryView, AuditVerifyResult } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

interface VerifyState {
  result: AuditVerifyResult | null;
  checking: boolean;
  error: string | null;
  verify(): Promise<void>;
}

export const useAuditVerify = create<VerifyState>()((set) => ({
  result: null,
  checking: false,
  error: null,
  async verify() {
    set({ checking: true });
    const r = await call('audit:verify', {});
    set(
      r.ok ? { result: r.value, checking: false, error: null } : { checking: false, error: r.error.message },
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
