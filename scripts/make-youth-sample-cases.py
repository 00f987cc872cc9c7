#!/usr/bin/env python3
"""Regenerate YouthSampleCases/, casemark's youth justice demo inspection (casemark open --demo youth).

Made the same way as SampleCases/ (scripts/make-sample-cases.py, whose JSON writer this uses, so
the files are byte for byte what casemark writes): the service (Kestrel Vale Youth Justice
Service), its case managers, inspectors, children and places are all invented; the output is
deterministic; every answer is checked against the built-in youth justice framework before
anything is written (the key question belongs to a standard of the case's sample, ticked prompts
exist).

Usage:
  python3 scripts/make-youth-sample-cases.py            write YouthSampleCases/ (stale case files removed)
  python3 scripts/make-youth-sample-cases.py --check    exit 1 if YouthSampleCases/ differs from what would be written
"""

import datetime as dt
import importlib.util
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FRAMEWORK_FILE = os.path.join(ROOT, "Sources", "CasemarkStore", "Resources", "hmip-youth-justice-2021.json")
OUT = os.path.join(ROOT, "YouthSampleCases")

_spec = importlib.util.spec_from_file_location("make_sample_cases", os.path.join(ROOT, "scripts", "make-sample-cases.py"))
adult = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adult)
encode, stamp = adult.encode, adult.stamp

PROVIDER = "Kestrel Vale Youth Justice Service"
FRAMEWORK_ID = "hmip-youth-justice-2021"
SCHEMA_VERSION = 1

# Case managers (youth justice services have no PO/PSO grades, so none is recorded).
OFFICERS = {
    "okafor": {"name": "Adaeze Okafor"},
    "whitlock": {"name": "Sam Whitlock"},
    "nowak": {"name": "Kasia Nowak"},
    "fearon": {"name": "Rhys Fearon"},
}
LEAD = "Bethan Lloyd"
INSPECTORS = {"lloyd": LEAD, "harte": "Marcus Harte", "quinn": "Niamh Quinn"}

# Notes by stage (the standard's last digit) and theme (the key question's), for yes and no:
# each with the prompts that informed it (letters checked against the framework).
NOTES = {
    (1, 1): {"yes": ("AssetPlus completed within 15 working days; draws on school, CAMHS and police information. "
                     "{Name}'s views and {carer}'s recorded; strengths ({strength}) identified.", ["a", "b", "f", "j"]),
             "no": ("AssetPlus mostly describes the offence; no analysis of {his} motivation or of {need}. "
                    "{Carer} not spoken to.", ["a", "d", "j"])},
    (1, 2): {"yes": ("Risks to {his} safety from {child_risk} identified and analysed, with children's social "
                     "care's assessment drawn on.", ["a", "b"]),
             "no": ("{Child_risk} known to social care but not mentioned; safety and wellbeing rated low "
                    "without explanation.", ["a", "b"])},
    (1, 3): {"yes": ("Risk to {others_risk} identified from police intelligence and analysed; who is at "
                     "risk and how is clear.", ["a", "b"]),
             "no": ("Previous incidents involving {others_risk} not considered; risk of harm classification "
                    "not explained.", ["a", "b"])},
    (2, 1): {"yes": ("Intervention plan written with {name} and {carer}; sequences {need} work before "
                     "the reparation hours.", ["a", "c", "e"]),
             "no": ("Plan lists the order's requirements only; nothing on {need} or {his} strengths.", ["a", "c"])},
    (2, 2): {"yes": ("Plan aligned with the child in need plan; contingency set out if {child_risk} recurs.", ["a", "b", "c"]),
             "no": ("No contingency for {child_risk}; the plan does not mention the social worker.", ["a", "c"])},
    (2, 3): {"yes": ("Controls (curfew, no contact) and work on {others_risk} set out; victim's wishes "
                     "reflected.", ["a", "b"]),
             "no": ("Risk to {others_risk} not addressed in the plan.", ["a"])},
    (3, 1): {"yes": ("Weekly sessions kept; {need} work delivered by {service}; {name} engaged well "
                     "and {carer} involved.", ["a", "b", "e"]),
             "no": ("Sessions missed for six weeks without follow-up; {service} referral never made.", ["a", "b", "g"])},
    (3, 2): {"yes": ("Joint visits with the social worker; safety plan reviewed after the missing episode.", ["a", "b"]),
             "no": ("Missing episode not shared with social care for nine days.", ["a", "b"])},
    (3, 3): {"yes": ("No-contact condition monitored with the police; victim safety work completed.", ["a", "b", "c"]),
             "no": ("Contact with {others_risk} reported by school but not acted on.", ["a", "c"])},
    (4, 1): {"yes": ("Review after the new school place considered {his} progress on {need} and adjusted "
                     "the plan; {name}'s views recorded.", ["a", "d", "e"]),
             "no": ("No review despite the change of placement; the plan was never updated.", ["a", "e"])},
    (4, 2): {"yes": ("Review responded to the new concerns about {child_risk}, with social care's input.", ["a", "b", "c"]),
             "no": ("Concerns about {child_risk} not reviewed.", ["a"])},
    (4, 3): {"yes": ("Risk of harm reviewed after the arrest; controls tightened with police input.", ["a", "b", "c"]),
             "no": ("Arrest for a further assault not followed by any review of risk to others.", ["a"])},
}
NOT_APPLICABLE = {
    (4, 1): "Order ended before a review point was reached.",
    (4, 2): "Order ended before a review point was reached.",
    (4, 3): "Order ended before a review point was reached.",
}

