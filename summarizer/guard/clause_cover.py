"""Which clauses of an attributed sentence its attribution does not cover.

"Hamas built the facility, though the Indonesian government says it built it for Gaza's
residents": the sentence attributes something, but its cue heads the second clause and
has a subject of its own, so it covers only that clause; the first is stated in our own
voice. A cue at the end of a sentence ("..., officials said.") covers all of it.
"""

from __future__ import annotations

import re

from summarizer.guard.attributed_clauses import CLAUSE_BREAK, is_attributed, speech_attributed
from summarizer.guard.contrast_cover import contrast_split
from summarizer.guard.cues import EN_CUES, cue_at
from summarizer.guard.en_false_cues import not_attribution_en
from summarizer.guard.participle_frames import before_participle
from summarizer.guard.text import fold, words

HEAD_WORDS = 3  # a cue with this many words after it in its clause heads what it says


def uncovered_clauses(sentence: str, lang: str) -> list[str]:
    """The clauses of an attributed sentence before the first clause whose cue heads its
    own statement, when they hold no attribution of their own."""
    after_semicolon = _after_semicolon(sentence, lang)
    if after_semicolon:
        return after_semicolon
    return (
        _before_heading_cue(sentence, lang)
        + _after_relative_cue(sentence, lang)
        + _after_consequence(sentence, lang)
        + _before_contrast(sentence, lang)
        + _after_contrast(sentence, lang)
        + _after_postposed(sentence, lang)
        + _after_speakers_clause(sentence, lang)
        + before_participle(sentence, lang)
    )


# "היא ביצעה עבירה, ובית המשפט נימק ...": a Hebrew "ו" after a comma opens a clause
# with its own subject, which a cue heading it does not carry back to the clause before.
_HE_AND = re.compile(r",\s+(?=ו)")


def _before_heading_cue(sentence: str, lang: str) -> list[str]:
    parts = [p for p in CLAUSE_BREAK.split(sentence) if p and p.strip()]
    if lang == "he":
        parts = [q for p in parts for q in _HE_AND.split(p) if q.strip()]
    for at, part in enumerate(parts):
        if cue_heads(part, lang):
            return [p for p in parts[:at] if not is_attributed(p, lang)]
        if is_attributed(part, lang):
            return []  # attributed before any cue heads a clause: covered as written
    return []


# A relative clause ("، الذي حذر فيه ...", ", which warned ...") and, after it, a clause of
# the sentence's own ("، في وقت ...", ", while ..."): the relative clause's cue is about
# its noun and covers only the relative clause.
_RELATIVE = re.compile(r"[,،]\s*(?:الذي|التي|الذين|which|who)\s", re.IGNORECASE)
_LATER_CLAUSE = re.compile(r"[,،]\s*(?:في\s+وقت|في\s+حين|بينما|while|whereas)\s", re.IGNORECASE)


def _after_relative_cue(sentence: str, lang: str) -> list[str]:
    """Clauses of the sentence's own after a relative clause whose cue covers only it."""
    relative = _RELATIVE.search(sentence)
    if relative is None:
        return []
    rest = sentence[relative.end() :]
    later = _LATER_CLAUSE.search(rest)
    if later is None or not is_attributed(rest[: later.start()], lang):
        return []
    after = rest[later.end() :]
    return [after] if after.strip() and not is_attributed(after, lang) else []


def cue_heads(clause: str, lang: str) -> bool:
    """Whether a cue in the clause has a statement after it ("the government says it
    built ..."), not only a speaker ("..., officials said", "according to the army")."""
    if lang == "en":
        return any(
            len(words(clause[m.end() :])) >= HEAD_WORDS
            and not m.group(0).lower().startswith("according")
            for m in EN_CUES.finditer(clause)
            if not not_attribution_en(clause, m)
        )
    tokens = [fold(part) for w in words(clause) for part in w.split("-") if part]
    # "כך קבע X" (so X ruled) is put after what it says: it heads only its speaker
    return any(
        cue_at(tokens, i, lang) and len(tokens) - i - 1 >= HEAD_WORDS and tokens[i] != "כך"
        for i in range(len(tokens))
    )


# "Cuomo said he took solace from the figures, and the state is flattening the curve": a
# speaker's further point goes on with "and that ..." or "and added ..."; after ", and" a
# clause with a subject of its own (a noun with "the" or "this", a name) is a second
# statement of the writer's (a pronoun may be the speaker going on: "he says X, and he is
# detained"; "his", "its" as often open the next noun of a list: "his father, Prince
# Charles, and his brother"). So is an apposition that describes a noun of the speaker's
# clause ("... data on the pandemic, a pandemic that has exposed ..."). Neither is covered
# by the cue heading the clause before, unless it has a cue of its own.
_NEW_STATEMENT = re.compile(
    r",\s+and\s+(?=(?:the|this|these|those)\s|[A-Z][\w'’-]*\s)"
    r"|,\s+(?=(?:a|an)\s+(?:\w+\s+){1,2}(?:that|which)\s)"
)
# Arabic: "قال X إن ...، وقد فشل النظام في ...": "قد" and a past verb with a subject of its
# own (a definite noun right after the verb, or a clause: "وقد ثبت أن") assert an event as
# done, a statement of the writer's. Not "وقد تسحب" (قد before an imperfect: "may", the
# speaker's modal), nor "وقد انضمت إليه كتلة"/"وقد أعاد علاقات" (the speaker's subject or
# topic carried on).
_AR_NEW_STATEMENT = re.compile(r"،\s*(?=وقد\s+(\S+)\s+(?:ال\w{3,}|[أا]ن\s))")


