#!/usr/bin/env bash
# Cross-builds the Windows exe on this Debian machine and packages it. Writes target/windows/:
#   ipms-readiness.exe                                 the program (GUI subsystem, icon, version)
#   ipms-readiness-VERSION-windows-portable.zip        for a USB stick (portable marker inside)
#   ipms-readiness-VERSION-setup.exe                   per-user NSIS installer (zh-CN, en-US)
# Toolchain: Debian's rustc-web / cargo-web / rust-web-src with -Zbuild-std, MinGW-w64 for
# linking and resources, NSIS. Missing packages are installed (as root) with apt.
# The cargo build dir is target/wincross (Debian's cargo, kept apart from rustup's target/), or
# IPMS_WINCROSS_DIR: one folder that fresh clones share (CI), so that only this crate is built
# again. It must not be a copy (cargo would see new file times and rebuild everything).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/windows
triple=x86_64-pc-windows-gnu
start=$(date +%s)
step() { echo "build-windows: $* ($(($(date +%s) - start)) s)"; }

pkgs=(rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis zip)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "build-windows: missing ${missing[*]} (install them, or run as root)" >&2
    exit 1
  fi
  step "installing ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export CARGO_TARGET_DIR=${IPMS_WINCROSS_DIR:-$root/target/wincross}
export RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CARGO_TERM_COLOR=never
step "cross-building (release, --locked)"
# The same -Zbuild-std set as the test suite in scripts/test-windows.sh (which needs `test`):
# every crate depends on the rebuilt std crates, so any other set would build all of them twice.
/usr/bin/cargo build --release --locked --target "$triple" -Zbuild-std=std,panic_abort,test \
  --bin ipms-readiness
exe=$CARGO_TARGET_DIR/$triple/release/ipms-readiness.exe
step "built $(du -h "$exe" | cut -f1) exe"

# The exe must be a GUI program that needs only DLLs every Windows 10 has.
kind=$(file -b "$exe")
case "$kind" in
  "PE32+ executable (GUI) x86-64"*) ;;
  *) echo "build-windows: unexpected exe kind: $kind" >&2; exit 1 ;;
esac
system_dlls=(advapi32 bcrypt bcryptprimitives combase comctl32 comdlg32 crypt32 d3d11 d3d12
  dwmapi dwrite dxgi gdi32 imm32 kernel32 msvcrt ntdll ole32 oleaut32 opengl32 propsys
  secur32 shell32 shlwapi user32 userenv uxtheme version winmm ws2_32)
allowed=" ${system_dlls[*]} "
bad=()
while read -r dll; do
  base=${dll,,}
  base=${base%.dll}
  case "$base" in api-ms-win-*) continue ;; esac
  [[ $allowed == *" $base "* ]] || bad+=("$dll")
done < <(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p')
if ((${#bad[@]})); then
  echo "build-windows: the exe needs DLLs Windows does not ship: ${bad[*]}" >&2
  exit 1
fi

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
rm -rf "$out"
mkdir -p "$out"
cp "$exe" "$out/"

# Text files for Windows users: UTF-8 with a byte-order mark and CRLF line ends.
dos_text() { # from, to
  { printf '\xef\xbb\xbf'; sed 's/\r*$/\r/' "$1"; } >"$2"
}
stage=$out/stage
mkdir -p "$stage"
cp "$exe" assets/windows/ipms-readiness.ico "$stage/"
dos_text assets/windows/LICENSE-MIT.txt "$stage/LICENSE-MIT.txt"
dos_text /usr/share/common-licenses/Apache-2.0 "$stage/LICENSE-APACHE.txt"
dos_text assets/fonts/OFL.txt "$stage/OFL.txt"
dos_text assets/windows/使用说明.txt "$stage/使用说明.txt"

step "packing the portable zip"
portable=$out/portable/IPMS-Readiness-$version
mkdir -p "$portable"
cp "$stage/ipms-readiness.exe" "$stage"/*.txt "$portable/"
dos_text assets/windows/ipms-readiness-portable.txt "$portable/ipms-readiness-portable.txt"
zip_file=$out/ipms-readiness-$version-windows-portable.zip
(cd "$out/portable" && zip -q -r -9 "$zip_file" "IPMS-Readiness-$version")
rm -rf "$out/portable"

step "making the installer"
setup=$out/ipms-readiness-$version-setup.exe
makensis -INPUTCHARSET UTF8 -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" \
  scripts/windows/installer.nsi
rm -rf "$stage"

step "done"
ls -l "$out"
