"""Names the registry does not know, by their form: organisations ("provincie Drenthe", "Ministry
of Foreign Affairs", "Stichting Kopano", "BCEG Environmental Remediation Co., Ltd."), people
with initials or a title ("R.G. Jansen", "ZKH de Prins van Oranje"), organisations listed
beside one ("bezoeken aan Canon, Panasonic en Mitsubishi Motor Corporation") and counted groups
("around 130 companies and organisations", "20 bedrijven en organisaties")."""
from __future__ import annotations

import re

from .words import (COUNTRIES, FORM_BEFORE, NAME_POSSESSIVE, NATIONALITY, ORG_WORDS, PORTFOLIOS,
                    ROLE_RX, STARTERS, STOP_NAMES, STYLE, UPPER)

_NAME = r"[A-Z][\w’'&.-]*"
_NAMES = _NAME + r"(?:(?: | - | – |-)(?:(?:van|de|der|den|voor|of|for|the|&) )*" + _NAME + r")*"

_ORG_BEFORE = re.compile(r"(?<![\w-])(?:(?i:het|de|the) )?(?P<form>(?:[A-Z][a-z]+e )?"
                         r"(?i:" + FORM_BEFORE + r"))"
                         r" (?P<name>" + _NAMES + r")")
# a ministry's name runs on over commas and 'and': "Ministry of Infrastructure and the
# Environment", "ministerie van Economische Zaken, Landbouw en Innovatie", "Ministry for Public
# Service and Administration", "Department of Public Service and Administration"
_MINISTRY = re.compile(r"(?<![\w-])(?:(?:Dutch|Nederlandse|[A-Z][\w-]*(?:se|ese|ean|ian)) )?"
                       r"(?i:ministry (?:of|for)|ministerie (?:van|voor)|department (?:of|for)|"
                       r"departement (?:van|voor)) (?:the )?" + _NAME
                       # (not over into the next body: "the Ministry of Trade and the Ministry
                       # of Finance" are two)
                       # nor into a body named after it: "the Department of State Growth and
                       # the Avalon District of Education")
                       + r"(?:(?:, | and (?:the )?| en | )(?!(?i:ministr|ministeri|department|"
                       r"departement))(?!" + _NAME + r" (?:District|Municipality|Province|City|"
                       r"Bureau|Office|Institute|University|College|Council|Government)\b)"
                       + _NAME + r")*")
# a committee by what it is for, over commas and 'en': "de algemene commissie voor Wonen, Wijken
# en Integratie", "Eerste Kamercommissie voor Koninkrijksrelaties", "Select Committee on Trade"
_COMMITTEE = re.compile(r"(?<![\w-])(?:(?:[Vv]aste|[Aa]lgemene|[A-Z][\w-]*) )?\w*(?:commissie|"
                        r"Commissie|[Cc]ommittee) (?:voor|for|on) (?:(?:de|het|the) )?" + _NAME
                        + r"(?:(?:, | and | en | & | )" + _NAME + r")*")
# a kind of organisation in lower case before its name: "the Dutch company Sorama",
# "de Japanse ruimtevaartorganisatie Jaxa", "het kernfusie instituut NIFS"
_KIND_BEFORE = re.compile(r"(?<![\w-])(?:company|firm|\w*bedrijf|firma|\w*organisatie|\w+bouwer|"
                          r"\w*fabrikant|\w*producent|\w*leverancier|manufacturer|producer|"
                          r"\w*organisation|instituut|institute|netwerk|network|\w*agentschap|"
                          r"\w*kantoor|agency|consultancy|bureau) (?P<name>"
                          + _NAME + r"(?: " + _NAME + r")*)")
# the plural of a form before a list: "de gemeenten Groningen, Assen en Emmen"
_PLURAL_FORM = {"provincies": "provincie", "gemeenten": "gemeente", "steden": "stad",
                "provinces": "province", "municipalities": "municipality", "cities": "city"}
# (a government's territory after "of": "the provinces of Guangdong and Shandong"; "the cities of
# Mumbai and Pune" are places the mission went to)
_PLURAL = re.compile(r"(?<![\w-])(?P<form>" + "|".join(_PLURAL_FORM) + r") "
                     r"(?:(?:(?<=provinces )|(?<=provincies )|(?<=gemeenten ))(?:of|van) )?(?P<list>"
                     + _NAME
                     + r"(?:(?:, | en | and )" + _NAME + r")+)")
# a person with a portfolio in brackets: "Sigrid Kaag (Foreign Trade and Development Cooperation)"
_WITH_PORTFOLIO = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?: (?:van|de|der|den))*"
                             r"(?: [A-Z][\w’'-]+)+) \((?=(?P<bracket>[A-Z][a-z][^()]*))")
# a form word after the name ("Hebei Province", "Hogeschool Zeeland" is above)
_FORM_AFTER = (r"Province|Provincie|University|Universiteit|Institute|Instituut|Foundation|"
               r"Center|Centre|Centrum|Council|Agency|Corporation|Company|Group|Industries|Bank|"
               r"Park|Campus|Quarter|Seaports?|Airport|Port|Desk|Promotions|Association|"
               r"Werkgevers|Netwerk|network|Ministry|Department|Authority|Chemicals|Gas|Motors?|"
               # companies by what they make or do: "Damen Shipyards", "Spring Vale Wines"
               r"Shipyards?|Wines|Winery|Brewery|Engineering|Foods|Airlines|Logistics|"
               r"Pharmaceuticals|Technologies|"
               r"B\.V\.|BV|N\.V\.|Inc\.|Ltd\.?|GmbH|Co\., Ltd\.?|Co\.")
# (with the place it is in after it, a word that no other capitalised word follows: "High Tech
# Campus Eindhoven")
# (or what it is for: "Vlaams Centrum voor Agro-en Visserijmarketing", "Lima Centre for Trade
# and Investment"; not a country: "Hebei Province of China")
_FOR_WHAT = (r" (?:for|voor|of) (?:the |de |het )?(?!(?:" + "|".join(sorted(COUNTRIES, key=len,
                                                                            reverse=True))
             + r")\b)[A-Z][\w’'-]*(?:(?: | and | en | & | with )[A-Z][\w’'-]*)*")
_ORG_AFTER = re.compile(r"(?<![\w-])(?P<name>" + _NAME + r"(?: (?:" + _NAME + r"|of|for|&))*"
                        r" (?:" + _FORM_AFTER + r"|netwerk|network|platform|province|group|"
                        # a town's government: "the Raseborg municipality", "Tianjin Municipality"
                        r"[Mm]unicipality)"
                        r"(?:" + _FOR_WHAT + r"|"
                        r" (?!(?:" + "|".join(sorted(STARTERS | STOP_NAMES)) + r")\b)"
                        r"[A-Z][a-z][\w’'-]*"
                        r"(?! [A-Z]))?)(?![\w-])")

