// The bureau's reading commands (issue 25, point 9), each with --json and in words: units, figures, registers,
// records (paged, searched), packages, the cross-unit search, and reset — over databases made by `baomi init`,
// a unit's demo registers sent as a full package.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, initHere } from './cli-helpers';

const SUP = '11110000MB000SUP01';
const UNIT = '11110000MB0123456X';
let dir: string;
let sup: string;

async function key(db: string, out: string): Promise<string> {
  expect((await cli(['keys', 'export-public', '--db', db, '--out', out])).code).toBe(0);
  return JSON.parse((await cli(['keys', 'show', '--db', db, '--json'])).out).fingerprint as string;
}

const json = async (args: string[]) => {
  const r = await cli([...args, '--db', sup, '--json']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as unknown;
};
const words = async (args: string[]) => {
  const r = await cli([...args, '--db', sup]);
  expect(r.code).toBe(0);
  return r.out;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baomi-supread-'));
  for (const d of ['unit', 'sup', 'again', 'media']) mkdirSync(join(dir, d));
  const unit = await initHere(join(dir, 'unit'));
  sup = await initHere(join(dir, 'sup'), ['--mode', 'supervisor'], SUP);
  const fp = await key(unit, join(dir, 'unit.bmkey'));
  const supFp = await key(sup, join(dir, 'sup.bmkey'));
  expect(
    (await cli(['keys', 'import-public', join(dir, 'unit.bmkey'), '--db', sup, '--fingerprint', fp])).code,
  ).toBe(0);
  expect(
    (await cli(['keys', 'import-public', join(dir, 'sup.bmkey'), '--db', unit, '--fingerprint', supFp])).code,
  ).toBe(0);
  expect((await cli(['demo', '--db', unit])).code).toBe(0);
  const media = join(dir, 'media');
  const exp = await cli(['export', '--db', unit, '--to', SUP, '--profile', 'full', '--out', media, '--json']);
  expect(exp.code).toBe(0);
  expect((await cli(['import', JSON.parse(exp.out).path, '--db', sup, '--receipt-out', media])).code).toBe(0);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baomi supervisor: the reading commands and reset', () => {
  it('units, figures, registers, records, packages and search, in --json and in Chinese', async () => {
    const units = (await json(['supervisor', 'units'])) as {
      unitCode: string;
      reportState: string;
      carriers: number;
    }[];
    expect(units).toEqual([expect.objectContaining({ unitCode: UNIT, reportState: 'on_time' })]);
    expect(units[0]?.carriers).toBeGreaterThan(0);
    expect(await words(['supervisor', 'units'])).toMatch(/某市档案局（11110000MB0123456X）\s+按时/);

    expect(await json(['supervisor', 'figures'])).toMatchObject({ units: 1, unitsOverdue: 0 });
    expect(await words(['supervisor', 'figures'])).toContain('下级单位 1 个，逾期未报 0 个');

    const registers = (await json(['supervisor', 'registers', '--unit', UNIT])) as {
      id: string;
      records: number;
    }[];
    const carriers = registers.find((r) => r.id === 'carriers');
    expect(carriers?.records).toBeGreaterThan(0);
    expect(await words(['supervisor', 'registers', '--unit', UNIT])).toMatch(/carriers\s+涉密载体\s+\d+ 条/);

    const page = (await json([
      'supervisor',
      'records',
      '--unit',
      UNIT,
      '--register',
      'carriers',
      '--page-size',
      '5',
    ])) as {
      total: number;
      rows: { recordId: string; data: { name: string } }[];
    };
    expect(page.total).toBe(carriers?.records);
    expect(page.rows.map((r) => Number(r.recordId))).toEqual([1, 2, 3, 4, 5]);
    const name = page.rows[0]?.data.name as string;
    const searched = (await json([
      'supervisor',
      'records',
      '--unit',
      UNIT,
      '--register',
      'carriers',
      '--search',
      name,
    ])) as {
      total: number;
    };
    expect(searched.total).toBeGreaterThanOrEqual(1);

    expect(await json(['supervisor', 'packages', '--unit', UNIT])).toEqual([
      expect.objectContaining({ state: 'imported', chain: 1, seq: 1, profile: 'full' }),
    ]);
    expect(await words(['supervisor', 'packages', '--unit', UNIT])).toMatch(
      /已导入\s+第 1 序列 第 1 号\s+全量/,
    );

    const hits = (await json(['supervisor', 'search', name])) as { unitCode: string; title: string }[];
    expect(hits).toContainEqual(
      expect.objectContaining({ unitCode: UNIT, title: expect.stringContaining(name) }),
    );
    const said = await words(['supervisor', 'search', name]);
    expect(said).toContain('某市档案局（11110000MB0123456X）  涉密载体第');
    expect(said).not.toMatch(/carriers|persons/);
  }, 240_000);

  it('reset: a re-initialised unit’s key, after its fingerprint, opens chain 2 awaiting a full package', async () => {
    const again = await initHere(join(dir, 'again'));
    const fp = await key(again, join(dir, 'again.bmkey'));
    const refused = await cli([
      'keys',
      'import-public',
      join(dir, 'again.bmkey'),
      '--db',
      sup,
      '--fingerprint',
      fp,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('重新建立报送关系');
    const wrong = await cli([
      'supervisor',
      'reset',
      '--unit',
      UNIT,
      '--key',
      join(dir, 'again.bmkey'),
      '--fingerprint',
      'AAAA',
      '--db',
      sup,
    ]);
    expect(wrong.code).toBe(1);
    const row = await json([
      'supervisor',
      'reset',
      '--unit',
      UNIT,
      '--key',
      join(dir, 'again.bmkey'),
      '--fingerprint',
      fp,
      '--reason',
      '重新安装',
    ]);
    expect(row).toMatchObject({ unitCode: UNIT, chain: 2, awaitingFull: true });
    expect(await json(['supervisor', 'packages', '--unit', UNIT])).toEqual([
      expect.objectContaining({ state: 'replaced', chain: 1, seq: 1 }),
    ]);
  }, 180_000);
});
