import { defineConfig } from '@playwright/test';

// The built release app on a fresh SQLite database with the demo data, on a port of its own.
const port = 3100;
const run = Date.now();
const dbFile = `.data/e2e-${run}.db`;
// The server delivers mails as files into this folder: the tests' mailbox (see helpers.ts).
process.env.MEJ_E2E_MAIL_DIR ??= `${__dirname}/.data/mail-${run}`;
const mailDir = process.env.MEJ_E2E_MAIL_DIR;
// The time steps of the two-step codes already used, kept in a file so that a worker started
// after a failed test does not offer a code the server has taken (see helpers.ts).
process.env.MEJ_E2E_TOTP_STEPS ??= `${__dirname}/.data/totp-steps-${run}.json`;
const serverLog = '.data/server.log';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `mkdir -p .data && cd .. && DATABASE_URL="sqlite://end2end/${dbFile}?mode=rwc" MAIL_DIR="${mailDir}" LEPTOS_SITE_ADDR=127.0.0.1:${port} LEPTOS_OUTPUT_NAME=mej LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg target/release/server serve --seed-demo > end2end/${serverLog} 2>&1`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
  },
});
