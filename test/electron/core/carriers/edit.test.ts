// 编辑: corrections of a carrier's descriptive fields, each with its reason, history row and audit entry. What
// may change only through 变更/解密 or 移交 is refused, never silently dropped.
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { openDesk, received, type Desk } from './helpers';

let desk: Desk;
let id: number;
beforeEach(async () => {
  desk = await openDesk('2026-06-15');
  id = (await desk.call('carriers:register', received())).id;
});
const audits = () => verifyAuditChain(desk.core.session().db).count;

describe('编辑 a carrier', () => {
  it('changes only the fields sent, and records before, after and reason', async () => {
    const before = audits();
    const c = await desk.call('carriers:edit', {
      carrierId: id,
      patch: { name: '关于做好2026年度保密自查工作的通知', location: '机要室2号柜', docNo: null },
      reason: '登记时名称有误',
    });
    expect(c).toMatchObject({
      name: '关于做好2026年度保密自查工作的通知',
      location: '机要室2号柜',
      docNo: null,
      issuer: '省保密办',
      level: 'secret',
    });
    expect(c.history.at(-1)).toMatchObject({
      kind: 'edit',
      on: '2026-06-15',
      detail: {
        before: { name: '关于做好2026年度保密检查工作的通知', location: '机要室3号保密柜' },
        after: { name: '关于做好2026年度保密自查工作的通知', location: '机要室2号柜', docNo: null },
        reason: '登记时名称有误',
      },
    });
    expect(audits()).toBe(before + 1);
  });

  it('level, term, range and custodian are refused by name: they change through 变更, 解密 or 移交', async () => {
    const before = audits();
    const e = await desk.refused('carriers:edit', {
      carrierId: id,
      patch: { location: '机要室2号柜', level: 'confidential', custodian: '赵敏' } as never,
      reason: '改密级',
    });
    expect(e).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'patch' }] });
    expect(e.message).toContain('编辑不能修改密级、保管人');
    expect(e.message).toContain('变更');
    const c = await desk.call('carriers:get', { id });
    expect(c).toMatchObject({ level: 'secret', location: '机要室3号保密柜', custodianName: '王丽' });
    expect(audits()).toBe(before);
  });

  it('a field the core refuses is named by its path under patch', async () => {
    const empty = await desk.refused('carriers:edit', {
      carrierId: id,
      patch: { name: ' ' },
      reason: '更正',
    });
    expect(empty).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'patch.name', message: '请填写名称' }],
    });
    const long = await desk.refused('carriers:edit', {
      carrierId: id,
      patch: { location: '柜'.repeat(101) },
      reason: '更正',
    });
    expect(long).toMatchObject({
      fields: [{ path: 'patch.location', message: '存放位置不能超过 100 个字' }],
    });
    const item = await desk.refused('carriers:edit', {
      carrierId: id,
      patch: { classificationItemId: 77 },
      reason: '更正',
    });
    expect(item).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'patch.classificationItemId' }] });
    expect(await desk.refused('carriers:edit', { carrierId: id, patch: {}, reason: '' })).toMatchObject({
      fields: [{ path: 'reason', message: '请填写修改原因' }],
    });
  });

  it('an edit that changes nothing is refused and leaves no history row or audit entry', async () => {
    const before = audits();
    const e = await desk.refused('carriers:edit', {
      carrierId: id,
      patch: { location: '机要室3号保密柜' },
      reason: '核对',
    });
    expect(e).toMatchObject({ code: 'VALIDATION', message: '没有修改任何内容。' });
    expect((await desk.call('carriers:get', { id })).history.map((h) => h.kind)).toEqual(['register']);
    expect(audits()).toBe(before);
  });
});
