// Where a carrier is kept (issue #19 point 9): 绝密 only in a 保密室/保密柜 (law art. 26), and 不同密级不得混放.
// Both are warnings the clerk goes past only with a reason, kept in the carrier's history — at registration and
// whenever the location changes.
import { describe, expect, it } from 'vitest';
import { MEDIA, pair, SUPERVISOR } from '../exchange/helpers';
import { leaderApproval, openDesk, produced, received, twoWitnesses } from './helpers';

const rule = (name: string) => expect.objectContaining({ code: 'RULE', rule: name });
const onReason = (text: string) =>
  expect.objectContaining({
    fields: [{ path: 'storageReason', message: expect.stringContaining(text) }],
  });
const topSecret = (location: string | undefined, more = {}) =>
  received({ level: 'top_secret', location, ...more } as Parameters<typeof received>[0]);

describe('top_secret_stored_in_safe', () => {
  it('绝密 goes to a 保密室 or 保密柜; anywhere else, or nowhere written, only with a reason', async () => {
    const desk = await openDesk('2026-06-15');
    expect(await desk.refused('carriers:register', topSecret('办公室文件柜'))).toEqual(
      rule('top_secret_stored_in_safe'),
    );
    expect(await desk.refused('carriers:register', topSecret('办公室文件柜'))).toEqual(
      onReason('“办公室文件柜”不是本单位的保密存放场所（保密室、保密柜、保险柜、密码柜）'),
    );
    expect(await desk.refused('carriers:register', topSecret(undefined))).toEqual(
      onReason('绝密级载体未填写存放位置'),
    );
    expect((await desk.call('carriers:list', {})).total).toBe(0);
    for (const place of ['机要室1号保密柜', '保密室', '财务科保险柜']) {
      await desk.call('carriers:register', topSecret(place, { docNo: `省保办〔2026〕${place.length}号` }));
    }
    // 机密 and below may be kept in an ordinary cabinet.
    await desk.call('carriers:register', received({ location: '办公室2号文件柜' }));

    const kept = await desk.call(
      'carriers:register',
      topSecret('办公室文件柜', { storageReason: '保密柜维修，当日下班前移回', docNo: '省保办〔2026〕99号' }),
    );
    expect(kept.history[0]?.detail).toMatchObject({
      storage: {
        reason: '保密柜维修，当日下班前移回',
        warnings: [expect.stringContaining('“办公室文件柜”不是本单位的保密存放场所')],
      },
    });
  });

  it('the unit may name its own safe places instead of the words', async () => {
    const desk = await openDesk('2026-06-15');
    const s = await desk.call('carriers:updateSettings', { safePlaces: ['机要室1号保密柜'] });
    expect(s.safePlaces).toEqual(['机要室1号保密柜']);
    expect(await desk.refused('carriers:register', topSecret('档案室保密柜'))).toEqual(
      onReason('（机要室1号保密柜）'),
    );
    await desk.call('carriers:register', topSecret('机要室 1号保密柜'));
    expect(await desk.refused('carriers:updateSettings', { safePlaces: [] })).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'safePlaces', message: '请至少登记一个保密存放场所' }],
    });
  });

  it('moving a 绝密 carrier out of the safe needs the reason too, kept with the correction', async () => {
    const desk = await openDesk('2026-06-15');
    const { id } = await desk.call('carriers:register', topSecret('机要室1号保密柜'));
    const move = { carrierId: id, patch: { location: '办公室文件柜' }, reason: '存放位置调整' };
    expect(await desk.refused('carriers:edit', move)).toEqual(rule('top_secret_stored_in_safe'));
    expect(await desk.refused('carriers:edit', { ...move, patch: { location: null } })).toEqual(
      onReason('未填写存放位置'),
    );
    // A correction that leaves the location alone is not asked about it.
    await desk.call('carriers:edit', { carrierId: id, patch: { pages: 9 }, reason: '页数登记有误' });
    const moved = await desk.call('carriers:edit', { ...move, storageReason: '保密柜维修，暂存三日' });
    expect(moved.location).toBe('办公室文件柜');
    expect(moved.history.at(-1)?.detail).toMatchObject({
      reason: '存放位置调整',
      storage: { reason: '保密柜维修，暂存三日' },
    });
  });
});

