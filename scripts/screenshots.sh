#!/usr/bin/env bash
# Renders the HTML handouts the README shows (docs/handout-*.png) with headless Chromium, from
# the release build, with networking off. Run it after a change to the HTML renderer:
#   cargo build --release && scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
him=${HIM:-target/release/him}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shoot() {
  local name=$1 height=$2
  shift 2
  "$him" "$@" --format html >"$work/$name.html"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --proxy-server=http://127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND" \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size="1000,$height" \
    --screenshot="docs/handout-$name.png" "file://$work/$name.html" >/dev/null 2>&1
  echo "docs/handout-$name.png"
}
shoot compare 1300 compare informatics him --brief
shoot salary 1500 salary --area chicago
shoot ladder 1500 ladder informatics him
