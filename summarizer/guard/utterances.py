"""Words for an utterance (speech, נאום, خطاب): a charge word that qualifies one names the
speech in our own voice; after a speech verb it is still no charge the speaker made."""

from __future__ import annotations

from summarizer.guard.text import fold, stems, words

# "אמר בנאום הסתה", "خطاب تحريضي", "an incitement speech"
_UTTERANCES = {
    "en": {"speech", "speeches", "remarks", "statement", "sermon", "rhetoric"},
    "ar": {fold(w) for w in ("خطاب", "كلمة", "تصريحات", "بيان", "خطبة")},
    "he": {"נאום", "דברי", "הודעה", "דרשה", "הצהרה"},
}
_UTTERANCE_REACH = 40  # characters around a term read for the word it qualifies


def judges_an_utterance(text: str, start: int, end: int, lang: str) -> bool:
    """The term at ``text[start:end]`` qualifies a word for an utterance: the noun before
    it in Arabic and Hebrew, after it in English."""
    if lang == "en":
        near = words(text[end : end + _UTTERANCE_REACH])[:1]
    else:
        near = words(text[max(0, start - _UTTERANCE_REACH) : start])[-1:]
    return any({fold(w), *stems(fold(w), lang)} & _UTTERANCES[lang] for w in near)
