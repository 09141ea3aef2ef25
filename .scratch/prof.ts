import { openDatabase } from '../db/open';
import { readKeyring } from '../electron/core/vault/keyring';
import { unlockWithPassword } from '../electron/core/vault/vault';
import { CarrierListInput } from '../electron/ipc/schemas/carriers';
import { listCarriers, buildListQuery, pageQuery, countQuery } from '../electron/core/carriers/register-query';
const { dataKey } = await unlockWithPassword(readKeyring('/tmp/bench/large.keyring'), 'demo', 'Mima#2026abc');
const db = openDatabase('/tmp/bench/large.db', dataKey);
const today = new Date().toISOString().slice(0, 10);
const cases: Record<string, unknown> = {
  p1: { page: 1 }, p20: { page: 20 },
  lvl: { filters: { level: 'secret' }, sort: { field: 'carrierNo', order: 'asc' } },
  lvl_ts: { filters: { level: 'top_secret' }, sort: { field: 'carrierNo', order: 'asc' } },
  dept: { filters: { department: '办公室' }, sort: { field: 'name', order: 'asc' }, page: 3 },
  loan: { filters: { status: 'on_loan' }, sort: { field: 'termEndsOn', order: 'asc' } },
  overdue: { filters: { due: 'loan_overdue' } }, ending: { filters: { due: 'term_ending' } }, review: { filters: { due: 'review_due' } },
  expired: { filters: { due: 'term_expired' } },
  typelvl: { filters: { type: 'usb', level: 'secret' }, sort: { field: 'issuedOn', order: 'desc' } },
  s3: { search: '加强保' }, s2: { search: '王伟' }, sdoc: { search: '档〔2024〕' },
};
for (const [k, v] of Object.entries(cases)) {
  const input = CarrierListInput.parse(v);
  listCarriers(db, input, today, 30);
  const t = performance.now();
  for (let i = 0; i < 5; i++) listCarriers(db, input, today, 30);
  const q = buildListQuery(db, input, today, 30);
  const t2 = performance.now(); countQuery(db, q).all?.(); const tc = performance.now() - t2;
  console.log(k, ((performance.now() - t) / 5).toFixed(1), 'ms  count', tc.toFixed(1));
}
