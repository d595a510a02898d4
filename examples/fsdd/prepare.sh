#!/usr/bin/env bash
# Builds the FSDD speaker-independent long-tailed digit split used in the README:
#   train: george, jackson, lucas, nicolas, digit counts subsampled to imbalance ratio 20 (200 -> 10)
#   test:  theo, yweweler, untouched (500 clips each)
# Usage: examples/fsdd/prepare.sh [OUT_DIR]   (default: out/fsdd)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$(cd "$root/../shared/datasets/fsdd" && pwd)"
out="${1:-$root/out/fsdd}"
mkdir -p "$out"
split() { # speakers regex -> manifest on stdout, absolute paths
  awk -F, -v dir="$data" -v re="$1" 'NR==1 {print "path,speaker,digit"; next}
    $3 ~ re {print dir "/" $1 "," $3 "," $2}' "$data/labels.csv"
}
split '^(george|jackson|lucas|nicolas)$' > "$out/train-all.csv"
split '^(theo|yweweler)$' > "$out/test.csv"
"$root/ballast" longtail --manifest "$out/train-all.csv" --task digit --ratio 20 --profile exp \
  --seed 0 --out "$out/train-lt20.csv"
echo "test: $(($(wc -l < "$out/test.csv") - 1)) rows in $out/test.csv"
