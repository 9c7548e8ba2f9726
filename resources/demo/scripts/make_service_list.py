"""Write the fictional demo service list ``resources/demo/chattogram_services.xlsx``.

The workbook imitates the Excel lists that child-protection and GBV coordination groups
keep: a cover sheet, a "Services" sheet with title rows, a header, an HXL hashtag row and
one row per service per site, and a sheet of dropdown values. Everything in it is made
up: organisations, people, phone numbers (``555`` blocks), e-mails (``example.org`` /
``example.net``), sites and coordinates. The only real numbers are the public short
codes 1098 (national child helpline), 109 (violence against women and children) and 999
(emergency).

It covers the five districts of the Chattogram division that the demo is about. Their
polygons are found in ``resources/demo/bgd_adm3.geojson`` (written by
``derive_boundaries.py``) under the spellings the boundaries carry: "Bandarban",
"Chattogram", "Cox's Bazar", "Khagrachhari", "Rangamati". The sheet itself uses the
spellings people type ("Coxs Bazar", "Chittagong", "Khagrachari", "Sadar" …), on purpose.

Deliberate imperfections, for the importer and geocoder to cope with:

* coordinates as decimal numbers with 4–6 decimals (most rows), a pair typed into the
  Latitude cell ("21.4272, 92.0058"), degrees-minutes-seconds, numbers stored as text,
  two rows with latitude and longitude swapped, one 0 / 0, ~15 % without coordinates;
* messy district and upazila spellings, extra spaces, "Upazila"/"Sadar" suffixes;
* phone cells with two numbers, landlines, short codes, two numbers that lost their
  leading 0 (stored as numbers);
* dates as real date cells, as text ("15/08/2026"), or blank;
* one service entered twice with different spacing and case, two blank rows in the
  middle, and a "Total" and a "Note" row under the data.

Exactly three rows are safe houses marked Confidential = "Yes"; they have coordinates so
that the application's handling of confidential points can be tested.

The output is deterministic (seeded random, fixed document dates and zip timestamps), so
rerunning it gives the same file. Run from the repository root::

    python resources/demo/scripts/make_service_list.py
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import geopandas as gpd
import shapely
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 20261101
LAST_UPDATED = date(2026, 10, 28)
DOC_TIMESTAMP = datetime(2026, 10, 28, 9, 0, 0)
N_SERVICES = 180  # data rows, the duplicate included

DEMO_DIR = Path(__file__).resolve().parent.parent
ADM3_FILE = DEMO_DIR / "bgd_adm3.geojson"
OUT_FILE = DEMO_DIR / "chattogram_services.xlsx"

TITLE = "Chattogram Division – Child Protection & GBV Service Mapping — FICTIONAL DEMO DATA"

HEADER = [
    "Organisation", "Service name", "Service type(s)", "Description", "Division", "District",
    "Upazila", "Union", "Site / facility", "Address", "Latitude", "Longitude", "Focal person",
    "Phone", "Email", "Opening hours", "Age group", "Gender", "Languages", "Cost",
    "Accessibility", "Intake criteria", "Referral method", "Response time",
    "Feedback / complaints", "Confidential", "Capacity", "Status", "Last verified",
]
HXL = [
    "#org+name", "#service+name", "#sector", "#description", "#adm1+name", "#adm2+name",
    "#adm3+name", "#adm4+name", "#loc+name", "#loc+address", "#geo+lat", "#geo+lon",
    "#contact+name", "#contact+phone", "#contact+email", "#x_hours", "#x_age", "#x_gender",
    "#x_languages", "#x_cost", "#x_accessibility", "#x_intake", "#x_referral",
    "#x_response_time", "#x_feedback", "#x_confidential", "#x_capacity", "#status",
    "#date+verified",
]
COL = {name: i for i, name in enumerate(HEADER)}
WIDTHS = [34, 34, 30, 46, 13, 15, 20, 15, 30, 32, 18, 12, 24, 28, 34, 20, 18, 14, 20, 14,
          22, 30, 28, 16, 28, 12, 10, 17, 13]

# --------------------------------------------------------------------------------------
# Places: districts and upazilas as the boundaries spell them, and how people type them
# --------------------------------------------------------------------------------------

#: District (boundary spelling) -> spellings written in the sheet, with weights.
DISTRICT_SPELLINGS = {
    "Bandarban": [("Bandarban", 6), ("Bandarban ", 1), ("BANDARBAN", 1), ("Bandarban Hill District", 1)],
    "Chattogram": [("Chattogram", 5), ("Chittagong", 4), ("Chattogram ", 1), ("chittagong", 1)],
    "Cox's Bazar": [("Cox's Bazar", 6), ("Coxs Bazar", 3), ("COX'S BAZAR", 1), ("Cox’s bazar", 2), ("Cox's  Bazar", 1)],
    "Khagrachhari": [("Khagrachhari", 4), ("Khagrachari", 4), ("Khagrachari ", 1)],
    "Rangamati": [("Rangamati", 6), ("Rangamati Hill District", 1), ("Rangamati ", 1), ("RANGAMATI", 1)],
}
DIVISION_SPELLINGS = [("Chattogram", 10), ("Chittagong", 4), ("Chattogram Division", 2), ("", 2)]

#: Upazila (boundary spelling) -> other spellings people type (the source spelling and an
#: "Upazila" suffix are always possible too).
UPAZILA_VARIANTS = {
    "Coxs Bazar Sadar": ["Cox's Bazar Sadar", "Sadar", "Cox's Bazar Sadar Upazila", "Coxs Bazar  Sadar"],
    "Ukhia": ["Ukhiya", "Ukhia ", "UKHIA"],
    "Teknaf": ["Teknaf  ", "Teknaf Upazila"],
    "Chakaria": ["Chokoria", "Chakaria "],
    "Maheshkhali": ["Moheshkhali", "Maheshkhali Island"],
    "Ramu": ["Ramu ", "RAMU"],
    "Pekua": ["Pekua ", "Pekua Upazila"],
    "Chattogram City Corporation": ["Chittagong City Corporation", "CCC", "Chattogram City", "City Corporation"],
    "Hathazari": ["Hathhazari", "Hathazari "],
    "Patiya": ["Potiya", "Patiya "],
    "Mirsarai": ["Mirsharai", "Mirersarai"],
    "Sitakunda": ["Sitakund", "Sitakunda "],
    "Fatikchhari": ["Fatikchari"],
    "Raozan": ["Rauzan", "Raozan "],
    "Rangunia": ["Rangunia "],
    "Anwara": ["Anowara"],
    "Banshkhali": ["Bashkhali", "Banskhali"],
    "Rangamati Sadar": ["Sadar", "Rangamati  Sadar", "Rangamati Sadar Upazila"],
    "Kaptai": ["Kaptai "],
    "Naniarchar": ["Naniarchor"],
    "Baghaichhari": ["Baghaichari", "Baghaichari (Sajek)"],
    "Langadu": ["Longadu"],
    "Barkal": ["Barkal "],
    "Khagrachhari Sadar": ["Khagrachari Sadar", "Sadar", "Khagrachhari  Sadar"],
    "Dighinala": ["Dighinala "],
    "Panchhari": ["Panchari"],
    "Matiranga": ["Matiranga "],
    "Manikchhari": ["Manikchari"],
    "Mahalchhari": ["Mahalchari"],
    "Guimara": ["Guimara "],
    "Bandarban Sadar": ["Sadar", "Bandarban  Sadar", "Bandarban Sadar Upazila"],
    "Lama": ["Lama "],
    "Alikadam": ["Ali Kadam"],
    "Rowangchhari": ["Rowangchari", "Rowangchhari "],
    "Naikkhongchhari": ["Naikhongchhari", "Naikhongchari"],
    "Ruma": ["Ruma "],
}

#: Upazilas deliberately left without any service (coverage gaps), boundary spellings.
NO_SERVICE_UPAZILAS = {
    "Bandarban": ["Thanchi"],
    "Chattogram": ["Sandwip", "Karnaphuli"],
    "Cox's Bazar": ["Kutubdia"],
    "Khagrachhari": ["Lakkhichhari"],
    "Rangamati": ["Belaichhari", "Jurachhari"],
}

#: The division every site must lie in (boundary spelling).
DIVISION_NAME = "Chattogram"

# --------------------------------------------------------------------------------------
# Service types: 16 kinds, written as free text the way people type them
# --------------------------------------------------------------------------------------

TYPE_TEXTS = {
    "cm": ["Case management", "CM", "Child protection case management", "GBV case management", "Case mgmt"],
    "pss": ["PSS", "Psychosocial support", "MHPSS", "Psycho-social support", "Counselling / PSS"],
    "health": ["CMR / post-rape care", "Clinical management of rape (CMR)", "Health", "SRH & CMR", "Post-rape care"],
    "legal": ["Legal aid", "Legal counselling", "Free legal aid", "Legal aid & mediation"],
    "police": ["Women & children help desk", "Police help desk", "Victim support desk"],
    "justice": ["Justice / court support", "Court support", "Access to justice"],
    "shelter": ["Safe shelter", "Safe house", "Emergency shelter (women & children)"],
    "altcare": ["Alternative care", "Foster / kinship care", "Interim care"],
    "ftr": ["FTR", "Family tracing & reunification", "Family Tracing and Reunification (FTR)"],
    "helpline": ["Helpline", "Hotline", "Tele-counselling / helpline"],
    "cfs": ["Child Friendly Space (CFS)", "CFS", "Child-friendly space"],
    "edu": ["Education", "Non-formal education (NFE)", "Learning centre", "Education / NFE"],
    "livelihood": ["Livelihoods", "Skills training / livelihoods", "Livelihood support"],
    "birthreg": ["Birth registration", "Birth registration support", "Birth reg. assistance"],
    "cbp": ["Community-based protection", "CBCPC / community protection", "Community awareness", "Community-based child protection"],
    "disability": ["Disability support", "Disability inclusion", "Rehab & assistive devices"],
}
#: Two-type combinations with a fixed way of writing them, as often seen.
COMBINED_TEXTS = {
    ("cm", "pss"): ["Case management; PSS & referral", "CM + PSS", "Case management & psychosocial support"],
    ("cfs", "pss"): ["CFS + PSS", "Child Friendly Space (CFS) & PSS"],
    ("legal", "justice"): ["Legal aid / court support", "Legal aid & justice"],
    ("health", "pss"): ["CMR / post-rape care; counselling", "Health & MHPSS"],
}
DESCRIPTIONS = {
    "cm": ["Individual case management for children at risk, with referral to other services.",
           "Case workers assess needs, make a case plan and follow up with the family."],
    "cm_gbv": ["Survivor-centred GBV case management; consent-based referrals.",
               "Case management for survivors of GBV: safety planning, accompaniment and follow-up."],
    "pss": ["Individual and group psychosocial sessions run by trained facilitators.",
            "Counselling and structured PSS activities; referral to specialised MHPSS when needed.",
            "Basic psychosocial support and psychological first aid."],
    "health": ["Clinical care for survivors of sexual violence within 72 hours (PEP, EC) and later care.",
               "Primary and reproductive health care; confidential post-rape care.",
               "Medical examination, treatment and referral; female staff available."],
    "legal": ["Free legal advice, documentation and representation for women and children.",
              "Legal counselling and mediation of family disputes (ADR).",
              "Help with filing cases and accompaniment to the legal aid committee."],
    "police": ["Help desk for women and children at the police station; female officers on duty.",
               "Receives complaints of violence and refers survivors to medical and legal services."],
    "justice": ["Accompaniment of child witnesses and survivors through court proceedings.",
                "Support to children in contact with the law, diversion and probation follow-up."],
    "shelter": ["Short-stay safe accommodation for women and children at risk. Location confidential.",
                "Protected shelter with case management on site. Admission through referral only."],
    "altcare": ["Family-based alternative care: kinship and foster placements with follow-up.",
                "Interim care for unaccompanied and separated children until reunification."],
    "ftr": ["Registration, tracing and reunification of separated and unaccompanied children.",
            "Family tracing for missing children; works with camp and district authorities."],
    "helpline": ["Phone line for reporting child protection concerns and getting referral information.",
                 "Free phone counselling and referral; calls are followed up by a case worker."],
    "cfs": ["Safe space for play, recreation and learning with trained animators.",
            "Structured activities for children; identification and referral of children at risk."],
    "edu": ["Non-formal basic education for out-of-school children.",
            "Learning centre with literacy, numeracy and life-skills sessions."],
    "livelihood": ["Skills training, start-up support and savings groups.",
                   "Vocational training and job linkage for adolescents and young women."],
    "birthreg": ["Help to obtain birth registration certificates, including late registration.",
                 "Information sessions and assistance with the online birth registration system."],
    "cbp": ["Community child protection committees, awareness sessions and early identification.",
            "Community volunteers raise awareness on child marriage, child labour and GBV."],
    "disability": ["Physiotherapy, assistive devices and inclusion support for children with disabilities.",
                   "Identification of children with disabilities and referral to specialised care."],
}

# --------------------------------------------------------------------------------------
# Organisations, sites and services (all fictional)
# --------------------------------------------------------------------------------------


@dataclass
class Site:
    district: str  # boundary spelling
    upazila: str  # boundary spelling
    name: str
    union: str = ""
    address: str = ""
    confidential: bool = False
    point: tuple[float, float] | None = None  # (lat, lon), filled in later
    phone: str = ""


@dataclass
class Svc:
    types: tuple[str, ...]
    name: str
    sites: tuple[int, ...] | None = None  # indexes into the organisation's sites; None = choose


@dataclass
class Org:
    name: str
    email_user: str
    domain: str
    sites: list[Site]
    services: list[Svc]
    government: bool = False
    landline: bool = False
    extra: dict = field(default_factory=dict)


CXB, CTG, RNG, KHG, BAN = "Cox's Bazar", "Chattogram", "Rangamati", "Khagrachhari", "Bandarban"

ORGS: list[Org] = [
    Org("Hilltracts Child Rights Forum (demo)", "hcrf", "example.org",
        [Site(RNG, "Rangamati Sadar", "HCRF field office", "Bandukbhanga", "Near Reserve Bazar (demo address)"),
         Site(KHG, "Khagrachhari Sadar", "HCRF community centre", "", "College Road (demo address)"),
         Site(BAN, "Bandarban Sadar", "Child rights resource centre", "", "Near Upazila Parishad"),
         Site(RNG, "Kaptai", "Kaptai outreach point", "", "Boat landing area")],
        [Svc(("cm", "pss"), "Child protection case management"),
         Svc(("cbp",), "Para-level child protection committees"),
         Svc(("birthreg",), "Birth registration support"),
         Svc(("edu",), "Mother-tongue pre-primary classes"),
         Svc(("pss",), "Adolescent life-skills & PSS")]),
    Org("Example Legal Aid Society", "legalaid", "example.org",
        [Site(CTG, "Chattogram City Corporation", "Legal aid clinic", "Ward 15", "2nd floor, demo building, Court Road"),
         Site(CXB, "Coxs Bazar Sadar", "Legal aid desk", "", "Near District Court"),
         Site(RNG, "Rangamati Sadar", "Legal aid clinic (hill districts)", "", "Near DC office"),
         Site(CXB, "Ukhia", "Legal help point, Camp 4", "Palong Khali", "Camp 4, Block B")],
        [Svc(("legal",), "Free legal aid & counselling"),
         Svc(("legal", "justice"), "Court accompaniment for survivors"),
         Svc(("legal",), "ADR / mediation (family disputes)"),
         Svc(("justice",), "Legal representation for children in conflict with the law")]),
    Org("District Social Services Office (demo)", "dsso.demo", "example.net",
        [Site(CTG, "Chattogram City Corporation", "District Social Services Office", "", "Government office area (demo)"),
         Site(CXB, "Coxs Bazar Sadar", "District Social Services Office", "", "Near DC office"),
         Site(RNG, "Rangamati Sadar", "District Social Services Office", "", "Near DC office"),
         Site(KHG, "Khagrachhari Sadar", "District Social Services Office", "", "Near DC office")],
        [Svc(("cm",), "Child protection case management (social case worker)"),
         Svc(("altcare",), "Alternative care & foster placement"),
         Svc(("helpline",), "Child Helpline 1098 – district follow-up"),
         Svc(("ftr",), "Family tracing & reunification"),
         Svc(("disability",), "Disability allowance & support"),
         Svc(("justice",), "Probation officer – children in contact with the law")],
        government=True, landline=True),
    Org("Upazila Women Affairs Office (demo)", "uwao.demo", "example.net",
        [Site(CXB, "Ukhia", "Upazila Women Affairs Office", "Raja Palong", "Upazila Parishad complex"),
         Site(CXB, "Teknaf", "Upazila Women Affairs Office", "", "Upazila Parishad complex"),
         Site(CXB, "Chakaria", "Upazila Women Affairs Office", "", "Upazila Parishad complex"),
         Site(BAN, "Lama", "Upazila Women Affairs Office", "", "Upazila Parishad complex")],
        [Svc(("cm",), "GBV complaint & referral desk"),
         Svc(("livelihood",), "Skills training for women"),
         Svc(("helpline",), "109 helpline information point"),
         Svc(("legal",), "Referral to the legal aid committee")],
        government=True),
    Org("Example General Hospital (demo)", "hospital", "example.org",
        [Site(CTG, "Chattogram City Corporation", "Example General Hospital – crisis cell", "Ward 20", "Hospital campus (demo)"),
         Site(CXB, "Coxs Bazar Sadar", "Example General Hospital – emergency", "", "Hospital Road (demo)")],
        [Svc(("health",), "Clinical management of rape (CMR)", (0, 1)),
         Svc(("health", "pss"), "Post-rape care & counselling", (0, 1)),
         Svc(("health",), "Emergency medical care", (0, 1))],
        landline=True),
    Org("District Police (demo)", "police.demo", "example.net",
        [Site(CTG, "Chattogram City Corporation", "Victim support centre (demo)", "Ward 9", "Police lines area (demo)"),
         Site(CXB, "Coxs Bazar Sadar", "Sadar thana help desk", "", "Thana compound"),
         Site(CXB, "Teknaf", "Teknaf thana help desk", "Teknaf", "Thana compound"),
         Site(CXB, "Ukhia", "Ukhia thana help desk", "", "Thana compound")],
        [Svc(("police",), "Women & children help desk"),
         Svc(("police", "justice"), "Victim support & statement recording"),
         Svc(("helpline",), "Emergency 999")],
        government=True),
    Org("Bay of Bengal Women's Alliance (demo)", "bbwa", "example.org",
        [Site(CXB, "Ukhia", "Women-friendly space, Camp 4", "Palong Khali", "Camp 4, Block C"),
         Site(CXB, "Teknaf", "Women-friendly space, Camp 24", "Hnila", "Camp 24, Block A"),
         Site(CXB, "Coxs Bazar Sadar", "Women's centre", "", "Near Kolatoli Road (demo)"),
         Site(CXB, "Coxs Bazar Sadar", "Safe house (location confidential)", "", "Confidential – contact by phone only", confidential=True)],
        [Svc(("cm",), "GBV case management", (0, 1, 2)),
         Svc(("pss",), "Women & girls safe space (WGSS)", (0, 1, 2)),
         Svc(("cbp",), "Community outreach & GBV awareness", (0, 1, 2)),
         Svc(("livelihood",), "Skills for survivors", (0, 2)),
         Svc(("pss", "cbp"), "Adolescent girls' groups", (0, 1)),
         Svc(("shelter",), "Safe house for women & children", (3,))]),
    Org("Camp Protection Partners (demo)", "cpp", "example.org",
        [Site(CXB, "Ukhia", "Camp 12 CFS", "Raja Palong", "Camp 12, Block E"),
         Site(CXB, "Ukhia", "Camp 18 protection hub", "Palong Khali", "Camp 18, Block A"),
         Site(CXB, "Teknaf", "Camp 26 CFS", "Hnila", "Camp 26, Block F"),
         Site(CXB, "Teknaf", "Camp 22 protection hub", "Whykong", "Camp 22, Block B")],
        [Svc(("cfs",), "Child Friendly Space"),
         Svc(("cm", "pss"), "Child protection case management"),
         Svc(("ftr",), "FTR for separated children"),
         Svc(("altcare",), "Interim care (kinship)"),
         Svc(("edu",), "Learning centre"),
         Svc(("cbp",), "Community-based child protection committees"),
         Svc(("disability",), "Inclusion support for children with disabilities")]),
    Org("Sample Health Initiative", "shi", "example.org",
        [Site(CXB, "Ukhia", "Health post, Camp 9", "Raja Palong", "Camp 9"),
         Site(CXB, "Teknaf", "Health post, Camp 25", "Hnila", "Camp 25"),
         Site(CXB, "Chakaria", "Sample Health clinic", "", "Near bus stand (demo)"),
         Site(CXB, "Maheshkhali", "Island clinic", "", "Near jetty (demo)")],
        [Svc(("health",), "CMR / post-rape care"),
         Svc(("health",), "SRH & maternal care"),
         Svc(("health",), "Primary health care"),
         Svc(("pss",), "MHPSS counselling")]),
    Org("Example Mental Health Trust", "emht", "example.org",
        [Site(CTG, "Chattogram City Corporation", "Counselling centre", "Ward 14", "Demo Lane, Panchlaish"),
         Site(CTG, "Hathazari", "Community counselling room", "", "Near Upazila Health Complex"),
         Site(CXB, "Coxs Bazar Sadar", "Counselling room", "", "Main Road (demo)"),
         Site(CXB, "Ukhia", "MHPSS corner, Camp 8", "Raja Palong", "Camp 8W")],
        [Svc(("pss",), "Individual counselling (MHPSS)"),
         Svc(("pss",), "Psychiatric assessment & referral"),
         Svc(("pss", "cbp"), "Group psychosocial sessions"),
         Svc(("helpline",), "Tele-counselling line", (0,))]),
    Org("Riverside Shelter Foundation (demo)", "rsf", "example.net",
        [Site(CTG, "Chattogram City Corporation", "Safe house (location confidential)", "", "Confidential – contact by phone only", confidential=True),
         Site(CTG, "Chattogram City Corporation", "RSF office", "Ward 21", "Demo Road, Agrabad"),
         Site(CTG, "Patiya", "RSF sub-office", "", "Near Patiya bazar")],
        [Svc(("shelter",), "Safe shelter for women & children", (0,)),
         Svc(("cm", "legal"), "Case management & legal referral", (1, 2)),
         Svc(("livelihood",), "Reintegration & livelihoods", (1, 2))]),
    Org("Placeholder Children's Home (demo)", "pch", "example.org",
        [Site(CTG, "Raozan", "Children's home", "", "Demo village road"),
         Site(CTG, "Chattogram City Corporation", "Drop-in centre", "Ward 31", "Near railway station (demo)")],
        [Svc(("altcare",), "Residential care (children 6-18)", (0,)),
         Svc(("altcare",), "Foster & kinship care support"),
         Svc(("edu",), "Non-formal education"),
         Svc(("cfs", "pss"), "Street children drop-in & PSS", (1,))]),
    Org("Karnaphuli Youth Learning Network (demo)", "kyln", "example.org",
        [Site(CTG, "Patiya", "Youth learning centre", "", "High school road (demo)"),
         Site(CTG, "Anwara", "Youth learning centre", "", "Near Anwara bazar"),
         Site(CTG, "Banshkhali", "Youth learning centre", "", "Near Upazila Parishad"),
         Site(CTG, "Chattogram City Corporation", "KYLN hub", "Ward 36", "Demo Road, Halishahar")],
        [Svc(("edu",), "Second-chance education"),
         Svc(("livelihood",), "Youth skills training"),
         Svc(("cbp",), "Adolescent clubs"),
         Svc(("birthreg",), "Birth registration help desk")]),
    Org("Example Disability Action (demo)", "eda", "example.net",
        [Site(CTG, "Chattogram City Corporation", "Rehabilitation centre", "Ward 7", "Demo Road, Nasirabad"),
         Site(CXB, "Ukhia", "Rehab point, Camp 11", "Raja Palong", "Camp 11"),
         Site(RNG, "Rangamati Sadar", "Therapy room", "", "Near hospital (demo)")],
        [Svc(("disability",), "Physiotherapy & assistive devices"),
         Svc(("disability", "edu"), "Inclusive education support"),
         Svc(("disability",), "Disability registration help")]),
    Org("Union Digital Centre Network (demo)", "udc.demo", "example.net",
        [Site(CXB, "Ramu", "Union digital centre", "", "Union Parishad building"),
         Site(CXB, "Pekua", "Union digital centre", "", "Union Parishad building"),
         Site(CXB, "Chakaria", "Union digital centre", "", "Union Parishad building"),
         Site(CTG, "Mirsarai", "Union digital centre", "", "Union Parishad building")],
        [Svc(("birthreg",), "Birth registration"),
         Svc(("birthreg",), "Late birth registration (children 5+)")],
        government=True),
    Org("Sangu Valley Development Group (demo)", "svdg", "example.org",
        [Site(BAN, "Bandarban Sadar", "SVDG office", "", "Demo Road, Bandarban town"),
         Site(BAN, "Rowangchhari", "Field office", "", "Near bazar"),
         Site(BAN, "Lama", "Field office", "", "Near Upazila Parishad"),
         Site(BAN, "Alikadam", "Field office", "", "Near bazar")],
        [Svc(("cbp",), "Village child protection committees"),
         Svc(("edu",), "Hostel support for hill children"),
         Svc(("livelihood",), "Jhum farmer livelihoods"),
         Svc(("cm",), "Case management"),
         Svc(("birthreg",), "Birth registration support")]),
    Org("Chengi Women's Network (demo)", "cwn", "example.org",
        [Site(KHG, "Khagrachhari Sadar", "CWN centre", "", "Demo Road, Khagrachhari town"),
         Site(KHG, "Dighinala", "CWN field office", "", "Near bazar"),
         Site(KHG, "Panchhari", "CWN field office", "", "Near Upazila Parishad"),
         Site(KHG, "Khagrachhari Sadar", "Safe house (location confidential)", "", "Confidential – contact by phone only", confidential=True)],
        [Svc(("cm",), "GBV case management", (0, 1, 2)),
         Svc(("pss",), "PSS & counselling", (0, 1, 2)),
         Svc(("legal",), "Legal aid referral", (0, 1, 2)),
         Svc(("shelter",), "Safe house", (3,)),
         Svc(("cbp",), "Women's groups", (0, 1, 2))]),
    Org("Kaptai Lake Community Services (demo)", "klcs", "example.org",
        [Site(RNG, "Kaptai", "KLCS office", "", "Near Kaptai bazar"),
         Site(RNG, "Naniarchar", "Field office", "", "Ghat area"),
         Site(RNG, "Baghaichhari", "Field office", "", "Near bazar"),
         Site(RNG, "Barkal", "Field office", "", "Near ghat")],
        [Svc(("cbp",), "Community-based child protection"),
         Svc(("edu",), "Boat school"),
         Svc(("livelihood",), "Fisheries livelihoods"),
         Svc(("pss",), "Psychosocial support")]),
    Org("Example Child Helpline Partners", "helpline", "example.org",
        [Site(CTG, "Chattogram City Corporation", "Regional call centre", "Ward 16", "Demo tower, 5th floor"),
         Site(CXB, "Coxs Bazar Sadar", "Outreach desk", "", "Near bus terminal (demo)")],
        [Svc(("helpline",), "Child Helpline 1098 – follow-up"),
         Svc(("helpline", "cm"), "Helpline case referral"),
         Svc(("helpline",), "Missing children reports")]),
    Org("Teknaf Coastal Aid (demo)", "tca", "example.net",
        [Site(CXB, "Teknaf", "TCA office", "Sabrang", "Marine Drive (demo)"),
         Site(CXB, "Teknaf", "Coastal CFS", "Baharchhara", "Near cyclone shelter"),
         Site(CXB, "Ukhia", "TCA sub-office", "Haldia Palong", "Near Kotbazar (demo)")],
        [Svc(("cfs",), "Child-friendly space"),
         Svc(("ftr",), "Family tracing"),
         Svc(("cbp",), "Community protection volunteers"),
         Svc(("edu",), "Learning centre")]),
    Org("Fictional Family Reunification Service", "ffrs", "example.org",
        [Site(CXB, "Ukhia", "FTR desk, Camp 13", "Palong Khali", "Camp 13"),
         Site(CTG, "Chattogram City Corporation", "FFRS office", "Ward 12", "Demo Road, Khulshi")],
        [Svc(("ftr",), "Family Tracing and Reunification (FTR)"),
         Svc(("altcare",), "Interim care"),
         Svc(("cm",), "Case follow-up after reunification")]),
    Org("Sample Skills Foundation", "ssf", "example.org",
        [Site(CTG, "Chattogram City Corporation", "Training centre", "Ward 26", "Demo industrial area"),
         Site(CTG, "Sitakunda", "Training centre", "", "Highway side (demo)"),
         Site(CTG, "Mirsarai", "Training centre", "", "Near bazar"),
         Site(CXB, "Chakaria", "Training centre", "", "Near bus stand (demo)")],
        [Svc(("livelihood",), "Vocational training (16+)"),
         Svc(("livelihood",), "Apprenticeships"),
         Svc(("livelihood", "edu"), "Literacy & numeracy for young workers")]),
    Org("Example Justice Support Centre", "ejsc", "example.net",
        [Site(CTG, "Chattogram City Corporation", "Court support desk", "Ward 32", "Court building area (demo)"),
         Site(CXB, "Coxs Bazar Sadar", "Court support desk", "", "Court area"),
         Site(RNG, "Rangamati Sadar", "Court support desk", "", "Court area")],
        [Svc(("justice",), "Child court support"),
         Svc(("justice", "legal"), "Tribunal accompaniment for women & children"),
         Svc(("justice",), "Diversion & probation support")]),
    Org("Demo Adolescent Girls' Programme", "dagp", "example.org",
        [Site(CTG, "Hathazari", "Girls' club venue", "", "Union Parishad hall"),
         Site(CTG, "Rangunia", "Girls' club venue", "", "School premises (demo)"),
         Site(CTG, "Fatikchhari", "Girls' club venue", "", "Near bazar"),
         Site(CXB, "Ramu", "Girls' club venue", "", "Community centre")],
        [Svc(("pss", "cbp"), "Adolescent girls' clubs"),
         Svc(("edu",), "Life-skills & education"),
         Svc(("livelihood",), "Financial literacy"),
         Svc(("cm",), "Child marriage prevention & referral")]),
    Org("Hill Tracts Health Outreach (demo)", "htho", "example.net",
        [Site(BAN, "Bandarban Sadar", "Satellite clinic", "", "Near hospital (demo)"),
         Site(BAN, "Naikkhongchhari", "Satellite clinic", "", "Near Upazila Parishad"),
         Site(BAN, "Ruma", "Mobile health camp", "", "Ruma bazar area"),
         Site(KHG, "Manikchhari", "Satellite clinic", "", "Near bazar")],
        [Svc(("health",), "Mobile health camp", (0, 1, 2)),
         Svc(("health",), "CMR at satellite clinic", (0, 3)),
         Svc(("health", "pss"), "Maternal & adolescent health", (0, 1, 3))]),
]

# --------------------------------------------------------------------------------------
# People, phones and other per-row values
# --------------------------------------------------------------------------------------

BANGLA_NAMES = ["Rahima Akter", "Kamal Hossain", "Nasrin Sultana", "Md. Rafiqul Islam", "Shirin Begum",
                "Farhana Yasmin", "Abdul Karim", "Taslima Khatun", "Sumon Das", "Rupa Barua",
                "Jannatul Ferdous", "Anwar Hossain", "Nusrat Jahan", "Mizanur Rahman", "Sharmin Akter",
                "Tanvir Ahmed", "Moriom Begum", "Rakib Hasan", "Sultana Parvin", "Dipankar Barua"]
HILL_NAMES = ["Jyoti Chakma", "Mitali Chakma", "Suprio Chakma", "Aung Sing Marma", "Mra Ching Marma",
              "Uching Marma", "Rina Tripura", "Bikash Tripura", "Menrong Mro", "Lalthang Bawm",
              "Sujata Tanchangya", "Nila Chakma", "Thowai Marma", "Shanti Tripura"]
FEMALE_FIRST_NAMES = ("Rahima", "Nasrin", "Shirin", "Farhana", "Taslima", "Rupa", "Jannatul", "Nusrat",
                      "Sharmin", "Moriom", "Sultana", "Jyoti", "Mitali", "Rina", "Sujata", "Nila", "Shanti")
#: Organisations whose services are for women and girls (GBV).
GBV_ORGS = ("bbwa", "cwn")
GENERIC_CONTACTS = ["Case worker on duty", "Duty officer", "Centre manager", "Programme officer"]
LANDLINE_CODES = {CTG: "031", CXB: "0341", RNG: "0351", BAN: "0361", KHG: "0371"}
MOBILE_PREFIXES = ["017", "018", "019", "013", "015", "016", "014"]

HOURS = ["Sun–Thu 9:00–17:00", "Sun-Thu 9am-5pm", "Sat-Thu 8am-4pm", "Sat–Thu 9:00–16:00",
         "By appointment", "Sun–Thu 10:00–16:00", "Daily 8:00–14:00"]
LANGUAGES = {
    "camp": ["Rohingya, Bangla", "Rohingya; Bangla; English", "Rohingya, Bangla", "Rohingya/Burmese"],
    CXB: ["Bangla", "Bangla; English", "Bangla (Chittagonian)"],
    CTG: ["Bangla", "Bangla; English", "Bangla, English", "Bangla (Chittagonian)"],
    RNG: ["Bangla, Chakma", "Bangla; Chakma; Marma", "Chakma", "Bangla, Chakma, Tanchangya"],
    KHG: ["Bangla, Chakma", "Bangla, Tripura", "Marma", "Bangla; Chakma; Tripura"],
    BAN: ["Marma", "Bangla, Marma", "Bangla, Marma, Mro", "Bangla; Bawm"],
}
ACCESSIBILITY = ["Wheelchair accessible", "Ground floor, ramp", "Not accessible (stairs)",
                 "Partly accessible", "Sign language on request", "", ""]
REFERRAL = ["Inter-agency referral form", "Phone call to focal person", "Walk-in or referral",
            "Referral form by email", "Through case worker only", "Walk-in"]
RESPONSE = ["Same day", "Within 24 hours", "Within 48 hours", "Within 72 hours", "1 week", ""]
FEEDBACK = ["Complaints box at site", "Feedback desk", "Community feedback meeting",
            "Email feedback@example.org", "Hotline 01700-555990", ""]


class Generator:
    def __init__(self, adm3: gpd.GeoDataFrame):
        self.rnd = random.Random(SEED)
        self.adm3 = adm3
        self.phone_seq = 100
        self.descriptions: dict[int, str] = {}
        self.type_texts: dict[int, str] = {}

    # -- small helpers ------------------------------------------------------------------
    def weighted(self, options):
        values, weights = zip(*options)
        return self.rnd.choices(values, weights=weights)[0]

    def polygon(self, district: str, upazila: str):
        match = self.adm3[(self.adm3.adm2_name == district) & (self.adm3.adm3_name == upazila)]
        if len(match) != 1:
            raise SystemExit(f"upazila {upazila!r} in {district!r} not found once in {ADM3_FILE.name}")
        row = match.iloc[0]
        if row.adm1_name != DIVISION_NAME:
            raise SystemExit(f"{upazila}, {district} is not in the {DIVISION_NAME} division")
        return row.geometry

    def random_point(self, district: str, upazila: str) -> tuple[float, float]:
        """A point well inside the upazila, so rounding never pushes it out."""
        poly = self.polygon(district, upazila)
        inner = poly.buffer(-0.005)
        if inner.is_empty or inner.area < 0.05 * poly.area:
            inner = poly.buffer(-0.001)
        minx, miny, maxx, maxy = inner.bounds
        while True:
            lon = self.rnd.uniform(minx, maxx)
            lat = self.rnd.uniform(miny, maxy)
            if inner.contains(shapely.Point(lon, lat)):
                return lat, lon

    def next_suffix(self) -> str:
        self.phone_seq += self.rnd.randint(1, 9)
        return f"{self.phone_seq % 1000:03d}"

    def mobile(self) -> str:
        prefix = self.rnd.choice(MOBILE_PREFIXES)
        s = self.next_suffix()
        style = self.rnd.choices(range(5), weights=[6, 3, 2, 1, 1])[0]
        if style == 0:
            return f"{prefix}00-555{s}"
        if style == 1:
            return f"+880 {prefix[1:]}00 555 {s}"
        if style == 2:
            return f"{prefix} 0055 5{s}"
        if style == 3:
            return f"+880{prefix[1:]}00555{s}"
        return f"{prefix}00555{s}"

    def landline(self, district: str) -> str:
        code = LANDLINE_CODES[district]
        return f"{code}-555-{self.next_suffix()}" if len(code) == 3 else f"{code}-555{self.next_suffix()[:2]}"

    def person(self, district: str) -> str:
        r = self.rnd.random()
        if r < 0.12:
            return self.rnd.choice(GENERIC_CONTACTS)
        if r < 0.18:
            return ""
        pool = HILL_NAMES if district in (RNG, KHG, BAN) and self.rnd.random() < 0.7 else BANGLA_NAMES
        name = self.rnd.choice(pool)
        if self.rnd.random() < 0.25 and not name.startswith("Md."):
            name = ("Ms. " if name.split()[0] in FEMALE_FIRST_NAMES else "Mr. ") + name
        return name

    def email(self, org: Org, site: Site, person: str) -> str:
        r = self.rnd.random()
        if r < 0.12:
            return ""
        district_tag = {CTG: "ctg", CXB: "cxb", RNG: "rng", KHG: "khg", BAN: "ban"}[site.district]
        office = f"{org.email_user}.{district_tag}@{org.domain}"
        if person and person not in GENERIC_CONTACTS and r < 0.45:
            first = re.sub(r"^(Ms\.|Mr\.|Md\.)\s*", "", person).split()[0].lower()
            personal = f"{first}.{org.email_user.split('.')[0]}@{org.domain}"
            return personal if self.rnd.random() < 0.7 else f"{personal}; {office}"
        return office if r < 0.9 else f"{org.email_user}@{org.domain}"

    # -- per-row values -----------------------------------------------------------------
    def type_text(self, types: tuple[str, ...]) -> str:
        if len(types) == 2 and types in COMBINED_TEXTS and self.rnd.random() < 0.7:
            return self.rnd.choice(COMBINED_TEXTS[types])
        texts = [self.rnd.choice(TYPE_TEXTS[t]) for t in types]
        return self.rnd.choice(["; ", " & ", " / ", ", "]).join(texts) if len(texts) > 1 else texts[0]

    def description(self, svc: Svc, org: Org) -> str:
        """One description per service, copied to each of its rows as people do."""
        if id(svc) not in self.descriptions:
            first = svc.types[0]
            if first == "cm" and ("GBV" in svc.name or org.email_user in GBV_ORGS):
                first = "cm_gbv"
            text = self.rnd.choice(DESCRIPTIONS[first])
            if len(svc.types) > 1 and self.rnd.random() < 0.5:
                text += " " + self.rnd.choice(DESCRIPTIONS[svc.types[1]])
            self.descriptions[id(svc)] = text
        return self.descriptions[id(svc)]

    def service_type_text(self, svc: Svc) -> str:
        """Mostly the same wording for every row of a service, sometimes retyped."""
        if id(svc) not in self.type_texts or self.rnd.random() < 0.2:
            self.type_texts.setdefault(id(svc), self.type_text(svc.types))
            if self.rnd.random() < 0.2:
                return self.type_text(svc.types)
        return self.type_texts[id(svc)]

    def phone(self, org: Org, site: Site, types: tuple[str, ...], name: str) -> str | int:
        if "1098" in name:
            return "1098"
        if "109 " in name:
            return self.rnd.choice(["109", "109 (toll free)"])
        if "999" in name:
            return "999"
        if types[0] == "police":
            return f"999 / {site.phone}"
        if types[0] == "helpline" and org.email_user == "helpline":
            return self.rnd.choice(["1098", f"1098 / {site.phone}"])
        r = self.rnd.random()
        if r < 0.15:
            return f"{site.phone} / {self.mobile()}"
        if r < 0.2:
            return self.mobile()
        return site.phone

    def hours(self, types: tuple[str, ...], site: Site) -> str:
        if site.confidential or types[0] in ("police", "helpline"):
            return "24/7"
        if types[0] == "health":
            return self.rnd.choice(["24/7", "24/7", "Sat-Thu 8am-2pm; emergencies 24/7"])
        return self.rnd.choice(HOURS)

    def age(self, types: tuple[str, ...], name: str, org: Org) -> str:
        lowered = name.lower()
        if "girls" in lowered or org.email_user == "dagp":
            return "Adolescent girls 10-19"
        if "6-18" in name:
            return "6-18"
        if "16+" in name:
            return "16+"
        if "5+" in name:
            return "5-17"
        t = types[0]
        options = {
            "cfs": ["Children 6-14", "3-17 years", "Children 6-14"],
            "edu": ["Children 6-14", "8-18", "Out-of-school children 8-14"],
            "cm": ["0-17", "Under 18", "All ages"] if "GBV" not in name else ["All ages", "18+", "Women & girls 12+"],
            "altcare": ["0-17", "Under 18"],
            "ftr": ["0-17", "All ages"],
            "livelihood": ["18+", "15-24", "18+"],
            "birthreg": ["All ages", "0-5", "All ages"],
            "shelter": ["All ages", "18+ and accompanying children"],
            "justice": ["0-17", "All ages"],
            "health": ["All ages", "All ages", "All ages", "Women & children"],
        }.get(t, ["All ages", "All ages", "0-17"])
        return self.rnd.choice(options)

    def gender(self, types: tuple[str, ...], name: str, org: Org) -> str:
        lowered = name.lower()
        if "women" in lowered or "girls" in lowered or org.email_user in GBV_ORGS + ("dagp",):
            return self.rnd.choice(["Female", "Girls and women", "Female"])
        if types[0] in ("shelter", "health", "police"):
            return "All"
        if types[0] == "livelihood" and self.rnd.random() < 0.2:
            return "Male"
        return self.rnd.choice(["All", "All", "All", "Both", ""])

    def languages(self, site: Site) -> str:
        key = "camp" if "Camp" in site.name or "Camp" in site.address else site.district
        return self.rnd.choice(LANGUAGES[key])

    def cost(self, types: tuple[str, ...]) -> str:
        if types[0] == "health" and self.rnd.random() < 0.3:
            return self.rnd.choice(["Nominal fee", "Free (medicines may cost)"])
        if types[0] == "livelihood" and self.rnd.random() < 0.2:
            return "Nominal fee"
        return self.rnd.choice(["Free", "Free", "Free of charge", "Free", ""])

    def intake(self, types: tuple[str, ...]) -> str:
        return self.rnd.choice({
            "cm": ["Children at risk; referral or self-referral", "Survivors of GBV (consent required)", "Referral from CBCPC or partners"],
            "shelter": ["Referral only, after risk assessment"],
            "health": ["Walk-in; survivors seen immediately", "Walk-in"],
            "legal": ["Women and children unable to pay", "Walk-in or referral"],
            "altcare": ["Children without parental care, via case worker"],
            "ftr": ["Separated or unaccompanied children"],
        }.get(types[0], ["Walk-in", "Open to all", "Walk-in or referral", "Registered participants"]))

    def capacity(self, types: tuple[str, ...]) -> int | str:
        r = self.rnd.random()
        if r < 0.35:
            return ""
        if r < 0.45:
            return self.rnd.choice(["30 per session", "approx. 50", "20/day"])
        base = {"shelter": (8, 25), "cfs": (40, 150), "edu": (30, 120), "helpline": (100, 400)}.get(types[0], (10, 80))
        return self.rnd.randint(*base)

    def status(self) -> str:
        return self.weighted([("Active", 88), ("active", 4), ("Temporarily closed", 4), ("Inactive", 2), ("Active ", 2)])

    def last_verified(self) -> date | str:
        r = self.rnd.random()
        if r < 0.18:
            return ""
        if r < 0.22:
            d = LAST_UPDATED - timedelta(days=self.rnd.randint(20, 200))
            return d.strftime("%d/%m/%Y")
        if r < 0.5:  # older than six months on 2026-11-01
            return date(2026, 4, 30) - timedelta(days=self.rnd.randint(0, 300))
        return LAST_UPDATED - timedelta(days=self.rnd.randint(1, 180))

    def district_text(self, district: str) -> str:
        return self.weighted(DISTRICT_SPELLINGS[district])

    def upazila_text(self, upazila: str) -> str:
        r = self.rnd.random()
        if r < 0.04:
            return ""
        variants = UPAZILA_VARIANTS.get(upazila, [])
        if variants and r < 0.4:
            return self.rnd.choice(variants)
        if r < 0.48 and "Sadar" not in upazila and "City" not in upazila:
            return f"{upazila} Upazila"
        return upazila

    # -- the rows ---------------------------------------------------------------------
    def plan(self) -> list[tuple[Org, Svc, Site]]:
        """Which service is offered at which site: N_SERVICES - 1 entries (+ a duplicate)."""
        for org in ORGS:
            for n, site in enumerate(org.sites):
                excluded = NO_SERVICE_UPAZILAS[site.district]
                if site.upazila in excluded:
                    raise SystemExit(f"{org.name}: {site.upazila} is meant to have no services")
                site.point = self.random_point(site.district, site.upazila)
                landline = org.landline and (n == 0 or self.rnd.random() < 0.6)
                site.phone = self.landline(site.district) if landline else self.mobile()
        entries: list[tuple[Org, Svc, Site]] = []
        optional: list[tuple[Org, Svc, Site]] = []  # entries that may be dropped or added
        for org in ORGS:
            for svc in org.services:
                if svc.sites is not None:
                    entries += [(org, svc, org.sites[i]) for i in svc.sites]
                    continue
                usable = [s for s in org.sites if not s.confidential]
                k = self.rnd.randint(max(1, len(usable) // 2), len(usable))
                chosen = sorted(self.rnd.sample(range(len(usable)), k))
                entries += [(org, svc, usable[i]) for i in chosen]
                optional += [(org, svc, usable[i]) for i in range(len(usable)) if i not in chosen]
        target = N_SERVICES - 1
        while len(entries) > target:  # drop an entry whose service is offered elsewhere too
            org, svc, site = self.rnd.choice(entries)
            if svc.sites is None and sum(1 for e in entries if e[1] is svc) > 1:
                entries.remove((org, svc, site))
        while len(entries) < target:
            extra = optional.pop(self.rnd.randrange(len(optional)))
            entries.insert(max(i for i, e in enumerate(entries) if e[1] is extra[1]) + 1, extra)
        return entries

    def row(self, org: Org, svc: Svc, site: Site) -> dict:
        person = self.person(site.district)
        confidential = "Yes" if site.confidential else self.weighted([("No", 7), ("", 3)])
        return {
            "Organisation": org.name,
            "Service name": svc.name,
            "Service type(s)": self.service_type_text(svc),
            "Description": self.description(svc, org),
            "Division": self.weighted(DIVISION_SPELLINGS),
            "District": self.district_text(site.district),
            "Upazila": self.upazila_text(site.upazila),
            "Union": site.union if self.rnd.random() < 0.8 else "",
            "Site / facility": site.name,
            "Address": site.address,
            "Latitude": None,
            "Longitude": None,
            "Focal person": person,
            "Phone": self.phone(org, site, svc.types, svc.name),
            "Email": self.email(org, site, person),
            "Opening hours": self.hours(svc.types, site),
            "Age group": self.age(svc.types, svc.name, org),
            "Gender": self.gender(svc.types, svc.name, org),
            "Languages": self.languages(site),
            "Cost": self.cost(svc.types),
            "Accessibility": self.rnd.choice(ACCESSIBILITY),
            "Intake criteria": self.intake(svc.types),
            "Referral method": self.rnd.choice(REFERRAL),
            "Response time": "Immediate" if svc.types[0] in ("police", "helpline", "shelter") else self.rnd.choice(RESPONSE),
            "Feedback / complaints": self.rnd.choice(FEEDBACK),
            "Confidential": confidential,
            "Capacity": self.capacity(svc.types),
            "Status": self.status(),
            "Last verified": self.last_verified(),
            "_site": site,
        }

    def place_coordinates(self, rows: list[dict]) -> None:
        """Write each row's coordinates in one of the formats found in real lists."""
        public = [i for i, r in enumerate(rows) if r["Confidential"] != "Yes"]
        self.rnd.shuffle(public)
        n = len(rows)
        counts = {"zero": 1, "swapped": 2, "dms": 4, "pair": round(0.10 * n), "none": round(0.15 * n), "text": 3}
        formats = {}
        cursor = 0
        for kind, count in counts.items():
            for i in public[cursor:cursor + count]:
                formats[i] = kind
            cursor += count
        for i, r in enumerate(rows):
            lat, lon = r["_site"].point
            kind = formats.get(i, "decimal")
            digits = self.rnd.randint(4, 6)
            if kind == "decimal":
                r["Latitude"], r["Longitude"] = round(lat, digits), round(lon, digits)
            elif kind == "text":
                r["Latitude"], r["Longitude"] = f"{lat:.{digits}f}", f"{lon:.{digits}f} "
            elif kind == "pair":
                sep = self.rnd.choice([", ", ",", ", "])
                r["Latitude"] = f"{lat:.{digits}f}{sep}{lon:.{digits}f}"
            elif kind == "dms":
                spaced = self.rnd.random() < 0.5
                r["Latitude"], r["Longitude"] = dms(lat, "N", "S", spaced), dms(lon, "E", "W", spaced)
            elif kind == "swapped":
                r["Latitude"], r["Longitude"] = round(lon, digits), round(lat, digits)
            elif kind == "zero":
                r["Latitude"], r["Longitude"] = 0, 0
            # "none": both stay empty

    def rows(self) -> list[dict]:
        rows = [self.row(*entry) for entry in self.plan()]
        self.place_coordinates(rows)
        # One service entered twice, with different spacing and case, further down the list.
        source = next(r for r in rows if r["Organisation"] == "Example Legal Aid Society"
                      and r["_site"].district == CXB and r["Latitude"] not in (None, 0))
        twin = dict(source)
        twin["Organisation"] = "Example  Legal Aid society"
        twin["Service name"] = twin["Service name"].lower().replace("&", "&  ") + " "
        twin["District"] = "Coxs Bazar "
        twin["Last verified"] = ""
        rows.insert(rows.index(source) + self.rnd.randint(25, 40), twin)
        # Two mobile numbers typed into a number-formatted cell: Excel dropped the leading 0.
        plain = [r for r in rows if isinstance(r["Phone"], str) and re.fullmatch(r"01\d{3}-555\d{3}", r["Phone"])]
        for r in self.rnd.sample(plain, 2):
            r["Phone"] = int(r["Phone"].replace("-", ""))
        assert len(rows) == N_SERVICES, len(rows)
        return rows


