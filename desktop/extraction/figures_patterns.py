"""The regular expressions and word lists the figure finder scans with, compiled once."""

from __future__ import annotations

import re

from desktop.extraction.numbers import (
    FOLD_WORDS,
    NUMBER,
    ORDINAL,
    ORDINALS,
    SCALE_WORDS,
    SMALL_NUMBERS,
)
from desktop.lazyre import lazy_compile

# ---------------------------------------------------------------- currencies
#: Symbols and prefixes written before the amount. Bare "$" is taken as US dollars.
CURRENCY_PREFIXES = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "$US": "USD", "NZ$": "NZD", "$NZ": "NZD",
    "A$": "AUD", "AU$": "AUD", "$A": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
    "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "€": "EUR",
    "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₦": "NGN", "₱": "PHP", "฿": "THB", "₪": "ILS", "Rp": "IDR", "RM": "MYR",
    "₵": "GHS", "₴": "UAH", "Rmb": "CNY", "Dh": "AED", "Dhs": "AED", "Bt": "THB", "KSh": "KES",
    "Ksh": "KES", "TL": "TRY", "zł": "PLN", "Kč": "CZK", "Ft": "HUF",
    "SKr": "SEK", "Skr": "SEK", "NKr": "NOK", "Nkr": "NOK", "DKr": "DKK", "Dkr": "DKK",
    "dlrs": "USD", "Dlrs": "USD", "DLRS": "USD",
}  # fmt: skip
#: One or two letters that local papers write before an amount for their own currency
#: ("N450bn" in Lagos, "R12.4bn" in Johannesburg, "Sh4 billion" in Nairobi, "P10 billion"
#: in Manila): so short that they count only glued to an amount with a scale.
SCALED_LETTER_PREFIXES = {"N": "NGN", "R": "ZAR", "Sh": "KES", "P": "PHP"}
CURRENCY_CODES = (
    "USD INR EUR GBP JPY CNY RMB AUD NZD CAD HKD SGD CHF KRW BRL ZAR RUB MXN IDR TWD SEK NOK "
    "DKK AED SAR PKR BDT LKR NPR THB MYR PHP VND TRY ILS EGP NGN KES PLN GHS UGX TZS ZMW ETB "
    "CZK HUF RON UAH KZT QAR KWD OMR BHD ARS CLP COP PEN JMD"
).split()
CODE_ALIASES = {"RMB": "CNY"}
#: Currency names written after the amount; the adjective picks the dollar or rupee.
CURRENCY_WORDS = {
    "dollar": "USD", "rupee": "INR", "euro": "EUR", "pound": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "franc": "CHF",
    "peso": "MXN", "rand": "ZAR", "ringgit": "MYR", "baht": "THB", "dirham": "AED",
    "riyal": "SAR", "lira": "TRY", "rouble": "RUB", "ruble": "RUB", "naira": "NGN",
    "taka": "BDT", "shekel": "ILS", "dong": "VND", "rupiah": "IDR", "krona": "SEK",
    "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "zloty": "PLN", "reais": "BRL",
    "dlr": "USD", "shilling": "KES", "cedi": "GHS", "kwacha": "ZMW", "birr": "ETB",
    "koruna": "CZK", "forint": "HUF", "hryvnia": "UAH", "tenge": "KZT",
}  # fmt: skip
CURRENCY_ADJECTIVES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "new zealand": "NZD",
    "canadian": "CAD", "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
    "new taiwan": "TWD", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
    "indian": "INR", "swiss": "CHF", "philippine": "PHP", "argentine": "ARS",
    "mexican": "MXN", "south korean": "KRW", "danish": "DKK", "norwegian": "NOK",
    "swedish": "SEK", "chinese": "CNY", "japanese": "JPY", "brazilian": "BRL",
    "egyptian": "EGP", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
    "south african": "ZAR", "nigerian": "NGN", "jamaican": "JMD", "colombian": "COP",
    "chilean": "CLP", "turkish": "TRY", "russian": "RUB",
}  # fmt: skip
# Words that are also English words or units: a currency only with a scale ("5 million won").
AMBIGUOUS_CURRENCY = {"won", "pound", "rand", "dong"}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX_SYMBOLS = _alt(k for k in CURRENCY_PREFIXES if len(k) == 1 and not k.isalpha())
_PREFIX_SYMBOLS_CLASS = "".join(k for k in CURRENCY_PREFIXES if len(k) == 1 and not k.isalpha())
_PREFIX_LETTERS = _alt(k for k in CURRENCY_PREFIXES if k[0].isalpha() and "$" not in k)

