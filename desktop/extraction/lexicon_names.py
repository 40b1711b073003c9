"""Word lists for telling people's names from places, products, firms and sentence words."""

from __future__ import annotations

from desktop.extraction.lexicon import _words

# US states and other large regions news names without "State of": never a person.
REGIONS = _words("""
    Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware Hawaii Idaho Illinois
    Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Utah Vermont Virginia Wisconsin Wyoming Carolina Dakota Hampshire Jersey
    Alberta Saskatchewan Manitoba Columbia Brunswick Scotia Labrador Tasmania Catalonia
    Westphalia Saxony Flanders Wallonia Punjab Bengal Kerala Gujarat Sichuan Guangdong
    """)
# Provinces and states named by one word that the lists of places keep among cities and
# regions, or do not hold (REGIONS holds the last words of the others: "Nova Scotia",
# "North Carolina"). The main ones of the countries whose news is written in English.
STATES_AND_PROVINCES = _words("""
    Ontario Quebec Texas California Florida Washington Georgia Arizona Colorado Illinois
    Indiana Alabama Alaska Arkansas Connecticut Delaware Hawaii Idaho
    Queensland Victoria Tasmania
    Bavaria Hesse Brandenburg Thuringia Lombardy Liguria Piedmont Tuscany Veneto Sicily
    Sardinia Umbria Lazio Campania Apulia Calabria Andalusia Galicia Valencia Aragon
    Normandy Brittany Provence Alsace Scotland Wales
    Maharashtra Karnataka Telangana Odisha Rajasthan Bihar Assam Haryana Jharkhand
    Jiangsu Zhejiang Shandong Henan Hubei Hunan Fujian Yunnan Hebei Anhui Shaanxi Xinjiang
    Java Sumatra Bali Aceh Papua Kalimantan Sulawesi Sabah Sarawak Johor Selangor Penang
    Jalisco Sonora Chihuahua Gauteng Limpopo Mpumalanga Lagos Kano Rivers
    """)
# Cities a name may be, whole: "Detroit", "San Jose". Not a last-word rule ("Valeska Paris").
CITIES = _words("""
    Detroit Dearborn Francisco Angeles Vegas Paulo Miami Phoenix Philadelphia
    Pittsburgh Cleveland Baltimore Minneapolis Portland Calgary Edmonton Winnipeg Halifax
    Frankfurt Munich Hamburg Stuttgart Cologne Amsterdam Rotterdam Barcelona
    Brisbane Perth Adelaide Louisville Nashville Memphis Yokohama Nagoya
    """)
# First words of place names: "San Francisco", "Fort Worth", "North Carolina".
PLACE_PREFIXES = _words("""
    San Santa Santo São St St. Saint Fort Port Mount Mt Lake Los Las Puerto Porto
    North South East West Northern Southern Eastern Western Central Greater Upper Lower
    """)
# Last words of places and sites: "Orange County", "Union Station", "River Rouge Plant".
PLACE_SUFFIXES = _words("""
    County Station Plant Factory Airport Street Road Avenue Boulevard Square Bridge Valley
    River Island Islands Peninsula Harbour Harbor Canal Stadium Arena Mall Store Province
    Region District Township Village Heights Springs Falls Airbase Base Terminal Port Pier
    Tower Building Plaza Highway Motorway Freeway Expressway Dam Mountains Desert Coast
    Assembly Works Mine Refinery Campus Estate
    """)
# Words that are ordinary words (a month, a rank, a country) and also surnames: a
# person's when a given name comes first ("Theresa May", "John Major", "Stephen King").
SURNAME_WORDS = _words("""
    May Major King Dean Jordan Bishop Judge Marshal Prince Pope Cardinal General Sheriff
    Chancellor Mayor
    """)
