#!/usr/bin/env python3
"""Regenerate SampleCases/, casemark's demo inspection.

The provider (Wessex and Downs CRC), its officers, inspectors, towns, prisons and service users are
all invented. The output is deterministic: the same script always writes the same bytes, so
`git diff` after a rerun shows only what was deliberately changed here.

Files are written as casemark writes them: JSON pretty-printed with sorted keys, two-space indent,
`"key" : value`, empty arrays and objects as Swift's JSONEncoder prints them on Linux, no escaped
slashes, non-ASCII characters as they are, a newline at the end.

Every answer is checked against the bundled framework before anything is written: the key question
belongs to a standard of the case's sample, ticked prompts exist, and the risk-of-serious-harm
sub-sample questions (2.2.3, 2.3.3, 2.4.3) are answered only where rosh_issues_apply is Y.

Usage:
  python3 scripts/make-sample-cases.py            write SampleCases/ (stale case files removed)
  python3 scripts/make-sample-cases.py --check    exit 1 if SampleCases/ differs from what would be written
"""

import datetime as dt
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FRAMEWORK_FILE = os.path.join(ROOT, "Sources", "CasemarkStore", "Resources", "hmip-2018.json")
OUT = os.path.join(ROOT, "SampleCases")

PROVIDER = "Wessex and Downs CRC"
FRAMEWORK_ID = "hmip-probation-2018"
SCHEMA_VERSION = 1

# ---------------------------------------------------------------------------------------------
# JSON exactly as Swift's JSONEncoder([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) prints.


def _string(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif code < 0x20:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, indent=0):
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        if not value:
            return "[\n\n" + pad + "]"
        return "[\n" + ",\n".join(inner + encode(v, indent + 1) for v in value) + "\n" + pad + "]"
    if isinstance(value, dict):
        # Optionals that are nil are left out, as Swift's synthesised encoders do.
        items = [(k, v) for k, v in sorted(value.items()) if v is not None]
        if not items:
            return "{\n\n" + pad + "}"
        return "{\n" + ",\n".join(
            inner + _string(k) + " : " + encode(v, indent + 1) for k, v in items
        ) + "\n" + pad + "}"
    raise TypeError("cannot encode %r" % (value,))


# ---------------------------------------------------------------------------------------------
# People (all invented).

OFFICERS = {
    "duval": {"name": "Chloé Duval", "grade": "PO"},
    "oneill": {"name": "Jack O'Neill", "grade": "PO"},
    "odegard": {"name": "Zoë Ødegård", "grade": "PO"},
    "sorensen": {"name": "Ines Sørensen", "grade": "PSO"},
    "adeyemi": {"name": "Oluwaseun Adeyemi", "grade": "PSO"},
    "li": {"name": "李晓雯", "grade": "PSO"},
}

LEAD = "Rhiannon Pryce"
INSPECTORS = {
    "pryce": LEAD,
    "malhotra": "Dev Malhotra",
    "brennan": "Aoife Brennan",
    "zielinski": "Tomasz Zieliński",
}

PRONOUNS = {
    "male": {"he": "he", "him": "him", "his": "his"},
    "female": {"he": "she", "him": "her", "his": "her"},
}


def day(s):
    return dt.date.fromisoformat(s)


def d(date):
    """A date as an inspector writes it in a note: 4 Aug 2025."""
    return "%d %s" % (date.day, date.strftime("%b %Y"))


# ---------------------------------------------------------------------------------------------
# Evidence-note templates: for each key question and judgement, a few variants, each with the
# prompts that informed it. Placeholders come from the case's facts (see `facts`); a capitalised
# placeholder capitalises the fact. `commencement` is "sentence" or "release", `period` "order"
# or "licence".