def dms(value: float, pos: str, neg: str, spaced: bool) -> str:
    hemi = pos if value >= 0 else neg
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = round(((value - deg) * 60 - minutes) * 60)
    if seconds == 60:
        minutes, seconds = minutes + 1, 0
    return f"{deg}° {minutes:02d}' {seconds:02d}\" {hemi}" if spaced else f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}"


def check(rows: list[dict], adm3: gpd.GeoDataFrame) -> None:
    """Sanity checks of what was generated."""
    confidential = [r for r in rows if r["Confidential"] == "Yes"]
    assert len(confidential) == 3 and all(isinstance(r["Latitude"], float) for r in confidential)
    for r in rows:
        site = r["_site"]
        poly = adm3[(adm3.adm2_name == site.district) & (adm3.adm3_name == site.upazila)].geometry.iloc[0]
        if isinstance(r["Latitude"], float) and isinstance(r["Longitude"], float) and r["Latitude"] < 30:
            assert poly.contains(shapely.Point(r["Longitude"], r["Latitude"])), (site, r["Latitude"])
        for address in re.findall(r"[\w.+-]+@[\w.-]+", r["Email"]):
            assert address.endswith(("@example.org", "@example.net")), address
    for district, empty in NO_SERVICE_UPAZILAS.items():
        assert not any(r["_site"].district == district and r["_site"].upazila in empty for r in rows)


