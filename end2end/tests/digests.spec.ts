import { test, expect } from '@playwright/test';
import { logInInEnglish, open } from './helpers';

const MEETING = "Meeting with a delegation of Thailand's Ministry of Public Health: endoscopy training";

test('members read last year\'s symposium digest and start its discussion', async ({ page }) => {
  await logInInEnglish(page, 'member@example.jp');
  await open(page, '/events');
  await page.getByRole('link', { name: 'Symposium digests' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Symposium digests' })).toBeVisible();
  await page.getByRole('link', { name: '11th MEJ Forum Symposium' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digest: 11th MEJ Forum Symposium' })).toBeVisible();
  const points = page.getByRole('region', { name: 'Key points' });
  await expect(points.getByRole('listitem')).toHaveCount(4);
  const programme = page.getByRole('region', { name: 'Programme' });
  await expect(programme.getByText('Nguyen Thi An, Hoa Sen Hospital')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Materials' }).getByRole('link', { name: /Keynote slides/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Manage the digest' })).toHaveCount(0);

  // The discussion starts in the outbound category, its first post linking back.
  await page.getByRole('button', { name: 'Discuss this digest' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digest: 11th MEJ Forum Symposium' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the digest' })).toBeVisible();
  await page.getByRole('link', { name: 'Read the digest' }).click();
  await expect(page.getByRole('link', { name: 'Read the discussion of this digest' })).toBeVisible();
});

test('staff write a digest with a preview and publish it; members read it only then', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await logInInEnglish(page, 'staff@example.jp');
  await open(page, '/events?past=true');
  await page.getByRole('link', { name: MEETING }).click();
  await page.getByRole('link', { name: 'Write the digest' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the digest' })).toBeVisible();

  // A mistake is named beside its field, and what was typed stays.
  await page.getByLabel('Summary (Japanese)').fill('タイでの内視鏡研修について意見交換しました。');
  await page.getByLabel('Summary (English)').fill('We discussed **endoscopy training** in Thailand.');
  await page.getByLabel('Key points (English)').fill('- Train trainers first\n- Start in Bangkok');
  await page.getByLabel('Materials').fill('Minutes | ftp://example.org/minutes');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter an address starting with https://.')).toBeVisible();
  await expect(page.getByLabel('Summary (English)')).toHaveValue('We discussed **endoscopy training** in Thailand.');

  // The preview shows the digest as members will read it, without saving it.
  await page.getByLabel('Materials').fill('Minutes | https://example.org/minutes.pdf');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('endoscopy training', { exact: true })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'Start in Bangkok' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Digest: ${MEETING}` })).toBeVisible();
  await expect(page.getByText('Draft (not published)')).toBeVisible();
  // The page may show before the address bar has changed: wait for the digest's own address.
  await expect(page).toHaveURL(/\/events\/\d+\/digest$/);
  const path = new URL(page.url()).pathname;

  // A member does not see the draft; once published, they read it.
  const member = await browser.newPage();
  await logInInEnglish(member, 'member@example.jp');
  await open(member, '/events/digests');
  await expect(member.getByRole('link', { name: MEETING })).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish the digest' }).click();
  await expect(page.getByRole('button', { name: 'Take back to draft (unpublish)' })).toBeVisible();
  await open(member, '/events/digests');
  await member.getByRole('link', { name: MEETING }).click();
  await expect(member.getByRole('heading', { level: 1, name: `Digest: ${MEETING}` })).toBeVisible();
  await expect(member.getByRole('link', { name: 'Minutes' })).toHaveAttribute('href', 'https://example.org/minutes.pdf');
  expect(new URL(member.url()).pathname).toBe(path);
});
