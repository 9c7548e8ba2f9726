"""A KoBoToolbox export of a service-mapping form, as an information manager downloads it
(XLS, "XML values and headers", groups kept in the names, select_multiple split into 0/1 columns).

The form had English and Arabic labels; the enumerators wrote free text in either language.
Places are in the demo's Cox's Bazar district so that the rows can be placed on the demo's
boundaries. One row is a safe house ("safe_house"), three rows choose "other" with free text,
one row has no GPS (the enumerator was indoors), one row is a test submission, one row is a
duplicate re-submission of another (same organisation and service, new _uuid).

    python docs/tryout/make_list_2.py OUT.xlsx
"""
from pathlib import Path
import sys

from openpyxl import Workbook

out = Path(sys.argv[1] if len(sys.argv) > 1 else "kobo_export.xlsx")
CHOICES = ["case_management", "psychosocial", "clinical_care", "legal_aid", "safe_house", "child_friendly_space",
           "helpline", "other"]
headers = (["start", "end", "today", "deviceid", "enumerator", "consent",
            "group_org/org_name", "group_org/org_name_other", "group_org/org_type",
            "group_services/service_name", "group_services/service_type"]
           + [f"group_services/service_type/{c}" for c in CHOICES]
           + ["group_services/service_type_other", "group_services/target_group", "group_services/opening_days",
              "group_location/district", "group_location/upazila", "group_location/union", "group_location/site",
              "group_location/gps", "_gps_latitude", "_gps_longitude", "_gps_altitude", "_gps_precision",
              "group_contact/focal_point", "group_contact/phone", "group_contact/email",
              "group_contact/referral_accepted", "remarks",
              "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
              "__version__", "_tags", "_index"])
