"""Names in their roles, in every language.

A real name from the source in the wrong role ("CIA chief Matthew Miller" where the source
says "CIA chief William Burns" and "State Department spokesman Matthew Miller") passes a
check that only asks whether the name occurs. Where the brief ties a name to a role (a
title before it, or an apposition after it), the source must tie them too: the role's
words near the name somewhere in the source. A role the source gives to somebody else,
and never to this name, is reported.

Arabic and Hebrew have no capitals to find names by; there, a person named right after a
title (مدير، المتحدث، ראש הממשלה، דובר...) must be someone the source names: two or more
words in a row that the source nowhere has are an invented name.
"""

from __future__ import annotations

import re

from summarizer.guard.align import SourceIndex
from summarizer.guard.complete_names import comma_after, name_ends
from summarizer.guard.content_keys import content_words, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, last_words, sentences, stems, words

_EN_TITLES = {
    *("chief", "director", "head", "spokesman", "spokeswoman", "spokesperson", "minister"),
    *("president", "secretary", "commander", "leader", "ambassador", "envoy", "governor"),
    *("mayor", "chairman", "ceo", "founder", "deputy", "researcher", "activist", "lawyer"),
    *("surgeon", "journalist", "author", "professor", "analyst", "officer", "judge"),
    *("prosecutor", "editor", "correspondent", "negotiator", "adviser", "advisor"),
    # clergy, the military, office holders, the press and the professions
    *("rabbi", "imam", "sheikh", "cleric", "bishop", "priest", "pastor", "cardinal"),
    *("general", "colonel", "major", "captain", "lieutenant", "sergeant", "admiral"),
    *("brigadier", "senator", "congressman", "congresswoman", "lawmaker", "chancellor"),
    *("premier", "speaker", "justice", "attorney", "reporter", "photographer", "columnist"),
    *("anchor", "presenter", "producer", "actor", "actress", "coach", "manager", "doctor"),
    *("nurse", "economist", "historian", "scientist", "diplomat", "official", "spokesperson"),
}
_AR_TITLES = {
    fold(w)
    for w in (
        *("مدير", "رئيس", "وزير", "المتحدث", "متحدث", "الناطق", "ناطق", "زعيم", "قائد"),
        *("سفير", "الأمين", "أمين", "المرشد"),
    )
}
HE_TITLES = {
    *("ראש", "שר", "שרת", "דובר", "דוברת", "מנהל", "מנהלת", "נשיא", 'מזכ"ל', "מנהיג"),
    *("מפקד", "שגריר", 'יו"ר'),
}
# a name's lower-case particles ("Otto von Bismarck", "Vincent van Gogh") inside its run
_RUN = re.compile(
    r"(?:[A-Z][\w'’-]*\.?\s+(?:(?:von|van|der|den|de|da|di|del|bin|ibn)\s+)?)*[A-Z][\w'’-]*"
)
WINDOW = 8  # words between a name and its role in the source
NOVEL_NAME = 2  # words in a row after a title that the source nowhere has


def check_roles(summary: str, source: str, index: SourceIndex, lang: str) -> list[Problem]:
    if lang == "en":
        return _check_en(summary, source)
    return _check_rtl(summary, index, lang)


def _check_en(summary: str, source: str) -> list[Problem]:
    problems = []
    source_words = [w for s in sentences(source) for w in [*words(s.text), "\n"]]
    # "Scorsese’s movie" names Scorsese: the possessive is no part of the name
    lowered = [_no_possessive(w.lower()) for w in source_words]
    for sentence in sentences(summary):
        for m in _RUN.finditer(sentence.text):
            run = m.group(0).split()
            before = last_words(sentence.text, m.start(), 3)
            title = [w for w in run[:-1] + before if _is_title(w)]
            if not title or len(run) < 2 or _not_a_person(sentence.text, m.start(), before):
                continue
            role = {w.lower() for w in before + run[:-2] if w[:1].isupper() or w in title}
            surname = run[-1]
            holder = _role_holder(source_words, lowered, surname, role, title[0].lower())
            own = (
                None
                if holder or before[-1:] != title[:1]
                else _own_title(source_words, lowered, surname, title[0].lower())
            )
            if own:
                problems.append(
                    Problem(
                        "name",
                        f"the source calls {surname} {own}, never {title[0]}",
                        m.group(0),
                    )
                )
            if holder:
                problems.append(
                    Problem(
                        "name",
                        f"the source gives the role ({' '.join(before) or title[0]}) to"
                        f" {holder}, not to"
                        f" {surname}",
                        m.group(0),
                    )
                )
    return problems


_ARTICLES = {"the", "a", "an"}
_OBJECT_OF = {"for", "in", "at", "on", "from", "by", "with", "to", "against", "about", "into"}


