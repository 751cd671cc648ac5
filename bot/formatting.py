"""Telegram HTML for the bot's messages: escaping, right-to-left text and splitting.

Three rules every outgoing message follows:

1. It is Telegram HTML: user and article text is escaped; the only tags are those Telegram
   accepts, written by us and properly nested.
2. In Arabic and Hebrew it reads right to left: left-to-right runs (Latin names, numbers,
   URLs) are wrapped in Unicode isolates (U+2068 … U+2069) so that they cannot flip the
   paragraph, and a message whose first strong character is not right-to-left starts with
   a right-to-left mark.
3. It fits: Telegram counts at most 4096 UTF-16 code units of *visible* text (after entity
   parsing); longer messages are split at paragraph, line or sentence ends (Latin, Arabic and
   Hebrew punctuation), never inside a tag or an entity, with open tags closed at the end of
   one part and reopened at the start of the next.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from summarizer.languages import RTL_LANGUAGES

TELEGRAM_TEXT_LIMIT = 4096
FSI = "\u2068"  # first strong isolate
PDI = "\u2069"  # pop directional isolate
RLM = "\u200f"  # right-to-left mark
# Sentence-final punctuation: Latin, ellipsis, Arabic question mark and full stop (U+061F,
# U+06D4), Hebrew sof pasuq (U+05C3), CJK full stop.
SENTENCE_END = frozenset(".!?…؟۔׃。")

_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>")
_ENTITY_RE = re.compile(r"&(?:#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);")
_LTR_TYPES = frozenset({"L", "EN"})
_RTL_TYPES = frozenset({"R", "AL"})
_RUN_PREFIX = frozenset("/@#$€£+-_~")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, as Telegram counts it."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def escape(text: str) -> str:
    """Escape text for Telegram HTML (``&``, ``<``, ``>``; quotes too, for attributes)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def isolate_ltr(text: str) -> str:
    """Wrap each left-to-right run of plain ``text`` in FSI … PDI.

    A run starts at a strong left-to-right character or a European digit (with a sign or
    slash just before it, as in ``/start``) and ends at the last such character before the
    next right-to-left letter or line break, so the spaces and punctuation between a Latin
    name and the Arabic or Hebrew that follows stay outside the isolate.
    Text that is already isolated is left alone.
    """
    out: list[str] = []
    run_start: int | None = None
    run_end = 0  # index after the last LTR character of the current run
    depth = 0
    for i, ch in enumerate(text):
        if ch == FSI:
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        if depth or ch in (FSI, PDI):
            if run_start is not None:  # an existing isolate ends our run
                out.append(FSI + text[run_start:run_end] + PDI + text[run_end:i])
                run_start = None
            out.append(ch)
            continue
        kind = unicodedata.bidirectional(ch)
        if kind in _LTR_TYPES:
            if run_start is None:
                run_start = i
                while out and out[-1] in _RUN_PREFIX:  # "/start", "@name", "#tag", "-5"
                    run_start -= 1
                    out.pop()
            run_end = i + 1
        elif kind == "ET" and run_start is not None and run_end == i:
            run_end = i + 1  # a sign right after the run belongs to it: "50%", "20°"
        elif kind in _RTL_TYPES or kind == "B":
            if run_start is not None:
                out.append(FSI + text[run_start:run_end] + PDI + text[run_end:i])
                run_start = None
            out.append(ch)
        elif run_start is None:
            out.append(ch)
    if run_start is not None:
        out.append(FSI + text[run_start:run_end] + PDI + text[run_end:])
    return "".join(out)


def first_strong_is_rtl(text: str) -> bool:
    """Whether the first strong character outside isolates and tags is right to left."""
    depth = 0
    for ch in visible_text(text):
        if ch == FSI:
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind in _RTL_TYPES:
                return True
            if kind == "L":
                return False
    return False


def text_for(language: str, text: str) -> str:
    """Plain text made ready for a message in ``language``: isolated if RTL, then escaped."""
    return escape(isolate_ltr(text) if is_rtl(language) else text)


def start_rtl(language: str, html: str) -> str:
    """Make an Arabic or Hebrew message begin with right-to-left text."""
    if is_rtl(language) and not first_strong_is_rtl(html):
        return RLM + html
    return html


# ---------------------------------------------------------------------------- splitting
@dataclass(frozen=True, slots=True)
class _Token:
    raw: str
    width: int  # visible UTF-16 units
    char: str  # the visible character ("" for tags)
    tag: str = ""  # tag name for tags
    closing: bool = False