# ---------------------------------------------------------------- words
SUPERLATIVES = (
    "largest biggest highest lowest smallest greatest fastest busiest richest poorest best "
    "worst oldest youngest longest tallest deadliest strongest weakest heaviest cheapest "
    "costliest wealthiest safest hottest coldest driest wettest top"
).split()
_SUPERLATIVE = rf"(?:{_alt(SUPERLATIVES)}|(?:most|least)[ \t]+[a-z]+)"
TIME_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "minute": "minute",
    "minutes": "minute", "min": "minute", "mins": "minute", "second": "second",
    "seconds": "second", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "fortnight": "fortnight", "fortnights": "fortnight",
    "quarter": "quarter", "quarters": "quarter", "night": "night", "nights": "night",
    "millennium": "millennium", "millennia": "millennium",
}  # fmt: skip
MEASURES = (
    "km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m "
    "cm mm ft foot feet inch inches yard yards kg kgs kilogram kilograms g gram grams tonne "
    "tonnes ton tons lb lbs ounce ounces acre acres hectare hectares sq square degree degrees "
    "mph kph kmh mw gw kw kwh mwh gwh twh litre litres liter liters gallon gallons barrel "
    "barrels points point pts iq gb mb tb kb calories volts watts knots storey storeys "
    "floor floors bps"
).split()
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()


