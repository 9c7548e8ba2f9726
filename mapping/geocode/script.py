"""A rough Latin transliteration of Bengali and Arabic script, for matching place names.

It does not aim at a correct romanisation: it gives a string whose consonant skeleton meets
the skeleton of the usual English spelling ("কক্সবাজার" -> "koksbajar", like "Coxs Bazar").
Gazetteer alternate names written in the script are matched exactly before this is needed.
"""

from __future__ import annotations

import unicodedata

_BN_CONSONANTS = {
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "chh", "জ": "j", "ঝ": "jh",
    "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d",
    "ধ": "dh", "ন": "n", "প": "p", "ফ": "ph", "ব": "b", "ভ": "bh", "ম": "m", "য": "j", "র": "r",
    "ল": "l", "শ": "sh", "ষ": "sh", "স": "s", "হ": "h", "ড়": "r", "ঢ়": "rh", "য়": "y", "ৎ": "t",
}
_BN_VOWEL_SIGNS = {"া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi", "ো": "o", "ৌ": "ou"}
_BN_VOWELS = {"অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e", "ঐ": "oi", "ও": "o", "ঔ": "ou"}
_BN_OTHER = {"ং": "ng", "ঃ": "", "ঁ": "", "্": "", "়": ""}
_BN_VIRAMA = "্"

_AR = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a",
    "و": "w", "ي": "y", "ى": "a", "ء": "", "ئ": "y", "ؤ": "w", "پ": "p", "چ": "ch", "ژ": "zh", "ک": "k",
    "گ": "g", "ی": "y", "ۃ": "a", "ے": "e",
}


def is_latin(text: str) -> bool:
    """True unless ``text`` holds letters of another script."""
    return all(not ch.isalpha() or ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in str(text))


def _bengali(text: str) -> str:
    out: list[str] = []
    chars = unicodedata.normalize("NFC", text)
    for i, ch in enumerate(chars):
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _BN_CONSONANTS:
            out.append(_BN_CONSONANTS[ch])
            # The inherent vowel, unless a sign, a virama or the end of the word follows.
            if nxt and nxt not in _BN_VOWEL_SIGNS and nxt != _BN_VIRAMA and nxt not in _BN_OTHER and nxt.isalpha():
                out.append("o")
        elif ch in _BN_VOWEL_SIGNS:
            out.append(_BN_VOWEL_SIGNS[ch])
        elif ch in _BN_VOWELS:
            out.append(_BN_VOWELS[ch])
        elif ch in _BN_OTHER:
            out.append(_BN_OTHER[ch])
        elif "০" <= ch <= "৯":
            out.append(str(ord(ch) - ord("০")))
        else:
            out.append(ch)
    return "".join(out)


def transliterate(text: str) -> str:
    """Latin letters for Bengali and Arabic script; other text is returned as it is."""
    text = unicodedata.normalize("NFC", str(text))
    if any("\u0980" <= ch <= "\u09ff" for ch in text):
        text = _bengali(text)
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        text = "".join(_AR.get(ch, "" if unicodedata.category(ch) == "Mn" else ch) for ch in text)
    return text
