// Property of issue 25 (Deliver 1): whatever a unit does — edits, deletions, full / incremental / annual
// packages — and however its packages and receipts travel (late, receipts lost or taken back out of order),
// after every import the supervisor's copy of every register equals the unit's registers as of that package,
// row by row and field by field. Short by default; BAOMI_PROPERTY_RUNS=50 for a long run, BAOMI_PROPERTY_SEED
// to replay a failure (fast-check prints the seed and path of a failing run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/core/util/canonical-json';
import { decodePart, REGISTER_PARTS } from '../../../../electron/core/exchange/parts';
import type { ChannelOutput } from '../../../../electron/ipc/contract';
import { received } from '../carriers/helpers';
import { pair, SUPERVISOR, type Site } from '../exchange/helpers';
import { keptAndRecounted } from './figures-helpers';

type Action =
  | { kind: 'register' }
  | { kind: 'edit'; pick: number }
  | { kind: 'classify' }
  | { kind: 'delete'; pick: number }
  | { kind: 'export'; profile: 'full' | 'incremental' | 'annual' }
  | { kind: 'deliver' }
  /** Made, imported and its receipt taken back at once: the common case at a real desk. */
  | { kind: 'roundTrip'; profile: 'full' | 'incremental' | 'annual' }
  | { kind: 'receipt'; pick: number; lose: boolean }
  | { kind: 'day' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'register' as const }), weight: 3 },
  { arbitrary: fc.nat(50).map((pick) => ({ kind: 'edit' as const, pick })), weight: 3 },
  { arbitrary: fc.constant({ kind: 'classify' as const }), weight: 2 },
  { arbitrary: fc.nat(50).map((pick) => ({ kind: 'delete' as const, pick })), weight: 1 },
  {
    arbitrary: fc
      .constantFrom('full' as const, 'incremental' as const, 'incremental' as const, 'annual' as const)
      .map((profile) => ({ kind: 'export' as const, profile })),
    weight: 3,
  },
  { arbitrary: fc.constant({ kind: 'deliver' as const }), weight: 3 },
  {
    arbitrary: fc
      .constantFrom('full' as const, 'incremental' as const, 'annual' as const)
      .map((profile) => ({ kind: 'roundTrip' as const, profile })),
    weight: 4,
  },
  {
    arbitrary: fc
      .record({ pick: fc.nat(5), lose: fc.boolean() })
      .map((r) => ({ kind: 'receipt' as const, ...r })),
    weight: 3,
  },
  { arbitrary: fc.constant({ kind: 'day' as const }), weight: 1 },
);

type Snapshot = Map<string, Map<string, string>>;

/** The unit's registers as a full package would carry them now: register → record id → canonical row. */
function snapshotOf(unit: Site): Snapshot {
  const { db } = unit.core.session();
  const out: Snapshot = new Map();
  for (const p of REGISTER_PARTS) {
    const chunks: string[] = [];
    p.write(db, null, { write: (t) => chunks.push(t) });
    const rows = decodePart(Buffer.from(chunks.join(''), 'utf8'));
    const k = rows.columns.indexOf(p.key);
    out.set(
      p.id,
      new Map(
        rows.rows.map((r) => [
          String(r[k]),
          canonicalJson(Object.fromEntries(rows.columns.map((c, i) => [c, r[i]]))),
        ]),
      ),
    );
  }
  return out;
}

function supervisorCopy(sup: Site, unitCode: string): Snapshot {
  const rows = sup.core
    .session()
    .db.$client.prepare('SELECT register, record_id, data FROM imported_records WHERE unit_code = ?')
    .raw(true)
    .all(unitCode) as [string, string, string][];
  const out: Snapshot = new Map(REGISTER_PARTS.map((p) => [p.id, new Map<string, string>()]));
  for (const [reg, id, data] of rows) {
    if (reg === 'annual_report') continue;
    out.get(reg)?.set(id, data);
  }
  return out;
}

function compare(held: Snapshot, truth: Snapshot, seq: number): void {
  for (const [reg, rows] of truth) {
    const got = held.get(reg) ?? new Map<string, string>();
    const missing = [...rows.keys()].filter((id) => !got.has(id));
    const extra = [...got.keys()].filter((id) => !rows.has(id));
    expect({ seq, reg, missing, extra }).toEqual({ seq, reg, missing: [], extra: [] });
    for (const [id, row] of rows) {
      // Field by field, so a failure names the column that differs.
      expect({ seq, reg, id, row: JSON.parse(got.get(id) as string) as unknown }).toEqual({
        seq,
        reg,
        id,
        row: JSON.parse(row) as unknown,
      });
    }
  }
}

