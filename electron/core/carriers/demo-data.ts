// Word pools for the demo carriers: issuers, topics, departments and names as a unit's register shows them.
import type { CarrierLevel, CarrierType } from '../../../db/domain/vocab';

export const TOPICS = [
  '加强保密管理工作',
  '2026年度保密检查',
  '涉密人员管理',
  '重点项目建设',
  '机构编制调整',
  '突发事件应急处置预案',
  '干部任免',
  '年度财政预算安排',
  '安全生产督查',
  '信息化建设规划',
  '国防动员工作',
  '边境管控措施',
  '重要会议筹备',
  '统计数据核查',
  '重大活动安全保卫',
  '档案数字化',
  '网络安全专项检查',
  '涉密载体清查',
  '保密要害部门部位调整',
  '对外合作项目',
];
export const DOC_KINDS = [
  '通知',
  '报告',
  '请示',
  '意见',
  '实施方案',
  '批复',
  '会议纪要',
  '函',
  '工作要点',
  '情况通报',
];
export const ISSUERS: [string, string][] = [
  ['省保密办', '省保办'],
  ['市委办公室', '市委办'],
  ['市政府办公室', '市政办'],
  ['省国家安全厅', '省安厅'],
  ['市公安局', '市公发'],
  ['市发展改革委', '市发改'],
  ['省档案局', '省档'],
  ['市国动办', '市动办'],
];
export const DEPARTMENTS = [
  '办公室',
  '机要科',
  '档案科',
  '人事科',
  '财务科',
  '业务一科',
  '业务二科',
  '信息中心',
  '保密办',
  '法规科',
];
export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
export const GIVEN = [
  '丽',
  '伟',
  '芳',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建国',
  '志强',
  '海燕',
  '晓东',
  '国庆',
  '春梅',
  '立新',
];
/** 不同密级不得混放, 绝密 in the safe: each level has its own places (storage.ts warns on anything else). */
export const LOCATIONS: Record<CarrierLevel, string[]> = {
  top_secret: ['保密室保险柜', '机要室1号保密柜'],
  secret: ['机要室2号保密柜', '机要室3号保密柜'],
  confidential: ['机要室5号保密柜', '档案室密集架A区'],
  commercial_core: ['机要室7号保密柜'],
  commercial_general: ['机要室8号保密柜'],
  work_secret: ['科室文件柜'],
  internal: ['科室文件柜'],
};
export const WITNESSES = ['张伟', '刘芳', '陈静', '杨洋', '黄磊'];
export const LEADERS = ['李建国', '陈国庆', '周立新'];

export const TYPES: [CarrierType, number][] = [
  ['paper', 80],
  ['cd', 6],
  ['usb', 6],
  ['disk', 3],
  ['tape', 1],
  ['sample', 2],
  ['other', 2],
];
export const LEVELS: [CarrierLevel, number][] = [
  ['top_secret', 4],
  ['secret', 34],
  ['confidential', 50],
  ['work_secret', 6],
  ['internal', 6],
];
export const YEARS: Record<string, number[]> = {
  top_secret: [30, 20, 15],
  secret: [20, 10, 5],
  confidential: [10, 5, 2],
  work_secret: [3, 2, 1],
  internal: [2, 1],
};
