import { test, expect } from '@playwright/test';
import { logIn, open } from './helpers';

test('a member edits the profile and is told when the current password is wrong', async ({ page }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.getByRole('group', { name: 'Account' }).getByRole('link', { name: 'MORI Erika' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();

  // A reading in Latin letters is refused on its field; the rest of the form stays as typed.
  await page.getByLabel('Family name reading (kana)').fill('mori');
  await page.getByLabel('Time zone').fill('Europe/London');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Use hiragana or katakana only.')).toBeVisible();
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/London');
  await page.getByLabel('Family name reading (kana)').fill('もり');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill('a brand new secret');
  await page.getByLabel('Confirm new password').fill('a brand new secret');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is incorrect.')).toBeVisible();

  // Opening the login page while logged in leads back to the dashboard.
  await open(page, '/login');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
