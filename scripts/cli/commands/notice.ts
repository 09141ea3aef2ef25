// Notices from the command line (issue 25, point 6): the bureau writes one for a unit and follows it
// (`baomi supervisor notice write|list`); the unit imports it from the media (`baomi notice import F`) and lists
// what it holds. The same channels as the app (access check, validation, audit); every command takes --json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  FINDING_STATE_LABELS,
  NOTICE_KIND_LABELS,
  NOTICE_STATE_LABELS,
  OPINION_VERDICT_LABELS,
} from '../../../db/domain/labels';
import { OPINION_VERDICTS, type OpinionVerdict } from '../../../db/domain/vocab';
import type { NoticeContent, ReceivedNoticeView } from '../../../electron/ipc/schemas/notices';
import { parseArgs, type Parsed } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { call, withLogin } from '../session';
import { NOTICE_USAGE, SUPERVISOR_NOTICE_USAGE } from '../usage';

const DB = ['db', 'user'] as const;

function contentOf(a: Parsed): unknown {
  if (a.values.content) {
    try {
      return JSON.parse(readFileSync(resolve(a.values.content), 'utf8')) as unknown;
    } catch {
      throw new CliError(`无法读取通知内容文件（应为 JSON）：${a.values.content}`, EXIT.usage);
    }
  }
  if (a.values.kind !== 'opinion')
    throw new CliError(
      '整改通知和备案回执请用 --content 给出通知内容的 JSON 文件；离岗离职意见可用 --kind opinion。',
      EXIT.usage,
    );
  const leavingId = Number(a.values.leaving);
  if (!Number.isInteger(leavingId) || leavingId < 1)
    throw new CliError('--leaving 应为该单位报送的离岗离职手续号（正整数）。', EXIT.usage);
  const verdict = a.values.verdict as OpinionVerdict;
  if (!OPINION_VERDICTS.includes(verdict))
    throw new CliError(
      '--verdict 应为 agree（同意）、agree_extend（同意并延长脱密期）或 disagree（不同意）。',
      EXIT.usage,
    );
  return {
    kind: 'opinion',
    title: a.values.title ?? `关于离岗离职的意见（${OPINION_VERDICT_LABELS[verdict]}）`,
    leavingId,
    personName: '（以报送为准）',
    verdict,
    ...(a.values.until ? { separationEndsOn: a.values.until } : {}),
    text: a.values.text ?? '',
  };
}

async function write(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: [...DB, 'unit', 'out', 'content', 'kind', 'leaving', 'verdict', 'until', 'text', 'title'],
    required: ['db', 'unit', 'out'],
  });
  const content = contentOf(a) as NoticeContent;
  const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:writeNotice', {
      unitCode: a.values.unit as string,
      outPath: resolve(a.values.out as string),
      content,
    }),
  );
  out.result(v, () => [
    `已生成发给 ${v.unitCode} 的第 ${v.seq} 号通知（${NOTICE_KIND_LABELS[v.kind]}）：${v.path}`,
    '请将该文件交下级单位导入（baomi notice import）。',
  ]);
  return EXIT.ok;
}

async function sentList(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: [...DB, 'unit'], required: ['db', 'unit'] });
  const rows = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'exchange:sentNotices', { unitCode: a.values.unit as string }),
  );
  out.result(rows, () =>
    rows.length
      ? rows.flatMap((n) => [
          `第 ${n.seq} 号  ${NOTICE_KIND_LABELS[n.kind]}  ${n.title}  ${n.createdAt.slice(0, 10)}  ${NOTICE_STATE_LABELS[n.state]}${n.verdict ? `  ${OPINION_VERDICT_LABELS[n.verdict]}` : ''}`,
          ...n.items.map(
            (i) =>
              `    ${i.no}. ${i.what}${i.deadline ? `  期限 ${i.deadline}` : ''}${i.state ? `  ${FINDING_STATE_LABELS[i.state]}` : n.kind === 'rectification' ? '  未见报送' : ''}${i.rectifiedOn ? `（${i.rectifiedOn} 整改完成）` : ''}`,
          ),
        ])
      : ['尚未向该单位发送通知。'],
  );
  return EXIT.ok;
}

export async function supervisorNotice(argv: string[], out: Out): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'write') return write(rest, out);
  if (sub === 'list') return sentList(rest, out);
  throw new CliError(`用法：baomi ${SUPERVISOR_NOTICE_USAGE}`, EXIT.usage);
}

function describe(n: ReceivedNoticeView): string[] {
  return [
    `上级单位 ${n.supervisorCode} 第 ${n.seq} 号通知（${NOTICE_KIND_LABELS[n.kind]}）：${n.title}`,
    ...(n.verdict
      ? [
          `  意见：${OPINION_VERDICT_LABELS[n.verdict]}${n.separationEndsOn ? `，脱密期至 ${n.separationEndsOn}` : ''}（离岗离职手续第 ${n.leavingId} 号）`,
        ]
      : []),
    ...(n.inspectionId
      ? [`  已登记为上级检查（第 ${n.inspectionId} 号），问题 ${n.items.length} 个已列入整改：`]
      : []),
    ...n.items.map((i) => `    ${i.no}. ${i.name}${i.deadline ? `  整改期限 ${i.deadline}` : ''}`),
    ...(n.text ? [`  ${n.text}`] : []),
  ];
}

export async function notice(argv: string[], out: Out): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'import') {
    const a = parseArgs(rest, { values: [...DB], required: ['db'], positional: ['file'] });
    const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
      call(api, 'exchange:importNotice', { path: resolve(a.positional.file as string) }),
    );
    out.result(v, () => ['通知已导入。', ...describe(v)]);
    return EXIT.ok;
  }
  if (sub === 'list') {
    const a = parseArgs(rest, { values: [...DB], required: ['db'] });
    const rows = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
      call(api, 'exchange:notices', {}),
    );
    out.result(rows, () => (rows.length ? rows.flatMap(describe) : ['尚未导入上级单位的通知。']));
    return EXIT.ok;
  }
  throw new CliError(`用法：baomi ${NOTICE_USAGE}`, EXIT.usage);
}
