"""Word lists of reported speech: reporting verbs, participles, and who a statement is from."""

from __future__ import annotations

from desktop.extraction.lexicon import SPEECH_VERBS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that report what someone said, in the past and present tense, beyond the verbs the
# name finder also reads (lexicon.SPEECH_VERBS): "X vowed the plant would stay open".
MORE_REPORTING_VERBS = _words("""
    responded responds vowed vows pledged pledges promised promises denied denies
    joked jokes testified testifies mentioned mentions reminded reminds affirmed affirms
    asserted asserts reiterated reiterates repeated repeats complained complains boasted
    boasts quipped quips enthused enthuses hinted hints forecast forecasts projected
    projects speculated speculates signalled signaled signals indicated indicates
    explained answered answers admitted conceded acknowledged stressed underlined
    underlines insisted objected objects protested protests lamented laments
    assured assures reckons reckoned
    add note stress insist explain argue admit concede acknowledge warn predict
    """)
# Reporting verbs of two words, found by their first word: "X pointed out that ...".
PHRASAL_REPORTING_VERBS = frozenset(
    {
        "pointed out",
        "points out",
        "point out",
        "made clear",
        "makes clear",
        "made it clear",
        "makes it clear",
        "shot back",
        "fired back",
        "hit back",
    }
)
# Label verbs that never report a clause: 'called the deal "a disaster"'.
LABEL_ONLY_VERBS = _words("""
    called calls described describes termed terms dubbed dubs labelled labeled labels
    branded brands referred refers named
    """)

# Verbs of the name finder's list that report nothing alone: "pointed to the table".
NOT_REPORTING = _words("pointed posted")
REPORTING_VERBS = (
    (SPEECH_VERBS | MORE_REPORTING_VERBS | PHRASAL_REPORTING_VERBS)
    - LABEL_ONLY_VERBS
    - NOT_REPORTING
)

# Reporting verbs that are followed by a clause, not by a thing: "said the plant would
# close". Others also take an object ("announced a plan", "explained the rationale"), so
# a clause after them without "that" must show a verb of its own.
CLAUSE_VERBS = _words("""
    said says say told tells added adds stated states insisted insists believes believed
    thinks thought contended contends argued argues asserted asserts maintained maintains
    stressed stresses emphasised emphasized suggested suggests warned warns vowed vows
    cautioned cautions replied replies responded responds commented comments remarked
    remarks claimed claims
    """)

# Verbs that put words in quotation marks without reporting a clause: 'X called the deal
# "a disaster"', 'X described it as "quick"'. They name a quotation's speaker but are
# never followed by a reported statement.
LABEL_VERBS = _words("""
    called calls described describes termed terms dubbed dubs labelled labeled labels
    branded brands referred refers named urged urges asked asks promised vowed
    calling describing terming dubbing labelling labeling branding
    """)

# Verbs whose object is the listener before the statement: "told reporters the plant ...".
TOLD_LIKE = _words(
    "told tells asked asks informed informs assured assures reminded reminds "
    "warned warns urged urges"
)

# Lowercase nouns for whom something is told, after "told": "told council the plan ...",
# "told the committee that ...". Plurals and collective nouns of audiences.
LISTENER_NOUNS = _words("""
    reporters journalists press court audience parliament lawmakers legislators investors
    analysts employees workers staff shareholders council councillors committee board
    senators congress delegates members residents supporters voters customers clients
    crowd jury judge hearing meeting conference panel inquiry regulators officials
    listeners viewers readers students parents commission tribunal police investigators
    prosecutors media newspaper paper magazine radio television broadcaster agency sides
    parties lawyers
    """)

# Words that open an adverbial clause or phrase: a name after one at a sentence's start
# is not the sentence's subject ("After Lee left, ...", "Unlike Lee, ...").
CLAUSE_OPENERS = _words("""
    after before when while if unless since as because although though unlike like with
    without for under despite following during until once whether where
    """)

# Participles that attach a statement to the sentence's speaker:
# "..., saying the plant would close", "..., arguing that prices were too high".
REPORTING_PARTICIPLES = _words("""
    saying adding noting explaining arguing claiming insisting warning stating telling
    stressing suggesting acknowledging conceding admitting predicting promising vowing
    """)

# Words that join a second reporting verb to the first one's subject:
# "X denied the claim and said ...", "X praised the deal but added ...".
COORDINATORS = ("and", "but")

# Nouns for unnamed people and groups who may be a statement's source:
# "officials said", "analysts warned", "a spokesman said".
GROUP_SOURCES = _words("""
    officials official analysts analyst executives executive experts expert economists
    economist investors investor sources source critics critic residents resident witnesses
    witness observers observer insiders insider traders trader lawmakers lawmaker
    legislators regulators regulator authorities police spokesman spokeswoman
    spokesperson spokespeople representatives representative workers unions union leaders
    leader managers manager people researchers researcher scientists scientist
    prosecutors prosecutor investigators investigator officers officer diplomats
    """)

# Documents and outlets whose statements are reported: "the report said", "according to
# the filing". Plural forms are listed where news uses them.
DOCUMENT_SOURCES = _words("""
    report reports statement statements study studies survey surveys filing filings
    document documents letter memo release data figures poll polls analysis review
    audit forecast estimate estimates newspaper website paper magazine agency website
    """)

# Common nouns that stand for an organisation named earlier: "the company said" -> the
# company last named.
ORG_NOUNS = _words("""
    company firm automaker carmaker manufacturer maker group business bank lender insurer
    retailer airline carrier operator corporation conglomerate giant startup insurer
    government ministry department agency regulator commission council board court
    administration union club team party organisation organization institute university
    exchange
    """)

# Words that open a noun phrase naming a source: "the company", "its founder", "a spokesman".
SOURCE_DETERMINERS = _words(
    "the a an its their his her our this that these those some many several one two three "
    "other another"
)

# Role nouns that news uses for someone it introduced by another title, and the role words
# they may stand for: "the Acme boss said" of its chief executive, "the union leader" of
# its president. Looked up only when nobody named before holds the role noun itself.
# Only the top of a body: a head of sales is no "boss"; and "the official" is more often
# an unnamed one than the minister named before.
ROLE_NOUN_STANDS_FOR = {
    noun: _words(roles)
    for noun, roles in {
        "boss": "executive ceo chairman chairwoman president founder owner",
        "chief": "executive ceo head president chairman chairwoman director",
        "head": "chief executive ceo president chairman chairwoman director",
        "executive": "ceo president chairman chairwoman director officer founder",
        "leader": "president head chairman chairwoman chair secretary representative premier",
        "politician": "minister senator mp governor mayor lawmaker congressman congresswoman",
        "lawmaker": "senator mp mep congressman congresswoman representative legislator",
        "spokesman": "spokesperson",
        "spokeswoman": "spokesperson",
        "spokesperson": "spokesman spokeswoman",
    }.items()
}

# Nouns news uses to describe someone already named rather than to give their job:
# "The billionaire said", "the tycoon added". (Job titles are matched against the role.)
EPITHET_NOUNS = _words("""
    billionaire millionaire tycoon magnate mogul entrepreneur veteran
    """)

# Nouns a quoted name may stand before, the quotation naming the thing, not quoting
# anyone: the “pay for performance” bonus plan, its “zero tolerance” policy.
NAMED_THING_HEADS = _words("""
    plan plans policy policies program programme programs strategy campaign scheme rule
    rules approach system status initiative project model label brand slogan movement
    operation package option clause provision list category designation
    """)
