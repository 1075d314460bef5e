#!/usr/bin/env bash
# A run split over three shards with GNU parallel (as on several machines with --sshlogin, or a Kubernetes
# Indexed Job), merged with `verity merge`: the merged report must be the report one run gives.
# usage: parallel_shards_test.sh VERITY INPUT_DIR
set -euo pipefail
verity=$1
input=$2
if ! command -v parallel >/dev/null; then
  echo "SKIP: GNU parallel is not installed (apt-get install parallel)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$verity" check "$input" --format json --fail-on never -o "$work/whole.json"
parallel --will-cite --halt now,fail=1 \
  "$verity" check "$input" --format json --fail-on never --shard {}/3 -o "$work/shard{}.json" ::: 1 2 3
for k in 1 2 3; do
  test -s "$work/shard$k.json" || { echo "FAIL: shard $k wrote no report"; exit 1; }
done
"$verity" merge "$work"/shard3.json "$work"/shard1.json "$work"/shard2.json --fail-on never -o "$work/merged.json"
if ! cmp -s "$work/whole.json" "$work/merged.json"; then
  echo "FAIL: the merged report differs from one run's:"
  diff "$work/whole.json" "$work/merged.json" | head -20
  exit 1
fi
files=$(grep -c '"path"' "$work/whole.json" || true)
echo "PASS: 3 shards merged into the report of one run ($files paths)"
