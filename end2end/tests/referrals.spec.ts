import { test, expect } from '@playwright/test';
import { logInInEnglish, open } from './helpers';

test('a referral reaches the matched hospital, which accepts; the submitter chooses it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await logInInEnglish(page, 'an.nguyen@hoasen-hospital.example');
  await open(page, '/referrals');
  await page.getByRole('link', { name: 'Refer a case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Refer a case' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Do not write anything that identifies the patient');

  await page.getByLabel('Specialty needed').selectOption({ label: 'Oncology' });
  const named = 'Woman, 52. Ovarian cancer, recurrence after chemotherapy in June 2026. Mrs. Lan asks for surgery.';
  await page.getByLabel('Condition summary').fill(named);
  const languages = page.getByRole('group', { name: "The patient's languages" });
  await languages.getByLabel('Vietnamese').check();
  await languages.getByLabel('English').check();
  await page.getByLabel("The patient's country").selectOption({ label: 'Vietnam' });
  await page.getByRole('button', { name: 'Send the case' }).click();
  // The name is found and said beside the field; what was typed stays.
  await expect(page.getByText('This names a person')).toBeVisible();
  await expect(page.getByLabel('Condition summary')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Condition summary')).toHaveValue(named);
  await page.getByLabel('Condition summary').fill('Woman, 52. Ovarian cancer, recurrence after chemotherapy in June 2026. Seeks surgery.');
  await page.getByRole('button', { name: 'Send the case' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Case #\d+$/ });
  await expect(heading).toBeVisible();
  const title = (await heading.textContent()) ?? '';
  const path = new URL(page.url()).pathname;

  // The matched hospital finds the case and can accept it.
  const naniwa = await browser.newPage();
  await logInInEnglish(naniwa, 'li.mei@naniwa-mc.example');
  await open(naniwa, '/referrals');
  await naniwa.getByRole('link', { name: title, exact: true }).click();
  const answer = naniwa.getByRole('region', { name: "Your institution's answer" });
  await answer.getByLabel('Answer', { exact: true }).selectOption({ label: 'Can accept' });
  await answer.getByLabel('Earliest date you could receive the patient').fill('2027-02-15');
  await answer.getByLabel(/^Note/).fill('Our gynecologic oncology team can review the case.');
  await answer.getByRole('button', { name: 'Send the answer' }).click();
  await expect(naniwa.getByRole('region', { name: 'History' }).getByText('Can accept')).toBeVisible();

  // The submitter sees the answers side by side and chooses Naniwa; the case closes.
  await open(page, path);
  const answers = page.getByRole('region', { name: 'Answers from the institutions' });
  await expect(answers.getByRole('listitem').first()).toContainText('Naniwa Central Medical Center');
  await expect(answers.getByRole('listitem').first()).toContainText('Can accept');
  await answers.getByRole('button', { name: 'Choose this institution — Naniwa Central Medical Center' }).click();
  await expect(page.getByRole('region', { name: 'History' }).getByText('Institution chosen')).toBeVisible();
  await expect(answers.getByRole('button', { name: /Choose this institution/ })).toHaveCount(0);
});

test('a hospital the case did not reach gets 404 at its address', async ({ page }) => {
  await logInInEnglish(page, 'ito@owari-minato.example');
  const response = await page.goto('/referrals/3');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('We could not find what you were looking for.')).toBeVisible();
});