def _not_a_person(text: str, start: int, before: list[str]) -> bool:
    """A run in quotation marks ("Marriage Story") is a work's title, and a run after a
    preposition ("actress for Marriage Story", "judge on the Superior Court") the object
    of the role, not its holder."""
    opening = text[:start].rstrip()[-1:]
    quoted = opening != "" and opening in "\"“‘«'"
    # "a judge on the Superior Court": the article does not end the preposition's object
    lead = [w.lower() for w in before]
    while lead and lead[-1] in _ARTICLES:
        lead.pop()
    return quoted or (bool(lead) and lead[-1] in _OBJECT_OF)


def _no_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def is_role_word(word: str) -> bool:
    """A title or role of a person ("director", "researcher", "Vice-President")."""
    return _is_title(word)


def is_rtl_title(word: str, lang: str) -> bool:
    """An Arabic or Hebrew title before a name ("الرئيس", "والوزير", "השר"), in any of its
    proclitic forms."""
    titles = _AR_TITLES if lang == "ar" else HE_TITLES
    folded = fold(word)
    return bool({folded, *stems(folded, lang)} & titles)


def _is_title(word: str) -> bool:
    """A title, also as the last part of a compound: "Vice-President", "co-founder"."""
    return word.lower() in _EN_TITLES or word.lower().rsplit("-", 1)[-1] in _EN_TITLES


def _role_holder(
    source: list[str], lowered: list[str], surname: str, role: set[str], title: str
) -> str | None:
    """Another name the source gives this role to, when it never gives it to ``surname``;
    None when the source ties the role to the surname, or to nobody it names."""
    if surname.lower() not in lowered:
        return None  # a name the source lacks: the name check reports it
    others = []
    for i, word in enumerate(lowered):
        if word not in _titles_like(title):
            continue
        start, end = max(0, i - WINDOW), min(len(source), i + WINDOW + 1)
        breaks = [j for j in range(start, end) if source[j] == "\n"]
        start = max([j + 1 for j in breaks if j < i] or [start])
        end = min([j for j in breaks if j > i] or [end])
        near = source[start:end]
        # the body the role heads ("Mossad" in "Mossad chief") must be near; the title
        # word itself, found at ``i``, says nothing of whose role this is
        body = role - _titles_like(title)
        if len({w.lower() for w in near} & body) < len(body) * 0.5:
            continue
        if surname in near:
            return None
        after = source[i + 1 : end]
        others += [w for w in after if w[:1].isupper() and w.lower() not in role][:2]
    return " ".join(others[:2]) if others else None


# titles a writer uses for one another's post: "Mossad chief" for "Mossad director"
_HEADS = frozenset({"chief", "director", "head", "leader"})


def _titles_like(title: str) -> frozenset[str]:
    """The title and the titles that name the same post (the head of a body)."""
    return _HEADS if title in _HEADS else frozenset({title})


def _own_title(source: list[str], lowered: list[str], surname: str, title: str) -> str | None:
    """The title the source puts right before this name ("Chancellor Otto von Bismarck"),
    when the source never puts the brief's title (or its plural) near the name."""
    theirs = None
    forms = {f for t in _titles_like(title) for f in (t, t + "s", t + "es")}
    for i, word in enumerate(lowered):
        if word != surname.lower():
            continue
        near = lowered[max(0, i - WINDOW) : i + WINDOW + 1]
        if forms & set(near):
            return None
        lead = [w for w in source[max(0, i - 5) : i] if w != "\n"]
        titles = [w for w in lead if _is_title(w) and w[:1].isupper()]
        if titles:
            theirs = titles[-1]
    return theirs


# Common given names: one followed by a word the source nowhere has is a person the
# article does not name ("حسين الترابي", "חסן רוחאני"), title or not. Names that are also
# common words (علي / على "on", عمر "age", جو "air", وليد "newborn", אבי "my father", שרה
# "minister", אריאל a town) are left out, or (ambiguous) count only before a family name
# with the article (حسن الترابي).
_AR_GIVEN = """
محمد أحمد حسين خالد عثمان يوسف إبراهيم مصطفى محمود إسماعيل سليمان سلمان مروان ياسر زياد
عبد عبدالله بيل مايك دونالد جورج فلاديمير بوريس أنتوني
"""
_AR_AMBIGUOUS = "حسن جمال كمال سعيد صالح عادل نبيل سمير"
_HE_GIVEN = """
משה יוסף אברהם יצחק יעקב דניאל מיכאל אורי יוסי בנימין אהוד נפתלי יאיר גדעון
אורנה רונית מירב איילת רחל ציפי גולדה חסן מוחמד אחמד מחמוד איסמעיל יחיא ג'ו ג'ון ביל
מייק דונלד ג'ורג' ולדימיר עמנואל בוריס אנתוני
"""
_GIVEN = {
    "ar": {fold(w) for w in _AR_GIVEN.split()},
    "he": {fold(w) for w in _HE_GIVEN.split()},
}
_GIVEN_BEFORE_AL = {fold(w) for w in _AR_AMBIGUOUS.split()}
NAME_WINDOW = 6  # words after a title that may still be its holder's name


