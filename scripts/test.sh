#!/usr/bin/env bash
# README command 2: install what is needed and run every test (unit, property, integration
# against real SQLite files, the CLI end to end, and the journal checked by ledger, hledger
# and bean-check).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh test
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
# Benchmarks are compiled (so they cannot rot) but not run here: they measure, they don't test.
cargo check --locked --benches
mkdir -p target
cargo test --locked --lib --bins --tests --no-fail-fast -- --test-threads 2 2>&1 | tee target/test-output.txt
# The closing summary CI reads: every "test result" line added up.
awk '/^test result:/ { p += $4; f += $6; s += $8 } END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s; exit (f > 0) }' target/test-output.txt
