#!/usr/bin/env python3
"""Shows the dependencies that CI's three builds would compile with different features.

scripts/test.sh builds the tests (with dev-dependencies), then the desktop shell, then the plain
binaries. Cargo compiles a crate once per feature set, so a crate asked for with other features
by one of them (and every crate above it) is compiled again. Cargo.toml's feature-unification
block lists the union; run this after changing dependencies (needs the nightly toolchain, which
scripts/fuzz.sh installs) and add what it prints there. An empty list means no crate is compiled
twice for the target. Host-side units the desktop alone needs are not a cost and are not shown.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = "x86_64-unknown-linux-gnu"  # separates target units from host units in the graph


def units(args):
    out = subprocess.run(["cargo", "+nightly", "-Z", "unstable-options", *args, "--target", TARGET, "--unit-graph"],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(out.stderr)
    found = {}
    for u in json.loads(out.stdout)["units"]:
        if u["pkg_id"].startswith("path+"):
            continue  # the workspace's own crates are compiled per build anyway
        key = (u["pkg_id"].split("#")[-1], u["target"]["name"], u["mode"], u["platform"] or "host")
        found.setdefault(key, set()).add(tuple(sorted(u["features"])))
    return found


def compare(a, b, names):
    differ = [k for k in sorted(set(a) & set(b)) if not a[k] <= b[k] and not b[k] <= a[k]]
    for k in differ:
        print(f"  {k[0]} ({k[2]}, {k[3]}): {names[0]} {sorted(a[k])}  {names[1]} {sorted(b[k])}")
    print(f"{names[0]} vs {names[1]}: {len(differ)} crates with different features")
    return len(differ)


tests = units(["test", "--lib", "--bins", "--tests", "--benches", "--no-run"])
desktop = units(["build", "-p", "samuh-desktop"])
plain = units(["build", "--bins"])
n = compare(tests, desktop, ("tests", "desktop")) + compare(tests, plain, ("tests", "binaries"))
sys.exit(1 if n else 0)
