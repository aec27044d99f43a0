#!/usr/bin/env bash
# Windows test loop on this Linux machine, under wine (Debian's wine64), with its own
# WINEPREFIX in target/wine:
#   1. the CLI job with the cross-built exe in folders whose names have Chinese characters and
#      spaces: help, demo (and its daily backup), new, answer, score, report PDF and
#      JSON/CSV/XLSX exports over existing files, import, a backup restored by hand, and a
#      kill -9 loop that loses no saved answer;
#   2. the GUI under Xvfb: a screenshot that is not blank, and a second copy refused while the
#      window holds the data folder;
#   3. the project's own lib, store_*, cli_* and report_* tests built for the Windows target,
#      with wine as cargo's runner.
# Wine 8 lacks ProcessPrng (bcryptprimitives.dll), which Rust's std calls: a stand-in built here
# from scripts/windows/processprng-standin.c is put on WINEPATH. Test-only, never packaged.
# Usage: scripts/test-windows.sh [--skip-suite] [--skip-gui]   (builds the exe when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
skip_suite=false
skip_gui=false
for a in "$@"; do
  case "$a" in
    --skip-suite) skip_suite=true ;;
    --skip-gui) skip_gui=true ;;
    *) echo "usage: $0 [--skip-suite] [--skip-gui]" >&2; exit 2 ;;
  esac
done
start=$(date +%s)
step() { echo "test-windows: $* ($(($(date +%s) - start)) s)"; }
fail() { echo "test-windows: FAILED: $*" >&2; exit 1; }