# Given names in the list that are more often common words or parts of place names:
# they count as a given name only with other evidence ("Mad Money", "Mac OS").
AMBIGUOUS_GIVEN_NAMES = _words("""
    Mac Mad Red Blue Green Gray Grey Black White Golden Silver North South East West
    San Santo Santa Angel Star Sky Rock Stone Royal Grand Noble Chance Ford
    Chevy Dodge Lincoln Mercedes Porsche Cadillac Royce Bentley Jaguar Mustang
    Apple Amazon Mercury Venus Jupiter Saturn Nova Mission Liberty Justice
    Union Unity Harmony Victory Trinity Paradise Zion Ocean River Forest
    Booker Echo Pixel Galaxy Titan Atlas Orion Phoenix
    """)
# Organisation suffixes that are also surnames ("Jim Press", "Emily Post"): a given name
# before them makes a person unless the run is written as an organisation elsewhere.
SOFT_ORG_SUFFIXES = _words("""
    press post power trust church union court times guardian
    """)
# Trades a union is named after, in one word with "workers" ("Steelworkers", "Teamsters"):
# a name ending in one is a union ("United Paperworkers", "the Canadian Autoworkers").
UNION_MEMBERS = _words("""
    teamsters steelworkers autoworkers paperworkers mineworkers longshoremen boilermakers
    pipefitters ironworkers
    """)