# The cases: answers in framework order over the sample's key questions (Y yes, N no, A not
# applicable); a shorter string means the case is only partly marked.
CASES = [
    dict(id="CD-001", sample="court-disposals", officer="okafor", inspector="lloyd", marked="2026-05-11T09:10",
         name="Jayden", gender="male", age="16", disposal="referral order", carer="his mother",
         strength="football coaching", need="cannabis use", child_risk="exploitation by older peers",
         others_risk="a younger pupil at school", service="the substance misuse worker",
         answers="YYYYYYYYYYNY", status="complete"),
    dict(id="CD-002", sample="court-disposals", officer="okafor", inspector="lloyd", marked="2026-05-11T13:30",
         name="Mia", gender="female", age="15", disposal="youth rehabilitation order", carer="her foster carer",
         strength="her art college place", need="emotional wellbeing", child_risk="going missing",
         others_risk="her former partner", service="CAMHS",
         answers="YNYYNYYNYYNY", status="complete"),
    dict(id="CD-003", sample="court-disposals", officer="whitlock", inspector="harte", marked="2026-05-11T09:45",
         name="Tyler", gender="male", age="17", disposal="youth rehabilitation order", carer="his father",
         strength="a part-time job", need="knife carrying", child_risk="county lines involvement",
         others_risk="members of a rival group", service="the knife crime programme",
         answers="NNNNNYNNNNNN", status="complete"),
    dict(id="CD-004", sample="court-disposals", officer="whitlock", inspector="harte", marked="2026-05-12T10:00",
         name="Kai", gender="male", age="14", disposal="referral order", carer="his grandmother",
         strength="boxing club", need="school exclusion", child_risk="neglect at home",
         others_risk="his younger brother", service="the education worker",
         answers="YYYYYYYYYAAA", status="complete"),
    dict(id="CD-005", sample="court-disposals", officer="nowak", inspector="quinn", marked="2026-05-12T09:20",
         name="Leah", gender="female", age="16", disposal="youth rehabilitation order", carer="her mother",
         strength="a supportive aunt", need="alcohol use", child_risk="self-harm",
         others_risk="shop staff", service="the young people's alcohol service",
         answers="YYNYYNYYYYYN", status="complete"),
    dict(id="CD-006", sample="court-disposals", officer="nowak", inspector="quinn", marked="2026-05-12T14:05",
         name="Ethan", gender="male", age="17", disposal="detention and training order (licence)", carer="his mother",
         strength="a bricklaying course", need="accommodation", child_risk="violence from associates",
         others_risk="the victim of the robbery", service="the housing worker",
         answers="YYYNYNYYNNYN", status="complete"),
    dict(id="CD-007", sample="court-disposals", officer="fearon", inspector="lloyd", marked="2026-05-13T09:00",
         name="Amara", gender="female", age="15", disposal="referral order", carer="her father",
         strength="her church youth group", need="peer influence", child_risk="online grooming",
         others_risk="a classmate", service="the speech and language therapist",
         answers="YYYYYYYYYYYY", status="complete"),
    dict(id="CD-008", sample="court-disposals", officer="fearon", inspector="harte", marked="2026-05-13T10:40",
         name="Callum", gender="male", age="16", disposal="youth rehabilitation order", carer="his stepfather",
         strength="his interest in mechanics", need="anger", child_risk="domestic abuse at home",
         others_risk="his mother's partner", service="the anger management group",
         answers="YNYYNYYYYNNY", status="complete"),
    dict(id="CD-009", sample="court-disposals", officer="okafor", inspector="quinn", marked="2026-05-13T13:15",
         name="Ruby", gender="female", age="17", disposal="youth rehabilitation order", carer="her mother",
         strength="her work experience placement", need="debt", child_risk="exploitation",
         others_risk="staff at the care home", service="the careers adviser",
         answers="YYYYNYYY", status="in-progress"),
    dict(id="CD-010", sample="court-disposals", officer="whitlock", inspector="lloyd", marked="2026-05-14T09:30",
         name="Noah", gender="male", age="15", disposal="referral order", carer="his mother",
         strength="a mentor", need="ADHD", child_risk="bullying",
         others_risk="younger children in the park", service="the neurodiversity practitioner",
         answers="YYNYY", status="in-progress"),
    dict(id="CD-011", sample="court-disposals", officer="nowak", inspector="harte", marked="2026-05-14T11:00",
         name="Ollie", gender="male", age="16", disposal="youth rehabilitation order", carer="his aunt",
         strength="music", need="family conflict", child_risk="homelessness",
         others_risk="his aunt", service="family therapy",
         answers="NYN", status="in-progress"),
    dict(id="CD-012", sample="court-disposals", officer="fearon", inspector="quinn",
         name="Grace", gender="female", age="14", disposal="referral order", carer="her mother",
         answers="", status="in-progress"),
    dict(id="CD-013", sample="court-disposals", officer="okafor", inspector="harte", marked="2026-05-14T14:20",
         name="Declan", gender="male", age="17", disposal="detention and training order (licence)", carer="his father",
         strength="boxing", need="drug supply", child_risk="criminal exploitation",
         others_risk="rival dealers", service="the exploitation team",
         answers="YYNYNNYNNNNN", status="complete"),
    dict(id="CD-014", sample="court-disposals", officer="whitlock", inspector="quinn",
         name="Isla", gender="female", age="16", disposal="youth rehabilitation order", carer="her grandmother",
         answers="", status="in-progress"),
    # ---- out-of-court disposals ------------------------------------------------------------------
    dict(id="OOC-001", sample="out-of-court-disposals", officer="okafor", inspector="lloyd", marked="2026-05-15T09:00",
         name="Harvey", gender="male", age="13", disposal="youth caution", carer="his mother",
         strength="cadets", need="impulsivity", child_risk="neglect",
         others_risk="a neighbour", service="the prevention worker",
         answers="YYYYYYYYY", status="complete"),
    dict(id="OOC-002", sample="out-of-court-disposals", officer="whitlock", inspector="harte", marked="2026-05-15T09:30",
         name="Sophie", gender="female", age="14", disposal="community resolution", carer="her father",
         strength="swimming", need="shoplifting with friends", child_risk="low mood",
         others_risk="shop staff", service="the victim liaison officer",
         answers="YYYYNYYYY", status="complete"),
    dict(id="OOC-003", sample="out-of-court-disposals", officer="nowak", inspector="quinn", marked="2026-05-15T10:15",
         name="Reece", gender="male", age="15", disposal="youth conditional caution", carer="his mother",
         strength="a good relationship with his teacher", need="criminal damage", child_risk="parental substance misuse",
         others_risk="council property", service="the reparation scheme",
         answers="YNYNNYYNY", status="complete"),
    dict(id="OOC-004", sample="out-of-court-disposals", officer="fearon", inspector="lloyd", marked="2026-05-15T11:00",
         name="Ava", gender="female", age="13", disposal="youth caution", carer="her foster carer",
         strength="drama club", need="assault on a peer", child_risk="placement breakdown",
         others_risk="the peer she assaulted", service="restorative justice",
         answers="YYYYYYYYY", status="complete"),
    dict(id="OOC-005", sample="out-of-court-disposals", officer="okafor", inspector="harte", marked="2026-05-15T13:00",
         name="Liam", gender="male", age="16", disposal="youth conditional caution", carer="his mother",
         strength="a college place", need="possession of cannabis", child_risk="exploitation",
         others_risk="nobody identified", service="the substance misuse worker",
         answers="YYAYYAYYA", status="complete"),
    dict(id="OOC-006", sample="out-of-court-disposals", officer="whitlock", inspector="quinn", marked="2026-05-15T14:00",
         name="Freya", gender="female", age="15", disposal="community resolution", carer="her mother",
         strength="her part in the school council", need="online harassment", child_risk="self-harm",
         others_risk="the girl she harassed online", service="the school nurse",
         answers="YNYYNY", status="in-progress"),
    dict(id="OOC-007", sample="out-of-court-disposals", officer="nowak", inspector="lloyd", marked="2026-05-16T09:00",
         name="Mason", gender="male", age="14", disposal="youth caution", carer="his grandfather",
         strength="fishing with his grandfather", need="theft", child_risk="bereavement",
         others_risk="shop staff", service="the bereavement counsellor",
         answers="NNYNNYNNY", status="complete"),
    dict(id="OOC-008", sample="out-of-court-disposals", officer="fearon", inspector="harte",
         name="Poppy", gender="female", age="12", disposal="community resolution", carer="her mother",
         answers="", status="in-progress"),
    dict(id="OOC-009", sample="out-of-court-disposals", officer="okafor", inspector="quinn", marked="2026-05-16T10:30",
         name="Zain", gender="male", age="15", disposal="youth conditional caution", carer="his father",
         strength="his mosque youth group", need="carrying a bladed article", child_risk="threats from older boys",
         others_risk="pupils at his school", service="the knife crime programme",
         answers="YYYYYYY", status="in-progress"),
    dict(id="OOC-010", sample="out-of-court-disposals", officer="nowak", inspector="harte", marked="2026-05-16T11:30",
         name="Ellie", gender="female", age="14", disposal="youth caution", carer="her mother",
         strength="gymnastics", need="assault on her sister", child_risk="domestic abuse",
         others_risk="her sister", service="the family support worker",
         answers="YYYYYYYYN", status="complete"),
]

