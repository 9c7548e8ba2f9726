#!/bin/sh
# Second tryout, the command-line part: the KoBo export (and a copy with only the split 0/1 type
# columns), a CSV named .xlsx, a cut-short workbook, and a pathway with very long organisation names.
#   sh docs/tryout/cli_2.sh OUTDIR DEMO.gpkg      (DEMO.gpkg: any copy of the demo project)
set -u
OUT=${1:-/tmp/tryout2/cli}; DEMO=${2:?give a demo project}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
export PYTHONPATH=$REPO
SM="python -m desktop.cli"
mkdir -p "$OUT" && cd "$OUT" || exit 1
rm -f kobo.gpkg k2.gpkg long.gpkg
python "$REPO/docs/tryout/make_list_2.py" kobo_export.xlsx
B="$REPO/resources/demo/bgd_adm1.geojson $REPO/resources/demo/bgd_adm2.geojson $REPO/resources/demo/bgd_adm3.geojson"
$SM init kobo.gpkg --boundaries $B
$SM import kobo.gpkg kobo_export.xlsx --report kobo_report.json
python - <<'PY'
from openpyxl import load_workbook
wb = load_workbook("kobo_export.xlsx"); wb["Service mapping 2026"].delete_cols(11)  # the combined type column
wb.save("kobo_split_only.xlsx")
PY
$SM init k2.gpkg --boundaries $B
$SM import k2.gpkg kobo_split_only.xlsx --report k2.json
python - <<'PY'
from directory.store import Project
for f in ("kobo.gpkg", "k2.gpkg"):
    print("==", f)
    for s in Project.open(f).listing():
        print(f"  {s.organisation} | {s.name} | {s.service_types} | confidential={s.confidential}")
PY
printf "Organisation,Service,District,Upazila,Phone\nFake Org,Case management,Cox's Bazar,Ukhia,01711000999\n" > fake.xlsx
$SM import kobo.gpkg fake.xlsx; echo "rc=$?"
head -c 3000 kobo_export.xlsx > cut.xlsx
$SM import kobo.gpkg cut.xlsx; echo "rc=$?"
cp "$DEMO" long.gpkg
python - <<'PY'
from openpyxl import Workbook
wb = Workbook(); ws = wb.active
ws.append(["Organisation", "Service", "Service type", "District", "Upazila", "Phone", "Latitude", "Longitude"])
ws.append(["Association pour la Protection, la Promotion et la Défense des Droits des Femmes, des Adolescentes et des "
           "Enfants Réfugiés et Déplacés de la Région de Cox's Bazar (APPDDFAERD-CXB) — Bureau de coordination régionale",
           "Case management for adolescent girls and survivors of gender-based violence, including remote follow-up",
           "Case management", "Cox's Bazar", "Ukhia", "+880 1711 000 777 / +880 1811 000 778 / 01911000779", 21.21, 92.15])
ws.append(["جمعية حماية الطفولة والأسرة في مخيمات اللاجئين ومناطق النزوح الداخلي بمنطقة كوكس بازار — المكتب الإقليمي لتنسيق الحماية",
           "إدارة الحالات", "Case management", "Cox's Bazar", "Ukhia", "01711000780", 21.20, 92.16])
wb.save("long.xlsx")
PY
$SM import long.gpkg long.xlsx
for l in en ar; do $SM pathways long.gpkg --area BD2022 --lang $l --format pdf --out long-$l.pdf; pdftoppm -r 80 -png long-$l.pdf long-$l-all; done
pdftoppm -r 170 -png -f 2 -l 2 -x 700 -y 880 -W 720 -H 600 long-ar.pdf long-ar-zoom
