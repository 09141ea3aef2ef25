// Exchange with the supervising unit from the command line: keys, export, verify, import and receipts.
// Every command goes through the same channels as the app (access check, validation, audit).
import { dirname, resolve } from 'node:path';
import { EXCHANGE_PROFILES as PROFILES, EXPORT_MEDIA_TYPES as MEDIA } from '../../../db/domain/vocab';
import { REFUSAL_EXIT_CODES } from '../../../electron/core/exchange/refusals';
import { oneOf, parseArgs } from '../args';
import { CliError, confirm, EXIT, type Out } from '../io';
import { call, withLogin } from '../session';

async function keysShow(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user'], required: ['db'] });
  const v = await withLogin(a.values.db as string, a.values.user, async ({ api }) => ({
    sheet: await call(api, 'keys:fingerprintSheet', {}),
    keys: await call(api, 'keys:own', {}),
  }));
  out.result({ ...v.sheet, keys: v.keys }, () => [
    `${v.sheet.unitName}（${v.sheet.unitCode}）`,
    `签名公钥指纹：${v.sheet.fingerprint}`,
    `加密公钥指纹：${v.sheet.encFingerprint}`,
  ]);
  return EXIT.ok;
}

async function keysExport(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user', 'out'], required: ['db', 'out'] });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'keys:exportPublic', { outPath: resolve(a.values.out as string) }),
  );
  out.result(v, () => [
    `公钥已导出：${v.path}`,
    `指纹：${v.fingerprint}（请打印指纹单，随公钥文件一并报送）`,
  ]);
  return EXIT.ok;
}

/**
 * Import a counterpart's public key. Accepted only when the fingerprint given (or, without
 * --fingerprint, confirmed at the prompt after reading it from the paper sheet) matches the file's key.
 */
async function keysImport(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: ['db', 'user', 'fingerprint', 'role'],
    required: ['db'],
    positional: ['file'],
  });
  const path = resolve(a.positional.file as string);
  const v = await withLogin(a.values.db as string, a.values.user, async ({ api }) => {
    const unit = await call(api, 'session:unit', {});
    const role = oneOf(
      'role',
      a.values.role,
      ['supervisor', 'subordinate'] as const,
      unit.mode === 'supervisor' ? 'subordinate' : 'supervisor',
    );
    let fingerprint = a.values.fingerprint;
    if (fingerprint === undefined) {
      const p = await call(api, 'exchange:previewKey', { path });
      out.info(`公钥文件：${p.unitName}（${p.unitCode}）`);
      out.info(`指纹：${p.fingerprint}`);
      if (!(await confirm('该指纹与对方书面提供的指纹完全一致吗？输入 yes 确认：'))) {
        throw new CliError('未确认指纹，公钥未导入。', EXIT.problem, 'NOT_CONFIRMED');
      }
      fingerprint = p.fingerprint;
    }
    return call(api, 'exchange:importKey', { path, fingerprint, role });
  });
  out.result(v, () => [`已导入 ${v.name}（${v.unitCode}）的公钥，指纹 ${v.fingerprint}`]);
  return EXIT.ok;
}

export async function keys(argv: string[], out: Out): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'show') return keysShow(rest, out);
  if (sub === 'export-public') return keysExport(rest, out);
  if (sub === 'import-public') return keysImport(rest, out);
  throw new CliError('用法：baomi keys show | export-public | import-public …', EXIT.usage);
}

export async function exportPackage(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: ['db', 'user', 'to', 'profile', 'out', 'year', 'media', 'department', 'custodian', 'location'],
    required: ['db', 'to', 'out'],
  });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:export', {
      to: a.values.to as string,
      profile: oneOf('profile', a.values.profile, PROFILES, 'full'),
      outPath: resolve(a.values.out as string),
      ...(a.values.year ? { year: Number(a.values.year) } : {}),
      // The medium the package is written to is itself a 涉密载体 and enters the register.
      media: {
        type: oneOf('media', a.values.media, MEDIA, 'usb'),
        department: a.values.department ?? '保密办',
        ...(a.values.custodian ? { custodian: a.values.custodian } : {}),
        ...(a.values.location ? { location: a.values.location } : {}),
      },
    }),
  );
  out.result(v, () => [
    `数据包已写入并回读校验：${v.path}（第 ${v.seq} 号，${(v.bytes / 1024).toFixed(0)} KB）`,
    `已登记为涉密载体 ${v.carrierNo}。可以取下存储介质。`,
  ]);
  return EXIT.ok;
}

