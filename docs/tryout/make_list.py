"""The information manager's own list: written by hand the way a French-speaking IM officer would.

A merged title row, a blank row, French headers, free-text services, a safe-house row, coordinates
in degrees-minutes-seconds (and one in decimal with a comma), a phone written with spaces, a row of
notes under the table. Places are in the demo's Chattogram division (Cox's Bazar, Bandarban, Rangamati).
"""
from pathlib import Path
import sys

from openpyxl import Workbook
from openpyxl.styles import Font

out = Path(sys.argv[1] if len(sys.argv) > 1 else "liste_services.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "Services Cox"
ws["A1"] = "Cartographie des services de protection — Cox's Bazar — mise à jour novembre 2026"
ws.merge_cells("A1:J1")
ws["A1"].font = Font(bold=True, size=14)
headers = ["N°", "Organisation", "Services offerts", "District", "Upazila", "Lieu / camp",
           "Coordonnées GPS", "Téléphone", "Courriel", "Remarques"]
ws.append([])
ws.append(headers)
rows = [
    [1, "Association Entraide Femmes", "Gestion de cas VBG et soutien psychosocial", "Cox's Bazar", "Ukhia",
     "Camp 4, bloc B", "21°12'23\"N 92°09'27\"E", "+880 1711 234 567", "contact@entraide.example", ""],
    [2, "Terre des Enfants (fictif)", "Espace ami des enfants, recherche familiale", "Cox's Bazar", "Teknaf",
     "Nayapara", "20°57'36\"N 92°15'00\"E", "01819 876543", "tde@example.org", "Ouvert du dimanche au jeudi"],
    [3, "Association Entraide Femmes", "Maison sûre pour survivantes (adresse confidentielle)", "Cox's Bazar", "Ukhia",
     "Kutupalong", "21°13'05\"N 92°08'10\"E", "01711 000111", "", "Ne pas diffuser l'adresse"],
    [4, "Clinique Solidarité Santé", "Prise en charge clinique du viol (PCCV), kits PEP", "Cox's Bazar", "Cox's Bazar Sadar",
     "Hôpital de district", "21,4394 / 91,9870", "0341 62 555", "pccv@solidarite.example", ""],
    [5, "Avocats sans Frontières Locales", "Aide juridique et accompagnement au tribunal", "Bandarban", "Bandarban Sadar",
     "Centre-ville", "", "+8801555 222333", "aj@asfl.example", "Sur rendez-vous"],
    [6, "Ligne Enfance 1098", "Ligne d'écoute pour enfants, orientation", "Rangamati", "Rangamati Sadar",
     "", "", "1098", "", "Gratuit 24h/24"],
    [7, "Terre des Enfants (fictif)", "Distribution de kits de dignité", "Cox's Bazar", "Ukhia",
     "Camp 12", "21°10'05\"N 92°08'40\"E", "", "", "Activité ponctuelle"],
    [8, "Cercle des mères", "Groupes de parole, EAE (espace ami des enfants)", "Bandarban", "Lama",
     "Marché de Lama", "21°47'N 92°12'E", "01700-123-456", "", ""],
]
for r in rows:
    ws.append(r)
ws.append([])
ws.append(["Source : groupe de coordination protection, novembre 2026. Vérifier les numéros avant orientation."])
for col, width in zip("ABCDEFGHIJ", (5, 30, 45, 14, 18, 20, 26, 18, 26, 28)):
    ws.column_dimensions[col].width = width
wb.save(out)
print(out)
