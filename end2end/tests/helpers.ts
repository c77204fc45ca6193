import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, Page } from '@playwright/test';

export const PASSWORD = 'Forum-demo-2026';

/** Opens a page and waits until the app is interactive (hydrated). */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('body[data-hydrated]')).toBeAttached();
}

/** Switches the interface to English and waits until the server has stored the choice, so the
 *  next page load is in English too. */
export async function switchToEnglish(page: Page) {
  const stored = page.waitForResponse(r => r.url().includes('/api/set_locale') && r.ok());
  await page.getByRole('button', { name: 'English' }).click();
  await stored;
}

export async function logIn(page: Page, email: string, password = PASSWORD) {
  await open(page, '/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** The newest link containing `path` in a mail to `to`, from the folder the server delivers
 *  its mails into (see playwright.config.ts): the test's mailbox. */
export function mailedLink(to: string, path: string): string {
  const dir = process.env.MEJ_E2E_MAIL_DIR;
  if (!dir) throw new Error('MEJ_E2E_MAIL_DIR is not set');
  const bodies = (existsSync(dir) ? readdirSync(dir).sort() : [])
    .map(name => readFileSync(join(dir, name), 'utf8'))
    .filter(text => text.split('\n\n')[0].split('\n').includes(`To: ${to}`))
    .map(text => text.slice(text.indexOf('\n\n') + 2));
  const link = bodies.at(-1)?.split(/\s+/).find(word => word.includes(path));
  if (!link) throw new Error(`no mail to ${to} with a link to ${path}`);
  return link;
}
