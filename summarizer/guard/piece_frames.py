"""The article itself named as the one who speaks: "an opinion piece argues", "a Jerusalem
Post analysis argues", "the report says", "writing in the column, the author links ...".

A brief retelling an opinion piece, an analysis or a study credits what it says to the
piece, whose text never names itself: the noun of the piece (or of its writer), the
outlet's name before it and the verb of saying after it are attribution, no content the
source must back, no name of the story, and no headline adopted in our own voice. Only
the frame is set aside; the clause it introduces is checked as any other. The frame is a
noun phrase of English grammar: a determiner, any noun of a piece of writing or its
writer (compounds such as "opinion piece", "news analysis"), an outlet's name
(:func:`outlets.is_outlet`) before it, and a verb of saying, finding or examining after it
("argues", "looks at", "calls for", "found").
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.outlets import is_outlet, without_credits

# nouns of a piece of writing and of the one who wrote it; "opinion" and "news" only as
# the first half of a compound ("an opinion piece", "a news analysis")
_PIECES = (
    r"piece|column|op-ed|editorial|analysis|report|study|article|essay|commentary|rundown"
    r"|review|feature|story|survey|paper|investigation|preview|explainer|profile|blog"
    r"|writer|author|columnist|commentator|reviewer|critic"
)
_COMPOUND = r"(?:(?:opinion|news|research|new|recent|weekly|latest)\s+)?"
_DETERMINER = r"\b(?:a|an|the|this|one|another)\s+"
# an outlet's capitalised name between the determiner and the noun ("a Jerusalem Post
# analysis"); is_outlet decides whether it is one
_NAME = r"(?P<name>(?:[A-Z][\w.'’&-]*\s+(?:of\s+)?){1,4})?"
# verbs of saying, finding and examining, with the particle some of them take
_VERBS = (
    r"argu(?:es|ed)|says|said|notes|noted|links|linked|looks\s+at|looked\s+at|calls\s+for"
    r"|called\s+for|describes|described|finds|found|warns|warned|suggests|suggested"
    r"|contends|writes|wrote|claims|reports|reported|examines|explores|asks|urges|urged"
    r"|concludes|concluded|details|recounts|reviews|outlines|considers|traces|questions"
    r"|explains|insists|predicts|highlights|points\s+out|reflects\s+on|weighs|dubs"
    r"|recalls|proposes|laments|maintains|asserts|charges|shows|showed"
)
_FRAME = re.compile(
    rf"(?P<lead>according\s+to\s+|writing\s+in\s+|\bin\s+)?{_DETERMINER}{_NAME}"
    rf"{_COMPOUND}(?P<noun>{_PIECES})\b(?!\s+of\b)(?!-)"
    rf"(?:\s+(?P<verb>{_VERBS})\b(?:\s+that\b)?)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def piece_frames(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each frame naming the piece as the one who speaks: the noun phrase
    with a verb of saying after it, or after "according to", "writing in" or "in"."""
    spans = []
    for m in _FRAME.finditer(text):
        if not m.group("noun")[:1].islower():
            continue  # "the Study Group": a name, the name checks' to judge
        if not (m.group("verb") or m.group("lead")):
            continue
        name = m.group("name")
        if name and not is_outlet(name.split()):
            # "an Israeli study found": whose study it is stays a claim of its own
            spans += [(m.start(), m.start("name")), (m.end("name"), m.end())]
        else:
            spans.append((m.start(), m.end()))
    return tuple(spans)


def before_piece_frame(sentence: str) -> str | None:
    """What a sentence says before it credits the rest to the piece (or its writer): ""
    for "An analysis argues that ...", the opening clause for "X, a study warns that ...";
    None where no frame names the piece."""
    spans = piece_frames(sentence)
    return sentence[: spans[0][0]] if spans else None


def without_piece_frames(text: str) -> str:
    """The text with every frame naming the piece blanked out (same length, so offsets
    hold)."""
    for start, end in piece_frames(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def without_frames_of_credit(text: str) -> str:
    """The text without the outlets it credits ("the Jerusalem Post reports") and the
    frames naming the piece ("a Jerusalem Post analysis argues"): what the brief says, with
    none of the words that say whose it is."""
    return without_piece_frames(without_credits(text))
