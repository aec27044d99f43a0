#!/usr/bin/env bash
# GUI smoke check: start the app (the release binary, or the one IPMS_SMOKE_BIN names) in a
# virtual X display with a temporary data folder, wait for its window, take a screenshot, and
# fail if the process died or the picture is blank. Optional: IPMS_SMOKE_OPEN=demo also opens
# a demo diagnosis's dashboard.
# Usage: scripts/gui-smoke.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir=${1:-target/smoke}
mkdir -p "$out_dir"

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xwininfo >/dev/null || need+=(x11-utils)
for lib in libX11-xcb.so.1 libXcursor.so.1 libXi.so.6 libxkbcommon-x11.so.0; do
  ldconfig -p | grep -q "$lib" || need+=(libx11-xcb1 libxcursor1 libxi6 libxkbcommon-x11-0)
done
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "gui-smoke: installing ${need[*]}"
    apt-get update -qq >/dev/null
    # --no-install-recommends: keeps system CJK fonts away, so the bundled font is what renders.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "gui-smoke: missing ${need[*]} (install them, or run as root)" >&2
    exit 1
  fi
fi

if command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; then
  if [ "${CI:-}" = true ]; then
    echo "gui-smoke: a system CJK font is installed; it would hide a broken bundled font:" >&2
    fc-list :lang=zh >&2
    exit 1
  fi
  echo "gui-smoke: warning: a system CJK font is installed; the screenshot may not prove the bundled font"
fi

bin=${IPMS_SMOKE_BIN:-target/release/ipms-readiness}
if [ ! -x "$bin" ]; then
  case "$bin" in
    target/debug/*) cargo build --locked ;;
    *) cargo build --release --locked ;;
  esac
fi

data=$(mktemp -d "${TMPDIR:-/tmp}/ipms 冒烟 XXXX")
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
pids=()
cleanup() { kill "${pids[@]}" "$xvfb" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1

shoot() { # name, extra args…
  local name=$1; shift
  local log="$out_dir/$name.log"
  IPMS_CONFIG_DIR="$data" "$bin" --data-dir "$data" "$@" >"$log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  local win=""
  for _ in $(seq 1 100); do
    win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
    [ -n "$win" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "gui-smoke: $name: the app exited early" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$win" ] || { echo "gui-smoke: $name: no window appeared" >&2; exit 1; }
  sleep 2
  kill -0 "$pid" 2>/dev/null || { echo "gui-smoke: $name: the app died" >&2; cat "$log" >&2; exit 1; }
  import -window root "$out_dir/$name.png"
  local colours
  colours=$(convert "$out_dir/$name.png" -format '%k' info:)
  if [ "$colours" -lt 16 ]; then
    echo "gui-smoke: $name: the screenshot is blank ($colours colours)" >&2
    exit 1
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "gui-smoke: $name ok ($colours colours) → $out_dir/$name.png"
}

shoot home-zh --lang zh-CN
shoot home-en --lang en-US
if "$bin" --help | grep -q '^  demo'; then
  id=$("$bin" --data-dir "$data" demo | tail -n 1)
  shoot dashboard-zh --lang zh-CN --open "$id"
  shoot dashboard-en --lang en-US --open "$id"
fi
echo "gui-smoke: passed"
