#!/usr/bin/env bash
# The parallel batch under ThreadSanitizer (scripts/test --tsan): builds verity and the checker tests with
# -fsanitize=thread in build-tsan/, runs the tests that compare -j 1 with several threads, then checks
# directories of XLIFF files with -j 4 (and ../shared/corpus/xliff-real/ when it is there). Any data race
# or lock-order report fails the run. Too slow for CI; run it after changing checker/runner.cpp.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
source "$top/scripts/deps.sh"
verity_ensure_packages "${VERITY_PACKAGES[@]}"
dir=$top/build-tsan
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$top" -B "$dir" "${generator[@]}" -DVERITY_TSAN=ON -DVERITY_WERROR=ON -DCMAKE_BUILD_TYPE=Tsan \
  "-DCMAKE_CXX_FLAGS_TSAN=-O1 -g1" >/dev/null
cmake --build "$dir" -j "$(nproc)" --target verity checker_tests >&2
# halt_on_error: the first report ends the process with exit code 66, which fails the test or the check.
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"
cd "$dir"
ctest --output-on-failure -R 'Threads' -j 1
status=0
for input in "$top/tests/fixtures" "$top/examples" "$top/../shared/corpus/xliff-real"; do
  [ -d "$input" ] || { echo "tsan: $input is absent; skipped" >&2; continue; }
  rc=0
  start=$(date +%s)
  "$dir/verity" check --no-config --fail-on never --format json -j 4 "$input" >/dev/null 2>"$dir/tsan.log" || rc=$?
  echo "tsan: verity check -j 4 $input: exit $rc in $(( $(date +%s) - start )) s" >&2
  # Exit 2 is a damaged input among the fixtures (an error entry); 66 is a ThreadSanitizer report.
  if [ "$rc" -eq 66 ] || grep -q 'ThreadSanitizer' "$dir/tsan.log"; then
    grep -A30 'WARNING: ThreadSanitizer' "$dir/tsan.log" | head -60 >&2 || tail -20 "$dir/tsan.log" >&2
    status=1
  fi
done
exit "$status"
