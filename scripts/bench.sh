#!/usr/bin/env bash
# Benchmarks server pages with wrk against 127.0.0.1, on SQLite and (when reachable) PostgreSQL:
# p50/p99 latency at one connection and requests per second at sixteen; then a registration
# burst (1,000 members registering at once for 100 seats; see `burst`). Data: the demo plus
# 5,000 generated organizations, 10,000 generated projects and 10,000 generated threads holding
# 100,000 posts (one thread with 200 posts, for its first and last page).
# Usage: scripts/bench.sh [seconds per run, default 10]
#   BURST_MEMBERS (1000), BURST_SEATS (100): the registration burst's size;
#   BENCH_ONLY=burst: the burst alone (no pages, no generated threads);
#   BENCH_ONLY=projects: the project pages alone (no generated threads, no burst);
#   BENCH_ONLY=threads: the thread pages and search alone (no generated projects, no burst).
#   BENCH_POSTGRES_URL: a PostgreSQL database to create the benchmark database from
#   (default postgres://postgres@127.0.0.1:5432/test); BENCH_BACKENDS="sqlite postgres".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
secs="${1:-10}"
BURST_MEMBERS="${BURST_MEMBERS:-1000}"
BURST_SEATS="${BURST_SEATS:-100}"
[ -x target/release/server ] || cargo leptos build --release --split

dir=$(mktemp -d)
port=3199
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
export LEPTOS_SITE_ADDR="127.0.0.1:$port" LOG_LEVEL=warn

# One connection gives the latency of a single request; sixteen show throughput under load.
# Each page is first requested for a second unmeasured: the first requests after a start fill
# caches (the match's copy of the projects, SQLite's pages) and would otherwise be the p99.
run() {
  local name=$1 path=$2
  wrk -t1 -c1 -d1s -H "Cookie: $cookie" "http://127.0.0.1:$port$path" >/dev/null
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
  local bulk="--bulk-threads 10000 --bulk-posts 100000 --bulk-projects 10000"
  case "${BENCH_ONLY:-}" in
    burst) bulk="" ;;
    projects) bulk="--bulk-projects 10000" ;;
    threads) bulk="--bulk-threads 10000 --bulk-posts 100000" ;;
  esac
  seeded=$( { time -p target/release/server seed --bulk-organizations 5000 $bulk \
    --bulk-members "$BURST_MEMBERS" --burst-event "$BURST_SEATS"; } 2>&1 )
  local long event
  long=$(echo "$seeded" | sed -n 's/^long thread: //p')
  event=$(echo "$seeded" | sed -n 's/^burst event: //p')
  echo "   seeded in $(echo "$seeded" | sed -n 's/^real //p') s${long:+; the long thread is /threads/$long}"
  target/release/server serve & pid=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

  # Log in as the demo member through the login server function to get a session cookie.
  login_path=$(curl -s "http://127.0.0.1:$port/login" | grep -o '/api/login[0-9]*' | head -1 || true)
  [ -n "$login_path" ] || login_path=$(strings target/release/server | grep -o '^/api/login[0-9]*$' | head -1)
  cookie=$(curl -s -D - -o /dev/null -H 'Accept: application/json' \
    --data 'email=member%40example.jp&password=Forum-demo-2026' "http://127.0.0.1:$port$login_path" \
    | grep -i '^set-cookie: mej_session=' | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
  [ -n "$cookie" ] || { echo "login failed"; exit 1; }

  if [ -z "${BENCH_ONLY:-}" ] || [ "${BENCH_ONLY:-}" = projects ]; then
    run "project list, 10,012 projects, first page" "/projects"
    run "project list filtered: Vietnam, setup phase" "/projects?country=VN&phase=setup"
    run "project page with organizations that could help (5,025 organizations)" "/projects/1"
    run "projects that need what my organization does (10,012 projects)" "/projects/matching"
  fi
  # The landing page, the cheapest page, is the yardstick of the machine's speed.
  if [ -z "${BENCH_ONLY:-}" ] || [ "${BENCH_ONLY:-}" = threads ]; then run "landing page" "/"; fi
  if [ -z "${BENCH_ONLY:-}" ]; then
    run "directory, 5,025 organizations, first page" "/directory"
    run "directory search (kana)" "/directory?q=%E3%81%95%E3%81%8F%E3%82%89"
  fi
  if [ -z "${BENCH_ONLY:-}" ] || [ "${BENCH_ONLY:-}" = threads ]; then
    run "thread page, first of 10 (200 posts)" "/threads/$long"
    run "thread page, last of 10 (200 posts)" "/threads/$long?page=10"
    run "thread list, 10,040 threads, first page" "/threads"
    run "search, 100,000 posts: 看護 (Japanese, 2 characters)" "/threads/search?q=%E7%9C%8B%E8%AD%B7"
    run "search, 100,000 posts: nurse training (English)" "/threads/search?q=nurse%20training"
    run "search, 100,000 posts: JCI 認証 (mixed)" "/threads/search?q=JCI%20%E8%AA%8D%E8%A8%BC"
  fi
  if [ -z "${BENCH_ONLY:-}" ] && [ "$backend" = sqlite ]; then unfinished; fi
  kill $pid; wait $pid 2>/dev/null || true; pid=""
  case "${BENCH_ONLY:-}" in projects | threads) return ;; esac
  # The burst's members each come from an address of their own, told by X-Forwarded-For.
  CLIENT_IP_SOURCE=RightmostXForwardedFor target/release/server serve & pid=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
  burst "$backend" "$event"
  kill $pid; wait $pid 2>/dev/null || true; pid=""
}

