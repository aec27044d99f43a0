#!/usr/bin/env bash
# Measures launch → window mapped, and resident memory after 5 s idle, under Xvfb.
# Usage: scripts/measure-startup.sh [RUNS]   (needs Xvfb and xdotool; release build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bin=target/release/ipms-readiness
[ -x "$bin" ] || cargo build --release --locked
display=:$((200 + RANDOM % 50))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
export DISPLAY=$display
sleep 1
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  IPMS_CONFIG_DIR="$data" "$bin" --data-dir "$data" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do sleep 0.005; done
  mapped=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 5
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $i: window mapped after ${mapped} ms, idle RSS ${rss} MB"
done
