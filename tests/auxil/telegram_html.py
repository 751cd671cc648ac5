"""Telegram's HTML parse mode, checked the way the Bot API checks it.

Used by the fake Bot API server (``tests/auxil/fake_bot_api.py``) and by tests that want to
know whether a message would be accepted. ``parse_html(text)`` returns the plain text that
Telegram would show (entities resolved, tags removed) or raises ``HTMLParseError`` with the
same wording as the Bot API ("Unsupported start tag ...", "Can't find end tag ...").

Rules (from https://core.telegram.org/bots/api#html-style):
- tags: b strong i em u ins s strike del span(class="tg-spoiler") tg-spoiler a(href)
  tg-emoji(emoji-id) code pre blockquote(expandable);
- entities: &lt; &gt; &amp; &quot; and numeric ones; any other ``&`` or any ``<`` that does
  not start a tag is an error (a bare ``>`` is accepted, as Telegram accepts it);
- tags nest properly; ``a`` may not contain ``a``; ``code``/``pre`` contain no other tags
  except one ``code`` directly inside ``pre``.
"""

from __future__ import annotations

import re

SIMPLE_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "code", "pre"}
)
ALLOWED_TAGS = SIMPLE_TAGS | {"a", "span", "tg-emoji", "blockquote"}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTR_RE = re.compile(r"""([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_ENTITY_RE = re.compile(r"&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);")


class HTMLParseError(ValueError):
    """The text is not valid Telegram HTML; ``str(err)`` is the Bot API's description."""


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(body: str) -> str | None:
    if body.startswith("#x"):
        code = int(body[2:], 16)
    elif body.startswith("#"):
        code = int(body[1:])
    else:
        return NAMED_ENTITIES.get(body)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _attributes(raw: str) -> dict[str, str]:
    return {
        m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
        for m in _ATTR_RE.finditer(raw)
    }


def _check_start_tag(name: str, attrs: dict[str, str], stack: list[str], where: int) -> None:
    if name not in ALLOWED_TAGS:
        raise HTMLParseError(f'Unsupported start tag "{name}" at byte offset {where}')
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise HTMLParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {where}')
    if name == "a" and "href" not in attrs:
        raise HTMLParseError(f'Tag "a" must have attribute "href" at byte offset {where}')
    if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise HTMLParseError(f'Tag "tg-emoji" must have attribute "emoji-id" at {where}')
    if name == "a" and "a" in stack:
        raise HTMLParseError(f"Nested links are not allowed at byte offset {where}")
    if stack and stack[-1] in {"code", "pre"} and not (stack[-1] == "pre" and name == "code"):
        raise HTMLParseError(f'Tag "{name}" can\'t be nested in "{stack[-1]}" at {where}')
    if "code" in stack:
        raise HTMLParseError(f'Tag "{name}" can\'t be nested in "code" at {where}')


def parse_html(text: str) -> str:
    """Return the plain text of a Telegram HTML message, or raise ``HTMLParseError``."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "<":
            m = _TAG_RE.match(text, i)
            if not m:
                raise HTMLParseError(
                    f'Unsupported start tag "" at byte offset {_byte_offset(text, i)}'
                )
            closing, name, raw_attrs = m.group(1), m.group(2).lower(), m.group(3)
            where = _byte_offset(text, i)
            if closing:
                if not stack:
                    raise HTMLParseError(f"Unexpected end tag at byte offset {where}")
                if stack[-1] != name:
                    raise HTMLParseError(
                        f'Unmatched end tag at byte offset {where}, expected "</{stack[-1]}>", '
                        f'found "</{name}>"'
                    )
                stack.pop()
            else:
                _check_start_tag(name, _attributes(raw_attrs), stack, where)
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY_RE.match(text, i)
            decoded = _decode_entity(m.group(1)) if m else None
            if decoded is None:
                raise HTMLParseError(
                    f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}"
                )
            out.append(decoded)
            i = m.end()  # type: ignore[union-attr]
        else:
            j = i + 1
            while j < n and text[j] not in "<&":
                j += 1
            out.append(text[i:j])
            i = j
    if stack:
        raise HTMLParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)