# "Mr Smit", "Mrs. Bom-Lemstra", "de heer A. Leroux", "Mevrouw Mirjam van ’t Veld", "Rt Hon
# Mark Drakeford", "the Hon. Jane Doe", "Sir John Smith" (the style is no part of the name)
_HONOURED = re.compile(r"(?<![\w.])" + STYLE + r" (?P<name>(?:[A-Z]\.)*\s?" + UPPER + r"[\w’'-]+"
                       r"(?: (?:van |de |der |den |ter |ten |[’']t )*" + UPPER + r"[\w’'-]+)*)")
# initials or a title before a family name: "R.G. Jansen", "A. Leroux", "ZKH de Prins van Oranje"
# (a particle capitalised, as in Flanders: "W. Van der Steen", "A. De Smet", "J. Le Bon", a
# double name "M. Langmans-De Bats")
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|ter|ten|Ter|Ten|Le|La|Du|Von)"
_PERSON = re.compile(r"(?<![\w.])(?P<name>(?:[A-Z]\.){1,4} ?(?:" + _PARTICLE + r" )*"
                     r"[A-Z][a-z](?:[\w’']|-(?!(?:De|Van|Le) ))*(?:-(?:De|Van|Le) [A-Z][a-z][\w’'-]*)?|"
                     r"(?:ZKH|HKH|Z\.K\.H\.|H\.K\.H\.) (?:de |het )?"
                     r"[A-Z]\w+(?: (?:van|der|de) [A-Z]\w+)*)")

_LIST_GAP = re.compile(r"^(?:, | en | and | & |, en |, and )$")

