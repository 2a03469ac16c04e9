#!/usr/bin/env bash
# Fuzzing (issue 5): builds the cargo-fuzz (libFuzzer) targets in fuzz/ and runs each for
# FUZZ_RUNS executions (default 500,000), starting from its committed corpus, FUZZ_JOBS processes
# at a time (default 2; the slow backup reader's executions are shared by FUZZ_SPLIT processes).
# Prints each target's time and a closing "fuzz result:" line that scripts/test.sh counts; exits
# 1 if any target crashed (a failed property is a crash).
#
# A crash leaves its input in $FUZZ_WORK/artifacts/<target>/: copy it to
# fuzz/regressions/<target>/ (plain `cargo test --test fuzz_corpus` replays it), fix the code,
# add a unit test for a parser bug. New inputs found go to $FUZZ_WORK/corpus/<target>/, never
# into the committed corpus; to add the ones that bring new coverage, run the target's binary with
# `-merge=1 fuzz/corpus/<target> $FUZZ_WORK/corpus/<target>` (libFuzzer keeps only new features).
#
# Needs nightly Rust and cargo-fuzz; both are installed here when missing. FUZZ_BUILD_ONLY=1 only
# builds.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
runs="${FUZZ_RUNS:-500000}"
jobs="${FUZZ_JOBS:-2}"
# Out of tree when CARGO_TARGET_DIR is set (kept between CI runs), in target/ otherwise; apart
# from the normal build because the fuzz build uses other compiler flags.
target_dir="${FUZZ_TARGET_DIR:-$(realpath -m "${CARGO_TARGET_DIR:-target}")/fuzz}"
work="${FUZZ_WORK:-$(realpath -m target)/fuzz-work}"

if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# Release with debug assertions and overflow checks (cargo-fuzz's default); no sanitizer: the
# code is safe Rust, and AddressSanitizer would not instrument SQLite's C anyway.
build_flags=(-s none --codegen-units 16 --target-dir "$target_dir")
start=$SECONDS
(cd fuzz && cargo +nightly fuzz build "${build_flags[@]}")
echo "fuzz build: $((SECONDS - start)) s"
# scripts/test.sh builds early, in the background, while the browser tests mostly wait.
[ "${FUZZ_BUILD_ONLY:-0}" = 1 ] && exit 0
bin_dir="$target_dir/x86_64-unknown-linux-gnu/release"
mapfile -t targets < <(cd fuzz && cargo +nightly fuzz list)

rm -rf "$work"
mkdir -p "$work"

# The backup reader is the slow target (every input is a whole book that SQLite parses and checks,
# about 2,000 inputs/s against 5,500 to 22,000 for the others): its executions are shared by
# FUZZ_SPLIT processes (default 2), started first, so that both cores stay busy to the end.
split="${FUZZ_SPLIT:-2}"

# One process of target $1, part $2 of $3, running $4 executions.
run_one() {
  local t="$1" part="$2" parts="$3" n="$4" name="$1" dict=() t0=$SECONDS status=0
  [ "$parts" -gt 1 ] && name="$t-$part"
  local log="$work/$name.log"
  mkdir -p "$work/corpus/$name" "$work/artifacts/$t"
  [ -f "fuzz/dict/$t.dict" ] && dict=(-dict="fuzz/dict/$t.dict")
  "$bin_dir/$t" "$work/corpus/$name" "fuzz/corpus/$t" "${dict[@]}" -runs="$n" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$t/" >"$log" 2>&1 || status=$?
  local secs=$((SECONDS - t0)) execs
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  local what="fuzz $t"
  [ "$parts" -gt 1 ] && what="fuzz $t (process $part of $parts)"
  if [ "$status" -eq 0 ]; then
    echo "$what: ok, $execs runs in $secs s ($((execs / (secs > 0 ? secs : 1))) runs/s)"
  else
    echo "$what: CRASH after $secs s (exit $status); input in $work/artifacts/$t/, log $log"
    grep -E 'panicked at|ERROR: libFuzzer|Test unit written' "$log" | head -5 | sed 's/^/  /'
    return 1
  fi
}

# The processes, "target part parts runs", longest first: the split target's, then member_csv
# (the next slowest, about 1.5 min), then the others (under a minute each).
first=()
next=()
rest=()
for t in "${targets[@]}"; do
  if [ "$t" = backup_reader ] && [ "$split" -gt 1 ]; then
    for ((p = 1; p <= split; p++)); do first+=("$t $p $split $(((runs + split - 1) / split))"); done
  elif [ "$t" = member_csv ]; then
    next+=("$t 1 1 $runs")
  else
    rest+=("$t 1 1 $runs")
  fi
done
procs=("${first[@]}" "${next[@]}" "${rest[@]}")

for proc in "${procs[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
    wait -n || true
  done
  read -r t part parts n <<<"$proc"
  { run_one "$t" "$part" "$parts" "$n" && echo ok || echo failed; } > "$work/$t.$part.result" &
done
wait
pass=0
fail=0
for t in "${targets[@]}"; do
  ok=1
  for r in "$work/$t".*.result; do
    head -n -1 "$r"
    [ "$(tail -n 1 "$r")" = ok ] || ok=0
  done
  if [ "$ok" -eq 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "fuzz total: $((SECONDS - start)) s"
echo "fuzz result: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
