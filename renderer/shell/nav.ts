// What the navigation offers this role: registers need register:read; admin pages their own actions.
import type { Action } from '../../electron/ipc/contract';
import {
  ADMIN_ENTRIES,
  ADMIN_IDS,
  REGISTER_ENTRIES,
  REGISTER_IDS,
  type NavGroup,
} from '../registers/catalog';

export interface NavItem {
  route: string;
  label: string;
  group: NavGroup | '系统管理' | null;
}

export function navItems(actions: Action[]): NavItem[] {
  const items: NavItem[] = [{ route: 'home', label: '首页', group: null }];
  if (actions.includes('register:read')) {
    for (const id of REGISTER_IDS) {
      const e = REGISTER_ENTRIES[id];
      items.push({ route: `reg/${id}`, label: e.label, group: e.group });
    }
  }
  for (const id of ADMIN_IDS) {
    const e = ADMIN_ENTRIES[id];
    if (e.anyOf.some((a) => actions.includes(a)))
      items.push({ route: `admin/${id}`, label: e.label, group: '系统管理' });
  }
  items.push({ route: 'password', label: '修改密码', group: '系统管理' });
  return items;
}

/** Where a reminder's `target` takes the clerk. */
export const REMINDER_ROUTES: Record<string, string> = {
  system: 'admin/backup',
  password: 'password',
  carriers: 'reg/carriers',
  inventory: 'reg/carriers',
  review: 'reg/classification_items',
};
