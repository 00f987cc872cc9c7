#!/usr/bin/env python3
"""Writes Sources/CasemarkStore/Resources/hmip-youth-justice-2021.json, the built-in youth justice
framework, from the wording below. Each piece of wording says where it comes from: prompts quoted
from HMIP's effective-practice guide "Youth justice case management: effectiveness in inspected
cases" (court-ordered cases) are "substance" (the guide's bullet under its lead-in, as a
statement); everything else is marked unverified ("verified": false, "verification":
"unverified") and listed in docs/ratings.md, which also names the sources.

Run from the repository root: python3 scripts/make-youth-framework.py
"""
import json
import os

CHILD = "the child"

# Prompts found verbatim in the effective-practice guide (court-ordered cases), keyed by the
# court key question they belong to. The lead-in ("We expect to find that the assessment:") is
# folded into each so that a prompt reads alone.
FOUND = {
    "2.1.1": ("Assessment", [
        "is well-informed, analytical and personalised, actively involving the child and their parents/carers",
        "draws on relevant information held by all other agencies, including the child’s education provider, children’s social care, health services and the police",
        "sufficiently analyses how to support the child’s desistance",
        "shows sufficient analysis of offending behaviour, including the child’s attitude towards and motivation for their offending",
        "considers the diversity and wider familial and social context of the child",
        "focuses on the child’s strengths and protective factors",
        "analyses the key structural barriers facing the child",
        "gives sufficient attention to understanding the child’s levels of maturity, ability and motivation to change, and their likelihood of engaging with the court disposal",
        "gives sufficient attention to the needs and wishes of the victim/s, and opportunities for restorative justice",
        "meaningfully involves the child and their parents/carers and other significant adults in their lives (for example employers) in their assessment and considers their views",
    ]),
    "2.1.2": ("Assessment should", [
        "clearly identify and analyse any risks to the child’s safety and wellbeing",
        "draw sufficiently on available sources of information, including other assessments, and involve other agencies where appropriate",
        "analyse controls and interventions to promote the safety and wellbeing of the child",
    ]),
    "2.2.2": ("Planning should", [
        "involve other agencies where appropriate, and align sufficiently with other plans concerning the child, such as child protection or care plans",
        "set out the necessary controls and interventions to promote the child’s safety and wellbeing",
        "set out the necessary and effective contingency arrangements to manage the risks that have been identified",
    ]),
    "2.3.1": ("Implementation and delivery of services should", [
        "support the child’s desistance",
        "deliver services that are most likely to support desistance, giving sufficient attention to sequencing and the available timescales",
        "reflect the diverse needs and wider familial and social context of the child, involving parents/carers or significant others",
        "build on the child’s strengths and enhance protective factors",
        "develop and maintain an effective working relationship with the child and their parents/carers",
        "promote opportunities for community integration, including access to services post-supervision",
        "encourage and enable the child’s compliance with the YOT’s work",
    ]),
    "2.4.1": ("Reviewing should", [
        "identify and respond to changes in factors linked to desistance",
        "build on the child’s strengths and enhance their protective factors",
        "consider the child’s motivation and engagement levels and any relevant barriers to engagement",
        "ensure that the child and their parents/carers are meaningfully involved in reviewing their progress and engagement, and that their views are considered",
        "lead to the necessary adjustments in the ongoing plan of work to support desistance",
    ]),
}

# Each bullet joined to its lead-in's subject: "Assessment is well-informed…" (the guide: "We
# expect to find that the assessment: is well-informed…"), "Reviewing should identify…" (the
# guide: "We expect reviewing to: identify…").
def found_prompts(kq):
    subject, bullets = FOUND[kq]
    return [{"id": "abcdefghijklmnop"[i], "text": f"{subject} {bullet}.", "verification": "substance"}
            for i, bullet in enumerate(bullets)]


def unverified(*texts):
    return [{"id": "abcdefghijklmnop"[i], "text": t, "verification": "unverified"} for i, t in enumerate(texts)]


