#!/usr/bin/env bash
# db_errors.sh - did the test cloud's services hit database errors during a run?
#
#   db_errors.sh mark FILE    remember the size of every log/*.log in FILE
#   db_errors.sh check FILE   print the database errors logged since `mark`;
#                             exit 1 when there are any, 0 when none
#
# Only what was written after `mark` is read (a log that shrank, or is new, is
# read from its start), so errors from earlier runs or start-up don't count.
set -euo pipefail
CLOUD_DIR=${CLOUD_DIR:-/var/tmp/oscloud}
LOG=$CLOUD_DIR/log
# what SQLAlchemy/oslo.db and MariaDB say when the database fails a request
PATTERN='database is locked|deadlock|lost connection|server has gone away|OperationalError|DBConnectionError|too many connections|QueuePool limit|\[ERROR\]'
MAX_LINES=${MAX_LINES:-40}

usage() { echo "usage: db_errors.sh mark|check FILE" >&2; exit 2; }
(( $# == 2 )) || usage
cmd=$1 offsets=$2

case $cmd in
  mark)
    : > "$offsets"
    for f in "$LOG"/*.log; do
      [[ -f $f ]] && printf '%s %s\n' "$(stat -c %s "$f")" "$(basename "$f")" >> "$offsets"
    done
    ;;
  check)
    [[ -f $offsets ]] || { echo "db_errors.sh: no marks in $offsets (run mark first)" >&2; exit 2; }
    declare -A from=()
    while read -r size name; do from[$name]=$size; done < "$offsets"
    found=$(mktemp)
    trap 'rm -f "$found"' EXIT
    for f in "$LOG"/*.log; do
      [[ -f $f ]] || continue
      name=$(basename "$f") start=${from[$(basename "$f")]:-0}
      (( $(stat -c %s "$f") >= start )) || start=0
      tail -c +$((start + 1)) "$f" | grep -aiE "$PATTERN" | sed "s|^|${name%.log}: |" >> "$found" || true
    done
    n=$(wc -l < "$found")
    if (( n == 0 )); then echo "cloud logs: no database errors"; exit 0; fi
    echo "cloud logs: $n line(s) with database errors (in $LOG):"
    head -n "$MAX_LINES" "$found" | cut -c1-400
    (( n <= MAX_LINES )) || echo "... and $((n - MAX_LINES)) more"
    exit 1
    ;;
  *) usage ;;
esac
