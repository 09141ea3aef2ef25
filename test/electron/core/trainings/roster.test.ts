// The attendance sheet and the session's list read as a Chinese roster does: department by department, names by
// pinyin (安 陈 李 王 赵), not by code point (where 王 comes before 李 and 赵 before 陈).
import { describe, expect, it } from 'vitest';
import { lecture, newPerson, openDesk } from './helpers';

describe('attendance order', () => {
  it('names on the roster and the session are sorted by pinyin', async () => {
    const desk = await openDesk('2026-06-15');
    const names = ['赵敏', '王丽', '李娜', '陈刚', '安娜'];
    const people = [];
    for (const name of names) people.push(await newPerson(desk, { name, department: '办公室' }));
    const s = await desk.call('trainings:plan', lecture({ plannedOn: '2026-03-10' }));
    await desk.call('trainings:hold', { sessionId: s.id, heldOn: '2026-03-10' });
    await desk.call('trainings:attend', {
      sessionId: s.id,
      lines: people.map((p) => ({ personId: p.id, status: 'present' as const })),
    });
    const pinyin = ['安娜', '陈刚', '李娜', '王丽', '赵敏'];
    expect((await desk.call('trainings:get', { sessionId: s.id })).attendance.map((a) => a.name)).toEqual(
      pinyin,
    );
    expect((await desk.call('trainings:roster', { sessionId: s.id })).map((a) => a.name)).toEqual(pinyin);
  });
});
