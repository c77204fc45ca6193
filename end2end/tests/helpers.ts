import { expect, Page } from '@playwright/test';

export const PASSWORD = 'Forum-demo-2026';

/** Opens a page and waits until the app is interactive (hydrated). */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('body[data-hydrated]')).toBeAttached();
}

export async function logIn(page: Page, email: string, password = PASSWORD) {
  await open(page, '/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}