/** Exit 0 when the package is valid for this installation, else the documented code of the first refusal. */
export async function verify(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user'], required: ['db'], positional: ['file'] });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:verify', { path: resolve(a.positional.file as string) }),
  );
  out.result(v, () =>
    v.ok
      ? [
          `数据包有效：${v.summary.senderName}（${v.summary.sender}）第 ${v.summary.seq} 号，${v.summary.createdAt}`,
        ]
      : [`拒收（${v.reason}）：${v.message}`],
  );
  return v.ok ? EXIT.ok : REFUSAL_EXIT_CODES[v.reason];
}

export async function importPackage(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: ['db', 'user', 'receipt-out'],
    required: ['db'],
    positional: ['file'],
  });
  const path = resolve(a.positional.file as string);
  const r = await withLogin(a.values.db as string, a.values.user, async ({ api }) => {
    // A refused package changes nothing; verify first so the exit code names the reason.
    const v = await call(api, 'exchange:verify', { path });
    if (!v.ok) return v;
    const receiptOutPath = resolve(a.values['receipt-out'] ?? dirname(path));
    return { ok: true as const, ...(await call(api, 'exchange:import', { path, receiptOutPath })) };
  });
  if (!r.ok) {
    out.result(r, () => [`拒收（${r.reason}）：${r.message}`]);
    return REFUSAL_EXIT_CODES[r.reason];
  }
  out.result(r, () => [
    `已导入 ${r.summary.senderName}（${r.summary.sender}）第 ${r.summary.seq} 号数据包。`,
    ...(r.receiptError ? [] : [`回执已生成：${r.receiptPath}（请交报送单位导入）`]),
  ]);
  // Imported all the same (exit 0): the receipt is written again on its own, never by importing again.
  if (r.receiptError) {
    out.info(`回执未能写入：${r.receiptError}`);
    out.info(
      `请重新生成回执：baomi receipt reissue --unit ${r.summary.sender} --seq ${r.summary.seq} --db ${a.values.db as string} --out 目录`,
    );
  }
  return EXIT.ok;
}

/** The unit whose package `seq` is meant: `--unit`, or the only subordinate unit that has sent that many. */
function unitOf(units: { unitCode: string; lastSeq: number | null }[], seq: number, given?: string): string {
  if (given) return given;
  const sent = units.filter((u) => (u.lastSeq ?? 0) >= seq).map((u) => u.unitCode);
  if (sent.length === 1) return sent[0] as string;
  throw new CliError(
    sent.length
      ? `有多个下级单位导入过第 ${seq} 号数据包（${sent.join('、')}），请用 --unit 指明单位代码。`
      : `没有导入过第 ${seq} 号数据包。`,
    sent.length ? EXIT.usage : EXIT.problem,
    sent.length ? 'USAGE' : 'NOT_FOUND',
  );
}

/** Write the signed receipt of an imported package again (lost, or it could not be written at import). */
async function receiptReissue(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user', 'seq', 'unit', 'out'], required: ['db', 'seq'] });
  const seq = Number(a.values.seq);
  if (!Number.isInteger(seq) || seq < 1) throw new CliError('--seq 应为数据包序号（正整数）。', EXIT.usage);
  const v = await withLogin(a.values.db as string, a.values.user, async ({ api }) => {
    const unitCode = unitOf(await call(api, 'exchange:units', {}), seq, a.values.unit);
    return call(api, 'exchange:receipt', { unitCode, seq, outPath: resolve(a.values.out ?? '.') });
  });
  out.result(v, () => [`已重新生成 ${v.unitCode} 第 ${v.seq} 号数据包的回执：${v.path}（请交报送单位导入）`]);
  return EXIT.ok;
}

const RECEIPT_USAGE =
  '用法：baomi receipt import 回执文件 --db F | baomi receipt reissue --seq N --db F [--unit 单位代码] [--out 目录]';

export async function receipt(argv: string[], out: Out): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'reissue') return receiptReissue(rest, out);
  if (sub !== 'import') throw new CliError(RECEIPT_USAGE, EXIT.usage);
  const a = parseArgs(rest, { values: ['db', 'user'], required: ['db'], positional: ['file'] });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:importReceipt', { path: resolve(a.positional.file as string) }),
  );
  out.result(v, () => [
    `回执已导入：上级单位 ${v.supervisor} 已于 ${v.acknowledgedAt} 确认收到第 ${v.seq} 号数据包。`,
  ]);
  return EXIT.ok;
}