def _tokenize(html: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    n = len(html)
    while i < n:
        ch = html[i]
        if ch == "<":
            m = _TAG_RE.match(html, i)
            if m:
                tokens.append(_Token(m.group(0), 0, "", m.group(2).lower(), bool(m.group(1))))
                i = m.end()
                continue
        elif ch == "&":
            m = _ENTITY_RE.match(html, i)
            if m:
                visible = _entity_char(m.group(0))
                tokens.append(_Token(m.group(0), utf16_len(visible), visible))
                i = m.end()
                continue
        tokens.append(_Token(ch, 2 if ord(ch) > 0xFFFF else 1, ch))
        i += 1
    return tokens


def _entity_char(entity: str) -> str:
    body = entity[1:-1]
    if body.startswith("#x"):
        return chr(int(body[2:], 16))
    if body.startswith("#"):
        return chr(int(body[1:]))
    return {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}.get(body, "?")


def _break_quality(tokens: list[_Token], cut: int) -> int:
    """How good a place it is to end a part before ``tokens[cut]`` (higher is better)."""
    prev = tokens[cut - 1]
    if not prev.char:
        return 0 if prev.closing else -1  # never end a part right after an opening tag
    if prev.char == "\n":
        before = tokens[cut - 2].char if cut >= 2 else ""
        return 4 if before == "\n" else 3
    if prev.char.isspace():
        j = cut - 2
        while j >= 0 and tokens[j].closing:
            j -= 1
        if j >= 0 and tokens[j].char in SENTENCE_END:
            return 2
        return 1
    return 0


def split_html(html: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split Telegram HTML into parts of at most ``limit`` visible UTF-16 units.

    The visible texts of the parts, joined, are exactly the visible text of ``html``.
    """
    if limit < 2:
        raise ValueError("limit must be at least 2 UTF-16 units")
    tokens = _tokenize(html)
    parts: list[str] = []
    open_tags: list[_Token] = []
    start = 0
    n = len(tokens)
    while start < n:
        width = 0
        end = start
        best: dict[int, int] = {}  # quality -> last cut with that quality
        while end < n and width + tokens[end].width <= limit:
            width += tokens[end].width
            end += 1
            if end < n:
                best[_break_quality(tokens, end)] = end
        if end >= n:
            cut = n
        else:
            cut = _choose_cut(best, start, end)
            while cut < n and tokens[cut].closing:  # keep closing tags with their text
                cut += 1
        prefix = "".join(t.raw for t in open_tags)
        for token in tokens[start:cut]:
            if token.tag and token.closing:
                if open_tags and open_tags[-1].tag == token.tag:
                    open_tags.pop()
            elif token.tag:
                open_tags.append(token)
        suffix = "".join(f"</{t.tag}>" for t in reversed(open_tags))
        parts.append(prefix + "".join(t.raw for t in tokens[start:cut]) + suffix)
        start = cut
    return parts


def _choose_cut(best: dict[int, int], start: int, end: int) -> int:
    """Prefer the best kind of break in the second half of the part, else any break."""
    half = start + (end - start) // 2
    for quality in (4, 3, 2, 1):
        cut = best.get(quality)
        if cut is not None and cut > half:
            return cut
    for quality in (4, 3, 2, 1, 0):
        cut = best.get(quality)
        if cut is not None and cut > start:
            return cut
    return end


def visible_text(html: str) -> str:
    """The text Telegram shows for ``html`` (tags removed, entities resolved)."""
    return "".join(t.char for t in _tokenize(html))


def _merge_blank_parts(parts: list[str], limit: int) -> list[str]:
    """Join whitespace-only parts (Telegram refuses them) to a neighbour, or drop them."""
    merged: list[str] = []
    pending = ""
    for part in parts:
        if not visible_text(part).strip():
            if merged and utf16_len(visible_text(merged[-1] + part)) <= limit:
                merged[-1] += part
            elif utf16_len(visible_text(pending + part)) <= limit:
                pending += part
            continue
        if pending and utf16_len(visible_text(pending + part)) <= limit:
            part = pending + part
        pending = ""
        merged.append(part)
    return merged


def prepare_messages(language: str, html: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split ``html`` into sendable messages; Arabic and Hebrew parts start right to left.

    Whitespace-only parts, which Telegram refuses, are joined to a neighbour when they fit
    and dropped otherwise (only a whitespace run longer than a message is lost).
    """
    if is_rtl(language):
        limit -= 1  # room for a right-to-left mark
    parts = _merge_blank_parts(split_html(html, limit), limit)
    return [start_rtl(language, part) for part in parts]


class Raw(str):
    """A string that is already Telegram HTML: placeholders insert it without escaping."""

    __slots__ = ()
