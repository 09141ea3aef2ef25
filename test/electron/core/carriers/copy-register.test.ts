// 复制登记表 of a period: every 复制/摘录 in the unit between two dates, one row per act, in date order, for the
// whole unit or one department — with the approval each copy rests on.
import { describe, expect, it } from 'vitest';
import {
  COPY_REGISTER_MAX_ROWS,
  copyRegister,
  copyRegisterCountQuery,
  copyRegisterQuery,
} from '../../../../electron/core/carriers/copy-register';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { LEADERS } from '../../../../electron/core/carriers/demo-data';
import { setUpCore } from '../../../helpers/temp';
import { leaderApproval, openDesk, produced, received, type Desk } from './helpers';

const consent = { authority: '省保密办', documentNo: '省保办函〔2026〕5号', decidedAt: '2026-03-01' };

/** Two originals (a received 机密 notice, the unit's own 秘密 report) and three copies over two years. */
async function deskWithCopies(): Promise<{ desk: Desk; notice: number; report: number }> {
  const desk = await openDesk('2026-06-15');
  const notice = (
    await desk.call('carriers:register', received({ registeredOn: '2025-11-01', issuedOn: '2025-10-20' }))
  ).id;
  const report = (await desk.call('carriers:register', produced())).id;
  const copy = (carrierId: number, copiedOn: string, over: Record<string, unknown> = {}) =>
    desk.call('carriers:copy', {
      carrierId,
      copiedOn,
      copyCount: 2,
      purpose: '科室学习',
      department: '档案科',
      custodian: '赵敏',
      approval: leaderApproval(copiedOn),
      ...over,
    });
  // Last year's copy: outside a 2026 register.
  await copy(notice, '2025-12-20', { purpose: '年终传达' });
  await copy(report, '2026-06-12', {
    copyCount: 3,
    purpose: '报送局领导',
    department: '办公室',
    custodian: '王丽',
  });
  await copy(notice, '2026-02-03', {
    mode: 'excerpt',
    copyCount: 1,
    purpose: '摘录要点供检查组使用',
    approval: {
      approver: { type: 'person', name: '周立新', title: '副局长' },
      decidedAt: '2026-02-02',
      documentNo: '保审〔2026〕2号',
    },
  });
  return { desk, notice, report };
}

