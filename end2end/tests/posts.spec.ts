import { test, expect } from '@playwright/test';
import { logIn, open, switchToEnglish } from './helpers';

test('a mention tells the member named; the starter follows, marks the answer, edits, bookmarks and deletes', async ({ page, browser }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(page, '/threads/new');
  await page.getByLabel('Category').selectOption({ label: 'Human resources and training' });
  await page.getByLabel('Title').fill('Hosting nurses from Mongolia');
  await page.getByLabel('Post', { exact: true }).fill('Who has hosted nurses from Ulaanbaatar?');
  await page.getByRole('button', { name: 'Post the thread' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hosting nurses from Mongolia' })).toBeVisible();
  const address = new URL(page.url()).pathname;
  // Starting a thread follows it.
  await expect(page.getByRole('button', { name: 'Follow', pressed: true })).toBeVisible();

  // Another member replies and mentions a colleague by name.
  const other = await browser.newPage();
  await logIn(other, 'orgadmin@example.jp');
  await expect(other.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await switchToEnglish(other);
  await open(other, address);
  await other.getByLabel('Your reply').fill('We did in 2025 — @田中直樹 ran the programme.');
  await other.getByRole('button', { name: 'Post the reply' }).click();
  await expect(other.getByRole('article').filter({ hasText: 'ran the programme' })).toBeVisible();

  // The member named is told, by whom, and the notification leads to the post.
  const named = await browser.newPage();
  await logIn(named, 'tanaka@sakura-hospital.example');
  await expect(named.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  await switchToEnglish(named);
  await open(named, '/notifications');
  const mention = named.getByRole('listitem').filter({ hasText: 'You were mentioned in “Hosting nurses from Mongolia”.' });
  await expect(mention).toContainText('NAKAMURA Takashi');
  await mention.getByRole('link').click();
  await expect(named.getByRole('heading', { level: 1, name: 'Hosting nurses from Mongolia' })).toBeVisible();
  await open(named, '/dashboard');
  await expect(named.getByRole('region', { name: 'Mentions of you' })).toContainText('Hosting nurses from Mongolia');
  await named.close();

  // The starter sees the reply on the dashboard and in the notifications, marks it as the
  // answer and bookmarks it.
  await open(page, '/dashboard');
  await expect(page.getByRole('region', { name: 'New in threads you follow' })).toContainText('Hosting nurses from Mongolia');
  await open(page, '/notifications');
  await expect(page.getByRole('link', { name: 'New reply in “Hosting nurses from Mongolia”, a thread you follow.' })).toBeVisible();
  await open(page, address);
  await page.getByRole('button', { name: 'Mark post #2 as the answer' }).click();
  await expect(page.getByRole('region', { name: 'Accepted answer' })).toContainText('ran the programme');
  await page.getByRole('button', { name: 'Bookmark post #2' }).click();
  await expect(page.getByRole('button', { name: 'Bookmark post #2', pressed: true })).toBeVisible();

  // The starter edits the question: the new text shows, marked as edited.
  await page.getByRole('button', { name: 'Edit post #1' }).click();
  await expect(page.getByLabel('Edited text')).toHaveValue('Who has hosted nurses from Ulaanbaatar?');
  await page.getByLabel('Edited text').fill('Who has hosted nurses from Ulaanbaatar or Darkhan?');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  const question = page.getByRole('article').first();
  await expect(question).toContainText('or Darkhan?');
  await expect(question).toContainText('edited');

  // A reply of their own they delete: it stays in place, marked deleted.
  await page.getByLabel('Your reply').fill('Thank you, that is what I needed.');
  await page.getByRole('button', { name: 'Post the reply' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'that is what I needed' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete post #3' }).click();
  await page.getByRole('button', { name: 'Delete the post' }).click();
  await expect(page.getByRole('article').nth(2)).toContainText('This post was deleted by its author.');
  await expect(page.getByText('that is what I needed')).toHaveCount(0);

  // The list shows the thread solved; the bookmark is in "My bookmarks".
  await open(page, '/threads');
  await expect(page.getByRole('listitem').filter({ hasText: 'Hosting nurses from Mongolia' })).toContainText('Solved');
  await page.getByRole('link', { name: 'My bookmarks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My bookmarks' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Hosting nurses from Mongolia' })).toContainText('ran the programme');

  // The replier is told their reply was the answer.
  await open(other, '/notifications');
  await expect(other.getByRole('link', { name: 'Your reply in “Hosting nurses from Mongolia” was marked as the answer.' })).toBeVisible();
  await other.close();
});
