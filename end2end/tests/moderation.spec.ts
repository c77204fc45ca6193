import { test, expect } from '@playwright/test';
import { logIn, logInInEnglish as inEnglish, open } from './helpers';

test('a flagged post is hidden by staff with a reason; the author and the reporter are told', async ({ page, browser }) => {
  // An organization admin starts a thread that names a patient.
  await inEnglish(page, 'orgadmin@example.jp');
  await open(page, '/threads/new');
  await page.getByLabel('Category').selectOption({ label: 'Inbound / international patients' });
  await page.getByLabel('Title').fill('Follow-up of a patient from Hanoi');
  await page.getByLabel('Post', { exact: true }).fill('Mr Nguyen Van A, born 1970-01-01, passport C1234567, needs a follow-up.');
  await page.getByRole('button', { name: 'Post the thread' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up of a patient from Hanoi' })).toBeVisible();
  const address = new URL(page.url()).pathname;

  // A member flags it, and sees the flag waiting.
  const member = await browser.newPage();
  await logIn(member, 'member@example.jp');
  await expect(member.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(member, address);
  await member.getByRole('button', { name: 'Flag post #1' }).click();
  await member.getByLabel('Confidential patient information').check();
  await member.getByLabel('Note (required for “Other”)').fill('Name, birth date and passport number');
  await member.getByRole('button', { name: 'Send the flag' }).click();
  await expect(member.getByText('MEJ staff will review the post')).toBeVisible();
  await open(member, '/notifications');
  const myFlags = member.getByRole('region', { name: 'Your flags' });
  await expect(myFlags.getByRole('listitem').filter({ hasText: 'Follow-up of a patient from Hanoi' })).toContainText('Waiting for review');

  // Staff claim it in the queue and hide it with a ready-made reason and a note.
  const staff = await browser.newPage();
  await inEnglish(staff, 'staff@example.jp');
  await staff.getByRole('link', { name: 'Moderation' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
  const item = staff.getByRole('article').filter({ hasText: 'Follow-up of a patient from Hanoi' });
  await expect(item).toContainText('Confidential patient information');
  await expect(item).toContainText('MORI Erika');
  await item.getByRole('button', { name: 'Claim' }).click();
  await expect(item.getByText(/Claimed by you until/)).toBeVisible();
  await item.getByLabel('Action').selectOption({ label: 'Hide' });
  await item.getByLabel('Reason template').selectOption({ label: 'It contains information that could identify a patient.' });
  await item.getByLabel('Reason', { exact: true }).fill('Please post again without the passport number.');
  await item.getByRole('button', { name: 'Apply' }).click();
  await expect(staff.getByRole('article').filter({ hasText: 'Follow-up of a patient from Hanoi' })).toHaveCount(0);

  // The moderation log has it, and filters by action.
  await staff.getByRole('link', { name: 'Moderation log' }).click();
  await staff.getByLabel('Action').selectOption({ label: 'Hide' });
  await staff.getByRole('button', { name: 'Filter' }).click();
  await expect(staff.getByRole('row').filter({ hasText: 'Follow-up of a patient from Hanoi' })).toContainText('Please post again without the passport number.');

  // The author sees the post greyed with the reason, and a notification.
  await open(page, address);
  const post = page.getByRole('article').first();
  await expect(post).toContainText('MEJ staff hid this post: only you and the staff can see it.');
  await expect(post).toContainText('It contains information that could identify a patient.');
  await expect(page.getByRole('link', { name: 'Notifications (1 unread)' })).toBeVisible();
  await page.getByRole('link', { name: 'Notifications (1 unread)' }).click();
  await expect(page.getByRole('link', { name: /MEJ staff hid your post in “Follow-up of a patient from Hanoi”/ })).toBeVisible();
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();

  // Everyone else sees only that it was hidden; the reporter hears the outcome.
  await open(member, address);
  await expect(member.getByRole('article').first()).toContainText('This post was hidden by MEJ staff.');
  await expect(member.getByText('passport C1234567')).toHaveCount(0);
  await open(member, '/notifications');
  await expect(member.getByRole('link', { name: /The post you flagged in “Follow-up of a patient from Hanoi” was hidden/ })).toBeVisible();
  await expect(member.getByRole('region', { name: 'Your flags' })).toContainText('Upheld: the post was hidden');
  await member.close();
  await staff.close();
});

test('staff lock a thread with a reason and replies are refused with a clear message', async ({ page }) => {
  await inEnglish(page, 'staff@example.jp');
  await open(page, '/threads/2');
  await page.getByRole('button', { name: 'Moderate this thread' }).click();
  await page.getByLabel('Action').selectOption({ label: 'Lock' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('This field is required.').first()).toBeVisible();
  await page.getByLabel('Reason template').selectOption({ label: 'The question has been resolved.' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('This thread is locked: it takes no more replies.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Post the reply' })).toHaveCount(0);
});

test('a post in a category that requires approval appears only after staff approve it', async ({ page, browser }) => {
  await logIn(page, 'member@example.jp');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await open(page, '/threads/new');
  await page.getByLabel('Category').selectOption({ label: 'Forum operations (posts shown after approval)' });
  await page.getByLabel('Title').fill('Announcing our seminar on inbound care');
  await page.getByLabel('Post', { exact: true }).fill('We hold a seminar on receiving international patients in January.');
  await page.getByRole('button', { name: 'Post the thread' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Announcing our seminar on inbound care' })).toBeVisible();
  await expect(page.getByText('This post is waiting for approval by MEJ staff.')).toBeVisible();

  const other = await browser.newPage();
  await inEnglish(other, 'orgadmin@example.jp');
  await open(other, '/threads?category=6');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Announcing our seminar on inbound care' })).toHaveCount(0);

  // An admin moderates too (the staff account's codes are spent by the journeys before).
  const staff = await browser.newPage();
  await inEnglish(staff, 'admin@example.jp');
  // The dashboard shows the queue's size and leads to it.
  await open(staff, '/dashboard');
  await staff.getByRole('link', { name: /\d+ to review/ }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
  const item = staff.getByRole('article').filter({ hasText: 'Announcing our seminar on inbound care' });
  await item.getByRole('button', { name: 'Claim' }).click();
  await item.getByLabel('Action').selectOption({ label: 'Approve' });
  await item.getByRole('button', { name: 'Apply' }).click();
  await expect(staff.getByRole('article').filter({ hasText: 'Announcing our seminar on inbound care' })).toHaveCount(0);

  await open(other, '/threads?category=6');
  await expect(other.getByRole('link', { name: 'Announcing our seminar on inbound care' })).toBeVisible();
  await other.close();
  await staff.close();
});

test('staff silence a member for a week; the member still reads, sees until when and why, and cannot reply', async ({ page, browser }) => {
  await inEnglish(page, 'staff@example.jp');
  await open(page, '/threads/3');
  const reply = page.getByRole('article').nth(1);
  await reply.getByRole('button', { name: 'Moderate post #2' }).click();
  await reply.getByLabel('Action').selectOption({ label: 'Silence the author' });
  await reply.getByLabel('Silence for (when silencing)').selectOption({ label: '7 days' });
  await reply.getByLabel('Reason', { exact: true }).fill('Please read the Forum rules before posting again.');
  const done = page.waitForResponse(r => r.url().includes('/api/moderate') && r.ok());
  await reply.getByRole('button', { name: 'Apply' }).click();
  await done;

  const member = await browser.newPage();
  await inEnglish(member, 'o.alhashimi@tomoshibi-assist.example');
  await open(member, '/threads/3');
  await expect(member.getByRole('heading', { level: 1, name: 'Medical interpreters for Chinese-speaking patients' })).toBeVisible();
  const notice = member.getByRole('status').filter({ hasText: 'MEJ staff have paused your posting until' });
  await expect(notice).toContainText('Please read the Forum rules before posting again.');
  await expect(member.getByLabel('Your reply')).toHaveCount(0);
  await open(member, '/notifications');
  await expect(member.getByRole('link', { name: /MEJ staff paused your posting/ })).toBeVisible();
  await member.close();
});
