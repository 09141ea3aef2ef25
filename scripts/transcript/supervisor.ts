// A CLI transcript of the bureau's side (issue 25, "Must show"), for the closing note: two databases made by
// `baomi init`, then every step through the `baomi` command line exactly as a clerk types it — full → annual →
// incremental → re-init → reset → full, and a 整改通知 going down and its closure coming back up. The one step the
// CLI has no command for (the unit's clerk working the findings on the 整改 page) goes through the same
// channels that page calls, in-process, and is printed as such. Uses the system clock.
//
//   npx tsx scripts/transcript/supervisor.ts [folder]     (a temporary folder when none is given; kept)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dateOf } from '../../db/domain/dates';
import { call, coreFor, dispatcherFor } from '../cli/session';

const PASSWORD = 'Mima#2026abc';
const BIN = resolve(import.meta.dirname, '../baomi.mjs');
const SUP = '11110000MB0000001A';
const UNIT = '11110000MB0123456X';
const root = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'baomi-transcript-')));
mkdirSync(root, { recursive: true });
/** Paths are printed relative to the folder, as a clerk would type them there. */
const rel = (p: string) => (p.startsWith(root) ? p.slice(root.length + 1) || '.' : p);

function baomi(args: string[], expectCode = 0): string {
  console.log(`\n$ baomi ${args.map((a) => (/[\s|]/.test(a) ? `'${rel(a)}'` : rel(a))).join(' ')}`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
    cwd: root,
    timeout: 300_000,
  });
  const out = `${r.stdout}${r.stderr}`
    .split(root + '/')
    .join('')
    .trimEnd();
  if (out) console.log(out);
  console.log(`（退出码 ${r.status}）`);
  if (r.status !== expectCode) throw new Error(`baomi ${args[0]} exited ${r.status}, expected ${expectCode}`);
  return r.stdout;
}

const say = (s: string) => console.log(`\n# ${s}`);
const db = (name: string) => join(root, name, 'baomi.db');
const newest = (dir: string, ext: string) =>
  join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort()
      .at(-1) as string,
  );

function keyOf(dbPath: string, out: string): string {
  baomi(['keys', 'export-public', '--db', dbPath, '--out', out]);
  return (JSON.parse(baomi(['keys', 'show', '--db', dbPath, '--json'])) as { fingerprint: string })
    .fingerprint;
}

function sendAndReceipt(unitDb: string, profile: string, media: string, extra: string[] = []): void {
  baomi(['export', '--db', unitDb, '--to', SUP, '--profile', profile, '--out', media, ...extra]);
  baomi(['import', newest(media, '.bmx'), '--db', db('bureau'), '--receipt-out', media]);
  baomi(['receipt', 'import', newest(media, '.bmr'), '--db', unitDb]);
}

