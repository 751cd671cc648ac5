"""An Arabic verb and its verbal noun share a key: "قيدت السلطات الإنترنت وقطعته" retells
"تم تقييد وقطع الانترنت".

A brief often turns the source's verbal noun (masdar: "تقييد", "قطع", "إيقاف") into a
past verb ("قيّدت", "قطعته", "أوقفت"), or the other way round. Both are built on one
three-letter root; the key here is that root, read from the few regular patterns:
- a past verb with its ending of person or object ("قيدت", "قطعته", "أوقفوا"): a stem of
  three letters (forms I and II, the doubling unwritten) or of four from alif (form IV);
- the verbal noun of form II, تفعيل ("تقييد"), and of form IV, إفعال ("إيقاف", whose
  first root letter و is written ي after the kasra);
- a bare word of three letters (the verbal noun of form I, "قطع").
"""

from __future__ import annotations

ROOT = "√"  # the key's mark: no word's key starts with it
_ENDINGS = ("تهم", "تها", "ته", "وها", "وه", "وا", "ت")


def root_keys(option: str) -> set[str]:
    """The root keys of one Arabic stem (folded, proclitics already taken off)."""
    out: set[str] = set()
    stems = [option] + [
        option[: -len(e)] for e in _ENDINGS if option.endswith(e) and len(option) - len(e) >= 3
    ]
    for stem in stems:
        if len(stem) == 3 and not stem.startswith("ال"):
            out.add(stem)
        elif len(stem) == 4 and stem[0] == "ا":
            out.add(stem[1:])  # أفعل: أوقف
    if len(option) == 5 and option[0] == "ت" and option[3] == "ي":
        out.add(option[1] + option[2] + option[4])  # تفعيل: تقييد
    if len(option) == 5 and option[0] == "ا" and option[3] == "ا":
        out.add(option[1] + option[2] + option[4])  # إفعال: إعلان
        if option[1] == "ي":
            out.add("و" + option[2] + option[4])  # إيقاف: و ق ف
    return {ROOT + r for r in out}


# Pronoun suffixes after which a noun's ة is written ت ("سلميته": سلمية + ه).
_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك")
_DERIVED = ("مست", "مت")


def without_pronoun(option: str) -> str:
    """An Arabic stem (folded) without the pronoun suffix it ends in, if the rest is
    two letters or more ("بحسبه", according to him: "بحسب"); else the stem."""
    for pronoun in _PRONOUNS:
        if option.endswith(pronoun) and len(option) - len(pronoun) >= 2:
            return option[: -len(pronoun)]
    return option  # participles of forms X and V/VI: مُ for يَ


def inflected_stems(option: str) -> list[str]:
    """Other spellings of one Arabic stem (folded, proclitics already taken off) that the
    source may use for the same word:
    - a noun with a pronoun suffix, its ة written ت, read bare: "سلميته" is "سلمية";
    - the participle of a derived form read as its imperfect verb, whose مُ is the verb's
      يَ ("متمسك", holding on, is "يتمسك"; "مستلهما" is "يستلهم")."""
    out = []
    for pronoun in _PRONOUNS:
        base = option[: -len(pronoun)]
        if option.endswith(pronoun) and base.endswith("ت") and len(base) >= 4:
            out.append(base[:-1] + "ة")
            break
    if option.startswith(_DERIVED) and len(option) >= 5:
        out.append("ي" + option[1:])
    return out
