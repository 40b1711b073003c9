"""Word lists for plans and their horizons: plan wording, whose plan it is, and when."""

from __future__ import annotations

# Scheduling idioms with "be": "is set to", "was on track to" (reported speech puts them into
# the past: "said it was on track to open 30 stores"; such a past is read only after a verb of
# saying, for told as a story "was due to open in 2020" is the past). An adverb may come
# between: "is also on track to", "was still due to".
_BE_IDIOMS = (
    "on track",
    "on course",
    "on schedule",
    "set",
    "due",
    "scheduled",
    "slated",
    "poised",
    "looking",
)
REPORTED_PLAN_VERBS = tuple(
    rf"{be}(?:\s+(?:also|still|now))? {idiom}" for be in ("was", "were") for idiom in _BE_IDIOMS
) + tuple(rf"{be}\s+(?:also|still|now) {idiom}" for be in ("is", "are") for idiom in _BE_IDIOMS)

# Verbs that take "to" + the plan: "plans to", "agreed to", "is set to" (regex pieces on
# lowercased text; "?" makes the s optional).
PLAN_VERBS = (
    "plans?", "planned", "planning", "aims?", "aimed", "aiming", "expects?", "expecting",
    "intends?", "intended", "intending", "seeks?", "sought", "seeking", "hopes?", "hoped",
    "wants?", "wanted", "targets?", "agreed", "agrees?", "decided", "decides?", "pledged",
    "pledges?", "promised", "promises?", "vowed", "vows?", "proposed", "proposes?",
    "arranged", "prepares?", "preparing", "is set", "are set", "is looking", "are looking",
    "is due", "are due", "is scheduled", "are scheduled", "is slated", "are slated",
    "is poised", "are poised", "is intended", "are intended", "is expected", "are expected",
    "was expected", "expected", "committed", "is committed", "are committed",
    "is on track", "are on track", "remains on track", "is on course", "are on course",
    "is on schedule", "are on schedule", "remains on schedule", "remains committed",
    "remain committed",
    *REPORTED_PLAN_VERBS,
)  # fmt: skip

# Nouns that name a plan and say it with "is to": "The goal is to ...".
PLAN_NOUNS = ("ambition", "plan", "goal", "aim", "strategy", "target", "intention", "objective")

# Modal forms of the future: "will", "would" (in reported speech), "is to", "is going to".
FUTURE_MODALS = (
    r"will(?:\s+also)?(?:\s+not)?", r"won't", r"would(?:\s+also)?(?:\s+not)?", r"shall",
    r"is going to", r"are going to", r"is to", r"are to",
)  # fmt: skip

# A threat or a possibility dated as soon as it can come: "workers could walk off the job as
# early as Monday" (a union's threatened action is its plan; a bare "could" is not).
EARLIEST_MODALS = (r"could(?=\s[^,.;]{1,60}?\bas (?:early|soon) as\b)",)

# "expected the acquisition to add $40 million": expecting a thing of its own to do something.
# (a bare noun too: "expects production to begin"; not a market's: "expects demand to rise").
EXPECT_OBJECT = (
    r"expect(?:s|ed|ing)?(?!\s+(?:demand|growth|inflation|prices|rates|the market|the economy)\b)"
    r"(?=\s+(?:(?:the|its|their|this|that|these|those)\s+)?[a-z][^,.;]{0,50}?\s+to\s+[a-z])",
)

# After an expectation, verbs that put a number on an outcome, not a step: "expects sales to
# rise 4%", "expects the restructuring to cost $150 million" (a forecast of its own results).
OUTCOME_VERBS = frozenset(
    "rise rises fall falls grow increase decrease decline drop climb jump improve ease slow "
    "shrink double triple soften recover remain stay cost total exceed top weigh hurt dent "
    "be".split()
)

# Verbs of output and results whose expected amount is guidance, not a plan: "still expects
# to produce between 600,000 and 640,000 ounces this year", "expects to earn $2 a share".
GUIDANCE_VERBS = frozenset(
    "produce sell ship deliver earn report post generate record book achieve".split()
)