# --------------------------------------------------------------------------------------
# The workbook
# --------------------------------------------------------------------------------------

README_LINES = [
    ("Chattogram Division – Child Protection & GBV Service Mapping", "title"),
    ("FICTIONAL DEMO DATA – every organisation, person, phone number, e-mail and location in this workbook is invented.", "warn"),
    ("", None),
    ("About this workbook", "head"),
    ("This list is kept by the Child Protection and GBV coordination groups of the Chattogram division (demo).", None),
    ("It lists services for children and for survivors of gender-based violence in Rangamati, Bandarban,", None),
    ("Khagrachhari, Cox's Bazar and Chattogram districts, so that case workers can refer people safely.", None),
    ("", None),
    ("How to update", "head"),
    ("1. One row per service per site. If a service runs at two sites, enter two rows.", None),
    ("2. Use the dropdowns for Status and Confidential (values on the 'Lists' sheet).", None),
    ("3. Coordinates in decimal degrees (e.g. 21.2081 and 92.1650); leave blank if unknown.", None),
    ("4. Safe houses: mark Confidential = Yes. Their location must never be shared or printed.", None),
    ("5. Write the date you last checked the service with the provider in 'Last verified'.", None),
    ("6. Do not change the hashtag row (row 5): it lets other tools read the list (HXL).", None),
    ("", None),
    ("Emergency and helpline numbers", "head"),
    ("Child Helpline: 1098   |   Violence against women and children: 109   |   Emergency: 999", None),
    ("", None),
    ("Contact the coordination group secretariat (demo): cp-gbv-coordination@example.org", None),
    (f"Last updated: {LAST_UPDATED:%d %B %Y}", None),
]

