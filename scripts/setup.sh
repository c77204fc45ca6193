#!/usr/bin/env bash
# Installs what is missing to build, run and test the MEJ Forum; safe to run again.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium and Playwright)
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

apt_missing=()
command -v brotli >/dev/null || apt_missing+=(brotli)
command -v wrk >/dev/null || apt_missing+=(wrk)
$want_browser && { command -v chromium >/dev/null || apt_missing+=(chromium); }
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${apt_missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

echo "==> rust target wasm32-unknown-unknown"
rustup target add wasm32-unknown-unknown >/dev/null 2>&1

if [ "$(cargo leptos --version 2>/dev/null || true)" != "cargo-leptos 0.3.10" ]; then
  echo "==> cargo install cargo-leptos 0.3.10 (about 17 minutes on 2 cores)"
  cargo install cargo-leptos --version 0.3.10 --locked --features no_downloads
fi

# leptosfmt formats the `view!` bodies that rustfmt leaves alone (checked by scripts/test.sh).
if [ "$(leptosfmt --version 2>/dev/null || true)" != "leptosfmt 0.1.33" ]; then
  echo "==> cargo install leptosfmt 0.1.33 (about 2 minutes)"
  cargo install leptosfmt --version 0.1.33 --locked
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ]; then
  echo "==> cargo install wasm-bindgen-cli $wbg_version"
  cargo install wasm-bindgen-cli --version "$wbg_version"
fi

# npm packages: binaryen's wasm-opt for release builds, Playwright for the browser tests.
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  echo "==> npm ci (end2end)"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
fi
