#!/usr/bin/env bash
# rss.sh - memory of the test cloud: RSS and PSS (shared pages divided among their
# users, so the total is what the cloud really holds) of each service's whole
# session (up.sh starts each with setsid), from run/NAME.pid; then the totals.
set -euo pipefail
CLOUD_DIR=${CLOUD_DIR:-/var/tmp/oscloud}
RUN=$CLOUD_DIR/run
total_rss=0 total_pss=0
printf '%-18s %6s %9s %9s\n' service procs "RSS MiB" "PSS MiB"
for f in "$RUN"/*.pid; do
  name=$(basename "$f" .pid)
  [[ $name == rabbitmq-beam ]] && continue
  read -r pid _ < "$f"
  [[ -d /proc/$pid ]] || continue
  sid=$(ps -o sid= -p "$pid" | tr -d ' ')
  rss=0 pss=0 n=0
  for p in $(ps -e -o pid=,sid= | awk -v s="$sid" '$2 == s { print $1 }'); do
    r=$(awk '/^Rss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    s=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    rss=$((rss + ${r:-0})) pss=$((pss + ${s:-0})) n=$((n + 1))
  done
  printf '%-18s %6d %9d %9d\n' "$name" "$n" $((rss / 1024)) $((pss / 1024))
  total_rss=$((total_rss + rss)) total_pss=$((total_pss + pss))
done
printf '%-18s %6s %9d %9d\n' total "" $((total_rss / 1024)) $((total_pss / 1024))
