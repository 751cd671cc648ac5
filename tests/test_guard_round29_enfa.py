"""Round 29 (English false alarms: a capitalised word, an addressee, a title, an outlet):

- "X, ..., told DW that ...": the party after "told" is the one told, never an inverted
  speaker ("..., said the minister" inverts; "..., told the minister" addresses).
- A name too long for an apposition ("Lena Brandt of the Tenants' Association of Hamburg")
  still gives its opening name to the speaker before its apposition.
- A clause said under that verb ("told Reuters that A, and that B") rests on the quotation
  that goes on after the sentence naming its speaker (“...,” X told Reuters. “A ...”).
- A capital after a comma ("Pier Island, New Haven's terminal") opens an apposition: it is
  no swap for the word that follows the lead with only a space in the source ("Island
  Sound").
- A figure that is a whole quotation (“1984”) is a title, a name: the source naming the
  same title elsewhere backs it, whatever sentence the claim rests on.
- An outlet's name before the noun of its report ("a Harbour Times news analysis argues")
  credits the outlet, whose name the article need not have.
"""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.numbers import Number
from summarizer.guard.outlets import outlet_credits
from summarizer.guard.speaker_finding import speakers

_GUARD = Guard.from_settings()


def _problems(source: str, brief: str) -> list[str]:
    return [str(p) for p in _GUARD.check(source, brief, lang="en").problems]


def test_told_party_is_not_the_speaker() -> None:
    sentence = (
        "Mara Kovac, a nurse at the county clinic, told Reuters that the clinic's supplies "
        "ran out last week."
    )
    found = speakers(sentence, "en")
    assert found and not found[0].startswith("Reuters")
    assert "Mara Kovac" in found[0]


def test_long_name_segment_gives_its_opening_name() -> None:
    sentence = (
        "Lena Brandt of the Tenants' Association of the Hanseatic City of Hamburg, one of "
        "the groups behind the petition, told Reuters that rents had doubled."
    )
    found = speakers(sentence, "en")
    assert found and found[0].startswith("Lena Brandt")


_TENANTS_SOURCE = (
    "A petition against rising rents was handed to the Hamburg senate on Monday.\n"
    "Several groups organised it, among them the Tenants' Association of the Hanseatic "
    "City of Hamburg.\n"
    "The association says it speaks for some 60,000 households in the city.\n"
    '"Housing is now a question of wages," association spokeswoman Lena Brandt told '
    'Reuters. "Rents in the city have nearly doubled within ten years. Many families now '
    'spend half of what they earn on housing."\n'
    "The senate is to debate the petition next month."
)


def test_told_clause_rests_on_the_quotation_that_goes_on() -> None:
    brief = (
        "Lena Brandt of the Tenants' Association of the Hanseatic City of Hamburg, one of "
        "the groups behind the petition, told Reuters that rents had nearly doubled within "
        "ten years, and that many families now spend half of what they earn on housing."
    )
    assert _problems(_TENANTS_SOURCE, brief) == []


_FERRY_SOURCE = (
    "Heavy fog halted ferries across the bay on Thursday.\n"
    "The morning ferry leaves from Pier Island, off the coast in Long Island Sound, which "
    "the city has used as a freight depot for more than a century.\n"
    "New timetables will be published next week, the operator said."
)


def test_capital_after_comma_is_no_swap_for_the_word_after_the_lead() -> None:
    brief = (
        "Heavy fog halted the morning ferry from Pier Island, New England's oldest freight "
        "depot, on Thursday."
    )
    assert not [p for p in _problems(_FERRY_SOURCE, brief) if "the summary has 'New'" in p]


def test_quoted_figure_is_a_title() -> None:
    from summarizer.guard.figure_kinds import is_quoted_title  # new in round 29

    assert is_quoted_title('films such as "1984," and "Brazil"', Number(1984, "digits", "1984"))
    assert not is_quoted_title("in 1984, the plant closed", Number(1984, "digits", "1984"))


_FILM_SOURCE = (
    "Several favourites for the best-picture award at next month's Oscars were not "
    "nominated for the ensemble prize.\n"
    "The festival jury gave its top prize to the Chilean drama \u201cLas Olas\u201d on "
    "Sunday.\n"
    "Director Ana Ruiz thanked her cast and said the award belonged to the fishermen of "
    "Valparaiso.\n"
    "Her film had opened the festival to a standing ovation.\n"
    "Critics had called it the strongest debut of the decade.\n"
    "Those snubbed include the war epic \u201c1917,\u201d the big winner at the producers' "
    "awards on Saturday.\n"
    "The festival closes on Monday."
)


def test_quoted_year_title_is_no_figure_out_of_context() -> None:
    brief = (
        'Several Oscar best-picture favourites, including "1917", were not nominated for '
        "the ensemble prize."
    )
    assert not [p for p in _problems(_FILM_SOURCE, brief) if p.startswith("number")]


def test_outlet_before_its_report_noun_is_a_credit() -> None:
    text = "A Harbour Times news analysis argues that the port lost its trade to rail."
    assert [text[a:b] for a, b in outlet_credits(text)] == ["A Harbour Times news analysis"]
    assert outlet_credits("Harbour City officials argue that trade moved to rail.") == []


def test_outlet_credited_with_its_analysis_is_no_name_of_the_source() -> None:
    source = (
        "The port of Harwick handled a third less cargo last year than a decade ago.\n"
        "Most of the lost trade moved to the new rail freight line, port officials said."
    )
    brief = (
        "A Harbour Times news analysis argues that the port of Harwick lost a third of its "
        "cargo to the new rail freight line over a decade."
    )
    assert not [p for p in _problems(source, brief) if "Harbour" in p or "Times" in p]


_INTERVIEW_SOURCE = (
    "The singer Rosa Lind spoke for two hours in a television interview with Tom Berger "
    "broadcast on Sunday.\n"
    "Berger asked her about the years she spent touring.\n"
    "Lind said life on the road had been so lonely that she nearly quit music while "
    "recording her second album, Northern Lights.\n"
    "She said her manager had refused to cancel the tour."
)


def test_party_told_is_no_person_swapped_into_the_claim() -> None:
    brief = (
        "Rosa Lind told Tom Berger that life on the road had been so lonely that she "
        "nearly quit music while recording her second album, Northern Lights."
    )
    assert not [p for p in _problems(_INTERVIEW_SOURCE, brief) if "names" in p]