JUDGEMENTS = {"Y": "yes", "N": "no", "A": "na"}


def load_framework():
    with open(FRAMEWORK_FILE, encoding="utf-8") as f:
        fw = json.load(f)
    assert fw["id"] == FRAMEWORK_ID, fw["id"]
    return fw


def key_questions_for(fw, sample):
    return [kq for s in fw["standards"] if s["ratedFrom"] == "cases" and s["sample"] == sample for kq in s["keyQuestions"]]


class Facts(dict):
    def __missing__(self, key):
        lower = key[0].lower() + key[1:]
        if key[0].isupper() and lower in self:
            value = self[lower]
            return value[0].upper() + value[1:]
        raise KeyError("no fact '%s'" % key)


def make_case(fw, spec, number):
    attributes = {"gender": spec["gender"], "age": spec["age"], "disposal": spec["disposal"]}
    case = {
        "schemaVersion": SCHEMA_VERSION, "id": spec["id"], "sample": spec["sample"],
        "responsibleOfficer": OFFICERS[spec["officer"]], "attributes": attributes,
        "status": "in-progress", "answers": {}, "history": [],
    }
    kqs = key_questions_for(fw, spec["sample"])
    marks = spec["answers"]
    assert len(marks) <= len(kqs), spec["id"]
    if spec["status"] == "complete":
        assert len(marks) == len(kqs), "%s is complete but answers %d of %d" % (spec["id"], len(marks), len(kqs))
    if not marks:
        return case, "not started"
    inspector = INSPECTORS[spec["inspector"]]
    p = Facts(his="his" if spec["gender"] == "male" else "her")
    p.update({k: v for k, v in spec.items() if isinstance(v, str)})
    clock = dt.datetime.fromisoformat(spec["marked"])
    for i, (kq, mark) in enumerate(zip(kqs, marks)):
        judgement = JUDGEMENTS[mark]
        clock += dt.timedelta(minutes=5 + (i * 7 + number * 3) % 9)
        _, stage, theme = kq["id"].split(".")
        key = (int(stage), int(theme))
        if judgement == "na":
            note, prompts = NOT_APPLICABLE.get(key, "Not applicable: nothing in the case called for it."), []
        else:
            template, prompts = NOTES[key][judgement]
            note = template.format_map(p)
        valid = {pr["id"] for pr in kq["prompts"]}
        assert set(prompts) <= valid, (spec["id"], kq["id"], prompts)
        case["answers"][kq["id"]] = {"answer": judgement, "note": note, "prompts": list(prompts), "by": inspector, "at": stamp(clock)}
    progress = "in progress"
    if spec["status"] == "complete":
        clock += dt.timedelta(minutes=4)
        case["history"].append({"event": "complete", "by": inspector, "at": stamp(clock)})
        case["status"] = "complete"
        progress = "complete"
    return case, progress


