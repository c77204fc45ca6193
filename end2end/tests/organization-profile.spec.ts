import { test, expect } from '@playwright/test';
import { logIn, open, switchToEnglish } from './helpers';

test('an organization admin edits the public profile; errors keep what was typed', async ({ page }) => {
  await logIn(page, 'yamamoto@naniwa-mc.example');
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'My organization' }).click();
  await expect(page.getByRole('heading', { name: 'Public profile' })).toBeVisible();

  const description = 'We now also welcome patients from Vietnam for liver transplantation.';
  const nameJa = page.getByLabel('Organization name (Japanese)');
  const nameEn = page.getByLabel('Organization name (English)');
  const original = [await nameJa.inputValue(), await nameEn.inputValue()];
  await page.getByLabel('Description (English)').fill(description);
  await page.getByRole('group', { name: 'Languages' }).getByLabel('Vietnamese').check();
  await nameJa.fill('');
  await nameEn.fill('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await expect(nameJa).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Description (English)')).toHaveValue(description);
  await expect(page.getByRole('group', { name: 'Languages' }).getByLabel('Vietnamese')).toBeChecked();

  await nameJa.fill(original[0]);
  await nameEn.fill(original[1]);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('link', { name: 'See it in the directory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: original[1] })).toBeVisible();
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByText(/Vietnamese/)).toBeVisible();
  // Members cannot award recognitions: the form is for staff only.
  await expect(page.getByRole('heading', { name: 'Recognitions (MEJ staff)' })).toHaveCount(0);
});

test('staff record a recognition on an organization profile', async ({ page }) => {
  await logIn(page, 'staff@example.jp');
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await switchToEnglish(page);
  await open(page, '/directory?q=Naniwa');
  await page.getByRole('link', { name: 'Naniwa Central Medical Center' }).click();
  await expect(page.getByRole('heading', { name: 'Recognitions (MEJ staff)' })).toBeVisible();
  const amtac = page.getByLabel('AMTAC: accredited medical travel assistance company');
  await expect(amtac).not.toBeChecked();
  await expect(page.getByText('AMTAC', { exact: true })).toHaveCount(0);
  await amtac.check();
  await page.getByRole('button', { name: 'Save recognitions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('AMTAC', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('AMTAC: accredited medical travel assistance company')).toBeChecked();
});
