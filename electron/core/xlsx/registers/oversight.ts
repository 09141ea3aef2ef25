// 信息发布保密审查, 要害部门部位, 涉密会议活动 and 保密委员会会议 ledgers in sheets: the headings of REFERENCE
// §2.6 (保密审查审批登记表, 要害部门部位审定表, 涉密会议) and §2.1 (委员会会议), every record the register's
// filters select. Export only for now.
import {
  KEY_SITE_KIND_LABELS,
  KEY_SITE_STATUS_LABELS,
  LEVEL_LABELS,
  MEETING_KIND_LABELS,
  MEETING_STATUS_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_PURPOSE_LABELS,
  REVIEW_STATUS_LABELS,
} from '../../../../db/domain/labels';
import { type CommitteeMeetingView, CommitteeMeetingListInput } from '../../../ipc/schemas/committee';
import { type KeySiteRow, KeySiteListInput } from '../../../ipc/schemas/key-sites';
import { type MeetingRow, MeetingListInput } from '../../../ipc/schemas/meetings';
import { type InfoReviewView, InfoReviewListInput } from '../../../ipc/schemas/reviews';
import { listCommitteeMeetings, listMeetings } from '../../committee';
import { listKeySites } from '../../key_sites';
import { listReviews } from '../../reviews';
import { allRows, yesNo } from './paged';
import type { RegisterColumns } from './types';

export const reviewColumns: RegisterColumns = {
  id: 'reviews',
  title: '信息发布保密审查台账',
  entity: 'review',
  domain: 'reviews',
  exportAction: 'reviews_export_xlsx',
  columns: [
    { key: 'title', heading: '审查内容', width: 30 },
    { key: 'handler', heading: '承办人', width: 10 },
    { key: 'department', heading: '部门', width: 14 },
    { key: 'purpose', heading: '用途', width: 14 },
    { key: 'recipient', heading: '接收单位', width: 16 },
    { key: 'appliedOn', heading: '申请日期', width: 12 },
    { key: 'status', heading: '状态', width: 10 },
    { key: 'outcome', heading: '审查结论', width: 12 },
    { key: 'decidedOn', heading: '审查日期', width: 12 },
  ],
  query: InfoReviewListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => InfoReviewListInput.parse(q),
      (q) => listReviews(db, q),
      (r: InfoReviewView) => ({
        title: r.title,
        handler: r.handlerName,
        department: r.department,
        purpose: REVIEW_PURPOSE_LABELS[r.purpose],
        recipient: r.recipient ?? '',
        appliedOn: r.appliedOn,
        status: REVIEW_STATUS_LABELS[r.status],
        outcome: r.outcome ? REVIEW_OUTCOME_LABELS[r.outcome] : '',
        decidedOn: r.decidedOn ?? '',
      }),
    ),
};

export const keySiteColumns: RegisterColumns = {
  id: 'key_sites',
  title: '要害部门部位台账',
  entity: 'key_site',
  domain: 'key_sites',
  exportAction: 'key_sites_export_xlsx',
  columns: [
    { key: 'name', heading: '名称', width: 20 },
    { key: 'kind', heading: '类别', width: 10 },
    { key: 'level', heading: '涉密等级', width: 8 },
    { key: 'department', heading: '部门', width: 14 },
    { key: 'manager', heading: '负责人', width: 10 },
    { key: 'location', heading: '位置', width: 16 },
    { key: 'staffCount', heading: '涉密人数', width: 8 },
    { key: 'reason', heading: '理由', width: 24 },
    { key: 'approvedOn', heading: '批准日期', width: 12 },
    { key: 'lastCheckedOn', heading: '最近检查', width: 12 },
    { key: 'status', heading: '状态', width: 8 },
    { key: 'revokedOn', heading: '撤销日期', width: 12 },
  ],
  query: KeySiteListInput.omit({ page: true, pageSize: true }),
  rows: (db, query, today) =>
    allRows(
      query,
      (q) => KeySiteListInput.parse(q),
      (q) => listKeySites(db, q, today),
      (s: KeySiteRow) => ({
        name: s.name,
        kind: KEY_SITE_KIND_LABELS[s.kind],
        level: LEVEL_LABELS[s.level],
        department: s.department ?? '',
        manager: s.managerName,
        location: s.location ?? '',
        staffCount: s.staffCount,
        reason: s.reason,
        approvedOn: s.approvedOn ?? '',
        lastCheckedOn: s.lastCheckedOn ?? '',
        status: KEY_SITE_STATUS_LABELS[s.status],
        revokedOn: s.revokedOn ?? '',
      }),
    ),
};

export const meetingColumns: RegisterColumns = {
  id: 'meetings',
  title: '涉密会议活动台账',
  entity: 'classified_meeting',
  domain: 'committee',
  exportAction: 'meetings_export_xlsx',
  columns: [
    { key: 'name', heading: '会议名称', width: 28 },
    { key: 'kind', heading: '类型', width: 10 },
    { key: 'level', heading: '密级', width: 8 },
    { key: 'startsOn', heading: '开始日期', width: 12 },
    { key: 'endsOn', heading: '结束日期', width: 12 },
    { key: 'place', heading: '地点', width: 16 },
    { key: 'host', heading: '承办部门', width: 14 },
    { key: 'attendees', heading: '参加人员', width: 24 },
    { key: 'venueCompliant', heading: '场所合规', width: 8 },
    { key: 'identityChecked', heading: '身份核实', width: 8 },
    { key: 'educated', heading: '保密教育', width: 8 },
    { key: 'status', heading: '状态', width: 8 },
  ],
  query: MeetingListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => MeetingListInput.parse(q),
      (q) => listMeetings(db, q),
      (m: MeetingRow) => ({
        name: m.name,
        kind: MEETING_KIND_LABELS[m.kind],
        level: LEVEL_LABELS[m.level],
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        place: m.place,
        host: m.hostDepartment,
        attendees: m.attendees.join('、'),
        venueCompliant: yesNo(m.venueCompliant),
        identityChecked: yesNo(m.identityChecked),
        educated: yesNo(m.educated),
        status: MEETING_STATUS_LABELS[m.status],
      }),
    ),
};

export const committeeMeetingColumns: RegisterColumns = {
  id: 'committee_meetings',
  title: '保密委员会会议台账',
  entity: 'committee_meeting',
  domain: 'committee',
  exportAction: 'committee_meetings_export_xlsx',
  columns: [
    { key: 'heldOn', heading: '会议日期', width: 12 },
    { key: 'topics', heading: '议题', width: 30 },
    { key: 'chair', heading: '主持人', width: 10 },
    { key: 'attendees', heading: '参加人员', width: 24 },
    { key: 'recorder', heading: '记录人', width: 10 },
    { key: 'decisions', heading: '决定事项数', width: 8 },
  ],
  query: CommitteeMeetingListInput.omit({ page: true, pageSize: true }),
  rows: (db, query, today) =>
    allRows(
      query,
      (q) => CommitteeMeetingListInput.parse(q),
      (q) => listCommitteeMeetings(db, q, today),
      (m: CommitteeMeetingView) => ({
        heldOn: m.heldOn,
        topics: m.topics,
        chair: m.chair,
        attendees: m.attendees,
        recorder: m.recorder,
        decisions: m.decisions.length,
      }),
    ),
};
