// The carrier lifecycle through the screens, in Chromium over a real encrypted database: register a received
// 机密 document with two copies, lend one and take it back, copy it with an approval, count everything, and
// destroy one copy before two witnesses — with a screenshot of each screen.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import type { Page } from 'playwright-core';
import type { CarrierDetail } from '../../electron/ipc/contract';
import { login, pickName, shot, startApp, UNIT } from './app';
import { pagePdf, pdfText } from './pdf';

const NAME = '关于做好2026年度保密检查工作的通知';

function isoDay(offset = 0): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** An open modal by its title (antd's dialog role carries no accessible name here). */
const dialog = (page: Page, title: string | RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

async function paperApproval(page: Page, dlg: ReturnType<typeof dialog>) {
  await pickName(page, dlg, '审批人', '李建国', { unregistered: true });
  await dlg.getByLabel('审批人职务').fill('办公室主任');
  await dlg.getByLabel('审批日期').fill(isoDay());
  await dlg.getByLabel('审批单文号').fill('保审〔2026〕8号');
}

/** The print preview as an A4 PDF; its text without whitespace (pdftotext drops the gaps between CJK glyphs). */
async function printed(page: Page, title: string, name: string): Promise<string> {
  await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, `carriers-print-${name}`);
  const flat = pdfText(await pagePdf(page, `carriers-pdf-${name}`, 60));
  expect(flat).toContain(UNIT.name);
  expect(flat).toContain(title);
  expect(flat).toMatch(/第1页共\d+页/);
  expect(flat).not.toContain('返回');
  return flat;
}

async function drawerAction(page: Page, label: string) {
  await page.locator('.carrier-actions').getByRole('button', { name: label, exact: true }).click();
}

describe('carrier lifecycle in Chromium', () => {
  it('registers, lends, returns, copies, counts and destroys through the forms', async () => {
    const { page, dispatcher } = await startApp({ setUp: true });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByText('尚未登记任何涉密载体').waitFor();

    // 登记 (收文) with 签收 counts.
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const reg = dialog(page, '登记涉密载体');
    await reg.waitFor();
    await reg.getByLabel('名称', { exact: true }).fill(NAME);
    await reg.getByLabel('文号', { exact: true }).fill('省保办〔2026〕12号');
    await reg.getByLabel('来文/发文单位').fill('省保密办');
    // 机密 on this 秘密 PC: chosen, with the warning beside it.
    await reg.getByLabel('密级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '机密' }).click();
    await reg.getByLabel('年', { exact: true }).fill('10');
    await reg.getByLabel('制发日').fill(isoDay(-20));
    const range = reg.getByLabel('知悉范围');
    await range.fill('办公室');
    await range.press('Enter');
    await reg.getByLabel('份数', { exact: true }).fill('2');
    await reg.getByLabel('所属部门').fill('办公室');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: '使用未登记的名称「办公室」',
      })
      .click();
    await reg.getByLabel('存放位置').fill('机要室3号保密柜');
    expect(await reg.getByLabel('清点份数').inputValue()).toBe('2');
    await shot(page, 'carriers-register-form');
    await reg.getByRole('button', { name: '登记', exact: true }).click();

    // The drawer opens on the new carrier: two copies in custody, the 登记 in its history.
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText(`${NAME}`).first().waitFor();
    await expect.poll(() => drawer.locator('.ant-table-row').count()).toBe(2);
    expect(await drawer.locator('.level-tag').first().textContent()).toBe('机密');
    await shot(page, 'carriers-detail');

    // 借阅 copy 1 with a paper approval; first without the approval: the form asks for it (a 机密 loan needs one,
    // so its 审批人 is marked required).
    await drawerAction(page, '借阅');
    const borrow = dialog(page, /^借阅/);
    await borrow.getByLabel('1号（在管·王丽）').check();
    await pickName(page, borrow, '借阅人姓名', '张伟', { unregistered: true });
    await pickName(page, borrow, '借阅人部门', '机要科', { unregistered: true });
    await borrow.getByLabel('应还日期').fill(isoDay(7));
    await borrow.getByRole('button', { name: '借出' }).click();
    await borrow.locator('.ant-form-item-explain-error', { hasText: '请填写审批人' }).waitFor();
    await paperApproval(page, borrow);
    await shot(page, 'carriers-borrow-form');
    await borrow.getByRole('button', { name: '借出' }).click();
    // 张伟 of 机要科 is outside the 知悉范围 (办公室) and not in the personnel register: both reasons show at the
    // 例外理由, where the approver's exception is recorded.
    const why = borrow.locator('.ant-form-item-explain-error', { hasText: '不在知悉范围（办公室）内' });
    await why.waitFor();
    expect(await why.textContent()).toContain('机要科 张伟不是本单位登记的涉密人员');
    await why.scrollIntoViewIfNeeded();
    await shot(page, 'carriers-borrow-exception');
    await borrow.getByLabel('例外理由').fill('机要科起草整改方案，经办公室主任同意');
    await borrow.getByRole('button', { name: '借出' }).click();
    await borrow.waitFor({ state: 'hidden' });
    // The exception stays on the history line of the loan.
    await drawer.getByText('例外借阅：机要科起草整改方案，经办公室主任同意').waitFor();
    await drawer.getByRole('cell', { name: '张伟（机要科）' }).waitFor();
    // The ledger behind the drawer follows each write by itself (the change events): its row says 借出.
    const ledgerRow = page.locator('.register-table .ant-table-row', { hasText: NAME });
    await ledgerRow.getByText('借出', { exact: true }).waitFor();
    await ledgerRow.getByText(`应还 ${isoDay(7)}`).waitFor();

    // 归还.
    await drawerAction(page, '归还');
    const ret = dialog(page, /^归还/);
    await ret.getByRole('button', { name: '归还' }).click();
    await ret.waitFor({ state: 'hidden' });
    await expect.poll(() => drawer.getByText('借出').count()).toBe(0);
    await expect.poll(() => ledgerRow.getByText('借出').count()).toBe(0);
    expect(await ledgerRow.getByText('应还').count()).toBe(0);

    // 复制 with approval: a new carrier, the original's history names it.
    await drawerAction(page, '复制');
    const copy = dialog(page, /^复制/);
    await copy.getByLabel('复制用途').fill('供机要科学习传达');
    await paperApproval(page, copy);
    await shot(page, 'carriers-copy-form');
    await copy.getByRole('button', { name: '复制并登记' }).click();
    await copy.waitFor({ state: 'hidden' });
    await drawer.locator('.ant-timeline-item', { hasText: '复制' }).first().waitFor();
    // The copy is a new carrier: the ledger's count follows while the drawer is still open.
    await page.locator('.register-total').getByText('共 2 条').waitFor();
    await shot(page, 'carriers-detail-history');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByText('共 2 条').waitFor();
    await shot(page, 'carriers-register');

    // 清点 of everything: three copies, all present, closed with a report.
    await page.getByRole('tab', { name: '清点' }).click();
    await page.getByRole('button', { name: '开始清点' }).click();
    const start = dialog(page, '开始清点');
    await start.getByRole('button', { name: '开始清点' }).click();
    await start.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /未清点的全部记为在位（3）/ }).click();
    await page.getByText('在位 3，缺失 0').first().waitFor();
    await shot(page, 'carriers-inventory');
    await page.getByRole('button', { name: '结束清点' }).click();
    const close = dialog(page, /^结束清点/);
    await close.getByRole('button', { name: '结束并生成报告' }).click();
    await close.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '已结束' }).waitFor();

    // 销毁 copy 2 of the original as a batch from the table: the same witness twice is refused, two are taken.
    await page.getByRole('tab', { name: '台账' }).click();
    const row = page.locator('.ant-table-row', { hasText: '收2026-00001' });
    await row.first().locator('input[type="checkbox"]').check();
    await page.getByRole('button', { name: '批量销毁' }).click();
    const destroy = dialog(page, /^销毁/);
    await destroy.getByLabel('1号（在管）').uncheck();
    await destroy.getByLabel('销毁地点').fill('机要室');
    await destroy.getByLabel('销毁原因').fill('已传达完毕，无保存价值');
    await pickName(page, destroy, '销毁人', '王丽', { unregistered: true });
    await pickName(page, destroy, '监销人1', '赵敏', { unregistered: true });
    await pickName(page, destroy, '监销人2', '赵敏', { unregistered: true });
    await paperApproval(page, destroy);
    await destroy.getByRole('button', { name: '销毁并登记' }).click();
    await destroy.getByText('监销人须为两名不同的人员').first().waitFor();
    await pickName(page, destroy, '监销人2', '孙强', { unregistered: true });
    await shot(page, 'carriers-destroy-form');
    await destroy.getByRole('button', { name: '销毁并登记' }).click();
    await destroy.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '销毁记录' }).click();
    await page.getByRole('cell', { name: '赵敏、孙强' }).waitFor();
    await shot(page, 'carriers-destructions');

    // 销毁审批表/清单 of the batch, with both witnesses and their signature lines.
    const year = new Date().getFullYear();
    await page.getByRole('button', { name: '打印审批表/清单' }).click();
    const sheet = await printed(page, '涉密载体销毁审批表', 'destruction');
    expect(sheet).toContain('赵敏');
    expect(sheet).toContain('孙强');
    expect(sheet).toContain('监销人');
    expect(sheet).toContain('收2026-00001');
    expect(sheet).toMatch(new RegExp(`${year}年\\d{1,2}月\\d{1,2}日`));
    await page.getByRole('button', { name: /返回/ }).click();

    // 涉密载体台账 of the current view, and the 借阅登记表.
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: /打印/ }).hover();
    await page.getByRole('menuitem', { name: '涉密载体台账（当前筛选）' }).click();
    const ledger = await printed(page, '涉密载体台账', 'ledger');
    expect(ledger).toContain('复2026-00001');
    expect(ledger).toContain('共2条');
    await page.goto(page.url().replace(/#.*$/, '#/print/carrier-borrows'));
    const borrows = await printed(page, '涉密载体借阅登记表', 'borrows');
    expect(borrows).toContain('张伟');
    expect(borrows).toContain('李建国');

    // The core agrees with what the screens showed.
    const list = await dispatcher.dispatch('carriers:list', { search: '省保办' });
    if (!list.ok) throw new Error(list.error.message);
    const original = (list.value as { rows: { id: number; source: string }[] }).rows.find(
      (r) => r.source === 'received',
    );
    const got = await dispatcher.dispatch('carriers:get', { id: original?.id ?? 0 });
    if (!got.ok) throw new Error(got.error.message);
    const c = got.value as CarrierDetail;
    expect(c.copies.map((k) => [k.copyNo, k.status])).toEqual([
      [1, 'in_custody'],
      [2, 'destroyed'],
    ]);
    await page.goto(page.url().replace(/#.*$/, `#/print/carrier-copies-${c.id}`));
    const copies = await printed(page, '涉密载体复制登记表', 'copies');
    expect(copies).toContain('供机要科学');
    expect(copies).toContain('复2026-00001');
    expect(c.history.map((h) => h.kind)).toEqual(
      expect.arrayContaining(['register', 'borrow', 'return', 'copy', 'destroy']),
    );
    const counted = await dispatcher.dispatch('inventory:list', {});
    if (!counted.ok) throw new Error(counted.error.message);
    const inv = (counted.value as { rows: { status: string; report: { present: number } }[] }).rows[0];
    expect(inv).toMatchObject({ status: 'closed', report: { present: 3 } });
  }, 180_000);

  it('keeps the 国家秘密事项一览表, records the yearly review, searches two characters and exports the view', async () => {
    const { page, dispatcher } = await startApp({ setUp: true });
    await login(page);
    await page.getByRole('menuitem', { name: '国家秘密事项一览表/定密', exact: true }).click();
    await page.getByText('尚未列入任何国家秘密事项').waitFor();
    await page.getByRole('button', { name: /新增事项/ }).click();
    const item = dialog(page, '新增国家秘密事项');
    await item.getByLabel('事项名称').fill('年度保密检查方案');
    await item.getByLabel('年', { exact: true }).fill('10');
    await pickName(page, item, '定密责任人', '刘洋', { unregistered: true });
    await item.getByLabel('事项名称').press('Enter');
    await item.waitFor({ state: 'hidden' });
    await page.locator('.ant-table-row', { hasText: '年度保密检查方案' }).waitFor();
    await shot(page, 'carriers-classification-items');

    // Two carriers whose terms end within the warning window: both come up for review.
    for (const name of ['保密检查通知', '保密工作要点']) {
      const r = await dispatcher.dispatch('carriers:register', {
        source: 'received',
        type: 'paper',
        name,
        level: 'secret',
        term: { kind: 'until_date', until: isoDay(10) },
        issuedOn: isoDay(-300),
        registeredOn: isoDay(-290),
        needToKnow: ['办公室'],
        copyCount: 1,
        department: '办公室',
        custodian: '王丽',
        receipt: { signedBy: '王丽', countedCopies: 1 },
      });
      if (!r.ok) throw new Error(r.error.message);
    }
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('tab', { name: '年度定密审核' }).click();
    await page.getByRole('cell', { name: '保密检查通知' }).waitFor();
    await page.getByRole('button', { name: '全选本页' }).click();
    await page.getByRole('button', { name: '审核所选（2）' }).click();
    const review = dialog(page, /^年度定密审核/);
    await pickName(page, review, '承办人', '王丽', { unregistered: true });
    await pickName(page, review, '定密责任人', '刘洋', { unregistered: true });
    await review.getByLabel('审核意见').fill('仍需保密，维持原定密');
    await review.getByLabel('书面通知对象').fill('办公室');
    await shot(page, 'carriers-review');
    await review.getByRole('button', { name: '记录审核结论' }).click();
    // These were classified by another authority: the core refuses our own 定密责任人 and says why.
    await review.getByText('由原定密机关或其上级机关决定').first().waitFor();
    await shot(page, 'carriers-review-refused');
    await review.getByLabel('原定密机关').check();
    await review.getByLabel('原定密机关', { exact: true }).last().fill('省保密办');
    await review.getByLabel('通知文号', { exact: true }).fill('省保办〔2026〕30号');
    await review.getByRole('button', { name: '记录审核结论' }).click();
    await review.waitFor({ state: 'hidden' });
    await page.getByText('已记录 2 项审核结论').waitFor();

    // 载体设置: asking less than the law's clearance is refused beside its field; the unit lists its safe places.
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: /载体设置/ }).click();
    const settings = dialog(page, '载体设置');
    const choose = async (label: string, option: string) => {
      await settings.getByLabel(label).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
    };
    await choose('借阅机密级载体', '一般涉密人员及以上');
    await settings.getByRole('button', { name: '保存设置' }).click();
    await settings.getByText('借阅机密级载体至少须为重要涉密人员，不能放宽').first().waitFor();
    await choose('借阅机密级载体', '核心涉密人员');
    const places = settings.getByLabel(/保密存放场所/);
    await places.fill('机要室1号保密柜');
    await places.press('Enter');
    await shot(page, 'carriers-settings');
    await settings.getByRole('button', { name: '保存设置' }).click();
    await settings.waitFor({ state: 'hidden' });
    const saved = await dispatcher.dispatch('carriers:settings', {});
    expect(saved.ok && saved.value).toMatchObject({
      lendClearance: { top_secret: 'core', secret: 'core', confidential: 'general' },
      safePlaces: ['保密室', '保密柜', '保险柜', '密码柜', '机要室1号保密柜'],
    });

    // Two-character search from the keyboard, then the export of exactly that view.
    const search = page.getByLabel('搜索');
    await search.focus();
    await page.keyboard.type('要点');
    await page.keyboard.press('Enter');
    await page.getByText('共 1 条').waitFor();
    const dir = tempDir('baomi-export-');
    await page.getByRole('button', { name: /导出 xlsx/ }).click();
    const exp = dialog(page, /导出为 Excel/);
    await exp.getByLabel(/保存位置/).fill(dir);
    await shot(page, 'carriers-export');
    await exp.getByLabel(/保存位置/).press('Enter');
    await page.getByText(/已导出 1 条记录/).waitFor();
    expect(readdirSync(dir).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);

    // 延期 past the level's maximum (机密: 20 years from 制发日): the form says so beforehand, the core refuses
    // it until the 另有规定 is recorded, and the drawer's 定密记录 then shows on which basis.
    await page.locator('.register-table .ant-table-row', { hasText: '保密工作要点' }).dblclick();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('保密工作要点').first().waitFor();
    await drawerAction(page, '延期');
    const ext = dialog(page, /^延期/);
    await ext.getByText(/机密级最长 20 年/).waitFor();
    await ext.getByLabel('年', { exact: true }).fill('21');
    await ext.getByLabel('原定密机关').check();
    await ext.getByLabel('原定密机关', { exact: true }).last().fill('省保密办');
    await ext.getByLabel('通知文号', { exact: true }).fill('省保办〔2026〕31号');
    await ext.getByLabel('理由', { exact: true }).fill('相关工作仍在进行');
    await ext.getByRole('button', { name: '延期', exact: true }).click();
    await ext
      .getByText(/确有另有规定的/)
      .first()
      .waitFor();
    await ext.getByLabel('超过法定最长期限（须有另有规定）').check();
    await ext.getByLabel('另有规定依据').fill('某行业国家秘密保密期限特别规定第五条');
    await ext.getByLabel('批准机关').fill('国家保密局');
    await ext.getByLabel('批准文件文号').fill('国保函〔2026〕21号');
    await ext.getByLabel('批准日期').fill(isoDay());
    await shot(page, 'carriers-extend-beyond-max');
    await ext.getByRole('button', { name: '延期', exact: true }).click();
    await ext.waitFor({ state: 'hidden' });
    await drawer.getByText(/超过法定最长期限（至 \d{4}-\d{2}-\d{2}），依据某行业/).waitFor();
    await shot(page, 'carriers-extend-history');
  }, 120_000);
});
