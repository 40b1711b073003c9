"""Word lists the extractors share: roles, organisation words, places, speech verbs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split() if w.strip())


# Job titles and roles, as single lowercase words; multi-word titles are runs of these
# ("chief executive officer", "prime minister", "secretary of state").
ROLE_WORDS = _words("""
    president vice co-president chairman chairwoman chairperson chair founder co-founder cofounder
    chief executive officer ceo cfo coo cto cio managing director md head manager general
    minister secretary undersecretary under-secretary prime premier chancellor deputy
    spokesman spokeswoman spokesperson analyst economist strategist researcher scientist
    professor lecturer academic student teacher principal dean curator editor reporter journalist
    correspondent columnist writer author publisher photographer artist actor actress singer
    singer-songwriter musician director producer coach captain manager player goalkeeper
    defender midfielder striker forward referee umpire mayor governor senator congressman
    congresswoman representative lawmaker legislator mp mep ambassador envoy diplomat consul
    commissioner commander admiral colonel major lieutenant sergeant officer official
    administrator treasurer auditor accountant lawyer attorney barrister solicitor prosecutor
    judge justice magistrate counsel advocate campaigner activist organiser organizer leader
    chief executive billionaire tycoon magnate mogul investor entrepreneur banker trader broker
    consultant adviser advisor engineer architect designer developer programmer doctor
    physician surgeon nurse homeopath psychologist psychiatrist pilot astronaut cosplayer
    illustrator cartoonist historian spokesmodel host presenter anchor commentator critic
    chairmen partner associate fellow executive vp svp evp supremo boss owner proprietor
    superintendent inspector detective constable sheriff marshal warden priest bishop pastor
    imam rabbi pope cardinal king queen prince princess monarch emperor sultan emir sheikh
    member coauthor co-author co-chair cochair secretary-general director-general defector
    guest athlete instructor tutor coordinator supervisor specialist expert creator inventor
    councillor councilor politician candidate nominee delegate
    employee staffer aide speaker worker
    vice-president vice-chairman vice-chairwoman vice-chair vice-chancellor vice-principal
    vice-admiral co-owner co-head co-ceo second-in-command
    """)
# Words that join role words into a title: "Secretary of State", "Minister for Education".
ROLE_JOINERS = frozenset({"of", "for", "and", "to"})
# Words that make a role stronger but are not roles alone.
ROLE_MODIFIERS = _words("""
    senior junior former acting interim deputy assistant associate vice executive general
    lead principal chief regional global national international foreign finance interior home
    shadow state federal high-ranking top veteran then-president then emeritus visiting
    adjunct distinguished honorary
    """)

# Final words of organisation names ("Ltd.", "Group", "Ministry" ...).
ORG_SUFFIXES = _words("""
    ltd ltd. limited co co. inc inc. corp corp. corporation company companies group holdings
    plc llc llp gmbh ag sa nv bv spa pte pvt asa ab oyj se kk bhd tbk sas srl pty
    industries enterprises international technologies
    technology tech systems solutions motors motor automobile automotive airlines airways
    bank bancorp capital partners ventures fund trust securities insurance energy power
    petroleum oil gas steel mining pharmaceuticals pharma labs laboratories electronics
    communications telecom networks media news times post journal gazette herald tribune
    telegraph guardian observer review magazine press agency broadcasting television radio
    university college school institute institution academy foundation association society
    council commission committee board authority agency office ministry department bureau
    administration service services army navy force forces police party church museum center
    centre gallery galleries hospital clinic court parliament assembly senate congress
    federation union league conference organisation organization alliance network club team
    exchange studios studio pictures records weekly daily
    foods brands resources products materials properties realty logistics chemicals
    restaurants hotels resorts entertainment financial investments brewing brewery apparel
    mines metals minerals dynamics instruments devices software aerospace therapeutics
    biosciences robotics semiconductor semiconductors pipelines railway railways utilities
    wireless beverages distillers healthcare associates management advisors homes
    """)
# Words that open an organisation's name ("Bank of ...", "Ministry of ...").
ORG_PREFIXES = _words("""
    bank ministry department university council church museum institute office bureau house
    federation association society league union government state city municipality
    """)

COUNTRIES = _words("""
    Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain
    Bangladesh Belarus Belgium Bhutan Bolivia Bosnia Brazil Brunei Bulgaria Cambodia Cameroon
    Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt
    England Estonia Ethiopia Europe Fiji Finland France Georgia Germany Ghana Greece Hungary
    Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan
    Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Libya Lithuania Luxembourg Madagascar
    Malaysia Maldives Mali Malta Mexico Moldova Mongolia Morocco Mozambique Myanmar Namibia
    Nepal Netherlands Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines
    Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia
    Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia
    Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe
    America Africa Asia Britain UK US USA EU UAE
    """)
CITIES_AND_REGIONS = _words("""
    Beijing Shanghai Shenzhen Guangzhou Hong Kong Delhi Mumbai Chennai Bangalore Bengaluru
    Kolkata Hyderabad Pune Tokyo Osaka Seoul Taipei Singapore Jakarta Manila Bangkok Hanoi
    Sydney Melbourne Canberra Auckland Wellington London Paris Berlin Rome Madrid Brussels
    Geneva Zurich Vienna Moscow Kyiv Dubai Riyadh Mecca Tehran Cairo Lagos Nairobi Toronto
    Ottawa Vancouver Montreal Washington Texas California Florida York Chicago Boston Seattle
    Houston Dallas Atlanta Denver Detroit Aceh Milan Lombardy Genoa Liguria Queensland
    Victoria Ontario Quebec Bavaria Scotland Manchester Edinburgh Dublin Lisbon Athens Oslo
    Stockholm Copenhagen Helsinki Warsaw Prague Budapest Istanbul Ankara Karachi Lahore
    Islamabad Dhaka Colombo Kathmandu Kabul Baghdad Beirut Jerusalem Gaza Doha Abu Dhabi
    Silicon Valley Wall Street Asia-Pacific Indiana Arlington Pyongyang Bogliasco
    """)
# Nationality adjective -> country, for "Indian Prime Minister Narendra Modi".
NATIONALITIES = {
    "American": "United States",
    "Australian": "Australia",
    "Austrian": "Austria",
    "Bangladeshi": "Bangladesh",
    "Belgian": "Belgium",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Canadian": "Canada",
    "Chinese": "China",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "Egyptian": "Egypt",
    "English": "England",
    "European": "Europe",
    "Finnish": "Finland",
    "French": "France",
    "German": "Germany",
    "Greek": "Greece",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Japanese": "Japan",
    "Kenyan": "Kenya",
    "Korean": "Korea",
    "Malaysian": "Malaysia",
    "Mexican": "Mexico",
    "Nigerian": "Nigeria",
    "Norwegian": "Norway",
    "Pakistani": "Pakistan",
    "Polish": "Poland",
    "Portuguese": "Portugal",
    "Russian": "Russia",
    "Saudi": "Saudi Arabia",
    "Scottish": "Scotland",
    "Singaporean": "Singapore",
    "Spanish": "Spain",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Taiwanese": "Taiwan",
    "Thai": "Thailand",
    "Turkish": "Turkey",
    "Ukrainian": "Ukraine",
    "Vietnamese": "Vietnam",
    "Afghan": "Afghanistan",
    "Argentine": "Argentina",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Emirati": "United Arab Emirates",
    "Filipino": "Philippines",
    "Qatari": "Qatar",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "New Zealand": "New Zealand",
    "U.S": "United States",
    "US": "United States",
    "U.K": "United Kingdom",
    "UK": "United Kingdom",
}

# Reporting verbs, in the forms news writes them.
SPEECH_VERBS = _words("""
    said says say told tells stated states added adds explained explains noted notes observed
    observes admitted admits claimed claims argued argues wrote writes asked asks continued
    commented comments remarked remarks insisted insists warned warns declared declares
    announced announces believes believed thinks thought reported reports replied replies
    recalled recalls acknowledged acknowledges confirmed confirms suggested suggests stressed
    stresses emphasised emphasized maintained maintains conceded concedes predicted predicts
    estimated estimates urged urges described describes cautioned cautions concluded
    concludes contended contends countered counters agreed agrees disclosed discloses
    revealed reveals pointed tweeted posted announced alleged alleges
    stating saying telling writing noting explaining arguing claiming insisting warning
    """)
PRONOUNS = frozenset({"he", "she", "they", "He", "She", "They"})
# Capitalised words that begin sentences but are never names.
NOT_NAMES = _words("""
    The A An This That These Those It Its He She They We I You His Her Their Our My Your
    In On At By For From With Without Of To As And But Or Nor So Yet If When While Where
    Who Whom Whose Which What Why How After Before Since Until During Despite Although
    Though Because Also However Meanwhile Initially Later Earlier Today Yesterday Tomorrow
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Mr Mrs Ms Dr Prof Sir Dame
    Lord Lady Some Many Most All Both Each Every Other Another Such No Not Only Just Even
    More Less There Here Now Then Still According Under Over Between Among Into Through
    Against Across Around About Above Below Near Per Via Chief Executive Officer Minister
    President Prime Secretary Image Photo Source Sources Categories Related News Share
    One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next New Old
    Senior Junior Former Deputy General Major Billionaire Tycoon Businesses Speaking
    Asked Supporters Critics Officials Police Reports Estimates Analysts Experts Residents
    Neither Either Several Few Much Once Twice Instead Perhaps Indeed Thus Therefore Yes
    """)
FAMILY_WORDS = frozenset({"family", "families", "clan", "dynasty", "brothers", "sisters"})


def word_pattern(words: frozenset[str] | set[str]) -> str:
    """A regex matching any of words as a whole word, built as a trie.

    Python's re tries each alternative of "said|says|..." in turn at every position; a
    trie ("sa(?:id|ys)") rejects a position after one or two characters, which makes
    the scan for reporting verbs several times faster.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    first_letters = [re.escape(ch) + build(child) for ch, child in sorted(trie.items())]
    return "(" + whole_words(first_letters) + r")\b"


