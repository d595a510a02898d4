#!/usr/bin/env bash
# Renders a report.html in headless Chromium and saves a screenshot, to check the page renders.
# Usage: check-report-headless.sh REPORT_HTML OUT_PNG
# Installs nothing; needs /usr/bin/chromium (Debian: apt-get install -y chromium).
# Exit codes: 0 screenshot written, 1 Chromium ran but wrote no screenshot, 2 usage or no Chromium.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 REPORT_HTML OUT_PNG" >&2
  exit 2
fi
report=$1
out=$2
chromium=/usr/bin/chromium

if [[ ! -x $chromium ]]; then
  echo "no Chromium at $chromium; install it with: apt-get install -y chromium" >&2
  exit 2
fi
if [[ ! -f $report ]]; then
  echo "no report at '$report'; pass the path of a report.html" >&2
  exit 2
fi

report_abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
out_abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$out_abs"

# A throwaway profile and no background traffic: the page itself must need no network.
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" --screenshot="$out_abs" \
  --window-size=1400,4000 "file://$report_abs" >/dev/null 2>&1 || true

if [[ ! -s $out_abs ]]; then
  echo "Chromium wrote no screenshot to $out_abs" >&2
  exit 1
fi
echo "screenshot: $out_abs"
