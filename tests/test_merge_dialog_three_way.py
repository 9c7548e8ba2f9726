"""The merge dialog with a partner's copy of this project (the tryout's finding 7): the rows are the
real conflict, the partner's deletion and the values only the partner changed, each naming the
service by name, organisation and place; pressed as offered, the partner's work comes in."""

from __future__ import annotations

import pytest

from desktop.sharing.merge_dialog import MergeDialog
from tests.test_merge_dialog import FakeWindow, english  # noqa: F401 - the fixture
from tests.test_merge_three_way import add_our_legal_aid_desks, copies  # noqa: F401 - the fixture


@pytest.mark.parametrize("synchronous", [True, False], ids=["inline", "real threads"])
def test_a_partners_copy_is_offered_three_way_and_merged_as_offered(qtbot, tmp_path, copies, synchronous, english):  # noqa: F811
    ours, theirs, untouched, both = copies
    window = FakeWindow(ours)
    qtbot.addWidget(window)
    dialog = MergeDialog(window, synchronous=synchronous)
    dialog.load(theirs)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    table = dialog.review.table
    rows = [[table.item(r, c).text() for c in range(4)] + [table.cellWidget(r, 4).currentText()]
            for r in range(table.rowCount())]
    desks = [r for r in rows if r[0].startswith("Women & children help desk")]
    assert len({r[0] for r in desks}) == 2  # the two help desks of one name can be told apart
    (conflict,) = [r for r in rows if r[4] == "Ours"]
    assert "Camp Health Partners" in conflict[0] and "Site 3" in conflict[0] and conflict[1] == "opening hours"
    assert conflict[2].startswith("Sun-Thu 9am-5pm") and "amina" in conflict[2]
    assert conflict[3].startswith("Sat-Thu 8am-8pm") and "partner" in conflict[3]
    (deletion,) = [r for r in rows if r[4] == "Delete"]
    assert deletion[0].startswith("Case management 2")
    taken = [r for r in rows if r[4] == "Theirs"]
    assert any(r[0].startswith("Women & children help desk") and "Sun-Thu 10am-4pm" in r[3] for r in taken)
    assert any(r[0].startswith("Case management 4") and r[3].startswith("Moved to Block F") for r in taken)
    assert "copy of this project" in dialog.summary.text() and "1 conflict (changed on both sides)" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "merge-three-way.png"))
    with qtbot.waitSignal(dialog.merged, timeout=30000) as merged:
        dialog.buttons.accepted.emit()
    assert merged.args[0]["deleted"] == 1 and merged.args[0]["rejected"] == 1 and merged.args[0]["new"] == 1
    by_id = {s.id: s for s in ours.services()}
    assert by_id[untouched].schedule_text == "Sun-Thu 10am-4pm (new hours from January)"
    assert by_id[both].schedule_text == "Sun-Thu 9am-5pm"
    assert "Case management 2" not in {s.name for s in by_id.values()}


def test_keep_all_ours_keeps_everything_of_ours(qtbot, copies):  # noqa: F811
    ours, theirs, untouched, _ = copies
    window = FakeWindow(ours)
    qtbot.addWidget(window)
    dialog = MergeDialog(window, synchronous=True)
    dialog.load(theirs)
    dialog.review.all_left.click()
    with qtbot.waitSignal(dialog.merged, timeout=30000):
        dialog.buttons.accepted.emit()
    by_name = {s.name for s in ours.services()}
    assert "Case management 2" in by_name
    assert next(s for s in ours.services() if s.id == untouched).schedule_text == "24/7"


def test_the_summary_says_a_service_both_offices_added_is_taken_as_one(qtbot, copies, english):  # noqa: F811
    ours, theirs, _, _ = copies
    add_our_legal_aid_desks(ours, theirs)
    window = FakeWindow(ours)
    qtbot.addWidget(window)
    dialog = MergeDialog(window, synchronous=True)
    dialog.load(theirs)
    assert "0 new services" in dialog.summary.text()
    assert "1 service added in both copies since they parted is taken as one, not added twice." in dialog.summary.text()
