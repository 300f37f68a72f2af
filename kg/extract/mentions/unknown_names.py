"""Unknown names by their form: capitalised runs of words, headline names, common words that
name something, and the patterns that tell an organisation from a place or an event."""
from __future__ import annotations

import re

from ..model import Mention, Sentence, Unknown
from ..words import (ACTOR_VERB, AGREEMENT_WORDS, COUNTRIES, COUNTRY_FORMAL, EVENT_WORDS, NAMED_AFTER_COUNTRY,
                     MONTH_NO, NAME_POSSESSIVE, NATIONALITY, ORG_INTRO, ORG_WORDS, PARTICLES,
                     PARTNER_BEFORE_VERB, ROLE_RX,
                     PARTNER_INTRO, PARTNER_PAIR, PARTNER_SUBJECT, PLACE_LIST, STARTERS,
                     STOP_NAMES)
from .people import APPOSED_NAME
from .resolve import within

_TITLE_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to",
                "with", "aan", "bij", "de", "een", "en", "het", "met", "naar", "op", "uit", "van",
                "voor"}


def title_case_headline(s: str, text: str) -> bool:
    """A headline in title case ('Premier Leads Mission to Asia'): no closing punctuation, three
    words or more after the first and all capitalised, one of them a word the `text` writes in
    lower case ('mission'). Its capitalised words are no sign of a name."""
    if s.rstrip()[-1:] in ".!?" or APPOSED_NAME.search(s):
        return False                            # (a byline: "Jane Doe, Minister of Trade")
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", s)[1:] if w.lower() not in _TITLE_SMALL]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text))
    return any(w.lower() in lower for w in words)


def unseen_headline_names(sent: Sentence, mentions: list[Mention], unknown: list[Unknown],
                          text: str) -> tuple[list[Mention], list[Unknown]]:
    """The mentions and unknown names of a headline in title case without the new names the rest
    of the `text` never writes ('Leads Mission' of 'Premier Leads Mission to Asia')."""
    if not title_case_headline(sent.text, text):
        return mentions, unknown
    lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text))
    # a name after its title in a byline ('Report for Lord Mayor Ann Lee & Councillor Tom Kok')
    # is a name when none of its words is one the text writes in lower case (not 'Premier
    # Leads Mission', 'Governor Visits Peru')
    titled = {m.text for m in mentions if m.kind == "person" and m.role_word
              and m.text.startswith(m.role_word) and m.text != m.role_word
              and re.search(r"(?:\b(?:for|by|voor|door|and|en)|&) $", sent.text[:m.start])
              and not any(w.lower() in lower
                          for w in m.text[len(m.role_word):].split())}
    unseen = {u.name for u in unknown if text.count(u.name) <= sent.text.count(u.name)
              and not any(u.name in t for t in titled)}
    return ([m for m in mentions if m.iri or m.text in titled
             or not any(n in m.text for n in unseen)],
            [u for u in unknown if u.name not in unseen])


def common_word_names(mentions: list[Mention], unknown: list[Unknown],
                      text: str) -> tuple[list[Mention], list[Unknown]]:
    """Without the 'names' after a role word that are one word the `text` writes in lower case
    elsewhere ('Travel' of 'Lord Mayor Travel to Tianjin' in a report on the Lord Mayor's
    travel): a word of the sentence, no one's name."""
    lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text))
    common = {m.text for m in mentions if m.kind == "person" and m.iri is None and m.role_word
              and m.text.startswith(m.role_word + " ")
              and len(rest := m.text[len(m.role_word):].split()) == 1
              and rest[0].lower() in lower}
    names = {t.split()[-1] for t in common}
    return ([m for m in mentions if m.text not in common],
            [u for u in unknown if not (u.kind == "person" and u.name in names)])


# a one-word name after the office of a place ("former Mayor of Guangzhou Jianhua", "de
# burgemeester van Lima Quispe"): that name's office, when the text writes the place alone
# elsewhere (so the word is no part of the place's name, as "York" of "Mayor of New York") and
# the word is no kind of place or body ("the Governor of Lima Province")


