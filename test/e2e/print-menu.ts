// The person page's papers are in one 打印 menu: open it and choose one.
import type { Page } from 'playwright-core';

export async function printFromMenu(page: Page, item: string): Promise<void> {
  await page.locator('.person-head').getByRole('button', { name: '打印' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}
