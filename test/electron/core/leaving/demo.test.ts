// The demo's leaving procedures keep the rules of 离岗 (regulation art. 53): everyone the persons demo put in a
// separation period left through an approved procedure whose steps came in order and whose 脱密期 is the one the
// person carries; the procedures under way and given up belong to people in post; and one under way is finished
// through the channels like any other.
import { describe, expect, it } from 'vitest';
import { LEAVING_STEPS } from '../../../../db/domain/vocab';
import { seedDevices } from '../../../../electron/core/devices/demo';
import { seedLeaving } from '../../../../electron/core/leaving/demo';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { separationEndsOn } from '../../../../electron/core/persons/rules';
import { partCounts } from '../../../../electron/core/stats/stats.service';
import { approval, openDesk, received } from '../persons/helpers';

const TODAY = '2026-06-15';

/** The thing looked for, which the demo has: the test fails here, by name, when it has not. */
function found<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`the demo has ${what}`);
  return x;
}

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

async function leavingDemo(withDevices = true) {
  const desk = await openDesk(TODAY);
  const db = desk.core.session().db;
  seedPersons(db, 'small', rngFrom(20261124), desk.clock.now());
  // Devices in the charge of people in post: a leaving under way stops before the step they block.
  if (withDevices) seedDevices(db, 'small', rngFrom(20261125), desk.clock.now());
  const seeded = seedLeaving(db, rngFrom(20261208), TODAY, desk.core.now());
  const all = (await desk.call('leaving:list', { pageSize: 500 })).rows;
  return { desk, db, seeded, all };
}

interface PersonRow {
  id: number;
  status: string;
  postedOn: string;
  leftOn: string | null;
  kind: string | null;
  clearance: string | null;
  years: number | null;
  ends: string | null;
}

describe('demo leaving', () => {
  it('each person in a separation period left through an approved procedure that fixed their period', async () => {
    const { desk, db, seeded, all } = await leavingDemo();
    const people = db.$client
      .prepare(
        `SELECT id, status, posted_on AS postedOn, left_on AS leftOn, leaving_kind AS kind, clearance,
         separation_years AS years, separation_ends_on AS ends FROM persons`,
      )
      .all() as PersonRow[];
    const byId = new Map(people.map((p) => [p.id, p]));
    const leavers = people.filter((p) => p.status === 'separation');
    expect(leavers.length).toBeGreaterThan(0);
    expect(seeded).toEqual({ approved: leavers.length, open: 3, cancelled: 1 });
    expect(all).toHaveLength(leavers.length + 4);
    expect(partCounts(db).leaving_procedures).toBe(all.length);
    for (const p of leavers) {
      const mine = all.filter((l) => l.personId === p.id);
      expect(mine.map((l) => l.status)).toEqual(['approved']);
      const l = found(mine[0], `a leaving of ${p.id}`);
      expect(l).toMatchObject({
        kind: p.kind,
        approvedOn: p.leftOn,
        clearance: p.clearance,
        separationYears: p.years,
        separationEndsOn: p.ends,
        done: [...LEAVING_STEPS],
        todo: [],
      });
      // The period runs from the approval, by the person's clearance (approval.ts does the same sum).
      expect(p.ends).toBe(separationEndsOn(l.approvedOn ?? '', l.separationYears ?? 0, 0));
      expect(l.approval).toMatchObject({ decision: 'approved', decidedAt: p.leftOn });
      // The talk first, with two people besides the person; every step between the start and the approval.
      expect(l.talkPresent.filter((x) => x.name !== l.personName).length).toBeGreaterThanOrEqual(2);
      const dates = [
        l.startedOn,
        l.talkOn,
        l.carriersClearedOn,
        l.devicesReturnedOn,
        l.accountDoneOn,
        l.approvedOn,
      ];
      expect(dates).toEqual([...dates].sort());
      expect(l.startedOn >= p.postedOn).toBe(true);
    }
    // The person's file tells the story in order, the approval last, linked to its approval record.
    const file = await desk.call('persons:dossier', { id: found(leavers[0], 'a leaver').id });
    const lines = file.history.filter((e) => e.kind === 'leaving');
    expect(lines).toHaveLength(6);
    expect(lines[0]?.approvalId).toEqual(expect.any(Number));
    expect(file.pledges.map((x) => x.kind)).toContain('leaving');

    // Those under way or given up are of people in post, the talk first of any step done.
    for (const l of all.filter((x) => x.status !== 'approved')) {
      expect(byId.get(l.personId)?.status).toBe('in_post');
      expect(l.done).toEqual(LEAVING_STEPS.slice(0, l.done.length));
      expect(l.startedOn <= TODAY).toBe(true);
    }
    expect(all.filter((l) => l.status === 'open').every((l) => l.todo.length + l.done.length === 5)).toBe(
      true,
    );
  });

  it('a page of procedures reads as each one alone, with what their people still hold', async () => {
    const { desk, all } = await leavingDemo();
    const open = all.filter((l) => l.status === 'open');
    // A carrier in the hands of one of them, under the 部门/姓名 key registered before the person existed.
    const who = found(open[0], 'a leaving under way');
    await desk.call(
      'carriers:register',
      received({
        custodian: who.personName,
        department: who.department,
        copyCount: 1,
        copyNos: [3],
        receipt: { fromUnit: '省保密办', signedBy: who.personName, countedCopies: 1 },
      }),
    );
    const page = (await desk.call('leaving:list', { pageSize: 500 })).rows;
    expect(page.find((l) => l.id === who.id)?.holds.map((h) => h.copyNo)).toEqual([3]);
    for (const l of page)
      expect(l, String(l.id)).toEqual(await desk.call('leaving:get', { leavingId: l.id }));
    // Nothing held past a step the registers would have refused.
    for (const l of open) {
      if (l.devicesHeld.length) expect(l.done).not.toContain('devices');
    }
    expect(open.some((l) => l.devicesHeld.length > 0)).toBe(true);
  });

  it('a procedure under way is finished through the channels, and the person enters their separation period', async () => {
    // Without the devices demo, whose devices are in the charge of most people in post.
    const { desk, all } = await leavingDemo(false);
    const l = found(
      all.find((x) => x.status === 'open' && !x.holds.length && !x.devicesHeld.length),
      'a leaving under way of someone holding nothing',
    );
    const leavingId = l.id;
    for (const s of l.todo) {
      if (s === 'talk')
        await desk.call('leaving:talk', {
          leavingId,
          talkOn: TODAY,
          present: [{ name: '王丽' }, { name: '李建国' }],
        });
      if (s === 'carriers') await desk.call('leaving:carriers', { leavingId, checkedOn: TODAY });
      if (s === 'devices') await desk.call('leaving:devices', { leavingId, returnedOn: TODAY, devices: [] });
      if (s === 'account') await desk.call('leaving:account', { leavingId, doneOn: TODAY });
      if (s === 'pledge') await desk.call('leaving:pledge', { leavingId, signedOn: TODAY });
    }
    const done = await desk.call('leaving:approve', { leavingId, approval: approval(TODAY) });
    expect(done.status).toBe('approved');
    const p = await desk.call('persons:get', { id: l.personId });
    expect(p).toMatchObject({ status: 'separation', separationEndsOn: done.separationEndsOn });
  });
});