# Words that open a union's name before "Workers": "United Auto Workers", "International
# Brotherhood ...". A plain "Ford Workers" of a headline in capitals is no union.
UNION_LEADS = frozenset({"United", "International", "National", "Amalgamated", "Allied"})
# Words before a title that make it a union's: "union president", "local president" (of a
# union's numbered local). The title's organisation is the union named before.
UNION_WORDS = frozenset({"union", "local"})
# Markets where shares trade, by their name or its last word: where a company is listed,
# never whose chief executive a person is ("shares fell on the New York Stock Exchange").
MARKET_WORDS = frozenset({"Exchange", "Nasdaq", "NYSE", "Bourse", "Sensex", "Nifty"})
# Verbs of taking, holding or leaving an office, before "as" and the office: "resigned as
# chief executive", "joined Acme as head of sales", "will step down as chairman".
OFFICE_VERBS = frozenset(
    "resigned resigns resign stepped steps step down retired retires retire served serves "
    "serve remains remained remain stays stayed stay continues continued continue returned "
    "returns return joined joins join rejoined rejoins started starts start began begins "
    "begin took takes take over named appointed hired elected chosen picked tapped promoted "
    "reappointed installed confirmed departed departs leaves left quit quits".split()
)
# Verbs whose object is the office itself: "will become its chief executive".
BECOMING_VERBS = frozenset({"become", "became", "becomes"})
# Verbs by which a body gives a person an office: "Acme named Jane Doe chief executive".
APPOINTING_VERBS = frozenset(
    "named names appointed appoints hired hires promoted promotes tapped taps picked picks "
    "elected elects chose chooses selected selects".split()
)
# Common nouns written after a body's name, which they end: "the Lombardy region", "the
# Alden city council", "the Tory party".
BODY_NOUNS = frozenset(
    "region province state county district city municipality council party government "
    "ministry department agency board authority commission committee assembly".split()
)
# A noun and its link before a name where only a company stands: "shares in Johnson
# Matthey", "a stake in X", "sales at X", "a unit of X". People have none of these.
COMPANY_OBJECT_CONTEXTS = frozenset(
    (noun, link)
    for nouns, link in (
        ("shares stake stakes investors shareholders holding holdings", "in"),
        ("shares stock shareholders takeover acquisition unit subsidiary subsidiaries", "of"),
        ("sales profit profits earnings analysts", "at"),
        ("merger", "with"),
    )
    for noun in nouns.split()
)
# Verbs of a share price after "X shares": "Johnson Matthey shares fell".
MARKET_MOVES = frozenset(
    "rose fell jumped slid gained dropped dipped climbed tumbled surged sank plunged slumped "
    "soared closed ended edged added lost rallied traded".split()
)
# Titles that are also common given names: before a surname alone, a given name ("Dean
# Kamen", "Earl Woods"); before a given name and a surname, the title ("Dean Alan Smith").
GIVEN_NAME_TITLES = frozenset({"Dean", "Earl"})
# Verbs after which a body speaks of itself as "it": "Boeing said it would", "Acme
# announced on Monday that its profit fell".
ITSELF_VERBS = frozenset(
    "said says announced announces reported reports confirmed confirms expects expected posted "
    "posts".split()
)
# A person's own pronouns: a name that "reported a loss at her bakery" is no company.
OWN_PRONOUNS = frozenset("he she his her him".split())
# Between "it" and what it does: "it would cut", "it plans to sell".
IT_AUXILIARIES = frozenset("would will had has could might may should plans expects".split())
# What "it" does when it is no company but the weather of the sentence: "Pichai said it
# would take years", "it will be hard", "it would make sense", "it will depend on rates".
IMPERSONAL_IT_VERBS = frozenset(
    "was is 's be been take takes took make makes made mean means depend depends seem "
    "seems appear appears matter happen happened remain remains become becomes help "
    "helps not to".split()
)
# Markets and share classes whose shares rise and fall too: "Wall Street stocks rose",
# "Alphabet Class C shares gained".
MARKET_NAME_WORDS = frozenset("Street Exchange Class Index Market Markets Bourse".split())
# Things named by the words before them that someone founds: "the Orvel Global
# competition was founded by"; not "the London office" or "the Harlow bakery", whose
# name is a place or the firm's own.
FOUNDED_EVENTS = frozenset(
    "competition contest prize award awards festival fair race league tournament "
    "championship challenge programme program campaign movement".split()
)
# A company's results, which it reports or posts: "Boeing reported a quarterly loss".
RESULTS = frozenset(
    "profit profits loss losses revenue revenues sales earnings income results".split()
)
# Ends of adjectives made of a place: "Ottawa-based", "Toronto-listed", "London-born".
PLACE_ADJECTIVE_ENDS = frozenset(
    "based born listed headquartered registered area region wide".split()
)
# Nouns of kin before a name, which make it a person's: "her daughter Ada Okoro".
KIN_NOUNS = frozenset(
    "wife husband son daughter brother sister mother father widow widower fiancee fiance "
    "girlfriend boyfriend grandson granddaughter grandmother grandfather nephew niece "
    "cousin uncle aunt stepson stepdaughter".split()
)
# Common nouns of a body written before a title, which make the title that body's: "a
# ministry spokesperson", "an agency spokesman", "company officials".
BODY_OWNERS = frozenset(
    "ministry agency department company firm bank government police council university "
    "court commission regulator".split()
)
# Plurals of people that act as a body: "Voters elected Jane Doe mayor".
PEOPLE_NOUNS = frozenset(
    "voters shareholders residents citizens parents fans members directors workers "
    "employees students".split()
)
# Provinces and states abbreviated with full stops before a title, as the wires write them
# ("B.C. Premier David Eby"), and their names. The last full stop is a token of its own.
REGION_ABBREVIATIONS = {
    "B.C": "British Columbia", "N.S": "Nova Scotia", "N.B": "New Brunswick",
    "P.E.I": "Prince Edward Island", "N.L": "Newfoundland and Labrador",
    "N.Y": "New York", "N.J": "New Jersey", "N.C": "North Carolina", "S.C": "South Carolina",
    "N.M": "New Mexico", "N.H": "New Hampshire", "N.D": "North Dakota", "S.D": "South Dakota",
    "W.Va": "West Virginia", "D.C": "District of Columbia",
}  # fmt: skip
# Firms named like people, as news writes them: never a person.
FIRMS_NAMED_LIKE_PEOPLE = frozenset(
    {
        "Merrill Lynch",
        "Morgan Stanley",
        "Goldman Sachs",
        "Lehman Brothers",
        "Charles Schwab",
        "Dow Jones",
        "Smith Barney",
        "Dean Witter",
        "Tim Hortons",
        "Marks & Spencer",
        "Johnson & Johnson",
        "Procter & Gamble",
        "Ernst & Young",
        "Wells Fargo",
        "Paine Webber",
        "Edward Jones",
        "Harley Davidson",
        "Ben & Jerry",
        "Sherwin Williams",
        "Jenny Craig",
        "Hewlett Packard",
        "Rolls Royce",
        "Aston Martin",
        "Price Waterhouse",
        "Bain Capital",
        "Raymond James",
        "Keefe Bruyette",
        "Stifel Nicolaus",
        "Piper Jaffray",
        "Cantor Fitzgerald",
        "Wood Mackenzie",
        "Sanford Bernstein",
        "Janney Montgomery",
        "Tudor Pickering",
        "Morgan Keegan",
        "Johnson Matthey",
        "Harvey Norman",
        "Jardine Matheson",
        "Marsh McLennan",
        "Peel Hunt",
        "Liberum Capital",
        "Edison Investment",
    }
)
# Words of weather and of the calendar that look like names: "El Nino", "La Nina".
NOT_PEOPLE = frozenset({"El Nino", "El Niño", "La Nina", "La Niña", "Santa Claus"})
# Abbreviated titles written before a name with a full stop, and the role each stands for.
TITLE_ABBREVIATIONS = {
    "Sen": "Senator",
    "Sens": "Senator",
    "Rep": "Representative",
    "Reps": "Representative",
    "Gov": "Governor",
    "Lt": "Lieutenant",
    "Gen": "General",
    "Col": "Colonel",
    "Capt": "Captain",
    "Sgt": "Sergeant",
    "Adm": "Admiral",
    "Cmdr": "Commander",
    "Supt": "Superintendent",
    "Insp": "Inspector",
    "Det": "Detective",
    "Atty": "Attorney",
    "Rev": "Reverend",
    "Pres": "President",
    "Amb": "Ambassador",
    "Cllr": "Councillor",
    "Coun": "Councillor",
    "Insp.": "Inspector",
}
# Party codes of US politicians: "Sen. Debbie Stabenow, D-Mich." -> Democrat.
PARTY_CODES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
# Lines of an article that name the people who made it, not people in the story.
CREDIT_LEADS = (
    "read more",
    "with files from",
    "photo by",
    "photograph by",
    "photos by",
    "reporting by",
    "writing by",
    "editing by",
    "additional reporting by",
    "compiled by",
    "video by",
    "photo:",
    "photograph:",
    "image:",
    "credit:",
    "photo credit",
    "file photo",
)
# Jobs of the people who write and make an article: "X is a Toronto-based reporter".
JOURNALIST_ROLES = _words("""
    reporter journalist writer correspondent columnist editor contributor freelancer
    photographer photojournalist producer videographer
    """)