# A plan moved to a new date: "pushed back the launch of its pickup to late 2026".
MOVED_PLANS = tuple(
    [
        rf"{verb}\s+back(?=\s+(?:the|its|their)\s)"
        for verb in ("pushed", "pushing", "pushes", "push")
    ]
    + [
        rf"{verb}(?=\s+(?:the|its|their)\s[^,.;]{{1,60}}?\s(?:to|until|by)\s)"
        for verb in (
            "postponed",
            "postpones",
            "delayed",
            "delays",
            "deferred",
            "defers",
            "moved up",
            "brought forward",
        )  # fmt: skip
    ]
)

# A plan named as a noun with an aside before its "to": "the plan, announced in January, to
# move 600 jobs" (the aside is short and holds no clause break).
PLAN_NOUN_ASIDE = tuple(
    rf"{noun}s?,\s[^,;.]{{1,50}},\s+to(?=\s+[a-z]+\s)"
    for noun in ("plan", "proposal", "decision", "pledge", "promise", "goal", "target", "bid")
)

# A plan told as what its document holds: "The budget also includes $45 million over three
# years for housing", "The plan, its biggest in decades, calls for six plants to close by 2027".
# The signal is the noun, before one of these verbs in the present (the verb stays in the
# action).
PLAN_DOCUMENTS = (
    "budget", "plan", "deal", "agreement", "proposal", "package", "bill", "strategy",
    "programme", "program", "contract", "settlement", "framework", "blueprint", "roadmap",
    "scheme",
)  # fmt: skip
DOCUMENT_VERBS = (
    "includes", "calls for", "provides for", "provides", "sets aside", "earmarks", "allocates",
    "extends", "envisages", "envisions", "foresees", "sets out", "lays out", "commits",
    "include", "call for", "provide for", "envisage", "envision", "foresee", "set out",
)  # fmt: skip
DOCUMENT_PLANS = tuple(
    rf"{noun}s?(?:,[^,;.]{{1,60}},)?(?=\s+(?:also\s+)?(?:{'|'.join(DOCUMENT_VERBS)})\b)"
    for noun in PLAN_DOCUMENTS
)

# A thing set for a time: "A vote is scheduled for next month", "The launch is set for May".
SCHEDULED = tuple(
    rf"{be}\s+(?:scheduled|set|slated|planned|due)(?=\s+(?:for|on|in|by|next|this|later|early)\b)"
    for be in ("is", "are", "was", "were")
)

# A target as the plan's object, with its date: "is targeting savings of $250 million by 2027",
# "targets 500 stores by 2030", "has set a target of 500 stores by 2030".
TARGET_OBJECTS = (
    r"is\s+targeting(?=\s[^,.;]{1,80}?\s(?:by|within|in)\s)",
    r"are\s+targeting(?=\s[^,.;]{1,80}?\s(?:by|within|in)\s)",
    r"targets?(?!\s+to\b)(?=\s[^,.;]{1,80}?\s(?:by|within)\s)",
    *(
        rf"{verb}\s+(?:a|an|its|their)\s+(?:new\s+)?(?:[a-z-]+\s+)?(?:target|goal)\s+of"
        for verb in (
            "has\\s+set",
            "have\\s+set",
            "set",
            "sets",
            "has",
            "have",
            "announced",
            "unveiled",
            "adopted",
            "has\\s+adopted",
            "has\\s+announced",
            "has\\s+unveiled",
        )
    ),
)

# A plan named by its object: "plans a listing in New York next year", "is planning an IPO for
# 2026" (the object is one of ACTION_NOUNS, after a determiner and at most three words).
PLANNED_OBJECTS = tuple(
    rf"{verb}(?=\s+(?:a|an|its|their|the)\s+(?:[\w$.,-]+\s+){{0,3}}?(?:{{nouns}})\b)"
    for verb in ("plans", "planned", "planning", "plan")
)

# A plan dated by a year before its noun: "is targeting a 2027 launch", "eyes a 2026 listing".
DATED_OBJECTS = tuple(
    rf"{verb}(?=\s+(?:a|an|its|their)\s+(?:19|20)\d\d\s+[a-z])"
    for verb in (
        "targets", "targeting", "eyes", "eyeing", "aims for", "aiming for", "plans", "planning",
        "sets", "set", "has set",
    )
)  # fmt: skip

