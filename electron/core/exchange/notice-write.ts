// The supervisor's side of notices (issue 25, point 6): write one for a unit — signed with the bureau's key,
// sealed for the unit's — and follow it in the unit's later packages (received, and a 整改通知's findings closed).
import { rmSync } from 'node:fs';
import { and, desc, eq } from 'drizzle-orm';
import type { FindingStatus, NoticeState, OpinionVerdict } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { noticesSent } from '../../../db/schema';
import type {
  NoticeContent,
  NoticeWriteInput,
  NoticeWriteView,
  SentNoticeItem,
  SentNoticeView,
} from '../../ipc/schemas/notices';
import type { AppCore } from '../app-core';
import { activeKey } from '../keys';
import { unitInfo } from '../session';
import { writeFileAtomic } from '../util/atomic-write';
import { canonicalJson } from '../util/canonical-json';
import { today } from '../util/dates';
import { resolveOutputPath } from '../util/output-path';
import { refuse } from '../util/refuse';
import { sealNotice } from './notice-file';
import { requireSubordinate } from './supervisor-table';
import { layoutOf, layoutSql, recordObject, unitLayoutSql } from './record-layout';

type Reader = Pick<Db, 'select' | '$client'>;

function reported(
  db: Reader,
  unitCode: string,
  register: string,
  id: string,
): Record<string, unknown> | null {
  const row = db.$client
    .prepare('SELECT data FROM imported_records WHERE unit_code = ? AND register = ? AND record_id = ?')
    .get(unitCode, register, id) as { data: string } | undefined;
  return row ? recordObject(layoutOf(db.$client, unitCode, register) ?? [], row.data) : null;
}

/** What the unit reported decides what a notice may name: the bureau answers what it was told. */
function checkContent(db: Reader, unitCode: string, c: NoticeContent, todayIs: string): NoticeContent {
  if (c.kind === 'opinion') {
    const l = reported(db, unitCode, 'leaving_procedures', String(c.leavingId));
    if (!l)
      refuse(
        'notice_leaving_reported',
        `该单位报送的数据中没有第 ${c.leavingId} 号离岗离职手续，不能对其出具意见。请先导入该单位最新的数据包。`,
        'content.leavingId',
      );
    const person = reported(db, unitCode, 'persons', String(l.person_id));
    const ends = typeof l.separation_ends_on === 'string' ? l.separation_ends_on : null;
    if (c.verdict === 'agree_extend' && (!c.separationEndsOn || (ends && c.separationEndsOn <= ends)))
      refuse(
        'notice_extend_date',
        ends
          ? `“同意并延长脱密期”须写明延长后的脱密期截止日期，且应晚于单位确定的 ${ends}。`
          : '“同意并延长脱密期”须写明延长后的脱密期截止日期。',
        'content.separationEndsOn',
      );
    const { separationEndsOn, ...rest } = c;
    return {
      ...rest,
      personName: typeof person?.name === 'string' ? person.name : c.personName,
      ...(c.verdict === 'agree_extend' ? { separationEndsOn } : {}),
    };
  }
  if (c.kind === 'rectification') {
    for (const f of c.findings)
      if (f.deadline < todayIs)
        refuse(
          'finding_deadline_not_past',
          `整改期限 ${f.deadline} 已过，请定一个今天（${todayIs}）或以后的期限。`,
          'content.findings',
        );
    return c;
  }
  for (const i of c.items)
    if (!reported(db, unitCode, i.register, i.recordId))
      refuse(
        'notice_filing_reported',
        `该单位报送的数据中没有“${i.name}”（${i.register === 'persons' ? '涉密人员' : '定密事项'}第 ${i.recordId} 号），不能备案。`,
        'content.items',
      );
  return c;
}

function requireSupervisor(db: Reader): { unitCode: string; name: string } {
  const me = unitInfo(db);
  if (me.mode !== 'supervisor')
    refuse(
      'supervisor_mode_required',
      '本机不是上级单位（监管）模式，不能向下级单位发送通知。请由系统管理员启用上级单位模式。',
    );
  return { unitCode: me.unitCode, name: me.name };
}

export function noticeFileName(unitCode: string, seq: number): string {
  return `通知-${unitCode}-${String(seq).padStart(4, '0')}.bmn`;
}

