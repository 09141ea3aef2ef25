// The persons register's total is kept between views while nothing is written (util/count-cache.ts): asked again
// it is the same; any write, and a transaction's reading, gives the count as the database holds it.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { persons } from '../../../../db/schema';
import { listPersons } from '../../../../electron/core/persons/register-query';
import { PersonListInput } from '../../../../electron/ipc/schemas/persons';
import { newPerson, openDesk } from './helpers';

describe('the persons total kept between views', () => {
  it('follows every write, and inside a transaction is counted from what the transaction sees', async () => {
    const desk = await openDesk();
    await newPerson(desk, { name: '张建华' });
    const total = async (search?: string) =>
      (await desk.call('persons:list', search ? { search } : {})).total;
    expect(await total()).toBe(1);
    expect(await total()).toBe(1);
    await newPerson(desk, { name: '李明' });
    expect(await total()).toBe(2);
    expect(await total('李明')).toBe(1);
    const [li] = (await desk.call('persons:list', { search: '李明' })).rows;
    await desk.call('persons:update', { id: li?.id ?? 0, name: '李明华' });
    expect(await total('李明华')).toBe(1);

    const { db } = desk.core.session();
    const input = PersonListInput.parse({ search: '张建华' });
    expect(() =>
      db.transaction((tx) => {
        tx.update(persons).set({ name: '王芳' }).where(eq(persons.name, '张建华')).run();
        expect(listPersons(tx, input, '2026-12-05', 30).total).toBe(0);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(await total('张建华')).toBe(1);
  });
});
