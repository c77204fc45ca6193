import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { logIn, open } from './helpers';

// WCAG 2.x A and AA rules (the level JIS X 8341-3 asks for), checked by axe-core on each page.
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test('public pages meet WCAG AA in both languages', async ({ page }) => {
  for (const path of ['/', '/login', '/login/code', '/apply', '/password/forgot']) {
    await open(page, path);
    await expectNoViolations(page);
  }
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expectNoViolations(page);
});

test('member pages meet WCAG AA', async ({ page }) => {
  // Thirty-two pages, each checked by axe: longer than one journey's 30 s on a busy 2-core machine.
  test.setTimeout(240_000);
  await logIn(page, 'admin@example.jp');
  await expect(page.getByRole('heading', { name: /^(ダッシュボード|Dashboard)$/ })).toBeVisible();
  for (const [path, heading] of [['/directory', '会員名簿'], ['/profile', 'プロフィール'], ['/organization', '所属組織の管理'], ['/directory/2', '東都さくら記念病院'], ['/admin', '管理'], ['/admin/security', 'セキュリティログ'], ['/profile/two-step', '二段階認証'], ['/threads', 'スレッド'], ['/threads/new', 'スレッドを立てる'], ['/threads/search?q=%E9%80%9A%E8%A8%B3', 'スレッドを検索'], ['/threads/2', 'ベトナムでのクリニック開設許可の手続き'], ['/threads/bookmarks', 'ブックマーク'], ['/threads/categories', 'カテゴリの管理'], ['/notifications', '通知'], ['/moderation', 'モデレーション'], ['/moderation/log', 'モデレーション記録'], ['/dashboard', 'ダッシュボード'], ['/events', 'イベント'], ['/events?mine=true', 'イベント'], ['/events/1', '第12回 MEJフォーラム シンポジウム'], ['/events/new', 'イベントの作成'], ['/events/1/edit', 'イベントの編集'], ['/events/3/registrants', '申込者一覧'], ['/events/digests', 'シンポジウム・ダイジェスト'], ['/events/2/digest', 'ダイジェスト: 第11回 MEJフォーラム シンポジウム'], ['/events/6/digest/edit', 'ダイジェストを編集'], ['/projects', 'プロジェクト'], ['/projects?review=true', 'プロジェクト'], ['/projects/1', 'ハノイ日本式健診センター'], ['/projects/new', 'プロジェクトを提案'], ['/projects/1/edit', 'プロジェクトを編集'], ['/projects/matching', '自組織の強みを活かせるプロジェクト'], ['/referrals', '外国人患者の受入れ相談'], ['/referrals/new', '症例を相談する'], ['/referrals/1', '症例 #1'], ['/referrals/acceptance', '外国人患者の受入れ']]) {
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoViolations(page);
  }
});

test('everything on the login form is reachable with the keyboard', async ({ page }) => {
  await open(page, '/login');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.getByLabel('Email address').focus();
  await page.keyboard.type('member@example.jp');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type('Forum-demo-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