# Words that begin sentences as adverbs, prepositions or participles and are never a
# given name: "Unlike Jones, ...", "Echoing Brown, ...", "Hence ...".
SENTENCE_WORDS = _words("""
    Unlike Like Besides Beyond Upon Within Amid Amidst Throughout Toward Towards Regarding
    Concerning Following Given Unless Whether Otherwise Nevertheless Nonetheless Moreover
    Furthermore Hence Rival Corporate Overall Separately Elsewhere Additionally Ultimately
    Recently Currently Previously Finally Last Next Shortly Soon Together Along Alongside
    Inside Outside Behind Beside Despite Except Plus Versus Why Sure Thanks Welcome
    """)
# Legal forms that end a company's name ("Corp.", "LLC"); an acronym leaves them out.
LEGAL_FORMS = _words("""
    ltd limited co corp corporation inc incorporated company plc llc llp lp gmbh ag sa nv bv
    spa pte pvt asa ab oyj se kk bhd tbk sas srl pty group holdings
    """)
# Last words of the names of newspapers, broadcasters and agencies.
MEDIA_WORDS = _words("""
    news times post journal gazette herald tribune press telegraph guardian observer review
    magazine broadcasting television radio weekly daily chronicle standard star globe mail
    """)
# Words before "Post" that make a newspaper of it: "Washington Post", "Sunday Post".
NEWSPAPER_LEADS = frozenset(
    {"Morning", "Evening", "Sunday", "Daily", "National", "Financial", "Huffington", "Jakarta"}
)
# News agencies named alone, as datelines and credits write them.
WIRE_AGENCIES = frozenset(
    {"AP", "Reuters", "AFP", "Bloomberg", "CP", "UPI", "PA", "Xinhua", "Kyodo", "Yonhap", "dpa"}
)
# Words that make an organisation a part of government: "Environmental Protection Agency".
GOVERNMENT_WORDS = _words("""
    ministry department government bureau administration commission senate congress
    parliament treasury authority reserve police army navy court embassy cabinet agency
    office legislature municipality
    """)
