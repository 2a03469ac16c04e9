#!/usr/bin/env bash
# README command 1: install what is needed, build Samuh, and open the desktop app on the demo
# book (created on first run). With no display, say how to use Xvfb and show the demo SHG's
# passbook and trial balance in Hindi on the command line instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh desktop
export PATH="$HOME/.cargo/bin:$PATH"
# SQLCipher's crypto from Debian's own OpenSSL (libssl-dev, installed by setup-debian.sh) rather
# than OpenSSL built from source, which the Cargo feature does everywhere else (Windows, macOS):
# the same SQLCipher and book format, and about 3.5 minutes less of a cold build (openssl-sys).
export OPENSSL_NO_VENDOR=1
target_dir="${CARGO_TARGET_DIR:-target}"
book="${SAMUH_DB:-$PWD/demo.samuh}"
case "$book" in /*) ;; *) book="$PWD/$book" ;; esac

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  # npm ci installs exactly ui/package-lock.json; where the registry serves only this platform's
  # optional packages (rollup's native builds), npm ci refuses the lock and npm install is used.
  (cd ui && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund --no-save; } && npm run build)
  cargo build --release --locked -p samuh-desktop
  echo "Opening Samuh on $book"
  SAMUH_DB="$book" exec "$target_dir/release/samuh-desktop"
fi

echo "No display found: the desktop app needs one. On a machine without a screen, run it under Xvfb:"
echo "  apt-get install xvfb xauth && xvfb-run -a -s '-screen 0 1280x800x24' bash scripts/run.sh"
echo "Meanwhile, the demo book on the command line:"
echo
cargo build --release --locked --bin samuh
bin="$target_dir/release/samuh"
if [ ! -f "$book" ]; then
  "$bin" --db "$book" --lang hi demo
fi
"$bin" --db "$book" --lang hi report passbook --org shg-kishanganj --member M01
echo
"$bin" --db "$book" --lang hi report trial-balance --org shg-kishanganj
echo
"$bin" --db "$book" --lang hi check
