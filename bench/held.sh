#!/usr/bin/env bash
# Posting at a fixed rate against a server held up by the benchmark, in repeated short runs, with
# the CPU each post cost Payara and PostgreSQL (from /proc) and, with --threads, which of Payara's
# threads spent it. For watching a server warm up and for comparing builds at steady state
# (bench/README.md, "Posting with notifications and search").
#
#   KYODO_BENCH_REUSE=true KYODO_BENCH_ONLY=none KYODO_BENCH_HOLD=1800 ./kyodo bench &
#   # it prints: holding http://127.0.0.1:PORT (Payara pid PID)
#   bench/held.sh PORT PID [runs=5] [posts per second=300] [--threads]
#
# One line per 20 s run: posts/s, p50, p99, late sends, CPU ms per post of Payara and of every
# PostgreSQL process (the postmaster of the database the server uses and its children).
set -euo pipefail
port=${1:?port}
pid=${2:?Payara pid}
runs=${3:-5}
rate=${4:-300}
threads=${5:-}
cd "$(dirname "$0")/.."
tick=$(getconf CLK_TCK)

pg_port=$(tr '\0' '\n' < "/proc/$pid/cmdline" | grep -o 'postgresql://127.0.0.1:[0-9]*' | head -1 | grep -oE '[0-9]+$')
postmaster=$(pgrep -f "postgres.* -p $pg_port" | head -1 || true)
if [ -z "$postmaster" ]; then
  # the embedded PostgreSQL passes its port in postgresql.conf: find the postmaster by its socket
  postmaster=$(ss -ltnp "sport = :$pg_port" 2>/dev/null | grep -oE 'pid=[0-9]+' | head -1 | cut -d= -f2)
fi

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local sum=0 p
  for p in "$postmaster" $(pgrep -P "$postmaster"); do sum=$((sum + $(ticks "$p"))); done
  echo "$sum"
}
by_thread() {
  for t in /proc/"$pid"/task/*; do
    printf '%s|%s\n' "$(sed 's/[0-9]\+/N/g' "$t/comm" 2>/dev/null)" "$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null)"
  done | awk -F'|' '{s[$1] += $2} END {for (k in s) print k "|" s[k]}' | sort -t'|' -k1,1
}

out=$(mktemp)
before=$(mktemp)
after=$(mktemp)
trap 'rm -f "$out" "$before" "$after"' EXIT
for i in $(seq 1 "$runs"); do
  a0=$(ticks "$pid"); b0=$(pg_ticks)
  [ -n "$threads" ] && by_thread > "$before"
  wrk -t2 -c64 -d20s --latency -s bench/post-comment.lua "http://127.0.0.1:$port/" -- "$((rate / 2))" > "$out" 2>&1
  a1=$(ticks "$pid"); b1=$(pg_ticks)
  n=$(grep -oE '^ *[0-9]+ requests in' "$out" | grep -oE '[0-9]+' | head -1)
  printf 'run %d: %s posts/s, p50 %s, p99 %s, late sends %s, CPU ms/post Payara %s, PostgreSQL %s\n' \
    "$i" "$(awk '/Requests\/sec/ {print $2}' "$out")" "$(awk '$1 == "50%" {print $2}' "$out")" \
    "$(awk '$1 == "99%" {print $2}' "$out")" "$(awk '/late_sends/ {print $2}' "$out")" \
    "$(echo "scale=2; ($a1 - $a0) * 1000 / $tick / $n" | bc)" \
    "$(echo "scale=2; ($b1 - $b0) * 1000 / $tick / $n" | bc)"
  if [ -n "$threads" ]; then
    by_thread > "$after"
    join -t'|' "$before" "$after" | awk -F'|' -v n="$n" -v t="$tick" \
      '{d = $3 - $2; if (d > 0) printf "    %6.3f ms/post  %s\n", d * 1000 / t / n, $1}' | sort -rn | head -8
  fi
  sleep 5
done
