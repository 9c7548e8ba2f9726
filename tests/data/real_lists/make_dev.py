"""Generate the dev/ service-mapping lists and their hand-written labels.

Run:  python3 make_dev.py
Every row's label (types / confidential / ambiguous / intended coordinates)
is written by hand next to the row it belongs to; the script only tracks the
row numbers Excel will show.
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import uuid
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

from lists_common import Labels, dms, olc_encode, olc_decode_center

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev")
os.makedirs(OUT, exist_ok=True)

BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="DDEBF7")
TITLE_FONT = Font(bold=True, size=14)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
D = dt.date
DT = dt.datetime


def R(cells, types, **kw):
    """one service row: the cells as typed + my label for it"""
    kw["cells"] = cells
    kw["types"] = types
    return kw


def put(ws, r, cells, col=1, border=False):
    for i, v in enumerate(cells):
        if v is None or v == "":
            if border:
                ws.cell(row=r, column=col + i).border = BOX
            continue
        c = ws.cell(row=r, column=col + i, value=v)
        if border:
            c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)) and not c.number_format.startswith("d"):
            c.number_format = "dd/mm/yyyy"


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. 4w_sheet.xlsx  -- Bangladesh, Cox's Bazar + CHT, 4W with title rows
# ---------------------------------------------------------------------------
def make_4w():
    fn = "4w_sheet.xlsx"
    sheet = "4W_CP-GBV_Q1"
    lab = Labels(fn, "Single sheet '4W_CP-GBV_Q1'. Rows 1-3 merged titles, row 4 blank, "
                     "row 5 header. Services only described by Sector + Sub-sector + Activity. "
                     "A blank row and a merged sub-header 'CHITTAGONG HILL TRACTS (CHT)' split "
                     "the table; a TOTAL row and three note rows follow it. No coordinates at all, "
                     "only admin names + some P-codes (BD2022, BD202294, BD202290, BD2084, BD2003).")
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    hdr = ["S/N", "Sector", "Sub-sector", "Activity", "Lead Organisation",
           "Implementing Partner", "Admin1 (Division)", "District", "District Pcode",
           "Upazila", "Upazila Pcode", "Camp / Union", "Focal point", "Contact number",
           "Status", "Last updated"]
    n = len(hdr)
    ws["A1"] = "Child Protection & GBV Sub-Sectors – 4W Service Mapping (Who does What, Where, When)"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = "Cox's Bazar & Chittagong Hill Tracts  |  Reporting period: Jan – Mar 2024  |  version 3"
    ws["A3"] = ("Internal use only - please do not share outside the sub-sectors. "
                "Addresses of shelters are NOT included, contact GBV SS coordinator for referral.")
    ws["A3"].font = Font(italic=True, color="C00000")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    put(ws, 5, hdr)
    for c in range(1, n + 1):
        ws.cell(row=5, column=c).font = BOLD
        ws.cell(row=5, column=c).fill = HDR_FILL
        ws.cell(row=5, column=c).alignment = Alignment(wrap_text=True, vertical="center")

    CTG = "Chattogram"
    cxb = [
        R(["Protection", "Child Protection",
           "Case management for children at risk (BIA/BID), referral & follow-up",
           "UNICEF", "Shishu Suraksha Foundation (SSF)", CTG, "Cox's Bazar", "BD2022", "Ukhia",
           "BD202294", "Camp 1E", "Md. Rafiqul Islam", "01711-234567", "Ongoing", D(2024, 3, 12)],
          ["case_management"]),
        R(["Protection", "Child Protection",
           "Child Friendly Space - recreational and PSS activities for 6-17 yrs",
           "UNICEF", "Shishu Suraksha Foundation (SSF)", CTG, "Cox's Bazar", "BD2022", "Ukhia",
           "BD202294", "Camp 1E", "Md. Rafiqul Islam", "01711-234567", "Ongoing", "12/03/2024"],
          ["child_friendly_space", "mhpss"]),
        R(["Protection", "CP", "FTR for UASC, IDTR", "UNHCR", "Bandhan Relief Society", CTG,
           "Cox’s Bazar", "BD2022", "Ukhiya", "BD202294", "Camp 4 Ext", "Sharmin Akter",
           "+8801819-445566", "ongoing", "2024-02-28"],
          ["family_tracing"]),
        R(["Protection", "GBV", "GBV case management & PSS in WGSS", "UNFPA",
           "Nari Shakti Unnayan Kendra (NSUK)", CTG, "Cox's Bazar", "BD2022", "Ukhia", "BD202294",
           "Camp 8W", "Farzana Yasmin", "01812 300 411", "Ongoing", D(2024, 3, 1)],
          ["case_management", "mhpss", "community_based_protection"], key="nsuk8w"),
        R(["Protection", "GBV", "Emergency shelter for GBV survivors (location confidential)",
           "UNHCR", "Nari Shakti Unnayan Kendra (NSUK)", CTG, "Cox's Bazar", "BD2022",
           "Cox's Bazar Sadar", "", "", "Farzana Yasmin", "01812 300 411", "Ongoing",
           D(2024, 3, 1)],
          ["safe_shelter"], conf=True,
          note="confidentiality only stated in brackets after the activity text"),
        R(["Health", "SRH / GBV",
           "Clinical management of rape (CMR), PEP within 72 hrs, EC - PHC camp 12",
           "Green Crescent Health Alliance", "Green Crescent Health Alliance", CTG, "Cox's Bazar",
           "BD2022", "Ukhia", "BD202294", "Camp 12", "Dr. Tanvir Ahmed", "01915-002233", "Ongoing",
           "Mar-24"],
          ["health"]),
        R(["Protection", "General Protection",
           "Legal aid: counselling, mediation & court representation (family law, dowry, DV)",
           "UNHCR", "Ain O Nyay Legal Aid Centre", CTG, "Cox's Bazar", "BD2022",
           "Cox's Bazar Sadar", "", "Jhilongja", "Adv. Nasrin Sultana", "0341-62345", "Ongoing",
           D(2024, 2, 15)],
          ["legal_aid"]),
        R(["Protection", "GBV",
           "Women and Girls Safe Space - life skills, awareness sessions, recreational activities",
           "UNFPA", "Alo Jibon Trust", CTG, "Cox's Bazar", "BD2022", "Ukhia", "BD202294",
           "Camp-15", "Roksana Begum", "01730-987654", "On-going", "5 March 2024"],
          ["community_based_protection"],
          note="WGSS = community_based_protection; no explicit PSS/CM mentioned"),
        R(["Protection", "Child Protection",
           "Community based child protection committees (CBCPC) and adolescent clubs",
           "UNICEF", "Coastal Children's Rights Forum (CCRF)", CTG, "Cox's Bazar", "BD2022",
           "Ukhia", "BD202294", "camp 18", "Abdul Karim", "01556-123321", "Ongoing",
           D(2024, 1, 30)],
          ["community_based_protection"]),
        R(["Education", "Education", "Learning centre (Myanmar curriculum) Level 1-4",
           "UNICEF", "Sabuj Paatha Education Trust", CTG, "Cox's Bazar", "BD2022", "Teknaf",
           "BD202290", "Camp 24", "Jannatul Ferdous", "01799-765432", "Ongoing",
           D(2024, 2, 1)],
          ["education"]),
        R(["Protection", "CP",
           "Pyschosocial support for children at CFS + parenting sessions for caregivers",
           "Hope Bridge International", "Hope Bridge International", CTG, "Cox's Bazar",
           "BD2022", "Teknaf", "BD202290", "Camp 26 (Nayapara)", "Mizanur Rahman",
           "018-19998877", "Ongoing", D(2024, 3, 10)],
          ["child_friendly_space", "mhpss"], note="typo 'Pyschosocial' is in the source"),
        R(["WASH", "WASH", "Latrine desludging, hygiene kit distribution",
           "Clean Water Bangladesh (CWB)", "", CTG, "Cox's Bazar", "BD2022", "Teknaf ", "BD202290",
           "Camp 27", "Eng. Habibur Rahman", "01677-441122", "Ongoing", D(2024, 3, 3)],
          [], note="WASH only"),
        R(["Protection", "GBV",
           "Cash assistance for GBV survivors (case-by-case, through CM referral)",
           "UNFPA", "Nari Shakti Unnayan Kendra (NSUK)", CTG, "Cox's Bazar", "BD2022", "Ukhia",
           "BD202294", "Camp 8W", "Farzana Yasmin", "01812 300 411", "Ongoing", D(2024, 3, 1)],
          ["livelihoods"],
          note="the service is cash; case management is only the referral route"),
        R(["Health", "MHPSS",
           "Specialised mental health – psychiatrist visits 2x/month, psychotropic meds",
           "Green Crescent Health Alliance", "", CTG, "Cox's Bazar", "BD2022", "Ukhia",
           "BD202294", "Kutupalong RC", "Dr. Tanvir Ahmed", "01915-002233", "Ongoing", "Mar-24"],
          ["mhpss"]),
        R(["Protection", "Child Protection",
           "Birth registration support for host community children (with UP)",
           "UNICEF", "Coastal Children's Rights Forum (CCRF)", CTG, "Cox's Bazar", "BD2022",
           "Ukhia", "BD202294", "Raja Palong", "Abdul Karim", "01556-123321", "Ongoing",
           D(2024, 1, 30)],
          ["birth_registration"]),
        R(["Protection", "CP", "Interim care / foster care arrangement for UASC", "UNICEF",
           "Bandhan Relief Society", CTG, "Cox's Bazar", "BD2022", "Ukhia", "BD202294",
           "Camp 4 Ext", "Sharmin Akter", "+8801819-445566", "ongoing", "2024-02-28"],
          ["alternative_care"], note="UASC mentioned but the service is interim/foster care"),
        R(["Protection", "GBV", "GBV Hotline (24/7) - information & referral", "UNFPA",
           "Alo Jibon Trust", CTG, "Cox's Bazar", "BD2022", "", "", "District-wide",
           "Hotline supervisor", "09612-345678", "Ongoing", "5 March 2024"],
          ["helpline"]),
        R(["Protection", "General Protection",
           "Women, Children, Elderly & Disabled Support Desk at Ukhia Police Station",
           "Bangladesh Police", "", CTG, "Cox's Bazar", "BD2022", "Ukhia", "BD202294",
           "Ukhia Sadar", "SI Kamrun Nahar", "01320-109911", "Ongoing", D(2024, 2, 20)],
          ["police"]),
        R(["Protection", "GBV", "mobile legal clinic + paralegal support for SGBV survivors",
           "UNHCR", "Ain O Nyay Legal Aid Centre", CTG, "Cox's Bazar", "BD2022", "Teknaf",
           "BD202290", "Camp 22 (Unchiprang)", "Adv. Nasrin Sultana", "0341-62345", "Ongoing",
           D(2024, 2, 15)],
          ["legal_aid"]),
        R(["Food Security", "Livelihoods",
           "Skills development for adolescent girls & women (tailoring, handicraft), savings groups",
           "Ekata Development Organisation", "", CTG, "Cox's Bazar", "BD2022", "Ukhia",
           "BD202294", "Palong Khali", "Shahana Parvin", "01911-556644", "Ongoing", "Feb 2024"],
          ["livelihoods"]),
        R(["Protection", "Disability inclusion",
           "Physiotherapy & assistive devices for children with disabilities",
           "Moitree Disability Inclusion Network", "", CTG, "Cox's Bazar", "BD2022", "Ukhia",
           "BD202294", "Camp 13", "Dipankar Barua", "01817-220033", "Ongoing", D(2024, 3, 14)],
          ["disability_support"]),
        R(["Protection", "Child Protection", "Child protection services", "UNICEF",
           "Hope Bridge International", CTG, "Cox's Bazar", "BD2022", "Teknaf", "BD202290",
           "Camp 25", "Mizanur Rahman", "018-19998877", "Ongoing", D(2024, 3, 10)],
          ["case_management"], amb=True,
          note="only the sector is given; a coordinator would most likely file it as CP case management"),
        R(["Protection", "GBV", "GBV response", "UNFPA", "Ekata Development Organisation", CTG,
           "Cox's Bazar", "BD2022", "Ukhia", "BD202294", "Camp 20 Ext", "Shahana Parvin",
           "01911-556644", "Planned", ""],
          ["case_management"], amb=True, note="'GBV response' says nothing concrete"),
        R(["Protection", "GBV", "Dignity kit distribution (2,500 kits)", "UNFPA",
           "Alo Jibon Trust", CTG, "Cox's Bazar", "BD2022", "Ukhia", "BD202294", "Camp 15",
           "Roksana Begum", "01730-987654", "Completed", D(2024, 1, 20)],
          [], note="distribution only"),
        R(["Protection", "GBV", "GBV CM, PSS & WGSS activities", "UNFPA", "NSUK", CTG,
           "Cox's bazar", "BD2022", "UKHIA", "BD202294", "Camp 8-W", "Farzana Yasmin",
           "01812300411", "Ongoing", "05/03/2024"],
          ["case_management", "mhpss", "community_based_protection"], dup="nsuk8w",
          note="same WGSS as the NSUK Camp 8W row, reported again by the IP"),
        R(["Protection", "Child Protection", "Children's Court (Nari o Shishu Nirjatan Daman "
           "Tribunal) Cox's Bazar - child cases heard Sun-Wed", "Govt. (Ministry of Law)", "",
           CTG, "Cox's Bazar", "BD2022", "Cox's Bazar Sadar", "", "Court Hill area", "Bench clerk",
           "", "Ongoing", ""],
          ["justice"]),
    ]
    cht = [
        R(["Protection", "Child Protection",
           "Case management & referral for child survivors of violence", "UNICEF",
           "Pahar Shishu Kalyan Sangstha", CTG, "Rangamati", "BD2084", "Rangamati Sadar", "",
           "Rangamati Pourashava", "Ananda Chakma", "01820-334455", "Ongoing", D(2024, 2, 25)],
          ["case_management"]),
        R(["Protection", "GBV",
           "Safe home for adolescent girls at risk of child marriage / trafficking",
           "UNFPA", "Hill Tracts Women's Forum (HTWF)", CTG, "Bandarban", "BD2003", "Lama", "", "",
           "Mya Mya Marma", "01556-778899", "Ongoing", "Feb-24"],
          ["safe_shelter"], conf=True,
          note="a safe home: confidential by nature although the text does not say so"),
        R(["Protection", "CP", "Awareness on child marriage, formation of CP committees in paras",
           "UNICEF", "Pahar Shishu Kalyan Sangstha", CTG, "Khagrachari", "", "Dighinala", "", "",
           "Ananda Chakma", "01820-334455", "Ongoing", D(2024, 2, 25)],
          ["community_based_protection"]),
        R(["Protection", "MHPSS", "PFA & basic counselling for flood-affected families",
           "Hill Tracts Women's Forum (HTWF)", "", CTG, "Rangamati Hill District", "BD2084",
           "Kaptai", "", "", "Mya Mya Marma", "01556-778899", "Completed", D(2023, 10, 30)],
          ["mhpss"]),
        R(["Education", "", "Non-formal education / TLS for out of school children",
           "UNICEF", "Sabuj Paatha Education Trust", CTG, "Bandarban", "BD2003", "Thanchi", "", "",
           "Jannatul Ferdous", "01799-765432", "Ongoing", D(2024, 2, 1)],
          ["education"]),
        R(["Protection", "Child Protection", "Child Helpline 1098 – outreach desk & case referral",
           "Coastal Children's Rights Forum (CCRF)", "", CTG, "Khagrachhari", "",
           "Khagrachhari Sadar", "", "", "Abdul Karim", "1098 / 01556-123321", "Ongoing",
           D(2024, 1, 30)],
          ["helpline"]),
        R(["Protection", "GBV", "Legal Aid + GBV CM for indigenous women",
           "Hill Tracts Women's Forum (HTWF)", "", CTG, "Rangamati", "BD2084", "Baghaichhari",
           "", "Sajek", "Mya Mya Marma", "01556-778899", "ongoing", "Feb-24"],
          ["legal_aid", "case_management"]),
    ]
    r = 6
    sn = 1
    for spec in cxb:
        cells = [sn] + spec["cells"]
        put(ws, r, cells, border=True)
        c = spec["cells"]
        org = c[4] or c[3]
        lab.add(sheet, r, org, f"{c[0]} / {c[1]} / {c[2]}", spec["types"],
                spec.get("conf", False), spec.get("amb", False), None, None,
                spec.get("note"), spec.get("key"), spec.get("dup"))
        r += 1
        sn += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="CHITTAGONG HILL TRACTS (CHT)").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFF2CC")
    r += 1
    for spec in cht:
        cells = [sn] + spec["cells"]
        put(ws, r, cells, border=True)
        c = spec["cells"]
        org = c[4] or c[3]
        lab.add(sheet, r, org, f"{c[0]} / {c[1]} / {c[2]}", spec["types"],
                spec.get("conf", False), spec.get("amb", False), None, None,
                spec.get("note"), spec.get("key"), spec.get("dup"))
        r += 1
        sn += 1
    ws.cell(row=r, column=1, value="TOTAL").font = BOLD
    ws.cell(row=r, column=4, value=f"{sn - 1} activities").font = BOLD
    ws.cell(row=r, column=6, value="13 partners").font = BOLD
    r += 2
    ws.cell(row=r, column=1, value="Notes:")
    ws.cell(row=r + 1, column=1,
            value="* Shelter / safe home locations not shown. Refer through GBV SS coordinator only.")
    ws.cell(row=r + 2, column=1,
            value="Source: partner submissions compiled by CP SS IMO; Pcodes as per BBS/OCHA COD-AB (2015).")
    for d in range(r, r + 3):
        ws.cell(row=d, column=1).font = Font(italic=True)
    widths(ws, [5, 13, 16, 55, 26, 30, 12, 14, 9, 18, 10, 18, 20, 18, 10, 13])
    ws.freeze_panes = "E6"
    ws.auto_filter.ref = f"A5:{get_column_letter(n)}{5 + len(cxb)}"
    for row in ws.iter_rows(min_row=6, max_row=r, min_col=16, max_col=16):
        for c in row:
            if isinstance(c.value, dt.date):
                c.number_format = "dd-mmm-yy"
    path = os.path.join(OUT, fn)
    wb.save(path)
    lab.write(OUT)
    return path, lab


# ---------------------------------------------------------------------------
# 2. liste_services_fr.xlsx -- DRC, Nord-Kivu (+1 Sud-Kivu), French free text
# ---------------------------------------------------------------------------
def make_fr():
    fn = "liste_services_fr.xlsx"
    sheet = "Cartographie VBG-PE"
    lab = Labels(fn, "One sheet 'Cartographie VBG-PE' (+ an empty 'Feuil2'). Row 1 title (merged), "
                     "row 2 subtitle, row 3 blank, row 4 header. The 'Structure' cell of the two "
                     "AFESOK rows is merged vertically (value only in the first). Coordinates in one "
                     "cell, mostly DMS (two styles) or decimal; the shelter has no coordinates. "
                     "Total row + two NB rows under the table.")
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    hdr = ["N°", "Structure", "Services offerts", "Province", "Territoire / Ville",
           "Localité / Site", "Coordonnées GPS", "Point focal", "Téléphone", "Horaires",
           "Public cible", "Dernière mise à jour"]
    ws["A1"] = "CARTOGRAPHIE DES SERVICES VBG / PROTECTION DE L'ENFANT – GOMA ET ENVIRONS"
    ws["A1"].font = TITLE_FONT
    ws.merge_cells("A1:L1")
    ws["A2"] = "Sous-cluster VBG Nord-Kivu & GT Protection de l'Enfant – mise à jour février 2024"
    put(ws, 4, hdr)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=4, column=c).font = BOLD
        ws.cell(row=4, column=c).fill = PatternFill("solid", fgColor="FCE4D6")

    # coordinates written by hand; intended decimal values computed from the same numbers
    rows = [
        R(["Centre de Santé Bonne Espérance",
           "Prise en charge médicale des survivantes : kit PEP (<72h), contraception d'urgence, "
           "soins des IST ; référence psychosociale",
           "Nord-Kivu", "Goma", "Quartier Katoyi", "1°40'42\"S 29°13'28\"E", "Inf. Kahindo Mwamini",
           "+243 99 123 4567", "24h/24", "Femmes et filles survivantes de VBG", "12/02/2024"],
          ["health"], lat=dms(1, 40, 42, "S"), lon=dms(29, 13, 28, "E"),
          note="'référence psychosociale' = refers out, does not provide PSS"),
        R(["AFESOK – Association des Femmes Solidaires du Kivu",
           "Gestion de cas VBG, Prise en charge psychosociale, Maison d'écoute",
           "Nord-Kivu", "Goma", "Site de déplacés de Lushagala", "1°38'10\"S 29°11'24\"E",
           "Mme Furaha Baraka", "0812345670", "Lun-Sam 8h-16h", "Femmes, filles",
           DT(2024, 2, 20)],
          ["case_management", "mhpss"], lat=dms(1, 38, 10, "S"), lon=dms(29, 11, 24, "E"),
          note="maison d'écoute = listening centre (psychosocial)"),
        R([None,  # merged with the cell above
           "Maison de transit : hébergement temporaire pour survivantes et leurs enfants, "
           "accompagnement psychosocial",
           "Nord-Kivu", "Goma", "Adresse communiquée uniquement sur référencement", "",
           "Mme Furaha Baraka", "0812345670", "24h/24 – 7j/7", "Survivantes de VBG en danger",
           DT(2024, 2, 20)],
          ["safe_shelter", "mhpss"], conf=True,
          org="AFESOK – Association des Femmes Solidaires du Kivu",
          note="shelter described only in French; organisation name is in a vertically merged cell"),
        R(["Clinique Juridique « Haki na Amani »",
           "Assistance juridique et judiciaire, accompagnement des survivantes au parquet et au "
           "tribunal, médiation",
           "Nord-Kivu", "Goma", "Quartier Himbi, av. du Lac", "1°41'05\"S 29°13'50\"E",
           "Me Patrick Mumbere", "+243 97 000 1122", "Lun-Ven 8h30-15h30", "Tout public",
           "15 janvier 2024"],
          ["legal_aid"], lat=dms(1, 41, 5, "S"), lon=dms(29, 13, 50, "E")),
        R(["Tribunal pour Enfants de Goma",
           "Audiences des enfants en conflit avec la loi, mesures de garde et de protection",
           "Nord-Kivu", "Goma", "Centre-ville", "", "Greffier principal", "", "Lun-Ven",
           "Enfants en conflit avec la loi", "fév-24"],
          ["justice"]),
        R(["PSPEF – Commissariat de Goma (Police Spéciale de Protection de l'Enfant et de la Femme)",
           "Réception des plaintes VBG et maltraitance d'enfants, enquête, référence",
           "Nord-Kivu", "Goma", "Commune de Goma", "1°40'55\"S 29°13'40\"E", "OPJ Mapendo Kavira",
           "099 765 43 21 / 081 234 56 78", "24h/24", "Femmes et enfants", "fév-24"],
          ["police"], lat=dms(1, 40, 55, "S"), lon=dms(29, 13, 40, "E")),
        R(["Enfance Espoir Kivu (EEK)",
           "Espace Ami d'Enfants (EAE) : activités récréatives et psychosociales, sensibilisation",
           "Nord-Kivu", "Goma", "Site de Bulengo", "S 1°37'05'' E 29°10'12''", "M. Jean-Claude Paluku",
           "+243 81 765 0022", "Lun-Ven 8h-12h", "Enfants 3-17 ans", DT(2024, 1, 30)],
          ["child_friendly_space", "mhpss"], lat=dms(1, 37, 5, "S"), lon=dms(29, 10, 12, "E"),
          note="DMS with two apostrophes for seconds, hemisphere letter before the number"),
        R(["Enfance Espoir Kivu (EEK)",
           "Identification, documentation, recherche et réunification familiale (IDTR) des ENA/ES ; "
           "placement transitoire en famille d'accueil",
           "Nord-Kivu", "Nyiragongo", "Site de Kanyaruchinya", "-1.6012, 29.2588",
           "M. Jean-Claude Paluku", "+243 81 765 0022", "Lun-Ven", "ENA / ES (enfants non "
           "accompagnés et séparés)", DT(2024, 1, 30)],
          ["family_tracing", "alternative_care"], lat=-1.6012, lon=29.2588),
        R(["Réseau des relais communautaires de Rusayo",
           "Sensibilisation, identification et Référencement vers structure sanitaire (kit PEP)",
           "Nord-Kivu", "Nyiragongo", "Rusayo", "", "Maman Neema Sifa", "0975 55 66 77",
           "", "Communauté", "2024-01-30"],
          ["community_based_protection"], amb=True,
          note="community relays: awareness + referral only; they do not provide health care or CM"),
        R(["Femmes Debout pour le Développement (FDD)",
           "AVEC, formation professionnelle (couture, savonnerie) et AGR pour survivantes",
           "Nord-Kivu", "Masisi", "Sake", "1°34'23\"S 29°02'41\"E", "Mme Aline Kahambu",
           "+243 99 000 3344", "Mar et Jeu", "Femmes survivantes et à risque", "fév-24"],
          ["livelihoods"], lat=dms(1, 34, 23, "S"), lon=dms(29, 2, 41, "E")),
        R(["Ligne verte VBG – Division Provinciale du Genre",
           "Ligne verte gratuite : écoute, information et orientation des victimes de VBG",
           "Nord-Kivu", "Toute la province", "", "", "Chef de bureau", "177 (gratuit)",
           "24h/24", "Tout public", DT(2024, 2, 1)],
          ["helpline"]),
        R(["Bureau de l'État civil – Commune de Karisimbi",
           "Enregistrement des naissances, délivrance d'actes de naissance, jugement supplétif",
           "Nord-Kivu", "Goma", "Commune de Karisimbi", "", "Officier d'état civil", "",
           "Lundi au vendredi 8h30 - 15h30", "Enfants et parents", "15 janvier 2024"],
          ["birth_registration"]),
        R(["Solidarité Kivu",
           "Distribution de kits de dignité et AME (articles ménagers essentiels)",
           "Nord-Kivu", "Nyiragongo", "Kanyaruchinya", "", "M. Eric Bahati", "+243 82 111 2233",
           "", "Ménages déplacés", "fév-24"],
          [], note="distribution only"),
        R(["Action pour la Promotion de la Femme Rurale (APFR)", "VBG",
           "Nord-Kivu", "Rutshuru", "Rutshuru centre", "1°11'15\"S 29°26'50\"E",
           "Mme Esther Kavugho", "0997 123 000", "", "Femmes", ""],
          ["case_management"], amb=True, lat=dms(1, 11, 15, "S"), lon=dms(29, 26, 50, "E"),
          note="service column only says 'VBG'"),
        R(["Centre de Réadaptation Tujenge",
           "Réadaptation physique, appareillage orthopédique, kinésithérapie pour enfants "
           "handicapés",
           "Sud-Kivu", "Bukavu", "Quartier Nyalukemba", "2°30'27\"S 28°51'45\"E",
           "Fr. Emmanuel Cirhuza", "+243 99 456 7788", "Lun-Ven 8h-15h",
           "Enfants vivant avec handicap", DT(2024, 2, 10)],
          ["disability_support"], lat=dms(2, 30, 27, "S"), lon=dms(28, 51, 45, "E")),
        R(["APFR",
           "Espace Sûr pour Femmes et Filles (ESFF) : causeries éducatives, activités "
           "récréatives, soutien psychosocial",
           "Nord-Kivu", "Goma", "Site de Bulengo", "S 1°37'12'' E 29°10'30''",
           "Mme Esther Kavugho", "0997 123 000", "Lun-Sam 9h-15h", "Femmes et adolescentes",
           "fév-24"],
          ["community_based_protection", "mhpss"], lat=dms(1, 37, 12, "S"),
          lon=dms(29, 10, 30, "E")),
        R(["Enfance Espoir Kivu (EEK)",
           "ETAPE (Espaces Temporaires d'Apprentissage et de Protection de l'Enfant) : "
           "scolarisation des enfants déplacés",
           "Nord-Kivu", "Goma", "Site Don Bosco Ngangi", "-1.6705 ; 29.2391",
           "M. Jean-Claude Paluku", "+243 81 765 0022", "Lun-Ven 7h30-12h30", "Enfants 6-14 ans",
           DT(2024, 1, 30)],
          ["education"], lat=-1.6705, lon=29.2391,
          note="ETAPE = temporary learning space; 'protection' in the name only"),
        R(["Centre Médical Ushindi",
           "Prise en charge holistique : médicale (PEP, CU), psychosociale et juridique des "
           "survivantes",
           "Sud-Kivu", "Kalehe", "Minova", "1°42'14\"S 29°00'52\"E", "Dr. Safari Bisimwa",
           "+243 85 300 4455", "24h/24", "Survivantes de VBG", "12/02/2024"],
          ["health", "mhpss", "legal_aid"], lat=dms(1, 42, 14, "S"), lon=dms(29, 0, 52, "E")),
    ]
    r = 5
    first_afesok = None
    for i, spec in enumerate(rows, start=1):
        cells = [i] + spec["cells"]
        put(ws, r, cells)
        c = spec["cells"]
        if c[0] and c[0].startswith("AFESOK"):
            first_afesok = r
        if c[0] is None:
            ws.merge_cells(start_row=first_afesok, start_column=2, end_row=r, end_column=2)
            ws.cell(row=first_afesok, column=2).alignment = Alignment(vertical="center",
                                                                       wrap_text=True)
        lab.add(sheet, r, spec.get("org") or c[0], c[1], spec["types"], spec.get("conf", False),
                spec.get("amb", False), spec.get("lat"), spec.get("lon"), spec.get("note"))
        r += 1
    ws.cell(row=r, column=2, value=f"Total structures : {len(rows)}").font = BOLD
    ws.cell(row=r + 2, column=1,
            value="NB : les adresses et coordonnées des maisons d'hébergement ne doivent pas être "
                  "partagées.")
    ws.cell(row=r + 3, column=1,
            value="Source : membres du sous-cluster VBG / GT PE, mise à jour en cours – "
                  "merci de signaler toute erreur.")
    widths(ws, [5, 34, 60, 11, 14, 26, 24, 22, 24, 18, 26, 14])
    for row in ws.iter_rows(min_row=5, max_row=r, min_col=3, max_col=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.create_sheet("Feuil2")
    path = os.path.join(OUT, fn)
    wb.save(path)
    lab.write(OUT)
    return path, lab


# ---------------------------------------------------------------------------
# 3. kobo_export.xlsx -- Nigeria BAY states, KoBoToolbox export (XML values)
# ---------------------------------------------------------------------------
def make_kobo():
    fn = "kobo_export.xlsx"
    sheet = "CP_GBV_service_mapping_BAY"
    lab = Labels(fn, "KoBoToolbox export with XML values and headers: one header row, one row per "
                     "submission. Service types as select_multiple codes in "
                     "'group_services/service_type' + 0/1 columns; free text in "
                     "'group_services/service_type_other' and 'remarks'. Row 2 is a test submission "
                     "(org 'test', remarks 'test submission pls ignore') and is NOT labelled. "
                     "GPS in '_gps_location' as 'lat lon alt precision' plus split columns; two rows "
                     "have no GPS. org_name is a choice code unless 'other'.")
    rnd = random.Random(20240314)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    codes = ["cm", "pss", "legal", "medical", "cfs", "wgss", "ftr", "shelter", "livelihood",
             "education", "helpline", "other"]
    hdr = (["start", "end", "today", "deviceid", "enum_name", "state", "lga", "ward",
            "location_name", "org_name", "org_name_other", "group_services/service_type"]
           + [f"group_services/service_type/{c}" for c in codes]
           + ["group_services/service_type_other", "group_services/target_group",
              "group_services/days_open", "group_contact/focal_name", "group_contact/phone",
              "group_contact/email", "_gps_location", "_gps_location_latitude",
              "_gps_location_longitude", "_gps_location_altitude", "_gps_location_precision",
              "remarks", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
              "_status", "_submitted_by", "__version__", "_tags", "_index"])
    put(ws, 1, hdr)
    ORGS = {"borno_child_care_initiative": "Borno Child Care Initiative (BCCI)",
            "sauki_women_initiative": "Sauki Women Initiative",
            "ne_legal_aid_network": "North East Legal Aid Network",
            "sahel_learning_trust": "Sahel Learning Trust",
            "adamawa_women_voice": "Adamawa Women's Voice"}

    # (date, enum, state, lga, ward, location, org_code, org_other, services, other_txt,
    #  target, days, focal, phone, email, gps(lat,lon) or None, remarks) + label
    S = []

    def sub(day, enum, state, lga, ward, loc, org, org_other, svc, other_txt, target, days,
            focal, phone, email, gps, remarks, types, **kw):
        S.append(dict(day=day, enum=enum, state=state, lga=lga, ward=ward, loc=loc, org=org,
                      org_other=org_other, svc=svc, other_txt=other_txt, target=target,
                      days=days, focal=focal, phone=phone, email=email, gps=gps,
                      remarks=remarks, types=types, **kw))

    sub(D(2024, 3, 11), "admin", "borno", "mmc", "", "", "other", "test", "cm pss", "", "", "",
        "test", "080", "", (11.8469, 13.1571), "test submission pls ignore", None)
    sub(D(2024, 3, 12), "fatima_a", "borno", "mmc", "Bolori I", "Bakassi IDP camp",
        "borno_child_care_initiative", "", "cm pss cfs", "", "boys girls", "mon tue wed thu fri",
        "Aisha Bukar", "08031234567", "aisha.bukar@bcci-ng.example.org", (11.8214, 13.1356),
        "CFS open Mon-Fri 9am-1pm. CM for children at risk", ["case_management", "mhpss",
                                                            "child_friendly_space"])
    sub(D(2024, 3, 12), "fatima_a", "borno", "jere", "Mashamari", "Muna Garage",
        "sauki_women_initiative", "", "cm pss wgss", "", "women girls",
        "mon tue wed thu fri sat", "Hauwa Modu", "+2348065554433", "", (11.8623, 13.2042),
        "GBV CM. WGSS also runs IGA for women (soap making)",
        ["case_management", "mhpss", "community_based_protection", "livelihoods"],
        note="IGA (income generating activity) only mentioned in remarks")
    sub(D(2024, 3, 12), "musa_k", "borno", "jere", "Dalori", "Dalori 1 camp", "other",
        "Al-Amin Health Foundation", "medical", "", "women girls boys men",
        "mon tue wed thu fri sat sun", "Dr. Ibrahim Goni", "0803 123 4501", "", (11.7902, 13.2308),
        "CMR, PEP kits available. 24hrs", ["health"])
    sub(D(2024, 3, 13), "musa_k", "borno", "mmc", "Gamboru", "Stadium camp",
        "borno_child_care_initiative", "", "ftr", "", "boys girls", "mon tue wed thu fri",
        "Aisha Bukar", "08031234567", "aisha.bukar@bcci-ng.example.org", (11.8392, 13.1497),
        "UASC tracing & reunification, restoring family links with partners", ["family_tracing"])
    sub(D(2024, 3, 13), "fatima_a", "borno", "mmc", "Hausari", "Maiduguri, Old GRA office",
        "ne_legal_aid_network", "", "legal", "", "women men girls boys",
        "mon tue wed thu fri", "Barr. Zainab Ali", "07031112233", "info@nelan.example.org",
        (11.8311, 13.1510), "legal counselling, representation, paralegals visit camps weekly",
        ["legal_aid"], key="nelan")
    sub(D(2024, 3, 13), "fatima_a", "borno", "mmc", "", "", "other",
        "Hope Haven Women's Refuge", "shelter pss", "", "women girls",
        "mon tue wed thu fri sat sun", "Mrs. Rakiya", "0809 876 5432", "",
        (11.8437, 13.1689), "SAFE HOUSE - do not share location/GPS outside GBV SS",
        ["safe_shelter", "mhpss"], conf=True,
        note="GPS was captured although remarks say the location must not be shared")
    sub(D(2024, 3, 14), "yakubu_d", "borno", "gwoza", "Gwoza Wakane", "Gwoza town",
        "sauki_women_initiative", "", "pss wgss", "", "women girls", "mon wed fri",
        "Yagana Kachalla", "8065551122", "", (11.0833, 13.6917), "",
        ["mhpss", "community_based_protection"], note="phone lost its leading 0")
    sub(D(2024, 3, 14), "yakubu_d", "borno", "bama", "Bama", "Bama GSS camp",
        "borno_child_care_initiative", "", "cm pss", "", "boys girls", "mon tue wed thu fri",
        "Bulama Ali", "08149990011", "", (11.5215, 13.6856),
        "CM suspended since Feb 2024 (funding gap), PSS ongoing", ["mhpss"], amb=True,
        note="form still ticks cm but remarks say case management is suspended")
    sub(D(2024, 3, 14), "yakubu_d", "borno", "monguno", "Kumalia", "Monguno camp",
        "sahel_learning_trust", "", "education cfs", "", "boys girls", "mon tue wed thu fri",
        "Mohammed Lawan", "+234 803 999 1212", "", (12.6705, 13.6101), "TLS + CFS in same compound",
        ["education", "child_friendly_space"])
    sub(D(2024, 3, 15), "musa_k", "borno", "konduga", "Konduga", "Konduga town", "other",
        "Konduga Youth Vocational Centre", "livelihood", "", "boys men",
        "mon tue wed thu", "Abba Kyari", "08023334455", "", (11.6508, 13.4180),
        "tailoring, welding, starter kits for adolescents formerly associated w/ armed groups "
        "(CAAFAG)", ["livelihoods"])
    sub(D(2024, 3, 15), "grace_j", "adamawa", "yola_south", "Makama B", "Malkohi camp",
        "adamawa_women_voice", "", "cm legal", "", "women girls", "mon tue wed thu fri",
        "Grace John", "08167778899", "gjohn@awv.example.org", (9.2462, 12.3997), "",
        ["case_management", "legal_aid"])
    sub(D(2024, 3, 15), "grace_j", "adamawa", "yola_north", "Jimeta", "Jimeta police division",
        "other", "Family Support Unit (FSU), Nigeria Police - Jimeta", "other",
        "police family support unit", "women girls boys men", "mon tue wed thu fri sat sun",
        "Insp. Mary Audu", "0803 555 0101", "", None,
        "GPS not captured, office inside Jimeta divisional HQ", ["police"])
    sub(D(2024, 3, 16), "grace_j", "adamawa", "mubi_north", "Sabon Layi", "Mubi", "other",
        "Mubi Rehab Clinic", "other", "physiotherapy, wheelchairs & crutches",
        "boys girls men women", "tue thu", "Samuel Yohanna", "09012223344", "",
        (10.2674, 13.2641), "", ["disability_support"])
    sub(D(2024, 3, 16), "grace_j", "adamawa", "michika", "Michika I", "Michika",
        "adamawa_women_voice", "", "wgss", "", "women girls", "mon wed fri",
        "Grace John", "08167778899", "gjohn@awv.example.org", (10.6211, 13.3925),
        "dignity kits + awareness sessions", ["community_based_protection"])
    sub(D(2024, 3, 18), "hassan_m", "yobe", "damaturu", "Nayinawa", "Damaturu", "other",
        "Yobe Child Helpline", "helpline", "", "boys girls", "mon tue wed thu fri sat sun",
        "Call centre", "0800 000 1234", "", (11.7470, 11.9608), "toll free, 8am-8pm",
        ["helpline"])
    sub(D(2024, 3, 18), "hassan_m", "yobe", "potiskum", "Mamudo", "Potiskum",
        "sahel_learning_trust", "", "education", "", "boys girls", "mon tue wed thu fri",
        "Mohammed Lawan", "+234 803 999 1212", "", (11.7128, 11.0780), "", ["education"])
    sub(D(2024, 3, 18), "hassan_m", "yobe", "damaturu", "Sasawa", "Damaturu", "other",
        "Ministry of Women Affairs - Damaturu", "other",
        "birth registration support + foster placement", "boys girls women",
        "mon tue wed thu fri", "Hajiya Fatsuma", "07039998877", "", (11.7441, 11.9652), "",
        ["birth_registration", "alternative_care"])
    sub(D(2024, 3, 19), "fatima_a", "borno", "ngala", "Gamboru", "Ngala camp",
        "borno_child_care_initiative", "", "cm", "", "boys girls", "mon tue wed thu fri",
        "Bulama Ali", "08149990011", "", (12.3403, 14.1805),
        "CP CM incl. BIA/BID for UASC; FTR referrals to partner", ["case_management"],
        note="FTR is only a referral")
    sub(D(2024, 3, 19), "fatima_a", "borno", "dikwa", "Dikwa", "Dikwa town", "other",
        "Dikwa Comprehensive Health Centre", "medical pss", "", "women girls boys men",
        "mon tue wed thu fri sat sun", "Nurse Amina", "08120001111", "", (12.0356, 13.9183), "",
        ["health", "mhpss"])
    sub(D(2024, 3, 20), "fatima_a", "borno", "mmc", "Hausari", "Maiduguri, Old GRA office",
        "ne_legal_aid_network", "", "legal", "", "women men girls boys",
        "mon tue wed thu fri", "Barr. Zainab Ali", "07031112233", "info@nelan.example.org",
        (11.8311, 13.1510), "legal counselling, representation, paralegals visit camps weekly",
        ["legal_aid"], dup="nelan", note="same submission sent twice (new _uuid)")
    sub(D(2024, 3, 20), "musa_k", "borno", "mmc", "Shehuri North", "Shehuri", "other",
        "Juvenile Court Maiduguri", "other", "juvenile court", "boys girls",
        "mon tue wed thu", "Registrar", "", "", None, "", ["justice"])
    sub(D(2024, 3, 21), "musa_k", "borno", "jere", "Old Maiduguri", "Gubio camp", "other",
        "Sahel Food Relief", "other", "food distribution", "women men boys girls", "sat",
        "Kolo Musa", "08035556677", "", (11.8758, 13.1102), "monthly", [])
    sub(D(2024, 3, 21), "hauwa_b", "borno", "mmc", "Bolori II", "Teachers Village camp",
        "sauki_women_initiative", "", "other", "GBV services", "women girls",
        "mon tue wed thu fri", "Hauwa Modu", "+2348065554433", "", (11.8610, 13.1540), "GBV",
        ["case_management"], amb=True, note="only 'GBV services'/'GBV' given")

    r = 2
    for i, s in enumerate(S, start=1):
        start = DT.combine(s["day"], dt.time(8 + rnd.randint(0, 6), rnd.randint(0, 59),
                                             rnd.randint(0, 59)))
        end = start + dt.timedelta(minutes=rnd.randint(4, 25), seconds=rnd.randint(0, 59))
        sub_t = end + dt.timedelta(hours=rnd.randint(0, 30), minutes=rnd.randint(0, 59))
        tz = "+01:00"
        svc = s["svc"].split()
        cols = ([start.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rnd.randint(0, 999):03d}" + tz,
                 end.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rnd.randint(0, 999):03d}" + tz,
                 s["day"].isoformat(),
                 "collect:" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(16)),
                 s["enum"], s["state"], s["lga"], s["ward"], s["loc"], s["org"],
                 s["org_other"], s["svc"]]
                + [(1 if c in svc else 0) for c in codes]
                + [s["other_txt"], s["target"], s["days"], s["focal"], s["phone"], s["email"]])
        if s["gps"]:
            la = s["gps"][0] + rnd.uniform(-0.00004, 0.00004)
            lo = s["gps"][1] + rnd.uniform(-0.00004, 0.00004)
            alt = round(rnd.uniform(290, 360), 1) if s["state"] != "yobe" else round(
                rnd.uniform(400, 460), 1)
            acc = round(rnd.choice([3.9, 4.8, 5.0, 9.6, 12.0, 24.3]), 1)
            cols += [f"{la:.8f} {lo:.8f} {alt} {acc}", round(la, 8), round(lo, 8), alt, acc]
        else:
            cols += ["", "", "", "", ""]
        u = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        cols += [s["remarks"], 180224500 + i * 37 + rnd.randint(0, 9), u,
                 sub_t.strftime("%Y-%m-%dT%H:%M:%S"), "", "", "submitted_via_web", "",
                 "vGqR7xT2kLm9PbW3sYd4Nz", "", i]
        put(ws, r, cols)
        if s["types"] is not None:
            org = ORGS.get(s["org"], s["org_other"])
            text = f"service_type: {s['svc']}"
            if s["other_txt"]:
                text += f" | other: {s['other_txt']}"
            if s["remarks"]:
                text += f" | remarks: {s['remarks']}"
            lab.add(sheet, r, org, text, s["types"], s.get("conf", False), s.get("amb", False),
                    s["gps"][0] if s["gps"] else None, s["gps"][1] if s["gps"] else None,
                    s.get("note"), s.get("key"), s.get("dup"))
        r += 1
    path = os.path.join(OUT, fn)
    wb.save(path)
    lab.write(OUT)
    return path, lab


# ---------------------------------------------------------------------------
# 4. types_in_remarks.xlsx -- Bangladesh (CXB + CHT + Chattogram), types only in Remarks
# ---------------------------------------------------------------------------
def make_remarks():
    fn = "types_in_remarks.xlsx"
    sheet = "Service list"
    lab = Labels(fn, "Plain list, header in row 1: Agency | Facility | Location | Lat | Long | "
                     "Phone | Remarks. Types only in Remarks (field abbreviations). Coordinates "
                     "written many ways: DMS in the two Lat/Long cells, DMS without symbols, "
                     "decimal with N/E letters (sometimes both in the Lat cell, sometimes inside "
                     "the Location text), Garmin style N23°14.958' E092°03.660', one Plus Code in "
                     "the Lat cell, plain decimals. One blank row and a 'CHT' label row in "
                     "the middle (not services). Notes under the table.")
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    hdr = ["Agency", "Facility", "Location", "Lat", "Long", "Phone", "Remarks"]
    put(ws, 1, hdr)
    for c in range(1, 8):
        ws.cell(row=1, column=c).font = BOLD
    pc_lat, pc_lon = 21.1897, 92.1578
    PLUS = olc_encode(pc_lat, pc_lon)
    pc_c = olc_decode_center(PLUS)
    part1 = [
        R(["Shishu Suraksha Foundation", "SSF CFS Camp 2W", "Camp 2W, Ukhia", "21°12'39\"N",
           "92°08'57\"E", "01711-556677", "CFS + PSS, 6-17 yrs, Sat-Thu"],
          ["child_friendly_space", "mhpss"], lat=dms(21, 12, 39), lon=dms(92, 8, 57)),
        R(["Nari Shakti (NSUK)", "WGSS Camp 5", "Camp 5 block C, 21.2065N 92.1574E", "", "",
           "01812-300412", "WGSS. IPV cases referred to GBV CM at Camp 8W"],
          ["community_based_protection"], lat=21.2065, lon=92.1574,
          note="coordinates inside the Location text; CM is only a referral elsewhere"),
        R(["Alo Jibon Trust", "GBV service point", "Camp 9", "21.1925N", "92.1523E",
           "01730-987650", "GBV CM + PSS, PFA"],
          ["case_management", "mhpss"], lat=21.1925, lon=92.1523, key="ajt9"),
        R(["Green Crescent Health Alliance", "PHC Camp 11", "Camp 11", "21 10 55 N",
           "92 09 02 E", "01915-002234", "CMR & PEP within 72hrs, EC avail. 24/7"],
          ["health"], lat=dms(21, 10, 55), lon=dms(92, 9, 2)),
        R(["Hope Bridge Intl", "Transit centre for UASC", "Ukhia (address withheld)", "", "",
           "018-19998870", "FTR/UASC - interim care + family tracing. Location not to be shared"],
          ["family_tracing", "alternative_care", "safe_shelter"], conf=True,
          note="transit centre with interim care for UASC = transit accommodation for children "
               "at risk + interim care"),
        R(["Ain O Nyay Legal Aid Centre", "Legal aid desk", "Cox's Bazar Sadar, court area",
           "21°26'48.5\"N", "91°58'32.2\"E", "0341-62346", "SGBV legal aid, court accompaniment"],
          ["legal_aid"], lat=dms(21, 26, 48.5), lon=dms(91, 58, 32.2)),
        R(["Bangladesh Police", "Women & Children Help Desk, Teknaf Model Thana", "Teknaf",
           "20°51'44\"N", "92°17'56\"E", "01320-109922", "Police - women help desk, 24 hrs"],
          ["police"], lat=dms(20, 51, 44), lon=dms(92, 17, 56)),
        R(["Coastal Children's Rights Forum", "Birth reg. help desk",
           "Ukhia UP complex N21°17.100' E092°06.240'", "", "", "01556-123320",
           "Birth registration, CP awareness"],
          ["birth_registration", "community_based_protection"], lat=21 + 17.1 / 60,
          lon=92 + 6.24 / 60, note="Garmin-style degrees + decimal minutes inside Location text"),
        R(["Green Crescent Health Alliance", "MHPSS unit", "Kutupalong RC", 21.2106, 92.1638,
           "01915-002235", "MHPSS - psychiatrist (Tue), counselling"],
          ["mhpss"], lat=21.2106, lon=92.1638),
        R(["Moitree Disability Inclusion Network", "Rehab centre Balukhali", "Balukhali",
           PLUS, "", "01817-220034", "PwD rehab, assistive devices, physio"],
          ["disability_support"], lat=pc_c[0], lon=pc_c[1],
          note=f"full Plus Code {PLUS} in the Lat cell (centre of the code area)"),
        R(["Sabuj Paatha Education Trust", "LC cluster Camp 14", "Camp 14", 21.1643, 92.1633,
           "01799-765430", "LCs - education, 4-14 yrs"],
          ["education"], lat=21.1643, lon=92.1633),
        R(["Ekata Dev. Org", "Skills centre Jalia Palong", "Jalia Palong union, Ukhia", "", "",
           "01911-556640", "Livelihood - tailoring, CVA for GBV survivors"],
          ["livelihoods"]),
        R(["Alo Jibon Trust", "GBV Hotline", "CXB district", "", "", "09612-345678",
           "Hotline 9am-9pm, GBV info & referral"],
          ["helpline"]),
        R(["Bandhan Relief Society", "CP desk Camp 4Ext", "Camp 4 Ext", "21°13'18\"N",
           "92°09'21\"E", "+880 1819 445560", "UASC case mgmt, FTR, kinship care follow up"],
          ["case_management", "family_tracing", "alternative_care"], lat=dms(21, 13, 18),
          lon=dms(92, 9, 21)),
        R(["Nari Shakti (NSUK)", "WGSS Camp 20Ext", "Camp 20 Ext", "21°08'40\"N",
           "92°10'26\"E", "01812-300413", "WGSS, PSS groups, life skills"],
          ["community_based_protection", "mhpss"], lat=dms(21, 8, 40), lon=dms(92, 10, 26)),
        R(["Hope Bridge Intl", "CFS Camp 26", "Nayapara, Teknaf", 20.9583, 92.2531,
           "018-19998871", "CFS"],
          ["child_friendly_space"], lat=20.9583, lon=92.2531),
        R(["Hope Bridge Intl", "CP office Teknaf", "Teknaf", "", "", "018-19998872", "CP"],
          ["case_management"], amb=True, note="remarks only say 'CP'"),
        R(["Clean Water BD", "Water point Camp 24", "Leda", 20.9971, 92.2226, "01677-441120",
           "WASH only - not CP/GBV, listed for referral"],
          [], lat=20.9971, lon=92.2226),
        R(["Teknaf Upazila Health Complex", "UHC Teknaf", "Teknaf", "20.8683N 92.2978E", "",
           "", "Health, CMR"],
          ["health"], lat=20.8683, lon=92.2978, note="both coordinates in the Lat cell"),
        R(["Govt - District Judge Court", "Children's Court Cox's Bazar", "Cox's Bazar", "", "",
           "", "Justice - children's court, Sun-Thu"],
          ["justice"]),
        R(["Alo Jibon", "GBV service pt Camp 9", "Camp-9", "21.1925N, 92.1523E", "",
           "01730987650", "GBV CM, PSS"],
          ["case_management", "mhpss"], lat=21.1925, lon=92.1523, dup="ajt9",
          note="same service point as the Alo Jibon Trust Camp 9 row"),
    ]
    part2 = [
        R(["Hill Tracts Women's Forum", "HTWF Kaptai office", "Kaptai, Rangamati",
           "22.51N 92.215E", "", "01556-778890", "SGBV CM, PSS, legal referral"],
          ["case_management", "mhpss"], lat=22.51, lon=92.215,
          note="legal is only a referral"),
        R(["Hill Tracts Women's Forum", "Safe home Rangamati", "Rangamati", "", "", "",
           "safe house for survivors (DO NOT SHARE LOCATION)"],
          ["safe_shelter"], conf=True),
        R(["Pahar Shishu Kalyan Sangstha", "CP office Khagrachhari", "Khagrachhari Sadar",
           "23 10 5 N", "91 58 40 E", "01820-334450", "CP CM, BIA/BID, referral to CWC"],
          ["case_management"], lat=dms(23, 10, 5), lon=dms(91, 58, 40)),
        R(["Pahar Shishu Kalyan Sangstha", "Dighinala field office", "Dighinala",
           "N23°14.958' E092°03.660'", "", "01820-334451",
           "CFS / PSS, community CP committees"],
          ["child_friendly_space", "mhpss", "community_based_protection"],
          lat=23 + 14.958 / 60, lon=92 + 3.66 / 60),
        R(["District Social Services Office", "DSS office Bandarban", "Bandarban Sadar",
           22.1953, 92.2184, "0361-62011",
           "Govt social services: sponsorship (cash) for children in kinship care"],
          ["livelihoods", "alternative_care"], lat=22.1953, lon=92.2184,
          note="cash sponsorship supporting kinship care; could also be read as case work"),
        R(["Chattogram Women's Crisis Centre", "Crisis support point, Agrabad",
           "Agrabad, Chattogram city", "22.3260", "91.8120", "031-2510990",
           "IPV / SGBV: medical exam, PEP, CM & legal"],
          ["health", "case_management", "legal_aid"], lat=22.326, lon=91.812),
        R(["Chattogram Women's Crisis Centre", "Shelter", "Chattogram", "", "", "031-2510991",
           "Emergency accommodation up to 6 months, women & children (IPV)"],
          ["safe_shelter"], conf=True, note="shelter for IPV survivors; not explicitly marked secret"),
    ]
    r = 2
    for spec in part1:
        put(ws, r, spec["cells"])
        c = spec["cells"]
        lab.add(sheet, r, c[0], f"{c[1]} | {c[6]}", spec["types"], spec.get("conf", False),
                spec.get("amb", False), spec.get("lat"), spec.get("lon"), spec.get("note"),
                spec.get("key"), spec.get("dup"))
        r += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="CHT + Chattogram").font = BOLD
    r += 1
    for spec in part2:
        put(ws, r, spec["cells"])
        c = spec["cells"]
        lab.add(sheet, r, c[0], f"{c[1]} | {c[6]}", spec["types"], spec.get("conf", False),
                spec.get("amb", False), spec.get("lat"), spec.get("lon"), spec.get("note"))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="pls update yr rows by 30th, thx. Missing GPS = not yet visited")
    ws.cell(row=r + 1, column=1, value="last edit: 2/4/24 by SK")
    widths(ws, [30, 38, 36, 16, 14, 16, 55])
    path = os.path.join(OUT, fn)
    wb.save(path)
    lab.write(OUT)
    return path, lab


# ---------------------------------------------------------------------------
# variants
# ---------------------------------------------------------------------------
def lo_convert(src, target_filter, out_path):
    tmp = tempfile.mkdtemp(prefix="lo_conv_")
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", target_filter, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), out_path)
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)


def main():
    p4w, lab4w = make_4w()
    make_fr()
    pk, labk = make_kobo()
    make_remarks()

    # semicolon CSV (UTF-8) of the 4W sheet, made by LibreOffice (first sheet only)
    out = os.path.join(OUT, "4w_sheet_semicolon.csv")
    lo_convert(p4w, 'csv:Text - txt - csv (StarCalc):59,34,76,1', out)
    lab4w.write(OUT, file="4w_sheet_semicolon.csv",
                sheet_rename={"4W_CP-GBV_Q1": "4w_sheet_semicolon"},
                extra_note="VARIANT: LibreOffice export of 4w_sheet.xlsx to CSV, separator ';', "
                           "UTF-8, quotes around text; merged title cells become one value in "
                           "column A; same row numbers (= line numbers). 'sheet' is the file stem.")
    # wrong extension: the xlsx bytes saved as .xls
    shutil.copyfile(pk, os.path.join(OUT, "kobo_export_wrongext.xls"))
    labk.write(OUT, file="kobo_export_wrongext.xls",
               extra_note="VARIANT: byte-identical copy of kobo_export.xlsx saved with a WRONG "
                          "extension (.xls but it is an OOXML/zip workbook).")


if __name__ == "__main__":
    main()