def make_inspection():
    def rating(band, reason, at):
        return {"rating": band, "reason": reason, "by": LEAD, "at": at}

    return {
        "schemaVersion": SCHEMA_VERSION, "provider": PROVIDER, "framework": FRAMEWORK_ID,
        "createdAt": "2026-04-27T09:00:00Z", "createdBy": LEAD,
        "ratings": {
            "1.1": rating("Good", "The management board knows the service's children well and holds partners to account; "
                          "the chair challenges education on exclusions.", "2026-05-21T15:00:00Z"),
            "1.2": rating("Good", "Manageable caseloads (average 9); staff feel supported and supervision is regular.",
                          "2026-05-21T15:10:00Z"),
            "1.3": rating("Requires improvement", "Too few speech and language and emotional wellbeing services for the "
                          "numbers who need them; long CAMHS waits.", "2026-05-21T15:20:00Z"),
            "1.4": rating("Good", "Policies current; the Kestrel Vale office is welcoming and child-friendly.",
                          "2026-05-21T15:30:00Z"),
            "3.4": rating("Good", "A joint decision-making panel with the police; clear criteria and a prevention offer "
                          "for children diverted.", "2026-05-21T15:40:00Z"),
            "4.1": rating("Requires improvement", "Resettlement policy written but not yet embedded; accommodation on "
                          "release arranged late in both cases seen.", "2026-05-21T15:50:00Z"),
        },
    }


