import { test, expect } from '@playwright/test';
import { enterCode, logIn, open, totp } from './helpers';

test('a member turns on two-step verification and logs in with a recovery code', async ({ page }) => {
  const email = 'nakajima@kohoku-hikari.example';
  await logIn(page, email);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(page, '/profile');
  const section = page.getByRole('region', { name: 'Two-step verification' });
  await expect(section.getByText('Two-step verification is off.')).toBeVisible();
  await section.getByRole('link', { name: 'Two-step verification settings' }).click();

  await page.getByRole('button', { name: 'Start setting up' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const key = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent()) ?? '';
  const code = page.getByLabel('Verification code or recovery code');
  await code.fill('000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('This code is wrong or was used already.', { exact: false })).toBeVisible();
  await expect(code).toHaveValue('000000');
  await code.fill(totp(key, Math.floor(Date.now() / 30_000)));
  await page.getByRole('button', { name: 'Turn on' }).click();

  const codes = page.getByRole('region', { name: 'Your new recovery codes' });
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  const recovery = (await codes.getByRole('listitem').first().textContent()) ?? '';
  await expect(page.getByText('Two-step verification is on.')).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible();

  await logIn(page, email);
  await enterCode(page, recovery);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});

test('staff without a code get no further than the code page', async ({ page }) => {
  await open(page, '/login');
  await page.getByLabel('Email address').fill('staff@example.jp');
  await page.getByLabel('Password', { exact: true }).fill('Forum-demo-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your verification code' })).toBeVisible();
  await open(page, '/admin');
  await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible();
});
