// `baomi supervisor interval --loan-alert N` (issue 25, points 4 and 8): the overdue-loan threshold set from the
// command line, within the channel's bounds, refused in Chinese otherwise.
import { describe, expect, it } from 'vitest';
import { cli, initHere } from './cli-helpers';

describe('baomi supervisor interval --loan-alert', () => {
  it('sets the threshold, shows it with the defaults, and refuses a value out of bounds in Chinese', async () => {
    const help = await cli(['supervisor', 'interval', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('[--loan-alert N]');
    const db = await initHere(undefined, ['--mode', 'supervisor'], '11110000MB000SUP01');
    const set = await cli(['supervisor', 'interval', '--loan-alert', '3', '--db', db, '--json']);
    expect(set.err).toBe('');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.out)).toMatchObject({ overdueLoanAlert: 3 });

    const shown = await cli(['supervisor', 'interval', '--db', db]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('逾期未归还提醒阈值：3 件');

    const tooMany = await cli(['supervisor', 'interval', '--loan-alert', '20000', '--db', db]);
    expect(tooMany.code).not.toBe(0);
    expect(tooMany.err).toContain('逾期未归还提醒阈值不超过 10000 件');
    const zero = await cli(['supervisor', 'interval', '--loan-alert', '0', '--db', db]);
    expect(zero.code).not.toBe(0);
    expect(zero.err).toContain('逾期未归还提醒阈值至少 1 件');
    expect(JSON.parse((await cli(['supervisor', 'interval', '--db', db, '--json'])).out)).toMatchObject({
      overdueLoanAlert: 3,
    });
  }, 120_000);
});