# Prompts for the key questions the guide's pages found do not cover: short, in the guide's
# manner, and marked unverified.
UNFOUND = {
    ("assess", 3): unverified(
        "Does assessment clearly identify and analyse any risk of harm to others posed by the child, including identifying who is at risk and the nature of that risk?",
        "Does assessment draw sufficiently on available sources of information, including past behaviour and convictions, and involve other agencies where appropriate?",
        "Does assessment analyse controls and interventions to manage and minimise the risk of harm presented by the child?"),
    ("plan", 1): unverified(
        "Does planning set out the services most likely to support desistance, paying sufficient attention to the available timescales and the need for sequencing?",
        "Does planning take sufficient account of the diversity and wider familial and social context of the child?",
        "Does planning take sufficient account of the child’s strengths and protective factors, and seek to reinforce or develop these as necessary?",
        "Does planning take sufficient account of the child’s levels of maturity, ability and motivation to change, and seek to develop these as necessary?",
        "Is the child and their parents/carers meaningfully involved in planning, and are their views taken into account?"),
    ("plan", 3): unverified(
        "Does planning promote the safety of other people, sufficiently addressing risk of harm factors and setting out the necessary controls and interventions?",
        "Does planning involve other agencies where appropriate, and address any specific concerns and risks related to actual and potential victims?",
        "Does planning set out the necessary and effective contingency arrangements to manage the risks that have been identified?"),
    ("deliver", 2): unverified(
        "Does the implementation and delivery of services promote the safety and wellbeing of the child?",
        "Is the involvement of other organisations in keeping the child safe sufficiently well coordinated?"),
    ("deliver", 3): unverified(
        "Does the implementation and delivery of services effectively manage and minimise the risk of harm to others?",
        "Is sufficient attention given to the protection of actual and potential victims?",
        "Is the involvement of other agencies in managing the risk of harm sufficiently well coordinated?"),
    ("review", 2): unverified(
        "Does reviewing identify and respond to changes in factors related to safety and wellbeing?",
        "Is reviewing informed by the necessary input from other agencies involved in promoting the safety and wellbeing of the child?",
        "Does reviewing lead to the necessary adjustments in the ongoing plan of work to promote the safety and wellbeing of the child?"),
    ("review", 3): unverified(
        "Does reviewing identify and respond to changes in factors related to risk of harm to others?",
        "Is reviewing informed by the necessary input from other agencies involved in managing the risk of harm?",
        "Does reviewing lead to the necessary adjustments in the ongoing plan of work to manage and minimise the risk of harm?"),
}

STAGES = [  # (standard suffix, kind, title)
    (1, "assess", "Assessment"),
    (2, "plan", "Planning"),
    (3, "deliver", "Implementation and delivery"),
    (4, "review", "Reviewing"),
]

QUESTIONS = {
    "assess": ["Does assessment sufficiently analyse how to support the child’s desistance?",
               "Does assessment sufficiently analyse how to keep the child safe?",
               "Does assessment sufficiently analyse how to keep other people safe?"],
    "plan": ["Does planning focus sufficiently on supporting the child’s desistance?",
             "Does planning focus sufficiently on keeping the child safe?",
             "Does planning focus sufficiently on keeping other people safe?"],
    "deliver": ["Does the implementation and delivery of services effectively support the child’s desistance?",
                "Does the implementation and delivery of services effectively support the safety of the child?",
                "Does the implementation and delivery of services effectively support the safety of other people?"],
    "review": ["Does reviewing focus sufficiently on supporting the child’s desistance?",
               "Does reviewing focus sufficiently on keeping the child safe?",
               "Does reviewing focus sufficiently on keeping other people safe?"],
}

STATEMENTS = {
    "assess": ("Assessment is well-informed, analytical and personalised, actively involving the child and their parents/carers.", True),
    "plan": ("Planning is well-informed, holistic and personalised, actively involving the child and their parents/carers.", False),
    "deliver": ("High-quality, well-focused, personalised and coordinated services are delivered, engaging and assisting the child.", False),
    "review": ("Reviewing of progress is well-informed, analytical and personalised, actively involving the child and their parents/carers.", False),
}

# Court-case key questions whose prompts were found; out-of-court ones take the court prompts
# reworded for an out-of-court disposal, so unverified.
def prompts(standard_domain, kind, n):
    court_id = f"2.{[s for s in STAGES if s[1] == kind][0][0]}.{n}"
    if court_id in FOUND:
        found = found_prompts(court_id)
        if standard_domain == "2":
            return found
        return [dict(p, text=p["text"].replace("court disposal", "out-of-court disposal"), verification="unverified") for p in found]
    return [dict(p) for p in UNFOUND[(kind, n)]]


def case_standard(domain, sample, number, kind, title):
    sid = f"{domain}.{number}"
    statement, statement_found = STATEMENTS[kind]
    standard = {
        "id": sid, "domain": domain, "title": title, "statement": statement,
        "ratedFrom": "cases", "sample": sample,
        "keyQuestions": [
            {"id": f"{sid}.{n}", "text": QUESTIONS[kind][n - 1], "verified": False,
             "prompts": prompts(domain, kind, n), "notApplicableWhen": None}
            for n in (1, 2, 3)
        ],
    }
    # The assessment statement is the guide's first expectation of assessment: its substance is
    # found, its place as the standard's heading is not.
    if not (statement_found and domain == "2"):
        standard["verified"] = False
    return order(standard)


