#!/usr/bin/env bash
# Renders the three Word deliverables of the demo client in both languages through
# LibreOffice and rasterises every page, to look at them:
#   scripts/docx-pages.sh [BINARY] [OUT]     (defaults: target/debug/ipms-readiness, /tmp/docx-pages)
# Writes OUT/<kind>-<lang>.docx, .pdf and -NN.png (50 dpi). A DOCX embeds no font and names
# 宋体 / 微软雅黑, which this machine does not have: a private fontconfig maps them (and
# SimSun / Microsoft YaHei / 仿宋) to the bundled Noto Sans SC, so Chinese renders as on a
# Chinese Windows. Needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/ipms-readiness}
out=${2:-/tmp/docx-pages}
rm -rf "$out" && mkdir -p "$out/data" "$out/fc"
cat >"$out/fc/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$PWD/assets/fonts</dir>
  <cachedir>$out/fc/cache</cachedir>
EOF
for f in 宋体 SimSun 微软雅黑 "Microsoft YaHei" 仿宋; do
  echo "  <alias binding=\"same\"><family>$f</family><prefer><family>Noto Sans SC</family></prefer></alias>" >>"$out/fc/fonts.conf"
done
echo "</fontconfig>" >>"$out/fc/fonts.conf"

export IPMS_DATA_DIR=$out/data
"$bin" demo >/dev/null
id=$("$bin" list | grep -oE '^ +[0-9]+' | tail -1 | tr -d ' ')
for lang in zh-CN en-US; do
  for kind in diagnosis work-plan checklist; do
    name=$kind-$lang
    "$bin" --lang "$lang" report "$id" --kind "$kind" --format docx --out "$out/$name.docx" >/dev/null
    FONTCONFIG_FILE=$out/fc/fonts.conf soffice --headless --convert-to pdf --outdir "$out" \
      "$out/$name.docx" >/dev/null 2>&1
    pdftoppm -r 50 -png "$out/$name.pdf" "$out/$name"
    echo "$name: $(ls "$out/$name"-*.png | wc -l) pages"
  done
done