LISTS = {
    "Service type": ["Case management", "Psychosocial support / MHPSS", "Health / clinical management of rape",
                     "Legal aid", "Police help desk", "Justice / court support", "Safe shelter",
                     "Alternative care", "Family tracing & reunification", "Helpline",
                     "Child-friendly space", "Education", "Livelihoods", "Birth registration",
                     "Community-based protection", "Disability support"],
    "District": ["Bandarban", "Chattogram", "Cox's Bazar", "Khagrachhari", "Rangamati"],
    "Status": ["Active", "Temporarily closed", "Inactive"],
    "Confidential": ["Yes", "No"],
    "Cost": ["Free", "Nominal fee", "Paid"],
    "Gender": ["All", "Female", "Male"],
}


def build_workbook(rows: list[dict]) -> Workbook:
    wb = Workbook()
    bold = Font(bold=True)

    readme = wb.active
    readme.title = "Read me"
    for i, (text, style) in enumerate(README_LINES, start=1):
        cell = readme.cell(row=i, column=1, value=text or None)
        if style == "title":
            cell.font = Font(bold=True, size=16)
        elif style == "warn":
            cell.font = Font(bold=True, color="C00000")
        elif style == "head":
            cell.font = Font(bold=True, size=12)
    readme.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Services")
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Last updated: {LAST_UPDATED:%d/%m/%Y}"
    ws["A2"].font = Font(italic=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for c, (name, tag) in enumerate(zip(HEADER, HXL), start=1):
        h = ws.cell(row=4, column=c, value=name)
        h.font = bold
        h.fill = header_fill
        h.alignment = Alignment(wrap_text=True, vertical="top")
        t = ws.cell(row=5, column=c, value=tag)
        t.font = Font(italic=True, color="808080")
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS[c - 1]

    blank_after = {70, 131}  # data rows followed by an empty row
    r = 6
    for n, values in enumerate(rows, start=1):
        for name, value in values.items():
            if name.startswith("_") or value in (None, ""):
                continue
            cell = ws.cell(row=r, column=COL[name] + 1, value=value)
            if isinstance(value, date):
                cell.number_format = "dd/mm/yyyy"
        r += 1
        if n in blank_after:
            r += 1
    last_data = r - 1
    r += 1  # a blank row before the footer
    ws.cell(row=r, column=1, value=f"Total services: {len(rows)}").font = bold
    ws.cell(row=r + 1, column=1, value=(
        "Note: FICTIONAL DEMO DATA. Safe-house locations are confidential and must not be shared; "
        "contact the case management focal point for referrals. Numbers 1098, 109 and 999 are the real national lines."))
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = f"A4:{get_column_letter(len(HEADER))}{last_data}"

    lists = wb.create_sheet("Lists")
    for c, (name, values) in enumerate(LISTS.items(), start=1):
        lists.cell(row=1, column=c, value=name).font = bold
        for i, v in enumerate(values, start=2):
            lists.cell(row=i, column=c, value=v)
        lists.column_dimensions[get_column_letter(c)].width = max(14, max(len(v) for v in values) + 2)

    def validation(list_name: str, column: str) -> None:
        c = get_column_letter(list(LISTS).index(list_name) + 1)
        dv = DataValidation(type="list", formula1=f"=Lists!${c}$2:${c}${len(LISTS[list_name]) + 1}", allow_blank=True)
        dv.add(f"{get_column_letter(COL[column] + 1)}6:{get_column_letter(COL[column] + 1)}{last_data}")
        ws.add_data_validation(dv)

    validation("Status", "Status")
    validation("Confidential", "Confidential")

    wb.properties.title = TITLE
    wb.properties.creator = "ServiceMap demo generator"
    wb.properties.created = DOC_TIMESTAMP
    return wb


def save_deterministic(wb: Workbook, path: Path) -> None:
    """Save with a fixed 'modified' date and fixed zip timestamps, so reruns give the same bytes."""
    buffer = io.BytesIO()
    wb.save(buffer)
    stamp = DOC_TIMESTAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=DOC_TIMESTAMP.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)


def main() -> int:
    if not ADM3_FILE.is_file():
        raise SystemExit(f"{ADM3_FILE} is missing; run derive_boundaries.py first")
    adm3 = gpd.read_file(ADM3_FILE)
    gen = Generator(adm3)
    rows = gen.rows()
    check(rows, adm3)
    save_deterministic(build_workbook(rows), OUT_FILE)

    by_district: dict[str, int] = {}
    for r in rows:
        by_district[r["_site"].district] = by_district.get(r["_site"].district, 0) + 1
    print(f"wrote {OUT_FILE.relative_to(DEMO_DIR.parent.parent)}: {len(rows)} service rows, "
          f"{len(ORGS)} organisations, {OUT_FILE.stat().st_size / 1e3:.0f} kB")
    for district in sorted(by_district):
        print(f"  {district}: {by_district[district]} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
