import { test, expect } from '@playwright/test';
import { logIn, open } from './helpers';

test('a member switches language, searches the directory and opens an organization', async ({ page }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { name: 'ダッシュボード' })).toBeVisible();
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '会員名簿' }).click();
  await expect(page.getByRole('heading', { name: '会員名簿' })).toBeVisible();

  // Half-width katakana finds the hospital whose name is written in hiragana.
  await page.getByLabel('キーワード').fill('ｻｸﾗ');
  await page.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/q=/);
  const result = page.getByRole('link', { name: '東都さくら記念病院' });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: '東都さくら記念病院' })).toBeVisible();
  await expect(page.getByText('JIH', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toto Sakura Memorial Hospital' })).toBeVisible();
});

test('the directory is for members only', async ({ page }) => {
  await open(page, '/directory');
  await expect(page.getByText('Please log in to see this page.')).toBeVisible();
});
