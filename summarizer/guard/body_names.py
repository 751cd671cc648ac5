"""An Arabic brief's organisation that the source does not name: "نظمها المعهد العربي
لحقوق الإنسان" where the source's seminar was organised by "مركز تونس للحريات".

An Arabic body is named by a noun for its kind (مركز، معهد، اتحاد، حزب، كتلة، جبهة،
لواء ...) and the words of its name after it, which are common words on their own
("مركز تونس للحريات", "الاتحاد العام التونسي للشغل"): each word may stand somewhere in the
source, and the support check, which counts words, lets one or two new ones pass. A name
is its words in their order, so the brief's name is compared as a phrase:

- its words (the name less its kind noun: the first content word and up to two more
  that continue a name, a genitive with ل or a definite relative adjective) must stand
  together, in that order, somewhere in the source ("مركز الخرطوم للحريات" where the
  source has only "مركز تونس للحريات" and, elsewhere, "الخرطوم"); a one-word name must
  stand somewhere in the source;
- where the source has the name's words only after a noun for another kind ("الائتلاف
  الوطني السوري" read "المجلس الوطني السوري"), the brief has named another body.

A place's adjective after a name ("حركة حماس الفلسطينية") is a gloss, not part of the
name, and a name the source writes bare ("حماس") may take its kind noun in a brief.
"""

from __future__ import annotations

import re

from summarizer.guard.content_keys import is_content
from summarizer.guard.kind_slots import AR_ARTICLE, definite_before
from summarizer.guard.places import place_of
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, folded_forms, words

# Nouns for a kind of body whose name follows them (bare, as folded: a proclitic or the
# article is stripped before the comparison). Party, bloc, movement, front, brigade,
# coalition and the like; centre, institute, union, council, league, syndicate,
# organisation, authority, observatory; units; a newspaper. Not "قوات" (forces): its
# adjective describes ("القوات الحكومية" for the source's "القوات النظامية").
_BODY_NOUNS = frozenset(
    fold(w)
    for w in (
        *("مركز", "معهد", "اتحاد", "مجلس", "رابطة", "نقابة", "منظمة", "هيئة", "مرصد"),
        *("حزب", "كتلة", "حركة", "جبهة", "لواء", "ائتلاف", "تحالف", "تجمع", "قوى"),
        *("وحدات", "صحيفة", "جريدة"),
    )
)

# Kind nouns that are one kind: a bloc, a coalition, an alliance, a gathering ("كتلة نداء
# السودان" retold "تحالف نداء السودان"); a paper. A brief may use either for the other.
_ONE_KIND = {
    fold(w): fold(k)
    for k, ws in (("كتلة", ("تحالف", "ائتلاف", "تجمع")), ("صحيفة", ("جريدة",)))
    for w in ws
}

NAME_WORDS = 3  # words of a name, at most, compared as a phrase
_PIECES = re.compile(r"[,،.;؛:!?؟()]")
# A name's words after its first: a genitive with the preposition ل written on
# ("للحريات", "لحقوق", "للشغل"), or a definite relative adjective ("العربي", "الوطنية").
_GENITIVE = re.compile(r"^لل?.{3,}$")
_ADJECTIVE = re.compile(r"^ال.{2,}(?:ي|ية|يه|يين|يون)$")


def _body_noun(word: str) -> str | None:
    """The kind noun ``word`` is, in any of its forms ("والمجلس", "بجبهة"), or None."""
    for form in folded_forms(word, "ar"):
        if form in _BODY_NOUNS:
            return _ONE_KIND.get(form, form)
    return None


