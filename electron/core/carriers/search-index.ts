// The search index of 名称 / 文号 (the trigram FTS table and the bigram table) filled once for a batch of new
// carriers instead of by the insert triggers row by row (migration 0043): an xlsx import of 10,000 carriers
// spent 40 % of its writing in those triggers, and its preview, rolled back, needs no index at all.
import { sql } from 'drizzle-orm';
import type { Tx } from '../app-core';
import { FTS_KEY } from './search-query';

type Runner = Pick<Tx, 'run' | 'get'>;

/**
 * Pause the insert triggers of the search index for the rest of `tx`'s transaction. Only inserts of carriers
 * may follow (the update trigger would otherwise meet a row the index does not hold yet). The answer indexes
 * every carrier inserted since, exactly as the triggers would have, and lifts the pause: call it before the
 * transaction commits. A transaction rolled back (a preview) takes the pause with it and needs no call.
 */
export function deferSearchIndex(tx: Runner): () => void {
  const top = tx.get<{ id: number }>(sql`SELECT coalesce(max(id), 0) AS id FROM carriers`);
  const since = top?.id ?? 0;
  tx.run(sql`INSERT INTO carriers_index_deferred(since_id) VALUES (${since})`);
  return () => {
    tx.run(sql`DELETE FROM carriers_index_deferred`);
    // Keyed as the insert trigger keys them (migration 0043), in the index's own order.
    tx.run(sql`INSERT INTO carriers_fts(rowid, name, doc_no)
      SELECT ${FTS_KEY}, name, doc_no FROM carriers WHERE id > ${since} ORDER BY 1`);
    // The same rows the insert trigger (migration 0030) writes (sorting them by gram first was slower).
    tx.run(sql`INSERT OR IGNORE INTO carriers_bigrams(gram, carrier_id)
      SELECT lower(substr(c.name, p.n, 2)), c.id
        FROM carriers c JOIN carriers_bigram_positions p ON p.n < length(c.name) WHERE c.id > ${since}`);
    tx.run(sql`INSERT OR IGNORE INTO carriers_bigrams(gram, carrier_id)
      SELECT lower(substr(c.doc_no, p.n, 2)), c.id
        FROM carriers c JOIN carriers_bigram_positions p ON p.n < length(c.doc_no) WHERE c.id > ${since}`);
  };
}
