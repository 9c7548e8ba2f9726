"""``directory.synonyms.any_of``: the tree-shaped pattern finds a text exactly where the plain list of
words ("a|b|c") finds one, for the word lists the import's quick tests are made of and for words made
to share beginnings (one a prefix of another, an empty word, letters a pattern treats specially)."""

from __future__ import annotations

import json
import random
import re

import pytest

import resources
from directory.synonyms import any_of, normalise, word_key


def _plain(words) -> re.Pattern:
    words = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


def _differences(tree: re.Pattern, plain: re.Pattern, texts: list[str]) -> list[str]:
    return [t for t in texts if (tree.search(t) is None) != (plain.search(t) is None)]


def _texts(words: list[str], rng: random.Random, n: int = 3000) -> list[str]:
    """Texts around the words: whole, cut short, glued, one letter changed, among other words."""
    letters = sorted({ch for w in words for ch in w} | set(" .-"))
    out = []
    for _ in range(n):
        w = rng.choice(words) if words else ""
        cut = w[:rng.randrange(len(w) + 1)] if w else ""
        noise = "".join(rng.choice(letters) for _ in range(rng.randrange(6)))
        changed = (w[:len(w) // 2] + rng.choice(letters) + w[len(w) // 2 + 1:]) if w else noise
        out += [w, cut, noise + w + noise, noise + cut, changed, f"{rng.choice(words or [''])} {noise}"]
    return out


def _word_lists() -> dict[str, list[str]]:
    data = json.loads(resources.path("confidential_words.json").read_text(encoding="utf-8"))
    return {
        "open shelter words": [word_key(normalise(w)) for w in data["open_shelter"]],
        "first words of phrases and secrets": [word_key(normalise(s).split()[0]) for s in [*data["phrases"],
                                                                                            *data["secret"]]],
        "phrases": [normalise(s) for s in data["phrases"]],
        "prefixes of one another": ["a", "ab", "abc", "abd", "b", "ba", "xyz", "xy"],
        "with an empty word": ["", "no", "not"],
        "letters a pattern treats specially": ["a.b", "(c)", "d|e", "f*", "[g]", "h?", "i+j", "\\k", "^l", "m$"],
        "Arabic and Bengali": ["مأوى", "ماوي", "ملجأ", "ملجا", "আশ্রয়", "আশ্রয়কেন্দ্র", "নিরাপদ"],
        "none": [],
    }


@pytest.mark.parametrize("name", sorted(_word_lists()))
def test_the_tree_finds_what_the_plain_list_finds(name: str) -> None:
    words = _word_lists()[name]
    texts = _texts(words, random.Random(name))
    tree, plain = re.compile(any_of(words)), _plain(words)
    assert not _differences(tree, plain, texts)
    assert (sum(1 for t in texts if plain.search(t)) > len(texts) // 4) == bool(words)  # texts that are found, too


def test_a_broken_tree_is_caught() -> None:
    """The comparison can fail: a tree whose shorter words were dropped (no '?' after a shared
    beginning) misses "no" where the plain list finds it."""
    words = _word_lists()["prefixes of one another"] + ["no", "not"]
    broken = re.compile(any_of(words).replace(")?", ")"))
    assert _differences(broken, _plain(words), _texts(words, random.Random(1)))


def test_the_tree_is_written_once_per_shared_beginning() -> None:
    assert any_of(["confidential", "confidentiel", "confidentielle"]) == "confidenti(?:al|el(?:le)?)"
    assert any_of(["ab", "a"]) == "a(?:b)?"
    assert any_of([]) == "(?!)"