/** Write the notice for one unit: numbered, signed, sealed, written to the media and kept, in one write. */
export function writeNotice(core: AppCore, input: NoticeWriteInput): NoticeWriteView {
  const { db } = core.session();
  const me = requireSupervisor(db);
  const unit = requireSubordinate(db, input.unitCode);
  if (!unit)
    refuse('notice_unit_registered', `未登记下级单位 ${input.unitCode}，不能向其发送通知。`, 'unitCode');
  const content = checkContent(db, unit.unitCode, input.content, today(core.clock));
  const last =
    db
      .select({ seq: noticesSent.seq })
      .from(noticesSent)
      .where(eq(noticesSent.unitCode, unit.unitCode))
      .orderBy(desc(noticesSent.seq))
      .limit(1)
      .get()?.seq ?? 0;
  const seq = last + 1;
  const out = resolveOutputPath(input.outPath, noticeFileName(unit.unitCode, seq), '.bmn');
  let written = false;
  try {
    return core.write(
      'notice_write',
      'notice',
      (tx, ctx) => {
        const key = activeKey(tx, 'sign');
        const sealed = sealNotice(
          {
            from: { unitCode: me.unitCode, unitName: me.name, signKeyId: key.keyId },
            to: { unitCode: unit.unitCode, encKeyId: unit.encKeyId },
            seq,
            createdAt: ctx.now,
          },
          content,
          new Uint8Array(key.secretKey),
          new Uint8Array(unit.encPublicKey),
        );
        tx.insert(noticesSent)
          .values({
            unitCode: unit.unitCode,
            seq,
            kind: content.kind,
            title: content.title,
            content: canonicalJson(content),
            noticeHash: sealed.noticeHash,
            fileName: out,
            createdAt: ctx.now,
            createdBy: ctx.accountId,
          })
          .run();
        writeFileAtomic(out, sealed.text);
        written = true;
        return { path: out, unitCode: unit.unitCode, seq, kind: content.kind, noticeHash: sealed.noticeHash };
      },
      (v) => ({
        entityId: `${v.unitCode}/${v.seq}`,
        detail: {
          unitCode: v.unitCode,
          seq: v.seq,
          kind: v.kind,
          title: content.title,
          noticeHash: v.noticeHash,
        },
      }),
    );
  } catch (e) {
    // Nothing was recorded: a notice the bureau has no record of must not stay on the media.
    if (written) rmSync(out, { force: true });
    throw e;
  }
}

interface ReportedFinding {
  status: FindingStatus;
  deadline: string | null;
  rectified_on: string | null;
}

/** The unit's findings that came from this bureau's notices, by `<seq>/<item>`, as its last package had them. */
function reportedFindings(db: Reader, unitCode: string, me: string): Map<string, ReportedFinding> {
  const columns = layoutOf(db.$client, unitCode, 'findings');
  const rows = db.$client
    .prepare(
      layoutSql(
        `SELECT json_extract(data, '$.notice') AS notice, data FROM imported_records
       WHERE unit_code = ? AND register = 'findings' AND json_extract(data, '$.notice') LIKE ? ESCAPE '\\'`,
        columns,
      ),
    )
    .all(unitCode, `${me.replace(/[\\%_]/g, '\\$&')}/%`) as { notice: string; data: string }[];
  return new Map(
    rows.map((r) => [
      r.notice.slice(me.length + 1),
      recordObject(columns ?? [], r.data) as unknown as ReportedFinding,
    ]),
  );
}

function receivedSeqs(db: Reader, unitCode: string, me: string): Set<number> {
  const rows = db.$client
    .prepare(
      unitLayoutSql(
        db.$client,
        unitCode,
        `SELECT json_extract(data, '$.seq') AS seq FROM imported_records
       WHERE unit_code = ? AND register = 'notices' AND json_extract(data, '$.supervisor_code') = ?`,
      ),
    )
    .all(unitCode, me) as { seq: number }[];
  return new Set(rows.map((r) => Number(r.seq)));
}

/** A unit's notices, newest first, each with what the unit's packages show of it. */
export function listSentNotices(core: AppCore, unitCode: string): SentNoticeView[] {
  const { db } = core.session();
  const me = unitInfo(db).unitCode;
  const day = today(core.clock);
  const found = reportedFindings(db, unitCode, me);
  const received = receivedSeqs(db, unitCode, me);
  return db
    .select()
    .from(noticesSent)
    .where(and(eq(noticesSent.unitCode, unitCode)))
    .orderBy(desc(noticesSent.seq))
    .all()
    .map((n) => {
      const c = JSON.parse(n.content) as NoticeContent;
      const items: SentNoticeItem[] =
        c.kind === 'rectification'
          ? c.findings.map((f, i) => {
              const r = found.get(`${n.seq}/${i + 1}`);
              const done = r?.status === 'closed' || r?.status === 'carried_over';
              return {
                no: i + 1,
                what: f.what,
                deadline: f.deadline,
                state: r ? (!done && f.deadline < day ? 'overdue' : r.status) : null,
                rectifiedOn: r?.rectified_on ?? null,
              };
            })
          : c.kind === 'filing'
            ? c.items.map((i, k) => ({
                no: k + 1,
                what: i.name,
                deadline: null,
                state: null,
                rectifiedOn: null,
              }))
            : [];
      const seen = received.has(n.seq) || items.some((i) => i.state !== null);
      let state: NoticeState = seen ? 'received' : 'sent';
      if (seen && c.kind === 'rectification')
        state = items.every((i) => i.state === 'closed') ? 'answered' : 'rectifying';
      return {
        unitCode: n.unitCode,
        seq: n.seq,
        kind: n.kind,
        title: n.title,
        createdAt: n.createdAt,
        fileName: n.fileName,
        noticeHash: n.noticeHash,
        state,
        items,
        verdict: c.kind === 'opinion' ? (c.verdict as OpinionVerdict) : null,
      };
    });
}
