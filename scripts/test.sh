#!/usr/bin/env bash
# Runs every test: unit, integration (real SQLite and a throwaway PostgreSQL server the tests start themselves).
# Installs what the tests need when it is missing (PostgreSQL server binaries; Debian's Chromium for the browser
# tests), so a fresh machine works.
set -euo pipefail
cd "$(dirname "$0")/.."

need_install=()
if [ -z "${OPENCSC_TEST_POSTGRES:-}" ] && [ -z "${OPENCSC_PG_BIN:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  need_install+=(postgresql)
fi
# The browser tests drive Debian's Chromium (no browser download).
if [ -z "${OPENCSC_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  need_install+=(chromium)
fi
if [ ${#need_install[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${need_install[*]} for the tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}" >/dev/null
  else
    echo "The tests need: ${need_install[*]}. Install them (sudo apt-get install ${need_install[*]}) and run again." >&2
    exit 1
  fi
fi

# Code style: the build enforces the .editorconfig's style rules (EnforceCodeStyleInBuild); the layout (whitespace,
# ordering of using directives) must be as `dotnet format` leaves it.
echo "Checking the code's format (dotnet format --verify-no-changes)..."
if ! dotnet format OpenCsc.slnx --verify-no-changes; then
  echo "The code is not formatted: run \`dotnet format OpenCsc.slnx\` and commit the result." >&2
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test OpenCsc.slnx -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
