#!/bin/sh
# `npm run test:deps`: the programs the tests need besides node_modules. Installs the missing ones with apt-get
# where it can (as root, or through sudo without a password prompt), as .ci/run does, and otherwise names exactly
# what is missing and how to get it. Exits 0 only when everything is there.
#   Chromium   end-to-end and Electron stand-in tests (/usr/bin/chromium, or set CHROMIUM_PATH)
#   age        proves that exported .vaxtkraft files open with the standard tool
#   pdftotext  reads the plan's PDF back (Debian package poppler-utils)
#   openpyxl   reads exported workbooks back (python3-openpyxl for /usr/bin/python3, or set OPENPYXL_PYTHON)
set -u

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
python="${OPENPYXL_PYTHON:-/usr/bin/python3}"

missing_packages() {
  list=""
  [ -x "$chromium" ] || list="$list chromium"
  command -v age >/dev/null 2>&1 || list="$list age"
  command -v pdftotext >/dev/null 2>&1 || list="$list poppler-utils"
  "$python" -c 'import openpyxl' >/dev/null 2>&1 || list="$list python3-openpyxl"
  echo "$list"
}

need="$(missing_packages)"
if [ -n "$need" ] && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    as_root=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
  else
    as_root="none"
  fi
  if [ "$as_root" != none ]; then
    echo "Installing:$need"
    # shellcheck disable=SC2086
    $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq $need >/dev/null
    need="$(missing_packages)"
  fi
fi

if [ -z "$need" ]; then
  echo "The test programs are there: $chromium, $(command -v age), $(command -v pdftotext), openpyxl for $python."
  exit 0
fi

echo "Missing for the tests:$need" >&2
for package in $need; do
  case "$package" in
    chromium) echo "  Chromium at $chromium: apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome" >&2 ;;
    age) echo "  age: apt-get install age (macOS: brew install age; others: https://age-encryption.org)" >&2 ;;
    poppler-utils) echo "  pdftotext: apt-get install poppler-utils (macOS: brew install poppler)" >&2 ;;
    python3-openpyxl) echo "  openpyxl for $python: apt-get install python3-openpyxl, or set OPENPYXL_PYTHON to a Python that has it" >&2 ;;
  esac
done
exit 1
