#!/usr/bin/env bash
# The unit and durability suites with the process clock moved by libfaketime (Debian's faketime,
# installed by test/e2e/install.sh) to the moments where date code breaks: the first day of a month,
# the last seconds of a month, of a quarter and of a year, and the days clocks go forward in Europe
# and in North America (each in its own time zone). The clock runs on from there; the file system's
# clock does not move, so every run is also one where the process and its files disagree about the
# time (by weeks, ahead or behind). The durability suite runs its quick variant (IJ_QUICK=1) at two
# moments of its own, 400 days ahead of the real clock and 400 days behind it (so ahead of the file
# system's clock and behind it on any date): its locks and writes read no calendar, so month ends,
# time zones and daylight saving tell it nothing more, and each run takes 40 s.
# The e2e and integration suites take their dates from the data they create instead: faketime around
# the browser stack does not work (the workbench page never loads).
# Usage: bash test/clock/run.sh [unit|durability]...   (default: both)
set -uo pipefail
cd "$(dirname "$0")/../.."
if ! command -v faketime >/dev/null; then
  echo "faketime is missing: run bash test/e2e/install.sh (it installs Debian's faketime)" >&2
  exit 1
fi
suites=("$@")
[[ ${#suites[@]} -eq 0 ]] && suites=(unit durability)
for suite in "${suites[@]}"; do
  [[ $suite == unit || $suite == durability ]] || { echo "unknown suite $suite" >&2; exit 2; }
done
# time zone | when the clock starts (local time, an instant marked UTC, or relative to now, as
# date -d reads it) | suites run there | what it is
points=(
  "UTC|2026-12-01 10:00:00|unit|the first day of a month"
  "America/Los_Angeles|2026-11-30 23:59:30|unit|the last seconds of a month"
  "Asia/Tokyo|2027-03-31 23:50:00|unit|the last minutes of a quarter"
  "Europe/Berlin|2026-12-31 23:59:30|unit|the last seconds of a year"
  "UTC|2026-03-29 02:30:00|unit|the night clocks go forward in Europe, as UTC sees it"
  "Europe/Berlin|2026-03-29 00:59:30 UTC|unit|30 s before clocks go forward in Europe (01:59:30 local; 02:30 local does not exist)"
  "America/New_York|2026-03-08 06:59:30 UTC|unit|30 s before clocks go forward in North America (01:59:30 local)"
  "Asia/Tokyo|400 days|durability|400 days ahead of the file system's clock"
  "America/Los_Angeles|400 days ago|durability|400 days behind the file system's clock"
)
failed=()
for point in "${points[@]}"; do
  IFS='|' read -r tz when here what <<<"$point"
  for suite in "${suites[@]}"; do
    [[ " $here " == *" $suite "* ]] || continue
    case $suite in
      # (less the localization test: it reads source files, no clock, and takes 10 s a run; in two
      # worker processes, which inherit faketime's clock: 75 s a run instead of 2 min)
      unit) cmd=(npx mocha --parallel --jobs 2 --reporter dot --ignore test/unit/l10n.test.ts) ;;
      durability) cmd=(npx mocha --config test/durability/.mocharc.json --reporter dot) ;;
    esac
    echo "== $suite suite at $when $tz ($what)"
    if ! TZ=$tz IJ_QUICK=1 faketime "$when" "${cmd[@]}"; then
      failed+=("$suite at $when $tz")
    fi
  done
done
if [[ ${#failed[@]} -gt 0 ]]; then
  printf 'Clock-moving runs failed:\n' >&2
  printf '  %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "Clock-moving runs: all ${#points[@]} moments passed (${suites[*]}, where listed)"
