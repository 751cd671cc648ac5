"""Texts for the editorial-review tests: an article, and an operator's edit of its brief
that the guard passes (its figure is the article's) and one it refuses (a figure the
article never gives)."""

STORY = (
    "Israeli and Palestinian negotiators met in Cairo on Tuesday to discuss a ceasefire in "
    "Gaza, Egyptian officials said. The talks will continue on Wednesday. The United Nations "
    "said 120 aid trucks entered the strip on Monday and called for more crossings to open. "
) * 3
PASSES = "The United Nations said 120 aid trucks entered the strip on Monday."
FAILS = "The United Nations said 450 aid trucks entered the strip on Monday."  # not in STORY
