// The figures of a unit's 年度报告 (electron/core/exchange/annual.ts), each group by its title and each code by its
// label: read by the supervisor's screens, its consolidated 年度报告 and the report's workbook.
import {
  APPRAISAL_RESULT_LABELS,
  CARRIER_EVENT_LABELS,
  CARRIER_SOURCE_LABELS,
  CARRIER_STATUS_LABELS,
  CLEARANCE_LABELS,
  INCIDENT_KIND_LABELS,
  LEADER_GRADE_LABELS,
  LEVEL_LABELS,
  MEETING_KIND_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_STATUS_LABELS,
  SANCTION_KIND_LABELS,
} from './labels';

/** People counted by clearance: the three levels, and `none` for those not yet decided. */
export const CLEARANCE_OR_NONE: Record<string, string> = { ...CLEARANCE_LABELS, none: '未确定' };

/** Reviews counted by outcome, and `in_review` for those not decided yet. */
export const REVIEW_OUTCOME_OR_OPEN: Record<string, string> = {
  ...REVIEW_OUTCOME_LABELS,
  in_review: REVIEW_STATUS_LABELS.in_review,
};

/** The annual report's figures, each group by its title and each code by its label. */
export const ANNUAL_FIGURE_GROUPS: [key: string, title: string, labels?: Record<string, string>][] = [
  ['carriersByLevel', '载体（按密级）', LEVEL_LABELS],
  ['carriersByStatus', '载体（按状态）', CARRIER_STATUS_LABELS],
  ['registeredInYearBySource', '本年登记（按来源）', CARRIER_SOURCE_LABELS],
  ['copiesDestroyedInYear', '本年销毁份数'],
  ['destructionBatchesInYear', '本年销毁批次'],
  ['loansInYear', '本年借阅与外出携带'],
  ['loansOverdueNow', '逾期未归还'],
  ['decisionsInYearByKind', '本年定密决定（按类别）', CARRIER_EVENT_LABELS],
  ['inventoriesInYear', '本年清点次数'],
  ['classificationItemsActive', '在用国家秘密事项'],
  ['peopleByClearance', '在岗涉密人员（按等级）', CLEARANCE_OR_NONE],
  ['peopleInSeparation', '脱密期内人员'],
  ['keySitesApproved', '要害部门部位'],
  ['keySiteChecksInYear', '本年要害部位安全设施检查'],
  ['keySiteVisitsInYear', '本年要害部位出入登记'],
  ['reviewsInYearByOutcome', '本年保密审查（按结论）', REVIEW_OUTCOME_OR_OPEN],
  ['classifiedMeetingsInYearByKind', '本年涉密会议与活动', MEETING_KIND_LABELS],
  ['committeeMeetingsInYear', '本年保密委员会会议'],
  ['committeeTasksOpen', '委员会督办事项未办结'],
  ['responsibilityLettersInYear', '本年签订部门保密工作责任书'],
  ['leaderChecksInYearByGrade', '本年领导干部责任制检查（按评价）', LEADER_GRADE_LABELS],
  ['trainingSessionsInYear', '本年保密教育培训次数'],
  ['trainingAttendancesInYear', '本年参训人次'],
  ['peopleInPostForTraining', '在岗涉密人员'],
  ['peopleUnderTrainingFloor', '本年培训未达下限人员'],
  ['appraisalsInYearByResult', '本年年度考核（按结果）', APPRAISAL_RESULT_LABELS],
  ['sanctionsInYearByKind', '本年奖惩', SANCTION_KIND_LABELS],
  ['incidentsInYear', '本年泄密事件'],
  ['incidentsInYearByKind', '本年泄密事件（按类别）', INCIDENT_KIND_LABELS],
  ['incidentsReportedWithin24h', '24小时内报告'],
  ['incidentsReportedLate', '超过24小时报告'],
  ['incidentsUnreportedPast24h', '超过24小时尚未报告'],
];
