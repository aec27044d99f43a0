#!/usr/bin/env bash
# Typing benchmark: in a real window under Xvfb (software renderer), type 300 characters into
# an item's note at 20 characters per second, then check that
#   - the log has no "TrySendError" line (no event was dropped),
#   - every character was saved (the stored note equals what was typed),
#   - keystroke-to-frame latency: for every key, the time from sending it (XTest) to the
#     window's next Damage event, i.e. new pixels on screen (p50, p99, max; scripts/keylatency.c).
# Usage: scripts/typing-bench.sh [BIN]   (default: target/release/ipms-readiness)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/ipms-readiness}
[ -x "$bin" ] || cargo build --release --locked
for tool in Xvfb xdotool import cc; do
  command -v "$tool" >/dev/null || { echo "typing-bench: needs $tool (xvfb, xdotool, imagemagick, gcc)" >&2; exit 1; }
done
for header in X11/extensions/XTest.h X11/extensions/Xdamage.h; do
  [ -f "/usr/include/$header" ] || { echo "typing-bench: needs $header (apt-get install --no-install-recommends libxtst-dev libxdamage-dev)" >&2; exit 1; }
done
probe=target/keylatency
cc -O2 -o "$probe" scripts/keylatency.c -lX11 -lXtst -lXdamage

data=$(mktemp -d "${TMPDIR:-/tmp}/ipms 打字 XXXX")
display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() { kill $app "$xvfb" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1

cli() { "$bin" --data-dir "$data" --lang en-US "$@"; }
id=$(cli new --org "Typing Bench Co." | tail -n 1 | tr -dc '0-9')
item=$(cli score "$id" --json >/dev/null; echo "23-4.1-1")

RUST_LOG=warn "$bin" --data-dir "$data" --lang zh-CN --open "$id" >"$data/app.log" 2>&1 &
app=$!
win=
for _ in $(seq 1 100); do
  win=$(xdotool search --pid "$app" 2>/dev/null | tail -n 1 || true)
  [ -n "$win" ] && break
  sleep 0.1
done
[ -n "$win" ] || { echo "typing-bench: no window" >&2; cat "$data/app.log" >&2; exit 1; }
xdotool windowfocus --sync "$win"
sleep 1
xdotool key ctrl+2   # the questionnaire
sleep 0.5
xdotool key 1 Tab    # conform, then the note
sleep 0.5

text=""
for i in $(seq 1 30); do text+="Sampled record $(printf '%02d' "$i") "; done
text=${text:0:300}
latency_log=$data/latency.txt
"$probe" "$win" 50 "$text" >"$latency_log"
sleep 1.5
cp "$latency_log" "${TYPING_LATENCY_OUT:-/dev/null}" 2>/dev/null || true
import -window "$win" "${TYPING_SHOT:-/dev/null}" 2>/dev/null || true
xdotool key ctrl+Home 2>/dev/null || true
kill "$app"; wait "$app" 2>/dev/null || true
app=

note=$(cli export "$id" --out "$data/out.json" >/dev/null && python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
a=[x for x in d['answers'] if x['item']==sys.argv[2]]
print(a[0].get('note','') if a else '')" "$data/out.json" "$item")
drops=$(grep -c TrySendError "$data/app.log" || true)
timeouts=$(grep -c timeout "$latency_log" || true)
sorted=$(grep -v timeout "$latency_log" | awk '{ printf "%.1f\n", $1 / 1000 }' | sort -n)
n=$(echo "$sorted" | grep -c . || true)
p50=$(echo "$sorted" | sed -n "$(((n + 1) / 2))p")
p99=$(echo "$sorted" | sed -n "$(((n * 99 + 99) / 100))p")
max=$(echo "$sorted" | tail -n 1)
echo "typed ${#text} characters at 20/s; saved note: ${#note} characters; TrySendError lines: $drops"
echo "keystroke-to-frame (key sent to the window's next damage) over $n keys: p50 ${p50} ms, p99 ${p99} ms, max ${max} ms; no frame within 2 s: $timeouts"
[ "$note" = "$text" ] || { echo "typing-bench: the saved note differs from what was typed" >&2; exit 1; }
[ "$drops" = 0 ] || { echo "typing-bench: events were dropped" >&2; exit 1; }
