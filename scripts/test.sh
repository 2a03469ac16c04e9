#!/usr/bin/env bash
# README command 2: install what is needed and run every test (unit, property, integration
# against real SQLite files, the CLI end to end, the journal checked by ledger, hledger and
# bean-check, and the desktop UI end to end in headless Chromium and in the real Tauri window
# under Xvfb, and the fuzz targets).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh test
export PATH="$HOME/.cargo/bin:$PATH"
# SQLCipher's crypto from Debian's own OpenSSL (libssl-dev, installed by setup-debian.sh) rather
# than OpenSSL built from source, which the Cargo feature does everywhere else (Windows, macOS):
# the same SQLCipher and book format, and about 3.5 minutes less of a cold build (openssl-sys).
export OPENSSL_NO_VENDOR=1
export CARGO_TERM_COLOR=never
# Benchmarks are compiled (so they cannot rot) but not run here: they measure, they don't test.
# Built in the test profile beside every test binary, in one cargo run: the dependencies are
# compiled once for both (a separate `cargo check --benches` compiled them all a second time,
# about 5 minutes of a cold run).
cargo test --locked --lib --bins --tests --benches --no-run
mkdir -p target
# The fuzz targets' build (nightly, release, about 5 minutes of both cores) starts now, at the
# lowest priority: it takes what the tests below leave idle (single-threaded test binaries, the
# kill -9 tests waiting on their children, the browser tests waiting for a page); the fuzz step
# then only runs them. Its output is shown before the fuzz step's own.
FUZZ_BUILD_ONLY=1 nice -n 19 bash scripts/fuzz.sh > target/fuzz-build-output.txt 2>&1 &
fuzz_build_pid=$!
set +e
cargo test --locked --lib --bins --tests --no-fail-fast -- --test-threads 2 2>&1 | tee target/test-output.txt
cargo_status=${PIPESTATUS[0]}
set -e

# The desktop app: the UI (TypeScript + Vite), the Tauri shell, then the browser end-to-end
# tests (headless Chromium against the real core through samuh-serve).
# npm ci installs exactly ui/package-lock.json; where the registry serves only this platform's
# optional packages (rollup's native builds), npm ci refuses the lock and npm install is used.
(cd ui && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund --no-save; } && npm run build)
cargo build --locked -p samuh-desktop
cargo build --locked --bin samuh-serve
cargo build --locked --bin samuh  # tests/window/flows.test.mjs makes an encrypted book with it
target_dir="${CARGO_TARGET_DIR:-target}"
# The Parquet export of an oversight book read back by DuckDB and matched with Samuh's own
# trial balances and portfolio (issue 16).
set +e
target/py-check/bin/python tests/parquet_check.py "$target_dir/debug/samuh" 2>&1 | tee target/parquet-output.txt
parquet_status=${PIPESTATUS[0]}
set -e
set +e
SAMUH_SERVE="$target_dir/debug/samuh-serve" node --test --test-reporter=tap tests/e2e/*.test.mjs 2>&1 | tee target/e2e-output.txt
e2e_status=${PIPESTATUS[0]}
set -e

# The real window: the Tauri binary under Xvfb, driven by tauri-driver and WebKitWebDriver.
command -v tauri-driver >/dev/null 2>&1 || cargo install --locked tauri-driver --version '^2'
set +e
SAMUH_DESKTOP="$target_dir/debug/samuh-desktop" xvfb-run -a -s "-screen 0 1280x800x24" \
  node --test --test-reporter=tap tests/window/*.test.mjs 2>&1 | tee target/e2e-window-output.txt
window_status=${PIPESTATUS[0]}
set -e

# Fuzzing (issue 5): every cargo-fuzz target for 500,000 executions from its committed corpus
# (scripts/fuzz.sh says how to turn a crash into a regression test).
set +e
wait "$fuzz_build_pid"
fuzz_build_status=$?
tail -n 3 target/fuzz-build-output.txt
if [ "$fuzz_build_status" -ne 0 ]; then cat target/fuzz-build-output.txt; fi
bash scripts/fuzz.sh 2>&1 | tee target/fuzz-output.txt
fuzz_status=${PIPESTATUS[0]}
set -e

# The closing summary CI reads: every "test result" line added up, plus the browser tests and
# the fuzz targets (one each).
awk '/^test result:/ { p += $4; f += $6; s += $8 }
     FILENAME ~ /e2e/ && /^# pass / { p += $3 }
     FILENAME ~ /e2e/ && /^# fail / { f += $3 }
     FILENAME ~ /e2e/ && /^# skipped / { s += $3 }
     FILENAME ~ /fuzz/ && /^fuzz result:/ { p += $3; f += $5 }
     FILENAME ~ /parquet/ && /^parquet check: FAILED/ { f += 1 }
     FILENAME ~ /parquet/ && /^parquet check: the Parquet files match/ { p += 1 }
     END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s; exit (f > 0) }' target/test-output.txt target/e2e-output.txt target/e2e-window-output.txt target/fuzz-output.txt target/parquet-output.txt
# A runner that failed without reporting a failed test (a build error, a crash) fails the run too.
if [ "$cargo_status" -ne 0 ] || [ "$e2e_status" -ne 0 ] || [ "$window_status" -ne 0 ] || [ "$fuzz_status" -ne 0 ] || [ "$parquet_status" -ne 0 ]; then
  echo "cargo test exited $cargo_status, browser tests exited $e2e_status, window tests exited $window_status, fuzzing exited $fuzz_status, the Parquet check exited $parquet_status" >&2
  exit 1
fi
