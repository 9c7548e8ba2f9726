"""The SMS text of a pathway: each message one SMS segment, counted on its own, numbered at its start.

The counts here are the network's, written out again rather than taken from ``pathways.sms``:
GSM 7-bit (3GPP TS 23.038) 160 septets, an extension-table character taking two; otherwise UCS-2,
70 UTF-16 code units.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from pathways.directory_snapshot import DirectorySnapshot
from pathways.model import build_pathway
from pathways.sms import pathway_lines, segments, sms_text
from pathways.templates import default_template
from tests.pathway_fixtures import SAFE_HOUSE_ADDRESS, SAFE_HOUSE_SITE, pathway_project

GSM_BASIC = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
             "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXTENSION = "\f^{}\\[~]|€"
assert len(GSM_BASIC) == 128
MARK = re.compile(r"\((\d+)/(\d+)\) ")


def network_count(message: str) -> tuple[int, int]:
    """(characters the network counts, what one segment holds) for ``message``."""
    if all(c in GSM_BASIC or c in GSM_EXTENSION for c in message):
        return sum(2 if c in GSM_EXTENSION else 1 for c in message), 160
    return len(message.encode("utf-16-le")) // 2, 70


def one_segment(message: str) -> bool:
    used, room = network_count(message)
    return used <= room


def pathway(steps, title="Cox's Bazar: শিশু সুরক্ষা", emergency=(("শিশু হেল্পলাইন", "1098"),)):
    """A pathway as ``pathways.sms`` reads it: ``steps`` is [(title, [(organisation, phone) or
    ("confidential", function, phone)])]."""
    def entry(e):
        if e[0] == "confidential":
            return SimpleNamespace(confidential=True, function=e[1], phones=[e[2]], organisation="Hidden House Org")
        return SimpleNamespace(confidential=False, function="Health", phones=[e[1]], organisation=e[0])

    area, concern = title.split(": ")
    return SimpleNamespace(
        area_name=area, concern="general", texts=SimpleNamespace(concern=lambda code: concern),
        emergency=list(emergency),
        steps=[SimpleNamespace(title=t, entries=[entry(e) for e in entries]) for t, entries in steps],
    )


ORGS = [(f"Example Organisation Number {i} (demo)", f"+88017005551{i:02d}") for i in range(1, 9)]


def bodies(parts: list[str]) -> list[str]:
    """The messages without their marks, checking the marks: at the start, 1..n in order, nowhere else."""
    if len(parts) == 1:
        assert not MARK.search(parts[0])
        return parts
    out = []
    for i, part in enumerate(parts, start=1):
        m = MARK.match(part)
        assert m and (int(m[1]), int(m[2])) == (i, len(parts)), part
        assert not MARK.search(part, m.end()), part
        out.append(part[m.end():])
    return out


def reassembled(parts: list[str], lines: list[str]) -> str:
    """The messages' text joined back: a new line between messages, except where a line was cut."""
    expected = "\n".join(lines)
    text = ""
    for body in bodies(parts):
        text = text + "\n" + body if text and expected.startswith(text + "\n" + body) else text + body
    return text


@pytest.fixture
def project(tmp_path):
    p = pathway_project(tmp_path / "p.gpkg")
    yield p
    p.close()


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "bn", "pt"])
@pytest.mark.parametrize("concern", ["general", "gbv"])
def test_every_message_is_one_segment_and_holds_every_line(project, lang, concern):
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template(concern, lang, "BGD"))
    parts = segments(pw)
    assert all(one_segment(p) for p in parts)
    assert reassembled(parts, pathway_lines(pw)) == "\n".join(pathway_lines(pw))
    text = sms_text([pw])
    assert text.split("\n")[0].endswith(pathway_lines(pw)[0])  # the header, then the emergency numbers
    assert text.index("1098") < text.index(f"1. {pw.steps[0].title}")


def test_a_message_of_latin_lines_takes_160_characters_in_a_bengali_pathway():
    pw = pathway([("১. তাৎক্ষণিক নিরাপত্তা", ORGS)])
    parts = segments(pw)
    assert all(one_segment(p) for p in parts)
    gsm = [p for p in parts if network_count(p)[1] == 160]
    assert gsm and max(network_count(p)[0] for p in gsm) > 70
    # one limit for the whole pathway (70, from its Bengali lines) gave each of the 8 organisations its own
    assert len(parts) <= 6


def test_one_bengali_letter_keeps_its_message_to_70():
    pw = pathway([("Health", ORGS[:3] + [("ক", "+8801700555199")] + ORGS[3:6])], title="Alpha: Health", emergency=())
    parts = segments(pw)
    with_letter = [p for p in parts if "ক" in p]
    assert len(with_letter) == 1 and len(with_letter[0]) <= 70
    assert any(len(p) > 70 for p in parts)  # the others are GSM messages
    assert all(one_segment(p) for p in parts)


