// `baomi supervisor …`: the bureau's side from the command line (issue 25) — the comparison table, one unit's
// registers, records and packages, cross-unit search, reporting intervals and 重新建立报送关系. Every command goes
// through the same channels as the app (access check, validation, audit) and takes --json.
import { resolve } from 'node:path';
import {
  ANNUAL_STATE_LABELS,
  CLEARANCE_LABELS,
  EXCHANGE_PROFILE_LABELS,
  LEVEL_LABELS,
  PACKAGE_STATE_LABELS,
  PAGE_LABELS,
  REFUSAL_LABELS,
  REPORT_STATE_LABELS,
} from '../../../db/domain/labels';
import { parseArgs } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { call, withLogin } from '../session';
import { supervisorNotice } from './notice';
import { report } from './supervisor-report';
import { SUPERVISOR_USAGE } from '../usage';

const DB = ['db', 'user'] as const;

function labelled(m: Record<string, number> | null, labels: Record<string, string>): string {
  if (!m) return '未报送';
  return (
    Object.entries(m)
      .map(([k, n]) => `${labels[k] ?? k} ${n}`)
      .join('，') || '无'
  );
}

const profile = (p: string | null) =>
  EXCHANGE_PROFILE_LABELS[p as keyof typeof EXCHANGE_PROFILE_LABELS] ?? '';

