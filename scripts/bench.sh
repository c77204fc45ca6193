#!/usr/bin/env bash
# Benchmarks server pages: p50/p99 latency of the landing page and of the member directory
# (logged in) with 500 extra organizations, measured with wrk against 127.0.0.1 only.
# Usage: scripts/bench.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
secs="${1:-10}"
[ -x target/release/server ] || cargo leptos build --release --split

dir=$(mktemp -d)
port=3199
export DATABASE_URL="sqlite://$dir/bench.db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" LOG_LEVEL=warn
target/release/server seed --bulk-organizations 500 >/dev/null
target/release/server serve & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

# Log in as the demo member through the login server function to get a session cookie.
login_path=$(curl -s "http://127.0.0.1:$port/login" | grep -o '/api/login[0-9]*' | head -1 || true)
[ -n "$login_path" ] || login_path=$(strings target/release/server | grep -o '^/api/login[0-9]*$' | head -1)
cookie=$(curl -s -D - -o /dev/null -H 'Accept: application/json' \
  --data 'email=member%40example.jp&password=Forum-demo-2026' "http://127.0.0.1:$port$login_path" \
  | grep -i '^set-cookie: mej_session=' | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
[ -n "$cookie" ] || { echo "login failed"; exit 1; }

# One connection gives the latency of a single request; sixteen show throughput under load.
run() {
  local name=$1 path=$2
  for conns in 1 16; do
    echo "== $name ($path), ${secs}s, $conns connection(s)"
    wrk -t"$(( conns > 1 ? 2 : 1 ))" -c"$conns" -d"${secs}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port$path" \
      | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx'
  done
}
run "landing page" "/"
run "directory, 525 organizations, first page" "/directory"
run "directory search (kana)" "/directory?q=%E3%81%95%E3%81%8F%E3%82%89"

# Every response must end: 1,000 rounds over the member pages (and a 404), 40 at a time, each
# request given 10 s; a response cut short or never finished counts as unfinished.
paths="/dashboard /directory /profile /directory/2 /directory/9999 /admin /organization / /password/reset/abc /no-such-page"
echo "== unfinished responses: 1000 rounds of $(echo $paths | wc -w) pages, 40 concurrent"
seq 1000 | xargs -P 40 -I{} sh -c 'for p in '"$paths"'; do curl -s -m 10 -H "Cookie: '"$cookie"'" -o /dev/null "http://127.0.0.1:'"$port"'$p" || echo "unfinished $p"; done' \
  | sort | uniq -c | sed 's/^/   /'
echo "   (no line above: every response finished)"