# After a word's first letter: the character before that letter is not a word character.
# Together with the letter it says what a leading \b says.
_AFTER_FIRST_LETTER = r"(?<!\w\w)"


def whole_words(alternatives: list[str]) -> str:
    r"""\b(?:alternative|...) in a form that Python's re scans several times faster.

    A pattern that starts with \b (or a lookbehind) is tried at every position of the
    text. One whose every alternative starts with a plain letter lets re skip, in C, to
    the next position holding one of those letters; the word-boundary check then
    follows the first letter. Alternatives keep their order within each first letter;
    ones with different first letters cannot match at the same place.

    Args:
        alternatives: regexes, each starting with a lowercase ASCII letter.
    """
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        if not ("a" <= first <= "z"):
            raise ValueError(f"{alternative!r} does not start with a letter")
        by_letter.setdefault(first, []).append(alternative[1:])
    return (
        "(?:"
        + "|".join(
            f"{letter}{_AFTER_FIRST_LETTER}(?:{'|'.join(rests)})"
            for letter, rests in sorted(by_letter.items())
        )
        + ")"
    )


def stems(words: Iterable[str]) -> frozenset[str]:
    """The words for find_words, a word that begins with another folded into it as "stem*".

    "plan", "plans", "planning" -> "plan*": fewer scans of the text, and every place a
    word stands is still found (with more besides: "planet"), so only for a sieve.
    """
    out: list[str] = []
    for word in sorted(set(words)):
        if out and word.startswith(out[-1].rstrip("*")):
            out[-1] = out[-1].rstrip("*") + "*"
        else:
            out.append(word)
    return frozenset(out)


