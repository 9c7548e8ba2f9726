"""The service editor: every everyday field of a service, its site and its organisation in
one form, checked as the user types with the import's own rules. OK stays disabled while
a field holds a value the user typed that the import would have refused or guessed at.

A value the user did not change is kept exactly as it is stored and never holds OK back, even
one the rules would refuse typed (a language the import kept as written, a phone kept as typed):
the field says so gently. Saving writes only what the user changed (third tryout, findings 10
and 16: a change of hours was refused for an untouched language, and rounded the site's point)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
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
from desktop.curation.undo import Record
from directory.same_place import Neighbour, Place
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


def _ages(minimum: int | None, maximum: int | None) -> str:
    """Ages as the field shows them: a form its own check reads back ("18+", "6-14", "<18")."""
    if minimum is None and maximum is None:
        return ""
    if maximum is None:
        return f"{minimum}+"
    if minimum is None:
        return f"<{maximum + 1}"
    return f"{minimum}-{maximum}"


class ServiceEditor(QDialog):
    """Edit one service. ``record()`` gives the edited copies after ``exec()`` accepted.

    ``neighbours``, given the place the site's fields describe, lists the other services at the
    same place (:mod:`directory.same_place`): while **Confidential** is ticked the editor names
    them, since their points still show the place, and offers to mark them confidential too
    (``also_confidential_ids()``)."""

    def __init__(self, before: Record, region: str | None, types=None, parent: QWidget | None = None,
                 neighbours: Callable[[Place | None], list[Neighbour]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit service"))
        self.before, self.region = before, region
        self._neighbours_of = neighbours
        self.neighbours: list[Neighbour] = []
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
        self.phones = QLineEdit(", ".join(map(rules.shown_phone, rules.phone_entries_of(svc))))
        self.phones.setPlaceholderText(self.tr("01712-555123, +90 531 245 67 89 (WhatsApp)"))
        self.emails = QLineEdit(", ".join(rules.emails_of(svc)))
        self.hours = QLineEdit(svc.schedule_text)
        self.ages = QLineEdit(_ages(svc.minimum_age, svc.maximum_age))
        self.referral = QLineEdit(svc.referral_method)
        self.intake = QLineEdit(svc.intake_criteria)
        self.confidential = QCheckBox(self.tr("Confidential (a safe house: never shown at its point)"))
        self.confidential.setChecked(svc.confidential)
        # The other services at this place, named while Confidential is ticked (tryout 3, finding 9).
        self.place_note = QLabel()
        self.place_note.setWordWrap(True)
        self.place_note.setTextFormat(Qt.TextFormat.PlainText)
        self.place_note.setStyleSheet("color: #7a4100;")
        self.place_note.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.also_confidential = QCheckBox()
        self.place_note.hide()
        self.also_confidential.hide()
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
        warning = QVBoxLayout()  # a layout, not a widget: the form then wraps the note to its width
        warning.addWidget(self.place_note)
        warning.addWidget(self.also_confidential)
        form.addRow("", warning)

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
        self._scroll = scrolling(boxes, self)
        layout.addWidget(self._scroll, 1)  # a small screen scrolls the form; the buttons stay
        layout.addWidget(self.buttons)
        for edit in (self.service_name, self.phones, self.emails, self.ages, self.languages, self.organisation,
                     self.site_name, self.latitude, self.longitude):
            edit.textChanged.connect(self.check)
        fit_to_screen(self, 600, boxes.sizeHint().height() + self.buttons.sizeHint().height() + 40)
        # What each field showed when the editor opened: a field still showing it was not changed.
        self._shown = {edit: edit.text() for edit in (
            self.service_name, self.phones, self.emails, self.hours, self.ages, self.languages, self.referral,
            self.intake, self.organisation, self.site_name, self.address, self.latitude, self.longitude)}
        self._shown_description = self.description.toPlainText()
        self._shown_status = (self.status.currentIndex(), self.status.currentText())
        self._shown_genders = self.genders.currentIndex()
        self.check()
        self.confidential.toggled.connect(self.show_place_warning)
        for edit in (self.latitude, self.longitude, self.address):
            edit.textChanged.connect(self.show_place_warning)
        self.show_place_warning()

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

    def _changed(self, edit: QLineEdit) -> bool:
        return edit.text() != self._shown[edit]

    def _kept(self, edit: QLineEdit, stored: object, check) -> rules.Checked:
        """An unchanged field's stored value, as it is; a changed one, checked (``check()``)."""
        if self._changed(edit):
            return check()
        return rules.Checked(stored, "", [edit.text()] if check().problem else [])

    def _text(self, edit: QLineEdit, stored: str) -> str:
        return edit.text().strip() if self._changed(edit) else stored

    def _checks(self) -> dict[str, rules.Checked]:
        svc = self.before.service

        def phones(text: str) -> rules.Checked:
            return rules.check_phones(text, self.region)

        out = {
            "name": self._kept(self.service_name, svc.name, lambda: rules.check_name(self.service_name.text())),
            "phones": rules.check_keeping(self.phones.text(), rules.phone_entries_of(svc), phones, rules.shown_phone),
            "emails": rules.check_keeping(self.emails.text(), rules.emails_of(svc), rules.check_emails),
            "ages": self._kept(self.ages, (svc.minimum_age, svc.maximum_age), lambda: rules.check_ages(self.ages.text())),
            "languages": rules.check_keeping(self.languages.text(), svc.languages, rules.check_languages),
            "types": self._types(),
        }
        if self.before.organisation is not None:
            org = self.before.organisation
            out["organisation"] = self._kept(self.organisation, org.name, lambda: rules.check_name(self.organisation.text()))
        if self.before.site is not None:
            site = self.before.site
            out["site"] = self._kept(self.site_name, site.name, lambda: rules.check_name(self.site_name.text()))
            out["point"] = self._point()
        return out

    def _types(self) -> rules.Checked:
        """The types ticked, the stored ones first in their stored order (the first decides the map's symbol)."""
        ticked = self._checked_types()
        chosen = [t for t in self.before.service.service_types if t in ticked]
        chosen += [t for t in ticked if t not in chosen]
        if chosen:
            return rules.Checked(chosen)
        if not self.before.service.service_types:  # none stored, none chosen: kept so, not refused
            return rules.Checked([], "", [""])
        return rules.Checked([], "choose at least one type")

    def _point(self) -> rules.Checked:
        """The site's point: a coordinate whose text was not changed keeps its stored value, unrounded."""
        site = self.before.site
        stored = (site.latitude, site.longitude)
        checked = rules.check_point(self.latitude.text(), self.longitude.text())
        if not self._changed(self.latitude) and not self._changed(self.longitude):
            shown = ", ".join(filter(None, (self.latitude.text(), self.longitude.text())))
            return rules.Checked(stored, "", [shown] if checked.problem else [])
        if checked.problem:
            return checked
        lat, lon = checked.value  # one coordinate typed: the other, if its text is as shown, keeps all its digits
        if not self._changed(self.latitude) and site.latitude is not None and lat == float(_fmt(site.latitude)):
            lat = site.latitude
        if not self._changed(self.longitude) and site.longitude is not None and lon == float(_fmt(site.longitude)):
            lon = site.longitude
        return rules.Checked((lat, lon))

    def _checked_types(self) -> list[str]:
        items = [self.types.item(i) for i in range(self.types.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def check(self) -> bool:
        """Show each field's problem beside it (or, gently, that a stored value was kept); OK only
        when no field holds a problem."""
        checks = self._checks()
        for key, label in self.problems.items():
            checked = checks.get(key)
            problem = checked.problem if checked else ""
            note = self._kept_note(key, checked.kept) if checked and not problem else ""
            label.setText(problem or note)
            label.setStyleSheet("color: #b00020;" if problem else "color: #5c5c5c;")
            label.setVisible(bool(problem or note))
        ok = not any(c.problem for c in checks.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _kept_note(self, key: str, kept: list[str]) -> str:
        """What to say of stored values kept although the rules would not read them typed."""
        if not kept:
            return ""
        if key == "types":
            return self.tr("No type chosen yet; kept so.")
        if not any(k.strip() for k in kept):
            return self.tr("Empty; kept as it is.")
        shown = ", ".join(f"“{k}”" for k in kept)
        return self.tr("Not recognised, kept as it is: %1").replace("%1", shown)

    def accept(self) -> None:
        if self.check():
            super().accept()

    def place(self) -> Place | None:
        """The site's place as its fields now describe it (the stored point while the typed one is invalid)."""
        site = self.before.site
        if site is None:
            return None
        point = self._point()
        lat, lon = (site.latitude, site.longitude) if point.problem else point.value
        return Place(site.id, lat, lon, self._text(self.address, site.address), dict(site.admin_pcodes))

    def show_place_warning(self) -> None:
        """While Confidential is ticked, name the other services whose points still show the place."""
        found = []
        if self.confidential.isChecked() and self._neighbours_of is not None:
            found = self._neighbours_of(self.place())
        appears = bool(found) and self.place_note.isHidden()
        self.neighbours = found
        self.place_note.setVisible(bool(found))
        self.also_confidential.setVisible(bool(found))
        if not found:
            return
        if appears:  # the warning opens under the box just ticked: scroll it into view once laid out
            QTimer.singleShot(0, self, lambda: self._scroll.ensureWidgetVisible(self.also_confidential, 0, 20))
        n = len(found)
        names = [nb.name for nb in found[:4]]
        if n > 4:
            names.append(self.tr("and %n more", "", n - 4))
        listed = ", ".join(names)
        if n == 1:
            text = self.tr("One other service is at this place (%1): its point shows it on maps and pathways. "
                           "Mark it confidential too, or move it.")
            self.also_confidential.setText(self.tr("Mark it confidential too"))
        else:
            text = self.tr("%n other services are at this place (%1): their points show it on maps and pathways. "
                           "Mark them confidential too, or move them.", "", n)
            self.also_confidential.setText(self.tr("Mark these %n services confidential too", "", n))
        self.place_note.setText(text.replace("%1", listed))
        why = {"site": self.tr("the same site"), "point": self.tr("the same point"), "address": self.tr("the same address")}
        self.place_note.setToolTip("\n".join(
            f"{nb.name} — {nb.organisation}: " + ", ".join(why[w] for w in nb.why) for nb in found))

    def also_confidential_ids(self) -> list[str]:
        """The other services at this place the user asked to mark confidential too."""
        if not self.neighbours or not self.confidential.isChecked() or not self.also_confidential.isChecked():
            return []
        return [nb.service_id for nb in self.neighbours]

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
        """Edited copies of the service, site and organisation (raises if a field is invalid).
        What the user did not change is copied as stored."""
        checks = self._checks()
        bad = [c.problem for c in checks.values() if c.problem]
        if bad:
            raise ValueError("; ".join(bad))
        before = self.before.service
        svc = copy.deepcopy(before)
        if checks["phones"].value != rules.phone_entries_of(before):
            svc = rules.with_phones(svc, checks["phones"].value)
        if checks["emails"].value != rules.emails_of(before):
            svc = rules.with_emails(svc, checks["emails"].value)
        svc.name = checks["name"].value
        if (self.status.currentIndex(), self.status.currentText()) != self._shown_status:
            svc.status = self.status_code()
        svc.service_types = checks["types"].value
        if self.genders.currentIndex() != self._shown_genders:
            svc.genders = list(self.genders.currentData())
        svc.languages = checks["languages"].value
        if self.description.toPlainText() != self._shown_description:
            svc.description = self.description.toPlainText().strip()
        svc.schedule_text = self._text(self.hours, before.schedule_text)
        svc.minimum_age, svc.maximum_age = checks["ages"].value
        svc.referral_method = self._text(self.referral, before.referral_method)
        svc.intake_criteria = self._text(self.intake, before.intake_criteria)
        if self.confidential.isChecked() != before.confidential:
            svc.confidential, svc.confidential_by = self.confidential.isChecked(), "person"
        org = site = None
        if self.before.organisation is not None:
            org = copy.deepcopy(self.before.organisation)
            org.name = checks["organisation"].value
        if self.before.site is not None:
            site = copy.deepcopy(self.before.site)
            site.name = checks["site"].value
            site.address = self._text(self.address, self.before.site.address)
            lat, lon = checks["point"].value
            if (lat, lon) != (self.before.site.latitude, self.before.site.longitude):
                site.latitude, site.longitude = lat, lon
                site.location_source = "edited" if lat is not None else "none"
                site.location_level = "point" if lat is not None else ""
        return Record(svc, site, org)
