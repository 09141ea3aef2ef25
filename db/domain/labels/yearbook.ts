import type * as V from '../vocab';
// ---- 年度保密工作台账 ----

/** Each section's title as the 台账 template names it (also the workbook's sheet name, ≤ 31 characters). */
export const YEARBOOK_SECTION_LABELS: Record<V.YearbookSection, string> = {
  committee_members: '保密委员会（领导小组）成员',
  clerks: '专（兼）职保密人员',
  work_plan: '年度保密工作计划',
  responsibility_letters: '部门保密工作责任书签订情况',
  leader_checks: '领导干部履行保密工作责任制情况检查',
  committee_meetings: '保密委员会会议记录',
  rule_documents: '保密制度建设',
  trainings: '保密宣传教育培训',
  inspections: '保密监督检查',
  incidents: '失泄密事件查处',
  key_sites: '保密要害部门部位',
  sanctions: '保密奖惩',
  destructions: '涉密载体销毁及设备报废',
  classification_items: '国家秘密事项一览表',
  produced: '本年度产生的涉密事项',
  declassified: '本年度解密事项',
  received: '本年度收到密件',
  top_secret_knowers: '接触知悉绝密级文件人员',
  classified_meetings: '涉密会议活动',
  publication_reviews: '信息发布保密审查',
  computers: '涉密计算机',
  media: '涉密存储介质',
  loans: '涉密载体借阅',
  prints: '涉密文件打印',
  copies: '涉密文件复印',
  repairs: '涉密设备维修',
  tech_protection: '技防设备',
};
