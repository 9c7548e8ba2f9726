"""Printing a pathway asks for nothing on the network: every http(s) request Chromium makes goes
through the tests' recording proxy (tests/remote_recorder.py), and none is made."""

from __future__ import annotations

import pytest

from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication exists)
from PySide6.QtWebEngineCore import QWebEngineProfile

from tests.pathway_fixtures import pathway_project
from tests.test_pathways_pdf import _cli
from tests.qt_requests import RequestLog  # noqa: E402


@pytest.fixture
def requests(qapp):
    log = RequestLog()
    profile = QWebEngineProfile.defaultProfile()
    profile.setUrlRequestInterceptor(log)
    yield log
    profile.setUrlRequestInterceptor(None)


def _print(html: str, out) -> None:
    from desktop.pathways.printing import html_to_pdf

    html_to_pdf(html, out)
    assert out.exists() and out.stat().st_size > 1000


@pytest.mark.slow
def test_printing_a_pathway_requests_nothing_remote(tmp_path, requests, remote_requests):
    pathway_project(tmp_path / "p.gpkg").close()
    page = tmp_path / "pathway.html"
    result = _cli("pathways", str(tmp_path / "p.gpkg"), "--area", "BDX01", "--maps", "svg", "--format", "html",
                  "--out", str(page))
    assert result.returncode == 0, result.stderr
    _print(page.read_text(encoding="utf-8"), tmp_path / "pathway.pdf")
    assert requests.urls, "the page loaded none of its files"
    assert remote_requests() == []  # neither the command's run (a subprocess) nor the printing asked for anything remote


@pytest.mark.slow
def test_the_request_log_sees_what_a_printed_page_loads(tmp_path, requests):
    """The log records the resources a printed page asks for, so a remote one would show in it.

    (QtWebEngine also refuses remote requests from a local page by default —
    LocalContentCanAccessRemoteUrls is off — so a stray https link could not be fetched anyway.)
    """
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', encoding="utf-8")
    _print(f'<html><body><p>Test</p><img src="{logo.as_uri()}"></body></html>', tmp_path / "x.pdf")
    assert logo.as_uri() in requests.urls
