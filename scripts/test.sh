#!/usr/bin/env bash
# The project's test command (README: `deno task test`).
#
#  1. unit + command tests (fake HTTP, fake cloud) — always
#  2. subprocess tests: the CLI through `deno run` with the compile's permission
#     flags, and the bundle dist/openstack.js — always
#  3. e2e parity against a real OpenStack on 127.0.0.1 — when this machine can
#     host it (Debian + root); skipped with a message otherwise, or with OSC_E2E=0.
#     Database errors in the cloud's logs during the suite count as one failure.
#     The cases: tests/parity/cases/; the python client runs in a warm runner
#     (OSC_PY_RUNNER=0: as a plain subprocess), checked against the plain one on a sample
#
# Ends with one plain line: "N passed, N failed" (summed over every suite).
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1
PASSED=0 FAILED=0 SUITES_FAILED=0
LOG_DIR=${TEST_LOG_DIR:-$(mktemp -d)}
mkdir -p "$LOG_DIR"

# suite NAME ARGS...: run `deno test ARGS`, add its counts to the totals.
suite() {
  local name=$1; shift
  echo "=== $name"
  local log="$LOG_DIR/$name.log"
  deno test "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  # deno's summary: "ok | 12 passed (3 steps) | 0 failed (..)" or "FAILED | 3 passed | 1 failed"
  local line p f
  line=$(grep -E '^(ok|FAILED) \| [0-9]+ passed' "$log" | tail -1)
  p=$(sed -E 's/^[A-Za-z]+ \| ([0-9]+) passed.*/\1/' <<<"$line")
  f=$(sed -E 's/.*\| ([0-9]+) failed.*/\1/' <<<"$line")
  [[ $p =~ ^[0-9]+$ ]] || p=0
  [[ $f =~ ^[0-9]+$ ]] || f=0
  if (( rc != 0 && f == 0 )); then f=1; echo "suite $name failed to run (exit $rc)"; fi
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  (( rc == 0 )) || SUITES_FAILED=$((SUITES_FAILED + 1))
}

# Fetch npm dependencies once, before parallel test processes race to cache them.
deno cache --quiet main.ts || FAILED=$((FAILED + 1))
deno run --allow-read=src,docs,scripts --allow-run=deno scripts/gen_registry.ts --check || FAILED=$((FAILED + 1))
suite unit --allow-all --parallel tests/unit tests/cli tests/fake_cloud
suite subprocess --allow-all tests/subprocess
suite reliability --allow-all --parallel tests/reliability

can_host_cloud() {
  [[ ${OSC_E2E:-1} != 0 ]] || { echo "e2e: skipped (OSC_E2E=0)"; return 1; }
  [[ -f /etc/debian_version ]] || { echo "e2e: skipped: the test cloud needs Debian (bookworm) packages"; return 1; }
  [[ $(id -u) == 0 ]] || { echo "e2e: skipped: the test cloud needs root (apt-get, services on 127.0.0.1)"; return 1; }
}
if can_host_cloud; then
  STARTED_CLOUD=0
  if ! curl -s -o /dev/null -m 2 http://127.0.0.1:5000/v3; then STARTED_CLOUD=1; fi
  if bash scripts/cloud/up.sh > "$LOG_DIR/cloud-up.log" 2>&1; then
    # the cloud must stay healthy under the suites: database errors its services
    # logged meanwhile (locks, deadlocks, lost connections) fail the run
    bash scripts/cloud/db_errors.sh mark "$LOG_DIR/cloud-log-sizes"
    suite e2e --allow-all tests/e2e
    # the e2e suites run the python client in a warm runner (tests/helpers/python_runner.py):
    # a sample of the cases, both through it and as a plain /usr/bin/openstack, must agree
    OSC_EQUIV_CLOUD=real OSC_EQUIV_WRITES=0 OSC_EQUIV_SAMPLE=${OSC_EQUIV_SAMPLE:-20} \
      suite runner-equivalence --allow-all tests/parity/runner_equivalence_test.ts
    bash scripts/cloud/db_errors.sh check "$LOG_DIR/cloud-log-sizes" || FAILED=$((FAILED + 1))
  else
    echo "e2e: the test cloud did not come up; see $LOG_DIR/cloud-up.log"; tail -20 "$LOG_DIR/cloud-up.log"
    FAILED=$((FAILED + 1))
  fi
  if (( STARTED_CLOUD )) && [[ ${OSC_KEEP_CLOUD:-0} != 1 ]]; then bash scripts/cloud/down.sh > "$LOG_DIR/cloud-down.log" 2>&1; fi
fi

# CI shows the end of this output: a short digest of each failure goes here, above the counts
digest() {
  local log
  for log in "$LOG_DIR"/*.log; do
    grep -q '^ ERRORS $' "$log" 2>/dev/null || continue
    echo "--- failures in $(basename "$log" .log) (whole log: $log)"
    sed -n '/^ ERRORS $/,/^ FAILURES $/p' "$log" |
      grep -E '=> |^error:|^\s*[-+] |Expected|!==|message:' | cut -c1-240 | head -60
  done
}
(( FAILED == 0 && SUITES_FAILED == 0 )) || digest
echo "$PASSED passed, $FAILED failed"
(( FAILED == 0 && SUITES_FAILED == 0 ))