NOTES = {
    "2.1.1": {
        "yes": [
            ("OASys completed {oasys}, within 15 working days of {commencement}. Analyses {his} motivation "
             "({he} said {he} wanted '{quote}') and how {circumstance} could affect attendance; "
             "appointments arranged {arrangement}. Self-assessment questionnaire completed and {his} views "
             "recorded.", ["a", "b", "c"]),
            ("Good use of the induction and self-assessment questionnaire to involve {him}. Readiness to "
             "change discussed openly; {circumstance} identified as a barrier and addressed (appointments "
             "{arrangement}). Assessment completed {oasys}.", ["a", "b", "c"]),
            ("{He} was seen three times before the OASys was completed ({oasys}) and the assessment "
             "reflects what {he} said about {his} motivation. Effect of {circumstance} on attendance "
             "analysed.", ["a", "b", "c"]),
        ],
        "no": [
            ("OASys completed {oasys} but the engagement section is copied from the PSR. {Circumstance} is "
             "noted without any analysis of its effect on compliance. No self-assessment questionnaire; "
             "{his} views are not recorded.", ["a", "b", "c"]),
            ("Motivation described as 'good' with no evidence. No consideration of {circumstance}, although "
             "it led to two missed appointments in the first month. {He} was not involved beyond signing "
             "the induction paperwork.", ["a", "b", "c"]),
        ],
    },
    "2.1.2": {
        "yes": [
            ("Clear analysis linking {n1} and {n2} to the index offence ({offence}), drawing on the PSR, the "
             "previous OASys and police records. Strengths identified: {strength}.", ["a", "b", "c"]),
            ("{N1} correctly identified as the main driver of offending, with {n2} a secondary factor; the "
             "link with {prev} is analysed. Protective factors recorded: {strength}.", ["a", "b", "c"]),
            ("Offending-related factors well analysed: {n1} and {n2}, with evidence from the PSR and "
             "{prev}. Strengths ({strength}) noted.", ["a", "b", "c"]),
        ],
        "no": [
            ("Lists {n1} and {n2} but does not explain how they link to the index offence ({offence}). "
             "Strengths ({strength}) not mentioned. Previous OASys not used.", ["a", "b", "c"]),
            ("{N2} missed: the PSR records it clearly and {he} raised it at induction. Analysis of {n1} is "
             "descriptive only.", ["a", "c"]),
        ],
    },
    "2.1.3": {
        "yes": [
            ("Police and children's services checks requested {checks} and the results analysed. RoSH "
             "{rosh_level}: risk to {risk_to} clearly set out, with triggers ({n1}) and imminence "
             "considered.", ["a", "b"]),
            ("Thorough use of previous convictions ({prev}) and police information. Who is at risk "
             "({risk_to}), the nature of the harm and when it is most likely are all analysed. RoSH "
             "{rosh_level} justified.", ["a", "b"]),
            ("RoSH {rosh_level} agreed by the inspector. Risk to {risk_to} analysed with reference to "
             "{prev}; police and children's services checks on file from {checks}.", ["a", "b"]),
        ],
        "no": [
            ("Police and children's services checks not requested until {checks_late}, after the assessment "
             "was signed off. Risk to {risk_to} acknowledged but not analysed.", ["a", "b"]),
            ("RoSH {rosh_level} rationale rests on the index offence alone; {prev} not considered. Risk to "
             "{risk_to} not identified in the RoSH summary.", ["a", "b"]),
        ],
        "yes-low": [
            ("Previous convictions and police information reviewed: no history of violence, no domestic "
             "abuse call-outs, no safeguarding concerns. Low RoSH classification justified.", ["a", "b"]),
            ("Checks with police and children's services returned nil. Assessment explains why RoSH is low "
             "and what would indicate escalation ({escalation}).", ["a", "b"]),
        ],
        "no-low": [
            ("No police or safeguarding checks requested. Low RoSH not explained, and {prev} is not "
             "mentioned. Inspector would have classified the case as medium RoSH.", ["a", "b"]),
        ],
    },
    "2.2.1": {
        "yes": [
            ("Sentence plan agreed {plan} with {him}, objectives written in {his} own words. Sets weekly "
             "contact for the first 12 weeks, appointments {arrangement}. Sequences the {reqs} within the "
             "{period}.", ["a", "b", "d", "e"]),
            ("Plan reflects {his} stated priorities and takes account of {circumstance}. Level and pattern of "
             "contact set out, with how the {reqs} will be completed.", ["a", "b", "c", "d", "e"]),
            ("{He} helped to write the plan ({plan}); it addresses {his} motivation and sets a clear "
             "reporting pattern (appointments {arrangement}).", ["a", "c", "e"]),
        ],
        "no": [
            ("Plan dated {plan_late}, 7 weeks after {commencement}, with no evidence {he} was involved. "
             "Does not say how the {reqs} will be delivered or how often {he} will be seen.",
             ["a", "d", "e"]),
            ("Plan does not take account of {circumstance}, which had already affected attendance. "
             "Motivation not addressed.", ["b", "c", "e"]),
        ],
    },
    "2.2.2": {
        "yes": [
            ("Objectives address {n1} and {n2}, with {n1} prioritised. {Intervention} identified; builds on "
             "{strength}.", ["a", "b", "c"]),
            ("Well-sequenced plan: {intervention} first, then {service} for {n2}. Uses {supporter} as a "
             "source of support.", ["a", "b", "c"]),
            ("Plan prioritises {n1} through {intervention} and addresses {n2}; {strength} recognised as a "
             "protective factor.", ["a", "b", "c"]),
        ],
        "no": [
            ("Objectives generic ('comply with the {period}', 'stay out of trouble'). {N1} not addressed "
             "and no services identified.", ["a", "c"]),
            ("{N2} is in the plan but {n1}, the main driver of offending, is not. Strengths not used.",
             ["a", "b"]),
        ],
    },
    "2.2.3": {
        "yes": [
            ("Risk management plan dated {rmp} addresses risk to {risk_to}. Constructive ({intervention}) "
             "and restrictive ({restrictive}) measures set out; contingency is specific. Linked to the "
             "multi-agency plan held by {agency}.", ["a", "b", "c", "d"]),
            ("RMP completed with the RoSH ({rmp}), prioritises {risk_factor} and records the involvement of "
             "{agency}. Contingency clear: {contingency}.", ["a", "c", "d"]),
        ],
        "no": [
            ("RMP not completed until {rmp_late}. No contingency planning; involvement of {agency} not "
             "referenced.", ["a", "c", "d"]),
            ("RMP is generic ('monitor', 'liaise with agencies'); no restrictive measures despite "
             "{risk_factor}. Contingency says only 'review if circumstances change'.", ["b", "d"]),
        ],
    },
    "2.3.1": {
        "yes": [
            ("Induction {induction}, within 5 working days. Weekly contact kept in the first 3 months. "
             "Missed appointment on {missed} followed up the same day; acceptable absence (GP letter) "
             "recorded. Appointments kept {arrangement}.", ["a", "b", "c", "d", "e"]),
            ("{Reqs} started promptly. Unacceptable absences on {missed} and {missed2} led to a warning "
             "letter and then breach; {he} re-engaged well after the court returned {him} to the order.",
             ["a", "d", "e", "f"]),
            ("Sound working relationship; {he} has kept 27 of 30 appointments. Absences followed up promptly "
             "and acceptable absences recorded with evidence. Appointments kept {arrangement}.",
             ["b", "c", "d", "e"]),
        ],
        "no": [
            ("Three unacceptable absences between {missed} and {missed2} with no warning letter; breach not "
             "instigated. No attempt to re-engage {him} for 5 weeks.", ["d", "e", "f"]),
            ("First appointment {induction_late}, 19 days after {commencement}; RAR activity did not start "
             "until month three. Contact dropped to monthly without a recorded rationale.", ["a", "c"]),
        ],
    },
    "2.3.2": {
        "yes": [
            ("{Intervention} started {interv_start}; {he} has attended 9 of 10 sessions. Referral to "
             "{service} for {n2} taken up. {Supporter} involved in a three-way meeting.",
             ["a", "c", "d", "e"]),
            ("Contact focused on {n1} through structured RAR sessions; {service} engaged for {n2}. Builds "
             "on {strength}.", ["a", "b", "c", "e"]),
            ("{Service} engaged for {n2}, and work on {n1} delivered in supervision. {Supporter} involved "
             "in supporting desistance.", ["a", "c", "d"]),
        ],
        "no": [
            ("Contacts mainly check-ins; no structured work on {n1}. Referral to {service} made "
             "{interv_start} but not followed up after {he} missed the assessment.", ["a", "c", "e"]),
            ("{Intervention} planned but not delivered; the waiting list was not chased. Nothing done to "
             "build on {strength}.", ["a", "b"]),
        ],
    },
    "2.3.3": {
        "yes": [
            ("Home visit {hv}. Regular information exchange with {agency}, recorded on nDelius. Victim "
             "safety considered: {victim_measure}.", ["a", "b", "c", "e"]),
            ("Contact increased to weekly after concerns in {concern_month}; {agency} updated the same day. "
             "{Supporter} spoken to about warning signs.", ["a", "c", "d"]),
        ],
        "no": [
            ("No home visit despite the involvement of {agency} and the risk to {risk_to}. Police "
             "information not requested after a call-out on {callout}. Victim safety not considered.",
             ["a", "b", "c", "e"]),
            ("Contact not increased when risk rose after {event}; {agency} not informed for 3 weeks.",
             ["a", "c"]),
        ],
    },
    "2.4.1": {
        "yes": [
            ("Review {review} considered missed appointments and {circumstance}; reporting moved to "
             "{adjust}. {His} comments recorded.", ["a", "b", "c", "d"]),
            ("Compliance discussed at each supervision and reviewed formally at 16 weeks ({review}); {he} "
             "contributed. Plan adjusted after the warning letter.", ["a", "b", "c", "d"]),
            ("Review {review} considered attendance and what had helped; {he} took part and the reporting "
             "pattern was kept.", ["a", "c", "d"]),
        ],
        "no": [
            ("No formal review despite a change of address and two warning letters. Issues noted in contact "
             "records but the plan was not adjusted.", ["a", "b", "d"]),
            ("Review {review} says 'compliance good' although there were three unacceptable absences. {He} "
             "was not involved.", ["a", "c"]),
        ],
    },
    "2.4.2": {
        "yes": [
            ("Review {review} records progress on {n1} ({progress}) and updates the plan. Input from "
             "{service} included.", ["a", "b", "d", "e"]),
            ("Reviewing records {progress} and adjusts the objectives to build on it; feedback from "
             "{service} recorded.", ["b", "c", "d"]),
            ("Written review {review} records {progress} and the input of {service}; objectives updated.",
             ["a", "d", "e"]),
        ],
        "no": [
            ("OASys review {review} is largely a copy of the initial assessment. {Deterioration} not "
             "recorded or addressed.", ["a", "b", "e"]),
            ("No review of progress on {n1} or {n2}; {service} not asked for an update.", ["a", "d"]),
        ],
    },
    "2.4.3": {
        "yes": [
            ("RoSH reviewed after {event}; plan updated with {agency} and the changes recorded in a written "
             "review.", ["a", "b", "d"]),
            ("Risk of harm reviewed at 16 weeks ({review}) with input from {agency}; {he} and {supporter} "
             "involved in discussing warning signs. Written record clear.", ["a", "b", "c", "d"]),
        ],
        "no": [
            ("No review of risk of harm after {event}; RMP not updated. {Agency} not consulted.",
             ["a", "b", "d"]),
            ("Review {review} says 'no change' without considering {event}. No written record of changes "
             "to risk management.", ["a", "d"]),
        ],
    },
    "4.1.1": {
        "yes": [
            ("UPW induction {induction} covered expectations and health and safety; {he} signed the "
             "agreement. {Circumstance} considered and work days arranged around it. RoSH classification "
             "({rosh_level}) at the start of the order accurate; risk to other service users and staff "
             "considered.", ["a", "b", "c", "e", "f", "g"]),
            ("Assessment drew on the PSR and OASys and records {circumstance} and {health}. Motivation to "
             "comply discussed at induction ({induction}).", ["a", "c", "d", "e"]),
        ],
        "no": [
            ("Induction checklist completed {induction} but no assessment of {circumstance}; {he} was "
             "allocated to group work that clashed with it. Risk to staff not considered despite {prev}.",
             ["c", "f", "g"]),
            ("No use of the PSR or OASys; {health} not recorded. RoSH low at the start of the order "
             "although {prev}: inspector would assess as medium.", ["d", "e", "f"]),
        ],
    },
    "4.1.2": {
        "yes": [
            ("Placement at {placement} suits {his} {skills}. Information on {risk_note} shared with the "
             "supervisor before the first session.", ["a", "b", "c"]),
            ("Individual placement at {placement} agreed because of {circumstance}; {he} says it keeps "
             "{him} coming.", ["a", "b"]),
        ],
        "no": [
            ("Placed in a mixed group at {placement} although the assessment flagged {risk_note}; nothing "
             "shared with the supervisor.", ["a", "c"]),
            ("Placement at {placement} clashed with {circumstance}; no alternative considered after {he} "
             "raised it.", ["a", "b"]),
        ],
    },
    "4.1.3": {
        "yes": [
            ("Education and training allowance used: {edu}. Referred to the ETE provider {ete}.",
             ["b", "c", "d"]),
            ("Placement gives {him} practical skills ({skills}); supervisor signed off competencies. {He} is "
             "in work, so no ETE referral needed.", ["a", "b", "d"]),
        ],
        "no": [
            ("Unemployed but no ETE referral and no use of the education and training allowance. No "
             "qualification opportunities considered.", ["b", "c", "d"]),
            ("Group work only; nothing builds on {his} interest in {interest}. No accredited learning "
             "offered.", ["a", "b", "d"]),
        ],
    },
    "4.1.4": {
        "yes": [
            ("First work session offered {first}, within 10 working days of sentence. Absence on {missed} "
             "accepted with a fit note; absence on {missed2} unacceptable, warning issued. {hours_done} of "
             "{hours} hours completed; monthly updates to the RO recorded.", ["a", "b", "c", "d", "e", "f"]),
            ("Prompt start ({first}). Absences recorded with reasons; enforcement decision on {missed} "
             "clearly explained. Progress reviewed with {him} at the 40-hour point.", ["a", "b", "d", "f"]),
        ],
        "no": [
            ("First session not until {first_late}. Four unacceptable absences with no reason recorded; "
             "breach laid only after 7 weeks. No feedback to the RO. {hours_done} of {hours} hours "
             "completed.", ["a", "b", "c", "e"]),
            ("Unacceptable absences on {missed} and {missed2} with no enforcement decision recorded; no "
             "progress feedback to the RO. {hours_done} of {hours} hours completed.", ["b", "c", "d", "e"]),
        ],
    },
    "4.2.1": {
        "yes": [
            ("BCST2 completed {bcst}, within 5 days of the reception screen; resettlement plan reviewed 12 "
             "weeks before release ({plan12}). Identifies {n1} and {n2}; {he} contributed and {his} "
             "motivation is assessed.", ["a", "b", "c", "d"]),
            ("Plan draws on OASys and prison healthcare records, builds on {strength} and addresses risk to "
             "{risk_to}.", ["b", "e", "g"]),
        ],
        "no": [
            ("BCST2 completed late ({bcst}); plan lists needs but has no actions. Accommodation not addressed "
             "until two weeks before release. No evidence {he} was involved.", ["a", "c", "d"]),
            ("Plan does not take account of {circumstance}; risk of harm not mentioned.", ["f", "g"]),
        ],
    },
    "4.2.2": {
        "yes": [
            ("Duty to refer made {dtr}; released to {accommodation}. Bank account opened and ID obtained in "
             "custody. Appointment with {service} booked for the day after release.", ["a", "b", "c"]),
            ("Resettlement worker secured {accommodation} and an advance Universal Credit claim; {n1} "
             "prioritised.", ["a", "b"]),
        ],
        "no": [
            ("Released {release} with no fixed abode; duty to refer not made until the week of release. No "
             "referral to {service}.", ["a", "b"]),
            ("Interventions offered did not match the plan; nothing on risk of harm despite the risk to "
             "{risk_to}.", ["a", "d"]),
        ],
    },
    "4.2.3": {
        "yes": [
            ("Three-way meeting with the prison offender manager and the community RO on {handover}; "
             "release plan shared. {Service} met {him} at the gate.", ["a", "b", "c"]),
            ("Resettlement team, prison substance misuse service and RO exchanged information; handover "
             "recorded on nDelius {handover}.", ["a", "b", "c"]),
        ],
        "no": [
            ("No contact between the prison resettlement team and the RO before release; the RO learned the "
             "release date on the day. Handover to {service} not made.", ["b", "c"]),
            ("Resettlement work duplicated by two in-prison services; RO not told of the housing outcome.",
             ["a", "b"]),
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# The cases. `answers` lists judgements in framework order over the key questions that apply:
# Y yes, N no, A not applicable; a shorter string means the case is only partly marked. `notes`
# replaces a template for one key question; `variants` picks a template.

CASES = [
    # ---- case supervision -------------------------------------------------------------------
    dict(id="CS-001", sample="case-supervision", officer="duval", inspector="pryce", marked="2026-03-09T09:10",
         gender="male", rosh_level="medium", rosh="Y", disposal="community order", start="2025-08-11",
         offence="assault by beating of his partner", reqs="30 RAR days and the BBR programme",
         circumstance="his shift work at a distribution centre", arrangement="after 4pm on his rest days",
         quote="to be a better dad", n1="relationships", n2="alcohol misuse",
         strength="stable employment and a supportive sister", intervention="Building Better Relationships",
         service="the community alcohol service", agency="children's services",
         risk_to="his ex-partner and her two children", supporter="his sister",
         prev="two previous domestic incidents (2021, 2023)", restrictive="exclusion zone and no-contact condition",
         risk_factor="contact with the ex-partner", event="a further police call-out on 3 Dec 2025",
         contingency="immediate home visit and police notification if contact resumes",
         victim_measure="liaison with the IDVA and a referral to MARAC", progress="completion of 14 of 24 BBR sessions",
         adjust="Thursday evenings", answers="YYYYYYYYNYYY", status="complete"),
    dict(id="CS-002", sample="case-supervision", officer="duval", inspector="pryce", marked="2026-03-09T13:40",
         gender="female", rosh_level="medium", rosh="Y", disposal="suspended sentence order", start="2025-08-18",
         offence="wounding during a dispute with a neighbour", reqs="ATR and 15 RAR days",
         circumstance="being the sole carer of her 4-year-old son", arrangement="during nursery hours",
         quote="to stop drinking before it costs me my son", n1="alcohol misuse", n2="thinking and behaviour",
         strength="a secure tenancy and regular contact with her GP", intervention="the alcohol treatment requirement",
         service="the Thinking Skills Programme", agency="the police neighbourhood team",
         risk_to="the neighbour and her family", supporter="her mother", prev="a caution for affray in 2019",
         restrictive="a restraining order", risk_factor="heavy drinking at weekends",
         event="a neighbour complaint on 14 Nov 2025",
         contingency="police informed and breach reported if she approaches the neighbour",
         victim_measure="restraining order monitored with the neighbourhood team",
         progress="abstinence since October (confirmed by the ATR worker)",
         adjust="fortnightly with a phone call in between", answers="YYYYNYYYYNYY", status="complete"),
    dict(id="CS-003", sample="case-supervision", officer="duval", inspector="malhotra", marked="2026-03-10T10:05",
         gender="male", rosh_level="medium", rosh="Y", disposal="licence", start="2025-09-01",
         offence="dwelling burglary", reqs="licence conditions and drug testing",
         circumstance="living in a hostel", arrangement="at the hostel office",
         quote="to stay clean this time", n1="drug misuse", n2="accommodation",
         strength="a Level 2 maths qualification gained in custody", intervention="a referral for substitute prescribing",
         service="the housing options team", agency="the IOM police team", risk_to="householders in the Dunford area",
         supporter="his grandmother", prev="eleven previous burglaries since 2014",
         restrictive="a curfew and an exclusion zone", risk_factor="relapse into heroin use",
         event="a positive test for opiates on 20 Oct 2025",
         contingency="drug test and licence review if he misses two appointments",
         answers="YNNYN", status="in-progress"),
    dict(id="CS-004", sample="case-supervision", officer="duval", inspector="malhotra",
         gender="female", rosh_level="low", rosh="N", disposal="community order", start="2025-09-08",
         answers="", status="in-progress"),
    dict(id="CS-005", sample="case-supervision", officer="oneill", inspector="brennan", marked="2026-03-09T09:30",
         gender="male", rosh_level="medium", rosh="Y", disposal="community order", start="2025-08-04",
         offence="harassment of his former partner", reqs="20 RAR days and the BBR programme",
         circumstance="his dyslexia", arrangement="with extra time to read letters and the plan through with him",
         quote="to move on with my life", n1="relationships", n2="thinking and behaviour",
         strength="a new job as a forklift driver", intervention="Building Better Relationships",
         service="the Thinking Skills Programme", agency="the police domestic abuse unit", risk_to="his former partner",
         supporter="his brother", prev="a police harassment warning in 2022", restrictive="a restraining order",
         risk_factor="contact through social media", event="messages to his former partner in December 2025",
         contingency="police notified at once if he contacts his former partner",
         progress="completion of the first BBR module",
         answers="YYNYYNYNNYYN", status="complete"),
    dict(id="CS-006", sample="case-supervision", officer="oneill", inspector="brennan", marked="2026-03-11T14:00",
         gender="male", rosh_level="medium", rosh="Y", disposal="licence", start="2025-08-25",
         offence="robbery of a mobile phone", reqs="licence conditions and the Thinking Skills Programme",
         circumstance="his ADHD", arrangement="as short, frequent sessions",
         quote="to get away from the people I was with", n1="lifestyle and associates", n2="drug misuse",
         strength="renewed contact with his father", intervention="the Thinking Skills Programme",
         service="the young adults' drug service", agency="the IOM police team",
         risk_to="members of the public and a known rival", supporter="his father", prev="two robberies as a youth",
         restrictive="a non-association condition", risk_factor="association with his former peer group",
         event="his arrest with former associates on 2 Jan 2026",
         contingency="recall considered if he is seen with named associates",
         progress="an apprenticeship interview", adjust="Monday and Thursday mornings",
         variants={"2.3.1": 0}, answers="YYYYYYYYYYNY", status="complete"),
    dict(id="CS-007", sample="case-supervision", officer="oneill", inspector="zielinski", marked="2026-03-12T11:20",
         gender="male", rosh_level="low", rosh="N", disposal="community order", start="2025-09-15",
         offence="drink driving (second offence)", reqs="10 RAR days and an alcohol treatment requirement",
         circumstance="work away on construction sites during the week", arrangement="on Friday afternoons",
         quote="to get my licence back", n1="alcohol misuse", n2="attitudes to offending",
         strength="steady work and savings", intervention="the alcohol treatment requirement",
         service="RAR sessions on attitudes to drink driving", supporter="his partner",
         prev="a 2019 drink-driving conviction", escalation="driving while disqualified",
         answers="YY", status="in-progress"),
    dict(id="CS-008", sample="case-supervision", officer="odegard", inspector="malhotra", marked="2026-03-09T10:00",
         gender="male", rosh_level="medium", rosh="Y", disposal="suspended sentence order", start="2025-08-12",
         offence="possession with intent to supply class A", reqs="25 RAR days and a curfew",
         circumstance="being a 19-year-old care leaver", arrangement="with his leaving care worker present",
         quote="a proper job", n1="lifestyle and associates", n2="education, training and employment",
         strength="a place on a college plumbing course", intervention="a mentoring service for young adults",
         service="the ETE provider", agency="the leaving care team", risk_to="young people drawn into drug supply",
         supporter="his leaving care worker", prev="a youth referral order for possession", restrictive="a curfew",
         risk_factor="county lines exploitation", event="a stop and search with known dealers on 9 Nov 2025",
         contingency="curfew check and referral to the exploitation panel if seen with known dealers",
         progress="regular college attendance",
         answers="YYYNYNYYNNNN", status="complete"),
    dict(id="CS-009", sample="case-supervision", officer="odegard", inspector="malhotra", marked="2026-03-10T09:15",
         gender="female", rosh_level="medium", rosh="Y", disposal="licence", start="2025-09-03",
         offence="reckless arson at her shared house", reqs="licence conditions",
         circumstance="her emotionally unstable personality disorder", arrangement="jointly with her CPN",
         quote="a place of my own", n1="thinking and behaviour", n2="accommodation",
         strength="good engagement with the community mental health team",
         intervention="structured work on managing distress", service="the supported housing provider",
         agency="the community mental health team", risk_to="other residents of shared housing",
         supporter="her CPN", prev="a criminal damage conviction in 2020",
         restrictive="a condition to live at approved premises", risk_factor="fire-setting when distressed",
         event="a self-harm incident on 28 Nov 2025",
         contingency="crisis team and RO contacted the same day if she reports urges to set fires",
         victim_measure="fire service safe-and-well visit arranged", progress="a move to supported housing",
         adjust="weekly joint sessions with the CPN", rmp="17 Sep 2025",
         variants={"2.2.3": 0}, answers="YYYYYYYYYYYY", status="complete"),
    dict(id="CS-010", sample="case-supervision", officer="odegard", inspector="zielinski",
         gender="male", rosh_level="low", rosh="N", disposal="community order", start="2025-09-22",
         answers="", status="in-progress"),
    dict(id="CS-011", sample="case-supervision", officer="sorensen", inspector="malhotra", marked="2026-03-11T09:30",
         gender="male", rosh_level="low", rosh="N", disposal="community order", start="2025-08-20",
         offence="theft of a motor vehicle", reqs="15 RAR days and 80 hours of unpaid work",
         circumstance="living in a village with one bus a day", arrangement="to match the bus times",
         quote="something to do all day", n1="education, training and employment", n2="lifestyle and associates",
         strength="an interest in mechanics", intervention="a referral to the ETE provider",
         service="the Dunford motor project", supporter="his aunt",
         prev="a conviction for taking without consent in 2023", escalation="further driving offences",
         progress="gaining a CSCS card", adjust="phone contact in the weeks of the bus strike",
         variants={"2.4.2": 1}, answers="YNYYNYNYN", status="complete"),
    dict(id="CS-012", sample="case-supervision", officer="sorensen", inspector="zielinski", marked="2026-03-12T14:10",
         gender="female", rosh_level="low", rosh="N", disposal="community order", start="2025-09-10",
         offence="benefit fraud", reqs="10 RAR days and a curfew",
         circumstance="caring for her mother with dementia", arrangement="on the days her mother is at the day centre",
         quote="to get the debts sorted", n1="finance, benefit and debt", n2="education, training and employment",
         strength="previous work as a care assistant", intervention="a referral to Citizens Advice for debt advice",
         service="the ETE provider", supporter="her brother", prev="no previous convictions",
         escalation="none identified",
         answers="YYYYY", status="in-progress"),
    dict(id="CS-013", sample="case-supervision", officer="adeyemi", inspector="brennan", marked="2026-03-10T13:30",
         gender="male", rosh_level="low", rosh="N", disposal="community order", start="2025-08-27",
         offence="possession of cannabis and failing to surrender", reqs="10 RAR days",
         circumstance="his limited English (Portuguese is his first language)", arrangement="with a telephone interpreter",
         quote="to work", n1="drug misuse", n2="education, training and employment",
         strength="a supportive partner", intervention="the drug service's cannabis group",
         service="the ETE provider", supporter="his partner", prev="a caution for possession in 2024",
         escalation="any involvement in supply", progress="reduced cannabis use", adjust="a later time",
         deterioration="A positive cannabis test reported by the drug service in November 2025",
         answers="NYYNNNNYN", status="complete"),
    dict(id="CS-014", sample="case-supervision", officer="adeyemi", inspector="pryce", marked="2026-03-12T09:20",
         gender="male", rosh_level="low", rosh="N", disposal="suspended sentence order", start="2025-09-05",
         offence="common assault on a door supervisor", reqs="15 RAR days",
         circumstance="his night-time work in a bar", arrangement="at midday",
         quote="to stop getting into fights", n1="alcohol misuse", n2="thinking and behaviour",
         strength="a long-term partner and steady work", intervention="alcohol brief intervention sessions",
         service="RAR sessions on managing conflict", supporter="his partner",
         prev="a caution for a public order offence in 2021",
         escalation="drinking before work",
         answers="YYYYYYN", status="in-progress"),
    dict(id="CS-015", sample="case-supervision", officer="li", inspector="brennan", marked="2026-03-12T10:00",
         gender="female", rosh_level="low", rosh="N", disposal="community order", start="2025-08-14",
         offence="three shop thefts and possession of class B", reqs="20 RAR days",
         circumstance="temporary accommodation shared with her partner", arrangement="at the Kingsmere office on Tuesdays",
         quote="somewhere safe to live", n1="drug misuse", n2="accommodation",
         strength="two years without offending before 2025", intervention="a referral to the drug service",
         service="the housing options team", supporter="her sister", prev="eight previous thefts",
         escalation="any sign of domestic abuse from her partner",
         answers="YYY", status="in-progress"),
    dict(id="CS-016", sample="case-supervision", officer="li", inspector="zielinski", marked="2026-03-11T13:00",
         gender="male", rosh_level="low", rosh="N", disposal="community order", start="2025-08-11",
         offence="failing to provide a specimen", reqs="10 RAR days",
         circumstance="his hearing impairment", arrangement="in a quiet room with a hearing loop",
         quote="to keep my job", n1="alcohol misuse", n2="attitudes to offending",
         strength="long-term employment", intervention="alcohol awareness sessions",
         service="RAR sessions on attitudes to drink driving", supporter="his wife", prev="no previous convictions",
         escalation="further drink-related offending", variants={"2.1.2": 0},
         notes={
             "2.1.3": ("No police or safeguarding checks requested before the RoSH was finalised. The PSR mentions "
                       "arguments at home when he drinks and two children in the household; neither is "
                       "explored.", ["a", "b"]),
             "2.3.1": ("Induction {induction} in a room with a hearing loop. Weekly contact kept until his "
                       "remand on 29 Sep 2025; RO visited him in custody on 14 Oct 2025 and saw him the day "
                       "after release.", ["a", "b", "g"]),
             "2.3.2": ("Alcohol awareness sessions delivered weekly before his remand (4 of 6 completed); RO "
                       "has arranged the remaining two since release. Builds on {strength}.", ["a", "b", "e"]),
             "2.4.1": ("Remanded in custody 29 Sep 2025 to 19 Feb 2026 on a new matter: no period in the "
                       "community in which a review was due.", []),
             "2.4.2": ("Remanded in custody 29 Sep 2025 to 19 Feb 2026: no review of progress was due. Review "
                       "booked for 19 Mar 2026.", []),
         },
         answers="YYNYNYYAA", status="complete"),
    # ---- unpaid work ------------------------------------------------------------------------
    dict(id="UPW-001", sample="unpaid-work", officer="duval", inspector="brennan", marked="2026-03-16T09:10",
         gender="male", rosh_level="low", disposal="community order", start="2025-10-06", hours=120, hours_done=84,
         circumstance="his full-time job as a delivery driver (Monday to Friday)", health="no health needs",
         placement="the Saturday group at Ashcombe community garden", skills="preference for outdoor work",
         risk_note="his driving ban (no driving on placement)",
         notes={"4.1.3": ("In full-time work, so no ETE referral needed. Placement offers the Level 1 horticulture "
                          "certificate, which he is working towards.", ["b", "d"])},
         variants={"4.1.2": 0}, answers="YYYY", status="complete"),
    dict(id="UPW-002", sample="unpaid-work", officer="sorensen", inspector="brennan", marked="2026-03-16T11:00",
         gender="female", rosh_level="low", disposal="community order", start="2025-10-13", hours=80, hours_done=52,
         circumstance="caring for her 2-year-old on weekdays", health="her asthma",
         placement="a charity shop in Dunford (individual placement)", skills="retail experience",
         risk_note="her anxiety in groups", edu="12 hours on a Level 1 English course", ete="on 3 Nov 2025",
         variants={"4.1.3": 0}, answers="YYYY", status="complete"),
    dict(id="UPW-003", sample="unpaid-work", officer="adeyemi", inspector="malhotra", marked="2026-03-16T13:30",
         gender="male", rosh_level="medium", disposal="suspended sentence order", start="2025-10-20", hours=200,
         hours_done=46, circumstance="his 12-hour shifts at a meat-packing plant", health="a back injury",
         prev="an assault on a UPW supervisor in 2022", placement="a footpath clearance group on Chalkbury Down",
         risk_note="his assault on a supervisor in 2022", interest="carpentry",
         variants={"4.1.3": 1}, answers="NNNN", status="complete"),
    dict(id="UPW-004", sample="unpaid-work", officer="adeyemi", inspector="malhotra", marked="2026-03-17T09:00",
         gender="male", rosh_level="low", disposal="community order", start="2025-11-03", hours=150, hours_done=38,
         circumstance="his limited literacy", health="that he has no health needs",
         placement="the Ashcombe furniture workshop", skills="interest in woodwork",
         risk_note="his literacy needs (instructions given verbally)",
         answers="YY", status="in-progress"),
    dict(id="UPW-005", sample="unpaid-work", officer="li", inspector="brennan", marked="2026-03-17T10:20",
         gender="female", rosh_level="low", disposal="community order", start="2025-11-10", hours=60, hours_done=21,
         circumstance="her type 1 diabetes", health="her need for regular breaks to eat",
         placement="the Kingsmere food bank warehouse", risk_note="her diabetes and the need for breaks",
         answers="YYN", status="in-progress"),
    dict(id="UPW-006", sample="unpaid-work", officer="oneill", inspector="malhotra", marked="2026-03-17T14:00",
         gender="male", rosh_level="medium", disposal="community order", start="2025-10-27", hours=180, hours_done=60,
         circumstance="his night work and 25-mile bus journey", health="that he has no health needs",
         prev="a previous conviction for affray",
         answers="Y", status="in-progress"),
    dict(id="UPW-007", sample="unpaid-work", officer="odegard", inspector="brennan",
         gender="male", rosh_level="low", disposal="community order", start="2025-12-01", hours=100,
         answers="", status="in-progress"),
    dict(id="UPW-008", sample="unpaid-work", officer="sorensen", inspector="malhotra",
         gender="male", rosh_level="low", disposal="suspended sentence order", start="2025-12-08", hours=40,
         answers="", status="in-progress"),
    # ---- through the gate -------------------------------------------------------------------
    dict(id="TTG-001", sample="through-the-gate", officer="duval", inspector="zielinski", marked="2026-03-18T09:30",
         gender="male", rosh_level="medium", disposal="licence", release="2026-01-27", prison="HMP Kingsmere",
         circumstance="his history of rough sleeping", n1="accommodation", n2="drug misuse",
         strength="a good work record in the prison kitchens", risk_to="his former partner",
         service="the drug and alcohol service", accommodation="a supported housing place in Dunford",
         answers="YYY", status="complete"),
    dict(id="TTG-002", sample="through-the-gate", officer="oneill", inspector="zielinski", marked="2026-03-18T11:40",
         gender="male", rosh_level="low", disposal="licence", release="2026-01-28", prison="HMP Wyvern Bridge",
         circumstance="his learning disability", n1="accommodation", n2="finance, benefit and debt",
         strength="support from his mother", service="the housing options team",
         variants={"4.2.2": 0, "4.2.3": 0}, answers="NNN", status="complete"),
    dict(id="TTG-003", sample="through-the-gate", officer="odegard", inspector="zielinski", marked="2026-03-19T09:15",
         gender="female", rosh_level="medium", disposal="licence", release="2026-01-29", prison="HMP Kingsmere",
         circumstance="her experience of domestic abuse", n1="relationships", n2="accommodation",
         strength="her relationship with her children", risk_to="emergency workers",
         service="the women's centre", accommodation="a refuge place",
         answers="YN", status="in-progress"),
    dict(id="TTG-004", sample="through-the-gate", officer="adeyemi", inspector="pryce", marked="2026-03-19T10:30",
         gender="male", rosh_level="low", disposal="licence", release="2026-01-30", prison="HMP Wyvern Bridge",
         circumstance="his diabetes", n1="education, training and employment", n2="accommodation",
         strength="a forklift licence gained in custody", service="the ETE provider",
         accommodation="his parents' home",
         variants={"4.2.1": 0}, answers="Y", status="in-progress"),
    dict(id="TTG-005", sample="through-the-gate", officer="sorensen", inspector="zielinski",
         gender="male", rosh_level="low", disposal="licence", release="2026-01-26", prison="HMP Kingsmere",
         answers="", status="in-progress"),
    dict(id="TTG-006", sample="through-the-gate", officer="li", inspector="pryce",
         gender="female", rosh_level="low", disposal="licence", release="2026-01-30", prison="HMP Wyvern Bridge",
         answers="", status="in-progress"),
]

# Answers changed after they were first given: the earlier judgement, note and prompts, and how
# many minutes later the change came; or, for a complete case, the reopening (reason, when) and,
# where the new note is not the template's, the final note.
CHANGES = {
    ("CS-003", "2.1.3"): dict(
        judgement="yes",
        note="RoSH medium: risk to householders identified from the pattern of burglaries. Checks appear "
             "to have been made.",
        prompts=["a"], minutes=95),
    ("CS-012", "2.2.2"): dict(
        judgement="yes",
        note="Objectives address debt and employment.",
        prompts=["a"], minutes=40),
    ("UPW-005", "4.1.3"): dict(
        judgement="yes",
        note="Placement at the food bank builds catering skills.",
        prompts=["b"], minutes=25),
    ("CS-006", "2.4.1"): dict(
        judgement="no",
        note="No formal review found on nDelius despite the arrest on 2 Jan 2026 and a warning letter.",
        prompts=["a", "b", "d"],
        reopen=("RO interview 12 Mar: the review of 14 Jan 2026 was recorded under the wrong contact type. "
                "Re-marking 2.4.1.", "2026-03-12T09:05"),
        final_note="Review of 14 Jan 2026 (filed under the wrong contact type, found at RO interview) "
                   "considered the arrest, the warning letter and his ADHD; reporting moved to Monday and "
                   "Thursday mornings. His comments recorded."),
    ("CS-009", "2.2.3"): dict(
        judgement="no",
        note="No RMP on file until 3 Dec 2025, three months after release.",
        prompts=["a", "d"],
        reopen=("QA moderation 13 Mar: RMP dated 17 Sep 2025 found on the shared drive, uploaded late to "
                "nDelius. Re-marking 2.2.3.", "2026-03-13T15:10"),
        by="pryce"),
}
# ---------------------------------------------------------------------------------------------


def load_framework():
    with open(FRAMEWORK_FILE, encoding="utf-8") as f:
        fw = json.load(f)
    assert fw["id"] == FRAMEWORK_ID, fw["id"]
    return fw


def key_questions_for(fw, case):
    """The key questions of the case's sample, in framework order, minus those its attributes rule out."""
    kqs = []
    for standard in fw["standards"]:
        if standard["ratedFrom"] != "cases" or standard["sample"] != case["sample"]:
            continue
        for kq in standard["keyQuestions"]:
            cond = kq.get("notApplicableWhen")
            if cond and case["attributes"].get(cond["attribute"]) in cond["values"]:
                continue
            kqs.append(kq)
    return kqs


class Facts(dict):
    """Placeholders for the note templates; a capitalised key capitalises the value."""

    def __missing__(self, key):
        lower = key[0].lower() + key[1:]
        if key[0].isupper() and lower in self:
            value = self[lower]
            return value[0].upper() + value[1:]
        raise KeyError("no fact '%s'" % key)


def facts(spec, number):
    """The placeholders for one case's notes: its own facts, and dates derived from its sentence or
    release date so that the notes of one case agree with each other."""
    p = Facts(PRONOUNS[spec["gender"]])
    licence = spec.get("disposal") == "licence"
    p.update(commencement="release" if licence else "sentence", period="licence" if licence else "order")
    if "start" in spec:
        start = day(spec["start"])
        oasys = start + dt.timedelta(days=10 + number % 5)

        def after(days):
            # Contacts fall on working days.
            date = start + dt.timedelta(days=days)
            while date.weekday() >= 5 or (date.month, date.day) in ((12, 25), (12, 26), (1, 1)):
                date += dt.timedelta(days=1)
            return d(date)

        p.update(
            oasys=d(oasys), plan=d(oasys + dt.timedelta(days=2)), rmp=d(oasys),
            plan_late=after(47), checks=after(2), checks_late=after(30), rmp_late=after(64),
            induction=after(3), induction_late=after(19), missed=after(38), missed2=after(66),
            interv_start=after(35), hv=after(41), callout=after(74), review=after(112),
            concern_month=(start + dt.timedelta(days=95)).strftime("%B %Y"),
            first=after(9), first_late=after(33),
        )
    if "release" in spec:
        release = day(spec["release"])

        def before(days):
            return d(release - dt.timedelta(days=days))

        p.update(release=d(release), bcst=before(88), plan12=before(84), dtr=before(42), handover=before(9))
    # The case's own facts win over derived ones.
    for k, v in spec.items():
        if k in ("start", "release"):
            continue
        if isinstance(v, str):
            p[k] = v
        elif isinstance(v, int) and not isinstance(v, bool):
            p[k] = str(v)
    return p


def note_for(kq_id, judgement, spec, p, index):
    if kq_id in spec.get("notes", {}):
        template, prompts = spec["notes"][kq_id]
        return template.format_map(p), list(prompts)
    assert judgement != "na", "%s %s: a not-applicable answer needs its own note" % (spec["id"], kq_id)
    key = judgement
    if kq_id == "2.1.3" and spec.get("rosh") == "N":
        key += "-low"
    variants = NOTES[kq_id][key]
    template, prompts = variants[spec.get("variants", {}).get(kq_id, index) % len(variants)]
    return template.format_map(p), list(prompts)


def stamp(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


JUDGEMENTS = {"Y": "yes", "N": "no", "A": "na"}


def make_case(fw, spec, number):
    attributes = {"gender": spec["gender"], "rosh_level": spec["rosh_level"], "disposal": spec["disposal"]}
    if "rosh" in spec:
        attributes["rosh_issues_apply"] = spec["rosh"]
    if "start" in spec:
        attributes["sentence_date"] = spec["start"]
    if "release" in spec:
        attributes["release_date"] = spec["release"]
        attributes["prison"] = spec["prison"]
    if spec["sample"] == "unpaid-work" and "hours" in spec:
        attributes["upw_hours"] = str(spec["hours"])
    case = {
        "schemaVersion": SCHEMA_VERSION,
        "id": spec["id"],
        "sample": spec["sample"],
        "responsibleOfficer": OFFICERS[spec["officer"]],
        "attributes": attributes,
        "status": "in-progress",
        "answers": {},
        "history": [],
    }
    kqs = key_questions_for(fw, case)
    marks = spec["answers"]
    assert len(marks) <= len(kqs), (spec["id"], len(marks), len(kqs))
    if spec["status"] == "complete":
        assert len(marks) == len(kqs), "%s is complete but answers %d of %d" % (spec["id"], len(marks), len(kqs))
    if not marks:
        return case, "not started"

    inspector = INSPECTORS[spec["inspector"]]
    p = facts(spec, number)
    clock = dt.datetime.fromisoformat(spec["marked"])
    pending = []  # (time, history entry) for changes that happen after the first pass
    for i, (kq, mark) in enumerate(zip(kqs, marks)):
        judgement = JUDGEMENTS[mark]
        clock += dt.timedelta(minutes=6 + (i * 7 + number * 3) % 9)
        note, prompts = note_for(kq["id"], judgement, spec, p, number + i)
        valid = {pr["id"] for pr in kq["prompts"]}
        assert set(prompts) <= valid, (spec["id"], kq["id"], prompts)
        answer = {"answer": judgement, "note": note, "prompts": prompts, "by": inspector, "at": stamp(clock)}
        change = CHANGES.get((spec["id"], kq["id"]))
        if change:
            earlier = {"answer": change["judgement"], "note": change["note"], "prompts": change["prompts"],
                       "by": inspector, "at": stamp(clock)}
            if change.get("final_note"):
                answer["note"] = change["final_note"]
            if change.get("reopen"):
                # Marked first as `earlier`; changed after the case was completed and reopened.
                case["answers"][kq["id"]] = earlier
                pending.append((change, kq["id"], answer))
                continue
            later = clock + dt.timedelta(minutes=change["minutes"])
            answer["at"] = stamp(later)
            case["history"].append({"event": "answer", "keyQuestion": kq["id"], "previous": earlier,
                                    "value": dict(answer), "by": inspector, "at": stamp(later)})
        case["answers"][kq["id"]] = answer

    progress = "in progress"
    if spec["status"] == "complete":
        clock += dt.timedelta(minutes=4)
        case["history"].append({"event": "complete", "by": inspector, "at": stamp(clock)})
        case["status"] = "complete"
        progress = "complete"
        for change, kq_id, answer in pending:
            reason, when = change["reopen"]
            who = INSPECTORS[change.get("by", spec["inspector"])]
            t = dt.datetime.fromisoformat(when)
            case["history"].append({"event": "reopen", "reason": reason, "by": who, "at": stamp(t)})
            t += dt.timedelta(minutes=6)
            answer = dict(answer, by=who, at=stamp(t))
            case["history"].append({"event": "answer", "keyQuestion": kq_id,
                                    "previous": case["answers"][kq_id], "value": answer, "by": who, "at": stamp(t)})
            case["answers"][kq_id] = answer
            t += dt.timedelta(minutes=3)
            case["history"].append({"event": "complete", "by": who, "at": stamp(t)})
    else:
        assert not pending, spec["id"]
    # History is kept oldest first.
    case["history"].sort(key=lambda e: e["at"])
    return case, progress


def make_inspection():
    def rating(band, reason, at):
        return {"rating": band, "reason": reason, "by": LEAD, "at": at}

    return {
        "schemaVersion": SCHEMA_VERSION,
        "provider": PROVIDER,
        "framework": FRAMEWORK_ID,
        "createdAt": "2026-02-23T09:00:00Z",
        "createdBy": LEAD,
        "ratings": {
            "1.1": rating(
                "Good",
                "Clear vision shared with staff and partners; the operating model was revised in 2025 after "
                "consultation and risks to delivery are tracked on a live register reviewed monthly by the "
                "senior leadership team.",
                "2026-03-20T15:30:00Z"),
            "1.2": rating(
                "Requires improvement",
                "Caseloads too high: 22 of 31 responsible officers interviewed held more than 50 cases. "
                "Management oversight of risk of harm work was inconsistent, and PSOs held cases beyond their "
                "training.",
                "2026-03-20T15:40:00Z"),
            "1.3": rating(
                "Good",
                "Well-analysed profile of the caseload drives commissioning; good range of services for "
                "women, accommodation and ETE; strong partnership with the IOM police teams.",
                "2026-03-20T15:50:00Z"),
            "1.4": rating(
                "Requires improvement",
                "Policies in place, but the Kingsmere office lacks private interview rooms, and staff "
                "reported frequent loss of access to case management systems in rural offices.",
                "2026-03-20T16:00:00Z"),
        },
    }


def build():
    fw = load_framework()
    files = {"inspection.json": encode(make_inspection()) + "\n"}
    summary = []
    ids = set()
    for number, spec in enumerate(CASES):
        assert spec["id"] not in ids, spec["id"]
        ids.add(spec["id"])
        case, progress = make_case(fw, spec, number)
        files[os.path.join("cases", spec["id"] + ".json")] = encode(case) + "\n"
        summary.append((spec["sample"], spec["officer"], progress))
    return files, summary


def report(summary):
    from collections import Counter

    print("cases per sample:", dict(Counter(s for s, _, _ in summary)))
    print("cases per officer:", {OFFICERS[o]["name"]: n for o, n in Counter(o for _, o, _ in summary).items()})
    print("status:", dict(Counter(p for _, _, p in summary)))


def main(argv):
    files, summary = build()
    if "--check" in argv:
        stale = []
        for rel, text in files.items():
            path = os.path.join(OUT, rel)
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                stale.append(rel)
        extra = sorted(set(os.listdir(os.path.join(OUT, "cases"))) - {os.path.basename(r) for r in files if r.startswith("cases")})
        if stale or extra:
            print("SampleCases/ is out of date: " + ", ".join(stale + extra), file=sys.stderr)
            return 1
        print("SampleCases/ is up to date (%d files)" % len(files))
        return 0
    os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
    wanted = {os.path.basename(r) for r in files if r.startswith("cases")}
    for name in sorted(os.listdir(os.path.join(OUT, "cases"))):
        if name not in wanted:
            os.remove(os.path.join(OUT, "cases", name))
    for rel, text in sorted(files.items()):
        with open(os.path.join(OUT, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote %d files to %s" % (len(files), os.path.relpath(OUT, ROOT)))
    report(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
