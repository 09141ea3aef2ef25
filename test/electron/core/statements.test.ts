// prepared_binds_as_drizzle: a statement kept by util/statements.ts binds its values without drizzle's per-run
// walk of the parameters, and answers exactly what drizzle's own prepared query answers: placeholders, values
// a column encodes (boolean, JSON), constants, result mapping, a missing value refused alike.
import { and, eq, gte, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { statement } from '../../../electron/core/util/statements';
import { openDesk } from './carriers/helpers';

const bind = sqliteTable('t_bind', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  flag: integer('flag', { mode: 'boolean' }).notNull(),
  meta: text('meta', { mode: 'json' }).$type<{ a: number }>(),
  rank: integer('rank').notNull(),
});

describe('prepared_binds_as_drizzle', () => {
  it('get, run, all and values answer as drizzle’s own prepared query', async () => {
    const desk = await openDesk();
    const { db } = desk.core.session();
    db.run(
      sql`CREATE TABLE t_bind (id INTEGER PRIMARY KEY, name TEXT NOT NULL, flag INTEGER NOT NULL, meta TEXT, rank INTEGER NOT NULL)`,
    );
    const insert = () =>
      db
        .insert(bind)
        .values({
          name: sql.placeholder('name'),
          flag: sql.placeholder('flag'),
          meta: sql.placeholder('meta'),
          rank: 7,
        })
        .returning({ id: bind.id, flag: bind.flag, meta: bind.meta })
        .prepare();
    const select = () =>
      db
        .select({ id: bind.id, name: bind.name, flag: bind.flag, meta: bind.meta })
        .from(bind)
        .where(and(eq(bind.rank, sql.placeholder('rank')), gte(bind.id, 1)))
        .prepare();
    const kept = statement(db, 'test:bind', () => ({ insert: insert(), select: select() }));
    const plain = { insert: insert(), select: select() };
    expect(kept.insert.get({ name: '甲', flag: true, meta: { a: 1 } })).toEqual({
      id: 1,
      flag: true,
      meta: { a: 1 },
    });
    expect(plain.insert.get({ name: '乙', flag: true, meta: { a: 2 } })).toEqual({
      id: 2,
      flag: true,
      meta: { a: 2 },
    });
    expect(kept.insert.run({ name: '丙', flag: false, meta: null })).toEqual({
      changes: 1,
      lastInsertRowid: 3,
    });
    expect(plain.insert.run({ name: '丁', flag: false, meta: null })).toEqual({
      changes: 1,
      lastInsertRowid: 4,
    });
    for (const rank of [7, 8]) {
      expect(kept.select.all({ rank })).toEqual(plain.select.all({ rank }));
      expect(kept.select.get({ rank })).toEqual(plain.select.get({ rank }));
      expect(kept.select.values({ rank })).toEqual(plain.select.values({ rank }));
    }
    expect(kept.select.all({ rank: 7 })).toEqual([
      { id: 1, name: '甲', flag: true, meta: { a: 1 } },
      { id: 2, name: '乙', flag: true, meta: { a: 2 } },
      { id: 3, name: '丙', flag: false, meta: null },
      { id: 4, name: '丁', flag: false, meta: null },
    ]);
    expect(() => kept.select.get({})).toThrow('No value for placeholder "rank" was provided');
    expect(() => plain.select.get({})).toThrow('No value for placeholder "rank" was provided');
    // Kept per connection: the same object on the next call.
    expect(statement(db, 'test:bind', () => ({ insert: insert(), select: select() }))).toBe(kept);
  });
});
