// What the carrier register shows in a person's hands: persons asks carriers, through its public entry.
import type { Db } from '../../../db/open';
import type { HeldCopyView } from '../../ipc/schemas/carriers';
import { carriersHeldBy } from '../carriers';
import { holderKeysOf, type PersonRecord } from './store';

/** Everything the carrier register shows in the person's hands, under their key and their old 部门/姓名 key. */
export function holdingsOf(tx: Pick<Db, 'select'>, p: PersonRecord): HeldCopyView[] {
  return holderKeysOf(tx, p).flatMap((k) => carriersHeldBy(tx, k));
}