def evidence_standard(sid, domain, title, statement, counts=True):
    standard = {"id": sid, "domain": domain, "title": title, "statement": statement,
                "ratedFrom": "evidence", "sample": None, "keyQuestions": [], "verified": False}
    if not counts:
        standard["countsTowardOverall"] = False
    return order(standard)


def order(standard):
    keys = ["id", "domain", "title", "statement", "verified", "ratedFrom", "sample", "countsTowardOverall", "keyQuestions"]
    return {k: standard[k] for k in keys if k in standard}


framework = {
    "schemaVersion": 1,
    "id": "hmip-youth-justice-2021",
    "title": "HM Inspectorate of Probation: standards for inspecting youth justice services (2018, revised 2021)",
    "source": (
        "Standard names and numbering, the three domains, the samples, resettlement outside the overall "
        "rating and the 0–36 score are from HMIP’s published youth inspection reports and its pages on "
        "them (“Our standards and ratings”); the prompts marked substance are HMIP’s "
        "effective-practice guide ‘Youth justice case management: effectiveness in inspected cases’ "
        "(court-ordered cases: assessing and implementing for desistance, reviewing for desistance, "
        "assessing and planning to keep the child safe). Key-question wording, the other prompts, the "
        "standard statements but one, the key-question bands and the overall score bands are "
        "unverified (\"verified\": false); docs/ratings.md lists them."),
    "samples": [
        {"id": "court-disposals", "title": "Court disposals"},
        {"id": "out-of-court-disposals", "title": "Out-of-court disposals"},
    ],
    "attributes": [],
    "bands": [
        {"minimumPercent": 80, "band": "Outstanding", "label": "Large majority"},
        {"minimumPercent": 65, "band": "Good", "label": "Reasonable majority"},
        {"minimumPercent": 50, "band": "Requires improvement", "label": "Too few"},
        {"minimumPercent": 0, "band": "Inadequate", "label": "Minority"},
    ],
    "overall": {
        "points": {"Outstanding": 3, "Good": 2, "Requires improvement": 1, "Inadequate": 0},
        "bands": [
            {"minimumScore": 0, "maximumScore": 6, "band": "Inadequate"},
            {"minimumScore": 7, "maximumScore": 18, "band": "Requires improvement"},
            {"minimumScore": 19, "maximumScore": 30, "band": "Good"},
            {"minimumScore": 31, "maximumScore": 36, "band": "Outstanding"},
        ],
        "verified": False,
        "note": (
            "Twelve standards score 0–36 (resettlement does not count: “The resettlement standard does not "
            "contribute to the overall rating”, HMIP youth reports, 2022 on). The cut-points are inferred from "
            "83 published youth inspections 2021–2025 (Inadequate seen at 3 and 5, Requires improvement 8–18, "
            "Good 19–29, Outstanding 31–34); 6/7 and 30/31 were never observed and no text states the bands."),
    },
    "domains": [
        {"id": "1", "title": "Organisational delivery"},
        {"id": "2", "title": "Court disposals"},
        {"id": "3", "title": "Out-of-court disposals"},
        {"id": "4", "title": "Resettlement"},
    ],
    "standards": (
        [
            evidence_standard("1.1", "1", "Governance and leadership",
                              "The governance and leadership of the YOT supports and promotes the delivery of a high-quality, personalised and responsive service for all children."),
            evidence_standard("1.2", "1", "Staff",
                              "Staff within the YOT are empowered to deliver a high-quality, personalised and responsive service for all children."),
            evidence_standard("1.3", "1", "Partnerships and services",
                              "A comprehensive range of high-quality services is in place, enabling personalised and responsive provision for all children."),
            evidence_standard("1.4", "1", "Information and facilities",
                              "Timely and relevant information is available and appropriate facilities are in place to support a high-quality, personalised and responsive approach for all children."),
        ]
        + [case_standard("2", "court-disposals", n, kind, title) for n, kind, title in STAGES]
        + [case_standard("3", "out-of-court-disposals", n, kind, title) for n, kind, title in STAGES[:3]]
        + [
            evidence_standard("3.4", "3", "Out-of-court disposal policy and provision",
                              "There is a high-quality, evidence-based out-of-court disposal service in place that promotes diversion and supports sustainable desistance."),
            evidence_standard("4.1", "4", "Resettlement policy and provision",
                              "There is a high-quality, evidence-based resettlement service for children leaving custody.", counts=False),
        ]
    ),
}

path = os.path.join("Sources", "CasemarkStore", "Resources", "hmip-youth-justice-2021.json")
with open(path, "w", encoding="utf-8") as f:
    f.write(json.dumps(framework, indent=2, ensure_ascii=False) + "\n")
print(f"wrote {path}")
