"""Loaded-language lexicons: finding loaded terms in our own voice, and replacing them.

One TOML file per language (``en.toml``, ``ar.toml``, ``he.toml``) in the guard's
``lexicon_dir``; operators edit them. Each ``[[terms]]`` table lists the ``loaded`` word
forms and the ``neutral`` wording that replaces them (empty: the word is dropped), with a
``note`` saying why. See config/lexicon/README.md.

Words inside a quotation that the sentence attributes ("...", he said / X: "...") are
reported speech and allowed; anywhere else they are the brief's own voice.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.guard.article_clitics import article_prefix, join, lookup_keys
from summarizer.guard.doubt_words import source_doubts
from summarizer.guard.lexicon_forms import base_forms, construct_forms, possessive_end
from summarizer.guard.lexicon_labels import (
    LAW_PHRASE,
    in_law_name,
    other_sense,
    pinned_on_a_side,
    reported_speech,
)
from summarizer.guard.lexicon_nouns import abstract_noun
from summarizer.guard.repair_english import fit_replacement
from summarizer.guard.report import Problem
from summarizer.guard.source_only import brought_in, own_voice_entries
from summarizer.guard.text import (
    WORD_RE,
    fold,
    inside,
    quote_spans,
    sentence_around,
    stems,
    words,
)
from summarizer.languages import LANGUAGES

_KEYS = {"loaded", "neutral", "note", "attributed_ok", "of_a_side", "source_only"}


class LexiconError(ValueError):
    """A lexicon file is missing or malformed (the message says which file and why)."""


@dataclass(frozen=True)
class Term:
    """One loaded form (one or more words, folded) and what replaces it."""

    words: tuple[str, ...]
    text: str
    neutral: str
    note: str
    attributed_ok: bool = False
    entry: int = 0  # which [[terms]] table it came from: its forms are one word
    of_a_side: bool = False  # loaded only when pinned on a side ("Israel's onslaught")
    source_only: bool = False  # loaded only when the source does not use it: source_only.py


@dataclass(frozen=True)
class Hit:
    """A loaded term found in a text: where, the clitic prefix it carried, and the term."""

    start: int
    end: int
    prefix: str
    term: Term


class Lexicon:
    """The loaded terms of one language."""

    def __init__(
        self, lang: str, terms: list[Term], names: Sequence[str] = (), digest: str = ""
    ) -> None:
        self.lang = lang
        self.digest = digest  # of the file it was read from: changes when operators edit it
        # Longest first, so that "Zionist regime" wins over "regime".
        self.terms = sorted(terms, key=lambda t: -len(t.words))
        # Proper names that contain a loaded word (Al Aqsa Martyrs Hospital): not our voice.
        self.names = [Term(tuple(fold(w) for w in n.split()), n, "", "") for n in names]
        self.names.sort(key=lambda t: -len(t.words))
        self._first_words: dict[int, dict[str, list[Term]]] = {}

    @classmethod
    def load(cls, path: Path, lang: str) -> Lexicon:
        try:
            raw = path.read_bytes()
            data = tomllib.loads(raw.decode("utf-8"))
        except FileNotFoundError as exc:
            raise LexiconError(f"{path}: lexicon file not found") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path}: not valid TOML ({exc})") from exc
        unknown = set(data) - {"terms", "language", "names"}
        if unknown:
            raise LexiconError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
        terms: list[Term] = []
        for n, entry in enumerate(data.get("terms", []), start=1):
            where = f"{path}: terms #{n}"
            if not isinstance(entry, dict) or set(entry) - _KEYS or "loaded" not in entry:
                raise LexiconError(f"{where}: expected keys {', '.join(sorted(_KEYS))}")
            loaded, neutral = entry["loaded"], entry.get("neutral", "")
            if isinstance(loaded, str):
                loaded = [loaded]
            if not loaded or not all(isinstance(x, str) and x.strip() for x in loaded):
                raise LexiconError(f"{where}: 'loaded' must be a non-empty list of strings")
            if not isinstance(neutral, str):
                raise LexiconError(f"{where}: 'neutral' must be a string")
            attributed_ok = entry.get("attributed_ok", False)
            of_a_side, only = entry.get("of_a_side", False), entry.get("source_only", False)
            if not all(isinstance(x, bool) for x in (attributed_ok, of_a_side, only)):
                raise LexiconError(
                    f"{where}: 'attributed_ok', 'of_a_side', 'source_only': true/false"
                )
            note = str(entry.get("note", ""))
            for form in loaded:
                key = tuple(fold(w) for w in form.split())
                flags = (attributed_ok, n, of_a_side, only)
                terms.append(Term(key, form, neutral, note, *flags))
                for bound, bound_neutral in construct_forms(form, neutral, lang):
                    terms.append(Term((fold(bound),), bound, bound_neutral, note, *flags))
        names = data.get("names", [])
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise LexiconError(f"{path}: 'names' must be a list of strings")
        return cls(lang, terms, names, hashlib.sha256(raw).hexdigest())

    def find(self, text: str) -> list[Hit]:
        """Every loaded term in the text, in order, not overlapping, outside proper names."""
        tokens = [(m.group(0), m.start(), m.end()) for m in WORD_RE.finditer(text)]
        if self.lang == "en":  # "the regime's": the word is "regime"
            tokens = [t if t[0][-1] not in "'’s" else _possessive(text, t) for t in tokens]
        folded = [fold(t[0]) for t in tokens]
        names = [(h.start, h.end) for h in self._scan(tokens, folded, self.names)]
        return [
            h
            for h in self._scan(tokens, folded, self.terms)
            if not inside(names, h.start, h.end) and not self._in_english_name(text, h)
        ]

    def _scan(
        self, tokens: list[tuple[str, int, int]], folded: list[str], terms: list[Term]
    ) -> list[Hit]:
        hits: list[Hit] = []
        by_token: dict[str, list[Term]] = {}  # a text repeats its words: look each up once
        i = 0
        while i < len(tokens):
            candidates = by_token.get(folded[i])
            if candidates is None:
                candidates = by_token[folded[i]] = self._candidates(folded[i], terms)
            hit = self._match_at(tokens, folded, i, candidates) if candidates else None
            if hit is None:
                i += 1
                continue
            hits.append(hit[0])
            i += hit[1]
        return hits

    def _in_english_name(self, text: str, hit: Hit) -> bool:
        """A capitalised term inside a run of capitalised words, not at a sentence start:
        part of a proper name ("Al Aqsa Martyrs Hospital")."""
        if self.lang != "en" or not text[hit.start : hit.start + 1].isupper():
            return False
        before = text[: hit.start].rstrip()
        after = text[hit.end :].lstrip()
        previous = before.split()[-1] if before.split() else ""
        following = after.split()[0] if after.split() else ""
        at_start = not before or before[-1] in '.!?:"“'
        named_before = not at_start and previous[:1].isupper()
        return named_before or (not at_start and following[:1].isupper())

    def _match_at(
        self, tokens: list[tuple[str, int, int]], folded: list[str], i: int, candidates: list[Term]
    ) -> tuple[Hit, int] | None:
        """The longest of ``candidates`` (the terms the token at ``i`` may open) found there."""
        for term in candidates:
            n = len(term.words)
            if i + n > len(tokens) or tuple(folded[i + 1 : i + n]) != term.words[1:]:
                continue
            prefix = self._prefix(folded[i], term.words[0], inflects=_inflects(term))
            if prefix is None:
                continue
            start = tokens[i][1]
            return Hit(start, tokens[i + n - 1][2], tokens[i][0][: len(prefix)], term), n
        return None

    def _candidates(self, token: str, terms: list[Term]) -> list[Term]:
        """The terms whose first word this token may be (itself or behind proclitics),
        longest first: a lookup instead of a scan of every term for every word."""
        index = self._first_words.get(id(terms))
        if index is None:
            index = {}
            for term in terms:
                index.setdefault(term.words[0], []).append(term)
            for key, found in index.items():  # longest first, once (a stable sort)
                index[key] = sorted(found, key=lambda t: -len(t.words))
            self._first_words[id(terms)] = index
        if self.lang == "en":  # no proclitics, no base forms: most words open no term
            return index.get(token, [])
        keys = lookup_keys(token, self.lang)
        keys += [b for k in keys for b in base_forms(k, self.lang)]
        found = [t for k in dict.fromkeys(keys) for t in index.get(k, ())]
        return sorted(found, key=lambda t: -len(t.words))

    def _prefix(self, token: str, word: str, *, inflects: bool = False) -> str | None:
        """The clitic prefix that turns ``word`` into ``token`` ('' if equal), else None;
        with ``inflects``, ``word`` may also carry a gender or number ending there."""
        prefix = self._clitic(token, word)
        if prefix is not None or not inflects:
            return prefix
        for stem in stems(token, self.lang):
            if word in base_forms(stem, self.lang):
                return token[: len(token) - len(stem)]
        return None

    def _clitic(self, token: str, word: str) -> str | None:
        """The clitic prefix that turns ``word`` into ``token`` ('' if equal), else None."""
        if token == word:
            return ""
        if self.lang == "en":
            return None
        for stem in stems(token, self.lang):
            if stem == word:
                return token[: len(token) - len(stem)]
        return article_prefix(token, word, self.lang)

    def loaded_in_own_voice(
        self,
        text: str,
        *,
        law_names: bool = False,
        source: str | None = None,
        original_charges: Callable[[], bool] | None = None,
    ) -> list[Hit]:
        """Loaded terms outside attributed quotations (and, with ``law_names``, outside the
        name of a bill or law that the source names with them: see :meth:`names_a_law`;
        ``source``, in the brief's language, must then hold the name as the brief words it).
        ``original_charges`` (asked only when needed) False: the brief this one translates
        reports no charge, so a charge here (genocide, war crimes) is the translation's
        own word."""
        hits = self.find(text)
        # the terms the source itself uses: a speaker can only be reported using those
        # (also for a label after a designating verb: "labelled ... terrorist")
        said: set[int] | None = None
        if source is not None and any(h.term.attributed_ok or not h.term.neutral for h in hits):
            said = {h.term.entry for h in self.find(source)}
        elif (
            any(h.term.attributed_ok for h in hits)
            and original_charges is not None
            and not original_charges()
        ):
            said = set()
        own = own_voice_entries(hits, source, self.find)
        return [
            h
            for h in hits
            if not reported_speech(text, h, self.lang, said)
            and not (law_names and self._names_the_law(text, h, source))
            and not other_sense(text, h, self.lang, source)
            and not abstract_noun(text, h, self.lang)
            and not source_doubts(
                sentence_around(text, h.start, h.end), h.term.text, self.lang, source
            )
            and (not h.term.of_a_side or pinned_on_a_side(text, h.start))
            and brought_in(h, source, own)
        ]

    def _names_the_law(self, text: str, hit: Hit, source: str | None) -> bool:
        if not in_law_name(text, hit, self.lang):
            return False
        if source is None:
            return True  # a translation: the law's name is rendered, not copied
        phrase = " ".join(fold(w) for w in words(text[: hit.end])[-LAW_PHRASE:])
        return f" {phrase} " in " " + " ".join(fold(w) for w in words(source)) + " "

    def reports_a_charge(self, text: str) -> bool:
        """Whether a text holds a charge (a term allowed as someone's accusation)."""
        return any(h.term.attributed_ok for h in self.find(text))

    def names_a_law(self, source: str) -> bool:
        """Whether the source names a bill or law with one of the loaded terms ("Death
        penalty for terrorists bill"): a brief may name that law as the source does, since
        the term is then the law's name, not our voice."""
        return any(in_law_name(source, h, self.lang) for h in self.find(source))

    def check(
        self,
        text: str,
        *,
        law_names: bool = False,
        source: str | None = None,
        original_charges: Callable[[], bool] | None = None,
    ) -> list[Problem]:
        problems = []
        found = self.loaded_in_own_voice(
            text, law_names=law_names, source=source, original_charges=original_charges
        )
        for hit in found:
            instead = f'"{hit.term.neutral}"' if hit.term.neutral else "leaving it out"
            note = f" ({hit.term.note})" if hit.term.note else ""
            problems.append(
                Problem(
                    "loaded",
                    f'"{hit.term.text}" is loaded in our own voice; neutral: {instead}{note}',
                    text[hit.start : hit.end],
                )
            )
        return problems

    def repair(self, text: str) -> str:
        """The text with every loaded term in our own voice replaced by its neutral form."""
        out: list[str] = []
        last = 0
        quotes = quote_spans(text)
        for hit in self.loaded_in_own_voice(text):
            if inside(quotes, hit.start, hit.end) or in_law_name(text, hit, self.lang):
                continue  # changing quoted words or a law's name would misreport: fall back
            original = text[hit.start : hit.end]
            replacement = _match_case(original[len(hit.prefix) :], hit.term.neutral)
            start, end = hit.start, hit.end
            if not replacement and not hit.prefix:
                # dropping a word: take one neighbouring space with it
                if text[end : end + 1] == " ":
                    end += 1
                elif start and text[start - 1] == " ":
                    start -= 1
            head = text[last:start]
            if self.lang == "en":
                fitted = fit_replacement(head, replacement, text[end:])
                if fitted is None:
                    continue  # no English wording keeps the sentence whole: fall back
                head, replacement = fitted
            out.append(head)
            elided = not fold(original[len(hit.prefix) :]).startswith(hit.term.words[0])
            out.append(join(hit.prefix, replacement, self.lang, elided=elided))
            last = end
        out.append(text[last:])
        return "".join(out)


def _match_case(original: str, neutral: str) -> str:
    if neutral and original[:1].isupper() and not neutral[:1].isupper():
        return neutral[0].upper() + neutral[1:]
    return neutral


def _possessive(text: str, token: tuple[str, int, int]) -> tuple[str, int, int]:
    word, start, end = token
    end = possessive_end(word, end)
    return text[start:end], start, end


def _inflects(term: Term) -> bool:
    """A single word the brief drops (an adjective: دموي، אכזרי) is caught in each of its
    gender and number forms; a word with a replacement must list each form it replaces."""
    return len(term.words) == 1 and not term.neutral and bool(term.note)


class Lexicons:
    """The lexicons of all languages, loaded from one folder."""

    def __init__(self, by_lang: dict[str, Lexicon]) -> None:
        self.by_lang = by_lang

    @classmethod
    def load(cls, folder: Path) -> Lexicons:
        if not folder.is_dir():
            raise LexiconError(f"{folder}: lexicon folder not found")
        return cls({lang: Lexicon.load(folder / f"{lang}.toml", lang) for lang in LANGUAGES})

    def __getitem__(self, lang: str) -> Lexicon:
        return self.by_lang[lang]
