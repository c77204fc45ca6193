import { test, expect } from '@playwright/test';
import { logInInEnglish, open } from './helpers';

const TITLE = 'Maternal health training in Vientiane';

test('a member proposes a project; staff return it with a reason; it is proposed again and published', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await logInInEnglish(page, 'member@example.jp');
  await open(page, '/projects');
  await page.getByRole('link', { name: 'Propose a project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a project' })).toBeVisible();

  // A title too long is named beside its field, and what was typed stays.
  await page.getByLabel('Title (Japanese)').fill('ラオス・ビエンチャン 母子保健研修');
  await page.getByLabel('Title (English)').fill('x'.repeat(201));
  await page.getByLabel('Summary (Japanese)').fill('助産師の研修を行う。');
  await page.getByLabel('Summary (English)').fill('Training midwives with the Ministry of Health.');
  await page.getByLabel('Partner country').selectOption({ label: 'Laos' });
  await page.getByRole('group', { name: 'Support sought' }).getByLabel('Funding').check();
  await page.getByRole('group', { name: 'Specialties sought' }).getByLabel('Obstetrics and gynecology').check();
  await page.getByRole('button', { name: 'Propose' }).click();
  await expect(page.getByLabel('Title (English)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Summary (English)')).toHaveValue('Training midwives with the Ministry of Health.');

  await page.getByLabel('Title (English)').fill(TITLE);
  await page.getByRole('button', { name: 'Propose' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Awaiting review')).toBeVisible();
  const path = new URL(page.url()).pathname;

  // Staff find it among the proposals and return it with a reason.
  const staff = await browser.newPage();
  await logInInEnglish(staff, 'staff@example.jp');
  await open(staff, '/projects?review=true');
  await staff.getByRole('link', { name: TITLE }).click();
  await staff.getByLabel('Reason for returning it (the proposers read it)').fill('Please name the partner hospital.');
  await staff.getByRole('button', { name: 'Return to the proposers' }).click();
  await expect(staff.getByText('Returned', { exact: true })).toBeVisible();

  // The member reads the reason, changes the project and proposes it again.
  await open(page, path);
  await expect(page.getByText('Staff returned this proposal')).toBeVisible();
  await expect(page.getByText('Please name the partner hospital.')).toBeVisible();
  await page.getByRole('link', { name: 'Edit the project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the project' })).toBeVisible();
  await page.getByLabel('Partner institutions and government bodies').fill('Mahosot Hospital, Vientiane');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Awaiting review')).toBeVisible();

  // Staff publish it; another organization's member finds it in the list.
  await open(staff, path);
  await staff.getByRole('button', { name: 'Publish' }).click();
  await expect(staff.getByText('Awaiting review')).toHaveCount(0);
  const other = await browser.newPage();
  await logInInEnglish(other, 'kinjo@ryukyu-midori.example');
  await open(other, '/projects');
  await other.getByLabel('Partner country').selectOption({ label: 'Laos' });
  await other.getByRole('button', { name: 'Filter' }).click();
  await expect(other.getByRole('status')).toHaveText('1 projects');
  await other.getByRole('link', { name: TITLE }).click();
  await expect(other.getByText('Mahosot Hospital, Vientiane')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Edit the project' })).toHaveCount(0);
});

test('filters narrow both the project list and its map', async ({ page }) => {
  await logInInEnglish(page, 'member@example.jp');
  await open(page, '/projects');
  const map = page.getByRole('figure');
  await expect(map.getByRole('link', { name: 'Vietnam: 3 projects' })).toBeVisible();
  await expect(map.getByRole('link', { name: 'Thailand: 1 projects' })).toBeVisible();

  await page.getByLabel('Direction').selectOption({ label: 'Inbound' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('status')).toHaveText('2 projects');
  await expect(map.getByRole('link', { name: 'Vietnam: 1 projects' })).toBeVisible();
  await expect(map.getByRole('link', { name: /^Thailand/ })).toHaveCount(0);

  // A country on the map narrows the list to it, keeping the other filters.
  await map.getByRole('link', { name: 'Vietnam: 1 projects' }).click();
  await expect(page.getByRole('status')).toHaveText('1 projects');
  await expect(page.getByRole('link', { name: 'Receiving cancer patients from Vietnam' })).toBeVisible();
  expect(new URL(page.url()).search).toContain('country=VN');
});
