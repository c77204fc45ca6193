#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on http://127.0.0.1:3000 with
# a SQLite database under ./data/ (demo data is added when the database is empty).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo leptos build --release --split
mkdir -p data
export DATABASE_URL="${DATABASE_URL:-sqlite://data/mej.db?mode=rwc}"
# Mails (reset and invitation links) are delivered as files into data/mail/: a local mailbox.
export MAIL_DIR="${MAIL_DIR:-data/mail}"
exec target/release/server serve --seed-demo
