#!/usr/bin/env python3
"""The oversight book's Parquet export read back by DuckDB (issue 16).

Makes the demo book, has each of its organisations write a bundle, imports them into a new
village organisation's book, exports that book as Parquet, and checks with DuckDB that the
files hold what Samuh itself reports:
  - per group, the trial balance totals (debit and credit) of `samuh report trial-balance`
    in the group's own book equal the positive and negative account balances summed from
    the exported postings;
  - the totals row of each currency's section of `samuh report portfolio` in the oversight
    book (savings and loans outstanding) equals the sums over that currency's exported postings;
  - every posting's amount is an integer (minor units) and every table has its partitions.
Usage: tests/parquet_check.py PATH_TO_SAMUH_BINARY   (exit 0 when everything matches)
"""
import csv
import io
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb

SAMUH = sys.argv[1] if len(sys.argv) > 1 else "target/debug/samuh"
GROUPS = ["shg-kishanganj", "coop-meherpur", "vf-roiet"]
TODAY = date.today().isoformat()


def samuh(db, *args):
    cmd = [SAMUH, "--db", str(db), "--lang", "en", "--digits", "latin", *args]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def money(cell):
    """A money cell of Samuh's CSV ("1,23,456.00", "-50.00", "(50.00)", empty) in minor units."""
    s = cell.strip().replace(",", "").replace("\u20b9", "").replace("\u09f3", "").replace("\u0e3f", "")
    if not s or s == "-":
        return 0
    neg = s.startswith("(") and s.endswith(")")
    s = s.strip("()")
    v = Decimal(s) * 100
    assert v == v.to_integral_value(), cell
    return -int(v) if neg else int(v)


def totals_row(text):
    rows = list(csv.reader(io.StringIO(text)))
    total = [r for r in rows if r and r[0].strip().lower().startswith("total")]
    if not total:
        sys.exit(f"no totals row in:\n{text}")
    return rows, total[-1]


def header_of(rows, name):
    for r in rows:
        if name in r:
            return r.index(name)
    sys.exit(f"no column {name!r} in {rows[:3]}")


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        demo, vo, out = tmp / "demo.samuh", tmp / "vo.samuh", tmp / "parquet"
        samuh(demo, "demo")
        bundles = []
        for g in GROUPS:
            b = tmp / f"{g}.bundle"
            samuh(demo, "bundle", "write", "--org", g, "--out", str(b), "--no-names")
            bundles.append(str(b))
        samuh(vo, "init")
        samuh(vo, "org", "add", "--code", "vo", "--name", "Check VO", "--kind", "village-organisation", "--country", "in",
              "--frequency", "monthly", "--formed-on", "2020-01-01")
        samuh(vo, "bundle", "import", "--org", "vo", "--register", *bundles)
        samuh(vo, "export", "parquet", "--org", "vo", "--to", str(out))

        con = duckdb.connect()
        for table in ["groups", "members", "vouchers", "postings", "loans"]:
            files = list((out / table).glob("state=*/district=*/block=*/year=*/part-0.parquet"))
            if not files:
                failures.append(f"{table}: no partition files")
        p = f"read_parquet('{out}/postings/**/*.parquet', hive_partitioning = true)"
        kinds = con.execute(f"SELECT DISTINCT typeof(amount_minor) FROM {p}").fetchall()
        if kinds != [("BIGINT",)]:
            failures.append(f"amount_minor is {kinds}, not BIGINT")
        n_groups = con.execute(f"SELECT count(*) FROM read_parquet('{out}/groups/**/*.parquet', hive_partitioning = true)").fetchone()[0]
        if n_groups != len(GROUPS):
            failures.append(f"{n_groups} groups exported, {len(GROUPS)} imported")

        # Trial balance of each group, in its own book, against the exported postings.
        for g in GROUPS:
            rows, total = totals_row(samuh(demo, "report", "trial-balance", "--org", g, "--format", "csv", "--iso-dates"))
            debit_col, credit_col = header_of(rows, "col-debit"), header_of(rows, "col-credit")
            want = (money(total[debit_col]), money(total[credit_col]))
            got = con.execute(
                f"""SELECT coalesce(sum(CASE WHEN b > 0 THEN b END), 0), coalesce(-sum(CASE WHEN b < 0 THEN b END), 0)
                    FROM (SELECT account, sum(amount_minor) AS b FROM {p} WHERE group_code = ? GROUP BY account)""",
                [g],
            ).fetchone()
            print(f"  {g}: trial balance debit {want[0]} credit {want[1]} (minor units); Parquet {int(got[0])} {int(got[1])}")
            if tuple(int(x) for x in got) != want:
                failures.append(f"{g}: trial balance {want}, Parquet {tuple(got)}")

        # The portfolio's totals in the oversight book against the exported postings, currency by
        # currency: groups keeping their books in different currencies get a section each (titled
        # "Groups keeping their books in INR"), and amounts are never added across them.
        text = samuh(vo, "report", "portfolio", "--org", "vo", "--from", "2000-01-01", "--to", TODAY, "--format", "csv", "--iso-dates")
        rows = list(csv.reader(io.StringIO(text)))
        sections, currency = {}, None
        for r in rows:
            if len(r) == 1 and r[0].startswith("Groups keeping their books in "):
                currency = r[0].rsplit(" ", 1)[1]
            elif r and r[0].strip().lower().startswith("total"):
                sections[currency] = r
        want_currencies = {c for (c,) in con.execute(f"SELECT DISTINCT currency FROM {p}").fetchall()}
        if set(sections) != want_currencies and not (len(want_currencies) == 1 and list(sections) == [None]):
            failures.append(f"portfolio sections {sorted(map(str, sections))}, currencies exported {sorted(want_currencies)}")
        got_outstanding_all = 0
        for currency, total in sections.items():
            savings = money(total[header_of(rows, "col-savings-balance")])
            outstanding = money(total[header_of(rows, "col-outstanding")])
            where = "" if currency is None else f"AND currency = '{currency}'"
            got_savings, got_outstanding = con.execute(
                f"""SELECT -coalesce(sum(CASE WHEN account = 'member-savings' THEN amount_minor END), 0),
                           coalesce(sum(CASE WHEN account = 'loans-to-members' THEN amount_minor END), 0)
                    FROM {p} WHERE date <= DATE '{TODAY}' {where}"""
            ).fetchone()
            got_outstanding_all += int(got_outstanding)
            print(f"  portfolio {currency or ''}: savings {savings} outstanding {outstanding}; Parquet {int(got_savings)} {int(got_outstanding)}")
            if (int(got_savings), int(got_outstanding)) != (savings, outstanding):
                failures.append(f"portfolio totals {currency}: savings {savings}, outstanding {outstanding}; Parquet {got_savings}, {got_outstanding}")
        got_outstanding = got_outstanding_all
        loans_out = con.execute(f"SELECT coalesce(sum(outstanding_minor), 0) FROM read_parquet('{out}/loans/**/*.parquet', hive_partitioning = true)").fetchone()[0]
        if int(loans_out) != int(got_outstanding):
            failures.append(f"loans table outstanding {loans_out}, postings {got_outstanding}")

    if failures:
        print("parquet check: FAILED")
        for f in failures:
            print("  " + f)
        return 1
    print("parquet check: the Parquet files match Samuh's trial balances and portfolio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
