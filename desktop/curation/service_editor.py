"""The service editor: every everyday field of a service, its site and its organisation in
one form, checked as the user types with the import's own rules. OK stays disabled while
a field holds a value the import would have refused or guessed at."""

from __future__ import annotations

import copy

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from importers import edit_rules as rules
from desktop.curation.services_model import ages_text
from desktop.curation.undo import Record
from desktop.window.small_screen import fit_to_screen, scrolling

STATUSES = ("active", "inactive", "defunct", "temporarily closed")
# The statuses' words: the code is kept behind each (item data) and saved; marked here for lupdate.
_STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("ServiceEditor", "active"),
    "inactive": QT_TRANSLATE_NOOP("ServiceEditor", "inactive"),
    "defunct": QT_TRANSLATE_NOOP("ServiceEditor", "defunct"),
    "temporarily closed": QT_TRANSLATE_NOOP("ServiceEditor", "temporarily closed"),
}


def status_word(code: str) -> str:
    """A status code in the interface's language ("نشطة" for "active"); a status it does not know, as stored."""
    return QCoreApplication.translate("ServiceEditor", _STATUS_WORDS[code]) if code in _STATUS_WORDS else code


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


class ServiceEditor(QDialog):
    """Edit one service. ``record()`` gives the edited copies after ``exec()`` accepted."""

    def __init__(self, before: Record, region: str | None, types=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit service"))
        self.before, self.region = before, region
        self.problems: dict[str, QLabel] = {}
        svc, site, org = before.service, before.site, before.organisation

        self.service_name = QLineEdit(svc.name)
        self.status = QComboBox()
        self.status.setEditable(True)
        for code in dict.fromkeys((svc.status, *STATUSES)):  # words shown, the code behind each
            self.status.addItem(status_word(code), code)
        self.status.setCurrentIndex(0)
        self.description = QPlainTextEdit(svc.description)
        self.description.setFixedHeight(self.fontMetrics().height() * 4)
        self.types = QListWidget()
        codes = list(dict.fromkeys([*(types.codes if types else []), *svc.service_types]))
        for code in codes:
            item = QListWidgetItem(types.label(code) if types else code)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code in svc.service_types else Qt.CheckState.Unchecked)
            self.types.addItem(item)
        self.types.setFixedHeight(self.fontMetrics().height() * 6)
        self.types.itemChanged.connect(self.check)
        self.genders = QComboBox()
        for label, value in ((self.tr("Everyone"), []), (self.tr("Women and girls"), ["female"]),
                             (self.tr("Men and boys"), ["male"])):
            self.genders.addItem(label, value)
        if svc.genders not in ([], ["female"], ["male"]):
            self.genders.addItem(", ".join(svc.genders), list(svc.genders))
        choices = [self.genders.itemData(i) for i in range(self.genders.count())]
        self.genders.setCurrentIndex(choices.index(svc.genders))
        self.languages = QLineEdit(", ".join(svc.languages))
        self.languages.setPlaceholderText(self.tr("Bangla, English, Chakma … or bn, en, ccp"))
        self.phones = QLineEdit(", ".join(rules.phones_of(svc)))
        self.emails = QLineEdit(", ".join(rules.emails_of(svc)))
        self.hours = QLineEdit(svc.schedule_text)
        self.ages = QLineEdit(ages_text(svc.minimum_age, svc.maximum_age).replace("–", "-"))
        self.referral = QLineEdit(svc.referral_method)
        self.intake = QLineEdit(svc.intake_criteria)
        self.confidential = QCheckBox(self.tr("Confidential (a safe house: never shown at its point)"))
        self.confidential.setChecked(svc.confidential)
        self.organisation = QLineEdit(org.name if org else "")
        self.site_name = QLineEdit(site.name if site else "")
        self.address = QLineEdit(site.address if site else "")
        self.latitude = QLineEdit(_fmt(site.latitude) if site else "")
        self.longitude = QLineEdit(_fmt(site.longitude) if site else "")

        service_box = QGroupBox(self.tr("Service"))
        form = QFormLayout(service_box)
        self._row(form, self.tr("Name"), self.service_name, "name")
        form.addRow(self.tr("Status"), self.status)
        self._row(form, self.tr("Service types"), self.types, "types")
        form.addRow(self.tr("Description"), self.description)
        self._row(form, self.tr("Phones"), self.phones, "phones")
        self._row(form, self.tr("E-mails"), self.emails, "emails")
        form.addRow(self.tr("Hours"), self.hours)
        self._row(form, self.tr("Ages"), self.ages, "ages")
        form.addRow(self.tr("For"), self.genders)
        self._row(form, self.tr("Languages"), self.languages, "languages")
        form.addRow(self.tr("Referral method"), self.referral)
        form.addRow(self.tr("Intake criteria"), self.intake)
        form.addRow("", self.confidential)

        org_box = QGroupBox(self.tr("Organisation (renaming it renames it for all its services)"))
        self._row(QFormLayout(org_box), self.tr("Name"), self.organisation, "organisation")
        site_box = QGroupBox(self.tr("Site"))
        site_form = QFormLayout(site_box)
        self._row(site_form, self.tr("Name"), self.site_name, "site")
        site_form.addRow(self.tr("Address"), self.address)
        site_form.addRow(self.tr("Latitude"), self.latitude)
        self._row(site_form, self.tr("Longitude"), self.longitude, "point")
        org_box.setVisible(org is not None)
        site_box.setVisible(site is not None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        boxes = QWidget()
        column = QVBoxLayout(boxes)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (service_box, org_box, site_box):
            column.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(boxes, self), 1)  # a small screen scrolls the form; the buttons stay
        layout.addWidget(self.buttons)
        for edit in (self.service_name, self.phones, self.emails, self.ages, self.languages, self.organisation,
                     self.site_name, self.latitude, self.longitude):
            edit.textChanged.connect(self.check)
        fit_to_screen(self, 600, boxes.sizeHint().height() + self.buttons.sizeHint().height() + 40)
        self.check()

    def _row(self, form: QFormLayout, label: str, edit: QWidget, key: str) -> None:
        problem = QLabel()
        problem.setStyleSheet("color: #b00020;")
        problem.setWordWrap(True)
        problem.hide()
        self.problems[key] = problem
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(edit)
        box.addWidget(problem)
        form.addRow(label, box)

    def _checks(self) -> dict[str, rules.Checked]:
        out = {
            "name": rules.check_name(self.service_name.text()),
            "phones": rules.check_phones(self.phones.text(), self.region),
            "emails": rules.check_emails(self.emails.text()),
            "ages": rules.check_ages(self.ages.text()),
            "languages": rules.check_languages(self.languages.text()),
            "types": rules.Checked(self._checked_types(), "" if self._checked_types() else "choose at least one type"),
        }
        if self.before.organisation is not None:
            out["organisation"] = rules.check_name(self.organisation.text())
        if self.before.site is not None:
            out["site"] = rules.check_name(self.site_name.text())
            out["point"] = rules.check_point(self.latitude.text(), self.longitude.text())
        return out

    def _checked_types(self) -> list[str]:
        items = [self.types.item(i) for i in range(self.types.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def check(self) -> bool:
        """Show each field's problem beside it; OK only when there is none."""
        checks = self._checks()
        for key, label in self.problems.items():
            problem = checks[key].problem if key in checks else ""
            label.setText(problem)
            label.setVisible(bool(problem))
        ok = not any(c.problem for c in checks.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def accept(self) -> None:
        if self.check():
            super().accept()

    def status_code(self) -> str:
        """The status to save: the code of the item chosen (or whose words, or code, were typed); a
        status typed that is none of them, as typed."""
        text = self.status.currentText().strip()
        if not text:
            return "active"
        for i in range(self.status.count()):
            code = self.status.itemData(i)
            if text.casefold() in (self.status.itemText(i).casefold(), str(code).casefold()):
                return code
        return text

    def record(self) -> Record:
        """Edited copies of the service, site and organisation (raises if a field is invalid)."""
        checks = self._checks()
        bad = [c.problem for c in checks.values() if c.problem]
        if bad:
            raise ValueError("; ".join(bad))
        svc = rules.with_emails(rules.with_phones(self.before.service, checks["phones"].value), checks["emails"].value)
        svc.name = checks["name"].value
        svc.status = self.status_code()
        svc.service_types = checks["types"].value
        svc.genders = list(self.genders.currentData())
        svc.languages = checks["languages"].value
        svc.description = self.description.toPlainText().strip()
        svc.schedule_text = self.hours.text().strip()
        svc.minimum_age, svc.maximum_age = checks["ages"].value
        svc.referral_method = self.referral.text().strip()
        svc.intake_criteria = self.intake.text().strip()
        svc.confidential = self.confidential.isChecked()
        org = site = None
        if self.before.organisation is not None:
            org = copy.deepcopy(self.before.organisation)
            org.name = checks["organisation"].value
        if self.before.site is not None:
            site = copy.deepcopy(self.before.site)
            site.name = checks["site"].value
            site.address = self.address.text().strip()
            lat, lon = checks["point"].value
            if (lat, lon) != (self.before.site.latitude, self.before.site.longitude):
                site.latitude, site.longitude = lat, lon
                site.location_source = "edited" if lat is not None else "none"
                site.location_level = "point" if lat is not None else ""
        return Record(svc, site, org)
