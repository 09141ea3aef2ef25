// Issue 25, point 6: a notice is refused as a receipt or a package would be — not a notice, a format not known,
// a sender not registered, a signature that fails, another unit's notice, content that does not open, a replay —
// each with its own rule and Chinese message, and a refused notice writes nothing (not even an audit entry).
// The bureau may only write about what the unit reported. One test per rule, named after it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  introduce,
  openSite,
  OTHER_UNIT,
  pair,
  removeLongLived,
  SUPERVISOR,
  type Site,
} from '../exchange/helpers';
import { RECTIFICATION, send } from './notice-helpers';

let unit: Site;
let sup: Site;
let notice: string;
const sites: Site[] = [];

function state(site: Site): [number, number] {
  const c = site.core.session().db.$client;
  return [
    c.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
    c.prepare('SELECT count(*) FROM notices_received').pluck().get() as number,
  ];
}

/** The notice file with its JSON changed by `edit`, under a new name. */
function altered(name: string, edit: (f: { header: Record<string, unknown>; content: string }) => void) {
  const f = JSON.parse(readFileSync(notice, 'utf8')) as { header: Record<string, unknown>; content: string };
  edit(f);
  const p = join(unit.dir, name);
  writeFileSync(p, JSON.stringify(f));
  return p;
}

async function refusedAtUnit(path: string, rule: string, words: string) {
  const before = state(unit);
  expect(await unit.refused('exchange:importNotice', { path })).toMatchObject({
    code: 'RULE',
    rule,
    message: expect.stringContaining(words),
  });
  expect(state(unit)).toEqual(before);
}

beforeAll(async () => {
  ({ unit, sup } = await pair(true));
  sites.push(unit, sup);
  await send(unit, sup);
  notice = (
    await sup.call('exchange:writeNotice', { unitCode: unit.code, outPath: sup.dir, content: RECTIFICATION })
  ).path;
});

afterAll(() => removeLongLived(sites));

describe('a notice refused at the unit', () => {
  it('notice_not_notice: a file that is not a notice', async () => {
    const p = join(unit.dir, '随便.bmn');
    writeFileSync(p, '这不是通知');
    await refusedAtUnit(p, 'notice_not_notice', '不是保密工作台的上级单位通知文件');
  });

  it('notice_unknown_format: a version this program does not know', async () => {
    const p = altered('v2.bmn', (f) => (f.header.version = 2));
    await refusedAtUnit(p, 'notice_unknown_format', '格式版本');
  });

  it('notice_unknown_sender: a sender that is not the registered supervisor', async () => {
    const p = altered('other.bmn', (f) => {
      f.header.from = { ...(f.header.from as object), unitCode: OTHER_UNIT.unitCode };
    });
    await refusedAtUnit(p, 'notice_unknown_sender', '未在本机登记为上级单位');
  });

  it('notice_bad_signature: the header changed after it was signed', async () => {
    const p = altered('late.bmn', (f) => (f.header.createdAt = '2027-01-01T09:00:00.000Z'));
    await refusedAtUnit(p, 'notice_bad_signature', '签名无效');
  });

  it('notice_wrong_unit: a notice the bureau wrote for another unit', async () => {
    const other = await openSite(OTHER_UNIT, 'unit', true);
    sites.push(other);
    await introduce(other, sup, 'subordinate');
    const theirs = await sup.call('exchange:writeNotice', {
      unitCode: other.code,
      outPath: sup.dir,
      content: RECTIFICATION,
    });
    await refusedAtUnit(theirs.path, 'notice_wrong_unit', `发给其他单位（${OTHER_UNIT.unitCode}）`);
  });

  it('notice_decrypt_failed: the sealed content altered', async () => {
    const p = altered('cut.bmn', (f) => (f.content = f.content.slice(0, -8) + 'AAAAAAA='));
    await refusedAtUnit(p, 'notice_decrypt_failed', '无法解密');
  });

  it('notice_replay: the same notice imported twice', async () => {
    const first = await unit.call('exchange:importNotice', { path: notice });
    expect(first.seq).toBe(1);
    await refusedAtUnit(notice, 'notice_replay', '第 1 号通知已于');
  });

  it('notice_leaving_unknown: an 意见 on a leaving procedure this installation does not hold', async () => {
    // The bureau holds a procedure from the unit's earlier installation (or another unit's mix-up).
    sup.core
      .session()
      .db.$client.prepare(
        "INSERT INTO imported_records (unit_code, register, record_id, data, seq) VALUES (?, 'leaving_procedures', '999', ?, 1)",
      )
      .run(unit.code, JSON.stringify({ id: 999, person_id: 1, separation_ends_on: null }));
    const op = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: {
        kind: 'opinion',
        title: '意见',
        leavingId: 999,
        personName: '张三',
        verdict: 'agree',
        text: '同意',
      },
    });
    await refusedAtUnit(op.path, 'notice_leaving_unknown', '本机没有这项手续');
  });
});

