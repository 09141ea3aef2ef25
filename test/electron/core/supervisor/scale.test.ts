// Issue 25, point 10: the comparison table, the consolidated figures and the cross-unit search read typed rows
// kept at import, and give what a scan of every unit's JSON gives on the same data (the bench's data, small).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../../db/domain/dates';
import { layoutOf } from '../../../../electron/core/exchange/record-layout';
import { refreshUnitSearch } from '../../../../electron/core/exchange/supervisor-search';
import { fillSupervisor } from '../../../../scripts/cli/commands/bench-supervisor-fill';
import { openSite, removeLongLived, SUPERVISOR, type Site } from '../exchange/helpers';
import { heldRecords } from './held-records';

type Rec = { unit: string; register: string; id: string; d: Record<string, unknown> };

let sup: Site;
let recs: Rec[];
const ON = '2026-06-15';

beforeAll(async () => {
  sup = await openSite(SUPERVISOR, 'supervisor', true);
  fillSupervisor(sup.core.session().db.$client, { units: 6, records: 700, seed: 25 });
  const c = sup.core.session().db.$client;
  recs = heldRecords(c).map((r) => ({ unit: r.unit, register: r.register, id: r.id, d: r.data }));
  // The records as objects, for the search's JSON scan as it was written before layouts (record-layout.ts).
  c.exec(
    `CREATE TEMP TABLE objects (unit_code TEXT, register TEXT, record_id TEXT, record_no INTEGER, data TEXT)`,
  );
  const put = c.prepare('INSERT INTO temp.objects VALUES (?, ?, ?, ?, ?)');
  for (const r of recs)
    put.run(r.unit, r.register, r.id, /^\d+$/.test(r.id) ? Number(r.id) : null, JSON.stringify(r.d));
}, 60_000);
afterAll(() => removeLongLived([sup]));

/** The reference: every figure counted from the records' JSON, one unit at a time. */
function scanUnit(unit: string) {
  const of = (register: string) =>
    recs.filter((r) => r.unit === unit && r.register === register).map((r) => r.d);
  const tally = (xs: Record<string, unknown>[], key: string) => {
    const out: Record<string, number> = {};
    for (const x of xs) out[String(x[key] ?? '')] = (out[String(x[key] ?? '')] ?? 0) + 1;
    return out;
  };
  const persons = of('persons');
  const open = of('findings').filter((f) =>
    ['pending', 'rectifying', 'to_verify'].includes(f.status as string),
  );
  const incidents = of('incidents').filter((i) => String(i.discovered_at).startsWith('2026'));
  const late = incidents.filter((i) =>
    i.reported_at
      ? Date.parse(i.reported_at as string) > Date.parse(i.discovered_at as string) + 86_400_000
      : String(i.discovered_at).slice(0, 10) < addDays(ON, -1),
  );
  const annual = of('annual_report')[0]?.figures as Record<string, number> | undefined;
  const outOverdue = (register: string) =>
    of(register).filter((m) => m.returned_on === null && (m.due_on as string) < ON).length;
  return {
    carriers: of('carriers').length,
    carriersByLevel: tally(of('carriers'), 'level'),
    overdueLoans: outOverdue('carrier_movements'),
    peopleByClearance: tally(
      persons.filter((p) => p.status === 'in_post'),
      'clearance',
    ),
    inSeparation: persons.filter((p) => p.status === 'separation' && (p.separation_ends_on as string) >= ON)
      .length,
    openRectifications: open.length,
    overdueFindings: open.filter((f) => (f.deadline as string) < ON).length,
    incidentsThisYear: incidents.length,
    lateIncidentsThisYear: late.length,
    devicesByLevel: tally(of('devices'), 'level'),
    overdueDeviceLoans: outOverdue('device_movements'),
    training: annual
      ? { year: 2025, inPost: annual.peopleInPostForTraining, underFloor: annual.peopleUnderTrainingFloor }
      : null,
  };
}

/** The search as the JSON scan did it before the index (a carrier by 编号 or 名称, a person by 姓名). */
function scanSearch(q: string, limit: number) {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sup.core
    .session()
    .db.$client.prepare(
      `SELECT r.unit_code AS unitCode, c.name AS unitName, r.register, r.record_id AS recordId,
         coalesce(json_extract(r.data, '$.name'), '') AS name, coalesce(json_extract(r.data, '$.carrier_no'), '') AS no,
         coalesce(json_extract(r.data, '$.department'), json_extract(r.data, '$.doc_no'), '') AS detail
       FROM temp.objects r JOIN counterparts c ON c.unit_code = r.unit_code
       WHERE (r.register = 'carriers' AND (json_extract(r.data, '$.carrier_no') LIKE @q ESCAPE '\\'
           OR json_extract(r.data, '$.name') LIKE @q ESCAPE '\\'))
         OR (r.register = 'persons' AND json_extract(r.data, '$.name') LIKE @q ESCAPE '\\')
       ORDER BY r.unit_code, r.register, r.record_no LIMIT @limit`,
    )
    .all({ q: like, limit }) as {
    unitCode: string;
    unitName: string;
    register: string;
    recordId: string;
    name: string;
    no: string;
    detail: string;
  }[];
}

