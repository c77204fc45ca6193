import { readFileSync } from 'node:fs';
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

/** The newest link containing `path` in a mail to `to`, as the logging mail sender wrote it to
 *  the server's JSON log (see playwright.config.ts): the test's mailbox. */
export function mailedLink(to: string, path: string): string {
  const mails = readFileSync(`${__dirname}/../.data/server.log`, 'utf8')
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line).fields ?? {})
    .filter(f => f.message === 'mail' && f.to === to);
  const body: string = mails.at(-1)?.body ?? '';
  const link = body.split(/\s+/).find(word => word.includes(path));
  if (!link) throw new Error(`no mail to ${to} with a link to ${path}`);
  return link;
}
