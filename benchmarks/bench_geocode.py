"""How well and how fast the offline geocoder places messy place names, against a plain
rapidfuzz ``process.extractOne`` over every upazila name in the same run.

    python benchmarks/bench_geocode.py [--rows 10000] [--runs 5] [--seed 4]

Rows are generated from the demo boundaries' own names (Bangladesh, divisions, districts and
upazilas): misspellings (a letter dropped, doubled or swapped, a vowel changed), renamings
(Chittagong, Barisal, Jessore, Comilla, Bogra), transliteration variants (chh/ch, ee/i),
qualifiers (Upazila, Thana, District, Zila, Division), case changes, "Sadar" alone for a
district's headquarters upazila, missing parents and smallest-first comma order. Each row
knows the upazila it came from.

Measured: the share placed in the right upazila (adm3) with confidence ≥ 0.5, the share placed
wrongly with confidence ≥ 0.5, rows per second once the index is built, and the time to build
the index (into the project file, and in memory from it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import resources  # noqa: E402
from importers.demo import BOUNDARY_FILES  # noqa: E402
from importers.project_setup import init_project  # noqa: E402
from mapping.geocode import Matcher, build_index  # noqa: E402
from mapping.geocode.index import load_gazetteer  # noqa: E402
from mapping.geocode.normalise import name_keys  # noqa: E402

CONFIDENT = 0.5
OLD_NAMES = {"Chattogram": "Chittagong", "Barishal": "Barisal", "Jashore": "Jessore", "Cumilla": "Comilla", "Bogura": "Bogra"}


def misspell(word: str, rng: random.Random) -> str:
    """One realistic slip: a letter dropped, doubled or swapped, a vowel or a spelling changed."""
    if len(word) < 5:
        return word
    kind = rng.choice(["drop", "double", "swap", "vowel", "variant"])
    i = rng.randrange(1, len(word) - 1)
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "vowel":
        vowels = [j for j, c in enumerate(word) if c in "aeiou" and j > 0]
        if not vowels:
            return word
        j = rng.choice(vowels)
        return word[:j] + {"a": "o", "o": "a", "i": "ee", "e": "i", "u": "oo"}[word[j]] + word[j + 1:]
    for old, new in (("chh", "ch"), ("kh", "k"), ("i", "ee"), ("sh", "s"), ("pur", "poor"), ("gonj", "ganj")):
        if old in word:
            return word.replace(old, new, 1)
    return word


def case(text: str, rng: random.Random) -> str:
    return rng.choice([str.upper, str.lower, str.title, lambda s: s, lambda s: s])(text)


def generate(areas, n: int, seed: int) -> tuple[list[tuple[str, str]], set[int]]:
    """The rows (text, true upazila P-code) and the indexes of rows no reader could settle:
    a name alone that several areas carry, or "Sadar" in a district with two Sadar upazilas."""
    rng = random.Random(seed)
    by_code = {a.pcode: a for a in areas}
    upazilas = [a for a in areas if a.level == 3]
    carriers: dict[str, set[str]] = {}
    for a in areas:
        carriers.setdefault(a.name.casefold(), set()).add(a.pcode)
    sadars: dict[str, int] = {}
    for a in upazilas:
        if "sadar" in a.name.casefold():
            sadars[a.parent_pcode] = sadars.get(a.parent_pcode, 0) + 1
    rows, unsettled = [], set()
    for _ in range(n):
        u = rng.choice(upazilas)
        d = by_code[u.parent_pcode]
        v = by_code[d.parent_pcode]
        names = []
        for area, suffixes in ((v, [" Division"]), (d, [" District", " Zila"]), (u, [" Upazila", " Thana", " Upazilla"])):
            name = area.name
            if name in OLD_NAMES and rng.random() < 0.5:
                name = OLD_NAMES[name]
            elif area.name.endswith("Sadar") and area is u and rng.random() < 0.3:
                name = "Sadar"
            elif rng.random() < 0.35:
                words = name.split()
                k = rng.randrange(len(words))
                words[k] = misspell(words[k], rng)
                name = " ".join(words)
            if rng.random() < 0.2 and not name.endswith("Sadar"):
                name += rng.choice(suffixes)
            names.append(case(name, rng))
        r = rng.random()
        if r < 0.30:
            names = names[1:]  # no division
        elif r < 0.38 and names[-1].lower() != "sadar":
            names = names[2:]  # the upazila alone
            others = carriers.get(u.name.casefold(), set()) - {u.pcode, d.pcode, v.pcode}
            if others:
                unsettled.add(len(rows))
        if names[-1].lower() == "sadar" and sadars.get(d.pcode, 0) > 1:
            unsettled.add(len(rows))
        if rng.random() < 0.15:
            text = ", ".join(reversed(names))
        else:
            text = rng.choice([" / ", "/", " > ", " - "]).join(names)
        rows.append((text, u.pcode))
    return rows, unsettled


def score_matcher(gazetteer, rows) -> tuple[float, float, float, float]:
    name_keys.cache_clear()  # a cold start: nothing remembered from an earlier run
    matcher = Matcher(gazetteer)
    start, cpu = time.perf_counter(), time.process_time()
    results = [matcher.match(text) for text, _ in rows]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    right = wrong = 0
    for (_, truth), m in zip(rows, results):
        if m.best is None or m.confidence < CONFIDENT:
            continue
        pcodes = m.best.pcodes
        if pcodes.get(3) == truth:
            right += 1
        elif any(truth[: len(p)] != p for p in pcodes.values()):
            wrong += 1
    return right / len(rows), wrong / len(rows), len(rows) / elapsed, elapsed, cpu


def score_baseline(upazilas, rows) -> tuple[float, float, float, float]:
    from rapidfuzz import fuzz, process, utils

    names = [a.name for a in upazilas]
    start = time.perf_counter()
    cpu = time.process_time()
    found = [process.extractOne(text, names, scorer=fuzz.WRatio, processor=utils.default_process) for text, _ in rows]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    right = sum(1 for (_, t), f in zip(rows, found) if f and f[1] >= 100 * CONFIDENT and upazilas[f[2]].pcode == t)
    wrong = sum(1 for (_, t), f in zip(rows, found) if f and f[1] >= 100 * CONFIDENT and upazilas[f[2]].pcode != t)
    return right / len(rows), wrong / len(rows), len(rows) / elapsed, elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--show-wrong", type=int, default=0, help="print this many confidently wrong rows")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        project, _ = init_project(Path(tmp) / "bench.gpkg", [resources.path(f) for f in BOUNDARY_FILES], country="BGD")
        with project:
            builds, loads = [], []
            for _ in range(args.runs):
                start = time.perf_counter()
                build_index(project)
                builds.append(time.perf_counter() - start)
                start = time.perf_counter()
                gazetteer = load_gazetteer(project)
                loads.append(time.perf_counter() - start)
            areas = project.admin_areas()
    upazilas = [a for a in areas if a.level == 3]
    rows, unsettled = generate(areas, args.rows, args.seed)
    ours = [score_matcher(gazetteer, rows) for _ in range(args.runs)]
    base = [score_baseline(upazilas, rows) for _ in range(args.runs)]
    med = lambda xs, i: statistics.median(x[i] for x in xs)  # noqa: E731

    adm3_names = [a.name for a in upazilas]
    shared = {n for n in adm3_names if adm3_names.count(n) > 1}
    print(f"{args.rows} rows from {len(upazilas)} upazilas (seed {args.seed}); "
          f"{sum(1 for t, _ in rows if '/' not in t and ',' not in t and '>' not in t and ' - ' not in t)} name the upazila alone, "
          f"{len(shared)} upazila names exist in more than one district; gazetteer {len(gazetteer)} entries")
    print(f"index build (boundaries + GeoNames cities500 into the project): median {statistics.median(builds):.2f} s; "
          f"loading it into memory: {statistics.median(loads):.3f} s")
    print(f"{'':34}{'ServiceMap':>14}{'extractOne':>14}")
    print(f"all {len(rows)} rows:")
    print(f"{'right upazila, confidence >= 0.5':34}{med(ours, 0):>13.2%} {med(base, 0):>13.2%}")
    print(f"{'wrong, confidence >= 0.5':34}{med(ours, 1):>13.2%} {med(base, 1):>13.2%}")
    print(f"{'rows per second':34}{med(ours, 2):>14,.0f}{med(base, 2):>14,.0f}")
    print(f"{'time for all rows':34}{med(ours, 3):>13.2f}s{med(base, 3):>13.2f}s")
    print(f"{'CPU time for all rows':34}{med(ours, 4):>13.2f}s{med(base, 4):>13.2f}s")
    print(f"ratio of times (ServiceMap / baseline): {med(ours, 3) / med(base, 3):.2f}")
    settled = [r for i, r in enumerate(rows) if i not in unsettled]
    right, wrong, *_ = score_matcher(gazetteer, settled)
    print(f"{len(unsettled)} rows ({len(unsettled) / len(rows):.2%}) cannot be settled by any reader (a name alone that "
          f"several areas carry, or 'Sadar' in a district with two); they count as not right above. "
          f"On the {len(settled)} resolvable rows: {right:.2%} right, {wrong:.2%} confidently wrong")
    if args.show_wrong:
        matcher = Matcher(gazetteer)
        shown = 0
        for text, truth in rows:
            m = matcher.match(text)
            if m.best and m.confidence >= CONFIDENT and m.best.pcodes.get(3) != truth and shown < args.show_wrong:
                print(f"  {text!r}: {m.best.path} ({m.confidence}) — truth {truth}")
                shown += 1
        shown = 0
        for text, truth in rows:
            m = matcher.match(text)
            if (m.best is None or m.confidence < CONFIDENT) and shown < args.show_wrong:
                print(f"  unplaced {text!r}: {m.best.path if m.best else None} ({m.confidence}) — truth {truth}")
                shown += 1


if __name__ == "__main__":
    main()
