// 从表格导入 in Chromium over the real core: a clerk's ledger with a merged title row, mixed date forms and
// full-width digits and two bad rows; the errors shown as 第 N 行 · 列名 · 原因 and saved as an xlsx; the sheet
// fixed and imported; the register then shows the rows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { writeSheet, readCells } from '../electron/core/xlsx/sheets';
import { login, shot, startApp } from './app';

const HEADINGS = [
  '序号',
  '文件资料名称',
  '文号或编号',
  '密级',
  '份数',
  '所属部门',
  '保管人',
  '制发日期',
  '页数或容量',
  '存放地点',
];

function rows(fixed: boolean) {
  return [
    [
      1,
      '关于做好保密检查工作的通知',
      '省保办〔2023〕12号',
      '机密★10年',
      2,
      '办公室',
      '王  丽',
      '2023.5.6',
      8,
      '机要室3号保密柜',
    ],
    [
      2,
      '年度保密工作要点',
      '市保办〔2023〕３号',
      '秘密★５年',
      '第1-3份',
      '办公室',
      '王丽',
      '2023年6月1日',
      '１２',
      '机要室5号保密柜',
    ],
    [
      3,
      '保密工作会议纪要',
      '市保办〔2023〕4号',
      fixed ? '秘密★5年' : '特别机密',
      1,
      '办公室',
      '王丽',
      '2023/7/8',
      3,
      '机要室5号保密柜',
    ],
    [
      4,
      '涉密项目资料光盘',
      '项目〔2023〕1号',
      '秘密*十年',
      '１',
      '档案科',
      '赵敏',
      45052,
      '650MB',
      '机要室5号保密柜',
    ],
    [
      5,
      '保密检查整改报告',
      '档保〔2023〕5号',
      '秘密★5年',
      2,
      '档案科',
      '赵敏',
      fixed ? '2023年3月1日' : '2023年2月30日',
      6,
      '机要室5号保密柜',
    ],
    [
      6,
      '定密工作通知',
      '省保办〔2023〕20号',
      '机密★20年',
      '12、13',
      '办公室',
      '王丽',
      '20230915',
      4,
      '机要室3号保密柜',
    ],
  ];
}