def test_extension_characters_and_emoji_count_double():
    braces = "{" * 30
    pw = pathway([(f"Step {braces}", [(f"Org {braces}{braces}", "999")])], title="A: B", emergency=())
    assert all(one_segment(p) for p in segments(pw))
    smile = "\U0001F600" * 30
    pw = pathway([(f"ধাপ {smile}", [(f"Org {smile}", "999")])], title="A: B", emergency=())
    assert all(one_segment(p) for p in segments(pw))


def test_a_short_pathway_is_one_message_without_a_mark():
    pw = pathway([("Health", ORGS[:1])], title="Alpha: Health", emergency=(("Police", "999"),))
    parts = segments(pw)
    assert parts == ["Alpha: Health\nPolice 999\n1. Health\n- Example Organisation Number 1 (demo): +8801700555101"]
    assert sms_text([pw]) == parts[0] + "\n"


def test_marks_open_each_message_in_order():
    pw = pathway([(f"ধাপ {n}", ORGS) for n in range(1, 5)])
    parts = segments(pw)
    assert len(parts) >= 10  # two digits in the count: the mark's width is counted too
    bodies(parts)
    assert all(one_segment(p) for p in parts)
    text = sms_text([pw])
    assert [int(m[1]) for m in MARK.finditer(text)] == list(range(1, len(parts) + 1))
    assert all(MARK.match(block) for block in text.strip().split("\n\n"))


def test_a_title_stays_with_its_services_and_the_header_with_the_numbers():
    # filling each message in turn would end message 1 on "1. Immediate safety" (3 services), or
    # part the header from "Police 999" (2 services); two messages either way
    orgs = [("Upazila Women Affairs Office (demo)", "+8801600555221"),
            ("Bay of Bengal Women's Alliance (demo)", "+8801600555222"), ("Example Legal Aid Society", "+8801600555223")]
    emergency = (("Child helpline", "1098"), ("Police", "999"))
    three = segments(pathway([("Immediate safety", orgs)], title="Alpha: Child protection", emergency=emergency))
    assert len(three) == 2 and all(one_segment(p) for p in three)
    assert "1. Immediate safety\n- Upazila Women Affairs Office (demo)" in three[0]
    two = segments(pathway([("Immediate safety", orgs[:2])], title="Alpha: Child protection", emergency=emergency))
    assert len(two) == 2 and all(one_segment(p) for p in two)
    assert two[0] == "(1/2) Alpha: Child protection\nChild helpline 1098\nPolice 999"


def test_a_line_too_long_for_a_message_is_cut_between_words():
    long_title = " ".join(["নিরাপত্তা ও আশ্রয়ের ব্যবস্থা"] * 8)
    long_org = " ".join(["Example Organisation"] * 12)
    pw = pathway([(long_title, [(long_org, "+8801700555101")])])
    parts = segments(pw)
    lines = pathway_lines(pw)
    assert all(one_segment(p) for p in parts)
    assert reassembled(parts, lines) == "\n".join(lines)
    cut_heads = [b for b in bodies(parts) if b.endswith(" ")]
    assert len(cut_heads) >= 3  # at a space, which the head keeps


def test_a_line_with_no_space_is_not_cut_inside_a_letter():
    word = "ক্ষেত্রিকাসংস্থাপনাক্ষমতাবিকাশ" * 5  # vowel signs and conjuncts (ক + ্ + ষ), no space
    for shift in range(8):  # the cut falls at each place in turn
        pw = pathway([("অ" * shift + word, [])], title="A: B", emergency=())
        parts = segments(pw)
        assert len(parts) >= 3 and all(one_segment(p) for p in parts)
        assert reassembled(parts, pathway_lines(pw)) == "\n".join(pathway_lines(pw))
        for body in bodies(parts):
            assert not re.match(r"[\u0981-\u0983\u09bc\u09be-\u09cd\u09d7]", body), body  # no vowel sign opens a part
            assert not body.endswith("\u09cd"), body  # no conjunct left open


def test_a_confidential_service_shows_its_function_and_number_only(project):
    for lang in ("en", "bn", "ar"):
        pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("gbv", lang, "BGD"))
        shelter = next(e for e in pw.entries if e.confidential)
        text = sms_text([pw])
        assert f"- {shelter.function}: +8801700555199" in text
        for secret in (SAFE_HOUSE_ADDRESS, SAFE_HOUSE_SITE, "Hidden shelter", shelter.organisation):
            assert secret not in text
    pw = pathway([("Shelter", [("confidential", "Safe shelter", "+8801700555199")])], title="A: B", emergency=())
    assert "Hidden House Org" not in sms_text([pw]) and "- Safe shelter: +8801700555199" in sms_text([pw])
