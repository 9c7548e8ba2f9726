"""A French-speaking GBV information manager's own list, written the way she would keep it in Excel.

    python docs/tryout/make_list_3.py OUTDIR      # writes cartographie_vbg.xlsx and cartographie_vbg.csv

"Cartographie des services VBG": a title row, a two-row header whose first row groups columns under
merged "Localisation" and "Contact" cells, a row of HXL hashtags under it, admin names written with
accents and French spellings ("Téknaf", "Sadar de Cox’s Bazar", "Bandarbân Sadar") beside the P-codes
of the project's country (Bangladesh, one mistyped), phone numbers written the local way with
spaces and dashes, a "Maison d'accueil sécurisée" row whose address must never leak, two rows with
nothing but an organisation, a suspended service, and a note under the table. The CSV is the same
sheet saved by Excel on a French Windows: Windows-1252, semicolons, CRLF.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
out.mkdir(parents=True, exist_ok=True)

TITLE = "Cartographie des services VBG — Cox’s Bazar et Bandarban — mise à jour décembre 2026"
GROUPS = ["", "", "", "Localisation", "", "", "", "", "Contact", "", "", "", ""]
HEADERS = ["N°", "Organisation", "Services proposés", "District", "Upazila / sous-district", "Code P (upazila)",
           "Lieu / adresse", "Coordonnées GPS", "Téléphone", "Point focal", "Courriel", "Horaires", "Statut"]
HXL = ["", "#org+name", "#service+name", "#adm2+name", "#adm3+name", "#adm3+code", "#loc+name", "#geo+coord",
       "#contact+phone", "#contact+name", "#contact+email", "#service+hours", "#status"]
ROWS = [
    [1, "Association Entraide Femmes", "Gestion de cas VBG et soutien psychosocial", "Cox’s Bazar", "Ukhiya",
     "BD20220094", "Camp 4, bloc B", "21.2065, 92.1574", "017 11 23 45 67", "Mme Rahima Akter",
     "contact@entraide.example", "dim.–jeu. 9h–17h", "En cours"],
    [2, "Clinique Solidarité Santé", "Prise en charge clinique du viol (PCCV), kits PEP sous 72 h", "Cox’s Bazar",
     "Sadar de Cox’s Bazar", "BD20220024", "Hôpital de district, salle 3", "", "0341-62 555", "Dr Karim",
     "pccv@solidarite.example", "24h/24", "En cours"],
    [3, "Association Entraide Femmes", "Maison d'accueil sécurisée pour femmes et filles survivantes", "Cox’s Bazar",
     "Téknaf", "BD20220090", "Nayapara, maison bleue derrière l'école coranique", "20.9612, 92.2544",
     "018 19 87 65 43", "Mme Nasreen", "", "24h/24", "En cours"],
    [4, "Avocats sans Frontières Locales", "Aide juridique et accompagnement au tribunal", "Bandarban",
     "Bandarbân Sadar", "BD20030014", "Centre-ville, près du tribunal", "", "+880 (0)1555-22 23 33", "Me Dupont",
     "aj@asfl.example", "sur rendez-vous", "En cours"],
    [5, "Cercle des Mères de Lama", "Espace sûr pour femmes et filles (ESFF), groupes de parole", "Bandarban", "Lama",
     "BD20030051", "Marché de Lama", "", "01700-123-456", "", "", "sam.–jeu. 8h–14h", "En cours"],
    [6, "Commissariat de Téknaf", "Bureau d'accueil femmes et enfants (police)", "Cox’s Bazar", "Téknaf",
     "BD20220090", "Commissariat central", "", "018 00 11 22 33", "Inspectrice Sultana", "", "24h/24", "En cours"],
    [7, "Ligne nationale femmes et enfants", "Ligne d'écoute nationale (violence contre les femmes et les enfants)",
     "", "", "", "", "", "109", "", "", "24h/24", "En cours"],
    [8, "Équipe mobile Espoir", "Soutien psychosocial mobile (équipe mobile)", "Cox’s Bazar", "Rāmu",
     "BD2022066", "Villages de Ramu", "", "015 55 66 77 88", "", "", "", "Suspendu"],
    [9, "Fondation Lumière", "", "", "", "", "", "", "", "", "", "", ""],
    [10, "ONG Espoir Chattogram", "", "", "", "", "", "", "", "", "", "", ""],
    [11, "Clinique Solidarité Santé", "Soins de santé mentale et soutien psychosocial (SMSPS)", "Cox’s Bazar",
     "Oukhia", "BD20220094", "Camp 12, centre de santé", "21°10'05\"N 92°08'40\"E", "017 99 88 77 66", "", "",
     "dim.–jeu. 9h–16h", "en cours"],
]
NOTE = "Source : sous-groupe VBG, décembre 2026. Ne jamais diffuser l'adresse de la maison d'accueil."

wb = Workbook()
ws = wb.active
ws.title = "Services VBG"
ws["A1"] = TITLE
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:M1")
ws.append(GROUPS)
ws.merge_cells("D2:H2")  # Localisation
ws.merge_cells("I2:L2")  # Contact
for cell in ("D2", "I2"):
    ws[cell].alignment = Alignment(horizontal="center")
    ws[cell].font = Font(bold=True)
ws.append(HEADERS)
ws.append(HXL)
for row in ROWS:
    ws.append(row)
ws.append([])
ws.append([NOTE])
for col, width in zip("ABCDEFGHIJKLM", (5, 30, 48, 14, 22, 16, 36, 20, 20, 20, 26, 18, 10)):
    ws.column_dimensions[col].width = width
wb.save(out / "cartographie_vbg.xlsx")

# What Excel writes for "CSV (séparateur : point-virgule)" on a French Windows: cp1252, ';', CRLF,
# merged cells written in their first cell only.
with open(out / "cartographie_vbg.csv", "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow([TITLE] + [""] * 12)
    w.writerow(GROUPS)
    w.writerow(HEADERS)
    w.writerow(HXL)
    for row in ROWS:
        w.writerow([str(v).replace("Rāmu", "Ramu") for v in row])  # cp1252 has no ā: Excel writes '?', she typed Ramu
    w.writerow([])
    w.writerow([NOTE] + [""] * 12)
print(out / "cartographie_vbg.xlsx", out / "cartographie_vbg.csv")
