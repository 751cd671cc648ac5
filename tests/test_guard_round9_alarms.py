"""Guard round 9 (issue 12, heldout11's false alarms as tuning data): faithful briefs that
must pass, and the faults beside them that must still be caught, per language."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a figure's phrase: the comma inside "250,000", the parts of "early-June" -------------

EN_TERMINAL = (
    "Harbour officials expect the new container terminal beside the old fishing docks to"
    " handle 30,000 containers a month. The port authority's director, Lena Varga, spoke at"
    ' the opening ceremony on Tuesday. In early June, Varga forecast "between 250,000 and'
    ' 400,000" cruise passengers.'
)
BRIEF_TERMINAL = (
    "Port authority director Lena Varga, speaking at Tuesday's opening ceremony of the"
    " harbour's new container terminal beside the old fishing docks, said it would handle"
    " 30,000 containers a month, well above her forecast of 250,000 to 400,000 cruise"
    " passengers."
)


def test_a_figure_with_a_thousands_comma_keeps_its_phrase(guard: Guard) -> None:
    assert "number" not in kinds(guard, EN_TERMINAL, BRIEF_TERMINAL)
    wrong = BRIEF_TERMINAL.replace("250,000 to", "350,000 to")
    assert "number" in kinds(guard, EN_TERMINAL, wrong)


EN_SHIPS = EN_TERMINAL.replace('"between 250,000 and 400,000" cruise passengers', "40 cruise ships")
BRIEF_SHIPS = BRIEF_TERMINAL.replace(
    "her forecast of 250,000 to 400,000 cruise passengers", "her initial early-June forecast of 40"
)


def test_a_hyphenated_word_is_read_by_its_parts(guard: Guard) -> None:
    assert kinds(guard, EN_SHIPS, BRIEF_SHIPS) == set()
    invented = BRIEF_SHIPS.replace("early-June", "mid-July")
    assert "unsupported" in kinds(guard, EN_SHIPS, invented)


# --- a clause's figure from the sentence its brief sentence's other clause rests on -------

EN_ROLL = (
    "Election officials in the northern district counted ballots late into the night. The"
    " district now has more registered voters than any other in the country. Its electoral"
    " roll lists nearly 48,000 names, of whom 31,200 turned out on Sunday. Turnout across the"
    " country was lower, at about 52 percent."
)
BRIEF_ROLL = (
    "The northern district's electoral roll lists close to 48,000 names, more than any other"
    " district, and 31,200 people there voted."
)


def test_a_clause_takes_its_figure_from_its_sentences_other_clause(guard: Guard) -> None:
    assert "number" not in kinds(guard, EN_ROLL, BRIEF_ROLL)
    moved = BRIEF_ROLL.replace("31,200", "52")
    assert "number" in kinds(guard, EN_ROLL, moved)
