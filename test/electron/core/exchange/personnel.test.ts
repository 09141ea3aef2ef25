// 涉密人员 go to the supervisor as the annual report and 备案 need them — people by clearance, posts, vettings,
// pledges, travel and leaving — without identity-card numbers, phones or free-text reasons.
import { describe, expect, it } from 'vitest';
import { seedPersons } from '../../../../electron/core/persons';
import { compare, snapshotOf, supervisorCopy } from '../supervisor/copy-helpers';
import { exportTo, pair, SUPERVISOR, type Site } from './helpers';

/**
 * Export, import at the supervisor and take its receipt back (the package becomes the next base); the supervisor's
 * copy is then the unit's registers as the package was made, record by record.
 */
async function roundTrip(unit: Site, sup: Site, profile: 'full' | 'incremental') {
  const truth = snapshotOf(unit);
  const pkg = await exportTo(unit, SUPERVISOR.unitCode, profile);
  const r = await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
  await unit.call('exchange:importReceipt', { path: r.receiptPath });
  compare(supervisorCopy(sup, unit.code), truth, pkg.seq);
  return pkg;
}

/** `n` people seeded at the unit as the demo does, from a fixed seed. */
function seedAt(unit: Site, n: number, seed: number) {
  let s = seed;
  seedPersons(
    unit.core.session().db,
    n,
    () => (s = (s * 48271) % 2147483647) / 2147483647,
    new Date('2026-06-15T09:00:00'),
  );
}

const PERSONNEL = ['persons', 'person_posts', 'clearance_decisions', 'vettings', 'pledges', 'private_travel'];

describe('personnel registers in a package', () => {
  it('the supervisor counts people in post by clearance, and never receives their ID numbers', async () => {
    const { unit, sup } = await pair();
    const { db } = unit.core.session();
    seedAt(unit, 40, 11);
    const atUnit = Object.fromEntries(
      db.$client
        .prepare("SELECT clearance, count(*) FROM persons WHERE status = 'in_post' GROUP BY 1")
        .raw(true)
        .all() as [string, number][],
    );
    expect(Object.keys(atUnit).length).toBeGreaterThan(0);

    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    expect(pkg.counts.persons).toBe(40);
    await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });

    const figures = await sup.call('exchange:figures', {});
    expect(figures.peopleByClearance).toEqual(atUnit);
    const people = await sup.call('exchange:unitRecords', {
      unitCode: unit.code,
      register: 'persons',
      pageSize: 100,
    });
    expect(people.total).toBe(40);
    for (const p of people.rows) {
      expect(p.data).toHaveProperty('clearance');
      expect(p.data).toHaveProperty('department');
      for (const secret of ['id_number', 'phone', 'political_status', 'notes']) {
        expect(p.data).not.toHaveProperty(secret);
      }
    }
    // 要害部门人员 as the unit's screens count them: in a department approved as 要害部门, even with no hand-set flag.
    db.$client.prepare('UPDATE persons SET is_key_dept_staff = 0').run();
    const inKeyDepts = db.$client
      .prepare(
        'SELECT count(*) FROM persons p JOIN departments d ON d.id = p.department_id WHERE d.key_dept = 1',
      )
      .pluck()
      .get() as number;
    expect(inKeyDepts).toBeGreaterThan(0);
    const pkg2 = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: pkg2.path, receiptOutPath: sup.dir });
    const again = await sup.call('exchange:unitRecords', {
      unitCode: unit.code,
      register: 'persons',
      pageSize: 100,
    });
    expect(again.rows.filter((p) => Number(p.data.is_key_dept_staff) === 1).length).toBe(inKeyDepts);
    const vettings = await sup.call('exchange:unitRecords', { unitCode: unit.code, register: 'vettings' });
    for (const v of vettings.rows) expect(v.data).not.toHaveProperty('form');
  });
});

describe('an incremental carries the personnel rows that changed (row versions), not the registers', () => {
  it('one vetting sends that vetting and its person; a department renamed sends the people in it', async () => {
    const { unit, sup } = await pair();
    const { db } = unit.core.session();
    seedAt(unit, 60, 7);
    const full = await roundTrip(unit, sup, 'full');
    expect(full.counts.persons).toBe(60);

    const quiet = await roundTrip(unit, sup, 'incremental');
    for (const reg of PERSONNEL) expect({ reg, n: quiet.counts[reg] }).toEqual({ reg, n: 0 });

    const personId = db.$client.prepare('SELECT min(id) FROM persons').pluck().get() as number;
    await unit.call('persons:vet', { personId, vettedOn: '2026-06-15', result: 'passed' });
    const vetted = await roundTrip(unit, sup, 'incremental');
    expect(vetted.counts.vettings).toBe(1);
    expect(vetted.counts.persons).toBeLessThanOrEqual(1);
    expect(vetted.counts.pledges).toBe(0);
    expect(vetted.counts.person_posts).toBe(0);

    // 要害部门 and its name live on the department: its people show both, and go again when it changes.
    const [deptId, inDept] = db.$client
      .prepare('SELECT department_id, count(*) FROM persons GROUP BY 1 ORDER BY 2 DESC LIMIT 1')
      .raw(true)
      .get() as [number, number];
    await unit.call('departments:update', { id: deptId, name: '机要保密处', keyDept: true });
    const renamed = await roundTrip(unit, sup, 'incremental');
    expect(renamed.counts.persons).toBe(inDept);
  });

  it('a base made before the row versions were kept sends the tracked registers whole', async () => {
    const { unit, sup } = await pair();
    const { db } = unit.core.session();
    seedAt(unit, 30, 5);
    await roundTrip(unit, sup, 'full');
    db.$client.prepare('UPDATE exchange_outgoing SET row_version = NULL').run();
    const again = await roundTrip(unit, sup, 'incremental');
    expect(again.counts.persons).toBe(30);
    expect(again.counts.vettings).toBe(db.$client.prepare('SELECT count(*) FROM vettings').pluck().get());
  });
});
