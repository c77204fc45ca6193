import { test, expect } from '@playwright/test';
import { logIn, open } from './helpers';

test('a wrong password shows a clear error and keeps the e-mail', async ({ page }) => {
  await logIn(page, 'member@example.jp', 'not the password');
  await expect(page.getByRole('alert')).toHaveText('The email address or password is incorrect.');
  await expect(page.getByLabel('Email address')).toHaveValue('member@example.jp');
});

test('a member cannot open the admin area', async ({ page }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await open(page, '/admin');
  await expect(page.getByRole('alert')).toHaveText('You do not have permission to do this.');
  await expect(page.getByRole('heading', { name: 'Applications awaiting review' })).toHaveCount(0);
});

test('a visitor sees the landing page in Japanese or English', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Japanese medicine for the world, and the world's patients in Japan");
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本の医療を、世界へ。世界の患者を、日本へ。');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The choice is remembered by the server for the next page load.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本の医療を、世界へ。世界の患者を、日本へ。');
});
