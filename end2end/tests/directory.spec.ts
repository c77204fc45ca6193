import { test, expect } from '@playwright/test';
import { PASSWORD, logIn, open } from './helpers';

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

test('a visitor opening the directory logs in and comes back to it', async ({ page }) => {
  // A search for さくら, as a link from elsewhere would carry it.
  await open(page, '/directory?q=%E3%81%95%E3%81%8F%E3%82%89');
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await page.getByLabel('Email address').fill('member@example.jp');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/directory\?q=%E3%81%95%E3%81%8F%E3%82%89$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Member directory' })).toBeVisible();
  await expect(page.getByLabel('Keywords')).toHaveValue('さくら');
});
