"""Guard round 10 (issue 12, heldout12's false alarms as tuning data): faithful briefs that
must pass, and the faults beside them that must still be caught, per language."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a title phrase at a sentence's start names nobody: "The Lord Mayor of Cork" ---------

EN_HARBOUR = (
    "The Lord Mayor of Cork has said the city will open its new harbour walk in the spring."
    " Work on the path began two years ago."
)
BRIEF_MAYOR = "The Lord Mayor of Cork said the city will open its new harbour walk in the spring."
AR_MAYOR = "قال عمدة كورك إن المدينة ستفتتح ممشى الميناء الجديد في الربيع."


def test_a_title_phrase_after_the_names_nobody_in_translation(guard: Guard) -> None:
    found = kinds(guard, EN_HARBOUR, AR_MAYOR, lang="ar", english_summary=BRIEF_MAYOR)
    assert "translation_name" not in found
    named = BRIEF_MAYOR.replace("The Lord Mayor of Cork", "Lord Mayor Deirdre Fitzgerald")
    found = kinds(guard, EN_HARBOUR, AR_MAYOR, lang="ar", english_summary=named)
    assert "translation_name" in found


# --- a name the source abbreviates may be written out: "MoD" is the Ministry of Defence ---

EN_DRONES = "The MoD has ordered 40 new drones for the navy. Deliveries start next year."
BRIEF_DRONES = "The Ministry of Defence has ordered 40 new drones for the navy, from next year."


def test_a_spelled_out_abbreviation_is_a_name_of_the_source(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_DRONES, BRIEF_DRONES)
    other = BRIEF_DRONES.replace("Ministry of Defence", "Ministry of Justice")
    assert "name" in kinds(guard, EN_DRONES, other)


# --- "after the ministry said ...": a circumstance; what follows ", but" is the writer's ---

EN_MARKETS = (
    "European shares slipped on Tuesday as bond yields climbed after the finance ministry said"
    " inflation quickened in March, but two large carmakers gained ground."
)
BRIEF_MARKETS = (
    "European shares slipped on Tuesday as bond yields climbed after the finance ministry said"
    " inflation quickened in March. Two large carmakers gained ground."
)


def test_what_follows_but_after_a_circumstantial_cue_is_the_writers(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, EN_MARKETS, BRIEF_MARKETS)
    dropped = "European shares slipped on Tuesday. Inflation quickened in March."
    assert "attribution" in kinds(guard, EN_MARKETS, dropped)


# --- an outlet whose name ends in Press or News reports as a speaker does ------------------

EN_FERRY = (
    "The island's ferry service will stop for two weeks in March for repairs. About 900"
    " passengers use the ferry each day, according to the Associated Press news agency."
)
BRIEF_FERRY = (
    "About 900 passengers use the island's ferry each day, the Associated Press reported,"
    " and the service will stop for two weeks in March for repairs."
)


def test_an_outlet_named_press_reports_as_a_speaker(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, EN_FERRY, BRIEF_FERRY)
    dropped = BRIEF_FERRY.replace(" the Associated Press reported,", "")
    assert "attribution" in kinds(guard, EN_FERRY, dropped)


# --- Hebrew "תיאר" (described) says who says so, as English "described" does -------------

EN_FINAL = (
    "The coach of the city's basketball team said his players trained hard all winter. He"
    ' described Sunday\'s final as "a test of nerves" and said the hall was sold out.'
)
BRIEF_FINAL = (
    "The coach said his players trained hard all winter, and described Sunday's final as"
    ' "a test of nerves."'
)
HE_FINAL = 'לדבריו, השחקנים התאמנו קשה כל החורף, והוא תיאר את הגמר של יום ראשון כ"מבחן עצבים".'


def test_hebrew_described_attributes_its_clause(guard: Guard) -> None:
    found = kinds(guard, EN_FINAL, HE_FINAL, lang="he", english_summary=BRIEF_FINAL)
    assert "translation_attribution" not in found
    as_fact = HE_FINAL.replace("והוא תיאר את הגמר של יום ראשון כ", "והגמר של יום ראשון הוא ")
    found = kinds(guard, EN_FINAL, as_fact, lang="he", english_summary=BRIEF_FINAL)
    assert "translation_attribution" in found


# --- a title before a name the source has is a description, not an invented name ---------

EN_BRIDGE = (
    "Repairs to the old river bridge will take until October, Gallardo said on Friday. The"
    " bridge carries about 9,000 cars a day."
)
BRIEF_BRIDGE = "Repairs to the old river bridge will take until October, Mayor Gallardo said."


def test_a_title_before_a_known_name_invents_nobody(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_BRIDGE, BRIEF_BRIDGE)
    other = BRIEF_BRIDGE.replace("Mayor Gallardo", "Mayor Ortega")
    assert "name" in kinds(guard, EN_BRIDGE, other)


# --- "He linked the prediction to ...": a speech act its speaker's pronoun names ----------

EN_HARVEST = (
    "Farm output will fall by a fifth this year as rain stays away, the agriculture minister"
    " said, blaming the drought that began in the spring."
)
BRIEF_HARVEST = (
    "Farm output will fall by a fifth this year, the agriculture minister said. He linked the"
    " prediction to the drought that began in the spring."
)
HE_HARVEST = (
    "התפוקה החקלאית תרד בחמישית השנה, אמר שר החקלאות. הוא קשר את התחזית לבצורת שהחלה באביב."
)


def test_a_pronoun_and_the_speech_acts_noun_attribute(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, EN_HARVEST, BRIEF_HARVEST)
    found = kinds(guard, EN_HARVEST, HE_HARVEST, lang="he", english_summary=BRIEF_HARVEST)
    assert "translation_attribution" not in found
    dropped = "Farm output will fall by a fifth this year as rain stays away."
    assert "attribution" in kinds(guard, EN_HARVEST, dropped)
