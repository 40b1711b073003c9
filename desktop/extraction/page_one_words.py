"""Word lists of page one: time words for horizons, and the words of a summary's clauses."""

from __future__ import annotations

# Month names and the abbreviations news copy uses ("Aug. 31"), lowercase, to their number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# The month a season is taken to mean, in the northern hemisphere most news copy assumes.
SEASON_MONTHS = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}
# Monday first, as datetime.date.weekday counts them.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Number words a horizon is written with ("two to three years", "a decade", "a few years").
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "a couple of": 2, "a few": 3, "few": 3, "several": 4,
    "half a": 0.5,
}  # fmt: skip
# Horizons that mean now, not ahead: a phase under way is not something to watch for.
PRESENT_HORIZONS = frozenset(
    ["initially", "now", "at first", "first", "immediately", "currently", "today", "already",
     "at present", "in the beginning", "to begin with", "for now", "for the time being",
     "right away", "at the start", "in the first phase"]
)  # fmt: skip
# Horizons with no date in them, and roughly how many days ahead each means.
VAGUE_HORIZON_DAYS = {
    "very soon": 30, "soon": 60, "shortly": 30, "in the coming weeks": 30,
    "in the coming months": 120, "near term": 365, "short term": 365, "medium term": 1095,
    "mid-term": 1095, "long term": 1825, "long-term": 1825,
}  # fmt: skip
# Words that put a clause in the future: a date after one is something ahead.
FUTURE_WORDS = frozenset(
    """will shall should would expected expects expect plans plan planned aims aim intends
    intend scheduled due set forecast forecasts projected targets target hopes hope could
    may might going upcoming next""".split()
)
# Common nouns by which an article refers back to the company it is about ("the firm").
COMPANY_NOUNS = frozenset(
    """firm company automaker carmaker maker manufacturer group bank lender insurer
    retailer airline carrier giant conglomerate business operator producer developer
    supplier startup start-up chipmaker brewer miner""".split()
)
# Verbs that report what a company said, before "that" and the news itself.
REPORTING_VERBS = frozenset(
    "announced said reported confirmed disclosed revealed stated told informed".split()
)
# First words of a sentence that leans on the one before it (a condition, a pronoun, a
# link): such a sentence cannot stand alone as a subtitle.
LEANING_WORDS = frozenset(
    """if when unless but and so also however still yet then it its this that these those
    he she they his her their him them there such meanwhile instead""".split()
)