describe('从表格导入 in Chromium', () => {
  it('shows the two bad rows by row and column, saves them as xlsx, and imports the fixed sheet', async () => {
    const dir = tempDir();
    const title = '某市档案局涉密载体登记台账（2023年）';
    const path = await writeSheet(dir, '载体台账.xlsx', HEADINGS, rows(false), { title });
    const { page } = await startApp({ setUp: true });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('button', { name: '从表格导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从表格导入涉密载体台账' });
    await dialog.getByLabel('文件').fill(path);
    await dialog.getByRole('button', { name: '读取并检查' }).click();
    await dialog.getByText('标题在第 3 行').waitFor();
    // Both departments are new to the unit: confirmed, then checked again.
    await dialog.getByText('新建这些部门：办公室、档案科').click();
    await dialog.getByRole('button', { name: '重新检查' }).click();
    await dialog.getByText('错误 2 处').waitFor();
    const errors = dialog.locator('.ant-table-row', { hasText: '第 6 行' });
    await expect.poll(() => errors.textContent()).toContain('特别机密');
    expect(await dialog.locator('.ant-table-row', { hasText: '第 8 行' }).textContent()).toContain(
      '制发日期',
    );
    await expect.poll(() => dialog.getByRole('button', { name: '导入' }).isDisabled()).toBe(true);
    await shot(page, 'xlsx-import-errors');

    const errorsFile = join(dir, '错误清单.xlsx');
    await dialog.getByLabel('错误清单保存位置').fill(errorsFile);
    await dialog.getByRole('button', { name: '保存错误清单' }).click();
    await page.getByText('已保存 2 行错误清单').waitFor();
    const saved = await readCells(errorsFile);
    expect(saved[2]?.at(-1)).toBe('错误原因');

    // The clerk fixes the two cells in Excel and checks again.
    await writeSheet(dir, '载体台账.xlsx', HEADINGS, rows(true), { title });
    await dialog.getByRole('button', { name: '重新检查' }).click();
    await dialog.getByText('可导入 6 行').waitFor();
    await dialog.getByRole('button', { name: '导入' }).click();
    await dialog.getByText('已导入 6 行，跳过已有 0 行。').waitFor();
    await shot(page, 'xlsx-import-done');
    await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
    await page.getByText('共 6 条').waitFor();
    await page.getByText('关于做好保密检查工作的通知').waitFor();
    await shot(page, 'xlsx-import-register');
  });

  it('opens the same dialog on the 在职人员 page: a staff sheet with a new department and one bad row', async () => {
    const dir = tempDir();
    const path = await writeSheet(
      dir,
      '在职人员.xlsx',
      ['序号', '姓名', '所属部门', '职务', '入职时间'],
      [
        [1, '刘洋', '办公室', '文秘', '2023.5.6'],
        [2, '陈静', '办公室', '', '２０２４年３月１日'],
        [3, '黄磊', '办公室', '司机', '去年'],
      ],
      { title: '某市档案局在职人员名单' },
    );
    const { page } = await startApp({ setUp: true });
    await login(page);
    await page.getByRole('menuitem', { name: '保密教育培训', exact: true }).click();
    await page.getByRole('tab', { name: '在职人员' }).click();
    await page.getByRole('button', { name: '从表格导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从表格导入在职人员名单' });
    await expect.poll(() => dialog.getByRole('button', { name: /浏览/ }).count()).toBe(1);
    await dialog.getByLabel('文件').fill(path);
    await dialog.getByRole('button', { name: '读取并检查' }).click();
    await dialog.getByText('新建这些部门：办公室').click();
    await dialog.getByRole('button', { name: '重新检查' }).click();
    await dialog.getByText('错误 1 处').waitFor();
    expect(await dialog.locator('.ant-table-row', { hasText: '第 6 行' }).textContent()).toContain(
      '入职时间',
    );
    await shot(page, 'xlsx-import-staff-errors');
    await dialog.getByText('只导入无误的 2 行').click();
    await dialog.getByRole('button', { name: '导入' }).click();
    await dialog.getByText('已导入 2 行，跳过已有 0 行。').waitFor();
    await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
    await page.getByRole('cell', { name: '陈静' }).waitFor();
    await shot(page, 'xlsx-import-staff-done');
  });

  it('opens the same dialog on both device pages: a 介质台账 with one computer in it, then a 设备台账', async () => {
    const dir = tempDir();
    const media = await writeSheet(
      dir,
      '介质.xlsx',
      ['序号', '保密编号', '序列号', '类型', '容量', '密级', '部门'],
      [
        [1, 'Ｕ－０１', 'AA12', '优盘', '６４Ｇ', '机密★10年', '办公室'],
        [2, 'GP-02', '', '光盘', '4.7G', '秘密*', '办公室'],
        [3, 'U-03', '', '台式机', '', '秘密', ''],
      ],
      { title: '涉密存储介质台账' },
    );
    const { page } = await startApp({ setUp: true });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).click();
    await page.getByRole('button', { name: '从表格导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从表格导入涉密存储介质台账' });
    await expect.poll(() => dialog.getByRole('button', { name: /浏览/ }).count()).toBe(1);
    await dialog.getByLabel('文件').fill(media);
    await dialog.getByRole('button', { name: '读取并检查' }).click();
    await dialog.getByText('新建这些部门：办公室').click();
    await dialog.getByRole('button', { name: '重新检查' }).click();
    await dialog.getByText('错误 1 处').waitFor();
    expect(await dialog.locator('.ant-table-row', { hasText: '第 6 行' }).textContent()).toContain('类型');
    await shot(page, 'xlsx-import-media-errors');
    await dialog.getByText('只导入无误的 2 行').click();
    await dialog.getByRole('button', { name: '导入' }).click();
    await dialog.getByText('已导入 2 行，跳过已有 0 行。').waitFor();
    await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
    await page.getByRole('cell', { name: 'U-01' }).waitFor();
    await shot(page, 'xlsx-import-media-done');

    const devices = await writeSheet(
      dir,
      '设备.xlsx',
      ['保密编号', '类型', '品牌型号', 'MAC', '密级', '使用部门', '位置', '启用日期'],
      [['ＢＪ－０２１', '台式机', '联想 M430', '3c:52:82:1a:2b:3c', '机密★', '办公室', '302室', '2023.5.6']],
    );
    await page.getByRole('menuitem', { name: '涉密计算机及设备', exact: true }).click();
    await page.getByRole('button', { name: '从表格导入' }).click();
    const second = page.getByRole('dialog', { name: '从表格导入涉密计算机和设备台账' });
    await expect.poll(() => second.getByRole('button', { name: /浏览/ }).count()).toBe(1);
    await second.getByLabel('文件').fill(devices);
    await second.getByRole('button', { name: '读取并检查' }).click();
    await second.getByRole('button', { name: '导入' }).click();
    await second.getByText('已导入 1 行，跳过已有 0 行。').waitFor();
    await second.getByRole('button', { name: '关闭', exact: true }).last().click();
    await page.getByRole('cell', { name: 'BJ-021' }).waitFor();
    await shot(page, 'xlsx-import-devices-done');
  });
});