describe('复制登记表 of a period', () => {
  it('lists the copies of two originals made in the period, in date order, and leaves out the one before it', async () => {
    const { desk, notice, report } = await deskWithCopies();
    const r = await desk.call('carriers:copyRegister', { from: '2026-01-01', to: '2026-12-31' });
    expect(r).toMatchObject({ from: '2026-01-01', to: '2026-12-31', department: null, total: 2 });
    expect(r.rows.map((x) => [x.copiedOn, x.original.id])).toEqual([
      ['2026-02-03', notice],
      ['2026-06-12', report],
    ]);
    expect(r.rows.map((x) => x.purpose)).not.toContain('年终传达');
    const [excerpt, copied] = r.rows;
    expect(excerpt).toMatchObject({
      mode: 'excerpt',
      count: 1,
      purpose: '摘录要点供检查组使用',
      department: '档案科',
      custodian: '赵敏',
      handledBy: '王丽',
      original: {
        carrierNo: '收2025-00001',
        name: '关于做好2026年度保密检查工作的通知',
        docNo: '省保办〔2026〕12号',
        issuer: '省保密办',
        source: 'received',
        level: 'secret',
        pages: 8,
      },
      copy: { carrierNo: '复2026-00002', level: 'secret', firstCopyNo: 1, lastCopyNo: 1 },
      approvals: [
        { name: '周立新', title: '副局长', decidedAt: '2026-02-02', documentNo: '保审〔2026〕2号' },
      ],
    });
    expect(copied).toMatchObject({
      mode: 'copy',
      count: 3,
      purpose: '报送局领导',
      department: '办公室',
      original: { source: 'produced', level: 'confidential' },
      copy: { carrierNo: '复2026-00001', firstCopyNo: 1, lastCopyNo: 3 },
      approvals: [{ name: '李建国', title: '办公室主任', decidedAt: '2026-06-12' }],
    });
    // Last year's register has only last year's copy.
    const last = await desk.call('carriers:copyRegister', { from: '2025-01-01', to: '2025-12-31' });
    expect(last.rows.map((x) => x.purpose)).toEqual(['年终传达']);
  });

  it('a department’s register holds only the copies made for that department, as at the time of copying', async () => {
    const { desk } = await deskWithCopies();
    const archive = await desk.call('carriers:copyRegister', { department: '档案科' });
    expect(archive.rows.map((x) => x.purpose)).toEqual(['摘录要点供检查组使用']);
    const office = await desk.call('carriers:copyRegister', { department: '办公室' });
    expect(office.rows.map((x) => x.purpose)).toEqual(['报送局领导']);
    expect(office).toMatchObject({ department: '办公室', total: 1 });
    // 移交 of the copies to another department later does not move the act to that department's register.
    const made = office.rows[0]?.copy?.id ?? 0;
    await desk.call('carriers:handOver', {
      carrierId: made,
      copyNos: [1, 2, 3],
      handedOn: '2026-06-14',
      to: { name: '孙磊', department: '机要科' },
    });
    expect((await desk.call('carriers:copyRegister', { department: '办公室' })).total).toBe(1);
    expect((await desk.call('carriers:copyRegister', { department: '机要科' })).total).toBe(0);
  });

  it('without dates it is the register of the current year', async () => {
    const { desk } = await deskWithCopies();
    const r = await desk.call('carriers:copyRegister', {});
    expect(r).toMatchObject({ from: '2026-01-01', to: '2026-12-31', total: 2 });
  });

  it('a 绝密 copy shows the originating authority’s consent and the leader’s approval', async () => {
    const desk = await openDesk('2026-06-15');
    const id = (
      await desk.call(
        'carriers:register',
        received({ level: 'top_secret', term: { kind: 'period', years: 20 } }),
      )
    ).id;
    await desk.call('carriers:copy', {
      carrierId: id,
      copiedOn: '2026-06-15',
      copyCount: 1,
      purpose: '传达学习',
      department: '办公室',
      custodian: '王丽',
      location: '机要室1号保密柜',
      approval: leaderApproval(),
      originatorConsent: consent,
    });
    const [row] = (await desk.call('carriers:copyRegister', {})).rows;
    expect(row?.approvals).toEqual([
      { name: '省保密办', title: '原定密机关', decidedAt: '2026-03-01', documentNo: '省保办函〔2026〕5号' },
      { name: '李建国', title: '办公室主任', decidedAt: '2026-06-15', documentNo: '保审〔2026〕8号' },
    ]);
  });

  it('refuses a reversed period and one longer than five years, naming the field', async () => {
    const desk = await openDesk('2026-06-15');
    expect(
      await desk.refused('carriers:copyRegister', { from: '2026-06-01', to: '2026-05-31' }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'to' }],
    });
    expect(
      await desk.refused('carriers:copyRegister', { from: '2021-01-01', to: '2026-01-01' }),
    ).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('5 年') as unknown,
    });
    // Exactly five years is a register.
    expect((await desk.call('carriers:copyRegister', { from: '2021-01-01', to: '2025-12-31' })).total).toBe(
      0,
    );
  });

  it('a period with more copies than one register holds is refused with a request to narrow it', async () => {
    const { desk, notice } = await deskWithCopies();
    // Many copy acts, written straight into the history (going through carriers:copy 5000 times is not the point).
    const add = desk.core
      .session()
      .db.$client.prepare(
        `INSERT INTO carrier_events (carrier_id, kind, "on", at, detail) VALUES (?, 'copy', '2026-03-01', '2026-03-01T00:00:00Z', '{}')`,
      );
    desk.core.session().db.$client.transaction(() => {
      for (let i = 0; i < COPY_REGISTER_MAX_ROWS; i++) add.run(notice);
    })();
    const refused = await desk.refused('carriers:copyRegister', { from: '2026-01-01', to: '2026-12-31' });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain(`共有 ${COPY_REGISTER_MAX_ROWS + 2} 次复制`);
    expect(refused.message).toContain('请缩短期间');
    // The first quarter without March fits.
    expect((await desk.call('carriers:copyRegister', { from: '2026-01-01', to: '2026-02-28' })).total).toBe(
      1,
    );
  });
});

describe('复制登记表 query plan', () => {
  it('reads the period from the (kind, date) index in date order and joins by primary key, never scanning the history', async () => {
    const { core } = await setUpCore();
    const db = core.session().db;
    let seed = 7;
    const rng = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    seedCarriers(db, { count: 1500, rng, now: new Date('2026-06-15T12:00:00') });
    const plan = (q: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = q.toSQL();
      const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      return rows.map((r) => r.detail);
    };
    for (const department of [null, '办公室']) {
      const q = { from: '2026-01-01', to: '2026-12-31', department };
      const rows = plan(copyRegisterQuery(db, q));
      expect(rows[0]).toBe(
        'SEARCH carrier_events USING INDEX carrier_events_kind_on_idx (kind=? AND on>? AND on<?)',
      );
      const joins = rows.slice(1).filter((r) => !r.startsWith('CORRELATED'));
      for (const r of joins)
        expect(r).toMatch(/USING (INTEGER PRIMARY KEY|COVERING INDEX carrier_copies_no_uq)/);
      expect(rows.join('\n')).not.toMatch(/TEMP B-TREE|SCAN/);
      expect(plan(copyRegisterCountQuery(db, q))[0]).toMatch(
        /^SEARCH carrier_events USING (COVERING )?INDEX carrier_events_kind_on_idx/,
      );
    }
    // The demo's copies are on the register too, each with its leader's approval.
    const demo = copyRegister(db, {}, '2026-06-15');
    expect(demo.total).toBeGreaterThan(0);
    for (const r of demo.rows) expect(LEADERS).toContain(r.approvals[0]?.name);
  });
});
