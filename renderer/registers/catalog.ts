// Every register of DOMAIN.md, in the order of the navigation, with its group and, for those this version does
// not have yet, what will bring it; its name is its page label (db/domain/labels/ PAGE_LABELS).
// `Record<RegisterId, …>` keeps it in step with the vocabulary.
import type { Action, AdminPage, RegisterId } from '../../electron/ipc/contract';

export type NavGroup = '载体与定密' | '人员' | '设备与介质' | '工作记录' | '审批与报送';

export interface RegisterEntry {
  group: NavGroup;
  /** Shown on the 尚未开放 page; absent when this version has the register. */
  comesWith?: string;
}

export const REGISTER_ENTRIES: Record<RegisterId, RegisterEntry> = {
  carriers: { group: '载体与定密' },
  classification_items: { group: '载体与定密' },
  persons: { group: '人员' },
  private_travel: { group: '人员' },
  allowance: { group: '人员' },
  classified_devices: { group: '设备与介质' },
  classified_media: { group: '设备与介质' },
  usage_logs: { group: '设备与介质' },
  repairs: { group: '设备与介质' },
  trainings: { group: '人员' },
  inspections: { group: '工作记录' },
  incidents: { group: '工作记录' },
  reviews: { group: '工作记录' },
  key_sites: { group: '工作记录' },
  committee: { group: '工作记录' },
  approvals: { group: '审批与报送' },
  exchange: { group: '审批与报送' },
  yearbook: { group: '审批与报送' },
};

export const REGISTER_IDS = Object.keys(REGISTER_ENTRIES) as RegisterId[];

export type AdminId = AdminPage;

/** Each administration page is shown to a role holding any of these actions (the core checks every call). */
export const ADMIN_ENTRIES: Record<AdminId, { anyOf: Action[] }> = {
  accounts: { anyOf: ['account:manage'] },
  settings: { anyOf: ['account:manage', 'system:manage'] },
  audit: { anyOf: ['audit:read'] },
  backup: { anyOf: ['system:manage'] },
};

export const ADMIN_IDS = Object.keys(ADMIN_ENTRIES) as AdminId[];
