#!/usr/bin/env bash
# README command 1: install what is needed, build Samuh, create the demo book (once), and show
# the demo SHG's passbook for one member and its trial balance in Hindi.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release --locked --bin samuh
bin=target/release/samuh
book="${SAMUH_DB:-demo.samuh}"
if [ ! -f "$book" ]; then
  "$bin" --db "$book" --lang hi demo
fi
"$bin" --db "$book" --lang hi report passbook --org shg-kishanganj --member M01
echo
"$bin" --db "$book" --lang hi report trial-balance --org shg-kishanganj
echo
"$bin" --db "$book" --lang hi check
