import { test, expect } from '@playwright/test';
import { logIn, open } from './helpers';

test('a member sees where they are logged in and logs the other browser out', async ({ page, browser }) => {
  const email = 'o.ivanova@hokushin-hospital.example';
  const other = await browser.newPage();
  await logIn(other, email);
  await expect(other.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  await logIn(page, email);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(page, '/profile');
  const sessions = page.getByRole('region', { name: 'Where you are logged in' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
  // The other browser's row has its own button, named after its device.
  await expect(sessions.getByRole('button', { name: /^Log out Chrome/ })).toHaveCount(1);

  await sessions.getByRole('button', { name: 'Log out everywhere else' }).click();
  await expect(sessions.getByRole('status')).toHaveText('Logged out 1 other session(s).');
  await expect(sessions.getByRole('listitem')).toHaveCount(1);

  // The other browser is logged out; this one goes on.
  await open(other, '/profile');
  await expect(other.getByRole('link', { name: 'Log in' }).first()).toBeVisible();
  await open(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await other.close();
});
