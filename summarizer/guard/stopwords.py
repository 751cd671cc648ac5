"""Stop words of the three languages: words that carry no claim of their own, left out
when claims are aligned to their source and when their support is judged."""

from __future__ import annotations

from summarizer.guard.ar_conjugation import conjugations
from summarizer.guard.text import fold

_EN_STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "we",
        "our",
        "you",
        "your",
        "not",
        "no",
        "into",
        "over",
        "under",  # "under way": in progress, as "during" says
        "underway",
        "after",
        "before",
        "since",
        "while",
        "amid",
        "during",
        "about",
        "than",
        "then",
        "also",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "there",
        "here",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "more",
        "most",
        "some",
        "any",
        "all",
        "such",
        "other",
        "said",
        "says",
        "say",
        "told",
        "according",
    ]
)
_AR_STOP = {
    fold(w)
    for w in [
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "عن",
        "أن",
        "ان",
        "إن",
        "التي",
        "الذي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "مع",
        "بين",
        "قد",
        "كان",
        "كانت",
        "ما",
        "لا",
        "لم",
        "لن",
        "كما",
        "أو",
        "او",
        "ثم",
        "حتى",
        "بعد",
        "قبل",
        "عند",
        "منذ",
        "خلال",
        "وقال",
        "قال",
        "قالت",
        "وأضاف",
        "وفق",
        "بحسب",
        "حسب",
        "أيضا",
        "كل",
        "هو",
        "هي",
        "هم",
        # "but" and "but rather": conjunctions, as "but" is in English
        "لكن",
        "بل",
    ]
}
_HE_STOP = {
    fold(w)
    for w in [
        "של",
        "את",
        "על",
        "עם",
        "כי",
        "זה",
        "זו",
        # the other demonstratives ("this", "these"), as זה and זו
        "זאת",
        "אלה",
        "אלו",
        "הוא",
        "היא",
        "הם",
        "הן",
        "לא",
        "גם",
        "אשר",
        "או",
        "כל",
        "אל",
        "אם",
        "יש",
        "אין",
        "כך",
        "אחרי",
        "לאחר",
        "לפני",
        "בין",
        "עד",
        "מאז",
        "כדי",
        "אמר",
        "אמרה",
        "אמרו",
        "לדברי",
        "לפי",
        "פי",  # "על פי", "according to", is "לפי" in two words
        "היה",
        "היתה",
        "היו",
    ]
}
_EN_STOP |= {"out", "up", "off", "down", "back"}  # particles of phrasal verbs
_EN_STOP |= {"do", "does", "did", "done"}  # auxiliaries ("the first film to do so")
# subordinating conjunctions, as "after", "before" and "since" above: they join clauses
# and state no fact of their own ("a term that runs until she faces voters")
_EN_STOP |= {"until", "till", "though", "although", "unless", "whereas"}
# "ahead of", "לקראת", "قبيل": "before" in other words, a preposition of time as "before",
# "לפני" and "قبل" are; a brief that writes "ahead of the Oscars" for "before the Oscars"
# adds nothing.
_EN_STOP |= {"ahead"}
# and those of concession in the other two languages, with "despite" (a preposition that
# does the same job): "אף שמצא כי", "رغم أن", "despite a truce" join a clause and its
# contrary; what each side states is in its own words.
_EN_STOP |= {"despite"}