# Words of bodies that are neither companies nor government: universities, unions, parties.
NON_PROFIT_WORDS = _words("""
    university college school institute institution academy foundation association society
    union league federation party church museum club team hospital council committee
    alliance conference charity trust
    """)
# Nouns that stand for an organisation already named: "the company's founder".
ORGANISATION_NOUNS = _words("""
    company firm group bank automaker carmaker airline maker manufacturer retailer insurer
    lender business agency union network chain giant conglomerate organisation organization
    corporation utility operator developer publisher broadcaster newspaper university
    """)
# Words of roles held inside a company: with no organisation written, the company named
# before ("Employee Phil Schiller", "the chief executive").
CORPORATE_ROLES = _words("""
    ceo cfo coo cto cio chairman chairwoman chairperson founder co-founder cofounder employee
    staffer spokesman spokeswoman spokesperson executive treasurer officer president director
    head manager vp svp evp vice-president vice-chairman vice-chairwoman
    """)
# Fields of a government portfolio, written after "Minister of" / "Commissioner for": part of
# the role ("Minister of Education"), not an organisation.
PORTFOLIOS = _words("""
    education health defence defense finance trade competition justice energy environment
    transport transportation agriculture labour labor industry culture interior commerce
    housing immigration employment tourism science technology communications infrastructure
    economy treasury security development fisheries forestry mines sport sports
    """)
# Fields of business and news beats written before a role: "Aviation analyst X", "Energy
# Minister X", "business reporter X". Part of the role, never an organisation alone.
ROLE_FIELDS = PORTFOLIOS | _words("""
    aviation airline airlines auto autos automotive retail banking bank oil gas mining metals
    steel tech telecom telecoms media consumer property insurance markets market equity
    equities credit bond bonds currency currencies commodities commodity chemicals pharma
    pharmaceutical pharmaceuticals healthcare biotech semiconductor chip chips software
    internet gaming shipping logistics utilities food beverage mortgage business politics
    political economics climate travel arts fashion transit planning parks marketing sales
    product operations engineering design strategy procurement compliance legal risk
    """)
# Nouns before a work's title: "the film Jerry Maguire", "the novel \"Anna Karenina\"".
WORK_NOUNS = _words("""
    film films movie movies book books novel novels show series album albums song songs play
    documentary musical opera painting paintings sculpture game sitcom drama memoir biography
    """)
# Words before a role that say it is another organisation's: "rival automaker chief executive".
OTHER_OWNER_WORDS = frozenset({"rival", "another", "competing", "other", "competitor", "former"})
# Bodies of government named by one word or two: "the House", "the White House".
GOVERNMENT_NAMES = frozenset(
    {
        "House",
        "Senate",
        "Congress",
        "White House",
        "Pentagon",
        "Kremlin",
        "Parliament",
        "Downing Street",
    }
)
# Last words of institutions named after a person ("Andy Warhol Foundation"): the name
# before them is still that person's.
EPONYM_SUFFIXES = _words("""
    foundation museum institute center centre prize award awards school library gallery
    hall memorial scholarship lecture stadium arena airport college hospital program
    programme fellowship chair
    """)

# Nouns an apposition uses for a firm, never for a person: "Peel Hunt, the broker,",
# "Marlow Homes, the UK's third-largest housebuilder,". Words ending in "maker" or "builder"
# ("carmaker", "housebuilder") count too.
FIRM_NOUNS = frozenset(
    """company firm group conglomerate retailer bank lender brokerage broker insurer airline
    carrier automaker manufacturer miner supermarket grocer brewer utility startup start-up
    chain consultancy exporter importer refiner shipper supplier distributor
    subsidiary""".split()
)
