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
    tr = lambda text: QCoreApplication.translate("About", text)  # noqa: E731
    return (
        "<h3>ServiceMap " + servicemap_version() + "</h3>"
        + "<p>" + tr("A directory, maps, coverage gaps and printable referral pathways for "
                     "child-protection and GBV services.") + "</p>"
        + "<p>" + tr("ServiceMap works offline. It goes to the internet only when you switch on an "
                     "online feature, such as online map tiles or online geocoding.") + "</p>"
        + "<p><b>" + tr("Data credits") + "</b><br>"
        + tr("Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, "
             "produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.") + "<br>"
        + tr("Place names and country information: GeoNames, licensed CC BY 4.0.") + "</p>"
    )  # fmt: skip


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About ServiceMap"), about_text())