rows = [
    # org, other, type, service name, types chosen, other text, target, days, district, upazila, union, site, lat, lon, focal, phone, email, referral, remarks
    ["save_children_bd", "", "INGO", "Case management for children / إدارة حالات الأطفال", ["case_management", "psychosocial"], "",
     "children", "sun mon tue wed thu", "Cox's Bazar", "Ukhia", "Palong Khali", "Camp 8W", 21.2045, 92.1552,
     "Rahima Akter", "+8801711000201", "cm.ukhia@example.org", "yes", ""],
    ["other", "جمعية الأمل للطفولة", "NNGO", "Child friendly space Camp 15 / مساحة صديقة للطفل", ["child_friendly_space", "psychosocial"], "",
     "children", "sun mon tue wed thu sat", "Cox's Bazar", "Ukhia", "Jalia Palong", "Camp 15", 21.1627, 92.1520,
     "Abdullah Noor", "01819-000-302", "", "yes", "تعمل فقط في الصباح"],
    ["unfpa_partner", "", "UN", "Women's safe house / دار إيواء آمنة", ["safe_house", "case_management"], "",
     "women girls", "sun mon tue wed thu fri sat", "Cox's Bazar", "Ukhia", "Raja Palong", "Kutupalong host community",
     21.2173, 92.1481, "Focal point (confidential)", "01711000303", "", "no", "DO NOT SHARE LOCATION"],
    ["legal_aid_bd", "", "NNGO", "Legal counselling / الاستشارة القانونية", ["legal_aid", "other"], "Birth registration support",
     "all", "sun tue thu", "Cox's Bazar", "Teknaf", "Nhilla", "Nayapara RC", 20.9586, 92.2573,
     "Advocate Karim", "+880 1555 000304", "legal@example.org", "yes", ""],
    ["other", "Dr. Salma Clinic (private)", "private", "Clinical management of rape / الإدارة السريرية للاغتصاب", ["clinical_care"], "",
     "women girls", "everyday", "Cox's Bazar", "Cox's Bazar Sadar", "", "Sadar hospital road", 21.4402, 91.9814,
     "Dr. Salma", "0341-000305", "", "yes", "24/7 PEP"],
    ["child_helpline_1098", "", "government", "Child helpline 1098 / خط نجدة الطفل", ["helpline"], "",
     "children", "everyday", "Cox's Bazar", "Cox's Bazar Sadar", "", "", None, None,
     "Duty officer", "1098", "", "yes", "Toll free / مجاني"],
    ["save_children_bd", "", "INGO", "Case management for children / إدارة حالات الأطفال", ["case_management", "psychosocial"], "",
     "children", "sun mon tue wed thu", "Cox's Bazar", "Ukhia", "Palong Khali", "Camp 8W", 21.2045, 92.1552,
     "Rahima Akter", "+8801711000201", "cm.ukhia@example.org", "yes", "resubmitted"],
    ["test", "", "INGO", "test", ["other"], "test test", "", "", "Cox's Bazar", "Ukhia", "", "", 21.0, 92.0,
     "", "", "", "", "TEST - please delete"],
    ["other", "مركز النور النفسي", "NNGO", "Psychological first aid / الإسعافات الأولية النفسية", ["other"], "دعم نفسي اجتماعي للأمهات",
     "women", "mon wed", "Cox's Bazar", "Teknaf", "Whykong", "Camp 24", 20.9943, 92.2412,
     "Fatema", "01900-000309", "", "yes", ""],
    ["brac_like", "", "NNGO", "Learning centre / مركز تعليمي", ["other"], "Education",
     "children", "sun mon tue wed thu", "Cox's Bazar", "Ramu", "", "Ramu bazar", 21.4276, 92.1053,
     "Mr. Alam", "01711-000310", "", "no", ""],
]
wb = Workbook()
ws = wb.active
ws.title = "Service mapping 2026"
ws.append(headers)
for i, r in enumerate(rows, start=1):
    (org, org_other, org_type, name, chosen, other_text, target, days, district, upazila, union, site, lat, lon,
     focal, phone, email, referral, remarks) = r
    gps = f"{lat} {lon} 12.0 5.0" if lat is not None else None
    values = (["2026-11-0%dT09:1%d:00.000+06:00" % (i % 9 + 1, i % 10), "2026-11-0%dT09:3%d:00.000+06:00" % (i % 9 + 1, i % 10),
               "2026-11-0%d" % (i % 9 + 1), f"collect:abc{i:04d}", "enum_%d" % (i % 3 + 1), "yes",
               org, org_other, org_type, name, " ".join(chosen)]
              + [1 if c in chosen else 0 for c in CHOICES]
              + [other_text, target, days, district, upazila, union, site, gps, lat, lon,
                 12.0 if lat is not None else None, 5.0 if lat is not None else None,
                 focal, phone, email, referral, remarks,
                 412000 + i, f"6f1c2a{i:02d}-0b4e-4c8e-9d2a-12345678{i:04d}", "2026-11-0%dT03:4%d:11" % (i % 9 + 1, i % 10),
                 "", "", "submitted_via_web", "im_cxb", "vQx7Yb3", "", i])
    ws.append(values)
# The choices sheet KoBo does not export, but IMs paste in: a lookup the reader should skip.
lk = wb.create_sheet("choices")
lk.append(["list_name", "name", "label::English (en)", "label::Arabic (ar)"])
for c, en, ar in [("case_management", "Case management", "إدارة الحالات"), ("psychosocial", "Psychosocial support", "الدعم النفسي الاجتماعي"),
                  ("clinical_care", "Clinical care for survivors", "الرعاية السريرية للناجين"), ("legal_aid", "Legal aid", "المساعدة القانونية"),
                  ("safe_house", "Safe house", "دار إيواء آمنة"), ("child_friendly_space", "Child friendly space", "مساحة صديقة للطفل"),
                  ("helpline", "Helpline", "خط المساعدة"), ("other", "Other", "أخرى")]:
    lk.append(["service_type", c, en, ar])
wb.save(out)
print(out)
