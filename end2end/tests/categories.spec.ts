import { test, expect } from '@playwright/test';
import { logInInEnglish, open } from './helpers';

test('staff add a bilingual category, move it, edit it and delete it; members see it in the list', async ({ page, browser }) => {
  await logInInEnglish(page, 'staff@example.jp');
  await open(page, '/threads');
  await page.getByRole('link', { name: 'Manage categories' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manage categories' })).toBeVisible();

  // A name another category has (in other case) is refused, and what was typed stays.
  const add = page.getByRole('region', { name: 'Add a category' });
  await add.getByLabel('Name (Japanese)').fill('遠隔医療');
  await add.getByLabel('Name (English)').fill('OUTBOUND');
  await add.getByLabel('Description (English)').fill('Remote consultations with partner hospitals abroad.');
  await add.getByRole('button', { name: 'Add the category' }).click();
  await expect(add.getByText('Another category has this name.')).toBeVisible();
  await expect(add.getByLabel('Name (Japanese)')).toHaveValue('遠隔医療');
  await add.getByLabel('Name (English)').fill('Telemedicine');
  await add.getByRole('button', { name: 'Add the category' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The category is saved.' })).toBeVisible();
  await expect(add.getByLabel('Name (English)')).toHaveValue('');

  // It comes last; one step up puts it before the last.
  const items = page.getByRole('region', { name: 'Categories' }).getByRole('listitem');
  await expect(items.last()).toContainText('遠隔医療 / Telemedicine');
  const count = await items.count();
  await items.last().getByRole('button', { name: 'Move “Telemedicine” up' }).click();
  await expect(items.nth(count - 2)).toContainText('Telemedicine');
  await expect(items.last()).not.toContainText('Telemedicine');

  // Edited in place: a new English name, and posts wait for approval.
  const item = items.filter({ hasText: 'Telemedicine' });
  await item.getByRole('button', { name: 'Edit “Telemedicine”' }).click();
  await item.getByLabel('Name (English)').fill('Telemedicine and remote care');
  await item.getByLabel('Every new post waits for approval by MEJ staff').check();
  await item.getByRole('button', { name: 'Save the category' }).click();
  await expect(items.nth(count - 2)).toContainText('遠隔医療 / Telemedicine and remote care');
  await expect(items.nth(count - 2)).toContainText('posts shown after approval');

  // A member finds it among the categories, and cannot manage them.
  const member = await browser.newPage();
  await logInInEnglish(member, 'member@example.jp');
  await open(member, '/threads');
  const nav = member.getByRole('navigation', { name: 'Categories' });
  await expect(nav.getByRole('link', { name: 'Telemedicine and remote care' })).toBeVisible();
  await expect(member.getByRole('link', { name: 'Manage categories' })).toHaveCount(0);
  const refused = await member.goto('/threads/categories');
  expect(refused?.status()).toBe(403);

  // Empty, it can be deleted; the keyboard reaches the button.
  const del = item.getByRole('button', { name: 'Delete “Telemedicine and remote care”' });
  await del.focus();
  await page.keyboard.press('Enter');
  await expect(items.filter({ hasText: 'Telemedicine' })).toHaveCount(0);
  await open(member, '/threads');
  await expect(nav.getByRole('link', { name: 'Telemedicine and remote care' })).toHaveCount(0);
});
