#!/usr/bin/env bash
# Segmentation vs alignment time on the seed statement pair concatenated x1, x10 and x100, to
# check that alignment stays within 3x segmentation and grows linearly (x10 text <= 12x time).
#
#   bench/bench_alignment.sh                 # through the text test binary's driver (build-text)
#   VERITY=build/verity bench/bench_alignment.sh   # through `verity align` once it exists:
#       times whole runs of `verity align SRC TGT --format links` (segmentation included)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
#
# Other texts (through the test driver only): SRC=a.de TGT=a.fr SRC_LANG=de TGT_LANG=fr [LINES=1];
# across languages the FreeDict dictionary, when installed, loads once per process: its load time
# is printed on its own (dictionary_ms), not counted as alignment.
seeds="${SEEDS:-$root/../shared/seeds}"
src="${SRC:-$seeds/000_171730343e06ff35.txt}"
tgt="${TGT:-$seeds/001_8050c6e34b983d29.txt}"
src_lang="${SRC_LANG:-en}" tgt_lang="${TGT_LANG:-en}"
[[ -f "$src" && -f "$tgt" ]] || { echo "texts not found: $src $tgt" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ -n "${VERITY:-}" ]]; then
  for k in 1 10 100; do
    : >"$tmp/s"; : >"$tmp/t"
    for ((i = 0; i < k; i++)); do cat "$src" >>"$tmp/s"; printf '\n\n' >>"$tmp/s"; cat "$tgt" >>"$tmp/t"; printf '\n\n' >>"$tmp/t"; done
    start=$(date +%s%N)
    "$VERITY" align "$tmp/s" "$tmp/t" --format links --source-lang en --target-lang en >/dev/null
    echo "x$k total_ms=$(( ($(date +%s%N) - start) / 1000000 ))"
  done
  exit 0
fi

bin="${TEXT_TESTS:-$root/build-text/text_tests}"
[[ -x "$bin" ]] || { echo "build $bin first (cmake --build build-text --target text_tests)" >&2; exit 2; }
runs="${RUNS:-9}"
for k in 1 10 100; do
  # Fastest of $runs runs, for segmentation and alignment separately: the x1 figures are fractions
  # of a millisecond, and a shared machine adds noise that only ever makes runs slower.
  seg="" ali=""
  for ((run = 0; run < runs; run++)); do
    line=$(VERITY_ALIGN_SRC="$src" VERITY_ALIGN_TGT="$tgt" VERITY_ALIGN_REPEAT=$k \
      VERITY_ALIGN_SRC_LANG="$src_lang" VERITY_ALIGN_TGT_LANG="$tgt_lang" VERITY_ALIGN_LINES="${LINES:-0}" \
      "$bin" --gtest_filter=AlignDriver.WritesLinks | grep '^# sentences=')
    read -r sentences s a d < <(awk -v l="$line" 'BEGIN { split(l, f, /[ =]/); print f[3], f[5], f[7], f[9] }')
    if [[ -z "$seg" ]] || awk -v a="$s" -v b="$seg" 'BEGIN { exit !(a < b) }'; then seg="$s"; fi
    if [[ -z "$ali" ]] || awk -v a="$a" -v b="$ali" 'BEGIN { exit !(a < b) }'; then ali="$a"; fi
  done
  echo "x$k sentences=$sentences segment_ms=$seg align_ms=$ali dictionary_ms=$d"
done | awk '{
  print
  split($0, f, /[ =]/); seg = f[5]; ali = f[7]
  if (seg > 0) printf "    alignment/segmentation = %.2f\n", ali / seg
  if (NR == 1) { s1 = seg; a1 = ali } else { printf "    growth vs x1: segmentation %.1fx, alignment %.1fx\n", seg / s1, ali / a1 }
}'
