// The Chinese label of every code of vocab.ts, one per code, read by the core, CLI, xlsx, prints and screens alike
// (pure data; test/db/labels.test.ts checks the tables and that no copy grows back). A subset list (national and
// host levels, movement and decision kinds, export media) reads the larger list's table.
import type { AuditEntity } from './domains';
import type * as V from './vocab';
// ---- The unit, its accounts and pages ----

export const UNIT_KIND_LABELS: Record<V.UnitKind, string> = {
  organ: '机关',
  institution: '事业单位',
  enterprise: '企业',
};

export const ROLE_LABELS: Record<V.Role, string> = {
  clerk: '保密员',
  leader: '单位领导',
  sysadmin: '系统管理员',
  secadmin: '安全保密管理员',
  auditor: '安全审计员',
};

export const ADMIN_MODE_LABELS: Record<V.AdminMode, string> = {
  strict: '三员分立（系统管理员、安全保密管理员、安全审计员各设账户）',
  small: '小单位模式（保密员兼任系统和安全保密管理员）',
};

export const APP_MODE_LABELS: Record<V.AppMode, string> = {
  unit: '本单位',
  supervisor: '上级单位（保密局）',
};

export const ACCOUNT_STATUS_LABELS: Record<V.AccountStatus, string> = { active: '启用', disabled: '已停用' };

/** Every page by its name in the navigation: the registers of DOMAIN.md, the administration pages, 修改密码. */
export const PAGE_LABELS: Record<V.PageId, string> = {
  carriers: '涉密载体',
  classification_items: '国家秘密事项一览表/定密',
  persons: '涉密人员',
  private_travel: '因私出国(境)',
  allowance: '保密津贴',
  classified_devices: '涉密计算机及设备',
  classified_media: '涉密移动存储介质',
  usage_logs: '使用登记',
  repairs: '维修',
  trainings: '保密教育培训',
  inspections: '保密检查与整改',
  incidents: '泄密事件/违规',
  reviews: '保密审查',
  key_sites: '要害部门部位',
  committee: '保密委员会',
  approvals: '审批',
  exchange: '报送与接收',
  accounts: '账户管理',
  settings: '系统设置',
  audit: '审计日志',
  backup: '备份与恢复',
  password: '修改密码',
};

// ---- Approvals ----

export const APPROVAL_KIND_LABELS: Record<V.ApprovalKind, string> = {
  borrow: '借阅',
  copy: '复制',
  destroy: '销毁',
  carry_out: '外出携带',
  leave: '离岗',
  travel: '因私出国(境)',
  clearance: '涉密等级确定',
  classify: '定密',
  other: '其他',
};

export const APPROVAL_DECISION_LABELS: Record<V.ApprovalDecision, string> = {
  approved: '同意',
  rejected: '不同意',
};

export const REQUEST_STATUS_LABELS: Record<V.RequestStatus, string> = {
  pending: '待审批',
  approved: '已同意',
  rejected: '未同意',
  used: '已办理',
  withdrawn: '已撤回',
};

// ---- Carriers and 定密 ----

/** Also the labels of the national levels and of the host's level (both are carrier levels). */
export const LEVEL_LABELS: Record<V.CarrierLevel, string> = {
  top_secret: '绝密',
  secret: '机密',
  confidential: '秘密',
  commercial_core: '核心商密',
  commercial_general: '普通商密',
  work_secret: '工作秘密',
  internal: '内部',
};

/** Also the labels of the media a package is written to (each is registered as a carrier of its type). */
export const CARRIER_TYPE_LABELS: Record<V.CarrierType, string> = {
  paper: '纸质',
  cd: '光盘',
  usb: 'U盘',
  disk: '硬盘',
  tape: '磁带',
  sample: '密品',
  other: '其他',
};

export const CARRIER_SOURCE_LABELS: Record<V.CarrierSource, string> = {
  received: '收文',
  produced: '自制',
  copied: '复制',
};

export const TERM_KIND_LABELS: Record<V.TermKind, string> = {
  period: '年限',
  until_date: '解密日期',
  condition: '解密条件',
  long_term: '长期',
};

/** A copy's status, and so a carrier's. */
export const CARRIER_STATUS_LABELS: Record<V.CarrierStatus, string> = {
  in_custody: '在管',
  on_loan: '借出',
  carried_out: '外出携带',
  returned_to_issuer: '已清退',
  handed_over: '已移交',
  destroyed: '已销毁',
};