describe('levels_stored_apart', () => {
  it('a place holding one level takes no other; the same level, or a place apart, is fine', async () => {
    const desk = await openDesk('2026-06-15');
    const secret = await desk.call('carriers:register', received()); // 机密, 机要室3号保密柜
    const mixed = produced({ location: '机要室 3号保密柜' });
    expect(await desk.refused('carriers:register', mixed)).toEqual(rule('levels_stored_apart'));
    expect(await desk.refused('carriers:register', mixed)).toEqual(
      onReason('“机要室 3号保密柜”已存放机密级载体，不同密级的载体不得混放'),
    );
    // Another 机密 joins it; the 秘密 goes to its own cabinet; 内部资料 has no 密级 to mix.
    await desk.call('carriers:register', received({ docNo: '省保办〔2026〕13号' }));
    const low = await desk.call('carriers:register', produced({ location: '机要室5号保密柜' }));
    await desk.call('carriers:register', produced({ level: 'internal', location: '机要室3号保密柜' }));
    // A 绝密 into the 秘密 cabinet: a safe place, but not its own.
    const apart = await desk.refused('carriers:register', topSecret('机要室5号保密柜'));
    expect(apart).toEqual(rule('levels_stored_apart'));
    expect(apart.message).toContain('“机要室5号保密柜”已存放秘密级载体');
    // Into an ordinary cabinet holding 秘密: both warnings at once, so one reason answers both.
    await desk.call('carriers:register', produced({ location: '办公室文件柜', docNo: '档保〔2026〕4号' }));
    const both = await desk.refused('carriers:register', topSecret('办公室文件柜'));
    expect(both).toEqual(rule('top_secret_stored_in_safe'));
    expect(both.message).toMatch(/不是本单位的保密存放场所.*；“办公室文件柜”已存放秘密级载体/);

    // Moving the 秘密 into the 机密 cabinet: the same warning, and the reason kept with the correction.
    const move = { carrierId: low.id, patch: { location: '机要室3号保密柜' }, reason: '调整存放' };
    expect(await desk.refused('carriers:edit', move)).toEqual(rule('levels_stored_apart'));
    const moved = await desk.call('carriers:edit', { ...move, storageReason: '分袋存放，月底前另柜' });
    expect(moved.history.at(-1)?.detail).toMatchObject({
      storage: {
        reason: '分袋存放，月底前另柜',
        warnings: ['“机要室3号保密柜”已存放机密级载体，不同密级的载体不得混放'],
      },
    });
    expect(secret.location).toBe('机要室3号保密柜');
  });

  it('what has left the place, or is no longer secret, does not count', async () => {
    const desk = await openDesk('2026-06-15');
    const { id } = await desk.call('carriers:register', received({ location: '机要室9号保密柜' }));
    const low = produced({ location: '机要室9号保密柜' });
    expect(await desk.refused('carriers:register', low)).toEqual(rule('levels_stored_apart'));
    await desk.call('carriers:destroy', {
      destroyedAt: '2026-06-15T15:00',
      place: '机要室',
      method: 'shred',
      reason: '已过使用期',
      responsibleName: '王丽',
      witnesses: twoWitnesses,
      approval: leaderApproval(),
      items: [{ carrierId: id, copyNos: [12, 13] }],
    });
    expect((await desk.call('carriers:register', low)).location).toBe('机要室9号保密柜');
  });
});

describe('storage_checked_for_new_copies', () => {
  it('copies are new carriers at their own place: the same warnings, the reason kept', async () => {
    const desk = await openDesk('2026-06-15');
    const { id } = await desk.call('carriers:register', received()); // 机密, 机要室3号保密柜
    await desk.call('carriers:register', produced({ location: '机要室5号保密柜' })); // 秘密
    const copy = {
      carrierId: id,
      copiedOn: '2026-06-15',
      copyCount: 1,
      purpose: '科室学习',
      department: '办公室',
      custodian: '王丽',
      location: '机要室5号保密柜',
      approval: leaderApproval(),
    };
    expect(await desk.refused('carriers:copy', copy)).toEqual(rule('levels_stored_apart'));
    const made = await desk.call('carriers:copy', { ...copy, storageReason: '分袋存放，周内另柜' });
    expect(made.source).toBe('copied');
    expect(made.history[0]?.detail).toMatchObject({ storage: { reason: '分袋存放，周内另柜' } });
  });

  it('a report package is registered where its medium is kept, under the same warnings', async () => {
    const { unit } = await pair();
    await unit.call('carriers:register', received()); // 机密: the package is 机密 too
    await unit.call('carriers:register', produced({ location: '机要室5号保密柜' }));
    const out = {
      to: SUPERVISOR.unitCode,
      profile: 'full' as const,
      outPath: unit.dir,
      media: { ...MEDIA, location: '机要室5号保密柜' },
    };
    expect(await unit.refused('exchange:export', out)).toEqual(rule('levels_stored_apart'));
    const pkg = await unit.call('exchange:export', {
      ...out,
      media: { ...out.media, storageReason: '报送当日取走' },
    });
    expect(pkg.seq).toBe(1);
  });
});
