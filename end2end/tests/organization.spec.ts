import { test, expect } from '@playwright/test';
import { logIn, open } from './helpers';

test('an organization admin invites a colleague, who joins through the link', async ({ page, browser }) => {
  const email = `newcomer.${Date.now()}@sakura-hospital.example`;
  await logIn(page, 'orgadmin@example.jp');
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'My organization' }).click();
  await expect(page.getByRole('heading', { name: 'Manage my organization' })).toBeVisible();

  await page.getByLabel("Colleague's email address").fill(email);
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  expect(link).toContain('/invitations/');
  await expect(page.getByRole('listitem').filter({ hasText: email })).toBeVisible();

  const invitee = await browser.newPage({ locale: 'en-US' });
  await open(invitee, new URL(link).pathname);
  await expect(invitee.getByText('You have been invited by Toto Sakura Memorial Hospital')).toBeVisible();
  await invitee.getByLabel('Family name', { exact: true }).fill('Silva');
  await invitee.getByLabel('Given name', { exact: true }).fill('Ana');
  await invitee.getByLabel('Name in Latin letters').fill('SILVA Ana');
  await invitee.getByLabel('Password', { exact: true }).fill('short');
  await invitee.getByLabel('Confirm password').fill('short');
  await invitee.getByRole('button', { name: 'Create account' }).click();
  await expect(invitee.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(invitee.getByLabel('Name in Latin letters')).toHaveValue('SILVA Ana');
  await invitee.getByLabel('Password', { exact: true }).fill('another long passphrase');
  await invitee.getByLabel('Confirm password').fill('another long passphrase');
  await invitee.getByRole('button', { name: 'Create account' }).click();
  await expect(invitee.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(invitee.getByText('Welcome, SILVA Ana.')).toBeVisible();
  await invitee.close();

  // The new colleague is listed, and the admin can remove them.
  await page.reload();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Remove SILVA Ana from the organization' }).click();
  await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);
});
