// 批量归还 from the register table (one call, all or nothing) and 编辑 from the carrier drawer, in Chromium over
// a real encrypted database.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/audit';
import type { CarrierDetail } from '../../electron/ipc/contract';
import type { Bridge } from '../../scripts/chromium-bridge';
import { lendCopy12, received } from '../electron/core/carriers/helpers';
import { ARCHIVES_IN_RANGE, onStaff } from '../electron/core/carriers/staff';
import { callsOn } from '../helpers/calls';
import { CLERK, login, shot, startApp } from './app';

const NAMES = ['关于做好2026年度保密检查工作的通知', '保密工作要点', '涉密人员管理办法'];

/** Carriers registered (and, when asked, copy 12 lent) through the dispatcher before the clerk logs in. */
async function seed({ dispatcher }: Bridge, names: string[], lend: boolean): Promise<CarrierDetail[]> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatcher.dispatch(channel as 'carriers:get', input as { id: number });
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as T;
  };
  await call('session:unlock', { username: CLERK.username, password: CLERK.password });
  // 赵敏 borrows: a 涉密人员 in post, her 档案科 in the 知悉范围.
  if (lend) await onStaff(callsOn(dispatcher));
  const out: CarrierDetail[] = [];
  for (const name of names) {
    const c = await call<CarrierDetail>('carriers:register', received({ name, ...ARCHIVES_IN_RANGE }));
    if (lend) await call('carriers:borrow', lendCopy12(c.id));
    out.push(c);
  }
  await call('session:lock', {});
  return out;
}

/** Let antd's open/close animations finish, so a screenshot shows the screen as the clerk sees it. */
const settled = (page: Bridge['page']) =>
  page.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((a) => a.finished)).then(() => undefined),
  );

const modal = (bridge: Bridge, title: string) =>
  bridge.page
    .locator('.ant-modal-container')
    .filter({ has: bridge.page.locator('.ant-modal-title', { hasText: title }) });

describe('carrier batch actions and edits in Chromium', () => {
  it('批量归还 returns every ticked carrier in one call', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, core } = bridge;
    const carriers = await seed(bridge, NAMES, true);
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByText('共 3 条').waitFor();
    // The drawer finds each carrier's approvals by subject.
    await page.locator('.ant-table-row', { hasText: NAMES[1] }).focus();
    await page.keyboard.press('Enter');
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('审批（1）').waitFor();
    await drawer.getByText(/借阅 · 李建国（办公室主任）/).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    expect(await page.locator('.ant-table-row', { hasText: '借出' }).count()).toBe(3);
    const audits = verifyAuditChain(core.session().db).count;
    for (const c of carriers) {
      await page
        .locator('.ant-table-row', { hasText: c.carrierNo })
        .locator('input[type="checkbox"]')
        .check();
    }
    await page.getByText('已选 3 件').waitFor();
    await page.getByRole('button', { name: '批量归还' }).click();
    const confirm = page.locator('.ant-modal-confirm', { hasText: '归还 3 件载体的全部借出份' });
    await confirm.waitFor();
    await settled(page);
    await shot(page, 'carriers-batch-return-confirm');
    await confirm
      .getByRole('button', { name: '归 还' })
      .or(confirm.getByRole('button', { name: '归还' }))
      .click();
    await page.getByText('已归还 3 件载体，共 3 份。').waitFor();
    await expect.poll(() => page.locator('.ant-table-row', { hasText: '在管' }).count()).toBe(3);
    await settled(page);
    await shot(page, 'carriers-batch-return-done');

    for (const c of carriers) {
      const r = await bridge.dispatcher.dispatch('carriers:get', { id: c.id });
      expect(r.ok && (r.value as CarrierDetail).status).toBe('in_custody');
    }
    // One transaction, one audit entry for the whole batch.
    expect(verifyAuditChain(core.session().db).count).toBe(audits + 1);
    const last = core.session().db.$client.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1');
    expect(last.get()).toEqual({ action: 'carrier_return_batch' });
  });

  it('编辑 corrects 名称 and 存放位置: the drawer, the register row and the history follow', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    const [c] = await seed(bridge, [NAMES[0] ?? ''], false);
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.locator('.ant-table-row', { hasText: c?.carrierNo ?? '' }).focus();
    await page.keyboard.press('Enter');
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('机要室3号保密柜').waitFor();
    await drawer.locator('.carrier-actions').getByRole('button', { name: '编辑', exact: true }).click();

    const form = modal(bridge, '编辑：');
    await form.waitFor();
    // Prefilled with what is registered.
    expect(await form.getByLabel('名称', { exact: true }).inputValue()).toBe(NAMES[0]);
    expect(await form.getByLabel('存放位置').inputValue()).toBe('机要室3号保密柜');
    expect(await form.getByLabel('文号').inputValue()).toBe('省保办〔2026〕12号');
    await form.getByText('密级（机密）、保密期限和知悉范围通过“变更”“解密”办理').waitFor();

    // The core's VALIDATION lands on the field.
    await form.getByLabel('存放位置').fill('柜'.repeat(101));
    await form.getByLabel('修改原因').fill('登记时名称有误');
    await form
      .getByRole('button', { name: '保 存' })
      .or(form.getByRole('button', { name: '保存' }))
      .click();
    await form.locator('.ant-form-item-explain-error', { hasText: '存放位置不能超过 100 个字' }).waitFor();
    await shot(page, 'carriers-edit-form-error');

    await form.getByLabel('名称', { exact: true }).fill('关于做好2026年度保密自查工作的通知');
    await form.getByLabel('存放位置').fill('机要室2号柜');
    // The core's error goes once the field is changed.
    await form.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await shot(page, 'carriers-edit-form');
    await form
      .getByRole('button', { name: '保 存' })
      .or(form.getByRole('button', { name: '保存' }))
      .click();
    await form.waitFor({ state: 'hidden' });

    await drawer.getByText('关于做好2026年度保密自查工作的通知').first().waitFor();
    await drawer.getByText('机要室2号柜').waitFor();
    const edited = drawer
      .locator('.ant-timeline-item', { hasText: '修改' })
      .filter({ hasText: '名称、存放位置（登记时名称有误）' });
    await edited.scrollIntoViewIfNeeded();
    await shot(page, 'carriers-edit-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('.ant-table-row', { hasText: '关于做好2026年度保密自查工作的通知' }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: NAMES[0] }).count()).toBe(0);

    // Only the changed fields were sent: the history row holds exactly those two.
    const r = await bridge.dispatcher.dispatch('carriers:get', { id: c?.id ?? 0 });
    const edit = r.ok ? (r.value as CarrierDetail).history.at(-1) : undefined;
    expect(edit).toMatchObject({ kind: 'edit' });
    expect(Object.keys((edit?.detail as { after: object }).after).sort()).toEqual(['location', 'name']);
  });
});
