#!/usr/bin/env bash
# Benchmarks server pages with wrk against 127.0.0.1, on SQLite and (when reachable) PostgreSQL:
# p50/p99 latency at one connection and requests per second at sixteen. Data: the demo plus 500
# generated organizations and 10,000 generated threads holding 100,000 posts (one thread with
# 200 posts, for its first and last page).
# Usage: scripts/bench.sh [seconds per run, default 10]
#   BENCH_POSTGRES_URL: a PostgreSQL database to create the benchmark database from
#   (default postgres://postgres@127.0.0.1:5432/test); BENCH_BACKENDS="sqlite postgres".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
secs="${1:-10}"
[ -x target/release/server ] || cargo leptos build --release --split

dir=$(mktemp -d)
port=3199
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
export LEPTOS_SITE_ADDR="127.0.0.1:$port" LOG_LEVEL=warn

# One connection gives the latency of a single request; sixteen show throughput under load.
run() {
  local name=$1 path=$2
  for conns in 1 16; do
    echo "== $name ($path), ${secs}s, $conns connection(s)"
    wrk -t"$(( conns > 1 ? 2 : 1 ))" -c"$conns" -d"${secs}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port$path" \
      | grep -E 'Requests/sec|^ +50%|^ +90%|^ +99%|Non-2xx'
  done
}

# Seeds the database at DATABASE_URL, serves it, logs in as the demo member, measures the pages.
bench() {
  local backend=$1
  echo "######## $backend"
  local seeded
  seeded=$( { time -p target/release/server seed --bulk-organizations 500 --bulk-threads 10000 --bulk-posts 100000; } 2>&1 )
  local long
  long=$(echo "$seeded" | sed -n 's/^long thread: //p')
  echo "   seeded in $(echo "$seeded" | sed -n 's/^real //p') s; the long thread is /threads/$long"
  target/release/server serve & pid=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

  # Log in as the demo member through the login server function to get a session cookie.
  login_path=$(curl -s "http://127.0.0.1:$port/login" | grep -o '/api/login[0-9]*' | head -1 || true)
  [ -n "$login_path" ] || login_path=$(strings target/release/server | grep -o '^/api/login[0-9]*$' | head -1)
  cookie=$(curl -s -D - -o /dev/null -H 'Accept: application/json' \
    --data 'email=member%40example.jp&password=Forum-demo-2026' "http://127.0.0.1:$port$login_path" \
    | grep -i '^set-cookie: mej_session=' | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
  [ -n "$cookie" ] || { echo "login failed"; exit 1; }

  run "landing page" "/"
  run "directory, 525 organizations, first page" "/directory"
  run "directory search (kana)" "/directory?q=%E3%81%95%E3%81%8F%E3%82%89"
  run "thread page, first of 10 (200 posts)" "/threads/$long"
  run "thread page, last of 10 (200 posts)" "/threads/$long?page=10"
  run "thread list, 10,040 threads, first page" "/threads"
  run "search, 100,000 posts: 看護 (Japanese, 2 characters)" "/threads/search?q=%E7%9C%8B%E8%AD%B7"
  run "search, 100,000 posts: nurse training (English)" "/threads/search?q=nurse%20training"
  run "search, 100,000 posts: JCI 認証 (mixed)" "/threads/search?q=JCI%20%E8%AA%8D%E8%A8%BC"
  if [ "$backend" = sqlite ]; then unfinished; fi
  kill $pid; wait $pid 2>/dev/null || true; pid=""
}

# Every response must end: 1,000 rounds over the member pages (and a 404), 40 at a time, each
# request given 10 s; a response cut short or never finished counts as unfinished.
unfinished() {
  local paths="/dashboard /directory /profile /directory/2 /directory/9999 /admin /organization / /password/reset/abc /no-such-page"
  echo "== unfinished responses: 1000 rounds of $(echo $paths | wc -w) pages, 40 concurrent"
  seq 1000 | xargs -P 40 -I{} sh -c 'for p in '"$paths"'; do curl -s -m 10 -H "Cookie: '"$cookie"'" -o /dev/null "http://127.0.0.1:'"$port"'$p" || echo "unfinished $p"; done' \
    | sort | uniq -c | sed 's/^/   /'
  echo "   (no line above: every response finished)"
}

for backend in ${BENCH_BACKENDS:-sqlite postgres}; do
  case $backend in
    sqlite)
      export DATABASE_URL="sqlite://$dir/bench.db?mode=rwc"
      bench sqlite ;;
    postgres)
      admin_url="${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
      if ! psql "$admin_url" -qc 'SELECT 1' >/dev/null 2>&1; then
        echo "######## postgres: not reachable at $admin_url, skipped"; continue
      fi
      psql "$admin_url" -qc 'DROP DATABASE IF EXISTS mej_bench' -c 'CREATE DATABASE mej_bench' >/dev/null
      export DATABASE_URL="${admin_url%/*}/mej_bench"
      bench postgres
      psql "$admin_url" -qc 'DROP DATABASE IF EXISTS mej_bench' >/dev/null ;;
  esac
done
