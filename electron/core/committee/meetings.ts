// 涉密会议与活动 (law art. 38, regulation art. 45): 密级, 保密方案, 知悉范围, 合规场所设备, 身份核实与保密教育;
// the materials handed out are carrier copies, and the meeting is over only when every one is back.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { carriers, classifiedMeetings, departments, meetingMaterials } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  MaterialsCollectInput,
  MaterialsIssueInput,
  MaterialView,
  MeetingApproveInput,
  MeetingCloseInput,
  MeetingCreateInput,
  MeetingListInput,
  MeetingMeasuresInput,
  MeetingRow,
  MeetingView,
} from '../../ipc/schemas/meetings';
import type { AppCore } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { stepViews } from '../approvals/steps';
import { copyByNo } from '../carriers';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { checkCopyFree, checkMaterialsBack } from './rules';
import { contains } from '../util/like';
import { inList } from '../util/in-list';

type MeetingRecord = typeof classifiedMeetings.$inferSelect;

const meetingSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({
      m: classifiedMeetings,
      host: departments.name,
      issued: sql<number>`(select count(*) from meeting_materials mm where mm.meeting_id = ${classifiedMeetings.id})`,
      out: sql<number>`(select count(*) from meeting_materials mm where mm.meeting_id = ${classifiedMeetings.id} and mm.collected_on is null)`,
    })
    .from(classifiedMeetings)
    .innerJoin(departments, eq(departments.id, classifiedMeetings.hostDepartmentId));

function toRow(m: MeetingRecord, host: string, issued: number, out: number): MeetingRow {
  return {
    id: m.id,
    kind: m.kind,
    name: m.name,
    level: m.level,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    place: m.place,
    hostDepartmentId: m.hostDepartmentId,
    hostDepartment: host,
    attendees: JSON.parse(m.attendees) as string[],
    venueCompliant: m.venueCompliant === 1,
    identityChecked: m.identityChecked === 1,
    educated: m.educated === 1,
    measures: m.measures,
    status: m.status,
    closedOn: m.closedOn,
    materialsIssued: issued,
    materialsOut: out,
  };
}

function materialsOf(db: Pick<Db, 'select'>, meetingId: number, openOnly = false): MaterialView[] {
  return db
    .select({
      mm: meetingMaterials,
      carrierName: carriers.name,
      copyNo: sql<number>`(select copy_no from carrier_copies c where c.id = ${meetingMaterials.copyId})`,
    })
    .from(meetingMaterials)
    .innerJoin(carriers, eq(carriers.id, meetingMaterials.carrierId))
    .where(
      and(
        eq(meetingMaterials.meetingId, meetingId),
        openOnly ? isNull(meetingMaterials.collectedOn) : undefined,
      ),
    )
    .orderBy(asc(meetingMaterials.id))
    .all()
    .map(({ mm, carrierName, copyNo }) => ({
      id: mm.id,
      carrierId: mm.carrierId,
      carrierName,
      copyNo,
      issuedTo: mm.issuedTo,
      issuedOn: mm.issuedOn,
      collectedOn: mm.collectedOn,
    }));
}

export function meetingView(db: Pick<Db, 'select'>, id: number): MeetingView {
  const r = meetingSelect(db).where(eq(classifiedMeetings.id, id)).get();
  if (!r)
    throw new AppException('NOT_FOUND', '找不到该涉密会议或活动。', {
      fields: [{ path: 'meetingId', message: '不存在' }],
    });
  return {
    ...toRow(r.m, r.host, r.issued, r.out),
    planAttachmentId: r.m.planAttachmentId,
    steps: stepViews(db, r.m.approvalId ? [{ step: 'approve', approvalId: r.m.approvalId }] : []),
    materials: materialsOf(db, id),
  };
}

type MeetingListQuery = z.output<typeof MeetingListInput>;

