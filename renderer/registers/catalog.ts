// Every register of DOMAIN.md, in the order of the navigation, with its Chinese name and, for those this
// version does not have yet, what will bring it. `Record<RegisterId, …>` keeps it in step with the vocabulary.
import type { Action, RegisterId } from '../../electron/ipc/contract';

export type NavGroup = '载体与定密' | '人员' | '设备与介质' | '工作记录' | '审批与报送';

export interface RegisterEntry {
  label: string;
  group: NavGroup;
  /** Shown on the 尚未开放 page; absent when this version has the register. */
  comesWith?: string;
}

const LATER = '尚未排入开发计划，将在后续版本提供。';

export const REGISTER_ENTRIES: Record<RegisterId, RegisterEntry> = {
  carriers: { label: '涉密载体', group: '载体与定密' },
  classification_items: { label: '国家秘密事项一览表/定密', group: '载体与定密' },
  persons: { label: '涉密人员', group: '人员' },
  private_travel: { label: '因私出国(境)', group: '人员' },
  allowance: { label: '保密津贴', group: '人员' },
  classified_devices: { label: '涉密计算机及设备', group: '设备与介质', comesWith: LATER },
  classified_media: { label: '涉密移动存储介质', group: '设备与介质', comesWith: LATER },
  usage_logs: { label: '使用登记', group: '设备与介质', comesWith: LATER },
  repairs: { label: '维修', group: '设备与介质', comesWith: LATER },
  trainings: {
    label: '保密教育培训',
    group: '工作记录',
    comesWith: `个人的上岗前培训随「涉密人员」功能（issue 5）记录；单位的培训台账${LATER}`,
  },
  inspections: { label: '保密检查与整改', group: '工作记录', comesWith: LATER },
  incidents: { label: '泄密事件/违规', group: '工作记录', comesWith: LATER },
  reviews: { label: '保密审查', group: '工作记录', comesWith: LATER },
  key_sites: { label: '要害部门部位', group: '工作记录', comesWith: LATER },
  committee: { label: '保密委员会', group: '工作记录', comesWith: LATER },
  approvals: { label: '审批', group: '审批与报送' },
  exchange: { label: '报送与接收', group: '审批与报送' },
};

export const REGISTER_IDS = Object.keys(REGISTER_ENTRIES) as RegisterId[];

export type AdminId = 'accounts' | 'settings' | 'audit' | 'backup';

export interface AdminEntry {
  label: string;
  /** Shown to a role holding any of these actions (the core checks again on every call). */
  anyOf: Action[];
}

export const ADMIN_ENTRIES: Record<AdminId, AdminEntry> = {
  accounts: {
    label: '账户管理',
    anyOf: ['account:manage'],
  },
  settings: {
    label: '系统设置',
    anyOf: ['account:manage', 'system:manage'],
  },
  audit: {
    label: '审计日志',
    anyOf: ['audit:read'],
  },
  backup: {
    label: '备份与恢复',
    anyOf: ['system:manage'],
  },
};

export const ADMIN_IDS = Object.keys(ADMIN_ENTRIES) as AdminId[];