# "announced plans on Tuesday to cut 800 jobs": the day it was said, between the plan and its
# "to".
PLAN_ON_A_DAY = tuple(
    rf"plans?\s+(?:on|late on|earlier on)\s+{day}\s+to"
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)

# The present tense of a schedule, read only before a time: "The new line goes into production
# next spring", "The price changes take effect on Jan. 1" (the verb stays in the action). A
# plural form is no present after a modal or "to" ("will go on sale" is "will"'s).
_PRESENT_TIME = r"(?=\s(?:[^,.;]{0,40}?\s)?(?:next|in|on|from|by|this|early|later|starting)\s)"
_NOT_AFTER = ("will", "would", "to", "shall", "may", "might", "could", "should", "must", "n't",
              "also", "not", "and", "or")  # fmt: skip
PRESENT_SCHEDULES = tuple(
    rf"{verb}{_PRESENT_TIME}"
    for verb in (
        "takes effect", "goes into effect", "goes on sale", "goes into production", "goes live",
        "opens", "launches", "debuts", "kicks off", "expires",
    )
) + tuple(
    verb[0] + "".join(rf"(?<!{w} {verb[0]})" for w in _NOT_AFTER) + verb[1:] + _PRESENT_TIME
    for verb in ("take effect", "go into effect", "go on sale", "go into production", "go live")
)  # fmt: skip

# A passive with "should": "positions should be cut by 2012" (a plan's own wording).
PASSIVE_MODALS = (r"should(?:\s+not)?\s+be", r"must\s+be")

# Announcing a decision as a noun ("announced cuts ... during the fourth quarter"), or setting
# money aside for one ("has earmarked $500 million for the project through 2027").
ANNOUNCE_VERBS = (
    "announced", "unveiled", "approved", "ordered", "outlined", "earmarked", "allocated",
    "budgeted", "set aside",
)  # fmt: skip

# Common nouns a subject uses for an organisation (the head of "the Chennai-based firm").
ORGANISATION_NOUNS = frozenset(
    "company companies firm firms group automaker carmaker maker manufacturer business bank "
    "banks lender insurer startup start-up conglomerate retailer operator producer supplier "
    "developer airline airlines carrier government ministry department regulator agency "
    "province provinces territory municipality council board party union commission "
    "authority authorities administration cabinet "
    "parliament congress senate treasury state city county utility railway club league "
    "university school hospital charity organisation organization fund investor owner "
    "chain brand studio publisher network members workers employees staff".split()
)

# Heads of a public body's name: "the Lakeshore government", "the province", "the health
# ministry". Unnamed, such a body is itself the planner, never the company the article is about.
PUBLIC_BODIES = frozenset(
    "government ministry department province state city county council parliament congress "
    "senate cabinet administration treasury regulator agency commission authority "
    "municipality territory union unions party".split()
)

# Nouns for a thing an organisation does or sells, as the subject of a scheduled step:
# "The deal will close in June", "The change will occur within six months".
ACTION_NOUNS = frozenset(
    "deal merger acquisition takeover purchase sale sales-off spin-off listing offering ipo "
    "launch rollout roll-out release delivery deliveries shipment shipments opening "
    "reopening closure closures closing shutdown cut cuts layoffs job-cuts change changes "
    "move plan plans programme program project projects scheme service services product "
    "products store stores plant plants factory factories facility line lines route routes "
    "flights expansion restructuring reorganisation reorganization overhaul upgrade "
    "investment payment payments refund refunds dividend buyback fare fares "
    "tariff tariffs tax taxes rule rules ban policy law reform reforms measure measures "
    "package agreement contract partnership venture model models version update "
    "increase increases hike hikes freeze strike strikes walkout vote ballot talks "
    "negotiations auction tender referendum "
    "consultation rollout pilot trial-run "
    "yard yards mine mines mill mills station stations depot depots warehouse warehouses "
    "branch branches office offices site sites hub hubs terminal terminals outlet outlets "
    "construction work works redesign transition handover rebrand rebranding exchange "
    "exchanges trial trials testing hiring recruitment phase phases stage stages "
    "commissioning deployment installation demolition renovation refurbishment relocation "
    "integration migration".split()
)