async function run(actions: Action[]): Promise<void> {
  const { unit, sup } = await pair();
  const carriers: number[] = [];
  const items: number[] = [];
  /** Packages written and not yet imported, in order; each with the unit's registers as it was made. */
  const pending: { path: string; seq: number; truth: Snapshot | null }[] = [];
  const receipts: string[] = [];
  let lastRegisters: Snapshot | null = null;
  let n = 0;
  let day = 15;
  const exportOne = async (profile: 'full' | 'incremental' | 'annual'): Promise<boolean> => {
    const truth = profile === 'annual' ? null : snapshotOf(unit);
    const r = await unit.api.dispatch('exchange:export', {
      to: SUPERVISOR.unitCode,
      profile,
      outPath: unit.dir,
      media: { type: 'usb', department: '办公室' },
    });
    if (!r.ok) {
      // The only refusal allowed: an incremental before any acknowledged base.
      expect(r.error.rule).toBe('incremental_needs_acknowledged');
      return false;
    }
    const v = r.value as ChannelOutput<'exchange:export'>;
    pending.push({ path: v.path, seq: v.seq, truth });
    return true;
  };
  const deliverOne = async (withReceipt: boolean): Promise<void> => {
    const p = pending.shift() as (typeof pending)[number];
    const r = await sup.call('exchange:import', { path: p.path, receiptOutPath: sup.dir });
    if (withReceipt) await unit.call('exchange:importReceipt', { path: r.receiptPath });
    else receipts.push(r.receiptPath);
    if (p.truth) lastRegisters = p.truth;
    if (lastRegisters) compare(supervisorCopy(sup, unit.code), lastRegisters, p.seq);
    // The figures kept by difference (incremental, annual) are what a recount gives.
    const { kept, recount } = keptAndRecounted(sup, unit.code);
    expect(kept).toEqual(recount);
  };
  for (const a of actions) {
    n += 1;
    if (a.kind === 'register') {
      const c = await unit.call(
        'carriers:register',
        received({ name: `关于第${n}项工作的通知`, docNo: `省保办〔2026〕${100 + n}号` }),
      );
      carriers.push(c.id);
    } else if (a.kind === 'edit' && carriers.length) {
      await unit.call('carriers:edit', {
        carrierId: carriers[a.pick % carriers.length] as number,
        patch: { location: `机要室${n}号柜` },
        reason: '调整存放位置',
      });
    } else if (a.kind === 'classify') {
      const item = await unit.call('classification:create', {
        name: `第${n}项保密事项`,
        level: 'confidential',
        term: { kind: 'period', years: 5 },
        classifierName: '李建国',
      });
      items.push(item.id);
    } else if (a.kind === 'delete' && items.length) {
      const id = items.splice(a.pick % items.length, 1)[0] as number;
      unit.core.session().db.$client.prepare('DELETE FROM classification_items WHERE id = ?').run(id);
    } else if (a.kind === 'roundTrip') {
      // Whatever is still travelling arrives first: the supervisor imports in order.
      if (await exportOne(a.profile)) while (pending.length) await deliverOne(true);
    } else if (a.kind === 'export') {
      await exportOne(a.profile);
    } else if (a.kind === 'deliver' && pending.length) {
      await deliverOne(false);
    } else if (a.kind === 'receipt' && receipts.length) {
      const path = receipts.splice(a.pick % receipts.length, 1)[0] as string;
      if (!a.lose) await unit.call('exchange:importReceipt', { path });
    } else if (a.kind === 'day' && day < 28) {
      day += 1;
      unit.clock.set(`2026-06-${day}`);
      sup.clock.set(`2026-06-${day}`);
    }
  }
  // Everything still travelling arrives in the end, and the copy is whole.
  while (pending.length) await deliverOne(false);
  unit.core.detach();
  sup.core.detach();
}

const RUNS = Number(process.env.BAOMI_PROPERTY_RUNS ?? 3);
const SEED = process.env.BAOMI_PROPERTY_SEED ? Number(process.env.BAOMI_PROPERTY_SEED) : undefined;

describe('nothing lost, ever (property)', () => {
  it(
    'after every import the supervisor holds each register exactly as the unit had it when the package was made',
    async () => {
      await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 8, maxLength: 30 }), run), {
        numRuns: RUNS,
        ...(SEED === undefined ? {} : { seed: SEED }),
        endOnFailure: true,
        // The sequence of finding 1 is always among the runs.
        examples: [
          [
            [
              { kind: 'register' },
              { kind: 'roundTrip', profile: 'full' },
              { kind: 'register' },
              { kind: 'roundTrip', profile: 'annual' },
              { kind: 'roundTrip', profile: 'incremental' },
            ],
          ],
        ],
      });
    },
    RUNS * 30_000,
  );
});
