// 涉密人员 go to the supervisor as the annual report and 备案 need them — people by clearance, posts, vettings,
// pledges, travel and leaving — without identity-card numbers, phones or free-text reasons.
import { describe, expect, it } from 'vitest';
import { seedPersons } from '../../../../electron/core/persons';
import { exportTo, pair, SUPERVISOR } from './helpers';

describe('personnel registers in a package', () => {
  it('the supervisor counts people in post by clearance, and never receives their ID numbers', async () => {
    const { unit, sup } = await pair();
    let s = 11;
    const { db } = unit.core.session();
    seedPersons(db, 40, () => (s = (s * 48271) % 2147483647) / 2147483647, new Date('2026-06-15T09:00:00'));
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