function int(name: string, v: string | undefined, min = 1): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${name} 应为不小于 ${min} 的整数。`, EXIT.usage);
  return n;
}

async function units(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: [...DB], required: ['db'] });
  const rows = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:comparison', {}),
  );
  out.result(rows, () =>
    rows.length
      ? rows.map(
          (r) =>
            `${r.name}（${r.unitCode}）  ${REPORT_STATE_LABELS[r.reportState]}${r.awaitingFull ? '（待全量报送）' : ''}  数据日期 ${r.lastDataAt?.slice(0, 10) ?? '—'}${r.lastProfile ? `（${profile(r.lastProfile)}）` : ''}  距今 ${r.daysSince ?? '—'} 天 / 周期 ${r.intervalDays} 天  年度报告 ${ANNUAL_STATE_LABELS[r.annualState]}  载体 ${labelled(r.carriersByLevel, LEVEL_LABELS)}  借出逾期 ${r.overdueLoans ?? '未报送'}  涉密人员 ${labelled(r.peopleByClearance, CLEARANCE_LABELS)}`,
        )
      : ['尚未登记下级单位。'],
  );
  return EXIT.ok;
}

async function figures(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: [...DB], required: ['db'] });
  const f = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:figures', {}),
  );
  out.result(f, () => [
    `下级单位 ${f.units} 个，逾期未报 ${f.unitsOverdue} 个`,
    `载体（按密级）：${labelled(f.carriersByLevel, LEVEL_LABELS)}`,
    `借出逾期：${f.overdueLoans}`,
    `涉密人员（在岗）：${labelled(f.peopleByClearance, CLEARANCE_LABELS)}`,
    `未完成整改：${f.openRectifications ?? '未报送'}（逾期 ${f.overdueFindings ?? '未报送'}）`,
    `本年泄密事件：${f.incidents ?? '未报送'}（超过24小时报告 ${f.lateIncidents ?? '未报送'}）`,
  ]);
  return EXIT.ok;
}

async function registers(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: [...DB, 'unit'], required: ['db', 'unit'] });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:unitRegisters', { unitCode: a.values.unit as string }),
  );
  out.result(v, () =>
    v.length ? v.map((r) => `${r.id}  ${r.label}  ${r.records} 条`) : ['该单位尚未报送台账。'],
  );
  return EXIT.ok;
}

async function records(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: [...DB, 'unit', 'register', 'page', 'page-size', 'search', 'chain'],
    required: ['db', 'unit', 'register'],
  });
  const page = int('page', a.values.page) ?? 1;
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:records', {
      unitCode: a.values.unit as string,
      register: a.values.register as string,
      page,
      pageSize: int('page-size', a.values['page-size']) ?? 50,
      ...(a.values.search ? { q: a.values.search } : {}),
      ...(a.values.chain ? { chain: int('chain', a.values.chain) as number } : {}),
    }),
  );
  out.result(v, () => [
    `共 ${v.total} 条（第 ${page} 页）`,
    ...v.rows.map((r) => `${r.recordId}\t第 ${r.seq} 号包\t${JSON.stringify(r.data)}`),
  ]);
  return EXIT.ok;
}

async function packages(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: [...DB, 'unit'], required: ['db', 'unit'] });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:packages', { unitCode: a.values.unit as string }),
  );
  out.result(v, () =>
    v.length
      ? v.map(
          (p) =>
            `${PACKAGE_STATE_LABELS[p.state]}  第 ${p.chain ?? '—'} 序列 第 ${p.seq ?? '—'} 号  ${profile(p.profile)}  数据日期 ${p.createdAt ?? '—'}  接收 ${p.receivedAt ?? '—'}  ${p.bytes ?? '—'} 字节${p.refusal ? `  拒收：${REFUSAL_LABELS[p.refusal as keyof typeof REFUSAL_LABELS] ?? ''}——${p.message}` : ''}`,
        )
      : ['尚未收到该单位的数据包。'],
  );
  return EXIT.ok;
}

async function search(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: [...DB, 'limit'], required: ['db'], positional: ['text'] });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:search', {
      q: a.positional.text as string,
      limit: int('limit', a.values.limit) ?? 100,
    }),
  );
  out.result(v, () =>
    v.length
      ? v.map(
          (h) =>
            `${h.unitName}（${h.unitCode}）  ${PAGE_LABELS[h.register as keyof typeof PAGE_LABELS] ?? ''}第 ${h.recordId} 条  ${h.title}  ${h.detail}`,
        )
      : ['没有找到。'],
  );
  return EXIT.ok;
}

/**
 * `interval --unit CODE --days N|default`, or the defaults: `interval --default N [--annual-due MM-DD]
 * [--loan-alert N]`. The bounds are the channel's (zod), so the CLI and the page refuse the same values.
 */
async function interval(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: [...DB, 'unit', 'days', 'default', 'annual-due', 'loan-alert'],
    required: ['db'],
  });
  const v = await withLogin(a.values.db as string, a.values.user, async ({ api }) => {
    if (a.values.unit) {
      if (a.values.days === undefined)
        throw new CliError('请用 --days 天数（或 --days default）指定报送周期。', EXIT.usage);
      const days = a.values.days === 'default' ? null : (int('days', a.values.days) as number);
      return call(api, 'exchange:unitInterval', { unitCode: a.values.unit, days });
    }
    const loanAlert = a.values['loan-alert'];
    if (a.values.default === undefined && a.values['annual-due'] === undefined && loanAlert === undefined) {
      return call(api, 'exchange:defaults', {});
    }
    return call(api, 'exchange:setDefaults', {
      ...(a.values.default ? { reportIntervalDays: int('default', a.values.default) as number } : {}),
      ...(a.values['annual-due'] ? { annualDue: a.values['annual-due'] } : {}),
      ...(loanAlert !== undefined ? { overdueLoanAlert: int('loan-alert', loanAlert, 0) as number } : {}),
    });
  });
  out.result(v, () =>
    'unitCode' in v
      ? [`${v.name}（${v.unitCode}）的报送周期：${v.intervalDays} 天${v.ownInterval ? '' : '（默认）'}`]
      : [
          `默认报送周期：${v.reportIntervalDays} 天；年度报告截止：次年 ${v.annualDue.replace('-', ' 月 ')} 日；逾期未归还提醒阈值：${v.overdueLoanAlert} 件`,
        ],
  );
  return EXIT.ok;
}

async function reset(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: [...DB, 'unit', 'key', 'fingerprint', 'reason'],
    required: ['db', 'unit', 'key', 'fingerprint'],
  });
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:reset', {
      unitCode: a.values.unit as string,
      path: resolve(a.values.key as string),
      fingerprint: a.values.fingerprint as string,
      reason: a.values.reason ?? '重新建立报送关系',
    }),
  );
  out.result(v, () => [
    `已与 ${v.name}（${v.unitCode}）重新建立报送关系（第 ${v.chain} 序列）。原有数据包和台账保留为“已被替换”的记录。`,
    '请通知该单位做一次全量报送。',
  ]);
  return EXIT.ok;
}

const SUBCOMMANDS: Record<string, (argv: string[], out: Out) => Promise<number>> = {
  units,
  figures,
  registers,
  records,
  packages,
  search,
  interval,
  reset,
  notice: supervisorNotice,
  report,
};

export async function supervisor(argv: string[], out: Out): Promise<number> {
  const [sub, ...rest] = argv;
  const run = sub ? SUBCOMMANDS[sub] : undefined;
  if (!run) throw new CliError(`用法：baomi ${SUPERVISOR_USAGE}`, EXIT.usage);
  return run(rest, out);
}