# counts in words: "nine energy companies", "twee kennisinstellingen"
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())} | {w: i for i, w in enumerate(
        "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
        "vijftien zestien zeventien achttien negentien twintig".split()) if i >= 2} | {
    # a vague few: "een tweetal provincieraadsleden" (about two)
    w + "tal": i for w, i in (("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6))}
# office holders counted, not named: "4 wethouders", "three councillors", "de 6 gedeputeerden"
_OFFICE_HOLDER_WORDS = (r"wethouders|(?:provincie|gemeente)?raadsleden|gedeputeerden|schepenen|"
                        r"burgemeesters|councillors|aldermen|mayors")
_COUNTED = re.compile(
    r"(?<![\w.,])(?:(?:ca\.?|circa|ongeveer|ruim|bijna|zo['’]n|around|about|some|nearly|almost|"
    r"over|more than|meer dan|een(?= \w+tal\b)) )?(?P<n>\d{1,4}|(?i:" + "|".join(w for w, i in NUMBER_WORDS.items()
                                                       if i >= 2) + r")) (?P<what>(?:[a-zA-Z][\w-]* ){0,2}?"
    r"(?:bedrijven|ondernemers|organisaties|personen|mensen|(?:top|beleids)?ambtenaren|deelnemers|"
    r"gasten|studenten|kennisinstellingen|bestuurders|companies|organi[sz]ations|people|persons|"
    r"participants|guests|students|civil servants|officials|entrepreneurs|institutions|firms|"
    r"academici|academics|experts|deskundigen|partners|ambassadors|ambassadeurs|diplomats|"
    r"diplomaten|"
    + _OFFICE_HOLDER_WORDS + r"|"
    # those sent by others: "elf vertegenwoordigers van overheid en bedrijfsleven"
    r"vertegenwoordigers|representatives|afgevaardigden|delegates)"
    r"(?: (?:en|and) (?:[a-z][\w-]* )?(?:organisaties|organi[sz]ations|instellingen|"
    r"institutions|kennisinstellingen|diplomats|diplomaten))?)(?![\w-])", re.IGNORECASE)


# the fields an institution's name may join with "and" ("Education Technology and Research
# Institute", "Trade and Investment Centre"): such words cannot stand alone as a name, so the
# name before "and" is the start of the one after it, not a name of its own
_FIELD = (r"Trade|Industry|Research|Technology|Science|Sciences|Education|Innovation|Development|"
          r"Culture|Commerce|Investment|Tourism|Economic|Economy|Affairs|Health|Energy|Water|"
          r"Environment|Planning|Transport|Agriculture|Arts|Sport|Welfare|Employment|Enterprise|"
          r"Engineering|Design|Finance|Training|Exchange|Logistics|Onderzoek|Onderwijs|Cultuur|"
          r"Wetenschap|Innovatie|Economie|Handel|Techniek|Technologie|Ontwikkeling")
_FIELD_JOINED = re.compile(r"(?<![\w-])(?:" + _NAME + r" )*(?:" + _FIELD + r") (?:and|en) $")


# people of an organisation, no part of its name: "Representatives of Damen Shipyards"
_PEOPLE_OF = re.compile(r"(?:Representatives|Members|Delegates|Officials|Staff|Partners|Leden|"
                        r"Vertegenwoordigers|Medewerkers) (?:of|van) (?:the |de |het )?")


def _joined_by_field(s: str, a: int) -> int:
    """The start of an organisation's name whose form word ends it at `a`'s name when the words
    before it join it with "and" between two fields ("Lavaux Education Technology and Research
    Institute"); `a` itself otherwise ("Shell and Lavaux University": two)."""
    first = s[a:].split(" ", 1)[0]
    if not re.fullmatch(_FIELD, first):
        return a
    m = _FIELD_JOINED.search(s[:a])
    if m is None:
        return a
    start = m.start()
    while s[start:a].split(" ", 1)[0] in STARTERS:      # ("Then Trade and ...")
        start += len(s[start:a].split(" ", 1)[0]) + 1
    return start


def _before_possessive(m: re.Match, formed: bool = True) -> int:
    """The end of a name whose form word comes before a possessive (`formed`: it opens with
    one): "the Council of Europe's Congress of ..." names the Council of Europe (and the Congress
    after it); "National Farmer’s Union" is one name."""
    p = next((p for p in re.finditer(r"(?<=\w)['’]s\b", m.group(0))
              if not NAME_POSSESSIVE.fullmatch(m.group(0)[:p.end()].rsplit(" ", 1)[-1])), None)
    if p is None or not (formed or ORG_WORDS.search(m.group(0)[:p.start()])):
        return m.end()
    return m.start() + p.start()


def organisation_spans(s: str) -> list[tuple[int, int, str]]:
    """Spans of names that have the form of an organisation, longest first where they overlap."""
    found = []
    for m in _ORG_BEFORE.finditer(s):
        found.append((m.start("form"), _before_possessive(m)))
    for rx in (_MINISTRY, _COMMITTEE):
        found += [(m.start(), _before_possessive(m)) for m in rx.finditer(s)]
    for m in _KIND_BEFORE.finditer(s):
        # "the company Johnson and Johnson": a name told twice with "and" is one
        twice = re.match(r" (?:and|en) " + re.escape(m.group("name").split()[-1]) + r"(?![\w-])",
                         s[m.end():])
        found.append((m.start("name"), m.end() + (twice.end() if twice else 0)))
    for m in _ORG_AFTER.finditer(s):
        a = m.start()
        first = s[a:].split(" ", 1)[0]
        lower_form = m.group(0).rsplit(" ", 1)[-1].islower()     # "Hebei province"
        if (first in STARTERS or (lower_form and NATIONALITY.match(first)) or
                first.endswith("-based")) and " " in m.group(0):
            a += len(first) + 1                 # "Bij Mitsubishi ...", "Chinese Hebei province",
            # "Cork-based Dornan Engineering"
            if " " not in s[a:m.end()]:
                continue                        # "The province": no name left
        people = _PEOPLE_OF.match(s, a)
        if people is not None and " " in s[people.end():m.end()]:
            a = people.end()                    # ("Representatives of Damen Shipyards")
        b = _before_possessive(m, formed=False)
        joined = _joined_by_field(s, a)
        # "Province of Utopia and Avalon Province": two, each with its form word
        two = joined == a and re.search(r" (?:and|en) (?:" + _NAME + r" )+(?:" + _FORM_AFTER
                                        + r")$", s[a:b])
        found.append((joined, a + two.start() if two else b))
    out: list[tuple[int, int, str]] = []
    for a, b in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
        name = s[a:b].rstrip(" ,.")
        b = a + len(name)
        if any(not (b <= oa or a >= ob) for oa, ob, _ in out) or len(name) < 4:
            continue
        out.append((a, b, name))
    return sorted(out)


def person_spans(s: str) -> list[tuple[int, int, str]]:
    """Names written with initials or a royal title, after 'Mr'/'mevrouw', or followed by a
    portfolio in brackets."""
    found = [_with_given_name(s, m.start("name"), m.end("name")) for m in _PERSON.finditer(s)]
    for rx in (_WITH_PORTFOLIO, _HONOURED):
        found += [(m.start("name"), m.start("name") + len(name), name)
                  for m in rx.finditer(s)
                  if (name := _without_post_nominal(_before_a_post(m.group("name").strip())))
                  # ("Hong Kong (China)": a place with its country, no person with a portfolio)
                  and m.groupdict().get("bracket") not in COUNTRIES
                  and not any(a <= m.start("name") < b or m.start("name") <= a < m.end("name")
                              for a, b, _ in found)]
    return sorted(found)


# a given name before a middle initial: "Michael L. Rama", "John F. Kennedy" (not a style, a
# role word or a word that starts a sentence: "Mayor L. Rama", "Mevrouw A. Jansen", "Toen A. Bos")
_GIVEN_BEFORE_INITIAL = re.compile(r"(?<![\w.’'-])(?P<given>" + UPPER + r"[a-z][\w’'-]*) $")
_NO_GIVEN_NAME = re.compile(r"(?:Mr|Mrs|Ms|Sir|Dame|Madam|Heer|Mevrouw|Prof|Dr|Drs|Ir|Hon|Rt|"
                            r"Shri|Smt|Sri)$")


# a second word of the name after the initials and a first ("L. Inunganbi Devi, Corporator",
# "K. Anand Kumar."): the name ends with the clause
_SECOND_WORD = re.compile(r" (?P<word>" + UPPER + r"[a-z][\w’'-]*)(?=,|\.(?:\s|$)|;|$| \()")


def _a_name_word(word: str) -> bool:
    return not (ROLE_RX.fullmatch(word) or _NO_GIVEN_NAME.match(word) or word in STARTERS
                or word in STOP_NAMES or word in COUNTRIES or NATIONALITY.match(word)
                or ORG_WORDS.fullmatch(word))


def _with_given_name(s: str, start: int, end: int) -> tuple[int, int, str]:
    """The span of a name written with initials, with the given name before one middle initial,
    and a second word of the name after the first that ends the clause."""
    given = _GIVEN_BEFORE_INITIAL.search(s[:start])
    if given and re.match(r"[A-Z]\. ", s[start:end]) and _a_name_word(given.group("given")):
        start = given.start("given")
    second = _SECOND_WORD.match(s, end)
    if second and re.match(r"(?:[A-Z]\.){1,4} ?[A-Z][a-z]", s[start:end]) and \
            _a_name_word(second.group("word")):
        end = second.end("word")
    return start, end, s[start:end]


def _without_post_nominal(name: str) -> str:
    """'Jaala Pulford' of 'The Hon. Jaala Pulford MLC': letters after a name of two words or more
    are no part of it ("Pat Breen TD", "Ann Low MLA")."""
    post_nominal = re.search(r"(?: [A-Z]{2,4})+$", name)
    if post_nominal and len(name.split()) - len(post_nominal.group(0).split()) >= 2:
        return name[:post_nominal.start()]
    return name


def _before_a_post(name: str) -> str:
    """'Liu Director' (of 'Mr Liu Director of the Cultural Bureau'): the name ends before a post
    written after it without a comma."""
    words = name.split(" ")
    cut = next((i for i, w in enumerate(words) if i and ROLE_RX.fullmatch(w)), len(words))
    return " ".join(words[:cut])


def plural_forms(s: str) -> list[tuple[int, int, str]]:
    """'de gemeenten Groningen, Assen en Emmen': each named one with the singular form
    ('gemeente Assen'), at the span of its name."""
    out = []
    for m in _PLURAL.finditer(s):
        form = _PLURAL_FORM[m.group("form")]
        for name in re.finditer(_NAME, m.group("list")):
            a, word = m.start("list") + name.start(), name.group(0).rstrip(".")
            out.append((a, a + len(word), f"{form} {word}"))
    return out


def listed_with(s: str, spans: list[tuple[int, int]], orgs: set[tuple[int, int]]) -> set:
    """The spans that stand in one enumeration ("A, B en C") with an organisation: they are
    organisations too."""
    spans = sorted(spans)
    out: set = set()
    run: list[tuple[int, int]] = []
    for span in spans + [(None, None)]:
        if run and span[0] is not None and _LIST_GAP.match(s[run[-1][1]:span[0]]):
            run.append(span)
            continue
        if len(run) > 1 and any(x in orgs for x in run):
            out |= {x for x in run if x not in orgs}
        run = [span] if span[0] is not None else []
    return out


# names given as examples of organisations: "New Zealand companies like Pan Pac, Intuto and
# Nordanis", "kennisinstellingen zoals Deltares en TNO" (a bracketed place may follow a name)
_EXAMPLES_OF = re.compile(r"(?<![\w-])(?i:companies|firms|businesses|organi[sz]ations|"
                          r"institutions|institutes|universities|bedrijven|ondernemingen|"
                          r"organisaties|instellingen|kennisinstellingen|universiteiten)"
                          r",? (?:like|such as|including|zoals|als|waaronder) ")
_EXAMPLE_GAP = re.compile(r"^(?: \([^)]*\))?(?:, | en | and | & |, en |, and )$")


def named_as_examples(s: str, spans: list[tuple[int, int]]) -> set:
    """The spans that a sentence lists as examples of organisations ("companies like A, B and
    C"): organisations, whatever their form."""
    spans = sorted(spans)
    out: set = set()
    for intro in _EXAMPLES_OF.finditer(s):
        run = [x for x in spans if x[0] == intro.end()]
        for span in spans:
            if run and span[0] > run[-1][1] and _EXAMPLE_GAP.match(s[run[-1][1]:span[0]]):
                run.append(span)
        out |= set(run)
    return out


# a name with its acronym after it, both for one organisation: "New Zealand Trade and
# Enterprise (NZTE)", "Vlaamse Instelling voor Technologisch Onderzoek (VITO)": the capitals of
# the acronym are the initials of the name's capitalised words (not of "Gross Domestic Product
# (GDP)", "Special Economic Zone (SEZ)", "Memorandum of Understanding (MOU)": no body; nor a
# state, "People's Republic of China (PRC)")
_NOT_A_BODY = re.compile(r"\b(?i:product|zone|area|memorandum|agreement|overeenkomst|plan|"
                         r"programme|program|programma|index|rate|act|wet|project|strategy|"
                         r"strategie)$|\b(?i:republic|republiek|kingdom|koninkrijk)\b")


def acronym_after(s: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the acronym in brackets after the name s[a:b] when its letters are the
    name's initials; None otherwise."""
    m = re.match(r" \(([A-Z]{2,6})\)", s[b:])
    name = s[a:b]
    if m is None or _NOT_A_BODY.search(name):
        return None
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", name))
    return (b + 2, b + 2 + len(m.group(1))) if initials == m.group(1) else None


# people the text names only as a kind, without a count: "Maleisische studenten",
# "vertegenwoordigers van de overheid", "het Nederlandse en Maleisische bedrijfsleven"
PEOPLE_NOUNS = (r"vertegenwoordigers|collegeleden|collega-bestuurders|counterparts|studenten|"
                r"scholieren|ondernemers|bedrijfsleven|"
                r"bewindslieden|investeerders|kennisinstellingen|representatives|students|pupils|"
                r"entrepreneurs|business community|investors|business leaders|academici|"
                r"academics|actoren|actors|officials|partners|juryleden|jury members|jurors|"
                # those who govern or receive, said by whom ("bestuurders uit Emmen", "de Chinese
                # gastheren", "our Japanese hosts"; bare "de gastheren" is dropped below)
                r"bestuurders|gastheren|hosts")
# (the head may open the sentence, "Representatives of ...", or follow a body that sends them,
# "Council representatives")
_PEOPLE = re.compile(
    r"(?<![\w-])(?P<words>(?:(?:het|de|the|diverse|verschillende|several|various|enkele|"
    r"[A-Za-z][\w-]*(?:se|sche|ese|ish|ean|ian|e)) (?:(?:en|and) [A-Za-z][\w-]*(?:se|sche|ese|"
    r"ish|ean|ian|e) )?){0,2}(?P<body>[A-Z][a-z]+ )?(?P<head>(?i:" + PEOPLE_NOUNS + r"))"
    r"(?: (?:en|and) (?:" + PEOPLE_NOUNS
    + r"))?(?: (?:van|of|uit|from) (?:(?:de|het|the) )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*|"
    # (a body written in full: "representatives of the Committee of the Regions")
    r" (?:of|van) (?:the |de |het )?[A-Z][\w’'-]*)*(?= [a-z]|"
    r"[,.;:()]|$)| (?:van|of|uit|from) [\w-]+(?: [\w-]+){0,5}?(?=[,.;:()]|$| (?:en|and|over|about|"
    r"op|in|om|to|aan|zijn|is|was|were|werd|worden|elkaar|met|with)\b))?)(?![\w-])")


# those an event was attended by, named as kinds of people: "attended by local companies,
# consular staff, Chinese buyers and other guests", "bijgewoond door ondernemers en studenten"
_ATTENDERS = (r"companies|staff|buyers|guests|officials|representatives|delegates|students|"
              r"entrepreneurs|investors|bedrijven|medewerkers|kopers|gasten|ambtenaren|"
              r"vertegenwoordigers|deelnemers|studenten|ondernemers|investeerders")
_ATTENDED = re.compile(r"\b(?:attended by|bijgewoond door|in the presence of|in aanwezigheid van)"
                       r" (?P<words>[a-z][^.;:()]*?\b(?P<head>" + _ATTENDERS + r"))(?=[.;:()]|$)",
                       re.IGNORECASE)


# whom someone meets, named by a list of kinds: "meet with business, academic and government
# officials", "will also meet with international port and airport partners"
_MET_KINDS = re.compile(r"\b(?:meet|meets|met|meeting|meetings|ontmoet\w*|spoke|speaks|talks|"
                        r"(?:in )?gesprek(?:ken)?|sprak|spreekt)(?: with| met)? (?:(?:the|de|het) )?"
                        r"(?P<words>(?:[a-z][\w-]* )?(?:[a-z][\w-]*, ){0,3}[a-z][\w-]* (?:and|en) "
                        r"(?:[a-z][\w-]* )?(?P<head>officials|"
                        r"partners|representatives|leaders|academics|stakeholders|"
                        r"vertegenwoordigers|bestuurders|academici|partners))(?![\w-])")


def title_cased(s: str) -> bool:
    """A headline written in title case ("Premier to Meet with Key Partners in Washington"): no
    full stop, and most of its longer words capitalised (its capitals name nothing)."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", s) if len(w) > 3]
    return s.rstrip()[-1:] not in ".!?" and len(words) >= 3 and \
        sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# a delegation named by where it comes from or whom it is of: "een delegatie uit de Drechtsteden",
# "the delegation from Raseborg", "een delegatie van de Vaste Commissie" (not "de delegatie" alone,
# nor one of a count: "een delegatie van 30 deelnemers")
_DELEGATION_OF = re.compile(r"(?<![\w-])(?P<words>(?:[A-Z]?[a-z]+ )?(?P<head>delegatie|delegation) "
                            r"(?:uit|van|vanuit|from|of) (?:de |het |the )?[A-Z][\w’'-]+"
                            r"(?: [A-Z][\w’'-]+)*)")


def named_delegations(s: str) -> list[tuple[str, str]]:
    """(head noun, words) of each delegation a sentence names by where it comes from or whose
    it is ("delegatie uit de Drechtsteden")."""
    out = []
    for m in _DELEGATION_OF.finditer(s):
        words = m.group("words")
        first = words.split()[0]
        if s[:m.start()].rstrip().split(" ")[-1].lower() in ("this", "that", "our", "deze", "die",
                                                              "onze"):
            continue                # "this prestigious delegation of X": the one told before
        if first.lower() in ("een", "de", "het", "a", "an", "the", "this", "deze", "die"):
            words = words[len(first) + 1:]
        out.append((m.group("head"), words))
    return out


def people_groups(s: str) -> list[tuple[str, str]]:
    """(head noun, words) of the groups of people a sentence names without a count, when the
    words say which ('Maleisische studenten', 'vertegenwoordigers van de overheid') or they
    are whom someone meets ('in gesprek met scholieren'); a bare 'het bedrijfsleven' elsewhere
    is a manner of speaking; those an event was attended by, as one group ('attended by local
    companies, consular staff and other guests'). Not the counted ones (counted_groups)."""
    if title_cased(s):
        return []                               # "... to Meet with Key Partners": a headline's
    # (a year is no count: "In 2011 brachten bestuurders uit Emmen ...")
    counted = [m.span() for m in _COUNTED.finditer(s) if not 1900 <= _count(m) <= 2100]
    out = []
    attended = [m for m in _ATTENDED.finditer(s) if m.group("words")[0].islower()
                and not any(m.start("words") <= a < m.end("words") for a, _ in counted)]
    attended += list(_MET_KINDS.finditer(s))
    for m in _PEOPLE.finditer(s):
        body = (m.group("body") or "").strip()
        if body and (body in STARTERS or NATIONALITY.match(body) or m.start("body") != m.start()):
            continue                            # "The Dutch business community", "Kaag en de ..."
        words = m.group("words").strip()
        bare = _ARTICLE.sub("", words).lower() == m.group("head").lower()
        if re.fullmatch(r"(?:andere|overige|other) \w+", _ARTICLE.sub("", words), re.IGNORECASE):
            continue                            # "met andere partners": no one in particular
        if _OWN.search(s[:m.start("head")]) or \
                _DELEGATION_OF_HEAD.search(s[:m.start()]):
            continue                            # "onze bestuurders": the speaker's own, told
            #                                     before; "een delegatie van bestuurders uit X":
            #                                     the delegation's members, the delegation itself
        if _BODY_PEOPLE.fullmatch(words):
            continue                            # "de bestuurders van het stadsdeel Pudong": the
            #                                     body acts through its unnamed people
        if any(a <= m.start("head") < b for a, b in counted) or \
                any(x.start("words") <= m.start("head") < x.end("words") for x in attended) or \
                bare and not _MET.search(s[:m.start()]):
            continue
        out.append((m.group("head"), words))
    return out + [(m.group("head"), m.group("words")) for m in attended] + royal_parties(s)


# a royal couple or party named as one ("het Koningspaar", "Het Luxemburgs vorstenpaar", "het
# koninklijk gezelschap", "the royal couple"); two couples at once ("het Belgisch en Luxemburgs
# vorstenpaar") are both parties, no group of their own
_ROYAL_PARTY = re.compile(
    r"(?<![\w-])(?P<words>(?:(?i:het|de|the) )?(?:[A-Z][\w-]* )?"
    r"(?P<head>(?i:vorstenpaar|koningspaar|(?:kroon)?prinselijk paar|groothertogelijk paar)|"
    r"(?i:(?:koninklijk|royal|grand-ducal) (?:gezelschap|party|couple))))(?![\w-])")


def royal_parties(s: str) -> list[tuple[str, str]]:
    """(head noun, words) of each royal couple or party a sentence names as one."""
    return [(m.group("head"), m.group("words")) for m in _ROYAL_PARTY.finditer(s)
            if not re.search(r"\b(?:en|and) (?:[A-Z][\w-]* )?$", s[:m.start("head")])]


_ARTICLE = re.compile(r"^(?:het|de|the|een|a|an) ", re.IGNORECASE)
_OWN = re.compile(r"\b(?:onze|ons|our|hun|their) (?:[A-Za-z][\w-]* )?$", re.IGNORECASE)
_DELEGATION_OF_HEAD = re.compile(r"\b(?:delegatie|delegation) (?:van|of)\s+$", re.IGNORECASE)
_BODY_PEOPLE = re.compile(r"(?:de|the) (?:bestuurders|officials) (?:van|of) (?:(?:de|het|the) )?"
                          r"(?:[a-z]+ )?[A-Z].*")
_MET = re.compile(r"\b(?:met|with)\s+$", re.IGNORECASE)


_PART_OF = re.compile(r"(?:van|of) (?:de|deze|die|the|these|those) ", re.IGNORECASE)


_OFFICE_HOLDERS = re.compile(r"(?i:" + _OFFICE_HOLDER_WORDS + r")$")


def _count(m: re.Match) -> int:
    return NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))


def counted_groups(s: str) -> list[tuple[int, str]]:
    """(count, words) of the groups a sentence counts: 'ruim 20 bedrijven en organisaties'."""
    out = []
    for m in _COUNTED.finditer(s):
        n = _count(m)
        if n < 2 or 1900 <= n <= 2100 or _PART_OF.match(m.group("what")):
            continue                            # "Vier van de bedrijven": part of a group told
        if re.match(r"(?i:million|miljoen|billion|miljard|thousand|duizend)\b", m.group("what")):
            continue                            # "a city of over 13 million people": a figure
        if _OFFICE_HOLDERS.search(m.group("what")) and not m.group("n").isdigit() and re.search(
                r"(?i:\b(?:the|de|die|deze|these|those))\s+$", s[:m.start()]):
            continue                            # "the two mayors": those named before (not
            #                                         "de 6 gedeputeerden", a board by its size)
        out.append((n, m.group(0)))
    return out


# what follows a role word to say which office it is: "van Economische Zaken", "of Hebei",
# "voor het Vier Rivieren Restauratie Project", "van Land, Transport en Maritieme Zaken"
_CAP = r"[A-Z][\w’'-]*"
_OFFICE_OF = re.compile(r" (?:van|of|voor|for|in) (?:(?:de|het|the) )?" + _CAP
                        + r"(?:(?:, | en | and | & | )(?:" + _CAP + r"|van|de|der|het|of|the))*")
_NATIONAL_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:Dutch|Nederlandse|Netherlands|[A-Z][\w-]*(?:se|sche|ish|ese|ean|ian|an))"
                              r" $")
# another country's office holder by a nationality and a portfolio: "the Portuguese
# infrastructure minister", "de Japanse transportminister" (not "the Dutch minister": someone
# the text may name)
# (no country: "a visit to Japan as First Minister" names no Japanese office)
_FOREIGN_PORTFOLIO_BEFORE = re.compile(r"(?:(?<=\s)|^)(?!(?:" + "|".join(sorted(COUNTRIES, key=len,
                                                                              reverse=True))
                                       + r")\b)[A-Z][\w-]*(?:se|sche|ish|ese|ean|ian|an)"
                                       r"(?: (?!(?:as|als|to|in|of|and|en|at|bij)\b)[a-z][\w-]+)? $")
_HOME = ("Dutch", "Nederlandse", "Netherlands")
# one who holds the office for now or in another's stead is its holder all the same, and the
# text names them so ("the Acting Director of Planning", "plaatsvervangend Zuid-Afrikaanse
# ambassadeur in Nederland")
_ACTING_BEFORE = re.compile(r"(?:(?<=\s)|^)(?i:acting|interim|waarnemend(?:e)?|"
                            r"plaatsvervangend(?:e)?) $")
# a post whose word says whose office it is, as "of the province" would: "de provinciegouverneur",
# "de gemeentesecretaris", "de provincieraadsvoorzitter"
_BODY_IN_WORD = re.compile(r"(?i:provincie|gemeente)\w{4,}$")
_ENVOYS = {"ambassador", "ambassadeur", "consul", "consul-generaal", "consul general",
           "deputy ambassador", "plaatsvervangend ambassadeur", "plaatsvervangende ambassadeur"}


_PORTFOLIO_AFTER = re.compile(r" \([A-Z][a-z-]{2,}(?:(?:, | en | and | & )[A-Z][a-z-]{2,})*\)")
_ENVOY_TO = re.compile(r" to (?:the )?" + _CAP + r"(?: " + _CAP + r")*")


def office_phrase(s: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an unnamed office holder around the role word at s[start:end]: with what
    says which office ('minister van Economische Zaken', 'Commissaris van de Koningin van
    Drenthe'), or an envoy with a nationality ('the Dutch Ambassador'). None for a bare role
    word ('de minister'), which may be someone the text names elsewhere."""
    if re.search(UPPER + r"[\w’'-]+(?:,\s*| \()$", s[:start]):
        return None                             # "John Jorritsma, Mayor of Eindhoven": his post
    after = _OFFICE_OF.match(s, end)
    b = after.end() if after else end
    while b > end and s[:b].split()[-1] in ("van", "of", "de", "der", "het", "the", "en", "and"):
        b = s[:b].rstrip().rfind(" ")
    b = max(end, len(s[:b].rstrip(" ,")))
    # an envoy's office runs on to the country it is sent to: "the Ambassador of Canada to the
    # Philippines", "de ambassadeur van Peru in Nederland" ("in" is read above)
    sent_to = _ENVOY_TO.match(s, b) if s[start:end].lower() in _ENVOYS else None
    b = sent_to.end() if sent_to else b
    # a portfolio in brackets says which of the office's holders: "de staatssecretaris van
    # Veiligheid en Justitie (Asielzaken)" (not an abbreviation: "(CdK)")
    which = _PORTFOLIO_AFTER.match(s, b) if b > end else None
    b = which.end() if which else b
    if re.search(r"[’']s$", s[:b]) and b - 2 > end:
        b -= 2                                  # "the Minister for Trade’s visit"
    country = re.search(r", (?:" + "|".join(map(re.escape, COUNTRIES)) + r")$", s[:b])
    if country and country.start() > end:
        b = country.start()                     # "the Mayor of Utena District, Lithuania": where
    before = _NATIONAL_BEFORE.search(s[:start]) or _FOREIGN_PORTFOLIO_BEFORE.search(s[:start])
    a = before.start() if before else start
    acting = _ACTING_BEFORE.search(s[:a])
    a = acting.start() if acting and b > end else a     # "the Acting Director of Planning"
    if b > end or _BODY_IN_WORD.match(s[start:end]):
        return a, b                             # ("de provinciegriffier": the province's)
    if before and (s[start:end].lower() in _ENVOYS or not before.group(0).startswith(_HOME)):
        return a, b
    return None


# a title before its holder's name, after a comma or an honorific: "the Minister for External
# Affairs, Anna Ruiz visited", "the Chief Executive of Peru Ports, Carla Vos.", "de Britse minister
# voor Handel, Jan Bos.", "the Vice President of the Association (PA) Mr Li Wei". The title runs
# over capitalised words, a few small words and a bracketed abbreviation; the name is two
# capitalised words or more (one after an honorific) and ends the clause: a comma or "and" after
# it would make it one more item of a portfolio ("Minister of Economy, Trade Policy and ...")
# (a body's kind in lower case after its name: "Director of the Local Economic Development
# department, Riana Meiring")
_TITLE_WORDS = (r"(?:(?:,? )(?:of|for|to|in|on|with|at|van|voor|bij|the|de|het|der|and|en|&|"
                r"department|unit|office|committee|division|afdeling|"
                # a term of office: "Lord Mayor of Coventry 2011/12 Councillor Jan Mol"
                r"(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?|"
                r"(?!(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\b)[A-Z][\w’'&.-]*|\([^()]{1,40}\)))*")
_HOLDER_FIRST = r"[A-Z][\w’'-]+"
_HOLDER_MORE = r"(?: (?:(?:van|de|der|den|ter|ten|von|la|le|du) )*[A-Z][\w’'-]+)"
# a council member's style between a post and the name: "the Mayor of Patchway Cllr Jan Mol",
# "de burgemeester van Lindeveen raadslid Piet Smit" (the post is his; the style is no other post)
# (a member's style stacks with a form of address: "Minister of Trade, Senator the Hon. Jan Mol")
_MEMBER_STYLE = r"Cllr|Coun|Clr|Cr|Councill?or|Alderman|[Rr]aadslid|[Ss]chepen|Senator"
_HOLDER_AFTER_TITLE = re.compile(
    _TITLE_WORDS + r"(?:, (?!(?:" + _MEMBER_STYLE + r") )(?P<name>" + _HOLDER_FIRST + _HOLDER_MORE + r"+)|,? (?P<style>(?:(?:"
    + _MEMBER_STYLE + r") )?" + STYLE + r"|dhr|mevr|" + _MEMBER_STYLE + r")\.? (?P<honoured>" + _HOLDER_FIRST + _HOLDER_MORE
    + r"*))(?=\s*$|[.;:!?)]| (?!and |en |or |of )[a-z]|, [a-z]| (?:and|en) (?:the|de|het) "
    # after a styled name "and" is no more portfolio: "Cllr Jan Mol and residents went"
    + r"|(?(honoured) (?:and|en) [a-z]|(?!)))")
_NEAREST_HOLDER_AFTER_TITLE = re.compile(_TITLE_WORDS.replace(")))*", ")))*?")
                                         + _HOLDER_AFTER_TITLE.pattern[len(_TITLE_WORDS):])
# without a comma (tried second): a portfolio's words before it, checked below; "and" may follow
_BARE_HOLDER_AFTER_TITLE = re.compile(
    _TITLE_WORDS + r" (?P<bare>" + _HOLDER_FIRST + _HOLDER_MORE + r"+)(?=\s*$|[.;:!?),]| [a-z])")
# words of a portfolio or a body, never of a person's name
_NOT_A_NAME = re.compile(r"(?i:\b(?:affairs|trade|industry|economy|economic|development|policy|"
                         r"investment|innovation|enterprise|agriculture|culture|energy|finance|"
                         r"health|education|transport|tourism|environment|justice|defence|"
                         r"labour|infrastructure|relations|foreign|international|science|"
                         r"technology|digital|housing|planning|heritage|arts|sports?|fisheries|"
                         r"immigration|employment|jobs|skills|growth|commerce|exports?|climate|"
                         r"water|"
                         r"zaken|handel|beleid|ontwikkeling|economie|economische|landbouw|"
                         r"onderwijs|cultuur|financi[eë]n|milieu|wonen|verkeer|mobiliteit|zorg|"
                         r"welzijn|internationale|europese|buitenlandse|binnenlandse|klimaat|"
                         r"natuur|visserij|werk|werkgelegenheid|toerisme)\b)")


_STYLE_FIRST = re.compile(r"(?:" + STYLE + r")\.? ")


def _holder_group(m: re.Match) -> str:
    return next(g for g in ("name", "honoured", "bare") if m.groupdict().get(g))


def _title_end(m: re.Match) -> int:
    """Where the title ends: before the holder's style ("Cllr" is a role word but not another
    title) or else before the name."""
    return m.start("style") if m.groupdict().get("style") else m.start(_holder_group(m))


def holder_after_title(s: str, end: int) -> tuple[int, int] | None:
    """The span of the holder's name after the title whose role word ends at `end` ('the
    British Ambassador to Peru, Jan de Vries.' -> 'Jan de Vries'), or None."""
    m = _HOLDER_AFTER_TITLE.match(s, end) or _BARE_HOLDER_AFTER_TITLE.match(s, end)
    if m is not None and ROLE_RX.search(s, end, _title_end(m)):
        # "Economy Minister, Jan Mol, and the Minister for Trade, Dr Anna Berg": a title runs
        # to the nearest name, not over another title to its holder
        m = _NEAREST_HOLDER_AFTER_TITLE.match(s, end)
        if m is not None and ROLE_RX.search(s, end, _title_end(m)):
            m = None
    if m is None:
        return None
    group = _holder_group(m)
    a, b = m.start(group), m.end(group)
    if group == "bare":
        # "Minister of Agriculture Anna Maria de Vries": the name is the run of words after the
        # last word of the portfolio (or the body), which must be there
        # (or a country: "Minister of Bangladesh Tipu Munshi", the country's minister)
        words = list(re.finditer(r"[^\s]+", s[end:a]))
        while words and re.fullmatch(r"[A-Z][\w’'-]*", words[-1].group(0)) and \
                not _ends_title(words[-1].group(0)):
            a = end + words.pop().start()
        if not words or not _ends_title(words[-1].group(0)):
            return None
    # a form of address after the comma is no part of the name ("..., Ms Faith Mol," is Faith Mol)
    style = _STYLE_FIRST.match(s, a, b)
    a = style.end() if style and " " in s[style.end():b].strip() else a
    b = a + len(_without_post_nominal(s[a:b]))
    name = s[a:b]
    if name.split()[0] in STARTERS or name in COUNTRIES or _NOT_A_NAME.search(name) \
            or ORG_WORDS.search(name) or PORTFOLIOS.search(name):
        return None
    return a, b


def _ends_title(word: str) -> bool:
    return is_portfolio_word(word) or word in COUNTRIES


def is_portfolio_word(word: str) -> bool:
    """'Agriculture', 'Economische', 'Zaken', 'Agency': a word of a portfolio or a body, not of a
    person's name."""
    return bool(_NOT_A_NAME.search(word) or PORTFOLIOS.fullmatch(word) or ORG_WORDS.fullmatch(word))


# agreements by their words, in lower case too: "een samenwerkingsovereenkomst tussen Japan en
# Nederland", "a Smart City Memorandum of Understanding", "partnership agreements"
_AGREEMENT = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w-]* )*)(?:(?i:sister[- ]city|sister[- ]state|twin[- ]city) )?"
    r"(?i:\w*overeenkomst(?:en)?|\w*memorandum|memorandum of "
    r"(?:understanding|cooperation)|MoU|MoC|\w*verdrag|convenant|\w*agreements?|contracts|"
    r"samenwerkingsverband(?:en)?|action plan|actieplan|\w*protocol(?:len)?)(?![\w-])"
    r"(?: (?i:of Understanding|of Cooperation|on|over|tussen|between|with|met|van|of) "
    r"[^,.;:()]{1,60}?(?=[,.;:()]|$| (?i:is|was|were|werd|werden|wordt|worden|zijn|signed|"
    r"getekend|ondertekend|gesloten|afgesloten|bijwonen|tekenen|ondertekenen|sluiten|in|te|om|"
    r"to|for)\b))?")


