#!/usr/bin/env bash
# One manifest row per breathing cycle of the ICBHI sample: segment bounds, patient as group,
# multi-label "sounds" (crackle|wheeze, empty = neither). Split by patient: 101 and 104 train (the only crackle is 104's), 102 and 103 test.
# Usage: examples/icbhi/prepare.sh [OUT_DIR]   (default: out/icbhi)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$(cd "$root/../shared/datasets/icbhi-mini" && pwd)"
out="${1:-$root/out/icbhi}"
mkdir -p "$out"
convert() { # awk condition on patient -> manifest
  awk -F, -v dir="$data" "NR==1 {print \"path,start_sec,end_sec,group,sounds\"; next}
    $1 {s=\"\"; if (\$11==1) s=\"crackle\"; if (\$12==1) s=(s==\"\" ? \"wheeze\" : s \"|wheeze\");
        print dir \"/\" \$1 \",\" \$9 \",\" \$10 \",\" \$2 \",\" s}" "$data/cycles.csv"
}
convert '($2 == 101 || $2 == 104)' > "$out/train.csv"
convert '($2 == 102 || $2 == 103)' > "$out/test.csv"
cut -d, -f4 "$out/train.csv" | sort | uniq -c | sed 's/^/train patients: /'
cut -d, -f4 "$out/test.csv" | sort | uniq -c | sed 's/^/test patients: /'
