#!/usr/bin/env bash
# Installs the system packages Samuh needs on Debian 12, from Debian's own archive. Used by both
# README commands (run.sh and test.sh); safe to run again. Pass "test" to add the test tools.
set -euo pipefail
# fonts-noto-core: the Noto Sans fonts (Latin, Devanagari, Bengali, Thai) embedded in PDFs.
want=(build-essential pkg-config ca-certificates fonts-noto-core)
if [ "${1:-}" = "test" ]; then
  # Independent checkers of the exported journal, and sqlite3 for tamper tests; pdftotext
  # (poppler-utils) reads the PDFs back and LibreOffice Calc opens the audit workbook.
  want+=(ledger hledger beancount sqlite3 poppler-utils libreoffice-calc)
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
