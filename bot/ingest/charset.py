"""Decoding fetched text with the codec its server names, when that codec is a text encoding.

A server chooses the ``charset`` of its answer, and Python's codec registry holds more than
text encodings: ``punycode`` takes quadratic time (800 KB froze the bot for 45 s), others
are not text at all (``unicode_escape``, ``rot13``) or do not exist. So a declared charset
is used only when it is on :data:`TEXT_CODECS`, a short list of the encodings news sites
and feeds actually use; anything else, and a missing one, is detected from the bytes
(valid UTF-8 first, then ``charset_normalizer`` on a bounded sample).
"""

from __future__ import annotations

import codecs

#: Labels seen in the wild that Python's codecs do not know, with the code page they mean.
ENCODING_ALIASES: dict[str, str] = {
    "ms-arab": "cp1256",
    "windows-arabic": "cp1256",
    "x-mac-arabic": "mac_arabic",
    "ms-hebr": "cp1255",
    "windows-hebrew": "cp1255",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
}

#: Python codec names (as ``codecs.lookup(...).name`` spells them) that a declared charset
#: may select. All are table-driven or C codecs: linear in the input.
TEXT_CODECS: frozenset[str] = frozenset(
    {
        "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
        "utf-32-be", "ascii", "latin-1", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5",
        "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-9", "iso8859-10", "iso8859-11",
        "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "cp1250", "cp1251", "cp1252",
        "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874", "cp720",
        "cp864", "cp862", "koi8-r", "koi8-u", "mac-roman", "mac-arabic", "gbk", "gb2312",
        "gb18030", "big5", "big5hkscs", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949",
    }
)  # fmt: skip

#: Bytes given to charset detection: enough to tell code pages apart, bounded in time.
DETECTION_SAMPLE_BYTES = 64 * 1024


def text_codec(label: str | None) -> str | None:
    """The codec for a declared charset ``label`` if it is an allowed text encoding."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = ENCODING_ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return codec if codec in TEXT_CODECS else None


def detect_codec(body: bytes) -> str:
    """The codec of undeclared (or wrongly declared) ``body``: UTF-8 if valid, else detected."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(body) - 3:  # only a character cut at the end
            return "utf-8"
    import charset_normalizer

    best = charset_normalizer.from_bytes(body[:DETECTION_SAMPLE_BYTES]).best()
    detected = text_codec(best.encoding) if best is not None else None
    return detected or "utf-8"


def decode_text(body: bytes, declared: str | None) -> tuple[str, str]:
    """``body`` as text and the codec used: the declared one if allowed, else detected.

    Never raises; undecodable bytes become U+FFFD. Linear in ``len(body)``, but detection
    costs milliseconds per sample: large bodies belong off the event loop.
    """
    codec = text_codec(declared) or detect_codec(body)
    return body.decode(codec, errors="replace"), codec