async function main(): Promise<void> {
  for (const d of ['bureau', 'unit', 'unit-again', 'media', 'media2'])
    mkdirSync(join(root, d), { recursive: true });
  const media = join(root, 'media');
  // The new installation numbers its packages from 1 again, so its files go on another medium (folder).
  const media2 = join(root, 'media2');
  say('上级保密工作部门与下级单位各自初始化，交换公钥（指纹线下核对）');
  baomi([
    'init',
    '--db',
    db('bureau'),
    '--unit',
    '某市国家保密局',
    '--unit-code',
    SUP,
    '--user',
    'zhaomin',
    '--mode',
    'supervisor',
  ]);
  baomi(['init', '--db', db('unit'), '--unit', '某市档案局', '--unit-code', UNIT, '--user', 'wangli']);
  baomi(['demo', '--db', db('unit')]);
  const unitFp = keyOf(db('unit'), join(media, 'unit.bmkey'));
  const supFp = keyOf(db('bureau'), join(media, 'bureau.bmkey'));
  baomi(['keys', 'import-public', join(media, 'bureau.bmkey'), '--db', db('unit'), '--fingerprint', supFp]);
  baomi(['keys', 'import-public', join(media, 'unit.bmkey'), '--db', db('bureau'), '--fingerprint', unitFp]);

  say('全量 → 年度 → 增量');
  sendAndReceipt(db('unit'), 'full', media);
  sendAndReceipt(db('unit'), 'annual', media, ['--year', String(new Date().getFullYear() - 1)]);
  sendAndReceipt(db('unit'), 'incremental', media);
  baomi(['supervisor', 'units', '--db', db('bureau')]);
  baomi(['supervisor', 'packages', '--unit', UNIT, '--db', db('bureau')]);

  say('单位重新安装（同一单位代码，新密钥）：新公钥被拒收，须重新建立报送关系');
  baomi(['init', '--db', db('unit-again'), '--unit', '某市档案局', '--unit-code', UNIT, '--user', 'wangli']);
  baomi(['demo', '--db', db('unit-again')]);
  const againFp = keyOf(db('unit-again'), join(media, 'unit-again.bmkey'));
  baomi(
    [
      'keys',
      'import-public',
      join(media, 'unit-again.bmkey'),
      '--db',
      db('bureau'),
      '--fingerprint',
      againFp,
    ],
    1,
  );
  baomi([
    'supervisor',
    'reset',
    '--unit',
    UNIT,
    '--key',
    join(media, 'unit-again.bmkey'),
    '--fingerprint',
    againFp,
    '--reason',
    '单位重新安装保密工作台',
    '--db',
    db('bureau'),
  ]);
  baomi([
    'keys',
    'import-public',
    join(media, 'bureau.bmkey'),
    '--db',
    db('unit-again'),
    '--fingerprint',
    supFp,
  ]);
  say('新序列从全量报送开始（序号又是第 1 号；回执名带“序列2”）');
  sendAndReceipt(db('unit-again'), 'full', media2);
  baomi(['supervisor', 'packages', '--unit', UNIT, '--db', db('bureau')]);

  say('整改通知下发：上级写通知，单位导入，检查发现的问题落入单位的整改台账');
  const deadline = dateOf(new Date(Date.now() + 60 * 86_400_000));
  const content = join(root, '整改通知.json');
  writeFileSync(
    content,
    JSON.stringify({
      kind: 'rectification',
      title: '保密检查整改通知',
      checkedOn: dateOf(new Date()),
      inspectors: '孙伟、钱敏',
      text: '经检查，发现以下问题，请限期整改并于整改完成后报送。',
      findings: [
        {
          area: 'carriers',
          severity: 'serious',
          what: '涉密载体台账与实物不符 2 件',
          requirement: '逐件核对，补登或查明去向',
          deadline,
        },
        {
          area: 'training',
          severity: 'minor',
          what: '新进涉密人员未参加岗前培训',
          requirement: '补训并考核',
          deadline,
        },
      ],
    }),
  );
  const notices = join(media, 'notices');
  mkdirSync(notices, { recursive: true });
  baomi([
    'supervisor',
    'notice',
    'write',
    '--unit',
    UNIT,
    '--out',
    notices,
    '--content',
    content,
    '--db',
    db('bureau'),
  ]);
  const imported = JSON.parse(
    baomi(['notice', 'import', newest(notices, '.bmn'), '--db', db('unit-again'), '--json']),
  ) as {
    inspectionId: number;
  };
  baomi(['notice', 'list', '--db', db('unit-again')]);
  sendAndReceipt(db('unit-again'), 'incremental', media2);
  baomi(['supervisor', 'notice', 'list', '--unit', UNIT, '--db', db('bureau')]);

  say('单位保密员在“整改”页逐项整改并验收（命令行无此命令：此处经该页所用的同一通道完成）');
  await rectify(db('unit-again'), imported.inspectionId);
  say('整改结果随下一次增量报送上报');
  sendAndReceipt(db('unit-again'), 'incremental', media2);
  baomi(['supervisor', 'notice', 'list', '--unit', UNIT, '--db', db('bureau')]);
  console.log(`\n（所有文件在 ${root}）`);
}

/** What the clerk does on the 整改 page for each finding: assign, start, submit, verify (another person). */
async function rectify(unitDb: string, inspectionId: number): Promise<void> {
  const core = coreFor(unitDb);
  const api = dispatcherFor(core);
  await call(api, 'session:unlock', { username: 'wangli', password: PASSWORD });
  try {
    const people = (await call(api, 'persons:list', { page: 1, pageSize: 2 })).rows;
    const [doer, verifier] = people;
    if (!doer || !verifier) throw new Error('需要两名人员');
    const on = dateOf(new Date());
    const findings = (await call(api, 'inspections:findings', { inspectionId })).rows;
    for (const [i, f] of findings.entries()) {
      await call(api, 'inspections:assign', {
        findingId: f.id,
        severity: f.severity,
        departmentId: doer.departmentId,
        responsiblePersonId: doer.id,
        requirement: '按通知整改',
        ...(f.deadline ? { deadline: f.deadline } : {}),
      });
      await call(api, 'inspections:start', { findingId: f.id, startedOn: on });
      await call(api, 'inspections:submit', {
        findingId: f.id,
        rectifiedOn: on,
        rectification: '已整改',
        rectifiedById: doer.id,
      });
      await call(api, 'inspections:verify', {
        findingId: f.id,
        verifierId: verifier.id,
        verifiedOn: on,
        passed: true,
        evidence: '复查记录',
      });
      console.log(
        `  第 ${i + 1} 项：${f.what ?? ''} → 已整改并验收（${doer.name} 整改，${verifier.name} 验收）`,
      );
    }
  } finally {
    core.detach();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
