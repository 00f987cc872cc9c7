#!/usr/bin/env python3
"""Writes london-crc-2019.csv: a fictional case sample whose yes/no counts give exactly the
key-question percentages HMIP published for London CRC in 2019 (HMIP's inspection report of
London CRC, 2019, Annex 2; docs/ratings.md, "Worked example: London CRC, 2019", reproduces them).

148 case-supervision, 97 unpaid-work and 79 Through-the-Gate cases, in the casemark CSV
interchange layout. The RoSH sub-sample for 2.2.3, 2.3.3 and 2.4.3 is 118 cases
(rosh_issues_apply Y); the other 30 are N and leave those cells empty. Six case-supervision
cases answer 2.4.1 and 2.4.2 NA (no review point reached), which keeps them outside the
denominator. Deterministic: run it again and the file is byte-for-byte the same.

    python3 make_london_crc_2019.py            # writes london-crc-2019.csv beside this script
"""
import csv
import io
import os
import random

SAMPLES = {"case-supervision": 148, "unpaid-work": 97, "through-the-gate": 79}
ROSH_SUBSAMPLE = 118      # cases where risk of serious harm issues apply
REVIEW_NOT_DUE = 6        # cases answering 2.4.1 and 2.4.2 NA

# Published percentages (the report's Annex 2), key question -> (sample, percent).
PUBLISHED = {
    "2.1.1": 62, "2.1.2": 64, "2.1.3": 58,
    "2.2.1": 53, "2.2.2": 67, "2.2.3": 48,
    "2.3.1": 71, "2.3.2": 52, "2.3.3": 48,
    "2.4.1": 65, "2.4.2": 61, "2.4.3": 49,
    "4.1.1": 74, "4.1.2": 77, "4.1.3": 77, "4.1.4": 73,
    "4.2.1": 66, "4.2.2": 71, "4.2.3": 78,
}
ROSH_ONLY = {"2.2.3", "2.3.3", "2.4.3"}
REVIEW = {"2.4.1", "2.4.2"}

OFFICERS = [  # fictional; names in several languages' spellings
    ("Chloé Duval", "PO"), ("Ines Sørensen", "PO"), ("Jack O'Neill", "PSO"),
    ("李 小龙", "PO"), ("Siobhán Ní Bhriain", "PSO"), ("Oluwaseun Adébáyọ̀", "PO"),
    ("Zoë Ødegård", "PSO"), ("Marek Dvořák", "PO"), ("Priya Raghunathan", "PSO"),
    ("Tomás García-López", "PO"),
]
LDUS = ["North", "South", "East", "West", "Central"]


def half_up(yes, applicable):
    return (200 * yes + applicable) // (2 * applicable)


def yes_count(percent, applicable):
    """The yes count nearest percent% of applicable whose rounded percent is exactly percent."""
    candidates = [k for k in range(applicable + 1) if half_up(k, applicable) == percent]
    if not candidates:
        raise SystemExit(f"no count of {applicable} gives {percent}%")
    return min(candidates, key=lambda k: abs(k - percent * applicable / 100))


def sample_of(kq):
    return {"2": "case-supervision", "4": None}[kq[0]] or (
        "unpaid-work" if kq.startswith("4.1") else "through-the-gate")


def main():
    rng = random.Random(20190601)
    prefixes = {"case-supervision": "CS", "unpaid-work": "UW", "through-the-gate": "TG"}
    cases = []
    for sample, n in SAMPLES.items():
        for i in range(n):
            officer, grade = OFFICERS[rng.randrange(len(OFFICERS))]
            cases.append({
                "case_id": f"{prefixes[sample]}-{i + 1:03d}", "responsible_officer": officer,
                "officer_grade": grade, "sample": sample, "ldu": LDUS[i % len(LDUS)],
                "rosh_issues_apply": "",
            })
    supervision = [c for c in cases if c["sample"] == "case-supervision"]
    for i, c in enumerate(rng.sample(supervision, len(supervision))):
        c["rosh_issues_apply"] = "Y" if i < ROSH_SUBSAMPLE else "N"
    review_not_due = {c["case_id"] for c in rng.sample(supervision, REVIEW_NOT_DUE)}

    for kq, percent in PUBLISHED.items():
        sample = sample_of(kq)
        members = [c for c in cases if c["sample"] == sample]
        for c in members:
            c[kq] = ""
        if kq in ROSH_ONLY:
            members = [c for c in members if c["rosh_issues_apply"] == "Y"]
        if kq in REVIEW:
            for c in members:
                if c["case_id"] in review_not_due:
                    c[kq] = "NA"
            members = [c for c in members if c["case_id"] not in review_not_due]
        yes = yes_count(percent, len(members))
        shuffled = rng.sample(members, len(members))
        for i, c in enumerate(shuffled):
            c[kq] = "Y" if i < yes else "N"
        assert half_up(yes, len(members)) == percent

    columns = (["case_id", "responsible_officer", "officer_grade", "sample"]
               + list(PUBLISHED) + ["rosh_issues_apply", "ldu"])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for c in cases:
        writer.writerow([c.get(col, "") for col in columns])
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "london-crc-2019.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    main()
