// Disk full (issue 19, point 16): a write that fails for lack of space rolls back, leaves the database sound and
// says so in Chinese; an export package, a backup and an xlsx export leave no partial file on the medium. The
// medium is a real tmpfs where the machine allows it (root, as in CI), otherwise the file layer answers ENOSPC
// (test/helpers/full-medium.ts); the database's own disk is a tmpfs too, or else SQLite's page limit, which
// fails the same way (SQLITE_FULL) when the file would grow.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canMountTmpfs, fullMedium, type FullMedium } from '../../helpers/full-medium';
import { CLERK, newCore, newDispatcher, UNIT } from '../../helpers/temp';
import { callsOn } from '../../helpers/calls';
import { cli } from '../../scripts/cli-helpers';
import { movableClock, openDesk, received } from './carriers/helpers';
import { exportTo, MEDIA, pair, SUPERVISOR } from './exchange/helpers';

const FULL = /(存储|磁盘)空间已满/;
const open: FullMedium[] = [];
afterEach(() => {
  for (const m of open.splice(0)) m.close();
});
function medium(free: number, sizeKiB?: number): FullMedium {
  const m = fullMedium(free, sizeKiB);
  open.push(m);
  return m;
}

function integrity(db: { $client: { pragma(s: string): unknown } }): string[] {
  return (db.$client.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
}

describe('disk full', () => {
  it('disk_full_export_leaves_no_partial_file: the package is not written, not registered, not audited', async () => {
    const { unit } = await pair();
    await unit.call('carriers:register', received());
    const before = await unit.call('carriers:list', { page: 1, pageSize: 50 });
    const m = medium(2048);
    const err = await unit.refused('exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'full',
      outPath: m.dir,
      media: MEDIA,
    });
    expect(err.message).toMatch(FULL);
    expect(m.files()).toEqual([]);
    // Rolled back with the write: no outgoing package, no carrier registered for it.
    expect(await unit.call('exchange:outgoing', {})).toEqual([]);
    expect((await unit.call('carriers:list', { page: 1, pageSize: 50 })).total).toBe(before.total);
    expect(integrity(unit.core.session().db)).toEqual(['ok']);
    // With room again, the same export succeeds and is sequence 1: nothing of the failed one was kept.
    m.free();
    const pkg = await exportTo({ ...unit, dir: m.dir }, SUPERVISOR.unitCode);
    expect(pkg.seq).toBe(1);
  });

  it('disk_full_backup_leaves_no_partial_file: with no room, or room for the copy but not the file', async () => {
    const desk = await openDesk();
    await desk.call('carriers:register', received());
    // The copy (VACUUM INTO) is about the size of the database; the backup file a little more.
    const size = (desk.core.session().db.$client.pragma('page_count', { simple: true }) as number) * 4096;
    for (const free of [4096, Math.round(size * 1.5)]) {
      const m = medium(free, Math.ceil((size * 4) / 1024));
      const err = await desk.refused('backup:create', { outDir: m.dir });
      expect(err.message, `${free} bytes free`).toMatch(FULL);
      expect(m.files(), `${free} bytes free`).toEqual([]);
    }
    expect(integrity(desk.core.session().db)).toEqual(['ok']);
  });

  it('disk_full_xlsx_export_leaves_no_partial_file', async () => {
    const desk = await openDesk();
    for (let i = 0; i < 30; i++)
      await desk.call('carriers:register', received({ docNo: `省保办〔2026〕${i + 1}号` }));
    const m = medium(1024);
    const err = await desk.refused('carriers:exportXlsx', { outPath: m.dir });
    expect(err.message).toMatch(FULL);
    expect(m.files()).toEqual([]);
  });

  it('disk_full_write_rolls_back: the database refuses in Chinese, stays sound, keeps what was committed', async () => {
    const clock = movableClock('2026-06-15');
    // The database on a disk of its own (16 MiB), filled once the unit is set up.
    const disk = canMountTmpfs() ? medium(16 * 1024 * 1024, 16 * 1024) : undefined;
    if (disk) disk.free();
    const core = newCore(disk?.dir, clock);
    const api = newDispatcher(core);
    const desk = callsOn(api);
    const set = await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
    expect(set.ok).toBe(true);
    await desk.call('carriers:register', received());
    const filler = disk ? join(disk.dir, 'filler') : '';
    if (disk) fillUp(filler);
    else {
      const pages = core.session().db.$client.pragma('page_count', { simple: true }) as number;
      core.session().db.$client.pragma(`max_page_count = ${pages}`);
    }

    // Registering until the disk refuses: each refusal is in Chinese and nothing of it stays.
    let committed = 1;
    let err;
    for (let i = 0; i < 2000 && !err; i++) {
      const r = await api.dispatch('carriers:register', received({ name: `${'很长的标题'.repeat(38)}${i}` }));
      if (r.ok) committed++;
      else err = r.error;
    }
    expect(err?.message).toMatch(FULL);
    expect((await desk.call('carriers:list', { page: 1, pageSize: 10 })).total).toBe(committed);
    expect(integrity(core.session().db)).toEqual(['ok']);

    // Room again: the next write goes through, and `baomi check` finds the file sound.
    if (disk) rmSync(filler);
    else core.session().db.$client.pragma('max_page_count = 1073741823');
    await desk.call('carriers:register', received({ name: '腾出空间后登记' }));
    const dbPath = core.dbPath;
    core.detach();
    // `baomi check` run in this process (the same main; its core opens the tests' cheap key slots).
    const check = await cli(['check', '--db', dbPath, '--user', CLERK.username], `${CLERK.password}\n`);
    expect(check.code, check.out + check.err).toBe(0);
    expect(check.out).not.toMatch(/问题|失败/);
    expect(existsSync(dbPath)).toBe(true);
  });
});

/** Fill what is left of a tmpfs, a megabyte at a time, then the last bytes. */
function fillUp(path: string): void {
  const chunk = Buffer.alloc(1024 * 1024);
  writeFileSync(path, '');
  for (let size = chunk.length; size >= 1; size = Math.floor(size / 4)) {
    try {
      for (;;) writeFileSync(path, chunk.subarray(0, size), { flag: 'a' });
    } catch {
      // full at this grain; a smaller one may still fit
    }
  }
}