def _new_statement(sentence: str, lang: str) -> re.Match[str] | None:
    """Where a statement with a subject of its own starts after a comma, if it does."""
    if lang == "en":
        return _NEW_STATEMENT.search(sentence)
    if lang != "ar":
        return None
    return next(
        (m for m in _AR_NEW_STATEMENT.finditer(sentence) if not _IMPERFECT.match(fold(m[1]))),
        None,
    )


def _after_speakers_clause(sentence: str, lang: str) -> list[str]:
    """The statement after ", and" and a new subject, or an apposition (in Arabic: "، وقد"
    and a past verb with its own subject), that follows a clause whose cue heads what it
    says."""
    m = _new_statement(sentence, lang)
    if m is None or not cue_heads(sentence[: m.start()], lang):
        return []
    after = sentence[m.end() :]
    return [after] if after.strip() and not is_attributed(after, lang) else []


# "She committed the offence, but the court decided not to convict her": "but" opens a
# clause with a subject of its own, whose cue covers that clause only
_BUT = {
    "en": re.compile(r",\s+but\s", re.IGNORECASE),
    "ar": re.compile(r"،\s*(?:لكن|ولكن)\s"),
    "he": re.compile(r",\s*(?:אך|אבל|אולם)\s"),
}


def _before_contrast(sentence: str, lang: str) -> list[str]:
    """The clause before a contrastive opener or "but", when it says nothing of who says
    so and the attribution of the sentence is a cue heading the clause after the opener."""
    parts = contrast_split(sentence, lang)
    but = _BUT[lang].search(sentence) if lang in _BUT else None
    if parts is None and but is not None and sentence[: but.start()].strip():
        parts = sentence[: but.start()], sentence[but.end() :]
    if parts is None:
        return []
    before, after = parts
    if is_attributed(before, lang) or not cue_heads(after, lang):
        return []
    return [before]


# An Arabic imperfect verb ("يشعر", "تمهد"): a state or an expectation, the stuff of an
# assessment; a past verb after the opener ("فيما تجددت الاشتباكات") tells an event
# beside the speaker's words, as the source's narration does.
_IMPERFECT = re.compile(r"\s*(?:ي\w{2,}|ت\w{2,}(?<![تا]))(?:\s|$)")


def _after_contrast(sentence: str, lang: str) -> list[str]:
    """The Arabic clause a contrastive opener heads with an imperfect verb, after a clause
    whose cue heads what it says ("وصف X الزيارة بأنها ...، فيما يشعر الرئيس بالضيق"):
    the opener starts a statement with its own subject, which the cue does not reach;
    unless it says who says so itself, it is stated in our own voice. A frame ("بحسب X،
    ...") is no verb with a complement: it covers the whole sentence. Arabic only: an
    English "while" or "as" clause after "X said" is as often still X's word. The cue
    must stand in the clause right before the opener: after a clause of its own between
    ("قال X إن ...، ومثال ذلك ...، فيما تتعاطى ...") the speaker is still going on."""
    parts = contrast_split(sentence, lang) if lang == "ar" else None
    if parts is None or not _IMPERFECT.match(fold(parts[1])):
        return []
    before, after = parts
    speech = before.split("،")[-1]  # the clause right before the opener
    if not (cue_heads(speech, lang) and speech_attributed(speech, lang)):
        return []
    if is_attributed(after, lang):
        return []
    return [after]


def _after_semicolon(sentence: str, lang: str) -> list[str]:
    """Statements after a semicolon with no attribution of their own, when the cue stands
    before the semicolon ("Amnesty condemned the approval; the sentence is cruel"): a new
    statement in our own voice. A cue at the end ("...; officials said") covers all."""
    statements = [p for p in sentence.split(";") if p.strip()]
    if len(statements) < 2 or is_attributed(statements[-1], lang):
        return []
    if not is_attributed(statements[0], lang):
        return []
    return [p for p in statements[1:] if not is_attributed(p, lang)]


# "يرى ماسا أن ...، فالرئيس يشعر ...": after the speaker's clause, "ف" and a subject of its
# own open a new statement (so-and-so is ...), the writer's inference, not the speaker's
_CONSEQUENCE = re.compile(r"،\s*ف(?=ال\w{3,}\s)")


def _after_consequence(sentence: str, lang: str) -> list[str]:
    """An Arabic statement with its own subject after "، ف" that follows a cue's clause."""
    if lang != "ar":
        return []
    parts = _CONSEQUENCE.split(sentence)
    if len(parts) < 2 or not cue_heads(parts[0], lang):
        return []
    return [p for p in parts[1:] if p.strip() and not is_attributed(p, lang)]


# "X – כך קבע בית המשפט, אף שביצעה ...": a Hebrew attribution put after its claim ("so
# ruled the court") covers the claim before it; a concessive or contrastive clause after
# its speaker is a statement of its own, in the writer's voice unless it has a cue.
_POSTPOSED = re.compile(r"(?:^|[,–—-]\s*)כך\s+\S+")
_LATER_OPENER = re.compile(r",\s*(?=(?:אף|למרות|אך|אולם|אבל|ואילו|בעוד)(?:\s|ש))")


def _after_postposed(sentence: str, lang: str) -> list[str]:
    """Hebrew clauses opened by a concessive or contrastive word after a postposed
    attribution ("כך החליט X, אף ש..."), when they hold no attribution of their own."""
    if lang != "he":
        return []
    frame = next(
        (m for m in _POSTPOSED.finditer(sentence) if is_attributed(m.group(0), lang)), None
    )
    if frame is None:
        return []
    later = _LATER_OPENER.search(sentence, frame.end())
    if later is None:
        return []
    after = sentence[later.end() :]
    return [after] if after.strip() and not is_attributed(after, lang) else []
