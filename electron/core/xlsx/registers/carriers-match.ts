// Which carrier a row of a sheet already is: the one of its 编号, or (a ledger without 编号) the one of the same
// 名称, 制发日期 and 文号. Prepared once per connection: every row of an import asks.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { carriers } from '../../../../db/schema';
import type { CarrierRegisterInput } from '../../../ipc/schemas/carriers';
import { statement } from '../../util/statements';

export function carrierExists(tx: Pick<Db, 'select'>, c: CarrierRegisterInput): boolean {
  const q = statement(tx, 'xlsx:carriers:exists', () => ({
    byNo: tx
      .select({ id: carriers.id })
      .from(carriers)
      .where(eq(carriers.carrierNo, sql.placeholder('carrierNo')))
      .limit(1)
      .prepare(),
    byName: tx
      .select({ id: carriers.id })
      .from(carriers)
      .where(
        and(
          eq(carriers.name, sql.placeholder('name')),
          eq(carriers.issuedOn, sql.placeholder('issuedOn')),
          eq(carriers.docNo, sql.placeholder('docNo')),
        ),
      )
      .limit(1)
      .prepare(),
  }));
  const hit = c.carrierNo
    ? q.byNo.get({ carrierNo: c.carrierNo })
    : q.byName.get({ name: c.name, issuedOn: c.issuedOn, docNo: c.docNo ?? '' });
  return hit !== undefined;
}