# ---------------------------------------------------------------- the scan
def _trie(words) -> str:
    """A regex alternation shaped as a trie, so a non-matching word fails on its first letter."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return emit(root)


_ANCHOR_WORDS = (
    set(SMALL_NUMBERS)
    | set(SCALE_WORDS)
    | set(ORDINALS)
    | set(FOLD_WORDS)
    | set(SUPERLATIVES)
    | {"most", "least", "half", "twice"}
    | {"few", "several", "tens", "hundreds", "thousands", "millions", "billions"}
    | {"doubled", "tripled", "trebled", "quadrupled", "double", "triple", "quadruple"}
)
#: Where a figure may start, run on the lower-cased text: a digit or a currency sign or "#"
#: (a character class first, so re skips to them in C) ...
NUMBER_OR_SIGN = lazy_compile(rf"[\d#{_PREFIX_SYMBOLS_CLASS}](?:(?<=\d)[\d,.]*+)?")
#: The same for a text whose digits are all 0-9: a range tests faster than the Unicode
#: category \d, at every character of the text.
ASCII_NUMBER_OR_SIGN = lazy_compile(rf"[0-9#{_PREFIX_SYMBOLS_CLASS}](?:(?<=[0-9])[0-9,.]*+)?")
#: A character outside ASCII: where a digit other than 0-9 could be.
NOT_ASCII = lazy_compile(r"[^\x00-\x7f]")
#: ... or a number, ordinal or superlative word. Cheap, so the full patterns only run at
#: these places.
_ANCHOR_TRIE = _trie(_ANCHOR_WORDS)
WORD_ANCHOR = lazy_compile(rf"(?<![a-z]){_ANCHOR_TRIE}\b")
#: WORD_ANCHOR after the character before the word, which it takes (group 1 is the word):
#: starting with a character class lets re skip the letters inside words in C.
WORD_ANCHOR_AFTER = lazy_compile(rf"[^a-z]({_ANCHOR_TRIE})\b")

_NUM_END = r"(?!\w|[.,]\d)"  # not "39A", not "33rd", not half a numeral
_SMALL_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"

#: What stands at an anchor; each branch names what it found.
AT_ANCHOR = lazy_compile(
    rf"(?P<hash>#\d{{1,3}}(?!\w))"
    rf"|(?P<cur>(?:{_PREFIX_SYMBOLS})(?:US|NZ|A(?=[ \t]?\d))?)[ \t]*(?P<money>{NUMBER}){_NUM_END}"
    rf"|(?P<ord>{ORDINAL})(?:[ \t]*-[ \t]*|[ \t]+)(?P<ordof>{_SUPERLATIVE}|place|position|spot)\b"
    rf"|(?P<foldword>{_alt(FOLD_WORDS)})\b"
    rf"|(?P<asmuch>half|twice)[ \t]+as[ \t]+(?:much|many|[a-z]+(?=[ \t]+as\b))"
    rf"|(?P<barescale>hundred|thousand|million|billion)"
    rf"(?=[ \t]*-[ \t]*(?:year|month|day|hour|week|decade|century))"
    rf"|(?P<num>{NUMBER})(?:{_NUM_END}|(?=p\b))"  # "8.3p": pence, or nothing (by_unit)
    rf"|(?P<superlative>{_SUPERLATIVE})\b"
    rf"|(?P<ordinal>{ORDINAL})\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- what precedes an anchor
#: "the world's biggest": a superlative that ranks first.
RANKING_PLACES = frozenset(
    "world globe planet country nation continent region industry sector asia europe africa "
    "america".split()
)
#: "an" or "a" before a scale word: "a thousand", "a million".
ARTICLE_BEFORE = lazy_compile(r"(?i:\ban?[ \t]+)$")
#: Letters before "$" that name the dollar ("US$", "NZ $").
DOLLAR_LETTERS = frozenset("US U.S. NZ AU CA CAN HK NT MX".split())
#: A currency written in letters before the amount ("Rs 500", "USD 10").
LETTER_CURRENCIES = frozenset(
    [k for k in CURRENCY_PREFIXES if k[0].isalpha() and "$" not in k] + CURRENCY_CODES
)

# ---------------------------------------------------------------- what follows a number
_HI = rf"(?P<hi>(?i:{NUMBER})){_NUM_END}"
RANGE = lazy_compile(
    rf"[ \t]*(?:-|–|—|(?i:to|or|and))[ \t]*(?:[{_PREFIX_SYMBOLS_CLASS}][ \t]*)?{_HI}"
)
PERCENT = lazy_compile(
    r"[ \t]*(?:%|(?i:per[ \t]?cent|percent|pct)\b)|[ \t]+(?i:percentage[ \t]+points?)\b"
)
_CURRENCY_ADJ = _alt(CURRENCY_ADJECTIVES)
CURRENCY_AFTER = lazy_compile(
    rf"[ \t]+(?i:(?P<adj>{_CURRENCY_ADJ})[ \t]+)?"
    rf"(?i:(?P<word>{_alt(CURRENCY_WORDS)})(?:e?s)?(?:[ \t]+sterling)?)\b"
    rf"|[ \t]*(?P<code>{_alt(CURRENCY_CODES)})\b"
)
TIME = lazy_compile(
    r"(?P<sep>[ \t]*-[ \t]*|[ \t]+)"
    r"(?i:(?:working|business|calendar|consecutive|straight|full|additional|more|extra|long)"
    r"[ \t]+)?"
    rf"(?P<unit>(?i:{_alt(TIME_UNITS)}))\b"
)
#: "25 basis points", "50 bps": hundredths of a percentage point.
BASIS_POINTS = lazy_compile(r"[ \t]*(?:-[ \t]*)?(?i:basis[ \t]+points?|bps)\b")
#: "17 cents", "77 cents": a dollar amount in cents.
CENTS = lazy_compile(
    r"[ \t]+(?:(?P<country>U\.S\.|US|American|Canadian|Australian)[ \t]+)?(?i:cents?)\b"
)
#: "345 pence", "8.3p": a pound amount in pence; the bare "p" only with a "£" near it
#: (checked by the caller), so "1080p" in a story about screens is not money.
PENCE = lazy_compile(r"(?P<compact>p)\b(?!['’]|\.\w)|[ \t]+(?i:pence)\b")
#: What an amount is per: "$26 a week", "$1.14 per share", "92 cents per diluted share"; not
#: "$4 million a year earlier".
RATE = lazy_compile(
    r"[ \t]+(?i:a|an|per|each)[ \t]+(?:(?i:diluted|basic|adjusted|common|ordinary)[ \t]+)?"
    r"(?P<noun>[A-Za-z]+)\b"
    r"(?![ \t]+(?i:earlier|ago|before|later|after|prior|previously)\b)"
)
#: Money without a number: "millions of dollars", "a few hundred million US dollars".
VAGUE_MONEY = lazy_compile(
    r"(?i:(?:a[ \t]+)?(?:few|several)[ \t]+(?:hundred|thousand|million|billion)"
    r"(?:[ \t]+(?:million|billion))?|(?:tens|hundreds|thousands|millions|billions)[ \t]+of"
    r"(?:[ \t]+(?:thousands|millions|billions)[ \t]+of)?)"
    rf"[ \t]+(?:(?P<adj>(?i:{_CURRENCY_ADJ}))[ \t]+)?"
    r"(?P<word>(?i:dollars|euros|pounds|yen|rupees|yuan|francs))\b"
)
#: "doubled its profits", "sales tripled in 2004"; not "doubled the lead" (a score).
VERB_MULTIPLE = lazy_compile(
    r"(?i:(?P<verb>doubled|tripled|trebled|quadrupled))\b(?![ \t]+(?i:the|a|an|up|down|over|as)\b)"
)
#: "plans to double production", "will triple its capacity": a verb of multiplying after
#: "to" or a modal; not "double the lead" after a score's "could".
BASE_VERB_MULTIPLE = lazy_compile(
    r"(?i:(?:to|will|would|could|should|may|might|can)[ \t]+(?:more[ \t]+than[ \t]+)?)"
    r"(?P<verb>(?i:double|triple|treble|quadruple))\b"
    r"(?![ \t]+(?i:up|down|over|as|back|the[ \t]+lead|digits?)\b)(?!-)"
)
#: "a double increase of sales": twice as much.
DOUBLE_CHANGE = lazy_compile(r"(?i:double[ \t]+(?:increase|rise|growth|jump|gain))\b")
#: "three-tenths of a percent": a fraction of a percentage point.
FRACTION_PERCENT = lazy_compile(
    r"(?i:(?P<count>one|two|three|four|five|six|seven|eight|nine)[ \t-]+"
    r"(?P<part>tenths?|quarters?|halves|half)[ \t]+of[ \t]+an?[ \t]+"
    r"(?:percent|per[ \t]cent|percentage[ \t]+point))\b"
)
FOLD = lazy_compile(r"(?:[ \t]*-[ \t]*(?i:fold)|[ \t]*(?:fold|FOLD))\b")  # not "Fold Pro"
TIMES = lazy_compile(r"[ \t]+(?i:times)\b")
MEASURE = lazy_compile(rf"(?:[ \t]*-?[ \t]*(?i:{_alt(MEASURES)})\b|[ \t]*°|[ \t]*:\d)")
HYPHEN_WORD = lazy_compile(r"[ \t]*-[ \t]*(?P<word>[A-Za-z]+)\b(?!-)")
OFFSET = lazy_compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?i:ago|later|earlier|before|after|prior|previously|hence|"
    r"since|old|of[ \t]+age|from[ \t]+now|in[ \t]+advance|ahead|beforehand|afterwards|"
    r"on\b(?![ \t]+\w)|"
    r"in(?:to)?[ \t]+the[ \t]+(?:first|second|third|final|last|next)\b|into\b)"
)
TRAILING = lazy_compile(r"[ \t]+(?i:(?P<trail>or[ \t]+more|or[ \t]+so|more|plus))\b")
NOUN_WORDS = lazy_compile(r"(?:[ \t]+[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*){1,4}")

# A valuation or leverage multiple: "24 times forward earnings", "1.4 times Ebitda".
FINANCIAL_BASE_AFTER = lazy_compile(
    r"[ \t]+(?i:(?:its|the|their|our)[ \t]+)?(?i:(?:forward|trailing|expected|annual|"
    r"operating|net|core|historical)[ \t]+)?(?i:earnings|revenue|revenues|sales|ebitda|ebit|"
    r"book(?:[ \t]+value)?|profits?|cash[ \t]+flow|income|equity|net[ \t]+debt)\b"
)
COMPARATIVE_AFTER = lazy_compile(
    r"[ \t]+(?i:(?:more|less|fewer|larger|bigger|higher|greater|faster|smaller|lower|as|the|"
    r"that|over|what)\b|[a-z]+er[ \t]+than\b)"
)
