#!/usr/bin/env node
// `npm run soak`: the kill-9 campaign (issue #19 point 15). The real `baomi` command is killed with SIGKILL
// at a random moment of init, demo, import, backup and restore; after each kill `baomi check` must find the
// database sound, or refuse it cleanly as half-initialised (with the clean start). A write the command
// reported done before the kill must still be there. Seeded: the phase order and every kill delay follow
// from --seed (the moment inside the process still depends on the machine's speed).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, 'baomi.mjs');
const PASSWORD = 'Mima#2026abc';
const UNIT = '11110000MB0123456X';
const SUP = '11110000MB000SUP01';
const ALL_PHASES = ['init', 'demo', 'import', 'backup', 'restore'];
// The exit code `verify` gives a package already imported (electron/core/exchange/refusals.ts).
const HELP = `用法：npm run soak -- [--seed N] [--kills N] [--minutes M] [--jobs N] [--phases init,demo,import,backup,restore] [--keep]
  以 SIGKILL 随机中断 baomi 的 init / demo / import / backup / restore，每次中断后运行 baomi check。
  每个阶段输出一行 JSON {phase, runs, kills, finished, sound, refused, absent, corrupt, lost}，最后一行为汇总；
  有损坏（corrupt）或已确认的写入丢失（lost）时退出码为 1。
  --seed N      随机种子（默认 1），同一种子给出同样的阶段顺序和中断时刻
  --kills N     中断次数（默认 200）
  --minutes M   时间上限（默认 30），到时停止并照常汇总
  --jobs N      同时运行的进程数（默认 2）
  --keep        保留临时目录以便查看`;

