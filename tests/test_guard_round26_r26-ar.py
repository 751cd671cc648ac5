"""Round 26 (Arabic counts and names):

- A dual of a span of time counts two: "عقدين" (two decades) where the source says three
  decades changed the figure, as "سنتين" for four years does.
- A unit with the article after a definite plural is that plural's count ("المطالب
  الخمس", the five demands); no day's name is one of these words.
- A noun in the dual ("شاحنتين", two lorries) where the source counts the same noun in its
  sound feminine plural ("خمس شاحنات") changed the count.
- A fraction ("ثلث", a third) the source neither names nor gives as a share.
- "مرتين" (twice) where the source never says twice: an event the brief says recurred.
- A two-word place name of the construct kind ("عين العرب") that the source never writes,
  in the slot of the source's place, even where each of its words occurs elsewhere in the
  source.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()


def _kinds(source: str, brief: str) -> set[str]:
    return _GUARD.check(source, brief, lang="ar").kinds()


_RULE_SOURCE = "قال المعارض البارز إن الحزب الحاكم أدار البلاد ثلاثة عقود متتالية دون انتخابات حرة."


def test_dual_decades_for_three_decades_is_a_number_fault() -> None:
    brief = "قال المعارض البارز إن الحزب الحاكم أدار البلاد عقدين متتاليين دون انتخابات حرة."
    assert "number" in _kinds(_RULE_SOURCE, brief)


def test_three_decades_kept_passes() -> None:
    assert _GUARD.check(_RULE_SOURCE, _RULE_SOURCE, lang="ar").ok


_DEMANDS_SOURCE = "رفع المتظاهرون المطالب الخمس أمام مبنى البرلمان في العاصمة، بحسب منظمي الاحتجاج."


def test_definite_count_after_definite_plural_is_checked() -> None:
    brief = "رفع المتظاهرون المطالب الأربع أمام مبنى البرلمان في العاصمة، بحسب منظمي الاحتجاج."
    assert "number" in _kinds(_DEMANDS_SOURCE, brief)


def test_same_definite_count_passes() -> None:
    assert _GUARD.check(_DEMANDS_SOURCE, _DEMANDS_SOURCE, lang="ar").ok


_LORRIES_SOURCE = "قال الدفاع المدني إن الغارات دمرت خمس شاحنات محملة بالطحين قرب المعبر الحدودي."


def test_dual_noun_for_a_counted_plural_is_a_number_fault() -> None:
    brief = "قال الدفاع المدني إن الغارات دمرت شاحنتين محملتين بالطحين قرب المعبر الحدودي."
    assert "number" in _kinds(_LORRIES_SOURCE, brief)


def test_counted_plural_kept_passes() -> None:
    assert _GUARD.check(_LORRIES_SOURCE, _LORRIES_SOURCE, lang="ar").ok


_WORKERS_SOURCE = "قال وزير العمل إن أغلبية عمال المصانع فقدوا وظائفهم خلال الأزمة الاقتصادية."


def test_fraction_the_source_does_not_give_is_a_number_fault() -> None:
    brief = "قال وزير العمل إن ثلث عمال المصانع فقدوا وظائفهم خلال الأزمة الاقتصادية."
    assert "number" in _kinds(_WORKERS_SOURCE, brief)


def test_fraction_the_source_gives_as_a_share_passes() -> None:
    source = "قال وزير العمل إن 34% من عمال المصانع فقدوا وظائفهم خلال الأزمة الاقتصادية."
    brief = "قال وزير العمل إن ثلث عمال المصانع فقدوا وظائفهم خلال الأزمة الاقتصادية."
    assert "number" not in _kinds(source, brief)


_CLASH_SOURCE = (
    "أفاد ناشطون باندلاع مواجهات عنيفة قرب مدينة رأس العين ليل الخميس. "
    "ونزحت عشرات العائلات إلى قرية تل الورد المجاورة."
)


def test_construct_place_the_source_never_writes_is_a_name_fault() -> None:
    brief = "أفاد ناشطون باندلاع مواجهات عنيفة قرب عين الورد ليل الخميس."
    assert "name" in _kinds(_CLASH_SOURCE, brief)


def test_construct_place_of_the_source_passes() -> None:
    brief = "أفاد ناشطون باندلاع مواجهات عنيفة قرب مدينة رأس العين ليل الخميس."
    assert "name" not in _kinds(_CLASH_SOURCE, brief)


_EXILE_SOURCE = "عاد الكاتب المعارض إلى بلاده بعد سنوات في المنفى، وقال إنه لا يخشى الاعتقال."


def test_twice_the_source_never_says_is_unsupported() -> None:
    brief = (
        "عاد الكاتب المعارض إلى بلاده بعد سنوات في المنفى رغم اعتقاله مرتين، "
        "وقال إنه لا يخشى الاعتقال."
    )
    assert "unsupported" in _kinds(_EXILE_SOURCE, brief)


def test_twice_the_source_says_passes() -> None:
    source = (
        "عاد الكاتب المعارض إلى بلاده بعد سنوات في المنفى رغم اعتقاله مرتين، "
        "وقال إنه لا يخشى الاعتقال."
    )
    assert "unsupported" not in _kinds(source, source)
