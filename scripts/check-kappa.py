#!/usr/bin/env python3
"""Checks `casemark compare --format json` against statsmodels' cohens_kappa on random data.

Run through scripts/check-kappa.sh, which makes a throwaway virtual environment with statsmodels
in it. Each trial writes two random markings of the same cases (a first marking and a second one
that agrees with it more or less, with some key questions left unanswered and some tables where
one or both inspectors gave every case the same answer), runs casemark compare on them, and
checks every key question's and the pooled kappa, interval and agreement against statsmodels,
from the same 3 x 3 table counted independently here.

Usage: check-kappa.py CASEMARK [TRIALS] [SEED]
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import warnings

import numpy as np
from statsmodels.stats.inter_rater import cohens_kappa

CATEGORIES = ["yes", "no", "na"]
KEY_QUESTIONS = [f"2.{s}.{k}" for s in range(1, 5) for k in range(1, 4)]


def write_inspection(folder, answers_by_case):
    os.makedirs(os.path.join(folder, "cases"), mode=0o700)
    record = {"schemaVersion": 1, "provider": "Kappa Check CRC", "framework": "hmip-probation-2018", "ratings": {}}
    with open(os.path.join(folder, "inspection.json"), "w") as f:
        json.dump(record, f)
    for case_id, answers in answers_by_case.items():
        case = {
            "schemaVersion": 1, "id": case_id, "sample": "case-supervision",
            "responsibleOfficer": {"name": "Officer"}, "attributes": {"rosh_issues_apply": "Y"},
            "status": "complete",
            "answers": {kq: {"answer": a, "note": f"{case_id} {kq}", "by": "Check"} for kq, a in answers.items()},
        }
        with open(os.path.join(folder, "cases", f"{case_id}.json"), "w") as f:
            json.dump(case, f)


def random_markings(rng):
    cases = rng.randint(1, 60)
    first, second = {}, {}
    for i in range(cases):
        first[f"C-{i:03d}"] = {}
        second[f"C-{i:03d}"] = {}
    for kq in KEY_QUESTIONS:
        style = rng.random()
        agree = rng.random()
        weights = [rng.random() for _ in CATEGORIES]
        for case_id in first:
            if rng.random() < 0.1:
                continue  # unanswered on one side or the other
            if style < 0.1:
                a, b = "yes", "yes"  # chance agreement 1
            elif style < 0.2:
                a, b = "no", rng.choice(CATEGORIES)  # one inspector gives one answer
            else:
                a = rng.choices(CATEGORIES, weights)[0]
                b = a if rng.random() < agree else rng.choices(CATEGORIES, weights)[0]
            first[case_id][kq] = a
            if rng.random() < 0.95:
                second[case_id][kq] = b
    return first, second


def table(first, second, kqs):
    t = np.zeros((3, 3))
    for case_id in first:
        for kq in kqs:
            a, b = first[case_id].get(kq), second[case_id].get(kq)
            if a and b:
                t[CATEGORIES.index(a), CATEGORIES.index(b)] += 1
    return t


def expected(t):
    n = t.sum()
    agree = np.trace(t)
    row, col = t.sum(1) / n, t.sum(0) / n
    pe = float((row * col).sum())
    out = {"cases": int(n), "agreements": int(agree), "percentAgreement": 100 * agree / n}
    if pe > 1 - 1e-12:
        out.update(kappa=None, kappaLow=None, kappaHigh=None)
        return out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # statsmodels' z test divides by 0 where kappa's SE is 0
        res = cohens_kappa(t)
    se = math.sqrt(max(0.0, res["var_kappa"]))
    k = res["kappa"]
    out.update(kappa=k, kappaLow=max(-1.0, k - 1.959964 * se), kappaHigh=min(1.0, k + 1.959964 * se))
    return out


def check(label, ours, theirs, problems):
    for key in ("cases", "agreements"):
        if ours[key] != theirs[key]:
            problems.append(f"{label} {key}: casemark {ours[key]}, expected {theirs[key]}")
    # casemark prints one decimal, rounded half away from zero.
    if abs(ours["percentAgreement"] - theirs["percentAgreement"]) > 0.05 + 1e-9:
        problems.append(f"{label} percentAgreement: casemark {ours['percentAgreement']}, expected {theirs['percentAgreement']}")
    for key in ("kappa", "kappaLow", "kappaHigh"):
        a, b = ours[key], theirs[key]
        if (a is None) != (b is None) or (a is not None and abs(a - b) > 0.0005 + 1e-9):
            problems.append(f"{label} {key}: casemark {a}, statsmodels {b}")


def main():
    casemark = sys.argv[1]
    trials = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
    rng = random.Random(seed)
    problems, tables = [], 0
    for trial in range(trials):
        first, second = random_markings(rng)
        with tempfile.TemporaryDirectory() as scratch:
            a, b = os.path.join(scratch, "first"), os.path.join(scratch, "second")
            write_inspection(a, first)
            write_inspection(b, second)
            run = subprocess.run([casemark, "compare", a, b, "--format", "json"], capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"trial {trial}: casemark compare exited {run.returncode}: {run.stderr}")
                continue
            report = json.loads(run.stdout)
        for kq in KEY_QUESTIONS:
            t = table(first, second, [kq])
            if t.sum() == 0:
                if kq in report["keyQuestions"]:
                    problems.append(f"trial {trial} {kq}: listed with no case answered in both")
                continue
            tables += 1
            check(f"trial {trial} {kq}", report["keyQuestions"][kq], expected(t), problems)
        t = table(first, second, KEY_QUESTIONS)
        if t.sum() > 0:
            tables += 1
            check(f"trial {trial} pooled", report["overall"], expected(t), problems)
        disagreements = int(t.sum() - np.trace(t))
        if len(report["disagreements"]) != disagreements:
            problems.append(f"trial {trial}: {len(report['disagreements'])} disagreements listed, expected {disagreements}")
    for p in problems[:40]:
        print(p)
    print(f"check-kappa: {trials} trials (seed {seed}), {tables} tables compared with statsmodels {__import__('statsmodels').__version__}")
    print(f"{tables - len(problems)} passed, {len(problems)} failed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