pkgs=(wine64 gcc-mingw-w64-x86-64 xvfb xauth imagemagick python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  [ "$(id -u)" = 0 ] || fail "missing ${missing[*]} (install them, or run as root)"
  step "installing ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

exe=$root/target/windows/ipms-readiness.exe
[ -f "$exe" ] || scripts/build-windows.sh

wine_dir=$root/target/wine
mkdir -p "$wine_dir/dll"
dll=$wine_dir/dll/bcryptprimitives.dll
if [ ! -f "$dll" ] || [ scripts/windows/processprng-standin.c -nt "$dll" ]; then
  step "building the test-only ProcessPrng stand-in"
  x86_64-w64-mingw32-gcc -O2 -shared -o "$dll" scripts/windows/processprng-standin.c \
    scripts/windows/processprng-standin.def -lbcrypt
fi
export WINEPREFIX=$wine_dir/prefix WINEDEBUG=-all IPMS_WINE_DLLS=$wine_dir/dll
runner=$root/scripts/windows/wine-runner.sh
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  step "creating the wine prefix"
  "$runner" wineboot -i >/dev/null 2>&1 || true
fi
# Wine links the prefix's Desktop, Documents … to the home folder: make them plain folders,
# so the installer's shortcuts and the app's default export folder stay inside the prefix.
for link in "$WINEPREFIX"/drive_c/users/*/{Desktop,Documents,Downloads,Music,Pictures,Videos}; do
  if [ -L "$link" ]; then rm "$link" && mkdir "$link"; fi
done
# Every process of this prefix ends with the script, however it ends.
cleanup() {
  local pid
  for pid in ${xvfb_pid:-} ${gui_pid:-}; do kill "$pid" 2>/dev/null || true; done
  /usr/lib/wine/wineserver -k 2>/dev/null || true
}
trap cleanup EXIT

# The program in a folder with Chinese characters and spaces, as a user would unzip it.
prog_dir="$wine_dir/程序 文件夹"
rm -rf "$prog_dir"
mkdir -p "$prog_dir"
cp "$exe" "$prog_dir/"
app=$prog_dir/ipms-readiness.exe
winpath() { local p=$1; echo "Z:${p//\//\\}"; }
data="$wine_dir/客户 资料 测试"
rm -rf "$data"
mkdir -p "$data"
D=$(winpath "$data")
# run ARGS…: the app with this data folder; stdout without carriage returns.
run() { "$runner" "$app" --data-dir "$D" "$@" | tr -d '\r'; }

step "CLI job in '$data'"
run --help | grep -q "report" || fail "--help printed no command list"
demo=$(run demo | tail -n 1)
[[ $demo =~ ^[0-9]+$ ]] || fail "demo printed '$demo', not an id"
ls "$data/backups/"ipms-*-daily.sqlite3 >/dev/null || fail "no daily backup after the first command"
client=$(run new --org "青禾 电子 CON" | tail -n 1)
[[ $client =~ ^[0-9]+$ ]] || fail "new printed '$client'"
run answer "$client" 23-5.2-1 major --note "窗口 测试 note" >/dev/null
run answer "$client" 23-4.1-1 conform >/dev/null
run score "$demo" --json | python3 -c 'import json,sys; json.load(sys.stdin)' ||
  fail "score --json is not JSON"
out="$data/导出 文件"
mkdir -p "$out"
for pass in 1 2; do # the second pass writes over the files of the first
  run report "$demo" --out "$(winpath "$out/诊断 报告.pdf")" >/dev/null
  run export "$demo" --out "$(winpath "$out/客户 数据.json")" >/dev/null
  run export "$demo" --format csv --out "$(winpath "$out/发现项 表.csv")" >/dev/null
  run export "$demo" --format xlsx --what plan --out "$(winpath "$out/整改 计划.xlsx")" >/dev/null
  [ "$(head -c 5 "$out/诊断 报告.pdf")" = "%PDF-" ] || fail "pass $pass: the report is no PDF"
  [ "$(head -c 2 "$out/整改 计划.xlsx")" = "PK" ] || fail "pass $pass: the XLSX is no zip"
  [ "$(head -c 3 "$out/发现项 表.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
    fail "pass $pass: the CSV has no BOM"
  python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$out/客户 数据.json" ||
    fail "pass $pass: the export is no JSON"
done
leftover=$(find "$out" -name '*.tmp')
[ -z "$leftover" ] || fail "temporary files left behind: $leftover"
imported=$(run import "$(winpath "$out/客户 数据.json")" | tail -n 1)
[[ $imported =~ ^[0-9]+$ ]] || fail "import printed '$imported'"
run list | grep -q "青禾 电子 CON" || fail "list does not show the new client"

step "kill -9 while answering loses no saved answer"
saved=()
for i in 1 2 3 4 5 6; do
  # The runner execs wine, so this id is the app's own process (a Linux process under wine),
  # which dies without warning.
  "$runner" "$app" --data-dir "$D" answer "$client" 23-5.2-1 minor --note "kill loop $i" \
    >/dev/null 2>&1 &
  pid=$!
  sleep "$((RANDOM % 3)).$((RANDOM % 10))"
  kill -KILL "$pid" 2>/dev/null || true
  if wait "$pid" 2>/dev/null; then saved+=("$i"); fi
done
run export "$client" --out "$(winpath "$out/kill.json")" >/dev/null ||
  fail "the database does not open after the kills"
if ((${#saved[@]})); then
  last=${saved[-1]}
  grep -q "kill loop $last" "$out/kill.json" || fail "answer $last was reported saved but is lost"
fi
echo "test-windows: kill loop: ${#saved[@]} of 6 answers finished before the kill, none lost"

step "restore: a daily backup over a working database, then over a damaged one"
backups="$data/backups"
daily=$(run restore | awk -F'\t' '$1 ~ /-daily\.sqlite3$/ { print $1; exit }')
[ -n "$daily" ] || fail "restore lists no daily backup"
# The daily backup was made when the first command (demo) opened the new database: before
# any client. Restoring it keeps the working database as a pre-restore backup.
run restore "$daily" >/dev/null
run list | grep -q "青禾 电子 CON" && fail "the restored backup still shows the later client"
pre=$(ls "$backups" | grep -- '-pre-restore\.sqlite3$' | sort | tail -1)
[ -n "$pre" ] || fail "no pre-restore backup of the working database"
run restore "$pre" >/dev/null
run list | grep -q "青禾 电子 CON" || fail "restoring the pre-restore backup did not bring the client back"
# A damaged database cannot be opened: it is set aside (a rename on Windows) and replaced.
printf 'not a database %.0s' $(seq 1 400) >"$data/ipms.sqlite3"
rm -f "$data/ipms.sqlite3-wal" "$data/ipms.sqlite3-shm"
run restore "$pre" >/dev/null || fail "a damaged database could not be replaced by a backup"
ls "$data/"ipms.sqlite3.damaged-* >/dev/null 2>&1 || fail "the damaged database was not kept aside"
run list | grep -q "青禾 电子 CON" || fail "the database restored over a damaged one lacks the client"

step "a backup copied by hand into a fresh data folder"
restored="$wine_dir/恢复 测试"
rm -rf "$restored"
mkdir -p "$restored"
cp "$backups/$pre" "$restored/ipms.sqlite3"
"$runner" "$app" --data-dir "$(winpath "$restored")" list --json | tr -d '\r' |
  python3 -c 'import json,sys; v=json.load(sys.stdin); assert v, "no client in the backup"' ||
  fail "the copied backup does not list the demo client"

step "portable marker beside the exe, and the per-user data folder without it"
usb="$wine_dir/U盘 便携/IPMS Readiness"
rm -rf "$wine_dir/U盘 便携"
mkdir -p "$usb"
cp "$exe" assets/windows/ipms-readiness-portable.txt "$usb/"
(unset IPMS_DATA_DIR IPMS_CONFIG_DIR; "$runner" "$usb/ipms-readiness.exe" demo >/dev/null) ||
  fail "demo in portable mode"
[ -f "$usb/data/ipms.sqlite3" ] || fail "portable mode did not keep the database in data\\ beside the exe"
roaming=$(find "$WINEPREFIX/drive_c/users" -maxdepth 3 -type d -path '*/AppData/Roaming' | head -1)
[ -n "$roaming" ] || fail "the wine prefix has no AppData\\Roaming"
rm -rf "$roaming/ipms-readiness"
(unset IPMS_DATA_DIR IPMS_CONFIG_DIR; "$runner" "$app" list >/dev/null) || fail "list without --data-dir"
[ -f "$roaming/ipms-readiness/IPMS Readiness/data/ipms.sqlite3" ] ||
  fail "without the marker the database is not in %APPDATA%\\ipms-readiness\\IPMS Readiness\\data"

step "the installer: silent per-user install, the installed exe, uninstall keeping the data"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
setup=$root/target/windows/ipms-readiness-$version-setup.exe
[ -f "$setup" ] || fail "no installer at $setup (run scripts/build-windows.sh)"
user_dir=$(dirname "$(dirname "$roaming")")
installed="$user_dir/AppData/Local/Programs/IPMS Readiness"
start_menu="$roaming/Microsoft/Windows/Start Menu/Programs/IPMS Readiness"
rm -rf "$installed" "$start_menu" "$user_dir/Desktop/IPMS Readiness.lnk"
# settle: waits until the prefix's programs have ended. A silent installer can leave wine's
# desktop process (explorer.exe /desktop) running, which would keep `wineserver -w` waiting
# for ever; after two minutes the prefix is shut down, and the checks below say what is missing.
settle() {
  timeout 120 /usr/lib/wine/wineserver -w || /usr/lib/wine/wineserver -k 2>/dev/null || true
}
"$runner" "$setup" /S || fail "the installer failed"
settle
for f in ipms-readiness.exe uninstall.exe LICENSE-MIT.txt LICENSE-APACHE.txt OFL.txt 使用说明.txt; do
  [ -f "$installed/$f" ] || fail "the installer did not put $f into %LOCALAPPDATA%\\Programs"
done
[ -f "$start_menu/IPMS Readiness.lnk" ] || fail "no Start-menu shortcut"
[ -f "$user_dir/Desktop/IPMS Readiness.lnk" ] || fail "no desktop shortcut"
"$runner" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\IPMS-Readiness' |
  tr -d '\r' | grep -q "DisplayVersion.*$version" || fail "no uninstall entry for the current user"
(unset IPMS_DATA_DIR IPMS_CONFIG_DIR; "$runner" "$installed/ipms-readiness.exe" list >/dev/null) ||
  fail "the installed exe does not run"
"$runner" "$installed/uninstall.exe" /S || fail "the uninstaller failed"
settle # it copies itself to %TEMP% and runs from there
[ ! -e "$installed/ipms-readiness.exe" ] || fail "the uninstaller left the exe"
[ ! -e "$start_menu" ] && [ ! -e "$user_dir/Desktop/IPMS Readiness.lnk" ] ||
  fail "the uninstaller left shortcuts"
[ -f "$roaming/ipms-readiness/IPMS Readiness/data/ipms.sqlite3" ] ||
  fail "the uninstaller deleted the user's data without being asked"

if ! $skip_gui; then
  step "GUI under Xvfb"
  display=:$((120 + RANDOM % 100))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=$display
  sleep 1
  "$runner" "$app" --data-dir "$D" >"$wine_dir/gui.log" 2>&1 &
  gui_pid=$!
  refused=false
  for _ in $(seq 1 60); do
    sleep 2
    kill -0 "$gui_pid" 2>/dev/null || fail "the window closed by itself: $(cat "$wine_dir/gui.log")"
    set +e
    # A command that writes waits 3 s for the folder, then is told it is in use.
    msg=$("$runner" "$app" --data-dir "$D" --lang en-US answer "$client" 23-4.1-1 major 2>&1)
    rc=$?
    set -e
    if [ "$rc" = 1 ] && grep -q "in use" <<<"$msg"; then refused=true; break; fi
  done
  $refused || fail "a second copy that writes was not refused while the window was open"
  # Reading beside the window is allowed (read-only).
  run list | grep -q "青禾 电子 CON" || fail "list beside the open window failed"
  sleep 4
  shot=$wine_dir/gui.png
  import -display "$display" -window root "$shot"
  colours=$(convert "$shot" -format %k info:)
  ((colours > 20)) || fail "the screenshot is blank ($colours colours)"
  echo "test-windows: window screenshot $shot ($colours colours); second copy refused"
  kill "$gui_pid" 2>/dev/null || true
  /usr/lib/wine/wineserver -k 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  unset DISPLAY
fi

if ! $skip_suite; then
  step "the project's lib, store_*, cli_* and report_* tests on the Windows target"
  export CARGO_TARGET_DIR=${IPMS_WINCROSS_DIR:-$root/target/wincross} RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc
  export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
  export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=$runner CARGO_TERM_COLOR=never
  # The release profile and build-std set of scripts/build-windows.sh: the tests reuse every
  # crate the exe build compiled (a debug build would compile all of them a second time).
  suite_log=$wine_dir/suite.log
  set +e
  /usr/bin/cargo test --release --locked --target x86_64-pc-windows-gnu \
    -Zbuild-std=std,panic_abort,test --no-fail-fast \
    --lib --test 'store_*' --test 'cli_*' --test 'report_*' 2>&1 | tee "$suite_log"
  rc=${PIPESTATUS[0]}
  set -e
  summary=$(sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed; \([0-9]*\) ignored.*/\1 \2 \3/p' "$suite_log" |
    awk '{ p += $1; f += $2; i += $3; n++ } END { printf "%d binaries: %d passed, %d failed, %d ignored", n, p, f, i }')
  echo "test-windows: suite under wine: $summary"
  [ "$rc" = 0 ] || fail "the test suite on the Windows target (log: $suite_log)"
fi
step "passed"