def build():
    fw = load_framework()
    files = {"inspection.json": encode(make_inspection()) + "\n"}
    summary = []
    for number, spec in enumerate(CASES):
        case, progress = make_case(fw, spec, number)
        files[os.path.join("cases", spec["id"] + ".json")] = encode(case) + "\n"
        summary.append((spec["sample"], progress))
    assert len({s["id"] for s in CASES}) == len(CASES)
    return files, summary


def main(argv):
    files, summary = build()
    if "--check" in argv:
        stale = [rel for rel, text in files.items()
                 if not os.path.exists(os.path.join(OUT, rel)) or open(os.path.join(OUT, rel), encoding="utf-8").read() != text]
        extra = sorted(set(os.listdir(os.path.join(OUT, "cases"))) - {os.path.basename(r) for r in files if r.startswith("cases")})
        if stale or extra:
            print("YouthSampleCases/ is out of date: " + ", ".join(stale + extra), file=sys.stderr)
            return 1
        print("YouthSampleCases/ is up to date (%d files)" % len(files))
        return 0
    os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
    wanted = {os.path.basename(r) for r in files if r.startswith("cases")}
    for name in sorted(os.listdir(os.path.join(OUT, "cases"))):
        if name not in wanted:
            os.remove(os.path.join(OUT, "cases", name))
    for rel, text in sorted(files.items()):
        with open(os.path.join(OUT, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    from collections import Counter
    print("wrote %d files to %s" % (len(files), os.path.relpath(OUT, ROOT)))
    print("cases per sample:", dict(Counter(s for s, _ in summary)), "status:", dict(Counter(p for _, p in summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