/** The page's condition, its values bound by `b`; 资料未收回 is a constant, so part of the shape. */
function meetingWhere(input: MeetingListQuery, b: Bindings) {
  return and(
    input.status === undefined ? undefined : eq(classifiedMeetings.status, b.bind('status', input.status)),
    input.kind === undefined ? undefined : eq(classifiedMeetings.kind, b.bind('kind', input.kind)),
    input.materialsOut
      ? sql`exists (select 1 from meeting_materials mm where mm.meeting_id = ${classifiedMeetings.id} and mm.collected_on is null)`
      : undefined,
    input.search ? contains(classifiedMeetings.name, input.search, (p) => b.bind('search', p)) : undefined,
  );
}

function meetingQuestion(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return {
    rows: meetingSelect(db)
      .where(where)
      .orderBy(desc(classifiedMeetings.startsOn), desc(classifiedMeetings.id)),
    count: db.select({ n: count() }).from(classifiedMeetings).where(where),
  };
}

/** One page of the 涉密会议 register as a query built whole, with its values in the SQL. */
export function meetingPageQuery(db: Pick<Db, 'select'>, input: MeetingListQuery) {
  return pageOf(meetingQuestion(db, meetingWhere(input, Bindings.inline())).rows, input);
}

export function listMeetings(db: Pick<Db, 'select'>, input: MeetingListQuery): Page<MeetingRow> {
  const b = Bindings.placeholders();
  const where = meetingWhere(input, b);
  const shape = `classified_meetings:${b.names}:${input.materialsOut ? 'out' : 'any'}`;
  const { total, rows } = pageByShape(db, shape, b, input, () => meetingQuestion(db, where));
  return { total, rows: rows.map((r) => toRow(r.m, r.host, r.issued, r.out)) };
}

function loadMeeting(tx: Pick<Db, 'select'>, id: number): MeetingRecord {
  const m = tx.select().from(classifiedMeetings).where(eq(classifiedMeetings.id, id)).get();
  if (!m)
    throw new AppException('NOT_FOUND', '找不到该涉密会议或活动。', {
      fields: [{ path: 'meetingId', message: '不存在' }],
    });
  return m;
}

