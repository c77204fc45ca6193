import { test, expect } from '@playwright/test';
import { logIn } from './helpers';

test('an admin reads the security log and filters it by kind of event', async ({ page }) => {
  // A failed attempt first, so the log has one to show.
  await logIn(page, 'admin@example.jp', 'not the password');
  await expect(page.getByRole('alert')).toBeVisible();
  await logIn(page, 'admin@example.jp');
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'Open the security log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security log' })).toBeVisible();

  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Logged in' }).filter({ hasText: 'admin@example.jp' }).first()).toBeVisible();
  await page.getByLabel('Kind of event').selectOption({ label: 'Login failed' });
  await expect(rows.filter({ hasText: 'Login failed' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Logged in' })).toHaveCount(0);
});
