import { test, expect } from '@playwright/test';
import { logIn, mailedLink, open, switchToEnglish } from './helpers';

test('apply, staff approves, the applicant logs in', async ({ page, browser }) => {
  const email = `aoki.${Date.now()}@minato.example`;
  await open(page, '/apply');
  await page.getByLabel('Type of organization').selectOption('clinic');
  await page.getByLabel('Organization name (Japanese)').fill('みなと国際クリニック');
  await page.getByLabel('Organization name (English)').fill('Minato International Clinic');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Family name', { exact: true }).fill('青木');
  await page.getByLabel('Given name', { exact: true }).fill('真理');
  await page.getByLabel('Given name reading (kana)').fill('まり');
  await page.getByLabel('Name in Latin letters').fill('AOKI Mari');
  await page.getByLabel('Password', { exact: true }).fill('a long passphrase');
  await page.getByLabel('Confirm password').fill('a long passphrase');
  await page.getByRole('button', { name: 'Submit application' }).click();

  // The missing kana reading is reported on its field, and what was typed stays.
  await expect(page.getByText('A name in kanji needs its kana reading.')).toBeVisible();
  await expect(page.getByLabel('Family name reading (kana)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Organization name (English)')).toHaveValue('Minato International Clinic');
  await page.getByLabel('Family name reading (kana)').fill('あおき');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { name: 'Check your mailbox' })).toBeVisible();

  // The mailed link confirms the address; only then does the application reach staff.
  await open(page, new URL(mailedLink(email, '/apply/confirm/')).pathname);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
  await expect(page.getByRole('heading', { name: 'Application received' })).toBeVisible();

  // Before approval the applicant is told the application is under review.
  await logIn(page, email, 'a long passphrase');
  await expect(page.getByRole('alert')).toHaveText('Your application is still being reviewed. You can log in once it is approved.');

  const staff = await browser.newPage({ locale: 'en-US' });
  await logIn(staff, 'staff@example.jp');
  // Staff's own preference is Japanese; the interface follows it after login.
  await expect(staff.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await switchToEnglish(staff);
  await open(staff, '/admin');
  await staff.getByRole('button', { name: 'Approve the application of Minato International Clinic' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'The application has been decided.' })).toBeVisible();
  await staff.close();

  await logIn(page, email, 'a long passphrase');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Minato International Clinic')).toBeVisible();
});