export function createMeeting(core: AppCore, input: z.output<typeof MeetingCreateInput>): MeetingView {
  const id = core.write(
    'meeting_create',
    'classified_meeting',
    (tx, ctx) => {
      if (
        !tx
          .select({ id: departments.id })
          .from(departments)
          .where(eq(departments.id, input.hostDepartmentId))
          .get()
      )
        throw new AppException('NOT_FOUND', '找不到该部门。', {
          fields: [{ path: 'hostDepartmentId', message: '不存在' }],
        });
      return tx
        .insert(classifiedMeetings)
        .values({
          ...input,
          attendees: JSON.stringify(input.attendees),
          planAttachmentId: input.planAttachmentId ?? null,
          measures: input.measures ?? null,
          status: 'planned',
          createdAt: ctx.now,
        })
        .returning({ id: classifiedMeetings.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return meetingView(core.session().db, id);
}

/** 涉密会议审批表: approved before it starts. */
export function approveMeeting(core: AppCore, input: z.output<typeof MeetingApproveInput>): MeetingView {
  core.write(
    'meeting_approve',
    'classified_meeting',
    (tx, ctx) => {
      const m = loadMeeting(tx, input.meetingId);
      if (m.status !== 'planned') refuse('meeting_approve_once', '该会议已审批或已结束。', 'meetingId');
      const a = approveRecord(tx, input.approval, 'meeting', { type: 'classified_meeting', id: m.id }, ctx, {
        notAfter: m.startsOn,
      });
      if (a.decision === 'approved')
        tx.update(classifiedMeetings)
          .set({ status: 'approved', approvalId: a.id })
          .where(eq(classifiedMeetings.id, m.id))
          .run();
      else
        tx.update(classifiedMeetings).set({ approvalId: a.id }).where(eq(classifiedMeetings.id, m.id)).run();
    },
    () => ({ entityId: input.meetingId, detail: input }),
  );
  return meetingView(core.session().db, input.meetingId);
}

export function recordMeasures(core: AppCore, input: z.output<typeof MeetingMeasuresInput>): MeetingView {
  core.write(
    'meeting_measures',
    'classified_meeting',
    (tx) => {
      const m = loadMeeting(tx, input.meetingId);
      if (m.status === 'closed') refuse('meeting_open', '该会议已结束。', 'meetingId');
      tx.update(classifiedMeetings)
        .set({
          venueCompliant: input.venueCompliant ? 1 : 0,
          identityChecked: input.identityChecked ? 1 : 0,
          educated: input.educated ? 1 : 0,
        })
        .where(eq(classifiedMeetings.id, m.id))
        .run();
    },
    () => ({ entityId: input.meetingId, detail: input }),
  );
  return meetingView(core.session().db, input.meetingId);
}

/** Hand out copies as meeting materials: each one held by the unit now and not out at another meeting. */
export function issueMaterials(core: AppCore, input: z.output<typeof MaterialsIssueInput>): MeetingView {
  core.write(
    'meeting_materials_issue',
    'classified_meeting',
    (tx, ctx) => {
      const m = loadMeeting(tx, input.meetingId);
      if (m.status !== 'approved')
        refuse('materials_after_approval', '会议经审批后才能发放会议材料。', 'meetingId');
      for (const no of input.copyNos) {
        const c = copyByNo(tx, input.carrierId, no);
        if (!c)
          throw new AppException('NOT_FOUND', `该载体没有第${no}份。`, {
            fields: [{ path: 'copyNos', message: '份号不存在' }],
          });
        const out = tx
          .select({ id: meetingMaterials.id })
          .from(meetingMaterials)
          .where(and(eq(meetingMaterials.copyId, c.copyId), isNull(meetingMaterials.collectedOn)))
          .get();
        checkCopyFree(c.inCustody, out !== undefined, no);
        tx.insert(meetingMaterials)
          .values({
            meetingId: m.id,
            carrierId: input.carrierId,
            copyId: c.copyId,
            issuedTo: input.issuedTo,
            issuedOn: input.issuedOn,
            createdAt: ctx.now,
          })
          .run();
      }
    },
    () => ({ entityId: input.meetingId, detail: input }),
  );
  return meetingView(core.session().db, input.meetingId);
}

export function collectMaterials(core: AppCore, input: z.output<typeof MaterialsCollectInput>): MeetingView {
  const meetingId = core.write(
    'meeting_materials_collect',
    'classified_meeting',
    (tx) => {
      const rows = tx
        .select()
        .from(meetingMaterials)
        .where(inList(meetingMaterials.id, input.materialIds))
        .all();
      if (rows.length !== input.materialIds.length)
        throw new AppException('NOT_FOUND', '找不到所选的会议材料。', {
          fields: [{ path: 'materialIds', message: '不存在' }],
        });
      const meetings = new Set(rows.map((r) => r.meetingId));
      if (meetings.size !== 1) refuse('collect_one_meeting', '一次只能收回同一会议的材料。', 'materialIds');
      for (const r of rows) {
        if (r.collectedOn) refuse('material_collect_once', '所选材料中有已收回的。', 'materialIds');
        if (input.collectedOn < r.issuedOn)
          refuse('material_collect_after_issue', '收回日期不能早于发放日期。', 'collectedOn');
      }
      tx.update(meetingMaterials)
        .set({ collectedOn: input.collectedOn })
        .where(inList(meetingMaterials.id, input.materialIds))
        .run();
      return [...meetings][0] ?? 0;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return meetingView(core.session().db, meetingId);
}

export function closeMeeting(core: AppCore, input: z.output<typeof MeetingCloseInput>): MeetingView {
  core.write(
    'meeting_close',
    'classified_meeting',
    (tx) => {
      const m = loadMeeting(tx, input.meetingId);
      if (m.status === 'closed') refuse('meeting_open', '该会议已结束。', 'meetingId');
      checkMaterialsBack(materialsOf(tx, m.id, true));
      tx.update(classifiedMeetings)
        .set({ status: 'closed', closedOn: input.closedOn })
        .where(eq(classifiedMeetings.id, m.id))
        .run();
    },
    () => ({ entityId: input.meetingId, detail: input }),
  );
  return meetingView(core.session().db, input.meetingId);
}

/** Meetings with materials still out (home page). */
export function meetingsWithMaterialsOut(db: Pick<Db, 'select'>): MeetingRow[] {
  return listMeetings(db, { materialsOut: true, page: 1, pageSize: 500 }).rows;
}
