// What the navigation offers this role: registers need register:read; admin pages their own actions. Every page
// a reminder may name has its route here, so a reminder's 前往处理 always has somewhere to go.
import { PAGE_LABELS } from '../../db/domain/labels';
import { ADMIN_PAGES, REGISTERS } from '../../db/domain/vocab';
import type { Action, AdminPage, PageId, RegisterId } from '../../electron/ipc/contract';
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

const isRegister = (p: PageId): p is RegisterId => REGISTERS.some((r) => r.id === p);
const isAdminPage = (p: PageId): p is AdminPage => (ADMIN_PAGES as readonly string[]).includes(p);

/** The route of a page (a reminder's target, a navigation entry). Total over PageId: a new kind of page fails to compile here. */
export function pageRoute(page: PageId): string {
  if (isRegister(page)) return `reg/${page}`;
  if (isAdminPage(page)) return `admin/${page}`;
  if (page === 'password') return 'password';
  const unknown: never = page;
  return unknown;
}

export function navItems(actions: Action[]): NavItem[] {
  const items: NavItem[] = [{ route: 'home', label: '首页', group: null }];
  if (actions.includes('register:read')) {
    for (const id of REGISTER_IDS)
      items.push({ route: pageRoute(id), label: PAGE_LABELS[id], group: REGISTER_ENTRIES[id].group });
  }
  for (const id of ADMIN_IDS) {
    if (ADMIN_ENTRIES[id].anyOf.some((a) => actions.includes(a)))
      items.push({ route: pageRoute(id), label: PAGE_LABELS[id], group: '系统管理' });
  }
  items.push({ route: pageRoute('password'), label: PAGE_LABELS.password, group: '系统管理' });
  return items;
}
