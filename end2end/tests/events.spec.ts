import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { logInInEnglish, open } from './helpers';

/** A day `days` ahead, as `<input type="datetime-local">` takes it, at `time`. */
function ahead(days: number, time: string) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${time}`;
}

/** Staff create an event through the form and publish it; answers its page's path. */
async function createEvent(page: Page, title: string, capacity: string, question = false, invite?: string) {
  await open(page, '/events');
  await page.getByRole('link', { name: 'Create an event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  await page.getByLabel('Title (Japanese)').fill(`${title}(日本語)`);
  await page.getByLabel('Title (English)').fill(title);
  await page.getByLabel('Starts').fill(ahead(40, '14:00'));
  await page.getByLabel('Ends').fill(ahead(40, '17:30'));
  await page.getByLabel('Venue (Japanese)').fill('東京国際フォーラム');
  await page.getByLabel('Venue (English)').fill('Tokyo International Forum');
  await page.getByLabel('Capacity').fill(capacity);
  if (invite) {
    await page.getByLabel('Visible to').selectOption({ label: 'Invited organizations only' });
    const invited = page.getByRole('group', { name: /^Invited organizations/ });
    await page.getByRole('button', { name: 'Save the event' }).click();
    await expect(invited.getByText('Give at least 1.')).toBeVisible();
    await invited.getByLabel(invite).check();
  }
  if (question) {
    await page.getByRole('button', { name: 'Add a question' }).click();
    const q = page.getByRole('group', { name: 'Question 1' });
    await q.getByLabel('Question (Japanese)').fill('懇親会への出席');
    await q.getByLabel('Question (English)').fill('Attending the reception');
    await q.getByLabel('Choices').fill('出席 / Attending\n欠席 / Not attending');
    await q.getByLabel('Answer required').check();
  }
  await page.getByRole('button', { name: 'Save the event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const path = new URL(page.url()).pathname;
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();
  return path;
}

test('staff create and publish an event; a member registers with an answer and cancels', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await logInInEnglish(page, 'staff@example.jp');
  // A form with mistakes keeps what was typed and names each mistake.
  await open(page, '/events/new');
  await page.getByLabel('Title (Japanese)').fill('タイからの看護師研修');
  await page.getByLabel('Title (English)').fill('Training nurses from Thailand');
  await page.getByLabel('Capacity').fill('0');
  await page.getByRole('button', { name: 'Save the event' }).click();
  await expect(page.getByText('Enter a number from 1 to 10000.')).toBeVisible();
  await expect(page.getByLabel('Title (English)')).toHaveValue('Training nurses from Thailand');

  const path = await createEvent(page, 'Training nurses from Thailand', '20', true);

  const member = await browser.newPage();
  await logInInEnglish(member, 'member@example.jp');
  await open(member, '/events');
  await member.getByRole('link', { name: 'Training nurses from Thailand' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Training nurses from Thailand' })).toBeVisible();
  const registration = member.getByRole('region', { name: 'Registration' });
  await registration.getByRole('button', { name: 'Register' }).click();
  await expect(registration.getByText('This field is required.')).toBeVisible();
  await expect(registration.getByRole('group', { name: 'Attending the reception (required)' })).toBeVisible();
  await registration.getByRole('radio', { name: 'Attending', exact: true }).check();
  await registration.getByRole('button', { name: 'Register' }).click();
  await expect(registration.getByRole('status')).toHaveText('You are registered: your seat is confirmed.');
  await expect(member.getByText('19 seats left')).toBeVisible();

  await registration.getByRole('button', { name: 'Cancel my registration' }).click();
  await expect(registration.getByRole('button', { name: 'Register' })).toBeVisible();
  await expect(member.getByText('20 seats left')).toBeVisible();
  expect(path).toMatch(/^\/events\/\d+$/);
});

test('staff invite an organization to an event: its members see it, others do not', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await logInInEnglish(page, 'staff@example.jp');
  await createEvent(page, 'Owari roundtable on interpreters', '10', false, 'Owari Minato General Hospital');
  await expect(page.getByText('Invited organizations: Owari Minato General Hospital')).toBeVisible();

  const invited = await browser.newPage();
  await logInInEnglish(invited, 'ito@owari-minato.example');
  await open(invited, '/events');
  await expect(invited.getByRole('link', { name: 'Owari roundtable on interpreters' })).toBeVisible();
  const other = await browser.newPage();
  await logInInEnglish(other, 'member@example.jp');
  await open(other, '/events');
  await expect(other.getByRole('heading', { level: 2, name: 'Upcoming' })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Owari roundtable on interpreters' })).toHaveCount(0);
});

test('the last seat goes to one member; the next waits first in line and is promoted when it frees', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await logInInEnglish(page, 'staff@example.jp');
  const path = await createEvent(page, 'Meeting with a delegation from Hanoi', '1');

  const first = await browser.newPage();
  await logInInEnglish(first, 'member@example.jp');
  await open(first, path);
  await first.getByRole('region', { name: 'Registration' }).getByRole('button', { name: 'Register' }).click();
  await expect(first.getByRole('region', { name: 'Registration' }).getByRole('status')).toHaveText('You are registered: your seat is confirmed.');

  const second = await browser.newPage();
  await logInInEnglish(second, 'tanaka@sakura-hospital.example');
  await open(second, path);
  await expect(second.getByText('Full (waiting list open)')).toBeVisible();
  await second.getByRole('region', { name: 'Registration' }).getByRole('button', { name: 'Register' }).click();
  await expect(second.getByRole('region', { name: 'Registration' }).getByRole('status')).toContainText('You are number 1 on the waiting list.');

  await first.getByRole('button', { name: 'Cancel my registration' }).click();
  await expect(first.getByRole('region', { name: 'Registration' }).getByRole('button', { name: 'Register' })).toBeVisible();
  await open(second, path);
  await expect(second.getByRole('region', { name: 'Registration' }).getByRole('status')).toHaveText('You are registered: your seat is confirmed.');
  await open(second, '/notifications');
  await expect(second.getByRole('link', { name: /Meeting with a delegation from Hanoi/ })).toBeVisible();
});

test('a member abroad reads the times in their own zone too; staff cancel an event with a reason', async ({ page, browser }) => {
  await logInInEnglish(page, 'staff@example.jp');
  const path = await createEvent(page, 'Outbound committee, special session', '30');
  const reason = page.getByLabel('Reason for cancelling');
  await reason.fill('The speakers could not travel.');
  await page.getByRole('button', { name: 'Cancel the event' }).click();
  await expect(page.getByText('Reason for cancelling: The speakers could not travel.')).toBeVisible();
  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();

  const member = await browser.newPage();
  await logInInEnglish(member, 'an.nguyen@hoasen-hospital.example');
  await open(member, path);
  await expect(member.getByText('This event has been cancelled.').first()).toBeVisible();
  await expect(member.getByText(/14:00–17:30 \(JST\)/)).toBeVisible();
  await expect(member.getByText(/In your time zone: .*12:00–15:30 \(UTC\+07\)/)).toBeVisible();
});

test('staff approve a pending registration, check the person in on the day and export the list for Excel', async ({ page }) => {
  await logInInEnglish(page, 'staff@example.jp');
  await open(page, '/events');
  await page.getByRole('link', { name: /Opinion exchange with the Ministry of Health/ }).click();
  await page.getByRole('link', { name: 'Registrants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrants' })).toBeVisible();

  const yoshida = page.getByRole('article').filter({ hasText: 'yoshida@genkai-hospital.example' });
  await expect(yoshida).toContainText('Awaiting approval');
  await yoshida.getByRole('button', { name: 'Approve: YOSHIDA Osamu' }).click();
  await expect(yoshida).toContainText('Confirmed');

  // At the door: found by kana, checked in with one tap.
  await page.getByLabel('Name, organization or e-mail').fill('よしだ');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 found', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Check in: YOSHIDA Osamu' }).click();
  await expect(yoshida).toContainText('Attended');

  // The page's own strings follow the language switch (they come from the server).
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申込者一覧' })).toBeVisible();
  await expect(yoshida).toContainText('出席');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSVをダウンロード(Excel対応)' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('吉田 修,よしだ おさむ,YOSHIDA Osamu');
});

test('a member finds their registrations, adds an event to their calendar and subscribes to a feed', async ({ page, browser }) => {
  await logInInEnglish(page, 'member@example.jp');
  await open(page, '/events');
  await page.getByRole('link', { name: 'Outbound committee (online)' }).click();
  const registration = page.getByRole('region', { name: 'Registration' });
  await registration.getByRole('button', { name: 'Register' }).click();
  await expect(registration.getByRole('status')).toHaveText('You are registered: your seat is confirmed.');

  // The event's calendar file carries its zone, and for a seat the meeting link.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Add to calendar (ICS)' }).click();
  const ics = readFileSync(await (await download).path(), 'utf8');
  expect(ics).toMatch(/DTSTART;TZID=Asia\/Tokyo:\d{8}T160000/);
  expect(ics).toContain('BEGIN:VTIMEZONE');
  expect(ics.replace(/\r\n /g, '')).toContain('https://meet.example.org/mej-outbound-committee');

  // The dashboard shows it among the member's upcoming events; "My registrations" lists it,
  // and last year's symposium among the past ones.
  await open(page, '/dashboard');
  const upcoming = page.getByRole('region', { name: 'Your upcoming events' });
  await expect(upcoming.getByRole('link', { name: 'Outbound committee (online)' })).toBeVisible();
  await expect(upcoming.getByText('Confirmed', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'All your registrations' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My registrations: upcoming' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Outbound committee (online)' })).toBeVisible();
  await page.getByRole('link', { name: 'Past events' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My registrations: past' })).toBeVisible();
  await expect(page.getByRole('link', { name: /11th MEJ Forum Symposium/ })).toBeVisible();

  // A private feed address, shown once, read by a calendar app without a session; stopped.
  const calendar = page.getByRole('region', { name: 'Add to your calendar' });
  await calendar.getByRole('button', { name: 'Make my calendar address' }).click();
  const address = await calendar.getByLabel('Your private calendar address').inputValue();
  await expect(calendar.getByRole('status')).toContainText('Your calendar address is active');
  const app = await browser.newContext();
  const feed = await app.request.get(address);
  expect(feed.status()).toBe(200);
  expect((await feed.text()).replace(/\r\n /g, '')).toContain('SUMMARY:Outbound committee (online)');
  await calendar.getByRole('button', { name: 'Stop the calendar feed' }).click();
  await expect(calendar.getByRole('status')).toHaveText('You have no calendar address yet.');
  await expect(calendar.getByLabel('Your private calendar address')).toHaveCount(0);
  expect((await app.request.get(address)).status()).toBe(404);
  await app.close();
});
