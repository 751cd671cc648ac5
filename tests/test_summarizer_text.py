"""Text preparation: boilerplate lines, sentence splitting, token-aware chunking."""

from __future__ import annotations

from summarizer.chunking import chunk_sentences
from summarizer.text import (
    content_hash,
    fold_letters,
    folded_words,
    remove_boilerplate,
    split_sentences,
    strip_marks,
    words_hash,
)


def words(text: str) -> int:
    return len(text.split())


def test_boilerplate_lines_are_removed_in_every_language() -> None:
    page = "\n".join(
        [
            "By Jane Doe and John Smith",
            "The envoy arrived in Cairo on Monday for talks on a truce.",
            "Read more: Gaza truce talks resume",
            "Sign up for our daily newsletter",
            "Reporting by Ali Sawafta; Editing by Peter Graff",
            "وصل المبعوث إلى القاهرة يوم الاثنين.",
            "اقرأ أيضاً: محادثات الهدنة",
            "השליח הגיע לקהיר ביום שני.",
            "קראו עוד: השיחות על הפסקת האש",
        ]
    )
    cleaned = remove_boilerplate(page).splitlines()
    assert cleaned == [
        "The envoy arrived in Cairo on Monday for talks on a truce.",
        "وصل المبعوث إلى القاهرة يوم الاثنين.",
        "השליח הגיע לקהיר ביום שני.",
    ]


def test_repeated_lines_are_kept_once() -> None:
    assert remove_boilerplate("Same line.\nSame line.\nOther line.") == "Same line.\nOther line."


def test_sentences_split_without_breaking_abbreviations_or_numbers() -> None:
    text = "The U.S. envoy met Mr. Smith in Cairo. Talks lasted 3.5 hours! Was a deal near? No."
    assert split_sentences(text) == [
        "The U.S. envoy met Mr. Smith in Cairo.",
        "Talks lasted 3.5 hours!",
        "Was a deal near?",
        "No.",
    ]


def test_arabic_and_hebrew_sentences_split_at_their_punctuation() -> None:
    assert split_sentences("قال المسؤول إن المحادثات مستمرة. هل يعود الوفد؟ نعم.") == [
        "قال المسؤول إن المحادثات مستمرة.",
        "هل يعود الوفد؟",
        "نعم.",
    ]
    assert split_sentences("השיחות נמשכות. המשלחת תחזור.") == ["השיחות נמשכות.", "המשלחת תחזור."]


def test_chunks_hold_whole_sentences_within_the_limit() -> None:
    sentences = [f"Sentence number {i} has exactly seven words." for i in range(40)]
    chunks = chunk_sentences(sentences, words, 30)
    assert all(words(chunk) <= 30 for chunk in chunks)
    assert " ".join(chunks) == " ".join(sentences)
    assert len(chunks) == 10  # four seven-word sentences per chunk


def test_a_sentence_longer_than_the_limit_is_cut_between_words() -> None:
    long_sentence = " ".join(f"w{i}" for i in range(100))
    chunks = chunk_sentences([long_sentence], words, 25)
    assert all(words(chunk) <= 25 for chunk in chunks)
    assert " ".join(chunks) == long_sentence


def test_content_hash_ignores_layout_but_not_words() -> None:
    assert content_hash("A  truce\r\nwas agreed. ") == content_hash("A truce\nwas agreed.")
    assert content_hash("A truce was agreed.") != content_hash("A truce was rejected.")


def test_without_joining_only_long_sentences_are_cut() -> None:
    sentences = ["a short one", " ".join(f"w{i}" for i in range(60)), "another short one"]
    pieces = chunk_sentences(sentences, words, 25, join=False)
    assert pieces[0] == "a short one" and pieces[-1] == "another short one"
    assert len(pieces) == 5 and all(words(piece) <= 25 for piece in pieces)


def test_arabic_and_hebrew_marks_are_stripped_letters_kept() -> None:
    assert strip_marks("الأَقْصَى") == "الأقصى"
    assert strip_marks("القـــدس") == "القدس"  # tatweel
    assert strip_marks("שָׁלוֹם") == "שלום"
    assert strip_marks("Gaza 2024") == "Gaza 2024"


def test_folded_letters_make_spellings_of_one_word_equal() -> None:
    assert fold_letters("الأَقْصَى") == fold_letters("الاقصى")
    assert fold_letters("مدينة") == fold_letters("مدينه")
    assert folded_words("צה״ל, GAZA-City!") == ['צה"ל', "gaza", "city"]


def test_the_words_hash_is_looser_than_the_content_hash() -> None:
    a, b = "A truce was agreed.", "a TRUCE, was agreed"
    assert words_hash(a) == words_hash(b)
    assert content_hash(a) != content_hash(b)


def test_a_military_rank_ends_no_sentence() -> None:
    text = "The statement named Maj. Cohen as the officer. He declined to comment."
    assert split_sentences(text) == [
        "The statement named Maj. Cohen as the officer.",
        "He declined to comment.",
    ]
