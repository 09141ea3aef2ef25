// Issue 25, point 6: answers go back down, signed and encrypted. The bureau writes a 整改通知, an 意见 on a
// departing 涉密人员 and a 备案 for one unit from what that unit reported; the unit imports each as one audited
// write and it lands where the clerk works (a 上级检查 with its findings, the leaving procedure, the notice list);
// the findings' closure comes back up in the next package and the bureau sees the notice answered.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPerson, postedPerson } from '../persons/helpers';
import { pair, SUPERVISOR, type Site } from '../exchange/helpers';
import { RECTIFICATION, rectifyAll, send } from './notice-helpers';

function auditActions(site: Site, action: string): number {
  return site.core
    .session()
    .db.$client.prepare('SELECT count(*) FROM audit_log WHERE action = ?')
    .pluck()
    .get(action) as number;
}

describe('notices from the supervisor', () => {
  it('a 整改通知 goes down, lands as a 上级检查 with its findings, and its closure comes back up', async () => {
    const { unit, sup } = await pair();
    const liu = await newPerson(unit, { name: '刘洋', department: '办公室' });
    const zhou = await newPerson(unit, { name: '周强', department: '保密办' });
    await send(unit, sup);

    const written = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: RECTIFICATION,
    });
    expect(written).toMatchObject({ seq: 1, kind: 'rectification', unitCode: unit.code });
    // Encrypted: the findings' words are not on the media in clear.
    expect(readFileSync(written.path, 'utf8')).not.toContain('岗前培训');
    expect((await sup.call('exchange:sentNotices', { unitCode: unit.code }))[0]).toMatchObject({
      seq: 1,
      state: 'sent',
    });

    const before = auditActions(unit, 'notice_import');
    const got = await unit.call('exchange:importNotice', { path: written.path });
    expect(auditActions(unit, 'notice_import')).toBe(before + 1);
    expect(got).toMatchObject({ kind: 'rectification', seq: 1, supervisorCode: SUPERVISOR.unitCode });
    expect(got.inspectionId).not.toBeNull();
    const check = await unit.call('inspections:get', { inspectionId: got.inspectionId as number });
    expect(check).toMatchObject({ kind: 'superior', authority: SUPERVISOR.name, status: 'open' });
    const board = await unit.call('inspections:findings', { inspectionId: got.inspectionId as number });
    expect(board.rows.map((f) => [f.what, f.deadline, f.state])).toEqual([
      ['涉密载体台账与实物不符 2 件', '2026-07-31', 'pending'],
      ['新进涉密人员未参加岗前培训', '2026-08-15', 'pending'],
    ]);

    // The next package shows it received, the findings open: 整改中.
    await send(unit, sup, 'incremental');
    let sent = (await sup.call('exchange:sentNotices', { unitCode: unit.code }))[0];
    expect(sent?.state).toBe('rectifying');
    expect(sent?.items.map((i) => i.state)).toEqual(['pending', 'pending']);

    // The clerk rectifies both; the next package carries the closure.
    await rectifyAll(unit, board.rows, liu, zhou);
    await send(unit, sup, 'incremental');
    sent = (await sup.call('exchange:sentNotices', { unitCode: unit.code }))[0];
    expect(sent).toMatchObject({ seq: 1, state: 'answered' });
    expect(sent?.items.map((i) => [i.state, i.rectifiedOn])).toEqual([
      ['closed', '2026-06-20'],
      ['closed', '2026-06-20'],
    ]);
  });

  it('an 意见 lands on the leaving procedure; a 同意并延长脱密期 names its end; a 备案 lists its items', async () => {
    const { unit, sup } = await pair();
    const li = await postedPerson(unit, { name: '李明' });
    const leaving = await unit.call('leaving:start', {
      personId: li.id,
      kind: 'transfer',
      startedOn: '2026-06-15',
      reason: '工作调动',
    });
    await send(unit, sup);

    const opinion = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: {
        kind: 'opinion',
        title: '关于李明调离的意见',
        leavingId: leaving.id,
        personName: '（以报送为准）',
        verdict: 'agree_extend',
        separationEndsOn: '2029-06-30',
        text: '同意调离，脱密期延长至 2029 年 6 月 30 日。',
      },
    });
    const filing = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: {
        kind: 'filing',
        title: '涉密人员备案回执',
        items: [{ register: 'persons', recordId: String(li.id), name: '李明' }],
      },
    });
    expect([opinion.seq, filing.seq]).toEqual([1, 2]);

    // Out of order is fine: each number is imported once.
    const f = await unit.call('exchange:importNotice', { path: filing.path });
    expect(f.items).toEqual([
      expect.objectContaining({ no: 1, register: 'persons', name: '涉密人员：李明' }),
    ]);
    const o = await unit.call('exchange:importNotice', { path: opinion.path });
    expect(o).toMatchObject({
      verdict: 'agree_extend',
      leavingId: leaving.id,
      separationEndsOn: '2029-06-30',
    });
    const view = await unit.call('leaving:get', { leavingId: leaving.id });
    expect(view.supervisorOpinions).toEqual([
      expect.objectContaining({ verdict: 'agree_extend', text: expect.stringContaining('同意调离') }),
    ]);
    expect((await unit.call('exchange:notices', {})).map((n) => n.seq)).toEqual([1, 2]);

    await send(unit, sup, 'incremental');
    const states = await sup.call('exchange:sentNotices', { unitCode: unit.code });
    expect(states.map((n) => [n.seq, n.state])).toEqual([
      [2, 'received'],
      [1, 'received'],
    ]);
    // The bureau wrote the name the unit reported, not the one typed.
    expect(states[1]?.verdict).toBe('agree_extend');
  });
});
