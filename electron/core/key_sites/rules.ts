// The rules on 保密要害部门部位 (law art. 39, regulation art. 31) and their 出入登记. Each refusal names its
// rule; each rule has a test named after it (test/electron/core/key_sites/rules.test.ts).
import { KEY_SITE_STATUS_LABELS } from '../../../db/domain/labels';
import type { KeySiteStatus } from '../../../db/domain/vocab';
import { refuse } from '../util/refuse';

/** A place still keeping carriers cannot stop being protected: move them out first. */
export function checkRevokeEmpty(siteName: string, stored: { name: string; location: string }[]): void {
  if (!stored.length) return;
  const shown = stored
    .slice(0, 3)
    .map((c) => `《${c.name}》（${c.location}）`)
    .join('、');
  refuse(
    'key_site_revoke_with_carriers',
    `${siteName}仍存放着 ${stored.length} 件涉密载体（${shown}${stored.length > 3 ? ' 等' : ''}），须先移出或处理完毕，才能撤销要害部门部位。`,
    'siteId',
  );
}

export function checkStatus(status: KeySiteStatus, wanted: KeySiteStatus, rule: string, doing: string): void {
  if (status !== wanted) {
    refuse(rule, `该要害部门部位目前为“${KEY_SITE_STATUS_LABELS[status]}”，不能${doing}。`, 'siteId');
  }
}

/** A visitor leaves after coming in, and only once. */
export function checkVisitOut(inAt: string, outAt: string | null, newOut: string): void {
  if (outAt !== null) refuse('visit_out_once', '该来访人员已登记离开。', 'visitId');
  if (newOut < inAt)
    refuse('visit_out_after_in', `离开时间不能早于进入时间（${inAt.replace('T', ' ')}）。`, 'outAt');
}
