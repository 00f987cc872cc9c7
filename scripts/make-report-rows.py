#!/usr/bin/env python3
"""Write a CSV of N case-supervision rows in the import layout, for the report benchmarks.

Deterministic (fixed seed): the same N always gives the same bytes. About a quarter of the
answer cells are empty (not answered); where risk-of-serious-harm issues do not apply
(rosh_issues_apply N, one case in four), 2.2.3, 2.3.3 and 2.4.3 are NA.

Usage: python3 scripts/make-report-rows.py 10000 > rows.csv
"""

import random
import sys

KEY_QUESTIONS = ["2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3",
                 "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3"]
SUB_SAMPLE = {"2.2.3", "2.3.3", "2.4.3"}
OFFICERS = [("Chloé Duval", "PO"), ("Ines Sørensen", "PSO"), ("Jack O'Neill", "PO"),
            ("李 小龙", "PSO"), ("Zoë Ødegård", "PO")]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rng = random.Random(2019)
    out = sys.stdout
    out.write(",".join(["case_id", "responsible_officer", "officer_grade", "sample"] + KEY_QUESTIONS
                       + ["rosh_issues_apply"]) + "\n")
    for i in range(1, n + 1):
        name, grade = OFFICERS[i % len(OFFICERS)]
        rosh = "N" if rng.random() < 0.25 else "Y"
        cells = []
        for kq in KEY_QUESTIONS:
            if kq in SUB_SAMPLE and rosh == "N":
                cells.append("NA")
            elif rng.random() < 0.25:
                cells.append("")
            else:
                cells.append("N" if rng.random() < 1 / 3 else "Y")
        out.write(",".join([f"R-{i:05d}", name, grade, "case-supervision"] + cells + [rosh]) + "\n")


if __name__ == "__main__":
    main()
