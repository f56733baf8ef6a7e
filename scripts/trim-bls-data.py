#!/usr/bin/env python3
"""Writes him's wage and price tables (data/oews-wages.csv, data/cpi-u-annual.csv) from the BLS
extracts the project was given: the OEWS May 2025 extract for the 20 occupations him's titles map
to, and the CPI-U series CUUR0000SA0.

    scripts/trim-bls-data.py OEWS_EXTRACT.csv CPI_SERIES.csv

Every row of the OEWS extract is kept; only the columns him uses are. A footnote is kept when it
names a kept column, so each `-` still says why BLS did not publish it. Of the CPI series only the
annual averages (period M13) are kept: `him salary --real YEAR` uses nothing else.
"""

import csv
import sys

OEWS_COLUMNS = [
    "soc_code", "occupation", "area_type", "area_code", "area_name", "industry_code",
    "footnotes", "employment", "annual_p10", "annual_p25", "annual_median", "annual_p75",
    "annual_p90",
]
AREA_ORDER = {"national": 0, "state": 1, "metro": 2}

OEWS_HEADER = """\
# BLS Occupational Employment and Wage Statistics (OEWS), May 2025 (release 2025A01, data year
# 2025), for the 20 occupations him's job titles map to: national, every state (with DC, Guam,
# Puerto Rico and the Virgin Islands), every metro and nonmetropolitan area, and national figures
# by industry (industry_code 000000 is all industries). Public domain; trimmed by
# scripts/trim-bls-data.py to the columns him uses. BLS cannot vouch for figures derived from it.
# Wages are annual, in dollars. `-` is a value BLS did not publish; `footnotes` says why, column
# by column: 8 = the estimate was not released; 5 = withheld because it is at or above BLS's top
# code (this release publishes values above the top code's nominal $239,200, so it means "not
# published", never "at least $239,200").
# source: bls-oews-2025
"""

CPI_HEADER = """\
# Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, not
# seasonally adjusted (BLS series CUUR0000SA0): annual averages (period M13). Public domain.
# source: bls-cpi-u
"""


def trim_oews(path, out_path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    rows.sort(key=lambda r: (AREA_ORDER[r["area_type"]], r["area_code"], r["soc_code"],
                             r["industry_code"]))
    with open(out_path, "w", newline="") as out:
        out.write(OEWS_HEADER)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(OEWS_COLUMNS)
        for row in rows:
            notes = [n for n in row["footnotes"].split(";") if n]
            row["footnotes"] = ";".join(n for n in notes if n.split("=")[0] in OEWS_COLUMNS)
            writer.writerow([row[c] if row[c] != "" else "-" for c in OEWS_COLUMNS[:6]]
                            + [row["footnotes"]]
                            + [row[c] if row[c] != "" else "-" for c in OEWS_COLUMNS[7:]])


def trim_cpi(path, out_path):
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["period"] == "M13"]
    with open(out_path, "w", newline="") as out:
        out.write(CPI_HEADER)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["year", "annual_average"])
        for row in rows:
            writer.writerow([row["year"], row["value"]])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    trim_oews(sys.argv[1], "data/oews-wages.csv")
    trim_cpi(sys.argv[2], "data/cpi-u-annual.csv")
