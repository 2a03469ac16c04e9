#!/usr/bin/env bash
# Installs the system packages Samuh needs on Debian 12, from Debian's own archive. Used by both
# README commands (run.sh passes "desktop", test.sh passes "test"); safe to run again.
set -euo pipefail
# fonts-noto-core: the Noto Sans fonts (Latin, Devanagari, Bengali, Thai) embedded in PDFs and
# used by the desktop UI. perl and make: for building OpenSSL from source (the Cargo feature's
# default); the scripts here link Debian's libssl-dev instead (OPENSSL_NO_VENDOR).
want=(build-essential pkg-config ca-certificates fonts-noto-core perl make)
if [ "${1:-}" = "test" ] || [ "${1:-}" = "desktop" ]; then
  # The desktop shell (Tauri 2 over WebKitGTK) builds against these.
  want+=(libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev file)
  # libssl-dev is also SQLCipher's crypto in the scripts' builds (OPENSSL_NO_VENDOR=1).
fi
if [ "${1:-}" = "test" ]; then
  # Independent checkers of the exported journal, and sqlite3 for tamper tests; pdftotext
  # (poppler-utils) reads the PDFs back and LibreOffice Calc opens the audit workbook; Chromium
  # runs the browser end-to-end tests of the desktop UI.
  want+=(ledger hledger beancount sqlite3 poppler-utils libreoffice-calc chromium)
  # The real Tauri window under a virtual display, driven through WebKitWebDriver; ImageMagick's
  # `import` takes the screenshots of what the display shows.
  want+=(xvfb xauth webkit2gtk-driver imagemagick)
  # Python for tests/parquet_check.py (DuckDB reads the Parquet export back; issue 16).
  want+=(python3 python3-venv)
fi
# Node builds the UI (Vite); these machines usually have it already.
if [ -n "${1:-}" ] && ! command -v npm >/dev/null 2>&1; then
  want+=(nodejs npm)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust (cargo 1.85 or newer) is needed: install it with rustup, then run this again." >&2
  exit 1
fi
if [ "${1:-}" = "test" ]; then
  # DuckDB's Python package (from PyPI) in a virtual environment of its own under target/, so
  # the system's Python is left alone: tests/parquet_check.py reads the Parquet export with it.
  if [ ! -x target/py-check/bin/python ]; then
    mkdir -p target
    python3 -m venv target/py-check
  fi
  target/py-check/bin/python -c "import duckdb" 2>/dev/null || target/py-check/bin/pip install --quiet --disable-pip-version-check duckdb
fi