describe('what the bureau may write', () => {
  const opinion = (leavingId: number, over: object = {}) => ({
    kind: 'opinion' as const,
    title: '意见',
    leavingId,
    personName: '张三',
    verdict: 'agree' as const,
    text: '同意',
    ...over,
  });

  it('notice_leaving_reported: an 意见 only on a leaving procedure the unit reported', async () => {
    expect(
      await sup.refused('exchange:writeNotice', {
        unitCode: unit.code,
        outPath: sup.dir,
        content: opinion(4242),
      }),
    ).toMatchObject({
      rule: 'notice_leaving_reported',
      message: expect.stringContaining('第 4242 号离岗离职手续'),
    });
  });

  it('notice_extend_date: 同意并延长脱密期 names the new end, later than the unit’s', async () => {
    expect(
      await sup.refused('exchange:writeNotice', {
        unitCode: unit.code,
        outPath: sup.dir,
        content: opinion(999, { verdict: 'agree_extend' }),
      }),
    ).toMatchObject({ rule: 'notice_extend_date', message: expect.stringContaining('脱密期截止日期') });
  });

  it('notice_filing_reported: a 备案 only of records the unit reported', async () => {
    expect(
      await sup.refused('exchange:writeNotice', {
        unitCode: unit.code,
        outPath: sup.dir,
        content: {
          kind: 'filing',
          title: '备案回执',
          items: [{ register: 'classification_items', recordId: '77', name: '某项目技术方案' }],
        },
      }),
    ).toMatchObject({ rule: 'notice_filing_reported', message: expect.stringContaining('不能备案') });
  });

  it('notice_unit_registered: only to a registered subordinate unit', async () => {
    expect(
      await sup.refused('exchange:writeNotice', {
        unitCode: '11110000MB0888888X',
        outPath: sup.dir,
        content: RECTIFICATION,
      }),
    ).toMatchObject({ rule: 'notice_unit_registered' });
  });

  it('supervisor_mode_required: a unit cannot write notices', async () => {
    expect(
      await unit.refused('exchange:writeNotice', {
        unitCode: SUPERVISOR.unitCode,
        outPath: unit.dir,
        content: RECTIFICATION,
      }),
    ).toMatchObject({
      rule: 'supervisor_mode_required',
      message: expect.stringContaining('不能向下级单位发送通知'),
    });
  });

  it('finding_deadline_not_past: a 整改通知 deadline already past', async () => {
    const past = {
      ...RECTIFICATION,
      findings: RECTIFICATION.findings.map((f) => ({ ...f, deadline: '2026-01-01' })),
    };
    expect(
      await sup.refused('exchange:writeNotice', { unitCode: unit.code, outPath: sup.dir, content: past }),
    ).toMatchObject({ rule: 'finding_deadline_not_past' });
  });
});