# a standing relation of two places whose start the text tells ("the 30th anniversary of our
# Sister City relationship with X", "het jubileum van de zusterstadband met X") or that it
# says was signed ("Signed in 1979, the A-B relationship ..."): an agreement between them, as
# the gold has it; not one told of in passing ("to enhance the sister state relationship
# between A and B", "cementing the Sister City relationship")
_RELATION = re.compile(
    r"(?<![\w-])(?i:(?:sister[- ]city|sister[- ]state|twin[- ]city) (?:relationship|relations|"
    r"agreement)|zuster(?:stad|provincie)(?:band|relatie|overeenkomst)) (?:with|between|met|tussen) "
    r"[A-Z][\w-]*(?: (?:and|en) [A-Z][\w-]*)?")
_SINCE = re.compile(r"\b(?:anniversary|jubileum|bestaan) (?:of|van) (?:(?:our|the|de|het|onze) )?$",
                    re.IGNORECASE)
_SIGNED_RELATION = re.compile(r"(?<![\w-])[A-Z]\w*[-–][A-Z][\w-]* (?:relationship|relation|band)\b")

# "many contracts and agreements", "tal van overeenkomsten": a manner of speaking, no agreement
_MANY = re.compile(r"\b(?:many|numerous|countless|veel|vele|talloze|tal van)\s+(?:[\w-]+\s+"
                   r"(?:and|en)\s+)?$", re.IGNORECASE)

