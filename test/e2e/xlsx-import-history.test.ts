// 从表格导入 of past records in Chromium over the real core: a 保密检查台账 (a row per finding, one of them with a
// deadline before its check, refused by row and column, the others imported; the open finding past its deadline
// shows 逾期 on the board), and a 国家秘密事项一览表 with a term above its level's cap.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { writeSheet } from '../electron/core/xlsx/sheets';
import { login, shot, startApp } from './app';

describe('从表格导入 of past checks and the 一览表 in Chromium', () => {
  it('imports a 保密检查台账 valid-only and a 国家秘密事项一览表, each bad row named by row and column', async () => {
    const dir = tempDir();
    const check = ['二季度保密抽查', '抽查', '2026.4.10', '王丽、赵敏'];
    const checks = await writeSheet(
      dir,
      '检查.xlsx',
      ['序号', '检查名称', '检查形式', '检查时间', '检查人', '发现问题', '整改时限', '是否整改'],
      [
        [1, ...check, '计算机未设置屏幕保护', '2026.4.30', '待整改'],
        [2, ...check, '借阅登记不全', '2026.4.1', '待整改'],
        [3, '年度自查自评', '年度自查', '2026-01-15', '保密办', '', '', ''],
      ],
      { title: '保密检查登记表' },
    );
    const { page } = await startApp({ setUp: true });
    await login(page);
    await page.getByRole('menuitem', { name: '保密检查与整改', exact: true }).click();
    await page.getByRole('button', { name: '从表格导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从表格导入保密检查台账' });
    await expect.poll(() => dialog.getByRole('button', { name: /浏览/ }).count()).toBe(1);
    await dialog.getByLabel('文件').fill(checks);
    await dialog.getByRole('button', { name: '读取并检查' }).click();
    await dialog.getByText('错误 1 处').waitFor();
    const bad = await dialog.locator('.ant-table-row', { hasText: '第 5 行' }).textContent();
    expect(bad).toContain('整改时限');
    expect(bad).toContain('早于检查日期');
    await shot(page, 'xlsx-import-checks-errors');
    await dialog.getByText('只导入无误的 2 行').click();
    await dialog.getByRole('button', { name: '导入' }).click();
    await dialog.getByText('已导入 2 行，跳过已有 0 行。').waitFor();
    await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
    await page.getByRole('cell', { name: '二季度保密抽查' }).waitFor();
    await page.getByRole('cell', { name: '年度自查自评' }).first().waitFor();
    await shot(page, 'xlsx-import-checks-done');
    await page.getByRole('tab', { name: '问题整改' }).click();
    await page.getByText('计算机未设置屏幕保护').waitFor();
    await shot(page, 'xlsx-import-checks-board');

    const items = await writeSheet(
      dir,
      '一览表.xlsx',
      ['序号', '国家秘密事项名称', '密级', '保密期限', '定密人'],
      [
        [1, '年度工作要点（未公开部分）', '机密★10年', '', '李建国'],
        [2, '人事调整方案', '秘密', '15年', '李建国'],
      ],
      { title: '国家秘密事项一览表' },
    );
    await page.getByRole('menuitem', { name: '国家秘密事项一览表/定密', exact: true }).click();
    await page.getByRole('button', { name: '从表格导入' }).click();
    const second = page.getByRole('dialog', { name: '从表格导入国家秘密事项一览表' });
    await expect.poll(() => second.getByRole('button', { name: /浏览/ }).count()).toBe(1);
    await second.getByLabel('文件').fill(items);
    await second.getByRole('button', { name: '读取并检查' }).click();
    await second.getByText('错误 1 处').waitFor();
    expect(await second.locator('.ant-table-row', { hasText: '第 5 行' }).textContent()).toContain(
      '保密期限',
    );
    await second.getByText('只导入无误的 1 行').click();
    await second.getByRole('button', { name: '导入' }).click();
    await second.getByText('已导入 1 行，跳过已有 0 行。').waitFor();
    await second.getByRole('button', { name: '关闭', exact: true }).last().click();
    await page.getByRole('cell', { name: '年度工作要点（未公开部分）' }).waitFor();
    await shot(page, 'xlsx-import-items-done');
  });
});
