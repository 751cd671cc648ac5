"""A label before a colon that names no speaker: a topic, not whose words these are.

Headlines and feed items put something before a colon: a speaker ("Netanyahu: Israel did
not promise ...", "נסראללה: "...""), or a topic that files the story ("Coronavirus: New
York ramps up mass burials", "סופת הציקלון בדרום אסיה: "..."", "Gaza war: ..."). Only
the first attributes what follows. Which one it is, the rest of the source tells: a
topic is a common noun, which the article writes in lower case where it is no sentence's
first word ("... deaths from the coronavirus"), and it never speaks; a speaker's name is
capitalised wherever it stands, or heads a speaker of the article ("police said"). Over
a Title-Case title, a label the rest of the source never mentions is a section's name
("Trilobites: ..."). A title attributed by nothing but a topic's colon is the writer's
own statement. A quotation after the colon stays someone's words whatever the label is:
its marks say so. English only: the other languages mark no speaker by a bare colon, and
write no capitals.
"""

from __future__ import annotations

from summarizer.guard.attribution_words import content_words
from summarizer.guard.carried_frames import speaker_head
from summarizer.guard.cues import has_cue
from summarizer.guard.speaker_finding import speakers
from summarizer.guard.text import Sentence, quote_spans, words
from summarizer.guard.title_case import title_case


def topic_labelled(source_sentences: list[Sentence], lang: str) -> frozenset[int]:
    """The starts of English source titles attributed only by a colon (and quoting
    nobody) whose label (the words before the colon) heads no speaker of the source, and
    has a word the source writes in lower case within a sentence."""
    if lang != "en":
        return frozenset()
    labels = {
        s.start: label
        for s in source_sentences
        if (label := colon_label(s.text)) is not None
        and not has_cue(s.text, lang)
        and not quote_spans(s.text)
    }
    if not labels:
        return frozenset()
    heard = frozenset().union(
        *(speaker_head(sp, lang) for s in source_sentences for sp in speakers(s.text, lang))
    )
    lower = {w for s in source_sentences for w in words(s.text)[1:] if w.islower()}
    titles = {s.start: s.text for s in source_sentences if s.start in labels}
    return frozenset(
        at
        for at, label in labels.items()
        if not content_words(label, lang) & heard
        and (
            any(w.lower() in lower for w in words(label))
            or _kicker(label, titles[at], source_sentences)
        )
    )


def _kicker(label: str, title: str, source_sentences: list[Sentence]) -> bool:
    """A section's name over a Title-Case title ("Trilobites: Light Pillars, a ...",
    "Appointment: This Shop Is Not for Everyone"): its capital is the headline's style,
    so whether it is a name the rest of the source must tell, and a speaker it never
    mentions again is none; a label it names elsewhere may be a speaker, and stays one."""
    if not title_case(title):
        return False
    own = {w.lower() for w in words(label)}
    rest = (s.text for s in source_sentences if s.text != title)
    return not any(w.lower() in own for text in rest for w in words(text))


MAX_LABEL_WORDS = 6  # a headline's label is a name or a short topic, not a clause


def colon_label(text: str) -> str | None:
    """The words before a title's first colon when they are a short label; else None.
    A title ends without a full stop."""
    label = text.split(":", 1)[0].strip() if ":" in text else ""
    if text.rstrip().rstrip("\"”'’»").endswith((".", "!", "?")):
        return None  # a sentence that ends as a sentence does is the body's, not a title
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return None
    return label
