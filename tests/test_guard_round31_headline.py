"""Round 31 (headline): the headline's word in the slot where the body says something else.

- An article's headline stands apart from its text: a brief that follows a body sentence
  on both sides of a short stretch and puts a headline-only word there, in place of the
  body's own words, states the headline's claim as the body's (headline_slots.py).
- The run-anchored check meets the body's words by their keys, in any inflection or
  spelling, not by their letters.
- A feed entry's title is a line of its source: a word the brief adds from it before going
  on with the body sentence, or in place of body words the brief says elsewhere, is source
  text, not a swap.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

EN_HEADLINE = "Nurse spared conviction at clinic where patients were abused"
EN_ARTICLE = (
    "A district court on Monday decided not to convict Dana Rees, a nurse at the Hillside "
    "clinic. The court found she had helped cover up an offence, but said she had reported "
    "the misconduct at the clinic to the police. She was ordered to do 200 hours of "
    "community service.\n"
)
EN_FAITHFUL = (
    "A district court decided not to convict Dana Rees, a nurse at the Hillside clinic, "
    "saying she had reported the misconduct at the clinic to the police."
)


def test_en_headline_word_in_the_bodys_slot(guard: Guard) -> None:
    swapped = EN_FAITHFUL.replace("the misconduct", "the abuse of patients")
    assert "headline" not in kinds(guard, EN_ARTICLE, EN_FAITHFUL, headline=EN_HEADLINE)
    assert "headline" in kinds(guard, EN_ARTICLE, swapped, headline=EN_HEADLINE)


HE_HEADLINE = 'קנס לאחות במרפאת "גבעה" שבה הוכו מטופלים'
HE_ARTICLE = (
    'בית המשפט המחוזי החליט ביום שני שלא להרשיע את דנה ריס, אחות במרפאת "גבעה". '
    "בית המשפט קבע שסייעה להסתיר עבירה, אך בגלל שהייתה מעורבת בדיווח על ההתנהלות "
    "במרפאה למשטרה לא תורשע. עליה הוטלו 200 שעות עבודות שירות.\n"
)
HE_FAITHFUL = (
    'בית המשפט המחוזי החליט שלא להרשיע את דנה ריס, אחות במרפאת "גבעה", משום שהייתה '
    "מעורבת בדיווח על ההתנהלות במרפאה למשטרה."
)


def test_he_headline_word_in_the_bodys_slot(guard: Guard) -> None:
    swapped = HE_FAITHFUL.replace("על ההתנהלות במרפאה", "על הכאת המטופלים במרפאה")
    assert "headline" not in kinds(guard, HE_ARTICLE, HE_FAITHFUL, "he", headline=HE_HEADLINE)
    assert "headline" in kinds(guard, HE_ARTICLE, swapped, "he", headline=HE_HEADLINE)


AR_HEADLINE = "غرامة لممرضة في عيادة تعرض فيها مرضى للضرب"
AR_ARTICLE = (
    "قررت المحكمة المركزية يوم الاثنين عدم إدانة الممرضة دانا ريس في عيادة التلة. "
    "وقالت المحكمة إنها ساعدت في إخفاء مخالفة، لكنها شاركت في الإبلاغ عن التجاوزات "
    "داخل العيادة للشرطة. وفرضت عليها 200 ساعة من الخدمة العامة.\n"
)
AR_FAITHFUL = (
    "قررت المحكمة المركزية عدم إدانة الممرضة دانا ريس، قائلة إنها شاركت في الإبلاغ عن "
    "التجاوزات داخل العيادة للشرطة."
)


def test_ar_headline_word_in_the_bodys_slot(guard: Guard) -> None:
    swapped = AR_FAITHFUL.replace("عن التجاوزات داخل", "عن ضرب المرضى داخل")
    assert "headline" not in kinds(guard, AR_ARTICLE, AR_FAITHFUL, "ar", headline=AR_HEADLINE)
    assert "headline" in kinds(guard, AR_ARTICLE, swapped, "ar", headline=AR_HEADLINE)


FEED_TITLE = "Analysis: Harbour flooding was no one-off"
FEED_ITEM = (
    f"{FEED_TITLE}\nThe flooding of the old harbour district on Friday was the latest blow "
    "in a decade of storms, port officials said."
)


def test_title_word_added_before_the_body_goes_on(guard: Guard) -> None:
    faithful = (
        "Port officials said the flooding of the old harbour district on Friday was not a "
        "one-off but the latest setback in a decade of storms."
    )
    assert "headline" not in kinds(guard, FEED_ITEM, faithful, headline=FEED_TITLE)
    # a title word in place of the body's, the brief going on without it, is still a swap
    title = "Mayor will be ousted by council, rivals believe - report"
    item = (
        f"{title}\nAs the city's debts mount, the mayor's council rivals will seek to censure "
        "him, opposition leaders said."
    )
    swapped = "The mayor's council rivals will seek to oust him, opposition leaders said."
    assert "headline" in kinds(guard, item, swapped, headline=title)


BULLET_TITLE = "Depot fire still burning after two days, evacuation underway"
BULLET_ITEM = (
    f"{BULLET_TITLE}\nThe fire at the fuel depot has not yet been put out • Firefighters "
    "on high alert and the mayor promises a full inquiry"
)


def test_title_word_where_the_brief_says_the_bodys_words_elsewhere(guard: Guard) -> None:
    faithful = (
        "The fire at the fuel depot has not yet been put out and an evacuation is underway. "
        "Firefighters are on high alert and the mayor has promised a full inquiry."
    )
    assert "headline" not in kinds(guard, BULLET_ITEM, faithful, headline=BULLET_TITLE)
