#!/usr/bin/env bash
# Installs what is missing and runs every test: unit and integration tests (on SQLite, and on
# PostgreSQL when TEST_DATABASE_URL is set), then the Playwright journeys against the release
# build in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
start=$(date +%s)

# Each PostgreSQL test creates a database `mej_t_<uuid>` (from a template `mej_t_template_<uuid>`);
# drop them before and after the run.
drop_test_databases() {
  psql "$TEST_DATABASE_URL" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'mej_t_%'" \
    | while read -r db; do psql "$TEST_DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db" >/dev/null; done
}
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "==> database tests on SQLite and on PostgreSQL at $TEST_DATABASE_URL"
  drop_test_databases
else
  echo "==> TEST_DATABASE_URL not set: database tests run on SQLite only"
fi

echo "==> format and lints (server and browser builds)"
cargo fmt --all --check
leptosfmt --check --quiet app/src
cargo clippy -p app -p server --all-targets --features app/ssr -- -D warnings
cargo clippy -p frontend -p app --target wasm32-unknown-unknown --features app/hydrate -- -D warnings

echo "==> unit and integration tests"
rm -rf "${TMPDIR:-/tmp}/mej-tests"   # SQLite test databases of earlier runs
cargo test -p app -p server --no-fail-fast
[ -n "${TEST_DATABASE_URL:-}" ] && drop_test_databases

echo "==> release build"
cargo leptos build --release --split
# The first download (the main WASM) must stay within 300 KB brotli; route chunks load on demand.
raw=$(wc -c < target/site/pkg/mej.wasm); br=$(brotli -c target/site/pkg/mej.wasm | wc -c)
echo "WASM (main): $raw bytes raw, $br bytes brotli; $(ls target/site/pkg/*.wasm | wc -l) files in all"
[ "$br" -le 307200 ] || { echo "WASM budget exceeded: $br > 307200 bytes brotli"; exit 1; }

echo "==> end-to-end tests (Playwright, Chromium)"
(cd end2end && npx playwright test)

echo "==> all tests passed in $(( $(date +%s) - start )) s"
