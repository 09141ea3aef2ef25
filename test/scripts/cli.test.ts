// The `baomi` command line over real encrypted files: init, check, stats, demo, backup and restore; exit codes
// 0 sound / 1 problem / 2 usage or login; secrets only from stdin. What a command does is run in this process
// (`cli`: the same `main`); what the binary itself must do (run by its name, exit codes, --help, a kill while
// it writes) is run as a real process (`baomi`), a few seconds apiece on a busy machine.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS, main } from '../../scripts/cli/main';
import { olderSetupKilledBeforeKeyring } from '../helpers/leftover';
import { newCore, newDispatcher, tempDir } from '../helpers/temp';
import { REGISTERS } from '../../db/domain/vocab';
import { SCALES } from '../../scripts/cli/commands/demo';
import { baomi, BIN, cli, initArgs, initDb, initHere, PASSWORD } from './cli-helpers';

function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  bytes[offset] = (bytes[offset] as number) ^ 0x01;
  writeFileSync(path, bytes);
}

/** One demo database (the small scale) for the tests that only read it: the demo is the slow part. */
let demo: Promise<string> | undefined;
let demoDir: string | undefined;
function demoDb(): Promise<string> {
  demo ??= (async () => {
    // Its own folder, kept for the whole file (a tempDir goes after each test).
    demoDir = mkdtempSync(join(tmpdir(), 'baomi-cli-demo-'));
    const db = await initHere(demoDir);
    expect((await cli(['demo', '--db', db])).code).toBe(0);
    return db;
  })();
  return demo;
}

/**
 * One unit made by the real binary at the production KDF cost (seconds of Argon2 on a busy machine), in a folder
 * kept for the whole file; each test that needs one gets a copy of its files.
 */
let productionDir: string | undefined;
function productionDb(): string {
  if (!productionDir) {
    productionDir = mkdtempSync(join(tmpdir(), 'baomi-cli-init-'));
    initDb(productionDir);
  }
  const dir = tempDir();
  cpSync(productionDir, dir, { recursive: true });
  return join(dir, 'baomi.db');
}

afterAll(() => {
  for (const d of [demoDir, productionDir]) if (d) rmSync(d, { recursive: true, force: true });
});