function parse(argv) {
  const o = { seed: 1, kills: 200, minutes: 30, jobs: 2, phases: ALL_PHASES, keep: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${k} 需要一个值`);
      return x;
    };
    if (k === '--help' || k === '-h') o.help = true;
    else if (k === '--seed') o.seed = Number(v());
    else if (k === '--kills') o.kills = Number(v());
    else if (k === '--minutes') o.minutes = Number(v());
    else if (k === '--jobs') o.jobs = Number(v());
    else if (k === '--phases') o.phases = v().split(',');
    else if (k === '--keep') o.keep = true;
    else throw new Error(`未知选项：${k}`);
  }
  const bad = o.phases.filter((p) => !ALL_PHASES.includes(p));
  if (bad.length) throw new Error(`未知阶段：${bad.join(',')}`);
  for (const n of ['seed', 'kills', 'minutes', 'jobs'])
    if (!Number.isFinite(o[n]) || o[n] < 0) throw new Error(`--${n} 需要一个非负数`);
  return o;
}

/** mulberry32: small, seedable, and the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Run `baomi args`; with `killAfter` ms, SIGKILL it then unless it has ended by itself. */
function run(args, { stdin = `${PASSWORD}\n`, killAfter } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    let killed = false;
    const timer =
      killAfter === undefined
        ? null
        : setTimeout(() => {
            killed = child.exitCode === null;
            child.kill('SIGKILL');
          }, killAfter);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, out, err, killed, ms: Date.now() - started });
    });
  });
}

async function must(args, stdin) {
  const r = await run(args, { stdin });
  if (r.code !== 0) throw new Error(`准备失败：baomi ${args.join(' ')}\n${r.err}`);
  return r;
}

const initArgs = (db, code = UNIT) => [
  'init',
  '--db',
  db,
  '--unit',
  '某市档案局',
  '--unit-code',
  code,
  '--user',
  'wangli',
];

/** The fixtures every kill starts from, made once: a unit with demo data, its backup, a package for it. */
async function prepare(root, phases) {
  const f = { durations: {} };
  const unitDir = join(root, 'fx-unit');
  f.unitDir = unitDir;
  const unit = join(unitDir, 'baomi.db');
  f.durations.init = (await must(initArgs(unit))).ms;
  f.emptyDir = join(root, 'fx-empty');
  cpSync(unitDir, f.emptyDir, { recursive: true });
  f.durations.demo = (await must(['demo', '--db', unit, '--scale', 'small'])).ms;
  if (phases.includes('backup') || phases.includes('restore')) {
    const out = join(root, 'fx-backup');
    mkdirSync(out);
    const r = await must(['backup', '--db', unit, '--out', out, '--json']);
    f.durations.backup = r.ms;
    f.backup = JSON.parse(r.out).path;
    f.durations.restore = (
      await must(['restore', f.backup, '--db', join(root, 'fx-restored', 'baomi.db'), '--user', 'wangli'])
    ).ms;
  }
  if (phases.includes('import')) {
    // The supervisor knows the unit's key and the unit the supervisor's; the package goes unit → supervisor.
    const supDir = join(root, 'fx-sup');
    const sup = join(supDir, 'baomi.db');
    await must([...initArgs(sup, SUP), '--mode', 'supervisor']);
    const uk = join(root, 'unit.bmkey');
    const sk = join(root, 'sup.bmkey');
    await must(['keys', 'export-public', '--db', unit, '--out', uk]);
    await must(['keys', 'export-public', '--db', sup, '--out', sk]);
    const fp = async (db) => JSON.parse((await must(['keys', 'show', '--db', db, '--json'])).out).fingerprint;
    await must(['keys', 'import-public', uk, '--db', sup, '--fingerprint', await fp(unit)]);
    await must(['keys', 'import-public', sk, '--db', unit, '--fingerprint', await fp(sup)]);
    const media = join(root, 'fx-media');
    mkdirSync(media);
    const exp = await must([
      'export',
      '--db',
      unit,
      '--to',
      SUP,
      '--profile',
      'full',
      '--out',
      media,
      '--json',
    ]);
    f.pkg = JSON.parse(exp.out).path;
    f.supDir = supDir;
    const trial = join(root, 'fx-sup-trial');
    cpSync(supDir, trial, { recursive: true });
    f.durations.import = (await must(['import', f.pkg, '--db', join(trial, 'baomi.db')])).ms;
  }
  return f;
}

/** What `check` says of the database at `db`: sound, refused (half-initialised), absent, or corrupt. */
async function classify(db) {
  if (!existsSync(db) && !readdirSync(join(db, '..')).some((n) => n.startsWith('baomi.'))) return 'absent';
  const r = await run(['check', '--db', db, '--json']);
  if (r.code === 0) return 'sound';
  let json = null;
  try {
    json = JSON.parse(r.out);
  } catch {
    /* not JSON: a crash, reported as corrupt below */
  }
  const code = json?.error?.code ?? null;
  if (code === 'HALF_INITIALISED' && /init --clean-start/.test(r.err)) return 'refused';
  // An init killed before its database existed leaves nothing to check, or only its own temporary file.
  if (code === 'NOT_FOUND') return 'absent';
  const failed = (json?.checks ?? []).filter((c) => !c.ok).map((c) => `${c.name}：${c.detail}`);
  return { corrupt: `check 退出码 ${r.code}：${[...failed, r.err.trim()].join('；').slice(0, 400)}` };
}

/** One kill in `phase`, in the fresh directory `dir`. Returns {outcome, lost?}. */
async function killOne(phase, f, dir, delay) {
  const db = join(dir, 'baomi.db');
  let args;
  if (phase === 'init') mkdirSync(dir);
  else
    cpSync(phase === 'demo' ? f.emptyDir : phase === 'import' ? f.supDir : f.unitDir, dir, {
      recursive: true,
    });
  if (phase === 'init') args = [...initArgs(db), '--json'];
  else if (phase === 'demo') args = ['demo', '--db', db, '--scale', 'small'];
  else if (phase === 'import') args = ['import', f.pkg, '--db', db, '--json'];
  else if (phase === 'backup') {
    mkdirSync(join(dir, 'out'));
    args = ['backup', '--db', db, '--out', join(dir, 'out'), '--json'];
  } else args = ['restore', f.backup, '--db', db, '--user', 'wangli', '--json'];
  const r = await run(args, { killAfter: delay });
  const outcome = await classify(db);
  let lost = null;
  // Nothing committed is lost: a write the command reported done must be there after the kill.
  if (r.code === 0 && phase === 'import') {
    const again = await run(['verify', f.pkg, '--db', db]);
    if (again.code === 0) lost = '导入已报告完成，但数据包在中断后仍可再次导入（导入未落盘）';
  } else if (r.code === 0 && phase === 'backup') {
    const path = JSON.parse(r.out).path;
    const target = join(dir, 'check-restore', 'baomi.db');
    const back = await run(['restore', path, '--db', target, '--user', 'wangli']);
    if (back.code !== 0 || (await classify(target)) !== 'sound')
      lost = `备份已报告写入，但无法恢复：${path} ${back.err.trim().slice(0, 300)}`;
  } else if (r.code === 0 && phase === 'restore' && outcome !== 'sound') {
    lost = '恢复已报告完成，但数据库不完好';
  }
  return { outcome, lost, killed: r.killed, exit: r.code };
}

async function main() {
  let o;
  try {
    o = parse(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`错误：${e.message}\n${HELP}\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const deadline = Date.now() + o.minutes * 60_000;
  const random = rng(o.seed);
  const root = mkdtempSync(join(tmpdir(), 'baomi-soak-'));
  try {
    const f = await prepare(root, o.phases);
    // Steps are drawn one after another from the seed; the run goes on until --kills processes were really
    // killed (a run that ended before its kill is checked too, but does not count as a kill).
    let drawn = 0;
    const draw = () => {
      const phase = o.phases[Math.floor(random() * o.phases.length)];
      // Mostly inside the command's own length (measured on the fixtures, with a cold start, so longer).
      // Up to 1.25× the command's own length: most runs are killed, about one in five ends first and is
      // checked for what it reported done (a backup that restores, an import that will not replay).
      return { i: drawn++, phase, delay: Math.floor(random() * f.durations[phase] * 1.25) };
    };
    const stats = Object.fromEntries(
      o.phases.map((p) => [
        p,
        { phase: p, runs: 0, kills: 0, finished: 0, sound: 0, refused: 0, absent: 0, corrupt: 0, lost: 0 },
      ]),
    );
    const faults = [];
    let killed = 0;
    const worker = async () => {
      while (killed < o.kills && Date.now() < deadline) {
        const step = draw();
        const r = await killOne(step.phase, f, join(root, `k${step.i}`), step.delay);
        const s = stats[step.phase];
        s.runs += 1;
        if (r.killed) {
          s.kills += 1;
          killed += 1;
        } else s.finished += 1;
        if (typeof r.outcome === 'string') s[r.outcome] += 1;
        else {
          s.corrupt += 1;
          faults.push({
            seed: o.seed,
            kill: step.i,
            phase: step.phase,
            delayMs: step.delay,
            problem: r.outcome.corrupt,
          });
        }
        if (r.lost) {
          s.lost += 1;
          faults.push({
            seed: o.seed,
            kill: step.i,
            phase: step.phase,
            delayMs: step.delay,
            problem: r.lost,
          });
        }
        if (!o.keep && !r.lost && typeof r.outcome === 'string')
          rmSync(join(root, `k${step.i}`), { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
    const total = {
      phase: 'total',
      seed: o.seed,
      runs: 0,
      kills: 0,
      finished: 0,
      sound: 0,
      refused: 0,
      absent: 0,
      corrupt: 0,
      lost: 0,
    };
    for (const s of Object.values(stats)) {
      process.stdout.write(`${JSON.stringify(s)}\n`);
      for (const k of ['runs', 'kills', 'finished', 'sound', 'refused', 'absent', 'corrupt', 'lost'])
        total[k] += s[k];
    }
    for (const x of faults) process.stdout.write(`${JSON.stringify({ fault: x })}\n`);
    process.stdout.write(`${JSON.stringify(total)}\n`);
    process.stdout.write(
      `种子 ${o.seed}：运行 ${total.runs} 次，其中 SIGKILL 中断 ${total.kills} 次、${total.finished} 次在中断前已自行结束，完好 ${total.sound}，半初始化已拒绝 ${total.refused}，未留下数据库 ${total.absent}，损坏 ${total.corrupt}，丢失 ${total.lost}\n`,
    );
    return total.corrupt || total.lost ? 1 : 0;
  } finally {
    if (o.keep) process.stderr.write(`临时目录：${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main();
