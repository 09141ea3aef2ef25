// The device prints not walked by devices.test.ts, laid out as A4 PDFs and read back with pdftotext (issue 14 point
// 8): 设备维修审批表 of a 现场维修 with its 旁站陪同人, 携带外出审批表, 使用登记簿 with its 打印登记 lines and
// 存储介质台账, 存储介质借用登记表 — and 批量归还 of two U盘 from the media register, in Chromium over a real encrypted database.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postedPerson } from '../electron/core/persons/helpers';
import { login, pickName, shot, startApp, UNIT } from './app';
import { ok } from './persons-data';
import { pagePdf, pdfText } from './pdf';

const approval = (decidedAt: string) => ({
  approver: { type: 'person', name: '李建国', title: '办公室主任' },
  decidedAt,
  documentNo: '保审〔2026〕30号',
});

/** The print on screen, then as an A4 PDF: its text without whitespace. */
async function printed(page: Page, title: string, name: string): Promise<string> {
  await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, `devices-print-${name}`);
  const flat = pdfText(await pagePdf(page, `devices-pdf-${name}`, 60));
  for (const t of [UNIT.name, title]) expect(flat).toContain(t);
  expect(flat).not.toContain('返回打印');
  return flat;
}

async function fromDrawer(page: Page, item: string) {
  await page.locator('.ant-drawer-open .ant-drawer-extra').getByRole('button', { name: /打印/ }).hover();
  await page.locator('.ant-dropdown:visible').getByText(item, { exact: true }).click();
}

