"""Round 14, names: a real name of the article put in another name's slot (English)."""

from summarizer.guard import Guard

SOURCE = (
    "Senator Maria Lopez joined growing calls on Tuesday for an inquiry into the flooding. "
    "Mayor Tom Hale visited the flooded district. "
    "Dr Ana Ruiz, a surgeon at Saint Mark Hospital, treated the injured. "
    "The residents of Eastbrook were moved to Riverside Hospital. "
    "Ellen Park was a lecturer at Northfield College before she joined the council."
)


def _names(guard: Guard, summary: str) -> list[str]:
    report = guard.check(SOURCE, summary, lang="en")
    return [str(p) for p in report.problems if p.kind == "name"]


def test_person_in_another_persons_act(guard: Guard) -> None:
    assert _names(guard, "Mayor Tom Hale joined calls for an inquiry into the flooding.")
    assert not _names(guard, "Maria Lopez joined calls for an inquiry into the flooding.")


def test_body_after_the_same_lead(guard: Guard) -> None:
    assert _names(guard, "Ellen Park was a lecturer at Riverside Hospital.")
    assert not _names(guard, "Ellen Park was a lecturer at Northfield College.")


def test_body_of_the_same_kind(guard: Guard) -> None:
    assert _names(guard, "Dr Ana Ruiz treated the injured at Riverside Hospital's surgery ward.")
    faithful = "Dr Ana Ruiz treated the injured at Saint Mark Hospital's surgery ward."
    assert not _names(guard, faithful)
