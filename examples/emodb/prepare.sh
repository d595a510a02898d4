#!/usr/bin/env bash
# Builds the EmoDB long-tailed split used in the README:
#   train: speakers 03 08 09 10 11 12 13, emotion counts subsampled to imbalance ratio 20 (84 -> 4)
#   test:  speakers 14 15 16, untouched
# Usage: examples/emodb/prepare.sh [OUT_DIR]   (default: out/emodb)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$(cd "$root/../shared/datasets/emodb" && pwd)"
out="${1:-$root/out/emodb}"
mkdir -p "$out"
split() { # speakers regex -> manifest on stdout, absolute paths
  awk -F, -v dir="$data" -v re="$1" 'NR==1 {print "path,speaker,gender,emotion"; next}
    $2 ~ re {print dir "/" $1 "," $2 "," $3 "," $5}' "$data/labels.csv"
}
split '^(03|08|09|10|11|12|13)$' > "$out/train-all.csv"
split '^(14|15|16)$' > "$out/test.csv"
"$root/ballast" longtail --manifest "$out/train-all.csv" --task emotion --ratio 20 --profile exp \
  --seed 0 --out "$out/train-lt20.csv"
echo "test: $(($(wc -l < "$out/test.csv") - 1)) rows in $out/test.csv"