describe('device prints and 批量归还 in Chromium', () => {
  it('prints the repair form with its escort, the carrying-out form, the usage book and the media ledger', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).waitFor();
    const call = <T = never>(c: string, i: unknown) => ok<T>(bridge, c, i);
    const zhou = await postedPerson({ call } as never, { name: '周杰' });
    const pc = await call<{ id: number }>('devices:register', {
      family: 'device',
      deviceNo: 'BJ-020',
      kind: 'laptop',
      class: 'classified',
      level: 'secret',
      brandModel: '联想 昭阳 K4e',
      diskSerials: ['S4EVNF0M800020'],
      custodianId: zhou.id,
      location: '办公楼 302',
      registeredOn: '2026-11-02',
    });
    const media: number[] = [];
    for (const deviceNo of ['U-031', 'U-032']) {
      const m = await call<{ id: number }>('devices:register', {
        family: 'medium',
        deviceNo,
        kind: 'usb',
        class: 'classified',
        level: 'secret',
        serialNo: `SN-${deviceNo}`,
        capacity: '32GB',
        custodianId: zhou.id,
        registeredOn: '2026-11-02',
      });
      media.push(m.id);
    }
    // U-031 lent to 周杰's laptop and checked back by 王丽: a line of the 借用登记表.
    await call('devices:borrow', {
      deviceId: media[0],
      borrowerId: zhou.id,
      reason: '拷贝会议材料',
      connectDeviceId: pc.id,
      contentLevel: 'secret',
      lentOn: '2026-11-20',
      dueOn: '2026-11-25',
      approval: approval('2026-11-19'),
    });
    await call('devices:return', {
      deviceId: media[0],
      returnedOn: '2026-11-24',
      checkerName: '王丽',
      checkResult: '已清除，无残留',
    });
    await call('devices:repair', {
      deviceId: pc.id,
      mode: 'onsite',
      fault: '键盘失灵',
      startedOn: '2026-11-05',
      vendor: '某市保密技术服务中心',
      vendorQualified: true,
      agreementSigned: true,
      escortName: '王丽',
      approval: approval('2026-11-05'),
    });
    await call('devices:repairDone', { deviceId: pc.id, returnedOn: '2026-11-05', result: '更换键盘' });
    await call('devices:carryOut', {
      deviceId: pc.id,
      carrierId: zhou.id,
      destination: '省保密局',
      reason: '汇报工作',
      startedOn: '2026-11-10',
      dueOn: '2026-11-12',
      approval: approval('2026-11-09'),
    });
    await call('devices:return', {
      deviceId: pc.id,
      returnedOn: '2026-11-12',
      checkerName: '王丽',
      checkResult: '封条完好，无新增外联记录',
    });
    await call('devices:addUsage', {
      deviceId: pc.id,
      userId: zhou.id,
      startedAt: '2026-11-16 09:00',
      endedAt: '2026-11-16 11:00',
      purpose: '起草并打印通知',
      maxLevel: 'secret',
      burns: 1,
      printLines: [
        {
          name: '关于保密检查的通知',
          docNo: '保办〔2026〕3号',
          level: 'secret',
          copies: 3,
          pagesEach: 4,
          approver: '李建国',
          handler: '周杰',
        },
      ],
    });

    // 批量归还: both U盘 ticked on the media register, taken back in one go.
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).click();
    for (const no of ['U-031', 'U-032']) {
      await page.locator('.ant-table-row', { hasText: no }).locator('input[type="checkbox"]').check();
    }
    await page.getByText('已选 2 件').waitFor();
    await page.getByRole('button', { name: '批量归还' }).click();
    const give = page
      .locator('.ant-modal-container')
      .filter({ has: page.locator('.ant-modal-title', { hasText: /^归还入库：/ }) });
    const title = await give.locator('.ant-modal-title').textContent();
    expect(title).toContain('U-031');
    expect(title).toContain('U-032');
    await pickName(page, give, '接收人', '王丽', { unregistered: true });
    await shot(page, 'devices-batch-give-back');
    await give
      .getByRole('button', { name: /归还|确定|保存/ })
      .last()
      .click();
    await give.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.ant-table-row', { hasText: '在库' }).count()).toBe(2);
    await shot(page, 'devices-batch-give-back-done');
    expect(await call<{ id: number }[]>('devices:heldBy', { personId: zhou.id })).toHaveLength(1);

    // 存储介质台账.
    await page.getByRole('button', { name: /打印存储介质台账/ }).click();
    const ledger = await printed(page, '存储介质台账', 'media-ledger');
    for (const t of ['U-031', 'U-032', 'SN-U-031', '介质类型', '在库', '保密员（签字）']) {
      expect(ledger).toContain(t);
    }
    await page.goBack();

    // 存储介质借用登记表: the loan with its connected device and its return check.
    await page.getByRole('button', { name: /打印借用登记表/ }).click();
    const loans = await printed(page, '存储介质借用登记表', 'loan-book');
    for (const t of [
      'U-031',
      'BJ-020/机密',
      '2026年11月25日',
      '周杰',
      '2026年11月24日',
      '清除，无残留',
      '王丽',
      '使用人签字',
    ]) {
      expect(loans).toContain(t);
    }
    expect(loans).not.toContain('U-032');
    await page.goBack();

    // The devices register: an internet PC beside the laptop; the search finds the laptop by its disk's serial
    // number and by its 责任人, the 类别 shows the 工作机/上网机 split.
    await call('devices:register', {
      family: 'device',
      deviceNo: 'HL-001',
      kind: 'desktop',
      class: 'internet',
      brandModel: '联想 启天 M430',
      registeredOn: '2026-11-02',
    });
    await page.getByRole('menuitem', { name: '涉密计算机及设备', exact: true }).click();
    await page.getByText('共 2 条').waitFor();
    await page
      .locator('.register-table .ant-table-row', { hasText: 'HL-001' })
      .getByText('互联网')
      .first()
      .waitFor();
    const search = page.locator('input[aria-label="搜索"]:visible');
    for (const term of ['800020', '周杰', '昭阳']) {
      await search.fill(term);
      await search.press('Enter');
      await page.getByText('共 1 条').waitFor();
      expect(await page.locator('.register-table .ant-table-row').allTextContents()).toEqual([
        expect.stringContaining('BJ-020'),
      ]);
    }
    await shot(page, 'devices-search');
    await search.fill('');
    await search.press('Enter');
    await page.getByText('共 2 条').waitFor();

    // The laptop's 设备维修审批表 (现场维修 with the 旁站陪同人) and 携带外出审批表.
    await page.locator('.register-table .ant-table-row', { hasText: 'BJ-020' }).dblclick();
    await page.locator('.ant-drawer-open').getByText('BJ-020 便携式计算机').waitFor();
    await fromDrawer(page, '设备维修审批表');
    const repair = await printed(page, '设备维修审批表', 'repair-onsite');
    for (const t of [
      'BJ-020',
      '现场维修',
      '键盘失灵',
      '旁站陪同人',
      '王丽',
      '更换键盘',
      '李建国',
      'S4EVNF0M800020',
    ]) {
      expect(repair).toContain(t);
    }
    await page.goBack();
    await page.locator('.register-table .ant-table-row', { hasText: 'BJ-020' }).dblclick();
    await fromDrawer(page, '携带外出审批表');
    const out = await printed(page, '携带外出审批表', 'carry-out');
    for (const t of [
      'BJ-020',
      '周杰',
      '汇报工作',
      '省保密局',
      '李建国',
      '封条完好，无新增外联记录',
      '王丽',
    ]) {
      expect(out).toContain(t);
    }
    await page.goBack();

    // 使用登记簿, with the 打印登记 line as §2.1 keeps it.
    await page.getByRole('menuitem', { name: '使用登记', exact: true }).click();
    await page.getByRole('button', { name: /打印使用登记簿/ }).click();
    const book = await printed(page, '使用登记簿', 'usage-book');
    for (const t of [
      'BJ-020',
      '周杰',
      '起草并打印通知',
      '《关于保密检查的通知》保办〔2026〕3号',
      '3份×4页',
      '批准人李建国',
      '承办人周杰',
      '使用人签字',
    ]) {
      expect(book).toContain(t);
    }
    await page.goBack();

    // 降密 of a laptop whose 机密 disk was replaced: from the drawer's form, to 秘密, on a paper approval.
    const spare = await call<{ id: number }>('devices:register', {
      family: 'device',
      deviceNo: 'BJ-021',
      kind: 'laptop',
      class: 'classified',
      level: 'secret',
      diskSerials: ['S4EVNF0M800021'],
      custodianId: zhou.id,
      registeredOn: '2026-11-02',
    });
    await call('devices:change', {
      deviceId: spare.id,
      changedOn: '2026-11-20',
      reason: '更换硬盘（旧盘交保密办销毁）',
      diskSerials: ['WD-NEW-0021'],
    });
    await page.getByRole('menuitem', { name: '涉密计算机及设备', exact: true }).click();
    await page.locator('.register-table .ant-table-row', { hasText: 'BJ-021' }).dblclick();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('BJ-021 便携式计算机').waitFor();
    await drawer
      .locator('.ant-drawer-extra')
      .getByRole('button', { name: '降密/转为非涉密', exact: true })
      .click();
    const down = page
      .locator('.ant-modal-container')
      .filter({ has: page.locator('.ant-modal-title', { hasText: '降密/转为非涉密：BJ-021' }) });
    await down.getByRole('radio', { name: '降密（仍为涉密）' }).check();
    await down.getByLabel('降为密级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^秘密$/ }).click();
    await down.getByLabel('原因', { exact: true }).fill('只处理秘密级信息');
    await pickName(page, down, '审批人', '李建国', { unregistered: true });
    await down.getByLabel('审批人职务').fill('办公室主任');
    await down.getByLabel('审批日期').fill(await page.evaluate(() => new Date().toLocaleDateString('sv-SE')));
    await down.getByLabel('审批单文号').fill('保审〔2026〕31号');
    await shot(page, 'devices-downgrade-form');
    await down.getByRole('button', { name: '转换' }).click();
    await down.waitFor({ state: 'hidden' });
    await drawer.getByText('机密→秘密').waitFor();
    await shot(page, 'devices-downgraded');
    expect(await call<{ level: string; class: string }>('devices:get', { id: spare.id })).toMatchObject({
      class: 'classified',
      level: 'confidential',
    });

    // The other forms of the drawer on the same laptop: 变更, 携带外出 and its 返回检查, 归还入库, 领用.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const form = (title: string) =>
      page
        .locator('.ant-modal-container')
        .filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
    const act = (label: string) =>
      drawer.locator('.ant-drawer-extra').getByRole('button', { name: label, exact: true }).click();
    const pick = async (dlg: ReturnType<typeof form>, label: string, name: string) => {
      const input = dlg.locator('.ant-form-item', { hasText: label }).locator('input').first();
      await input.click();
      await input.fill(name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
        .first()
        .click();
    };
    await act('变更');
    const change = form('变更：BJ-021');
    await change.getByLabel('位置/房间').fill('办公楼 305');
    await change.getByLabel('变更原因').fill('调整办公室');
    await change.getByRole('button', { name: '变更', exact: true }).click();
    await change.waitFor({ state: 'hidden' });
    await drawer.getByText('位置 无→办公楼 305').waitFor();

    await act('携带外出');
    const carry = form('携带外出：BJ-021');
    await pick(carry, '携带人', '周杰');
    await carry.getByLabel('外出地点').fill('省保密局');
    await carry.getByLabel('外出事由').fill('汇报工作');
    await carry.getByLabel('返回日期').fill(today);
    await pickName(page, carry, '审批人', '李建国', { unregistered: true });
    await carry.getByLabel('审批日期').fill(today);
    await carry.getByRole('button', { name: '登记外出' }).click();
    await carry.waitFor({ state: 'hidden' });
    await drawer.getByText('携带外出', { exact: true }).first().waitFor();
    await act('返回检查');
    const back = form('返回检查：BJ-021');
    await back.getByLabel('检查人（借用人以外）').fill('王丽');
    await back.getByLabel('返回检查情况').fill('封条完好');
    await back.getByRole('button', { name: '返回', exact: true }).click();
    await back.waitFor({ state: 'hidden' });
    await drawer.getByText('检查人 王丽').waitFor();

    await act('归还入库');
    const store = form('归还入库：BJ-021');
    await pickName(page, store, '接收人', '王丽', { unregistered: true });
    await store.getByRole('button', { name: '归还', exact: true }).click();
    await store.waitFor({ state: 'hidden' });
    await act('领用');
    const issue = form('领用：BJ-021');
    await pick(issue, '领用人（责任人）', '周杰');
    await issue.getByRole('button', { name: '领用', exact: true }).click();
    await issue.waitFor({ state: 'hidden' });
    await shot(page, 'devices-forms-history');
    const kinds = (await call<{ events: { kind: string }[] }>('devices:get', { id: spare.id })).events.map(
      (e) => e.kind,
    );
    expect(kinds.slice(-6)).toEqual(['downgrade', 'change', 'carry_out', 'return', 'give_back', 'issue']);
  });
});
