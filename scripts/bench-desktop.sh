#!/usr/bin/env bash
# The desktop benchmark: builds the release app and its .deb bundle, then measures in the real
# window under Xvfb the cold start and the meeting-save round trip (tests/window/bench.mjs), and
# the bundle's size. Writes target/bench-desktop.md (a table for BENCHMARKS.md).
# Needs what `scripts/setup-debian.sh test` installs, plus tauri-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# SQLCipher's crypto from Debian's own OpenSSL (libssl-dev, installed by setup-debian.sh) rather
# than OpenSSL built from source, which the Cargo feature does everywhere else (Windows, macOS):
# the same SQLCipher and book format, and about 3.5 minutes less of a cold build (openssl-sys).
export OPENSSL_NO_VENDOR=1
target_dir="${CARGO_TARGET_DIR:-target}"
command -v tauri-driver >/dev/null 2>&1 || cargo install --locked tauri-driver --version '^2'
# The platform's own memory floor (scripts/webkit-floor.py) opens bare GTK and WebKitGTK windows
# from Python, through Debian's GObject bindings.
if ! /usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1")' 2>/dev/null; then
  $(command -v sudo || true) apt-get install -y --no-install-recommends python3-gi gir1.2-webkit2-4.1
fi
(cd ui && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund --no-save; } && npm run build)
# The Tauri CLI from npm ships a prebuilt binary (building tauri-cli from source takes ~8 min).
(cd src-tauri && npx --yes @tauri-apps/cli@^2 build --bundles deb)
deb=$(ls -t "$target_dir"/release/bundle/deb/*.deb | head -1)
bin_size=$(stat -c %s "$target_dir/release/samuh-desktop")
deb_size=$(stat -c %s "$deb")
mkdir -p target
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  xvfb-run -a -s "-screen 0 1280x800x24" node tests/window/bench.mjs "$target_dir/release/samuh-desktop" "${STARTS:-7}" "${SAVES:-15}"
  echo
  echo "| Release artefact | size | target |"
  echo "|---|---|---|"
  echo "| samuh-desktop binary | $(numfmt --to=iec-i --suffix=B "$bin_size") | |"
  echo "| $(basename "$deb") | $(numfmt --to=iec-i --suffix=B "$deb_size") | ≤ 20 MB |"
  echo
  xvfb-run -a -s "-screen 0 1280x800x24" scripts/webkit-floor.py
} | tee target/bench-desktop.md
