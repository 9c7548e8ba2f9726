"""A sync's one line in the interface's language (third tryout, finding 13: "Synced: sent 4, received 11;
…" in a French window). The command line keeps SyncResult.summary's English; the status bar says the
same in words."""

from __future__ import annotations

import pytest

from desktop.sharing.sync_bar import summary_in_words
from directory.server.pull import PullReport
from directory.server.push import PushReport
from directory.server.sync import SyncResult
from tests.test_import_messages_qt import language  # noqa: F401 - a fixture

REASON = "a safe house's site: only people with confidential access may change it"


def _result(conflicts: int, refused: int) -> SyncResult:
    return SyncResult("postgresql://db.example.org/protection", PushReport(sent={"service": 3, "site": 1},
                                                                            refused=[f"site s{i}: {REASON}" for i in range(refused)]),
                      PullReport(received={"service": 11, "site": 1200}, conflicts=conflicts))


@pytest.mark.parametrize("conflicts, refused", [(0, 0), (1, 0), (2, 3)])
def test_without_a_translation_the_line_is_the_command_lines(qapp, conflicts, refused):
    result = _result(conflicts, refused)
    assert summary_in_words(result).replace("1,211", "1211") == result.summary().replace("1,211", "1211")


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_status_line_of_a_sync_is_french(language):  # noqa: F811
    assert summary_in_words(_result(0, 0)) == "Synchronisé : envoyé 4, reçu 1\u202f211."
    said = summary_in_words(_result(2, 3))
    assert said == f"Synchronisé : envoyé 4, reçu 1\u202f211 ; 2 conflits attendent ; 3 refus du serveur : {REASON}."
    assert summary_in_words(_result(1, 0)).endswith("; 1 conflit attend.")
