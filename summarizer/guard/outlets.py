"""A news outlet credited in a brief: "..., the Jerusalem Post reports", "according to
Reuters".

A brief may say which outlet a report comes from, usually the one that published the
article, whose text never names itself. The outlet's name is then no name the source must
have, and its words no content the source must back. Only an outlet is credited so: a
name ending with a newspaper's word (Post, Times, Journal...) or a known agency or
broadcaster, next to a reporting verb or after "according to"; anybody else credited with
a claim is the attribution checks' to judge.
"""

from __future__ import annotations

import re

_NEWS_WORDS = {
    *("post", "times", "journal", "herald", "tribune", "gazette", "telegraph", "guardian"),
    *("independent", "observer", "chronicle", "economist", "news", "press", "daily"),
    *("magazine", "monitor", "review", "agency", "television", "radio", "channel", "wire"),
}
_AGENCIES = {
    *("reuters", "ap", "afp", "bbc", "cnn", "npr", "haaretz", "ynet", "axios", "bloomberg"),
    *("wafa", "anadolu", "xinhua", "walla", "maariv", "i24news", "al-monitor", "politico"),
    *("wired", "intercept", "dw", "cbs", "nbc", "abc", "fox", "sky", "al-arabiya"),
}
_CREDIT_VERBS = {"reports", "reported", "says", "said", "writes", "wrote", "reporting"}
# what stands before an outlet credited with a report: "according to", "told", and the
# report's own words ("a report carried by", "an interview published in")
_CREDIT_BEFORE = re.compile(
    r"\b(?:according\s+to|citing|reported\s+by|told"
    r"|(?:carried|published|aired|broadcast|quoted)\s+(?:by|in|on)"
    r"|(?:report|interview|article|story)\s+(?:in|by|from|on))$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z][\w'-]*")


def is_outlet(run: list[str]) -> bool:
    """A name ending with a newspaper's word or an agency's name, or one that opens with a
    newspaper's word and goes on with "of" ("Times of Israel")."""
    lowered = [w.lower().removesuffix("'s") for w in run]
    if not lowered:
        return False
    of_name = len(lowered) > 2 and lowered[1] == "of" and lowered[0] in _NEWS_WORDS
    return of_name or lowered[-1] in _NEWS_WORDS or lowered[-1] in _AGENCIES


def outlet_credits(text: str) -> list[tuple[int, int]]:
    """(start, end) of every credit to a news outlet in an English text: the outlet's name
    with "the" before it and the reporting verb after it ("the Jerusalem Post reports"), or
    "according to" and the name."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i][0][:1].isupper():
            i += 1
            continue
        j = i
        while j < len(tokens) and _adjacent(text, tokens, j, i) and _in_name(tokens, j, i):
            j += 1
        run = [t[0] for t in tokens[i:j]]
        if is_outlet(run):
            start, end = tokens[i][1], tokens[j - 1][2]
            if i and tokens[i - 1][0].lower() == "the":
                start = tokens[i - 1][1]
            head = _CREDIT_BEFORE.search(text[:start].rstrip())
            verb = tokens[j][0].lower() if j < len(tokens) else ""
            report = _report_after(text, tokens, j)
            if verb in _CREDIT_VERBS and _adjacent(text, tokens, j, i):
                spans.append((start, tokens[j][2]))
            elif report:
                spans.append((start, tokens[report][2]))
            elif head is not None:
                spans.append((head.start(), end))
        i = max(j, i + 1)
    return spans


# "a New York Times news analysis", "a Reuters investigation": the outlet names whose
# piece of writing says it, an attributive credit, whatever verb follows
_REPORT_NOUNS = {
    *("report", "analysis", "investigation", "article", "story", "interview", "editorial"),
    *("column", "op-ed", "survey", "poll", "documentary", "podcast", "review"),
}
REPORT_REACH = 2  # lower-case words after an outlet's name up to the noun of its report


def _report_after(text: str, tokens: list[tuple[str, int, int]], j: int) -> int:
    """The index of the report noun that an outlet's name (ending before token j) modifies
    ("... Times news analysis"), 0 where none follows it within reach."""
    for k in range(j, min(j + REPORT_REACH, len(tokens))):
        word = tokens[k][0]
        if not word.islower() or not _adjacent(text, tokens, k, j - 1):
            return 0
        if word in _REPORT_NOUNS:
            return k
    return 0


def _in_name(tokens: list[tuple[str, int, int]], j: int, first: int) -> bool:
    """Whether token j goes on a name begun at ``first``: a capitalised word, or "of"
    between two ("Times of Israel")."""
    word = tokens[j][0]
    if word[:1].isupper():
        return True
    following = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    return word == "of" and j > first and following[:1].isupper()


def _adjacent(text: str, tokens: list[tuple[str, int, int]], j: int, first: int) -> bool:
    """Whether token j follows the one before it with only white space between (the run
    starting at ``first`` goes on)."""
    return j == first or not text[tokens[j - 1][2] : tokens[j][1]].strip()


def without_credits(text: str) -> str:
    """The text with every outlet credit blanked out (same length, so offsets hold)."""
    for start, end in outlet_credits(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Arabic and Hebrew name an outlet by what it is: "شبكة CNN", "صحيفة هآرتس", "רשת CNN".
_RTL_OUTLET_WORDS = {
    *("شبكة", "صحيفة", "جريدة", "وكالة", "قناة", "موقع", "إذاعة", "اذاعة", "تلفزيون"),
    *("רשת", "עיתון", "סוכנות", "ערוץ", "אתר", "תחנת"),
}


def names_outlet(speaker: str, lang: str) -> bool:
    """Whether a speaker phrase names a news outlet ("the Jerusalem Post", "Reuters",
    "شبكة CNN", "ערוץ 12")."""
    tokens = _TOKEN.findall(speaker)
    if lang == "en":
        run = [w for w in tokens if w[:1].isupper()]
        return is_outlet(run)
    first = speaker.split()[:1]
    latin = {w.lower() for w in tokens}
    return bool(first and first[0] in _RTL_OUTLET_WORDS) or bool(latin & _AGENCIES)
