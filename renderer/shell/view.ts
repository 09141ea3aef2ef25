// A view asked for by 前往处理: a tab and a register's filters, handed to the page it opens. The page takes it
// as it mounts (RegisterTable replaces its query with it; a page with tabs opens the tab), so the rows shown
// are the ones the reminder counted, whatever search or filter the clerk left there before.
import type { PageId, ReminderView } from '../../electron/ipc/contract';
import { pageRoute } from './nav';
import { navigate } from './route';

let pending: { page: PageId; view: ReminderView; at: number } | null = null;
/** A view not taken this soon after it was asked for belongs to a page that did not open (a refused route). */
const FRESH_MS = 3000;

function current(page: string): ReminderView | null {
  if (!pending || pending.page !== page || Date.now() - pending.at > FRESH_MS) return null;
  return pending.view;
}

export function openView(page: PageId, view?: ReminderView): void {
  pending = view ? { page, view, at: Date.now() } : null;
  navigate(pageRoute(page));
}

/** The tab the view asks of `page`, if any (the view stays for the register table inside it). */
export function viewTab(page: string): string | undefined {
  return current(page)?.tab;
}

/** The filters the view sets on `page`'s register, once: the next mount keeps the clerk's own query. */
export function takeViewFilters(page: string): Record<string, string> | null {
  const view = current(page);
  if (!view?.filters) return null;
  pending = null;
  return view.filters;
}