// Real processes and Argon2 logins: a busy two-core machine needs room.
describe('baomi CLI', { timeout: 240_000 }, () => {
  it('every command answers --help with its own usage and exit 0, touching nothing', async () => {
    // One real process; then every command in this one (a process apiece cost 26 s of the suite).
    const r = baomi(['init', '--help'], '');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法：baomi init /);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const before = readdirSync(process.cwd()).sort();
    try {
      for (const name of Object.keys(COMMANDS)) {
        written.length = 0;
        expect(await main([name, '--help']), name).toBe(0);
        expect(written.join(''), name).toMatch(new RegExp(`^用法：baomi ${name} `));
      }
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(process.cwd()).sort()).toEqual(before);
  });

  it('cli_help_loads_no_command: the table names each command and loads it only to run it', () => {
    // `baomi --help`, `baomi help init` and a mistyped name answer from main.ts and usage.ts alone, without the
    // seconds the core takes to load: no command module is imported up front.
    const source = readFileSync(join(import.meta.dirname, '../../scripts/cli/main.ts'), 'utf8');
    expect(source).not.toMatch(/^import [^;]* from '\.\/commands\//m);
    expect(source.match(/import\('\.\/commands\/\w+'\)/g)?.length).toBe(Object.keys(COMMANDS).length);
  });

  it("cli_help_names_a_command: `baomi help <command>` prints that command's usage, as `--help` does", async () => {
    // One real process, then every command in this one (a process apiece costs seconds on a busy machine).
    const r = baomi(['help', 'init'], '');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`用法：baomi ${COMMANDS.init?.usage}\n`);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      for (const [name, command] of Object.entries(COMMANDS)) {
        written.length = 0;
        expect(await main(['help', name]), name).toBe(0);
        expect(written.join(''), name).toBe(`用法：baomi ${command.usage}\n`);
      }
    } finally {
      spy.mockRestore();
    }
    const unknown = baomi(['help', 'frobnicate'], '');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('未知命令：frobnicate');
  });

  it('cli_entry_committed_executable: scripts/baomi.mjs is executable in git and runs by its own name', () => {
    const staged = execFileSync('git', ['ls-files', '-s', 'scripts/baomi.mjs'], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(staged).toMatch(/^100755 /);
    const r = spawnSync(BIN, ['check', '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^用法：baomi check /);
  });

  it("half_initialised_offers_clean_start: an older version's interrupted init is refused with the clean start, and `init --clean-start` sets it aside", async () => {
    const dir = tempDir();
    const db = olderSetupKilledBeforeKeyring(dir);
    const check = await cli(['check', '--db', db]);
    expect(check.code).toBe(1);
    expect(check.err).toContain('未完成的首次初始化');
    expect(check.err).toContain('baomi init --clean-start');
    expect(check.err).not.toMatch(/用备份恢复|baomi restore/);
    const init = initArgs(db);
    const plain = await cli(init);
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('baomi init --clean-start');
    const clean = await cli([...init, '--clean-start']);
    expect(clean.code, clean.err).toBe(0);
    expect(clean.err).toContain('改名保留');
    expect(readdirSync(dir).filter((f) => f.includes('.incomplete-'))).toHaveLength(3);
    expect((await cli(['check', '--db', db])).code).toBe(0);
  });

  it('first_run_never_leaves_database_without_keyring: `init` killed while it builds leaves no database without its keyring, and runs again', async () => {
    const dir = tempDir();
    const db = join(dir, 'baomi.db');
    const args = initArgs(db);
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.end(`${PASSWORD}\n`);
    const exited = new Promise((r) => child.once('exit', r));
    // Killed the moment a database file appears under either name: in the middle of building it.
    while (!readdirSync(dir).some((f) => f.startsWith('baomi.db') || f.startsWith('.baomi.db'))) {
      if (child.exitCode !== null) throw new Error('init ended before it was killed');
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(db) && !existsSync(join(dir, 'baomi.keyring'))).toBe(false);
    const again = await cli([...args, '--json']);
    expect(again.code, again.err).toBe(0);
    expect((await cli(['check', '--db', db])).code).toBe(0);
  });

  it('init then check exits 0 and reports every check sound', () => {
    // The real binary, end to end: init at the production KDF cost, then check, each its own process.
    const db = productionDb();
    const r = baomi(['check', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c: { name: string }) => c.name)).toEqual([
      '加密页校验',
      '数据库结构',
      '引用关系',
      '审计链',
    ]);
  });

  it('a byte flipped inside the database makes check exit 1 and say which page', async () => {
    const db = await initHere();
    flipByte(db, 4096 * 20 + 100);
    const r = await cli(['check', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('第 21 页（文件偏移 81920 起）');
    expect(r.out).toContain('请停止使用此数据库');
  });

  it('a byte flipped in the first page is found even though the database no longer opens', () => {
    // The real binary throughout (its cores refuse the slots `cli` sets at the test cost): exit 1 from the process.
    const db = productionDb();
    flipByte(db, 300);
    const r = baomi(['check', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('第 1 页');
  });

  it('a wrong password exits 2 with a clear message, and the CLI honours the lockout', async () => {
    const db = await initHere();
    const wrong = await cli(['check', '--db', db], 'Wrong#2026abc\n');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('用户名或密码不正确');
    for (let i = 0; i < 4; i++) await cli(['stats', '--db', db], 'Wrong#2026abc\n');
    const locked = await cli(['stats', '--db', db]);
    expect(locked.code).toBe(2);
    expect(locked.err).toContain('锁定');
  });

  it('strict 三员 init names the three administrators; their initial passwords come from stdin', async () => {
    const dir = tempDir();
    const base = [
      'init',
      '--db',
      join(dir, 'b.db'),
      '--unit',
      '某局',
      '--unit-code',
      '11110000MB0123456X',
      '--user',
      'wangli',
    ];
    const missing = await cli([...base, '--admin-mode', 'strict', '--sysadmin', 'zhangsan:张三']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--secadmin');
    const strict = [
      ...base,
      '--admin-mode',
      'strict',
      '--sysadmin',
      'zhangsan:张三',
      '--secadmin',
      'lisi:李四',
      '--auditor',
      'zhaowu:赵五',
    ];
    expect((await cli(strict, `${PASSWORD}\nXitong#2026a\nAnquan#2026a\nShenji#2026a\n`)).code).toBe(0);
    expect((await cli(['check', '--db', join(dir, 'b.db'), '--user', 'zhaowu'], 'Shenji#2026a\n')).code).toBe(
      0,
    );
  });

  it('a password is never taken from the command line', async () => {
    const r = await cli(['check', '--db', 'x.db', '--password', PASSWORD]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('只能从标准输入读取');
  });

  it('usage errors exit 2: unknown command, unknown option, missing option', async () => {
    // The real binary's exit 2 is proven by `baomi help frobnicate` above.
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['check', '--db', 'x.db', '--colour'])).code).toBe(2);
    expect((await cli(['stats'])).code).toBe(2);
  });

  it('stats --json is one object keyed by the register identifiers of DOMAIN.md', async () => {
    const stats = JSON.parse((await cli(['stats', '--db', await demoDb(), '--json'])).out);
    expect(stats.carriers).toBe(400);
    expect(typeof stats.approvals).toBe('number');
    // A register this version has not built yet is null, never a misleading 0.
    for (const r of REGISTERS) if (!r.built) expect(stats[r.id]).toBeNull();
    expect(typeof stats.committee).toBe('number');
    // The demo fills the 一览表, 维修 and 审批 too (issue 20 point 1: no register left empty).
    for (const k of ['classification_items', 'repairs', 'approvals']) expect(stats[k]).toBeGreaterThan(0);
    expect(Object.keys(stats)).toContain('persons');
    // Records kept on the committee's page are counted beside the registers.
    expect(stats.leader_checks).toBeGreaterThan(0);
    expect(stats.responsibility_letters).toBeGreaterThan(0);
    // So are the trainings register's attendance, 考核, 奖惩, 保密协议 and 在职人员 beside its sessions.
    for (const k of ['training_attendance', 'appraisals', 'sanctions', 'agreements', 'staff_members']) {
      expect(stats[k]).toBeGreaterThan(0);
    }
    // The demo fills the person registers too: trips and the passports kept, allowance statements, leavings.
    for (const k of ['private_travel', 'passports', 'allowance', 'leaving_procedures']) {
      expect(stats[k], k).toBeGreaterThan(0);
    }
  });

  it('demo keeps the chain it wrote as the unlock checkpoint: the first unlock walks only what follows', async () => {
    const dir = tempDir();
    const db = await initHere(dir);
    const r = await cli(['demo', '--db', db, '--json']);
    expect(r.code, r.err).toBe(0);
    const { checkpoint } = JSON.parse(r.out) as { checkpoint: number | null };
    const core = newCore(dir);
    expect(
      (await newDispatcher(core).dispatch('session:unlock', { username: 'wangli', password: PASSWORD })).ok,
    ).toBe(true);
    const sql = core.session().db.$client;
    const seeded = sql
      .prepare("SELECT seq FROM audit_log WHERE action = 'demo_seed'")
      .pluck()
      .get() as number;
    expect(seeded).toBeGreaterThan(SCALES.small.auditEntries);
    expect(checkpoint).toBe(seeded);
    core.detach();
  });

  it('demo_needs_empty_database: demo over a database with entries is refused before anything is written', async () => {
    const db = await demoDb();
    const before = JSON.parse((await cli(['stats', '--db', db, '--json'])).out);
    expect(before.carriers).toBeGreaterThan(0);
    const again = await cli(['demo', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('已有台账数据');
    expect(again.err).toContain('本次未写入任何内容');
    expect(JSON.parse((await cli(['stats', '--db', db, '--json'])).out)).toEqual(before);
  });

  it('backup then restore onto a fresh path: same counts, and check passes on the restored copy', async () => {
    const db = await demoDb();
    const out = join(tempDir(), 'media');
    mkdirSync(out);
    const b = await cli(['backup', '--db', db, '--out', out, '--json']);
    expect(b.code).toBe(0);
    const file = join(out, readdirSync(out)[0] as string);
    const target = join(tempDir(), 'restored.db');
    const r = await cli(['restore', file, '--db', target, '--user', 'wangli', '--json']);
    expect(r.code).toBe(0);
    expect((await cli(['check', '--db', target])).code).toBe(0);
    const restored = JSON.parse((await cli(['stats', '--db', target, '--json'])).out);
    expect(restored.carriers).toBeGreaterThan(0);
    expect(restored).toEqual(JSON.parse((await cli(['stats', '--db', db, '--json'])).out));
  });

  it('bench prints one JSON object per line: queries encrypted and plain, then the register in Chromium', async () => {
    // In this process (the accounts at the test KDF cost, so the unlock lines are not seconds of Argon2 each);
    // the register part builds the renderer and drives Chromium: give it the time a loaded machine needs.
    const r = await cli(['bench', '--scale', 'small', '--n', '5'], '');
    expect(r.code, r.err).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const names = lines.map((l) => l.name);
    for (const q of ['carriers_page', 'carriers_search', 'carrier_detail']) {
      expect(names).toContain(q);
      expect(names).toContain(`${q}_plain`);
      expect(names).toContain(`${q}_encrypted_over_plain`);
    }
    for (const l of lines.filter((x) => /^carriers?_/.test(x.name) && 'p95_ms' in x)) {
      expect(l.n).toBe(5);
      expect(l.p50_ms).toBeLessThanOrEqual(l.p95_ms);
    }
    const ui = Object.fromEntries(
      lines.filter((l) => l.name.startsWith('register_')).map((l) => [l.name, l]),
    );
    expect(Object.keys(ui).sort()).toEqual([
      'register_first_rows',
      'register_first_rows_driver',
      'register_jump_fill',
      'register_scroll_blank',
      'register_scroll_work',
    ]);
    expect(ui.register_first_rows.p50_ms).toBeGreaterThan(0);
    expect(ui.register_scroll_work.mean_ms_per_frame).toBeGreaterThan(0);
    expect(ui.register_scroll_blank.p95_pct).toBeLessThanOrEqual(100);
    // --n 5: five first rows and fifteen jumps (the bench's own runs take ten and thirty).
    expect(ui.register_jump_fill.n).toBe(15);
    expect(ui.register_first_rows.n).toBe(5);
    // The core alone in a process of its own read the whole register; the bridge's process is named apart.
    const rss = lines.find((l) => l.name === 'main_rss');
    expect(rss.rows).toBe(SCALES.small.carriers);
    expect(rss.peak_mb).toBeGreaterThanOrEqual(rss.after_unlock_mb);
    expect(names).toContain('bridge_rss');
    expect(names).toContain('carriers_search_cold');
  });

  it('bench --no-ui leaves the register out and says so', async () => {
    const r = await cli(['bench', '--scale', 'small', '--n', '3', '--no-ui'], '');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('register_');
    expect(r.err).toContain('未测量台账滚动');
    // The full imports timed in place and in the import thread the app uses for a large package, pair by pair.
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { name: string; n: number });
    const full = (name: string) => lines.find((l) => l.name === name)?.n;
    expect(full('exchange_import_full')).toBe(4);
    expect(full('exchange_import_full_first')).toBe(1);
    expect(full('exchange_import_full_again')).toBe(3);
    expect(full('exchange_import_full_thread')).toBe(4);
    expect(full('exchange_import_full_thread_first')).toBe(1);
    expect(full('exchange_import_full_thread_ended')).toBe(4);
    expect(full('exchange_import_full_thread_minus_here')).toBe(4);
    // The machine's speed beside them: at the start, before the imports, at the end.
    for (const at of ['at_start', 'before_imports', 'at_end'])
      expect(full(`machine_reference_${at}`)).toBe(3);
  });
});
