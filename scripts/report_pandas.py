#!/usr/bin/env python3
"""The yardstick for `casemark report FILE.csv --format json`: the same key-question counts,
percentages and bands computed with pandas from the same CSV (read_csv, then counts), printed as
JSON. Only the key questions of the case-supervision sample, which the benchmark's CSV holds.

Usage: python3 scripts/report_pandas.py rows.csv
"""

import json
import sys

import pandas as pd

SAMPLE_OF = {"2": "case-supervision", "4.1": "unpaid-work", "4.2": "through-the-gate"}


def band(percent):
    if percent is None:
        return None
    if percent >= 80:
        return "Outstanding"
    if percent >= 65:
        return "Good"
    if percent >= 50:
        return "Requires improvement"
    return "Inadequate"


def main():
    frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
    out = {}
    for column in frame.columns:
        parts = column.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            continue
        sample = SAMPLE_OF.get(parts[0]) or SAMPLE_OF.get(parts[0] + "." + parts[1])
        cells = frame.loc[frame["sample"] == sample, column].str.strip().str.upper()
        counts = cells.value_counts()
        yes, no = int(counts.get("Y", 0)), int(counts.get("N", 0))
        na, unanswered = int(counts.get("NA", 0)), int(counts.get("", 0))
        percent = (200 * yes + yes + no) // (2 * (yes + no)) if yes + no else None
        out[column] = {"yes": yes, "no": no, "notApplicable": na, "unanswered": unanswered,
                       "percent": percent, "band": band(percent)}
    json.dump({"keyQuestions": out}, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