# Nouns for an amount of work that are a plan only when it starts or stops ("Production will
# begin in 2027"); rising or falling, they are a forecast ("Production will rise 5%").
OPERATION_NOUNS = frozenset("production manufacturing operations output mining drilling".split())
OPERATION_VERBS = (
    "begin", "begins", "start", "starts", "resume", "resumes", "restart", "restarts",
    "commence", "commences", "end", "ends", "stop", "stops", "cease", "ceases", "halt", "halts",
)  # fmt: skip

# What a product, a service or a site does when it reaches the market or opens (regex pieces
# after "will" or "is due to"): "The device will go on sale in October", "The first jets are
# scheduled to arrive in 2026". Of a thing the article's organisation makes, such a step is its
# plan; a storm or a recession "arrives" too, so the subject must be a thing (see plans.py).
ROLLOUT_VERBS = (
    r"go(?:es)? on sale", r"(?:be|become|becomes) available",
    r"hits? (?:stores|shelves|the market)", r"reach(?:es)? (?:stores|customers|dealers)",
    r"enters? service", r"go(?:es)? into (?:service|production|operation)", r"enters? production",
    r"(?:start|begin)s? (?:shipping|selling|operating|operations|service)", r"ships?",
    r"debuts?", r"arrives?", r"opens?(?! (?:at|up|lower|higher)\b)", r"go(?:es)? live",
    r"comes? online", r"roll(?:s)? out", r"launch(?:es)?", r"follows?",
)  # fmt: skip

# Jobs that "will go": a cut told with the jobs as the subject ("About 600 jobs will go by
# 2026", "300 positions will disappear"); the organisation cutting them is the planner.
JOB_NOUNS = frozenset("jobs positions roles posts".split())
JOB_LOSS_VERBS = ("go", "disappear", "be lost", "be axed", "be shed", "be eliminated")

# Subjects and sources whose "will" is a forecast, not a plan ("analysts expect").
FORECASTERS = frozenset(
    "analyst analysts economist economists estimate estimates forecast forecasts forecaster "
    "forecasters expert experts observers strategist strategists research survey poll "
    "projections projection consensus sources insiders".split()
)

# Heads of a subject whose future is a forecast or a schedule not of the organisation's
# own making: markets, prices in general, the business cycle, its own results (a forecast),
# weather, courts.
NOT_PLANNERS = frozenset(
    "market markets economy economies growth inflation demand supply temperature "
    "price prices rate rates cost costs value values level levels "
    "temperatures weather storm rain trial hearing verdict sentence court judge jury case "
    "appeal nation country world people he she i you someone everyone nobody "
    "recession downturn slowdown recovery crisis boom slump rebound "
    "revenue revenues sales profit profits earnings income margin margins loss losses "
    "turnover ebitda debt debts bond bonds notes maturity maturities".split()
)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

# Words for a number in a duration: "within two to three years".
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "eighteen": 18, "twenty": 20, "thirty": 30, "ninety": 90, "few": 3, "several": 3,
    "a few": 3, "couple of": 2, "a couple of": 2,
}  # fmt: skip

UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "week": 1 / 52, "day": 1 / 365, "decade": 10.0,
              "quarter": 0.25}  # fmt: skip

# Past-tense verbs that tell a stage already done ("In 2009, Fiat bought a stake"), beyond
# the regular "-ed" forms.
PAST_VERBS = frozenset(
    "bought sold began begun took made won built opened paid set spent cut led got gave "
    "became brought struck sought held".split()
)

# Verbs after "will" that tell what befalls an organisation, not what it plans:
# "it will face stiff competition", "we will see some loss of sales".
NOT_PLAN_VERBS = frozenset(
    "face see suffer experience feel need struggle hurt remain likely probably report".split()
)

# After "remain", a post held for a time is a plan of tenure ("will remain on the board until
# May", "will remain as chairman"), not a state ("will remain profitable").
TENURE_AFTER_REMAIN = frozenset("on as at in with".split())

# Titles that make a named person one who speaks for an organisation, when the article
# gives them beside the name without the people extractor tying a role to it.
ROLE_WORDS = frozenset(
    "chief executive chairman chairwoman chair president director minister secretary "
    "spokesman spokeswoman spokesperson head ceo cfo coo founder manager governor leader "
    "officer mayor boss premier chancellor commissioner".split()
)
