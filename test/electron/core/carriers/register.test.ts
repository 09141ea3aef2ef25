// The register page: server-side paging, filters, sort and 名称/文号 search (trigram, and the short-term path).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../electron/ipc/contract';
import { openDesk, produced, received, type Desk } from './helpers';

let desk: Desk;
const ids: Record<string, number | undefined> = {};

beforeAll(async () => {
  desk = await openDesk('2026-06-15');
  const add = async (key: string, input: ChannelInput<'carriers:register'>) =>
    (ids[key] = (await desk.call('carriers:register', input)).id);
  await add(
    'budget',
    received({
      name: '关于2026年财政预算执行情况的报告',
      docNo: '市财〔2026〕7号',
      registeredOn: '2026-06-01',
    }),
  );
  await add(
    'inspect',
    received({ name: '关于开展保密检查的通知', docNo: '省保办〔2026〕12号', registeredOn: '2026-06-02' }),
  );
  await add(
    'usb',
    received({
      type: 'usb',
      name: '项目图纸（U盘）',
      docNo: 'ABC-100%_x',
      level: 'confidential',
      registeredOn: '2026-06-03',
      copyCount: 1,
      copyNos: [1],
      receipt: { signedBy: '王丽', countedCopies: 1 },
    }),
  );
  await add(
    'report',
    produced({
      name: '预算编制工作方案',
      docNo: '档保〔2026〕4号',
      // Issued and classified on the day it is registered (never after it).
      issuedOn: '2026-06-04',
      registeredOn: '2026-06-04',
      classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: '2026-06-04' },
      department: '财务科',
      custodian: '钱进',
    }),
  );
  await add(
    'old',
    received({
      name: '关于做好档案移交工作的函',
      docNo: '省档〔2014〕3号',
      level: 'confidential',
      issuedOn: '2014-03-01',
      registeredOn: '2014-03-05',
      term: { kind: 'period', years: 10 },
    }),
  );
});

const list = (input: Partial<ChannelInput<'carriers:list'>>) =>
  desk.call('carriers:list', { page: 1, pageSize: 50, ...input });
const idsOf = async (input: Partial<ChannelInput<'carriers:list'>>) =>
  (await list(input)).rows.map((r) => r.id);

describe('the register page', () => {
  it('pages on the server: newest registrations first, with the total', async () => {
    const p1 = await list({ pageSize: 2 });
    expect(p1.total).toBe(5);
    expect(p1.rows.map((r) => r.id)).toEqual([ids.report, ids.usb]);
    const p3 = await list({ pageSize: 2, page: 3 });
    expect(p3.rows.map((r) => r.id)).toEqual([ids.old]);
  });

  it('sorts by number, name, level, issue date and term end', async () => {
    expect(await idsOf({ sort: { field: 'level', order: 'desc' } })).toEqual([
      ids.inspect,
      ids.budget,
      ids.report,
      ids.usb,
      ids.old,
    ]);
    // Code-point order: 制 (U+5236) before 收 (U+6536).
    expect((await list({ sort: { field: 'carrierNo', order: 'asc' } })).rows.map((r) => r.carrierNo)).toEqual(
      ['制2026-00001', '收2014-00001', '收2026-00001', '收2026-00002', '收2026-00003'],
    );
    expect((await idsOf({ sort: { field: 'termEndsOn', order: 'asc' } }))[0]).toBe(ids.old);
    expect((await idsOf({ sort: { field: 'issuedOn', order: 'desc' } })).at(-1)).toBe(ids.old);
    expect(await idsOf({ sort: { field: 'name', order: 'asc' } })).toHaveLength(5);
    expect(
      await desk.refused('carriers:list', { sort: { field: 'secretPoints', order: 'asc' } } as never),
    ).toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('filters by level, status, type, department, custodian and due', async () => {
    expect(await idsOf({ filters: { level: 'confidential' } })).toEqual([ids.report, ids.usb, ids.old]);
    expect(await idsOf({ filters: { type: 'usb' } })).toEqual([ids.usb]);
    expect(await idsOf({ filters: { department: '财务科' } })).toEqual([ids.report]);
    expect(await idsOf({ filters: { custodian: '财务科/钱进' } })).toEqual([ids.report]);
    expect(await idsOf({ filters: { status: 'on_loan' } })).toEqual([]);
    // The 2014 item's ten years ended in 2024: 已到期.
    expect(await idsOf({ filters: { due: 'term_expired' } })).toEqual([ids.old]);
    expect((await list({ filters: { due: 'term_expired' } })).rows[0]?.expired).toBe(true);
    // Only the unit's own produced item is due for review, and it was classified this year.
    expect(await idsOf({ filters: { due: 'review_due' } })).toEqual([]);
    const custodians = await desk.call('carriers:custodians', {});
    expect(custodians).toContainEqual({
      key: '财务科/钱进',
      name: '钱进',
      department: '财务科',
      carriers: 1,
    });
  });
});

describe('search of 名称 and 文号', () => {
  it('finds a two-character Chinese word (shorter than a trigram) anywhere in the name', async () => {
    expect(await idsOf({ search: '预算' })).toEqual([ids.report, ids.budget]);
    expect((await list({ search: '预算' })).total).toBe(2);
  });

  it('finds three or more characters through the trigram index, in names and document numbers', async () => {
    expect(await idsOf({ search: '保密检查' })).toEqual([ids.inspect]);
    expect(await idsOf({ search: '省保办〔2026〕' })).toEqual([ids.inspect]);
    expect(await idsOf({ search: 'abc-100' })).toEqual([ids.usb]);
  });

  it('combines terms, filters and search; one character works too', async () => {
    expect(await idsOf({ search: '预算 报告' })).toEqual([ids.budget]);
    expect(await idsOf({ search: '预算 执行情况' })).toEqual([ids.budget]);
    expect(await idsOf({ search: '预算', filters: { level: 'secret' } })).toEqual([ids.budget]);
    expect(await idsOf({ search: '函' })).toEqual([ids.old]);
    expect((await list({ search: '预算', filters: { level: 'secret' } })).total).toBe(1);
  });

  it('treats % and _ as the characters they are, not as wildcards', async () => {
    expect(await idsOf({ search: '%_' })).toEqual([ids.usb]);
    expect(await idsOf({ search: '_' })).toEqual([ids.usb]);
    expect(await idsOf({ search: '"' })).toEqual([]);
    expect(await idsOf({ search: '"保密"检查' })).toEqual([]);
  });

  it('follows edits of the name: the trigram index is kept in step', async () => {
    await desk.call('carriers:edit', {
      carrierId: ids.usb ?? 0,
      patch: { name: '工程设计图纸光盘' },
      reason: '登记时名称有误',
    });
    expect(await idsOf({ search: '设计图纸' })).toEqual([ids.usb]);
    expect(await idsOf({ search: '项目图纸' })).toEqual([]);
    const d = await desk.call('carriers:get', { id: ids.usb ?? 0 });
    expect(d.history.at(-1)).toMatchObject({
      kind: 'edit',
      detail: { before: { name: '项目图纸（U盘）' }, reason: '登记时名称有误' },
    });
  });
});