def _given_name(token: str, forms: set[str], following: list[str], lang: str) -> bool:
    """Whether a token is a given name with a word after it (the article's ال before it,
    for a name that is also a common word)."""
    if not following:
        return False
    if forms & _GIVEN[lang]:
        return True
    return lang == "ar" and fold(token) in _GIVEN_BEFORE_AL and following[0].startswith("ال")


def _check_rtl(summary: str, index: SourceIndex, lang: str) -> list[Problem]:
    titles = _AR_TITLES if lang == "ar" else HE_TITLES
    problems = []
    heads: list[frozenset[tuple[str, ...]]] = []  # the source's name runs, on first use
    for sentence in sentences(summary):
        tokens = words(sentence.text)  # بـ"الجيش: the proclitic and the quoted word apart
        breaks = comma_after(sentence.text, tokens)
        for i, token in enumerate(tokens):
            forms = {fold(token), *stems(fold(token), lang)}
            end = min((b for b in breaks if b >= i), default=len(tokens) - 1) + 1
            if _given_name(token, forms, tokens[i + 1 : min(i + 2, end)], lang):
                following = tokens[i + 1]
                if content_words(following, lang) and not (
                    word_keys(following, lang) & index.everywhere
                ):
                    name = f"{token} {following}"
                    problems.append(Problem("name", f"not in the source: {name}", name))
                elif (renamed := _renamed_tail(tokens[:end], i, index, lang, heads)) and not any(
                    renamed in (p.span or "")
                    for p in problems  # "عبد" of "خالد عبد" too
                ):
                    problems.append(Problem("name", f"not in the source: {renamed}", renamed))
                continue
            if not forms & titles:
                continue
            novel: list[str] = []
            named = False  # a given name read: the holder's name has begun
            for j, following in enumerate(tokens[i + 1 : i + NAME_WINDOW], start=i + 1):
                if named and j - 1 in breaks:
                    break  # "ראש הממשלה בנימין נתניהו, שתוכנן": the name ended at its comma
                named = named or fold(following) in _GIVEN[lang]
                if len(following) < 2 or not content_words(following, lang):
                    break  # a proclitic split off a quotation (بـ"الجيش) ends the name
                if word_keys(following, lang) & index.everywhere:
                    if novel:
                        break
                    continue
                novel.append(following)
            if len(novel) >= NOVEL_NAME:
                name = " ".join(novel)
                problems.append(Problem("name", f"not in the source: {name}", name))
    return problems


NAME_TAIL = 2  # words after a given name that may go on as in the source before the change


def _renamed_tail(
    tokens: list[str],
    i: int,
    index: SourceIndex,
    lang: str,
    heads: list[frozenset[tuple[str, ...]]],
) -> str | None:
    """A name that begins as the source writes it and ends otherwise: "خالد عبد الكريم
    موسى" where the source has "خالد عبد الكريم ماسا" and no موسى anywhere (the family
    name changed, the given names kept), unless the source ends its name where the
    brief's begins and the brief's sentence goes on from the next word (see
    :mod:`summarizer.guard.complete_names`). ``heads``: the source's runs (see
    :func:`_name_heads`), filled on first use. A given name after a given name is the
    second part of a compound name ("خالد عبد الكريم ماسا"): the name began one word
    earlier and is read from there, not from its middle."""
    if i and fold(tokens[i - 1]) in _GIVEN[lang]:
        return None
    for k in range(NAME_TAIL, 0, -1):
        head = tuple(fold(w) for w in tokens[i : i + k + 1])
        tail = tokens[i + k + 1 : i + k + 2]
        if len(head) < k + 1 or not tail or not content_words(tail[0], lang):
            continue
        if word_keys(tail[0], lang) & index.everywhere:
            continue  # the brief's next word is the source's
        if not heads:
            heads.append(_name_heads(index, lang))
        if head not in heads[0]:
            continue
        # a name the brief closes after the new word ("בנימין נתניהו לוי,") is renamed;
        # a word its sentence goes on from is a predicate where the source's name ends
        closed = i + k + 2 >= len(tokens)
        if closed or not name_ends(head, index, lang):
            return " ".join(tokens[i : i + k + 2])
    return None


def _name_heads(index: SourceIndex, lang: str) -> frozenset[tuple[str, ...]]:
    """Every run of two to NAME_TAIL + 1 words of the source that a content word follows
    (one pass over the source)."""
    out = set()
    for sentence in index.sentences:
        theirs = [fold(w) for w in words(sentence.text)]
        for j in range(len(theirs)):
            for k in range(1, NAME_TAIL + 1):
                if j + k + 1 < len(theirs) and content_words(theirs[j + k + 1], lang):
                    out.add(tuple(theirs[j : j + k + 1]))
    return frozenset(out)