# an agreement compared with something ("vergeleek het ondertekenen van deze overeenkomst met het
# aangaan van een huwelijk", "compared the agreement to a marriage"): a figure of speech, what
# follows "met"/"with" is no party and the agreement is no new one
_COMPARED = re.compile(r"\b(?:vergeleek|vergeleken|vergelijkt|vergelijken|compared?|compares|"
                       r"likened|likens?)\b[^.;:]*$", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"(?:\w+ )*?(?i:met|with|to)\b")


# an agreement told as signed between its parties: "A second MoU was signed between A and B",
# "an MOU was struck between A and B", "de overeenkomst is voor drie jaar gesloten tussen A en
# B", "We have signed an MoU with Yiguo": named by its word and its parties (not one named
# again: "Deze overeenkomst is gesloten tussen ...")
_AGREEMENT_WORD = (r"(?P<word>(?i:\w*overeenkomst|\w*memorandum of understanding|MoU|MoC|"
                   r"convenant|\w*agreement|letter of intent|intentieverklaring))")
_SIGN_VERB = r"(?:signed|struck|concluded|inked|getekend|ondertekend|gesloten|afgesloten)"
_PARTIES = (r"(?P<rest>(?:between|tussen|with|met) (?:the |de |het )?(?:[a-z]+ ){0,2}[A-Z]"
            r"[^,.;:()]{0,100}?)(?=[,.;:()]|$| (?:to|for|om|waarin|that|die|dat|establishing|on|"
            r"op|in|at|during|tijdens|had|has|have|heeft|hebben|will|zal)\b)")
