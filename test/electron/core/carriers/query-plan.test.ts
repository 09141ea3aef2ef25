// The register's hot queries keep their indexes: each plan is pinned, so a schema or query change that
// silently drops an index (or brings back a sort of the whole register) fails here.
import type { SQLWrapper } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/open';
import {
  buildListQuery,
  countQuery,
  pageIdsQuery,
  rowsByIdsQuery,
  shortTermQuery,
  bigramQuery,
  termEndingCondition,
  termExpiredCondition,
} from '../../../../electron/core/carriers/register-query';
import { custodiansQuery, heldByQuery } from '../../../../electron/core/carriers/holders-query';
import { termCountQuery } from '../../../../electron/core/carriers/reminders';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { indexedPageSql } from '../../../../electron/core/carriers/search-page';
import { CarrierListInput } from '../../../../electron/ipc/schemas/carriers';
import { setUpCore } from '../../../helpers/temp';

let db: Db;
beforeAll(async () => {
  const { core } = await setUpCore();
  db = core.session().db;
  let seed = 7;
  const rng = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  seedCarriers(db, { count: 1500, rng, now: new Date('2026-06-15T12:00:00') });
});

function plan(q: { toSQL(): { sql: string; params: unknown[] } } & SQLWrapper): string[] {
  const { sql, params } = q.toSQL();
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

const query = (input: Record<string, unknown>) =>
  buildListQuery(db, CarrierListInput.parse({ page: 1, pageSize: 50, ...input }), '2026-06-15', 90);

/** The plan of the ids of one page: one index, read in order, no sort. */
const pagePlan = (input: Record<string, unknown>) => plan(pageIdsQuery(db, query(input)));

describe('register page query plans', () => {
  it('the default page (newest registrations first) is read from the registration index, never sorted', () => {
    expect(pagePlan({})).toEqual(['SCAN carriers USING COVERING INDEX carriers_registered_idx']);
    // The rows of the page are then fetched by id.
    expect(plan(rowsByIdsQuery(db, [3, 1, 2], query({}).input.sort))[0]).toBe(
      'SEARCH carriers USING INTEGER PRIMARY KEY (rowid=?)',
    );
  });

  it('each filter uses its own index, already in registration order', () => {
    const cases: [Record<string, string>, string][] = [
      [{ level: 'secret' }, 'carriers_level_idx (level=?)'],
      [{ status: 'on_loan' }, 'carriers_status_idx (status=?)'],
      [{ type: 'usb' }, 'carriers_type_idx (type=?)'],
      [{ department: '办公室' }, 'carriers_department_idx (department=?)'],
      [{ custodian: '办公室/王丽' }, 'carriers_custodian_idx (custodian_key=?)'],
    ];
    for (const [filters, index] of cases) {
      const p = pagePlan({ filters });
      expect(p[0], JSON.stringify(filters)).toBe(`SEARCH carriers USING COVERING INDEX ${index}`);
      if (!filters.custodian) expect(p.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('every sort order has an index that holds it', () => {
    const cases: [string, string][] = [
      ['carrierNo', 'carriers_no_uq'],
      ['name', 'carriers_name_idx'],
      ['level', 'carriers_level_rank_idx'],
      ['issuedOn', 'carriers_issued_idx'],
      ['termEndsOn', 'carriers_term_end_idx'],
    ];
    for (const [field, index] of cases) {
      for (const order of ['asc', 'desc']) {
        expect(pagePlan({ sort: { field, order } }), `${field} ${order}`).toEqual([
          `SCAN carriers USING COVERING INDEX ${index}`,
        ]);
      }
    }
  });

  it('a broad filter with another sort walks the sort index instead of sorting the whole level', () => {
    expect(pagePlan({ filters: { level: 'secret' }, sort: { field: 'name', order: 'asc' } })).toEqual([
      'SCAN carriers USING INDEX carriers_name_idx',
    ]);
  });

  it('due filters read their own indexes (terms ending or ended, loans overdue, yearly review)', () => {
    expect(pagePlan({ filters: { due: 'term_expired' } })[0]).toBe(
      'SEARCH carriers USING COVERING INDEX carriers_term_end_idx (term_ends_on<?)',
    );
    expect(pagePlan({ filters: { due: 'term_ending' } })[0]).toBe(
      'SEARCH carriers USING COVERING INDEX carriers_term_end_idx (term_ends_on>? AND term_ends_on<?)',
    );
    expect(pagePlan({ filters: { due: 'loan_overdue' } })[0]).toBe(
      'SEARCH carriers USING COVERING INDEX carriers_loan_due_idx (loan_due_on<?)',
    );
    expect(pagePlan({ filters: { due: 'review_due' } })[0]).toBe(
      'SEARCH carriers USING INDEX carriers_review_idx (last_review_year<?)',
    );
  });

  it('counting with several broad filters reads the facets index, never the table', () => {
    for (const filters of [
      { level: 'secret', type: 'usb' },
      { type: 'paper', status: 'on_loan' },
      { department: '办公室', classState: 'classified' },
    ]) {
      const p = plan(countQuery(db, query({ filters })));
      expect(p).toHaveLength(1);
      expect(p[0]).toMatch(/^(SEARCH|SCAN) carriers USING COVERING INDEX carriers_facets_idx/);
    }
  });

  it('the custodians of the register (保管人 filter) are read from one covering index, never the table', () => {
    expect(plan(custodiansQuery(db))).toEqual([
      'SCAN carriers USING COVERING INDEX carriers_custodian_live_idx',
    ]);
  });

  it('the home page counts terms ended and ending among secrets still classified from one index alone', () => {
    for (const term of [termExpiredCondition('2026-06-15'), termEndingCondition('2026-06-15', 90)]) {
      expect(plan(termCountQuery(db, term))).toEqual([
        expect.stringMatching(
          /^SEARCH carriers USING COVERING INDEX carriers_term_class_idx \(term_ends_on[<>]\?/,
        ),
      ]);
    }
  });

  it('counting a filtered register reads only the index', () => {
    expect(plan(countQuery(db, query({ filters: { level: 'secret' } })))).toEqual([
      'SEARCH carriers USING COVERING INDEX carriers_level_idx (level=?)',
    ]);
  });
});

describe('search query plans', () => {
  it('a search of three or more characters uses the FTS5 trigram index and walks the page order', () => {
    const p = pagePlan({ search: '保密检查' });
    expect(p).toContain('SCAN carriers USING COVERING INDEX carriers_registered_idx');
    expect(p.some((l) => /^SCAN carriers_fts VIRTUAL TABLE INDEX/.test(l))).toBe(true);
    expect(p.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('a search alone reads its page from the trigram index in the index order, never sorted', () => {
    for (const dir of ['DESC', 'ASC'] as const) {
      const rows = db.$client
        .prepare(`EXPLAIN QUERY PLAN ${indexedPageSql(dir)}`)
        .all('"保密检查"', 50, 0) as { detail: string }[];
      expect(rows.map((r) => r.detail)).toEqual([
        expect.stringMatching(/^SCAN carriers_fts VIRTUAL TABLE INDEX/),
      ]);
    }
  });

  it('a two-character term is an index range of the bigram table, the page walking its own order', () => {
    expect(plan(bigramQuery(db, '预算'))).toEqual(['SEARCH carriers_bigrams USING PRIMARY KEY (gram=?)']);
    const p = pagePlan({ search: '预算' });
    expect(p[0]).toBe('SCAN carriers USING COVERING INDEX carriers_registered_idx');
    expect(p).toContain('SEARCH carriers_bigrams USING PRIMARY KEY (gram=?)');
    expect(p.join('\n')).not.toMatch(/TEMP B-TREE|SCAN carriers_bigrams/);
  });

  it('a one-character term scans the narrow (名称, 文号) index with LIKE, not the table', () => {
    expect(plan(shortTermQuery(db, '预'))).toEqual(['SCAN carriers USING COVERING INDEX carriers_name_idx']);
  });
});

describe('personal register query plan', () => {
  it('"what does person X hold" reads the holder index', () => {
    const p = plan(heldByQuery(db, '办公室/王丽'));
    expect(p[0]).toMatch(
      /^SEARCH carrier_copies USING INDEX carrier_copies_holder_idx \(holder_key=\? AND status=\?\)/,
    );
    expect(p).toContain('SEARCH carriers USING INTEGER PRIMARY KEY (rowid=?)');
  });
});
