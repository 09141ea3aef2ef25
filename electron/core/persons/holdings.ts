// What the carrier register shows in a person's hands: persons asks carriers, through its public entry.
import type { Db } from '../../../db/open';
import type { HeldCopyView } from '../../ipc/schemas/carriers';
import { carriersHeldBy, carriersHeldByKeys } from '../carriers';
import { personKey } from '../util/person-key';
import { holderKeysOf, personHolderKey, type PersonRecord } from './store';

/** Everything the carrier register shows in the person's hands, under their key and their old 部门/姓名 key. */
export function holdingsOf(tx: Pick<Db, 'select'>, p: PersonRecord): HeldCopyView[] {
  return holderKeysOf(tx, p).flatMap((k) => carriersHeldBy(tx, k));
}

/**
 * holdingsOf for several people at once, their department's name given (a list shows it already): the same keys,
 * the same order, one query for all.
 */
export function holdingsOfMany(
  db: Pick<Db, 'select'>,
  people: readonly { p: Pick<PersonRecord, 'id' | 'name'>; department: string }[],
): Map<number, HeldCopyView[]> {
  const keys = new Map(
    people.map(({ p, department }) => [p.id, [personHolderKey(p.id), personKey(p.name, department)]]),
  );
  const held = carriersHeldByKeys(db, [...new Set([...keys.values()].flat())]);
  return new Map([...keys].map(([id, ks]) => [id, ks.flatMap((k) => held.get(k) ?? [])]));
}