def find_words(text: str, words: Iterable[str], start: int = 0) -> list[tuple[int, int]]:
    r"""Spans of text where one of words stands as a whole word, in order, not overlapping.

    A word ending in "*" stands for any word that begins so ("invest*": "investment").
    What re.finditer(r"\b(?:deal|invest\w*|...)\b") finds, but by str.find: a regex
    alternation of common words stops at nearly every letter of the text.
    """
    spans = []
    for word in words:
        stem = word.endswith("*")
        literal = word.rstrip("*")
        i = text.find(literal, start)
        while i >= 0:
            j = i + len(literal)
            if i == 0 or not is_word_char(text[i - 1]):
                if stem:
                    while j < len(text) and is_word_char(text[j]):
                        j += 1
                if j >= len(text) or not is_word_char(text[j]):
                    spans.append((i, j))
            i = text.find(literal, i + 1)
    spans.sort()
    out: list[tuple[int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def find_literals(text: str, literals: Iterable[str], start: int = 0) -> list[int]:
    """Offsets in text, from start, where one of literals is written, as written.

    Every occurrence, even inside a word or inside another: re.finditer("month|year")
    finds a subset of these, but stops at nearly every letter ("a", "m", "y") of the text,
    where str.find skips in C to the next occurrence.
    """
    found = []
    for literal in literals:
        i = text.find(literal, start)
        while i >= 0:
            found.append(i)
            i = text.find(literal, i + 1)
    return found


def after_non_letter(pattern: str) -> str:
    r"""[^a-z](?=(pattern)): every place pattern matches, in group 1, found faster.

    For a whole_words pattern on lowercased text, which matches only where no word
    character comes before: re skips, in C, over the letters inside words and tries the
    pattern only after a space or a mark. The lookahead finds overlapping matches too;
    kept_matches keeps those re.finditer(pattern) would find.
    """
    return rf"[^a-z](?=({pattern}))"


def kept_matches(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the (start, end) of a pattern's matches at every place it matches, in order of
    start, those re.finditer keeps: each that starts where the last one kept ended, or
    after (the pattern never matches an empty string)."""
    kept: list[tuple[int, int]] = []
    done = -1
    for start, end in spans:
        if start >= done:
            kept.append((start, end))
            done = end
    return kept


def matches_after_non_letters(
    pattern: re.Pattern, after: re.Pattern, text: str, start: int = 0, end: int | None = None
) -> list[re.Match]:
    """pattern.finditer(text, start, end) as a list, found by the faster scan after, made
    by after_non_letter(pattern.pattern)."""
    end = len(text) if end is None else end
    first = pattern.match(text, start, end)  # after looks at the character before a match
    spans = [first.span()] if first else []
    spans += (m.span(1) for m in after.finditer(text, start, end))
    return [pattern.match(text, a, end) for a, _b in kept_matches(spans)]


def is_word_char(ch: str) -> bool:
    r"""Whether re's \w matches ch."""
    return ch.isalnum() or ch == "_"


@cache
def first_names() -> dict[str, str]:
    """Given name -> usual gender ("m", "f" or "-"), loaded once on first use."""
    text = (_DATA / "first_names.tsv").read_text(encoding="utf-8")
    # One split over the whole file: about 20,000 lines, read in a few milliseconds.
    body = text[text.index("\n", text.rindex("\n#") + 1) + 1 :]  # after the "#" header
    fields = body.replace("\n", "\t").split("\t")
    out = dict(zip(fields[0::2], fields[1::2], strict=False))
    out.pop("", None)
    for word in COUNTRIES | CITIES_AND_REGIONS | NOT_NAMES:
        out.pop(word, None)
    return out