_SIGNED_BETWEEN = re.compile(
    r"(?<![\w-])(?<!(?i:deze|this) )(?<!(?i:dit|die|dat) )(?<!(?i:these|those) )"
    + _AGREEMENT_WORD + r"(?: (?i:was|were|has been|have been|is|werd|wordt))?(?: [a-z]+){0,3}? "
    + _SIGN_VERB + r" " + _PARTIES + r"|"
    r"(?<![\w-])(?:signed|struck|concluded|inked) (?:an? |the )?(?:[a-z]+ )?"
    + _AGREEMENT_WORD.replace("?P<word>", "?P<word2>") + r" "
    + _PARTIES.replace("?P<rest>", "?P<rest2>"))
# a bare plural ("Agreements cap a productive week", "veel overeenkomsten"): agreements spoken of,
# not one the text names, unless the sentence tells them signed ("The first contracts were
# signed this week")
_BARE_PLURAL = re.compile(r"(?i:agreements|overeenkomsten|MoUs|memoranda|contracts|contracten)")
_SIGNED_WORD = r"(?:[Ss]igned|[Ss]igning|getekend|ondertekend|gesloten|afgesloten|concluded)"
_SIGNED_AFTER = re.compile(r"^(?: [\w-]+){0,3}? " + _SIGNED_WORD + r"\b")
_SIGNED_BEFORE = re.compile(r"\b" + _SIGNED_WORD + r"(?: [\w-]+){0,2} $")


