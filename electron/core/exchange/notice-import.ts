// The unit's side of notices (issue 25, point 6): import a notice from approved media like a receipt — checks in
// a fixed order, each refusal its own rule, nothing written when refused — and land it in one audited write:
// an 意见 on the leaving procedure it answers, a 整改通知 as a 上级检查 with its findings, a 备案 as its items.
import { and, asc, eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { FILING_REGISTER_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import {
  findings,
  inspections,
  leavingProcedures,
  noticeItems,
  noticesReceived,
  unitKeys,
} from '../../../db/schema';
import { NoticeContent, type ReceivedNoticeView } from '../../ipc/schemas/notices';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { findingEvent } from '../inspections';
import { unitInfo } from '../session';
import { canonicalJson } from '../util/canonical-json';
import { readInputFile } from '../util/input-file';
import { refuse } from '../util/refuse';
import { getCounterpart } from './counterparts';
import { parseNotice, type NoticeHeader } from './notice-file';

type Content = NoticeContent;

/** The checks, in order; each refusal names its rule and says what to do in the clerk's words. */
function checkNotice(db: Db, text: string): { header: NoticeHeader; noticeHash: string; content: Content } {
  const n = parseNotice(text);
  if (!n.ok && n.reason === 'not_notice')
    refuse(
      'notice_not_notice',
      '该文件不是保密工作台的上级单位通知文件（.bmn），或已损坏。请确认选择的文件。',
      'path',
    );
  if (!n.ok)
    refuse(
      'notice_unknown_format',
      '通知文件的格式版本或算法本程序不支持。请将本程序升级到与上级单位相同或更新的版本。',
      'path',
    );
  const h = n.header;
  const sup = getCounterpart(db, h.from.unitCode);
  if (!sup || sup.role !== 'supervisor' || sup.signKeyId !== h.from.signKeyId)
    refuse(
      'notice_unknown_sender',
      `通知的签发单位（${h.from.unitCode} ${h.from.unitName}）或其签名密钥未在本机登记为上级单位。请先导入并核对上级单位的公钥。`,
      'path',
    );
  if (!n.checkSignature(new Uint8Array(sup.signPublicKey)))
    refuse(
      'notice_bad_signature',
      '通知的签名无效：内容在签发后被改动，或并非由登记的上级单位签发。已拒收，请向上级单位核实。',
      'path',
    );
  const encKey = db.select().from(unitKeys).where(eq(unitKeys.keyId, h.to.encKeyId)).get();
  if (h.to.unitCode !== unitInfo(db).unitCode || !encKey || encKey.purpose !== 'encrypt')
    refuse(
      'notice_wrong_unit',
      `该通知是发给其他单位（${h.to.unitCode}）的，或不是用本单位的加密公钥加密的，不能在本机导入。`,
      'path',
    );
  const opened = n.open(new Uint8Array(encKey.secretKey));
  const content = opened === null ? null : NoticeContent.safeParse(opened);
  if (!content?.success)
    refuse(
      'notice_decrypt_failed',
      '通知无法解密或内容不完整：文件被截断或改动。请让上级单位重新拷贝原文件。',
      'path',
    );
  const seen = db
    .select({ importedAt: noticesReceived.importedAt })
    .from(noticesReceived)
    .where(and(eq(noticesReceived.supervisorCode, h.from.unitCode), eq(noticesReceived.seq, h.seq)))
    .get();
  if (seen)
    refuse(
      'notice_replay',
      `上级单位的第 ${h.seq} 号通知已于 ${seen.importedAt.slice(0, 16).replace('T', ' ')} 导入过，不能重复导入。`,
      'path',
    );
  return { header: h, noticeHash: n.noticeHash, content: content.data };
}

function landOpinion(tx: Tx, ctx: WriteCtx, c: Extract<Content, { kind: 'opinion' }>): number {
  const l = tx.select().from(leavingProcedures).where(eq(leavingProcedures.id, c.leavingId)).get();
  if (!l)
    refuse(
      'notice_leaving_unknown',
      `上级单位的意见针对第 ${c.leavingId} 号离岗离职手续（${c.personName}），本机没有这项手续。请向上级单位核实。`,
      'path',
    );
  // A longer separation period is the unit's own act (延长脱密期, with its leader's approval): the opinion shows
  // on the procedure and says so; the register is not changed behind the clerk's back.
  ctx.touch('leaving');
  return l.id;
}

function landRectification(
  tx: Tx,
  ctx: WriteCtx,
  authority: string,
  c: Extract<Content, { kind: 'rectification' }>,
): { inspectionId: number; findingIds: number[] } {
  const check = tx
    .insert(inspections)
    .values({
      kind: 'superior',
      title: c.title,
      period: c.checkedOn.slice(0, 4),
      checkedOn: c.checkedOn,
      areas: JSON.stringify([...new Set(c.findings.map((f) => f.area))]),
      inspectors: c.inspectors,
      authority,
      opinion: c.text,
      status: 'open',
      createdAt: ctx.now,
      createdBy: ctx.accountId,
    })
    .returning({ id: inspections.id })
    .get();
  const findingIds = c.findings.map((f) => {
    const row = tx
      .insert(findings)
      .values({
        inspectionId: check.id,
        area: f.area,
        what: f.what,
        severity: f.severity,
        requirement: f.requirement,
        deadline: f.deadline,
        status: 'pending',
        createdAt: ctx.now,
      })
      .returning({ id: findings.id })
      .get();
    findingEvent(
      tx,
      ctx,
      row.id,
      'found',
      c.checkedOn,
      `${authority}检查发现：${f.what}（整改期限 ${f.deadline}）`,
    );
    return row.id;
  });
  ctx.touch('inspections');
  return { inspectionId: check.id, findingIds };
}

export function importNotice(core: AppCore, path: string): ReceivedNoticeView {
  const { db } = core.session();
  let text: string;
  try {
    text = readInputFile(path, 'notice').toString('utf8');
  } catch (e) {
    if (e instanceof AppException && e.rule !== 'input_file_unreadable') throw e;
    throw new AppException('NOT_FOUND', `无法读取通知文件：${path}`, {
      fields: [{ path: 'path', message: '无法读取' }],
    });
  }
  const { header: h, noticeHash, content: c } = checkNotice(db, text);
  const id = core.write(
    'notice_import',
    'notice',
    (tx, ctx) => {
      const landed = c.kind === 'rectification' ? landRectification(tx, ctx, h.from.unitName, c) : null;
      const leavingId = c.kind === 'opinion' ? landOpinion(tx, ctx, c) : null;
      const row = tx
        .insert(noticesReceived)
        .values({
          supervisorCode: h.from.unitCode,
          seq: h.seq,
          kind: c.kind,
          title: c.title,
          content: canonicalJson(c),
          noticeHash,
          issuedAt: h.createdAt,
          inspectionId: landed?.inspectionId ?? null,
          leavingId,
          importedAt: ctx.now,
          importedBy: ctx.accountId,
        })
        .returning({ id: noticesReceived.id })
        .get();
      const items =
        c.kind === 'rectification'
          ? (landed?.findingIds ?? []).map((findingId, i) => ({ itemNo: i + 1, findingId }))
          : c.kind === 'filing'
            ? c.items.map((i, k) => ({ itemNo: k + 1, register: i.register, recordId: i.recordId }))
            : [];
      for (const i of items)
        tx.insert(noticeItems)
          .values({ noticeId: row.id, ...i })
          .run();
      return row.id;
    },
    (noticeId) => ({
      entityId: `${h.from.unitCode}/${h.seq}`,
      detail: { noticeId, from: h.from.unitCode, seq: h.seq, kind: c.kind, title: c.title, noticeHash },
    }),
  );
  return receivedNotice(db, id);
}

function toView(db: Pick<Db, 'select'>, n: typeof noticesReceived.$inferSelect): ReceivedNoticeView {
  const c = JSON.parse(n.content) as Content;
  const items = db
    .select()
    .from(noticeItems)
    .where(eq(noticeItems.noticeId, n.id))
    .orderBy(asc(noticeItems.itemNo))
    .all();
  return {
    id: n.id,
    supervisorCode: n.supervisorCode,
    seq: n.seq,
    kind: n.kind,
    title: n.title,
    issuedAt: n.issuedAt,
    importedAt: n.importedAt,
    text: c.text ?? null,
    inspectionId: n.inspectionId,
    leavingId: n.leavingId,
    verdict: c.kind === 'opinion' ? c.verdict : null,
    separationEndsOn: c.kind === 'opinion' ? (c.separationEndsOn ?? null) : null,
    items: items.map((i) => {
      const f = c.kind === 'rectification' ? c.findings[i.itemNo - 1] : undefined;
      const g = c.kind === 'filing' ? c.items[i.itemNo - 1] : undefined;
      return {
        no: i.itemNo,
        findingId: i.findingId,
        register: i.register,
        recordId: i.recordId,
        name: f?.what ?? (g ? `${FILING_REGISTER_LABELS[g.register]}：${g.name}` : ''),
        deadline: f?.deadline ?? null,
      };
    }),
  };
}

export function receivedNotice(db: Pick<Db, 'select'>, id: number): ReceivedNoticeView {
  const n = db.select().from(noticesReceived).where(eq(noticesReceived.id, id)).get();
  if (!n) throw new AppException('NOT_FOUND', '找不到该通知。');
  return toView(db, n);
}

export function listReceivedNotices(db: Pick<Db, 'select'>): ReceivedNoticeView[] {
  return db
    .select()
    .from(noticesReceived)
    .orderBy(asc(noticesReceived.importedAt), asc(noticesReceived.id))
    .all()
    .reverse()
    .map((n) => toView(db, n));
}