describe('supervisor at scale: typed figures and the search index', () => {
  it('the comparison table equals the JSON scan, unit by unit', async () => {
    sup.clock.set(ON);
    const rows = await sup.call('exchange:comparison', {});
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      const want = scanUnit(r.unitCode);
      expect(want.carriers).toBeGreaterThan(300);
      expect(want.overdueLoans + want.overdueFindings + want.lateIncidentsThisYear).toBeGreaterThan(0);
      expect({
        carriers: r.carriers,
        carriersByLevel: r.carriersByLevel,
        overdueLoans: r.overdueLoans,
        peopleByClearance: r.peopleByClearance,
        inSeparation: r.inSeparation,
        openRectifications: r.openRectifications,
        overdueFindings: r.overdueFindings,
        incidentsThisYear: r.incidentsThisYear,
        lateIncidentsThisYear: r.lateIncidentsThisYear,
        devicesByLevel: r.devicesByLevel,
        overdueDeviceLoans: r.overdueDeviceLoans,
        training: r.training,
      }).toEqual(want);
    }
  });

  it('the consolidated figures (devices and media too) equal the JSON scan', async () => {
    const f = await sup.call('exchange:figures', {});
    const live = recs.filter((r) => r.register === 'devices' && r.d.status !== 'destroyed');
    const byClass: Record<string, number> = {};
    for (const r of live.filter((x) => x.d.family === 'device')) {
      byClass[r.d.class as string] = (byClass[r.d.class as string] ?? 0) + 1;
    }
    expect(f.devicesByClass).toEqual(byClass);
    expect(f.media).toBe(live.filter((r) => r.d.family === 'medium').length);
    const units = [...new Set(recs.map((r) => r.unit))];
    expect(f.overdueDeviceLoans).toBe(units.reduce((a, u) => a + scanUnit(u).overdueDeviceLoans, 0));
    expect(f.overdueLoans).toBe(units.reduce((a, u) => a + scanUnit(u).overdueLoans, 0));
    for (const p of f.perUnit) {
      expect(p.devices).toBe(live.filter((r) => r.unit === p.unitCode && r.d.family === 'device').length);
    }
  });

  it('the cross-unit search equals the JSON scan for names, 编号, persons, mixed case and LIKE characters', async () => {
    const persons = recs.filter((r) => r.register === 'persons').map((r) => r.d.name as string);
    const carriers = recs.filter((r) => r.register === 'carriers');
    const terms = [
      ...persons.slice(0, 15),
      (persons[3] as string).slice(0, 2),
      '第3单位文件12',
      '单位文件7',
      '收2026-0001',
      '2026-006',
      'draft-a%',
      'DRAFT',
      '%_1',
      '保密工作',
      '整改方案第',
      (carriers[5]?.d.carrier_no as string).slice(2),
      '不存在的词',
    ];
    let nonEmpty = 0;
    for (const q of terms) {
      const want = scanSearch(q, 5000);
      expect(want.length).toBeLessThan(5000);
      const got = await sup.call('exchange:search', { q, limit: 500 });
      if (want.length > 500) {
        // More than a page: the first 500 found, each a real match.
        expect(got).toHaveLength(500);
        continue;
      }
      if (want.length) nonEmpty++;
      expect(got, q).toEqual(
        want.map((w) => ({
          unitCode: w.unitCode,
          unitName: w.unitName,
          register: w.register,
          recordId: w.recordId,
          title: w.no ? `${w.no} ${w.name}` : w.name,
          detail: w.detail,
        })),
      );
    }
    expect(nonEmpty).toBeGreaterThan(12);
  });

  it('each unit’s overdue findings and incidents list what its comparison row counts (issues 15 and 16)', async () => {
    for (const r of await sup.call('exchange:comparison', {})) {
      const v = await sup.call('exchange:unitIssues', { unitCode: r.unitCode });
      expect(v.findings).toHaveLength(r.overdueFindings as number);
      expect(v.findings.every((f) => f.deadline < ON && f.daysOver > 0)).toBe(true);
      const all = recs.filter((x) => x.unit === r.unitCode && x.register === 'incidents');
      expect(v.incidents).toHaveLength(all.length);
      expect(v.incidents.filter((i) => i.late).length).toBeGreaterThan(0);
    }
  });

  it('an import rewrites the search rows of what it wrote and drops what is gone', async () => {
    const c = sup.core.session().db.$client;
    const unit = recs[0]?.unit as string;
    const name = layoutOf(c, unit, 'carriers')?.indexOf('name');
    c.prepare(
      `UPDATE imported_records SET seq = 2, data = json_set(data, '$[${name}]', '新名称测试') WHERE unit_code = ?
       AND register = 'carriers' AND record_id = '1'`,
    ).run(unit);
    c.prepare(
      "DELETE FROM imported_records WHERE unit_code = ? AND register = 'carriers' AND record_id = '2'",
    ).run(unit);
    c.transaction(() => {
      // As afterImport does once the package's records are written.
      refreshUnitSearch(c, unit, 2);
    })();
    const names = c
      .prepare(
        "SELECT record_id, name FROM supervision_search WHERE unit_code = ? AND record_id IN ('1', '2')",
      )
      .raw(true)
      .all(unit);
    expect(names).toEqual([['1', '新名称测试']]);
    expect(c.prepare('SELECT count(*) FROM supervision_search').pluck().get()).toBe(
      c
        .prepare("SELECT count(*) FROM imported_records WHERE register IN ('carriers', 'persons')")
        .pluck()
        .get(),
    );
    expect((await sup.call('exchange:search', { q: '新名称', limit: 10 })).map((h) => h.recordId)).toEqual([
      '1',
    ]);
  });
});
