// `baomi xlsx import|export`: the app's importer and exporter for scripted migrations, through the same
// channels (access check, schema, rules, one audited transaction). Exit 0 imported (or, with --dry-run,
// clean); 1 rows in error, listed as 第 N 行 · 列名 · 原因, nothing written; 2 usage.
import { resolve } from 'node:path';
import { XLSX_REGISTERS, type XlsxPreview } from '../../../electron/ipc/schemas/xlsx';
import { oneOf, parseArgs } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { call, withLogin } from '../session';
import { XLSX_USAGE } from '../usage';

function errorLines(p: XlsxPreview): string[] {
  if (p.missing.length) return [`缺少必需的列：${p.missing.join('、')}（可用 --map 标题=列 指定）`];
  return p.errors.map((e) => `第 ${e.row} 行 · ${e.column} · ${e.reason}`);
}

/** `--map 件数=copies,密级期限=level`: the clerk's corrections of the mapping, as in the app's dialog. */
function mappingOf(spec: string | undefined): Record<string, string | null> | undefined {
  if (!spec) return undefined;
  const out: Record<string, string | null> = {};
  for (const part of spec.split(/[,，]/)) {
    const [heading, key] = part.split('=');
    if (!heading || key === undefined)
      throw new CliError(`--map 应写作 标题=列（收到 ${part}）。`, EXIT.usage);
    out[heading.trim()] = key.trim() === '' ? null : key.trim();
  }
  return out;
}

async function importSheet(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: ['db', 'user', 'register', 'sheet', 'map'],
    flags: ['dry-run', 'valid-only', 'create-departments'],
    required: ['db', 'register'],
    positional: ['file'],
  });
  const register = oneOf('register', a.values.register, XLSX_REGISTERS, 'carriers');
  const input = {
    register,
    path: resolve(a.positional.file as string),
    ...(a.values.sheet ? { sheet: a.values.sheet } : {}),
    ...(a.values.map ? { mapping: mappingOf(a.values.map) } : {}),
    createDepartments: a.flags.has('create-departments'),
  };
  const dry = a.flags.has('dry-run');
  const r = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    dry
      ? call(api, 'xlsx:preview', input)
      : call(api, 'xlsx:import', { ...input, validOnly: a.flags.has('valid-only') }),
  );
  const written = 'written' in r && r.written;
  const failed = r.missing.length > 0 || (r.errors.length > 0 && !written);
  out.result({ ...r, dryRun: dry }, () => [
    `${r.fileName} · 工作表“${r.sheet}” · 标题在第 ${r.headingRow} 行 · 数据 ${r.rows} 行`,
    ...(r.newDepartments.length
      ? [
          `文件中的新部门：${r.newDepartments.join('、')}${input.createDepartments ? '（已确认新建）' : '（加 --create-departments 确认新建）'}`,
        ]
      : []),
    ...errorLines(r),
    dry
      ? failed
        ? `试导入：${r.errors.length} 处错误，未写入。`
        : `试导入：${r.valid} 行可导入，${r.duplicates} 行已在台账中（将跳过），未写入。`
      : written
        ? `已导入 ${r.valid} 行，跳过已有 ${r.duplicates} 行${r.errors.length ? `，另有 ${r.errors.length} 处错误的行未导入` : ''}。`
        : failed
          ? '有错误行，全部未写入。请改正后重新导入，或加 --valid-only 只导入无误的行。'
          : `没有新的行：${r.duplicates} 行已在台账中。`,
  ]);
  return failed ? EXIT.problem : EXIT.ok;
}

async function exportSheet(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: ['db', 'user', 'register', 'out', 'search'],
    required: ['db', 'register', 'out'],
  });
  const register = oneOf('register', a.values.register, XLSX_REGISTERS, 'carriers');
  const r = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'xlsx:export', {
      register,
      query: a.values.search ? { search: a.values.search } : {},
      outPath: resolve(a.values.out as string),
    }),
  );
  out.result(r, () => [`已导出 ${r.rows} 行：${r.path}`]);
  return EXIT.ok;
}

export async function xlsx(argv: string[], out: Out): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'import') return importSheet(rest, out);
  if (sub === 'export') return exportSheet(rest, out);
  throw new CliError(
    `xlsx 之后应为 import 或 export（收到 ${sub ?? '空'}）。\n用法：baomi ${XLSX_USAGE}`,
    EXIT.usage,
  );
}