export const CLASS_STATE_LABELS: Record<V.ClassState, string> = {
  classified: '未解密',
  declassified: '已解密',
};

/** Also the labels of the 定密 decisions and of the movement kinds (each is an event of the history). */
export const CARRIER_EVENT_LABELS: Record<V.CarrierEventKind, string> = {
  register: '登记',
  distribute: '分发',
  recall: '收回',
  borrow: '借阅',
  return: '归还',
  carry_out: '外出携带',
  copy: '复制',
  return_to_issuer: '清退',
  hand_over: '移交',
  destroy: '销毁',
  edit: '修改',
  classify: '定密',
  reclassify: '变更密级',
  declassify: '解密',
  extend: '延长保密期限',
  maintain: '维持',
  knower: '知悉人员登记',
  attach: '附件',
  inventory: '清点',
};

export const COPY_MODE_LABELS: Record<V.CopyMode, string> = { copy: '复制', excerpt: '摘录' };

export const REVIEW_DECISION_LABELS: Record<V.ReviewDecision, string> = {
  maintain: '维持',
  reclassify: '变更',
  declassify: '解密',
  extend: '延期',
};

export const REVIEW_REASON_LABELS: Record<V.ReviewReason, string> = {
  yearly: '年度审核',
  term_ending: '期限将满',
  term_expired: '已到期',
};

export const DESTRUCTION_METHOD_LABELS: Record<V.DestructionMethod, string> = {
  shred: '粉碎',
  incinerate: '焚烧',
  pulp: '化浆',
  degauss: '消磁',
  physical: '物理破坏',
  facility: '送销毁机构',
};

export const INVENTORY_SCOPE_LABELS: Record<V.InventoryScope, string> = {
  all: '全部载体',
  department: '按部门',
  custodian: '按保管人',
};

export const INVENTORY_RESULT_LABELS: Record<V.InventoryResult, string> = {
  pending: '未清点',
  present: '在位',
  missing: '缺失',
  discrepant: '不符',
};

export const INVENTORY_STATUS_LABELS: Record<V.InventoryStatus, string> = {
  open: '进行中',
  closed: '已结束',
};

export const INVENTORY_FREQUENCY_LABELS: Record<V.InventoryFrequency, string> = {
  monthly: '每月',
  quarterly: '每季度',
  half_yearly: '每半年',
  yearly: '每年',
};

export const CARRIER_DUE_LABELS: Record<V.CarrierDueFilter, string> = {
  loan_overdue: '借出逾期',
  term_ending: '保密期限将满',
  term_expired: '已到期',
  review_due: '待年度审核',
};

// ---- Personnel ----

export const CLEARANCE_LABELS: Record<V.Clearance, string> = {
  core: '核心',
  important: '重要',
  general: '一般',
};

export const GENDER_LABELS: Record<V.Gender, string> = { male: '男', female: '女' };

export const PERSON_STATUS_LABELS: Record<V.PersonStatus, string> = {
  proposed: '拟任',
  in_post: '在岗',
  separation: '离岗脱密期',
  released: '脱密期满',
  transferred: '调离',
  resigned: '离职',
  retired: '退休',
  rejected: '未通过审查',
};

export const PERSON_DUE_LABELS: Record<V.PersonDueFilter, string> = {
  vetting_due: '待复审',
  in_separation: '脱密期内',
  separation_ending: '脱密期将满',
};

export const CLEARANCE_STEP_LABELS: Record<V.ClearanceStep, string> = {
  nominate: '部门提名',
  dept_review: '部门负责人审核',
  leader_approve: '单位领导审批',
  file: '备案',
};

export const CLEARANCE_DECISION_STATUS_LABELS: Record<V.ClearanceDecisionStatus, string> = {
  open: '办理中',
  filed: '已备案',
  rejected: '未同意',
};

export const VETTING_KIND_LABELS: Record<V.VettingKind, string> = { initial: '审查', review: '复审' };

export const VETTING_RESULT_LABELS: Record<V.VettingResult, string> = { passed: '通过', failed: '未通过' };

export const TRAINING_KIND_LABELS: Record<V.TrainingKind, string> = {
  pre_post: '岗前培训',
  annual: '年度培训',
  other: '其他培训',
};

export const PLEDGE_KIND_LABELS: Record<V.PledgeKind, string> = {
  onboarding: '上岗保密承诺书',
  in_post: '在岗保密承诺书',
  leaving: '离岗保密承诺书',
  travel: '出国(境)保密承诺书',
  responsibility_letter: '保密责任书',
};

