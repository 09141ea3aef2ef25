import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { accounts } from '../schema';

export type AccountRow = typeof accounts.$inferSelect;
export type AccountInsert = typeof accounts.$inferInsert;

export function insertAccount(db: Pick<Db, 'insert'>, row: AccountInsert): AccountRow {
  return db.insert(accounts).values(row).returning().get();
}

export function getAccount(db: Pick<Db, 'select'>, id: number): AccountRow | undefined {
  return db.select().from(accounts).where(eq(accounts.id, id)).get();
}

export function getAccountByUsername(db: Pick<Db, 'select'>, username: string): AccountRow | undefined {
  return db.select().from(accounts).where(eq(accounts.username, username)).get();
}

export function listAccounts(db: Pick<Db, 'select'>): AccountRow[] {
  return db.select().from(accounts).orderBy(asc(accounts.id)).all();
}

export function updateAccount(
  db: Pick<Db, 'update'>,
  id: number,
  patch: Partial<Omit<AccountInsert, 'id'>>,
): void {
  db.update(accounts).set(patch).where(eq(accounts.id, id)).run();
}
