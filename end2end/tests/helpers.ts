import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, Page, test } from '@playwright/test';

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

/** The authenticator key of the demo staff and admin accounts (as in the README). */
export const DEMO_TOTP_SECRET = 'MEJFORUMDEMOSTAFFKEYTWOSTEPVERIF';
const TWO_STEP_ACCOUNTS = ['staff@example.jp', 'admin@example.jp'];

/** Logs in; the demo staff and admin then enter a code from their authenticator key. */
export async function logIn(page: Page, email: string, password = PASSWORD) {
  await open(page, '/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (password === PASSWORD && TWO_STEP_ACCOUNTS.includes(email)) {
    await enterCode(page, await nextCode(email, DEMO_TOTP_SECRET));
  }
}

/** Logs in, waits for the dashboard and switches the interface to English. */
export async function logInInEnglish(page: Page, email: string) {
  await logIn(page, email);
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await switchToEnglish(page);
}

/** Fills in the second step of a login. */
export async function enterCode(page: Page, code: string) {
  await expect(page.getByRole('heading', { name: 'Enter your verification code' })).toBeVisible();
  await page.getByLabel('Verification code or recovery code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The six-digit code an authenticator app with `secret` shows during time step `step`
 *  (RFC 6238: HMAC-SHA1, 30-second steps). */
export function totp(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
}

/** The last time step each account used, shared by every worker of this run. */
function usedSteps(): Record<string, number> {
  const file = process.env.MEJ_E2E_TOTP_STEPS;
  return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

function recordStep(account: string, step: number) {
  const file = process.env.MEJ_E2E_TOTP_STEPS;
  if (file) writeFileSync(file, JSON.stringify({ ...usedSteps(), [account]: step }));
}

/** A code `account` has not used yet: the server takes each time step once, and accepts the
 *  current step and the next; after two logins in one step, waits for the next. The wait is
 *  the authenticator's, not the app's, so it is added to the test's time limit. */
export async function nextCode(account: string, secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, (usedSteps()[account] ?? -Infinity) + 1);
  if (step > now + 1) {
    const wait = (step - 1) * 30_000 - Date.now() + 100;
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise(resolve => setTimeout(resolve, wait));
  }
  recordStep(account, step);
  return totp(secret, step);
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
