"""The other persons and tenses of an Arabic verb of saying, read from its past form.

A cue list that knows "أوضح" (he explained) and not "يوضح" or "توضح" (he, she explains)
misses the speaker of a brief that tells an interview in the present, as Arabic writing
often does ("يوضح ماسا أن", "تنتقد المنظمة ..."). Rather than list each person of each
verb, the forms are built from the past (he did) by the regular patterns of the verb's
shape, on folded spellings (one alef, final ى as ي):

- past, she / they: + ت, + وا ("أوضحت", "أوضحوا"; "نفى": "نفت", "نفوا");
- present, he / she / they: ي / ت + the present stem (+ ون), where the stem is
  - the past itself for a sound verb of three letters or of four without a leading alif
    (forms I, II, III, V: "ذكر" يذكر, "طالب" يطالب, "تعهد" يتعهد), with a first و dropped
    ("وصف" يصف) and a last ا read و ("دعا" يدعو);
  - the past without its alif for forms IV, VII, VIII, X ("أعلن" يعلن, "انتقد" ينتقد,
    "اعتبر" يعتبر), with the middle ا read ي in a hollow form IV ("أشار" يشير);
  - ؤ for the alif of a root that starts with hamza ("أكد" يؤكد).
A hollow verb of three letters ("قال") keeps its vowel unwritten: its present ("يقول")
is listed as it is.
"""

from __future__ import annotations

_HOLLOW = "ا"

# The Arabic cues that are verbs, as their past (he said), whose other forms cues.py
# reads as cues too. Not "وعد" (promised), whose present "يعد" is also "is deemed"; nor
# "طالب" (demanded), "حذر" (warned) and "عزا" (ascribed), whose present ("المحتجون
# يطالبون بـ", "أصوات تحذر من", "يعزو البطالة إلى") tells a stance within what is said,
# often describing the noun before it, not a report with its speaker.
PAST_CUES = """
أعلن أفاد ذكر أكد أشار صرح زعم ادعى أوضح أضاف أورد نفى اتهم تعهد أدان انتقد وصف
أوصى نصح اعتبر روى اقترح حض حث أخبر أجاب علل برر قال شدد_على شدد_*_على
لفت_*_إلى لفت_إلى نقل_*_عن نقل_*_=أن جدد_*_التزام جدد_*_تأكيد جدد_*_دعوت تحدث_*_=عن
"""


def conjugations(past: str) -> set[str]:
    """The other folded forms of a folded past verb (third person, masculine singular):
    past feminine and plural, present masculine, feminine and plural."""
    out = _past_forms(past)
    stem = present_stem(past)
    if stem:
        plural = stem[:-1] if stem[-1] in "وي" else stem
        out |= {"ي" + stem, "ت" + stem, "ي" + plural + "ون"}
    return out


def _past_forms(past: str) -> set[str]:
    base = past[:-1] if past[-1] in "اي" else past  # "نفى": "نفت", "نفوا"
    return {base + "ت", base + "وا"}


def present_stem(past: str) -> str | None:
    """The present stem after its person prefix (None where the shape hides it)."""
    if past[0] == "ا":
        if len(past) == 3:
            return "ؤ" + past[1:]  # أكّد: يؤكّد
        rest = past[1:]
        if len(rest) == 3 and rest[1] == _HOLLOW:
            return rest[0] + "ي" + rest[2]  # أشار: يشير
        return rest
    if len(past) == 3:
        if past[1] == _HOLLOW:
            return None  # قال: يقول, the vowel unwritten
        stem = past[1:] if past[0] == "و" else past  # وصف: يصف
        return stem[:-1] + "و" if stem[-1] == "ا" else stem  # دعا: يدعو
    return past