def _told_signed(s: str, a: int, b: int) -> bool:
    """Whether the words around s[a:b] tell it signed ("contracts signed", "the first contracts
    were signed", "signed two contracts")."""
    return bool(_SIGNED_AFTER.search(s[b:]) or _SIGNED_BEFORE.search(s[:a]))


def signed_between(s: str) -> list[tuple[int, int, str, int]]:
    """(start, end, name, start of its parties) of each agreement told as signed between or with
    its parties ("MoU between the Lavaux College and the Avalon Institute")."""
    out = []
    for m in _SIGNED_BETWEEN.finditer(s):
        word, rest = ("word", "rest") if m.group("word") else ("word2", "rest2")
        out.append((m.start(word), m.end(rest), f"{m.group(word)} {m.group(rest).strip()}",
                    m.start(rest)))
    return out


def agreement_parties(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the parties of an agreement s[a:b] told between two ("between the A and
    the B", "tussen A en B") or with one ("with A"): split at its last "and"/"en" before a
    capital or an article."""
    m = re.match(r"(?:between|tussen|with|met) (?:the |de |het )?", s[a:b])
    if m is None:
        return []
    start = a + m.end()
    cuts = list(re.finditer(r" (?:and|en) (?:the |de |het )?", s[start:b]))
    cut = next((c for c in cuts if re.search(r" (?:the|de|het) $", c.group(0))), None) or \
        next((c for c in reversed(cuts) if s[start + c.end():start + c.end() + 1].isupper()), None)
    if cut is None or s[a:b].split(" ", 1)[0] in ("with", "met"):
        return [(start, b)]
    return [(start, start + cut.start()), (start + cut.end(), b)]


def agreement_spans(s: str) -> list[tuple[int, int, str]]:
    """Agreements a sentence names, with what follows to say which ('tussen Japan en
    Nederland op het gebied van ruimtevaart'); not agreements spoken of in general ('many
    contracts and agreements', a bare plural); one told as signed between its parties by its
    word and its parties ('MoU between A and B')."""
    signed = [(a, b, name) for a, b, name, _ in signed_between(s)]
    out = signed + [(m.start(), m.end(), m.group(0).strip()) for m in _AGREEMENT.finditer(s)
                    if not _MANY.search(s[:m.start()]) and not (
                        _BARE_PLURAL.fullmatch(m.group(0))
                        and not _told_signed(s, m.start(), m.end()))
                    and not any(a < m.end() and m.start() < b for a, b, _ in signed)
                    and not (_COMPARED.search(s[:m.start()])
                             and _COMPARED_WITH.match(m.group(0).split(None, 1)[-1]))]
    signed = re.search(r"\b(?:[Ss]igned|getekend|ondertekend)\b", s)
    relations = [m for m in _RELATION.finditer(s) if signed or _SINCE.search(s[:m.start()])]
    for m in [*relations, *(_SIGNED_RELATION.finditer(s) if signed else [])]:
        if not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), m.group(0).strip()))
    return sorted(out)