# Verbs and participles of reporting ("pointing out that", "adding that"): they say who
# says so, which the attribution check judges; as content they would make a faithful
# paraphrase ("مشيرا إلى" for the source's own words) look invented.
_EN_REPORTING = "saying adding added noting noted stating stated telling explaining explained"
_AR_REPORTING = """
مشيرا مشيرة مشيرين مضيفا مضيفة مضيفين موضحا موضحة موضحين مؤكدا مؤكدة مؤكدين
قائلا قائلة قائلين لافتا لافتة لافتين منوها منوهة منوهين معتبرا معتبرة معتبرين
أشار أشارت أشاروا يشير تشير أضاف أضافت أضافوا يضيف تضيف أوضح أوضحت أوضحوا يوضح توضح
أكد أكدت أكدوا يؤكد تؤكد ذكر ذكرت ذكروا يذكر تذكر أفاد أفادت أفادوا يفيد تفيد صرح صرحت
صرحوا يصرح تصرح قالوا يقول تقول يقولون
"""
_HE_REPORTING = """
ציין ציינה ציינו מציין מציינת מציינים הוסיף הוסיפה הוסיפו מוסיף מוסיפה מסר מסרה מסרו
אומר אומרת אומרים טען טענה טענו טוען טוענת טוענים הבהיר הבהירה הבהירו מסביר מסבירה
הסביר הסבירה הסבירו לדבריו לדבריה לדבריהם סיפר סיפרה סיפרו הצהיר הצהירה הצהירו
דבריו דבריה דבריהם נאמרו נאמר נאמרה
"""
_EN_STOP |= set(_EN_REPORTING.split())
_AR_STOP |= {fold(w) for w in _AR_REPORTING.split()}
# "بين X من جهة و Y من جهة أخرى": on the one side ... on the other, no content of its own
_AR_STOP |= {fold(w) for w in ("جهة", "طرف")}
_HE_STOP |= {fold(w) for w in _HE_REPORTING.split()}
# Conjunctions of time and contrast ("فيما تجددت الاشتباكات", "בעוד המשטרה"), as "while",
# "when" and "where" are in English: they join two statements and state nothing.
_AR_STOP |= {fold(w) for w in ("فيما", "بينما", "حيث", "عندما", "حينما", "إذ")}
_HE_STOP |= {"בעוד", "כאשר", "כשם"}
_AR_STOP |= {fold(w) for w in ("رغم", "برغم", "بالرغم")}
_HE_STOP |= {"אף", "למרות"}
# Prepositions and particles carrying a pronoun ("فيها", "שאותה" once its ש is off), and
# connectives ("علما أن", "משום ש", "קודם לכן"): they point back at what the claim already
# names, so as content they would make a faithful relative clause look invented.
_AR_PRONOUN_PARTICLES = """
فيها فيه فيهم منها منه منهم عليها عليه عليهم إليها إليه إليهم لها له لهم بها به بهم
عنها عنه عنهم أنها أنه أنهم إنها إنه إنهم علما
"""
_HE_PRONOUN_PARTICLES = """
אותה אותו אותם אותן אותי אותנו בה בו בהם בהן לה לו להם להן ממנה ממנו מהם עליה עליו
עליהם משום לכן הייתה
"""
_AR_STOP |= {fold(w) for w in _AR_PRONOUN_PARTICLES.split()}
_HE_STOP |= {fold(w) for w in _HE_PRONOUN_PARTICLES.split()}
# An interview retold: the question put and the answer given ("asked whether", "ردا على
# سؤال عما إذا", "أجاب بالنفي", "בתשובה לשאלה אם") frame what the speaker said, as a verb
# of saying does; a source printed as questions and answers has no such words of its own.
_EN_STOP |= {"whether", "asked", "answered", "replied", "responded", "responding"}
_AR_QUESTIONS = "عما إذا ردا سؤال سؤالا أجاب أجابت أجابوا مجيبا يجيب"
_AR_STOP |= {fold(w) for w in _AR_QUESTIONS.split()}
_HE_STOP |= {"בתשובה", "לשאלה", "נשאל", "נשאלה"}

_HE_STOP |= {"לקראת"}
_AR_STOP |= {fold("قبيل")}
# "לרגל", "on the occasion of": a preposition of time, as "לקראת" is
_HE_STOP |= {"לרגל"}
# The prepositions "לפי" and "אל" carrying a pronoun ("עמדתו, שלפיה", "לשוב אליהם"): they
# point back at what the claim already names, as "אותה" and "עליה" do.
_HE_STOP |= {"לפיה", "לפיו", "לפיהם", "לפיהן", "אליה", "אליו", "אליהם", "אליהן"}
# The sisters of "كان" (became, remained): copulas that join a subject to what is said of
# it ("باتت أغلبيتهم عاطلة"), as "كان" and "is" do.
_AR_COPULAS = "أصبح أصبحت أصبحوا يصبح تصبح بات باتت باتوا صار صارت صاروا يصير تصير"
_AR_STOP |= {fold(w) for w in _AR_COPULAS.split()}
# and every person of each past copula that its conjugation builds ("كانوا", "باتوا",
# "يصبحون"): a listed "كان" with "كانوا" unlisted made "they were" a word of the claim
_AR_STOP |= {c for w in ("كان", "أصبح", "بات", "صار") for c in conjugations(fold(w))}
# and the other tenses of the copula itself: "يكون", "יהיה" as "كان", "היה"
_AR_STOP |= {fold(w) for w in ("يكون", "تكون", "يكونوا")}
_HE_STOP |= {"יהיה", "תהיה", "יהיו"}
# "متحدثا" ("speaking of"), a participle of saying as "مشيرا" is; "على غرار" ("like"), a
# compound preposition; "شيء" ("anything"), an indefinite pronoun.
_AR_STOP |= {fold(w) for w in ("متحدثا", "غرار", "شيء")}

# Connectives of restatement ("כלומר", "דהיינו", "أي", "يعني", "بمعنى", "that is",
# "i.e."): what follows says again what the sentence before has said; the connective
# itself states nothing (English "that" and "is" are stop words already).
_HE_STOP |= {"כלומר", "דהיינו"}
_AR_STOP |= {fold(w) for w in ("أي", "يعني", "بمعنى")}

STOP = {"en": _EN_STOP, "ar": _AR_STOP, "he": _HE_STOP}