_JOINERS = {"of", "for", "in", "&", "voor"}


# people of an organisation, who are not it: "Representatives of Peel Holdings"
_PEOPLE_OF = r"representatives|members|partners|partner['’]s|delegates|staff|vertegenwoordigers|leden"


_POSSESSIVE_WORD = re.compile(r"\w[’']s$")
_ARTICLES_IN_NAME = {"the", "de", "het"}
# an adjective before "and" in a body's name ("of Local and Regional Authorities"), not a place
# ("Province of Zuid-Holland and Hebei Province": two)
_ADJECTIVE = re.compile(r"[A-Z]\w*(?:nal|cal|ral|ial|mic|tic|lic)|Municipal|Foreign|Small|Medium|"
                        r"Private|Urban")


# a body named in French, Spanish, Italian or German runs over its own small words: "Centre
# National pour la Protection et la Prévention", "Universidad de la Costa", "Ville de Lyon",
# "Institut für Angewandte Forschung" (not over Dutch or English ones: "Centre and ...")
_FOREIGN_FORMS = {
    "centre", "centro", "institut", "instituto", "istituto", "université", "universidad",
    "università", "universidade", "universität", "ville", "ciudad", "comune", "stadt", "agence",
    "agencia", "agenzia", "conseil", "consejo", "consiglio", "chambre", "cámara", "camera",
    "fondation", "fundación", "fondazione", "fundação", "association", "asociación", "ministère",
    "ministerio", "gouvernement", "gobierno", "région", "región", "regione", "département",
    "provincia", "municipalidad", "ayuntamiento", "mairie", "communauté", "comunidad", "banque",
    "banco", "école", "escuela", "scuola", "musée", "museo", "office", "société", "sociedad",
    "società", "compagnie", "compañía", "landkreis", "kreis", "verband", "kammer"}
_FOREIGN_SMALL = {"pour", "et", "de", "des", "du", "la", "le", "les", "del", "y", "für", "und",
                  "der", "die", "das", "di", "della", "delle", "degli", "dei", "per", "do", "da",
                  "dos", "das", "en", "sur", "à", "au", "aux"}


def _foreign_small_words(run, tokens, j: int, s: str) -> int:
    """How many small words of a foreign body's name start at tokens[j] (0 when none, or when
    no capitalised word follows them)."""
    if not any(w.lower() in _FOREIGN_FORMS for _, _, w in run):
        return 0
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k][2].lower() in _FOREIGN_SMALL \
            and s[tokens[k - 1][1]:tokens[k][0]] == " ":
        k += 1
    if k == j or k >= len(tokens) or s[tokens[k - 1][1]:tokens[k][0]] != " " \
            or not tokens[k][2][0].isupper() or tokens[k][2] in STARTERS \
            or tokens[k][2].lower() in MONTH_NO:
        return 0
    return k - j


def _written_in_full(s: str, run, tokens, j: int) -> bool:
    """Whether tokens[j] (with the article after it) goes on a body's name written in full: "of
    the"/"van de" after a body's word ("Committee of the Regions"), or "and"/"en" between two
    adjectives after its "of" ("Congress of Local and Regional Authorities")."""
    if j + 2 >= len(tokens) + (0 if tokens[j][2].lower() in ("of", "van") else 1):
        return False
    w2 = tokens[j][2]
    gaps = [s[x[1]:y[0]] for x, y in zip([run[-1], *tokens[j:j + 2]], tokens[j:j + 3])]
    if any(g != " " for g in gaps[:2]):
        return False
    if w2.lower() in ("of", "van") and tokens[j + 1][2].lower() in _ARTICLES_IN_NAME:
        return len(gaps) > 2 and gaps[2] == " " and tokens[j + 2][2][:1].isupper() \
            and tokens[j + 2][2] not in STOP_NAMES and bool(ORG_WORDS.fullmatch(run[-1][2]))
    if w2 in ("and", "en"):
        return any(t[2].lower() in ("of", "van") for t in run) and \
            bool(_ADJECTIVE.fullmatch(run[-1][2])) and bool(_ADJECTIVE.fullmatch(tokens[j + 1][2]))
    return False


