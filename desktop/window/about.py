"""Help ▸ About ServiceMap: the version, the offline promise and the data credits."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def servicemap_version() -> str:
    try:
        return version("servicemap")
    except PackageNotFoundError:  # running from a source folder that was never installed
        return QCoreApplication.translate("About", "development version")


def about_text() -> str:
    # Written out in full so that pyside6-lupdate finds each text under its context.
    return (
        "<h3>ServiceMap " + servicemap_version() + "</h3>"
        + "<p>" + QCoreApplication.translate("About", "A directory, maps, coverage gaps and printable referral pathways for "
                     "child-protection and GBV services.") + "</p>"
        + "<p>" + QCoreApplication.translate("About", "ServiceMap works offline. It goes to the internet only when you switch on an "
                     "online feature, such as online map tiles or online geocoding.") + "</p>"
        + "<p><b>" + QCoreApplication.translate("About", "Data credits") + "</b><br>"
        + QCoreApplication.translate("About", "Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, "
             "produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.") + "<br>"
        + QCoreApplication.translate("About", "Place names and country information: GeoNames, licensed CC BY 4.0.") + "</p>"
    )  # fmt: skip


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About ServiceMap"), about_text())