export const TRAVEL_STATUS_LABELS: Record<V.TravelStatus, string> = {
  applied: '已申请',
  dept_approved: '部门已同意',
  approved: '已批准',
  refused: '未批准',
  departed: '已出境',
  returned: '已返回',
  cancelled: '已撤销',
};

export const TRAVEL_STEP_LABELS: Record<V.TravelStep, string> = {
  dept_leader: '部门领导审批',
  committee: '保密委员会审批',
};

export const PASSPORT_KIND_LABELS: Record<V.PassportKind, string> = {
  passport: '护照',
  hk_macau: '港澳通行证',
  taiwan: '台湾通行证',
};

export const LEAVING_KIND_LABELS: Record<V.LeavingKind, string> = {
  off_post: '离岗',
  resign: '离职',
  retire: '退休',
  transfer: '调动',
};

export const LEAVING_STATUS_LABELS: Record<V.LeavingStatus, string> = {
  open: '办理中',
  approved: '已审批',
  cancelled: '已撤销',
};

/** In the words of regulation art. 53, so a refusal that lists the missing steps reads as the regulation does. */
export const LEAVING_STEP_LABELS: Record<V.LeavingStep, string> = {
  talk: '保密提醒谈话',
  carriers: '清退涉密载体',
  devices: '交回涉密设备',
  account: '取消涉密信息系统访问权限',
  pledge: '签订离岗保密承诺书',
};

export const DEPARTURE_KIND_LABELS: Record<V.DepartureKind, string> = {
  transfer: '调离',
  resign: '离职',
  retire: '退休',
};

export const PERSON_EVENT_LABELS: Record<V.PersonEventKind, string> = {
  create: '登记',
  edit: '修改',
  post_add: '任岗位',
  post_end: '离开岗位',
  clearance_step: '涉密等级审批',
  clearance: '涉密等级确定',
  vetting: '审查',
  training: '培训',
  pledge: '承诺书',
  posted: '上岗',
  travel: '因私出国(境)',
  leaving: '离岗',
  separation_extend: '延长脱密期',
  departure: '离开单位',
  account_link: '关联账户',
};

export const ALLOWANCE_STATUS_LABELS: Record<V.AllowanceStatus, string> = { draft: '草稿', final: '定稿' };

// ---- Reporting (报送) ----

export const COUNTERPART_ROLE_LABELS: Record<V.CounterpartRole, string> = {
  supervisor: '上级单位',
  subordinate: '下级单位',
};

export const EXCHANGE_PROFILE_LABELS: Record<V.ExchangeProfile, string> = {
  full: '全量',
  incremental: '增量',
  annual: '年度报告',
};

/** Each refusal's short title (the core's message says what to do about it). */
export const REFUSAL_LABELS: Record<V.RefusalReason, string> = {
  NOT_PACKAGE: '不是报送数据包',
  UNKNOWN_FORMAT: '格式版本不支持',
  UNKNOWN_SENDER_KEY: '发送单位或其密钥未登记',
  BAD_SIGNATURE: '签名无效',
  WRONG_RECEIVER: '不是发给本单位的',
  DECRYPT_FAILED: '解密失败（文件被改动或不完整）',
  PART_HASH_MISMATCH: '内容校验值不符',
  REPLAY: '重复导入（该序号已接收）',
  GAP: '序号不连续（缺少数据包）',
  FORK: '与已接收的数据包不衔接',
  UNKNOWN_SCHEMA: '数据结构版本不支持',
};

/** The audit log: what an audit entry names as changed (the keys of ENTITY_DOMAINS in domains.ts), as the auditor reads it. */
export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  account: '账户',
  allowance_statement: '保密津贴发放表',
  approval: '审批',
  approval_request: '审批申请',
  attachment: '附件',
  audit: '审计日志清理',
  audit_log: '审计日志',
  carrier: '涉密载体',
  classification_item: '国家秘密事项',
  clearance_decision: '涉密等级审定',
  counterpart: '对方单位',
  database: '数据库',
  department: '部门',
  destruction: '销毁批次',
  exchange_package: '报送数据包',
  inventory: '清点',
  keyring: '登录密钥文件',
  leaving: '离岗离职',
  passport: '因私证照',
  person: '涉密人员',
  print: '打印',
  private_travel: '因私出国(境)',
  settings: '系统设置',
  unit: '本单位',
  unit_key: '本单位密钥',
};