# a word with a figure in it is no name ("A12", "Nr.46", "2e"), unless three letters come first:
# a company's "Carrier2", "COP26"
_NUMBERED_WORD = re.compile(r"(?![^\W\d_]{3})\w*\d")


def _capitalised(s: str):
    """Runs of capitalised words (with 'van', 'of', 'in' ... between them) that may be names."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_][\w’'&-]*", s)]
    i = 0
    while i < len(tokens):
        a, b, w = tokens[i]
        if not w[0].isupper() or w in STOP_NAMES or _NUMBERED_WORD.match(w) or \
                NATIONALITY.match(w) and not (i + 1 < len(tokens) and s[b:tokens[i + 1][0]] == " "
                                              and tokens[i + 1][2][0].isupper()):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        dash = None                         # "Hanoi – Amsterdam High School": one name
        while j < len(tokens):
            a2, b2, w2 = tokens[j]
            gap = s[run[-1][1]:a2]
            if gap in (" – ", " - ") and dash is None and w2[0].isupper():
                dash = len(run)
            elif gap == " & " and w2 in ("sons", "zonen", "co", "partners"):
                run.append(tokens[j])           # "John Sisk & sons": one name
                j += 1
                break
            elif gap not in (" ", "-") and not (gap == " & " and w2[0].isupper()):
                break
            if _POSSESSIVE_WORD.search(run[-1][2]) and not NAME_POSSESSIVE.fullmatch(
                    run[-1][2]) and ORG_WORDS.search(
                    " ".join(t[2] for t in run)):
                break                           # "the Council of Europe's Congress": two names
            #                                     (not "National Farmer’s Union": one)
            if w2 in ("and", "en") and j + 1 < len(tokens) and tokens[j + 1][2] == run[-1][2] \
                    and s[b2:tokens[j + 1][0]] == " ":
                run += [tokens[j], tokens[j + 1]]   # "Johnson and Johnson": one name
                j += 2
                continue
            if _written_in_full(s, run, tokens, j):
                # a body written in full: "Committee of the Regions", "Congress of Local and
                # Regional Authorities", "Kamer van Koophandel"
                step = 3 if tokens[j + 1][2].lower() in _ARTICLES_IN_NAME else 2
                run += tokens[j:j + step]
                j += step
                continue
            if w2[0].isupper() and w2 not in STOP_NAMES and w2 not in STARTERS \
                    and not NATIONALITY.match(w2) and not _NUMBERED_WORD.match(w2):
                run.append(tokens[j])
                j += 1
            elif small := _foreign_small_words(run, tokens, j, s):
                run += tokens[j:j + small + 1]
                j += small + 1
            elif w2.lower() in PARTICLES | _JOINERS \
                    and j + 1 < len(tokens) and tokens[j + 1][2][0].isupper() \
                    and tokens[j + 1][2].lower() not in MONTH_NO \
                    and tokens[j + 1][2] not in STARTERS and s[b2:tokens[j + 1][0]] == " ":
                run += [tokens[j], tokens[j + 1]]
                j += 2
            else:
                break
        i = j
        if dash is not None and not ORG_WORDS.search(" ".join(w for _, _, w in run[dash:])):
            i, run = i - (len(run) - dash), run[:dash]      # a dash between two names
        # (a quotation's first word opens a sentence too)
        at_start = s[:run[0][0]].strip(" (•") == "" or \
            re.search(r"(?:^|\s)[“‘\"']$", s[:run[0][0]]) is not None
        stripped = False
        named_org = ORG_WORDS.search(" ".join(w for _, _, w in run[1:]))
        while run and (run[0][2] in STARTERS or run[0][2].lower() in PARTICLES
                       or NATIONALITY.match(run[0][2]) and not named_org):
            # (an adjective stays in an organisation's name: "Brabantse Ontwikkelings Maatschappij")
            stripped = stripped or not NATIONALITY.match(run[0][2])
            run = run[1:]
        if len(run) > 2 and re.fullmatch(_PEOPLE_OF, run[0][2], re.IGNORECASE) and \
                run[1][2].lower() in ("of", "van"):
            run = run[2:]                       # "Representatives of Peel Holdings": the company
        while run and run[-1][2].lower() in PARTICLES | _JOINERS:
            run = run[:-1]
        run = _without_place_after_in(run, s)
        if not run:
            continue
        # (a word opening a sentence is a name when it keeps ties: "Arland and Bexmoor are
        # partners", "Arland has strong trade ties with ...")
        told_as_partner = at_start and bool(PARTNER_SUBJECT.match(s[run[0][1]:]))
        if len(run) == 1 and (at_start and not told_as_partner or stripped
                              or run[0][2] in STARTERS or len(run[0][2]) == 1):
            continue                            # (one letter: "B.C." is no two names B and C)
        # a possessive is no part of the name: "the Scottish Government’s plan"
        # (nor is the apostrophe of "Wales’ First Minister")
        end = run[-1][1] - (0 if NAME_POSSESSIVE.fullmatch(run[-1][2]) else
                            2 if re.search(r"[’']s$", run[-1][2]) else
                            1 if re.search(r"s[’']$", run[-1][2]) else 0)
        yield run[0][0], end, s[run[0][0]:end]


def _without_place_after_in(run: list, s: str) -> list:
    """'Brightlane in Gent': the company, and where it is (a name of one or two words after
    'in' that ends the run) no part of its name; a body, venue or event keeps its place
    ('Nederlandse Ambassade in Beijing', 'Hotel de Vereniging in Elst', 'Women in Tech Day')."""
    at = next((k for k, t in enumerate(run) if t[2] == "in"), None)
    if at is None or at == 0 or not 1 <= len(run) - at - 1 <= 2:
        return run
    before = " ".join(t[2] for t in run[:at])
    if any(t[2].lower() in _FOREIGN_FORMS for t in run[:at]) and \
            any(t[2] in _FOREIGN_SMALL for t in run[:at]):
        return run[:at]                     # "Universidad de la Costa in Lima": its own language
    if ORG_WORDS.search(before) or EVENT_WORDS.search(before) or _VENUE.search(before) or \
            _SLOGAN.fullmatch(before) or \
            len(run[:at]) > 2 or EVENT_WORDS.match(s[run[-1][1]:].strip()):
        return run                          # (nor an event's: "het Women in Tech evenement")
    return run[:at]


# (an agency or programme named by a phrase keeps it: "Invest in Ruritania", "Study in Holland",
# "Women in Tech")
_SLOGAN = re.compile(r"Invest|Study|Made|Work|Live|Meet|Discover|Women|Girls|Doing Business|"
                     r"Innovation|Leadership|Excellence")
# (a venue's name keeps its place: "Hotel de Vereniging in Elst")
_VENUE = re.compile(r"\b(?:Hotel|Hôtel|Restaurant|Museum|Residentie|Residence)\b")


# a partner city or region by that word is a partner body ("partnerstad Óbuda", "our sister
# city Taicang"); a name said to be a company or group is an organisation ("NTT, a group
# including ...", "Aqua, een bedrijf uit Delft")
_PARTNER_PLACE = re.compile(r"\b(?:partnerstad|zusterstad|partnerregio|partnerprovincie|"
                            r"sister city|twin town|partner city|partner region) $", re.IGNORECASE)
_ORG_APPOSITION = re.compile(r", (?:a|an|the|een|het|de) (?:[\w-]+ ){0,3}?(?:group|company|firm|"
                             r"organi[sz]ation|association|corporation|conglomerate|manufacturer|"
                             r"operator|provider|bedrijf|onderneming|organisatie|vereniging|groep|"
                             r"concern|fabrikant)\b")


# a name paired with the Netherlands is the other country, a place ("cooperation between India
# and the Netherlands", "tussen Japan en Nederland", "Nederland en Korea")
_WITH_NETHERLANDS_AFTER = re.compile(r"\s+(?:en|and)\s+(?:the\s+)?(?:Nederland|Netherlands)\b")
_WITH_NETHERLANDS_BEFORE = re.compile(r"\b(?:Nederland|Netherlands)\s+(?:en|and)\s+$")


def capitalised_names(sent: Sentence, mentions: list[Mention], unknown: list[Unknown],
                      covered: list[tuple[int, int]], title_spans: list[tuple[int, int]]):
    """The capitalised names no rule took (outside `covered`), each an unknown name of the kind
    its form and its neighbours tell (organisation, place, event, agreement or name); returns
    the mentions (places inside a longer name dropped) and the names with their spans."""
    s = sent.text
    # other capitalised names (organisations by a word in them or before them, other names)
    named: list[tuple[int, int, Unknown]] = []
    for a, b, name in _capitalised(s):
        role = re.search(r" (?:" + ROLE_RX.pattern + r")(?: |$)", name, re.IGNORECASE)
        if role and ORG_WORDS.search(name[:role.start()]) and \
                not re.search(r" (?:of|for|van|voor)(?: the| de| het)?$", name[:role.start()]):
            # "Welsh Government Minister Vaughan Gething": the body, its minister's title after it
            # (not "Office of the President": the office is the President's)
            b, name = a + role.start(), name[:role.start()]
        if any(not (b <= ca or a >= ce) for ca, ce in covered) or ORG_WORDS.fullmatch(name):
            continue                            # ("uw Kamer", "the Council": a reference)
        if within(a, b, title_spans) and not ORG_WORDS.search(name):
            continue                            # a title's words: only a body in it is named
        inner = [x for x in mentions if x.kind == "place" and not (b <= x.start or a >= x.end)]
        if inner and all(a <= x.start and x.end <= b for x in inner) and \
                any((x.start, x.end) != (a, b) for x in inner):
            mentions = [x for x in mentions if x not in inner]    # "Hydrogenics Korea"
        elif inner:
            continue
        if _WITH_NETHERLANDS_AFTER.match(s[b:]) or _WITH_NETHERLANDS_BEFORE.search(s[:a]):
            continue                            # "tussen Japan en Nederland": the other country
        kind = "name"
        partner = PARTNER_INTRO.search(s[:a]) or PARTNER_PAIR.search(s[:a]) or (
            re.search(r"(?:met|with) $", s[:a]) and PARTNER_BEFORE_VERB.match(s[b:])) or \
            PARTNER_SUBJECT.match(s[b:])
        if name in COUNTRIES or COUNTRY_FORMAL.fullmatch(name) or PLACE_LIST.search(s[:a]):
            kind = "place"                      # "cooperation between India and ...": a country
        elif ORG_WORDS.search(name) or ORG_INTRO.search(s[:a]) or partner \
                or _PARTNER_PLACE.search(s[:a]) or _ORG_APPOSITION.match(s[b:]) \
                or NAMED_AFTER_COUNTRY.match(name) and not NATIONALITY.match(name.split()[0]) \
                and not re.search(r"(?:^|: )$", s[:a]) \
                or (ACTOR_VERB.match(s[b:]) and not AGREEMENT_WORDS.search(name)
                    # ("the office in Paris hosted": the office's verb, Paris is where)
                    and not re.search(r"\b(?:in|at|te)\s$", s[:a])
                    and not EVENT_WORDS.search(name)):
            kind = "organisation"
        elif EVENT_WORDS.search(name) or EVENT_WORDS.match(s[b:].strip()) or \
                re.search(r"(?:beurs|seminar|congres|evenement|dag|day)$", name):
            kind = "event"
        elif AGREEMENT_WORDS.search(name):
            kind = "agreement"
        review = (f"unknown name: {name!r} — not in the registry or data/ttl; declare it "
                  f"(as {'an organisation' if kind == 'organisation' else 'a ' + kind}) or "
                  "correct it")
        unknown.append(Unknown(name, kind, sent, review=review))
        named.append((a, b, unknown[-1]))
    return mentions, named
