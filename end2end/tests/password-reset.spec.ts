import { test, expect } from '@playwright/test';
import { logIn, mailedLink, open } from './helpers';

test('a member who forgot the password resets it through the mailed link', async ({ page }) => {
  const email = 'kato@owari-minato.example';
  await open(page, '/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account uses this address');

  const link = mailedLink(email, '/password/reset/');
  await open(page, new URL(link).pathname);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Confirm new password').fill('short');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  // A common password is refused, and the form keeps it for the member to change.
  await page.getByLabel('New password', { exact: true }).fill('password1234');
  await page.getByLabel('Confirm new password').fill('password1234');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('This password is common or easy to guess. Please choose another.')).toBeVisible();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('Confirm new password').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();

  // The link is used up; the new password works.
  await open(page, new URL(link).pathname);
  await expect(page.getByText(/This reset link is not valid|この再設定用リンクは無効です/)).toBeVisible();
  await page.context().clearCookies();
  await logIn(page, email, 'a brand new passphrase');
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
});