# The registration burst: BURST_MEMBERS members, logged in beforehand (each from an address of
# its own, as the login throttle counts per address), send their registration for an event with
# BURST_SEATS seats at the same moment, through the server function's HTTP endpoint (four curl
# processes, a quarter of the requests each, all in flight at once). Reports registrations per
# second, p50/p99, errors, and checks the seats in the database.
burst() {
  local backend=$1 event=$2
  local members=$BURST_MEMBERS seats=$BURST_SEATS
  echo "== registration burst: $members members at once for $seats seats (event $event)"
  local reg_path
  reg_path=$(strings target/release/server | grep -o '^/api/register_for_event[0-9]*$' | head -1)
  local work="$dir/burst-$backend"
  mkdir -p "$work/responses"
  # Logging in checks a password hash (deliberately slow): four at a time.
  seq 0 $((members - 1)) | xargs -P 4 -I{} sh -c '
    i={}
    cookie=$(curl -s -D - -o /dev/null -H "Accept: application/json" \
      -H "X-Forwarded-For: 10.$((i / 65536)).$((i / 256 % 256)).$((i % 256))" \
      --data "email=burst$i%40bench.example&password=Forum-demo-2026" "http://127.0.0.1:'"$port$login_path"'" \
      | grep -i "^set-cookie: mej_session=" | sed "s/^[Ss]et-[Cc]ookie: //; s/;.*//" | tr -d "\r")
    echo "$i $cookie"' > "$work/cookies"
  local logged_in
  logged_in=$(awk '$2 != ""' "$work/cookies" | wc -l)
  echo "   $logged_in of $members members logged in"
  # One curl config per quarter: each request with its member's cookie and address.
  awk -v site="http://127.0.0.1:$port" -v url="http://127.0.0.1:$port$reg_path" -v event="$event" -v out="$work/responses" -v dir="$work" '
    $2 != "" {
      f = dir "/part-" (NR % 4) ".cfg"
      if (seen[f]++) print "next" > f
      printf "url = \"%s\"\nheader = \"Cookie: %s\"\nheader = \"Accept: application/json\"\nheader = \"Origin: %s\"\n", url, $2, site > f
      printf "header = \"X-Forwarded-For: 10.%d.%d.%d\"\ndata = \"event_id=%s\"\n", int($1 / 65536), int($1 / 256) % 256, $1 % 256, event > f
      printf "output = \"%s/%s\"\nwrite-out = \"%%{http_code} %%{time_total} %s\\n\"\n", out, $1, $1 > f
    }' "$work/cookies"
  local start end
  start=$(date +%s.%N)
  local senders=()
  for part in "$work"/part-*.cfg; do
    curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max 300 -K "$part" > "$part.out" 2>> "$work/curl.log" &
    senders+=($!)
  done
  wait "${senders[@]}"
  end=$(date +%s.%N)
  cat "$work"/part-*.cfg.out > "$work/results"
  awk -v start="$start" -v end="$end" -v n="$(wc -l < "$work/results")" 'BEGIN {
    secs = end - start
    printf "   %d answered in %.2f s: %.0f registrations/s\n", n, secs, n / secs }'
  sort -k2 -n "$work/results" | awk '{ t[NR] = $2 } END {
    printf "   latency p50 %.0f ms, p99 %.0f ms, slowest %.0f ms\n", t[int(NR * 0.5)] * 1000, t[int(NR * 0.99)] * 1000, t[NR] * 1000 }'
  echo "   errors seen by members: $(awk '$1 != 200' "$work/results" | wc -l)"
  awk '$1 != 200 { print $3; exit }' "$work/results" | while read -r failed; do
    echo "   for example: $(head -c 300 "$work/responses/$failed")"
  done
  echo "   answers: $(grep -l '"confirmed"' "$work"/responses/* | wc -l) confirmed, $(grep -l '"waitlisted"' "$work"/responses/* | wc -l) waitlisted"
  local check="SELECT status || ' ' || COUNT(*) || ' ' || COUNT(DISTINCT waitlist_seq) || ' ' || COALESCE(MIN(waitlist_seq), 0) || ' ' || COALESCE(MAX(waitlist_seq), 0) FROM registration WHERE event_id = $event GROUP BY status ORDER BY status"
  echo "   in the database (status, rows, distinct places, first place, last place):"
  if [ "$backend" = sqlite ]; then
    python3 -c 'import sqlite3, sys; [print("     " + r[0]) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]' "$dir/bench.db" "$check"
  else
    psql "$DATABASE_URL" -Atc "$check" | sed 's/^/     /'
  fi
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
