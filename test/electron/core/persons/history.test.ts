// The personnel file's history (person_events): kept forever and append-only like the carriers' history, and
// each line dated on the clerk's calendar, not the UTC date of the instant it was recorded.
import { afterEach, describe, expect, it } from 'vitest';
import { newPerson, openDesk, postedPerson } from './helpers';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the personnel history', () => {
  it('person_events_append_only: the database refuses to change or delete a line of it', async () => {
    const desk = await newDeskWithHistory();
    const raw = desk.core.session().db.$client;
    expect((raw.prepare('SELECT count(*) AS n FROM person_events').get() as { n: number }).n).toBeGreaterThan(
      0,
    );
    expect(() => raw.prepare('DELETE FROM person_events').run()).toThrow(/kept permanently/);
    expect(() => raw.prepare("UPDATE person_events SET summary = '改写'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('UPDATE person_events SET "on" = \'2020-01-01\'').run()).toThrow(/append-only/);
  });

  it("history_dated_on_the_clerk's_day: a correction at 00:30 in Beijing is dated that day, not the UTC day before", async () => {
    process.env.TZ = 'Asia/Shanghai';
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '施五' });
    const l = await desk.call('leaving:start', {
      personId: p.id,
      kind: 'off_post',
      startedOn: '2026-06-01',
      reason: '轮岗',
    });
    // 2026-06-16 00:30 in Beijing is still 2026-06-15 in UTC.
    desk.clock.now = () => new Date('2026-06-15T16:30:00Z');
    await desk.call('persons:update', { id: p.id, phone: '010-12345678' });
    await desk.call('persons:linkAccount', { personId: p.id, accountId: null });
    await desk.call('leaving:cancel', { leavingId: l.id });
    const history = (await desk.call('persons:dossier', { id: p.id })).history;
    const lines = history.filter(
      (h) => h.kind === 'edit' || h.kind === 'account_link' || h.summary === '撤销离岗手续',
    );
    expect(lines.map((h) => [h.summary.slice(0, 4), h.on])).toEqual([
      ['撤销离岗', '2026-06-16'],
      ['取消关联', '2026-06-16'],
      ['更正登记', '2026-06-16'],
    ]);
  });
});

async function newDeskWithHistory() {
  const desk = await openDesk();
  await newPerson(desk, { name: '吕四' });
  return desk;
}
