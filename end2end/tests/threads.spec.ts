import { test, expect } from '@playwright/test';
import { logIn, open } from './helpers';

test('a member starts a thread with a preview, and another member replies', async ({ page, browser }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(page, '/threads');
  await expect(page.getByRole('heading', { level: 1, name: 'Threads' })).toBeVisible();
  // The secretariat's pinned thread is first.
  await expect(page.getByRole('list', { name: 'Thread list' }).getByRole('listitem').first()).toContainText('Pinned');
  await page.getByRole('link', { name: 'Start a thread' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Start a thread' })).toBeVisible();
  await page.getByLabel('Category').selectOption({ label: 'Human resources and training' });
  await page.getByLabel('Post', { exact: true }).fill('Has anyone hosted **nurses from Laos**? <script>alert(1)</script>');
  // A title too short is refused with the reason; what was typed stays.
  await page.getByLabel('Title').fill('Laos');
  await page.getByRole('button', { name: 'Post the thread' }).click();
  await expect(page.getByText('Use at least 5 characters.')).toBeVisible();
  await expect(page.getByLabel('Post', { exact: true })).toHaveValue(/nurses from Laos/);

  await page.getByLabel('Title').fill('Training nurses from Laos');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview (as it will be posted)' });
  await expect(preview.locator('strong')).toHaveText('nurses from Laos');
  await expect(preview).toContainText('<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Post the thread' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training nurses from Laos' })).toBeVisible();
  await expect(page).toHaveURL(/\/threads\/\d+$/);
  const address = new URL(page.url()).pathname;

  const other = await browser.newPage();
  await logIn(other, 'o.ivanova@hokushin-hospital.example');
  await expect(other.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(other, '/threads');
  const row = other.getByRole('listitem').filter({ hasText: 'Training nurses from Laos' });
  await expect(row.getByText('1 new')).toBeVisible();
  await row.getByRole('link', { name: 'Training nurses from Laos' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Training nurses from Laos' })).toBeVisible();
  await other.getByLabel('Your reply').fill('Yes — we trained *three* nurses in 2025.');
  await other.getByRole('button', { name: 'Post the reply' }).click();
  await expect(other.getByText('Your reply is posted.')).toBeVisible();
  await expect(other.getByRole('article').filter({ hasText: 'we trained three nurses' })).toBeVisible();
  await expect(other.getByLabel('Your reply')).toHaveValue('');

  // The starter sees one new reply, from the other member.
  await open(page, '/threads');
  const mine = page.getByRole('listitem').filter({ hasText: 'Training nurses from Laos' });
  await expect(mine.getByText('1 new')).toBeVisible();
  await expect(mine).toContainText('1 reply');
  await open(page, address);
  await expect(page.getByRole('article')).toHaveCount(2);
  await other.close();
});

test('a locked thread says so instead of offering the reply form', async ({ page }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(page, '/threads/14');
  await expect(page.getByText('This thread is locked: it takes no more replies.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Post the reply' })).toHaveCount(0);
});

test('search finds a two-character Japanese word and a mixed Japanese and English phrase', async ({ page }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(page, '/threads');
  await page.getByRole('link', { name: 'Search the threads' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search the threads' })).toBeVisible();
  const search = page.getByRole('search');
  await search.getByLabel('Search words').fill('通訳');
  await search.getByRole('button', { name: 'Search' }).click();
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.locator('mark').filter({ hasText: '通訳' }).first()).toBeVisible();
  await expect(page).toHaveURL(/q=%E9%80%9A%E8%A8%B3/);

  await search.getByLabel('Search words').fill('JCI 認証');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(results.getByRole('link').first()).toContainText('JCI accreditation');
  await results.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /JCI accreditation/ })).toBeVisible();
});
