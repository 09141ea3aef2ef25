// The supervisor's tables of what a subordinate unit reported (issue 19, point 10): every column in 中文 and
// every code by its label from db/domain/labels/, never `in_custody` or `secret` as sent.
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as L from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import * as schema from '../../../db/schema';
import { seedCarriers } from '../../../electron/core/carriers/demo';
import { REGISTER_PARTS, type RegisterPart } from '../../../electron/core/exchange/parts';
import { seedPersons } from '../../../electron/core/persons';
import { columnsOf, REGISTER_COLUMNS } from '../../../renderer/registers/exchange/record-columns';
import { exportTo, pair, SUPERVISOR } from '../../electron/core/exchange/helpers';
import { setUpCore } from '../../helpers/temp';

const HAN = /\p{Script=Han}/u;

/** Every code of every label table: a cell that reads like one of these shows a code, not a word. */
const CODES = new Set(
  Object.values(L)
    .flatMap((t) => Object.keys(t))
    .filter((k) => /[a-z]/.test(k)),
);

/** A register's table by its id (each register part is one table of the same name). */
const TABLES = new Map<string, Table>(
  (Object.values(schema) as unknown[])
    .filter((t): t is SQLiteTable => t instanceof SQLiteTable)
    .map((t) => [getTableName(t), t]),
);

/** The columns a register part sends (its header line), read from a fresh database. */
function sentColumns(db: Db, part: RegisterPart): string[] {
  let header = '';
  part.write(db, null, { write: (t) => (header ||= t) });
  return (JSON.parse(header) as { columns: string[] }).columns;
}

/** The columns a register sends that hold codes, with their codes. */
function codeColumns(db: Db, part: RegisterPart): Map<string, readonly string[]> {
  const table = TABLES.get(part.id);
  if (!table) return new Map();
  const sent = new Set(sentColumns(db, part));
  return new Map(
    Object.values(getTableColumns(table))
      .filter((c) => sent.has(c.name) && Array.isArray(c.enumValues) && c.enumValues.length > 0)
      .map((c) => [c.name, c.enumValues as readonly string[]]),
  );
}

/** What the term column reads besides its kind, so that each kind has something to show. */
const TERM = { term_years: 10, term_until: '2030-01-01', declassify_condition: '项目验收后' };

describe("the supervisor's tables", () => {
  it('supervisor_tables_show_labels: every register has its columns, every code column shows labels', async () => {
    const { db } = (await setUpCore()).core.session();
    expect(Object.keys(REGISTER_COLUMNS).sort()).toEqual(
      [...REGISTER_PARTS.map((p) => p.id), 'annual_report'].sort(),
    );
    const unshown: string[] = [];
    for (const part of REGISTER_PARTS) {
      const columns = REGISTER_COLUMNS[part.id] ?? [];
      for (const [name, codes] of codeColumns(db, part)) {
        const shown = columns.filter((c) => c.key === name || (name === 'term_kind' && c.key === 'term'));
        if (!shown.length) {
          unshown.push(`${part.id}.${name}`);
          continue;
        }
        for (const code of codes)
          for (const c of shown) {
            const text = c.text({ ...TERM, [name]: code });
            expect(text, `${part.id}.${name}=${code}`).toMatch(HAN);
            expect(text, `${part.id}.${name}=${code}`).not.toContain(code);
          }
      }
    }
    // 定密决定 by the unit's own 定密责任人 or the originating authority: `decided_by` names who, in words.
    expect(unshown).toEqual(['classification_decisions.authority']);
  });

  it('a real package reads in words: no cell of any register is a code, the annual figures neither', async () => {
    const { unit, sup } = await pair();
    const { db } = unit.core.session();
    let s = 7;
    const rng = () => (s = (s * 48271) % 2147483647) / 2147483647;
    seedCarriers(db, { count: 60, rng, now: new Date('2026-06-15T09:00:00') });
    seedPersons(db, 20, rng, new Date('2026-06-15T09:00:00'));
    await unit.call('inventory:start', { scope: 'all', startedOn: '2026-06-15' });
    for (const profile of ['full', 'annual'] as const) {
      const pkg = await exportTo(unit, SUPERVISOR.unitCode, profile);
      await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
    }
    const registers = await sup.call('exchange:unitRegisters', { unitCode: unit.code });
    expect(registers.map((r) => r.id)).toEqual(
      expect.arrayContaining(['carriers', 'persons', 'annual_report']),
    );
    let cells = 0;
    for (const r of registers) {
      const page = await sup.call('exchange:unitRecords', {
        unitCode: unit.code,
        register: r.id,
        page: 1,
        pageSize: 500,
      });
      const columns = columnsOf(r.id, page.rows[0]?.data);
      for (const row of page.rows)
        for (const c of columns) {
          const text = c.text(row.data);
          cells++;
          expect(CODES.has(text), `${r.id}.${c.key}: ${text}`).toBe(false);
          if (r.id === 'annual_report' && c.key === 'figures') {
            expect(text).toMatch(/载体（按密级）：/);
            expect(text, 'figures').not.toMatch(/[a-z]{3,}/);
          }
        }
    }
    expect(cells).toBeGreaterThan(1000);
  });
});
