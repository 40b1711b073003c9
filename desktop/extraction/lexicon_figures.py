"""Word lists for what a figure measures: verbs, their nouns, directions, periods, currencies."""

from __future__ import annotations

# Verbs of change and of money, as written, mapped to the noun an analyst labels the figure
# with ("GM lost $6 billion" -> "GM loss"). A verb not here stays a verb in the label.
VERB_NOUNS = {
    **dict.fromkeys("lose loses lost losing".split(), "loss"),
    **dict.fromkeys("earn earns earned earning".split(), "earnings"),
    **dict.fromkeys("spend spends spent spending".split(), "spending"),
    **dict.fromkeys("save saves saved saving".split(), "savings"),
    **dict.fromkeys("invest invests invested investing".split(), "investment"),
    **dict.fromkeys("pay pays paid paying".split(), "payment"),
    **dict.fromkeys("raise raises raised raising".split(), "raise"),
    **dict.fromkeys("value values valued valuing".split(), "valuation"),
    **dict.fromkeys("borrow borrows borrowed borrowing".split(), "borrowing"),
    **dict.fromkeys("inject injects injected injecting".split(), "injection"),
    **dict.fromkeys("infuse infuses infused infusing".split(), "infusion"),
    **dict.fromkeys("transfer transfers transferred transferring".split(), "transfer"),
    **dict.fromkeys("total totals totaled totalled totaling totalling".split(), "total"),
    **dict.fromkeys("rise rises rose risen rising".split(), "rise"),
    **dict.fromkeys("increase increases increased increasing".split(), "rise"),
    **dict.fromkeys("climb climbs climbed climbing".split(), "rise"),
    **dict.fromkeys("grow grows grew grown growing".split(), "growth"),
    **dict.fromkeys("gain gains gained gaining".split(), "gain"),
    **dict.fromkeys("jump jumps jumped jumping".split(), "jump"),
    **dict.fromkeys("surge surges surged surging".split(), "surge"),
    **dict.fromkeys("soar soars soared soaring".split(), "rise"),
    **dict.fromkeys("advance advances advanced advancing".split(), "gain"),
    **dict.fromkeys("fall falls fell fallen falling".split(), "fall"),
    **dict.fromkeys("drop drops dropped dropping".split(), "drop"),
    **dict.fromkeys("decline declines declined declining".split(), "decline"),
    **dict.fromkeys("slip slips slipped slipping".split(), "fall"),
    **dict.fromkeys("slide slides slid sliding".split(), "fall"),
    **dict.fromkeys("plunge plunges plunged plunging".split(), "plunge"),
    **dict.fromkeys("tumble tumbles tumbled tumbling".split(), "fall"),
    **dict.fromkeys("sink sinks sank sunk sinking".split(), "fall"),
    **dict.fromkeys("shrink shrinks shrank shrunk shrinking".split(), "decline"),
    **dict.fromkeys("decrease decreases decreased decreasing".split(), "decline"),
    **dict.fromkeys("dip dips dipped dipping".split(), "dip"),
    **dict.fromkeys("cut cuts cutting".split(), "cut"),
    **dict.fromkeys("reduce reduces reduced reducing".split(), "cut"),
    **dict.fromkeys("lower lowers lowered lowering".split(), "cut"),
}
# The direction each change noun above (and as written) goes.
UP_WORDS = frozenset(
    "rise gain growth jump surge increase increases climb advance up higher rebound".split()
)
DOWN_WORDS = frozenset("fall drop decline dip plunge cut cuts decrease slump down lower".split())
# Words that end a subject: auxiliaries and modals (a verb starts the predicate).
AUXILIARIES = frozenset(
    "is are was were be been being has have had will would could should may might can "
    "must shall did does do 's".split()
)
# Verbs common around figures whose form gives no "-ed"/"-s" clue, or that are nouns too;
# and what a firm does, in the present ("The company supplies parts for 40 models").
PLAIN_VERBS = frozenset(
    """said says say told announced reported posted sold sell sells made make makes hold
    holds held owns give gives gave take takes took get gets got put puts set sets
    run runs ran bring brings brought buy buys bought acquire acquires keep keeps kept win
    wins won
    expects expected plans planned wants wanted intends intended hopes seeks sought
    offers offered receives received employs employed totals beat beats saw sees see
    lost spent paid rose risen fell fallen grew grown shrank shrunk sank sunk slid
    stood stands came comes hit hits shed sheds
    supplies produces operates provides manufactures builds serves represents handles
    controls counts add adds includes include
    """.split()
) | frozenset(verb for verb in VERB_NOUNS if verb.endswith("ed"))
# Subjects that point back to a named organisation ("the company said").
BACK_REFERENCES = frozenset(
    """it its they their company firm group automaker carmaker manufacturer maker bank
    lender airline retailer insurer business corporation giant""".split()
)
PRONOUNS = frozenset("it they he she we this that which who".split())
RELATIVES = frozenset("which who that".split())
# Words dropped from labels: articles, determiners, possessive pronouns.
LABEL_DROP = frozenset("the a an its their his her our your these those some both".split())
# Words after which a noun phrase cannot continue (function words and clause links).
PHRASE_STOPS = frozenset(
    """a an the and or but nor as than that which who whom whose when where while whilst
    whereas if
    because although though so is are was were be been being has have had will would can
    could may might should must shall do does did not no also after before since until
    while during amid despite per each said says according once unless whether""".split()
)
# Prepositions that may carry a noun phrase on into the label ("loss in restructuring").
LINKS = frozenset("of in on for to into with from at by over under".split())
# Nouns that count people, so a relative clause about them takes "who".
PERSON_NOUNS = frozenset(
    """people persons workers employees staff jobs members customers users residents
    passengers students voters developers investors shareholders""".split()
)
# Words that name a length or point of time: the head of a period phrase.
PERIOD_WORDS = (
    "year years quarter quarters month months week weeks half period day days decade season fiscal"
)
MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
# Months as news abbreviates them before a day, lower-cased without the full stop ("Sept. 30").
MONTH_ABBREVIATIONS = "jan feb mar apr jun jul aug sep sept oct nov dec"
# Nouns a "per" or "a" after an amount makes it a rate of ("$26 a week", "$1.14 per share").
RATE_NOUNS = frozenset(
    """share unit song album aircraft plane car vehicle hour day week month year
    barrel tonne ton person head capita head employee household user item copy""".split()
)
# Demonyms and country names that say which dollar a bare "$" means.
DOLLAR_COUNTRIES = {
    "australian": "AUD", "australia": "AUD", "canadian": "CAD", "canada": "CAD",
    "new zealand": "NZD", "singaporean": "SGD", "hong kong": "HKD", "taiwanese": "TWD",
}  # fmt: skip
# Datelines of cities whose papers write "$" for their own dollar.
DOLLAR_CITIES = {
    "toronto": "CAD", "ottawa": "CAD", "montreal": "CAD", "vancouver": "CAD",
    "calgary": "CAD", "sydney": "AUD", "melbourne": "AUD", "canberra": "AUD",
    "brisbane": "AUD", "perth": "AUD", "auckland": "NZD", "wellington": "NZD",
    "halifax": "CAD", "winnipeg": "CAD", "edmonton": "CAD", "regina": "CAD",
}  # fmt: skip
# Provinces and states that say which dollar a bare "$" means, named in a dateline, the
# title or the first sentence ("Nova Scotia's power utility ...").
DOLLAR_REGIONS = {
    "ontario": "CAD", "quebec": "CAD", "nova scotia": "CAD", "new brunswick": "CAD",
    "manitoba": "CAD", "british columbia": "CAD", "prince edward island": "CAD",
    "saskatchewan": "CAD", "alberta": "CAD", "newfoundland": "CAD", "yukon": "CAD",
    "nunavut": "CAD", "new south wales": "AUD", "queensland": "AUD", "tasmania": "AUD",
}  # fmt: skip
# The same as a dateline abbreviates them after the town: "HALIFAX, N.S. —", "Oakville, Ont."
DOLLAR_REGION_ABBREVIATIONS = {
    "Ont.": "CAD", "Que.": "CAD", "N.S.": "CAD", "N.B.": "CAD", "Man.": "CAD", "B.C.": "CAD",
    "P.E.I.": "CAD", "Sask.": "CAD", "Alta.": "CAD", "Nfld.": "CAD", "N.L.": "CAD",
    "NSW": "AUD", "N.S.W.": "AUD", "Qld": "AUD", "Qld.": "AUD", "Tas.": "AUD",
}  # fmt: skip
# Plural nouns for people of an age: "drivers over 70", "residents under 18" name an age.
AGE_HOLDERS = frozenset(
    """people persons drivers workers employees residents adults seniors men women children
    patients voters customers users members applicants retirees pensioners canadians
    americans britons australians""".split()
)
# Verbs of reckoning ahead: "expects earnings of ..." is an earnings forecast.
FORECAST_VERBS = frozenset(
    """expects expected expect forecasts forecast projects projected predicts predicted
    sees saw anticipates anticipated guides guided targets targeted""".split()
)
# Verbs that set a figure as a value of their subject: "is projected at 36.8 per cent",
# "was valued at $2 billion", "closed at $41.20".
VALUED_AT = frozenset(
    """projected forecast estimated expected pegged put seen set valued priced assessed
    closed ended finished opened traded settled stood stands came comes""".split()
)
# Words for a company's profit: per share it is "earnings per share" (or "loss per share").
PROFIT_WORDS = frozenset("income profit profits earnings loss losses".split())
# Plural or mass nouns of money an amount is given "in": "$250 million in cost savings"
# ("cash" and "stock" are how a price is paid: "for $6.8 billion in cash and stock").
MONEY_NOUNS = frozenset(
    """savings revenue revenues sales funding funds loans debt fees fines damages profit
    profits costs charges assets deposits bonuses subsidies grants aid investment investments
    spending income financing capital writedowns write-downs bonds taxes tax refunds rebates
    tariffs wages dividends compensation stimulus incentives credits orders contracts
    benefits payments pay penalties settlements claims losses earnings bailout relief
    donations royalties""".split()
)
# Verbs that put money toward a purpose: "$45 million for housing" is funding for it.
FUNDING_VERBS = frozenset(
    """includes include included provides provide provided allocates allocate allocated
    earmarks earmark earmarked pledges pledge pledged commits commit committed sets set
    budgets budgeted approves approve approved gives give gave offers offered""".split()
)
