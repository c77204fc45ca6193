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
  await expect(other.getByRole('status')).toHaveText('1 project');
  await other.getByRole('link', { name: TITLE }).click();
  await expect(other.getByText('Mahosot Hospital, Vientiane')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Edit the project' })).toHaveCount(0);
});

test("an organization's projects, from its directory page or by its name", async ({ page }) => {
  await logInInEnglish(page, 'member@example.jp');
  await open(page, '/directory/3');
  await page.getByRole('link', { name: 'Projects this organization takes part in' }).click();
  await expect(page.getByText('Projects Naniwa Central Medical Center takes part in')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('2 projects');
  await page.getByRole('link', { name: 'Remove the organization filter' }).click();
  // Every published project again (the earlier tests publish more than the demo's ten).
  await expect(page.getByText('Projects Naniwa Central Medical Center takes part in')).toHaveCount(0);
  await expect(page.getByRole('status')).not.toHaveText('2 projects');

  // Its name in Japanese, with another filter: what was typed stays in the box.
  const name = page.getByLabel('Organization taking part');
  await name.fill('浪速中央');
  await page.getByLabel('Direction').selectOption({ label: 'Inbound' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('status')).toHaveText('1 project');
  await expect(page.getByRole('link', { name: 'Receiving cancer patients from Vietnam' })).toBeVisible();
  await expect(name).toHaveValue('浪速中央');
});

test('filters narrow both the project list and its map', async ({ page }) => {
  await logInInEnglish(page, 'member@example.jp');
  await open(page, '/projects');
  const map = page.getByRole('figure');
  await expect(map.getByRole('link', { name: 'Vietnam: 3 projects' })).toBeVisible();
  await expect(map.getByRole('link', { name: 'Thailand: 1 project' })).toBeVisible();

  await page.getByLabel('Direction').selectOption({ label: 'Inbound' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('status')).toHaveText('2 projects');
  await expect(map.getByRole('link', { name: 'Vietnam: 1 project' })).toBeVisible();
  await expect(map.getByRole('link', { name: /^Thailand/ })).toHaveCount(0);

  // A country on the map narrows the list to it, keeping the other filters.
  await map.getByRole('link', { name: 'Vietnam: 1 project' }).click();
  await expect(page.getByRole('status')).toHaveText('1 project');
  await expect(page.getByRole('link', { name: 'Receiving cancer patients from Vietnam' })).toBeVisible();
  expect(new URL(page.url()).search).toContain('country=VN');
});

test('another organization asks to join; the lead accepts; the project shows both', async ({ page, browser }) => {
  const HANOI = 'Japanese-style health-check center in Hanoi';
  const BRINGS = 'Interpreters for Vietnamese patients and their families, two days a week.';
  await logInInEnglish(page, 'kinjo@ryukyu-midori.example');
  await open(page, '/projects/1');
  const join = page.getByRole('region', { name: 'Ask to join' });
  await join.getByLabel('Taking part as').selectOption({ label: 'Observer' });
  // Only spaces: named beside the field, and the chosen part stays.
  await join.getByLabel('What your organization brings').fill('   ');
  await join.getByRole('button', { name: 'Send the request' }).click();
  await expect(join.getByLabel('What your organization brings')).toHaveAttribute('aria-invalid', 'true');
  await expect(join.getByLabel('Taking part as')).toHaveValue('observer');
  await join.getByLabel('Taking part as').selectOption({ label: 'Partner' });
  await join.getByLabel('What your organization brings').fill(BRINGS);
  await join.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByText("Your organization's request to join is waiting for the lead's decision.")).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ask to join' })).toHaveCount(0);

  // The lead is told, opens the project from the notification and accepts.
  const lead = await browser.newPage();
  await logInInEnglish(lead, 'member@example.jp');
  await open(lead, '/notifications');
  await lead.getByRole('link', { name: `Ryukyu Midori Hospital asks to join “${HANOI}”.` }).click();
  await expect(lead.getByRole('heading', { level: 1, name: HANOI })).toBeVisible();
  const requests = lead.getByRole('region', { name: 'Requests to join' });
  await expect(requests.getByText(BRINGS)).toBeVisible();
  await requests.getByRole('button', { name: 'Accept: Ryukyu Midori Hospital' }).click();
  const taking_part = lead.getByRole('region', { name: 'Organizations taking part' });
  await expect(taking_part.getByRole('link', { name: 'Ryukyu Midori Hospital' })).toBeVisible();
  await expect(taking_part.getByRole('link', { name: 'Toto Sakura Memorial Hospital' })).toBeVisible();
  await expect(requests.getByText(BRINGS)).toHaveCount(0);

  // The organization that asked is told, and sees itself taking part.
  await open(page, '/notifications');
  await page.getByRole('link', { name: `Your organization's request to join “${HANOI}” was accepted.` }).click();
  await expect(page.getByRole('region', { name: 'Organizations taking part' }).getByRole('link', { name: 'Ryukyu Midori Hospital' })).toBeVisible();
});

test('a follower sees a milestone the lead ticks and the update the lead posts', async ({ page, browser }) => {
  const THAILAND = 'Endoscopy training program in Thailand';
  const MILESTONE = 'First cohort of trainee endoscopists arrives';
  await logInInEnglish(page, 'yoshida@genkai-hospital.example');
  await open(page, '/projects/2');
  await expect(page.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Follow' }).click();
  await expect(page.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'true');
  // A follower who takes no part reads, and neither ticks nor posts.
  await expect(page.getByRole('button', { name: `Mark done: ${MILESTONE}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Post the update' })).toHaveCount(0);

  const lead = await browser.newPage();
  await logInInEnglish(lead, 'goto@jsiee.example');
  await open(lead, '/projects/2');
  const milestones = lead.getByRole('region', { name: 'Milestones' });
  await milestones.getByRole('button', { name: `Mark done: ${MILESTONE}` }).click();
  await expect(milestones.getByRole('button', { name: `Mark not done: ${MILESTONE}` })).toBeVisible();
  const updates = lead.getByRole('region', { name: 'Updates' });
  await updates.getByLabel('Update', { exact: true }).fill('**Cohort 1** arrived in Tokyo: six endoscopists.');
  await updates.getByRole('button', { name: 'Post the update' }).click();
  await expect(updates.getByText('arrived in Tokyo: six endoscopists.')).toBeVisible();

  await open(page, '/notifications');
  await expect(page.getByRole('link', { name: `New update in “${THAILAND}”, a project you follow.` })).toBeVisible();
  await page.getByRole('link', { name: `A milestone of “${THAILAND}”, a project you follow, was reached.` }).click();
  const reached = page.getByRole('region', { name: 'Milestones' }).getByRole('listitem').filter({ hasText: MILESTONE });
  await expect(reached.getByText('Done', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Updates' }).getByText('Cohort 1', { exact: true })).toBeVisible();
});

test('a project shows organizations that could help; a member finds projects that need what they do', async ({ page }) => {
  await logInInEnglish(page, 'member@example.jp');
  await open(page, '/projects/2');
  const helpers = page.getByRole('region', { name: 'Organizations that could help' });
  await expect(helpers.getByRole('listitem').first()).toContainText('Specialties that match');
  // Those taking part are not offered.
  await expect(helpers.getByRole('link', { name: 'Naniwa Central Medical Center' })).toHaveCount(0);

  await open(page, '/projects');
  await page.getByRole('link', { name: 'Projects that need what we do' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects that need what we do' })).toBeVisible();
  const matches = page.getByRole('list', { name: 'Projects that need what we do' });
  await expect(matches.getByRole('listitem').first()).toContainText('Specialties that match');
  // Projects the demo hospital leads are not listed.
  await expect(matches.getByRole('link', { name: 'Japanese-style health-check center in Hanoi' })).toHaveCount(0);
});

test('a member starts a thread about a project; the thread names it and the project lists it', async ({ page }) => {
  const PROJECT = 'Japanese-style health-check center in Hanoi';
  const THREAD = 'Interpreters for the Hanoi health-check center';
  await logInInEnglish(page, 'kinjo@ryukyu-midori.example');
  await open(page, '/projects/1');
  // The demo thread and meeting about the project are listed on its page.
  const threads = page.getByRole('region', { name: 'Threads about this project' });
  await expect(threads.getByRole('link', { name: 'ベトナムでのクリニック開設許可の手続き' })).toBeVisible();
  const events = page.getByRole('region', { name: 'Events about this project' });
  await expect(events.getByRole('link', { name: "Meeting with a delegation of Vietnam's Ministry of Health" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create an event about this project' })).toHaveCount(0);

  await threads.getByRole('link', { name: 'Start a thread about this project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start a thread' })).toBeVisible();
  await expect(page.getByRole('link', { name: PROJECT })).toBeVisible();
  await page.getByLabel('Category').selectOption({ label: 'Human resources and training' });
  await page.getByLabel('Title').fill(THREAD);
  await page.getByLabel('Post', { exact: true }).fill('How do you arrange Vietnamese interpreters for check-ups?');
  await page.getByRole('button', { name: 'Post the thread' }).click();
  await expect(page.getByRole('heading', { level: 1, name: THREAD })).toBeVisible();

  await page.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
  await expect(threads.getByRole('link', { name: THREAD })).toBeVisible();
});
