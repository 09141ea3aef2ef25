// Notices from the command line (issue 25, points 6 and 9): `baomi supervisor notice write|list` at the bureau,
// `baomi notice import|list` at the unit — Chinese text by default, --json for scripts, --help for each, and a
// replay refused with its rule's message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pair, type Site } from '../electron/core/exchange/helpers';
import { CLERK } from '../helpers/temp';
import { RECTIFICATION, send } from '../electron/core/supervisor/notice-helpers';
import { cli } from './cli-helpers';

const PASSWORD = 'Jinri#2026ok';

/** The CLI runs on today's clock: a password set on the sites' fixed day would have expired by now. */
async function handOver(site: Site): Promise<string> {
  site.clock.set(new Date().toISOString().slice(0, 10));
  await site.call('session:changePassword', { oldPassword: CLERK.password, newPassword: PASSWORD });
  site.core.detach();
  return site.core.dbPath;
}

describe('baomi notice CLI', () => {
  it('a 整改通知 written at the bureau, imported at the unit once, followed in the unit’s next package', async () => {
    const { unit, sup } = await pair();
    await send(unit, sup);
    const media = join(sup.dir, 'media');
    mkdirSync(media);
    const content = join(sup.dir, '整改通知.json');
    const later = (d: string) => `2099${d.slice(4)}`;
    writeFileSync(
      content,
      JSON.stringify({
        ...RECTIFICATION,
        findings: RECTIFICATION.findings.map((f) => ({ ...f, deadline: later(f.deadline) })),
      }),
    );
    const [unitDb, supDb] = [await handOver(unit), await handOver(sup)];
    const stdin = `${PASSWORD}\n`;

    const help = await cli(['supervisor', 'notice', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('supervisor notice write --unit 单位代码');
    expect((await cli(['notice', '--help'])).out).toContain('notice import 通知文件.bmn');

    const w = await cli(
      [
        'supervisor',
        'notice',
        'write',
        '--unit',
        unit.code,
        '--out',
        media,
        '--content',
        content,
        '--db',
        supDb,
      ],
      stdin,
    );
    expect(w.code, w.err).toBe(0);
    expect(w.out).toContain(`已生成发给 ${unit.code} 的第 1 号通知（整改通知）`);
    const path = join(media, `通知-${unit.code}-0001.bmn`);

    const imp = await cli(['notice', 'import', path, '--db', unitDb, '--json'], stdin);
    expect(imp.code, imp.err).toBe(0);
    expect(JSON.parse(imp.out)).toMatchObject({
      kind: 'rectification',
      seq: 1,
      items: [{ no: 1 }, { no: 2 }],
    });
    const again = await cli(['notice', 'import', path, '--db', unitDb], stdin);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('第 1 号通知已于');
    expect((await cli(['notice', 'list', '--db', unitDb], stdin)).out).toContain('问题 2 个已列入整改');

    // The unit's next package shows the findings received and open.
    const exp = await cli(
      ['export', '--db', unitDb, '--to', sup.code, '--profile', 'incremental', '--out', media, '--json'],
      stdin,
    );
    expect(exp.code, exp.err).toBe(0);
    const pkg = JSON.parse(exp.out).path as string;
    expect((await cli(['import', pkg, '--db', supDb, '--receipt-out', media], stdin)).code).toBe(0);
    const list = await cli(
      ['supervisor', 'notice', 'list', '--unit', unit.code, '--db', supDb, '--json'],
      stdin,
    );
    expect(list.code, list.err).toBe(0);
    expect(JSON.parse(list.out)).toEqual([
      expect.objectContaining({ seq: 1, state: 'rectifying', items: expect.any(Array) }),
    ]);
    expect(
      (await cli(['supervisor', 'notice', 'list', '--unit', unit.code, '--db', supDb], stdin)).out,
    ).toContain('整改中');
  }, 240_000);
});
