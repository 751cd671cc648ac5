"""US states the source names by their abbreviation.

Wire copy and feed items write a US state after its town in the AP's short form
("Decatur, Ga.", "Fresno, Calif.", "Albany, N.Y.") or as a postal code ("Austin, TX"); a
brief that spells the state out ("Decatur, Georgia") names no one the source does not.
Only the form after a town's comma counts: "Miss." or "Wash." alone is as likely a word.
"""

from __future__ import annotations

import re

# The AP's state abbreviations (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah
# have none) and the postal codes, each with the state's name.
_STATES: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": ("AK",),
    "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "Cal.", "CA"),
    "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"),
    "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"),
    "Hawaii": ("HI",),
    "Idaho": ("ID",),
    "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"),
    "Iowa": ("IA",),
    "Kansas": ("Kan.", "Kans.", "KS"),
    "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"),
    "Maine": ("ME",),
    "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "Nebr.", "NE"),
    "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"),
    "North Dakota": ("N.D.", "ND"),
    "Ohio": ("OH",),
    "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "Oreg.", "OR"),
    "Pennsylvania": ("Pa.", "Penn.", "PA"),
    "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"),
    "Texas": ("Tex.", "TX"),
    "Utah": ("UT",),
    "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"),
    "West Virginia": ("W.Va.", "W. Va.", "WV"),
    "Wisconsin": ("Wis.", "Wisc.", "WI"),
    "Wyoming": ("Wyo.", "WY"),
}
_BY_SHORT = {short: state for state, shorts in _STATES.items() for short in shorts}
_AFTER_TOWN = re.compile(
    r"[A-Z][A-Za-z'.-]*,\s+("
    + "|".join(re.escape(s) for s in sorted(_BY_SHORT, key=len, reverse=True))
    + r")(?![A-Za-z])"
)


def states_named(source: str) -> list[str]:
    """The names of the US states the source writes in short form after a town."""
    return list(dict.fromkeys(_BY_SHORT[m.group(1)] for m in _AFTER_TOWN.finditer(source)))


def same_state(theirs: str, mine: str) -> bool:
    """Whether the source's word abbreviates the state the brief's word names ("Okla" or
    "Okla." and "Oklahoma"; a name of two words is matched by either)."""
    state = _BY_SHORT.get(theirs) or _BY_SHORT.get(theirs.rstrip(".") + ".")
    return state is not None and mine in state.split()
