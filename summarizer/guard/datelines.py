"""A news sentence's dateline: where and by whom it was filed, not what it reports.

"CAIRO: ", "BAGHDAD (Reuters) - ", "دمشق، سوريا (CNN) -- ": the place there is no place of the
sentence's news, so a check that compares the sentence's names with a brief's leaves it out.
"""

from __future__ import annotations

import re

# "CAIRO: ", "KHAN YOUNIS, GAZA — ", "BAGHDAD (Reuters) - ": where and by whom, not news;
# "BOUAKE, Ivory Coast (Reuters) - ": the country in ordinary case, before the agency.
_DATELINE = re.compile(
    r"^[A-Z](?:[A-Z .,'/-]{1,40}?|[A-Z .'/-]{1,30},\s+[A-Z][\w .'-]{1,30}?(?=\s*\())"
    r"(?:\s*\([^)]{1,30}\))?\s*[:—–-]\s+(?=[A-Z\"“])"
)


# The Arabic and Hebrew form: "دمشق، سوريا (CNN) -- ".
_DATELINE_RTL = re.compile(r"^[\u0590-\u06ff ،,]{2,40}\s*\([^)]{1,30}\)\s*(?:--|[:—–-])\s*")


def strip_dateline(sentence: str) -> str:
    """``sentence`` without the dateline it opens with, if any."""
    return _DATELINE_RTL.sub("", _DATELINE.sub("", sentence, count=1), count=1)
