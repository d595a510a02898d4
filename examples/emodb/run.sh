#!/usr/bin/env bash
# Trains plain and balanced on the EmoDB long-tailed split and evaluates both on speakers 14-16.
# Usage: examples/emodb/run.sh [ENCODER] [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/out/emodb"
encoder="${1:-fbank-stats}"
seed="${2:-0}"
[[ -f "$out/train-lt20.csv" ]] || "$root/examples/emodb/prepare.sh" "$out"
for recipe in plain balanced; do
  model="$out/$encoder-$recipe-s$seed.ballast"
  "$root/ballast" train --train "$out/train-lt20.csv" --group speaker --task emotion --task gender \
    --encoder "$encoder" --recipe "$recipe" --seed "$seed" --out "$model"
  "$root/ballast" evaluate --model "$model" --test "$out/test.csv" --group speaker \
    --out "$out/eval-$encoder-$recipe-s$seed"
done