def _name_after(tokens: list[str]) -> list[str]:
    """The words of the name that opens ``tokens``: its first content word and the words
    that continue a name, less a place's adjective at its end ("حركة حماس الفلسطينية":
    a gloss, not the name)."""
    if (
        not tokens
        or not is_content(tokens[0], "ar")
        or _body_noun(tokens[0]) is not None
        or fold(tokens[0]).startswith("وال")  # "الجبهة والتنظيم": "and", a second body
    ):
        return []
    name = [tokens[0]]
    for word in tokens[1:NAME_WORDS]:
        folded = fold(word)
        if not (_GENITIVE.match(folded) or _ADJECTIVE.match(folded)):
            break
        name.append(word)
    while len(name) > 1 and place_of(name[-1], "ar") is not None:
        name.pop()
    return name


def _described(noun: str, after: str) -> bool:
    """ "هيئة مستقلة", "مجلس محلي": an indefinite noun and an indefinite adjective after
    it (its feminine or relative ending) describe a body, they do not name one."""
    return (
        not AR_ARTICLE.match(fold(noun))
        and not AR_ARTICLE.match(fold(after))
        and fold(after).endswith(("ة", "ي"))
    )


def _named(text: str) -> list[tuple[str, str, list[str]]]:
    """(kind noun, the word it is, its name's words) for each body the text names."""
    out = []
    for piece in _PIECES.split(text):
        tokens = words(piece)
        for at, token in enumerate(tokens[:-1]):
            kind = _body_noun(token)
            if kind is None or definite_before(token, tokens[at + 1], "body", "ar"):
                continue
            if _described(token, tokens[at + 1]):
                continue
            name = _name_after(tokens[at + 1 :])
            if name and len(fold(name[0])) > 2:
                out.append((kind, token, name))
    return out


def _phrase_at(source: list[tuple[str, set[str]]], name: list[str]) -> list[int]:
    """Where in the source (its words, folded, with their forms) the name's words stand in
    order. A word after the first joined on by "and" ("الصحافة والدراسات") starts another
    phrase: it does not continue a name ("الصحافة للدراسات")."""
    mine = [(fold(w), folded_forms(w, "ar")) for w in name]

    def same(k: int, theirs: tuple[str, set[str]]) -> bool:
        conjoined = k > 0 and theirs[0].startswith("و") and not mine[k][0].startswith("و")
        return bool(mine[k][1] & theirs[1]) and not conjoined

    return [
        i
        for i in range(len(source) - len(mine) + 1)
        if all(same(k, source[i + k]) for k in range(len(mine)))
    ]


def check_body_names(summary: str, source: str, lang: str) -> list[Problem]:
    """Bodies an Arabic brief names that the source does not: their name's words never
    together in the source, or there only after a noun for another kind of body."""
    if lang != "ar":
        return []
    theirs = [(fold(w), folded_forms(w, "ar")) for w in words(source)]
    problems = []
    for kind, token, name in _named(summary):
        at = _stands_at(theirs, name)
        shown = " ".join([token, *name])
        if not at:
            problems.append(Problem("name", f"the source never names {shown!r}", shown))
            continue
        before = [theirs[i - 1][1] for i in at if i > 0]
        others = {_ONE_KIND.get(k, k) for forms in before for k in forms if k in _BODY_NOUNS}
        if (
            len(before) == len(at)
            and others
            and kind not in others
            and all(forms & _BODY_NOUNS for forms in before)
        ):
            problems.append(
                Problem(
                    "name",
                    f"the source names {' '.join(name)!r} after {sorted(others)[0]!r},"
                    f" not {kind!r}",
                    shown,
                )
            )
    return problems


def _stands_at(source: list[tuple[str, set[str]]], name: list[str]) -> list[int]:
    """Where the name stands in the source: all its words, or its words up to a place's
    adjective ("الائتلاف الوطني السوري الداعي": the name ends at "السوري", and the word
    after it, which a relative adjective's ending does not tell from a participle, is
    the brief's own)."""
    for end in range(len(name), 0, -1):
        if end == len(name) or (end > 1 and place_of(name[end - 1], "ar") is not None):
            at = _phrase_at(source, name[:end])
            if at:
                return at
    return []
