"""Mentions in a sentence: known actors by name, role words with the name after them, unknown names."""
from __future__ import annotations

import re

from ..ingest import local_name
from ..query import fold
from ..reconcile import context_agrees, is_generic_name
from .names import (agreement_spans, holder_after_title, is_portfolio_word, listed_with,
                    office_phrase, organisation_spans, person_spans, plural_forms)
from .bodies import body_review, body_spans
from .model import POSSESSIVE, Mention, Sentence, Unknown
from .known import Gazetteer, context_names
from .words import (ACTOR_VERB, AGREEMENT_WORDS, COUNTRIES, EVENT_WORDS, NAMED_AFTER_COUNTRY,
                    NAMED_ONLY, NATIONALITY, ORG_INTRO, PLACE_LIST,
                    ORG_WORDS, PARTICLES, PARTNER_BEFORE_VERB, PARTNER_INTRO, PARTNER_PAIR,
                    PORTFOLIOS, ROLE_OF,
                    ROLE_RX, ROYAL, STARTERS, STOP_NAMES, STYLE, UPPER)


# ---------------------------------------------------------------- mentions

HONORIFICS = {"mevrouw", "mevr.", "mvr.", "mw.", "heer", "dhr.", "mr.", "mrs.", "ms.", "mr", "mrs", "ms",
              "dr.", "prof.", "drs.", "ir.", "madam", "sir"}


def _name_after(s: str, pos: int) -> tuple[int, int] | None:
    """The capitalised name starting at `pos` (after a role word): 'Kim Dong-yeon',
    'Van Gruijthuijsen', 'Jan de Vries'. None if the next word is not a name."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s,;:()]+", s[pos:])]
    tokens = [(a + pos, b + pos, w) for a, b, w in tokens]
    taken: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens) and tokens[i][2].lower() in HONORIFICS:     # "mevrouw", "mrs."
        i += 1
    while i < len(tokens):
        a, b, w = tokens[i]
        if taken and s[taken[-1][1]:a] != " ":  # "Schultz van Haegen (Infrastructuur"
            break
        if re.fullmatch(r"(?:[A-Z]\.){1,4}", w):        # initials: "R.G. Jansen"
            taken.append((a, b, w))
            i += 1
            continue
        core = w.rstrip(".!?’'")
        if not taken and core in STARTERS and core not in ("Van", "De", "Ten"):
            break
        if core in STOP_NAMES or NATIONALITY.match(core):
            break
        if core[:1].isupper():
            taken.append((a, a + len(core), core))
            if core != w or s[b:b + 1] in ",;:)":
                break
            i += 1
            continue
        # particles before a capitalised word: "van der Hoeven", "van den Broek"
        j = i
        while j < len(tokens) and tokens[j][2].lower() in PARTICLES:
            j += 1
        if [x[2] for x in tokens[i:j]] == ["van"] and \
                (sum(x[2][:1].isupper() for x in taken) >= 2
                 or j < len(tokens) and (tokens[j][2].rstrip(".,;:") in COUNTRIES
                                         or PORTFOLIOS.match(s[tokens[j][0]:]))):
            break                               # "Masayuki Naoshima van Economie", "Anwar van
            #                                     Maleisië": of what
        if core.lower() in PARTICLES and taken and j < len(tokens) and j - i <= 3 \
                and tokens[j][2][:1].isupper():
            taken += tokens[i:j]
            i = j
            continue
        break
    while taken and taken[-1][2].lower() in PARTICLES:
        taken.pop()
    if not taken or (len(taken) >= 2 and all(w.isupper() for _, _, w in taken)):
        return None                             # "MINISTER VAN ALGEMENE ZAKEN": a letterhead
    if len(taken) == 1 and taken[0][2] in ("Van", "De", "Ten"):
        return None
    return taken[0][0], taken[-1][1]


# what follows a named office holder to say whose post it is: "voorzitter Hans de Boer van
# VNO-NCW", "secretaris-generaal Nguyen van de Communistische Partij" (a minister's "van" names a
# portfolio: "minister Jansen van Economische Zaken")
_POST_IN = re.compile(r" (?:van|of) (?:de |het |the )?(?P<org>[A-Z][\w’'&-]*(?:(?: (?:van|of|voor|"
                      r"for|de|der|&))? [A-Z][\w’'&-]*)*)")
_PORTFOLIO = re.compile(r"minister|staatssecretaris|secretary|commissaris|commissioner",
                        re.IGNORECASE)
# a name of two words or more right before ", <role word>" (an apposition) or "(<role word>":
# "John Jorritsma, ", "Brigit van Dijk - van de Reijt, ", "Mr Povilas Žagunis ("
_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>" + UPPER + r"[\w’'-]+(?:(?: | - | – )(?:(?:van|de|"
                          r"der|den|ter|ten|von|la|le|du|[’']t) )*" + UPPER + r"[\w’'-]+)+)(?:, | \()$")


# a list of people each followed by their titles: "Anna Berg, Vice-Eerste Minister en Minister van
# Handel, Jan de Wit, Minister-President van de Regering en Céline Dupont, Brussels Minister van
# Economie": a name of two words or more, a comma, a role word (perhaps after one adjective); the
# title runs on to the next such name, a ";", ":" or a comma before a lower-case word (", led a
# delegation"), and every role word in it is that person's
_APPOSED_NAME = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?: (?:(?:van|de|der|den|ter|ten|von|la|"
                           r"le|du) )*[A-Z][\w’'-]+)+), (?=(?:[A-Z][\w-]* )?(?i:" + ROLE_RX.pattern
                           + r"))")
_TITLE_END = re.compile(r"[;:]|, (?=[a-z])")
# a style of address before a name, no part of it
_STYLES = {"Honourable", "Hon.", "Hon", "Excellency", "Excellentie", "Right", "Rt", "Rt."}


_PLURAL_ROLES = {"wethouders": "wethouder", "ministers": "minister", "burgemeesters": "burgemeester",
                 "gedeputeerden": "gedeputeerde", "staatssecretarissen": "staatssecretaris",
                 "ambassadeurs": "ambassadeur", "mayors": "mayor", "governors": "governor",
                 "aldermen": "alderman", "directeuren": "directeur", "directors": "director",
                 "gouverneurs": "gouverneur", "ambassadors": "ambassador",
                 # members of a council: "de raadsleden H. van der Meer en H. van Oostenbrugge"
                 "raadsleden": "raadslid", "statenleden": "statenlid", "kamerleden": "kamerlid",
                 "senators": "senator", "presidents": "president", "presidenten": "president"}
# (initials too: "H. van der Meer")
_LISTED_NAME = r"(?:(?:[A-Z]\.)+ ?(?:(?:van|de|der|den|ter|ten) )*)?[A-Z][\w’'-]+(?: (?:(?:van|de|der|den|ter|ten) )*[A-Z][\w’'-]+)*"
_PLURAL_ROLE = re.compile(r"(?<![\w-])(?P<word>(?i:" + "|".join(_PLURAL_ROLES) + r")) (?P<list>"
                          + _LISTED_NAME + r"(?: \([^)]*\))?(?:(?:, | en | and )" + _LISTED_NAME
                          + r"(?: \([^)]*\))?)+)")

# a plural role word of a place's office before a list of places: "the governors of the Chinese
# provinces of Guangdong and Shandong", "de burgemeesters van Lima en Cusco": one unnamed holder
# each (not "de ministers van Onderwijs en Cultuur": portfolios)
_PLACE_OFFICES = ("governors", "gouverneurs", "mayors", "burgemeesters", "wethouders",
                  "gedeputeerden", "aldermen", "ambassadors", "ambassadeurs", "presidents",
                  "presidenten")
_PLURAL_OFFICE = re.compile(r"(?<![\w-])(?P<word>(?i:" + "|".join(_PLACE_OFFICES) + r")) "
                            r"(?P<of>of|van) (?:the |de |het )?(?:[A-Z][\w-]* )?(?:(?:provinces|"
                            r"provincies|cities|steden|regions|regio['’]s|states|municipalities|"
                            r"gemeenten) (?:of |van )?)?(?P<list>" + _LISTED_NAME
                            + r"(?:(?:, | en | and )" + _LISTED_NAME + r")+)")


def appositions(s: str) -> list[tuple[int, int, int]]:
    """(name start, name end, title end) of each 'Name, Title' in a sentence."""
    found = []
    for m in _APPOSED_NAME.finditer(s):
        words = m.group("name").split()
        start = m.start("name")
        while len(words) > 2 and (words[0] in _STYLES or words[0] in STARTERS and
                                  words[1] in _STYLES):
            start += len(words[0]) + 1          # "The Honourable Jane Doe, Minister of Trade"
            words = words[1:]
        if words[0] in STARTERS or NATIONALITY.match(words[0]) or ROLE_RX.search(m.group("name")):
            continue
        found.append((start, m.end("name")))
    out = []
    for i, (a, b) in enumerate(found):
        end = _TITLE_END.search(s, b + 2)
        stop = end.start() if end else len(s)
        if i + 1 < len(found):
            stop = min(stop, found[i + 1][0])
        out.append((a, b, stop))
    return out


def find_mentions(sent: Sentence, gaz: Gazetteer,
                   context: str = "") -> tuple[list[Mention], list[Unknown]]:
    """Mentions and unknown names of one sentence. `context`: the text around it (title,
    heading, the sentence before) that a generic name needs to be resolved (kg.reconcile)."""
    s = sent.text
    mentions: list[Mention] = []
    unknown: list[Unknown] = []
    known = gaz.known
    for a, b, iris in gaz.find(s):
        mention = _resolve_span(sent, a, b, iris, known, f"{context} {s}")
        if mention.kind == "post" and mention.iri is None:
            # a known post without one known holder: its holder here is a placeholder (a
            # participant is a person, never the post itself)
            mention.unnamed = True
            unknown.append(Unknown(mention.text, "person", sent, unnamed=True,
                                   review=mention.review or "which holder of this post?"))
        elif mention.kind == "org" and mention.iri is None and mention.candidates:
            # a generic name the context does not settle ("Nederlandse ambassade" in a report
            # on China): a new organisation, the known one a match candidate (kg add)
            unknown.append(Unknown(mention.text, "organisation", sent, review=mention.review,
                                   candidates=list(mention.candidates)))
        mentions.append(mention)
    # role words, with the name that follows them (or before them, in a list of titled names)
    titled = appositions(s)
    seen_titles: set[int] = set()
    title_spans: list[tuple[int, int]] = []     # titles before their holder's name
    for m in ROLE_RX.finditer(s):
        title = next((t for t in titled if t[1] < m.start() < t[2]), None)
        if title is not None and s[m.end():m.end() + 1] == " " and _name_after(s, m.end() + 1):
            title = None                        # "..., gedeputeerde R.G. Jansen": someone else
        if title is not None:
            na, nb, _ = title
            first = na not in seen_titles
            seen_titles.add(na)
            hit = next((x for x in mentions if x.start <= na < x.end), None)
            if first and hit is None:
                role = next((n for rx, n in ROLE_OF if rx.match(m.group(0))), None)
                style = re.match(STYLE + r" (?=\w+ )", s[na:nb])
                na += style.end() if style else 0   # ("Mr Kevin Louey, Chief of Staff")
                mentions.append(_resolve_name(sent, na, nb, s[na:nb], role, m.group(0), gaz,
                                              unknown))
            elif first and hit.kind == "person" and not hit.role_word:
                hit.role_word = m.group(0)
                hit.role = next((n for rx, n in ROLE_OF if rx.match(m.group(0))), None)
            continue                            # a further title of the same person
        if any(x.start <= m.start() < x.end and x.kind == "post" for x in mentions):
            x = next(x for x in mentions if x.start <= m.start() < x.end and x.kind == "post")
            x.role_word = m.group(0)
            holder = holder_after_title(s, x.end) if x.unnamed else None
            if holder is not None:
                # a known post, its holder named after it ("the British Ambassador to Peru, Jan
                # de Vries"): that person, not a placeholder
                unknown[:] = [u for u in unknown if not (u.unnamed and u.name == x.text)]
                mentions.remove(x)
                na, nb = holder
                role = next((n for rx, n in ROLE_OF if rx.match(m.group(0))), None)
                mentions.append(_resolve_name(sent, na, nb, s[na:nb], role, m.group(0), gaz,
                                              unknown))
                mentions[-1].title = _title_before(s, x.start, na)
                title_spans.append((x.start, na))
            continue
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        word = m.group(0)
        if word.isupper() and len(word) > 3:
            continue                            # "BRIEF VAN DE MINISTER-PRESIDENT": a letterhead
        if re.fullmatch(r"ambtenaren|civil servants", word, re.IGNORECASE):
            continue                            # a kind of people (a group), no one's post
        role = next((n for rx, n in ROLE_OF if rx.match(word)), None)
        span = _name_after(s, m.end() + 1) if s[m.end():m.end() + 1] == " " else None
        if span is not None and is_portfolio_word(s[span[0]:span[1]].split()[0]):
            span = None                         # "wethouder Economische Zaken Piet Bos": below
        if span is not None:
            na, nb = span
            hit = next((x for x in mentions if x.kind == "person" and x.start == na), None)
            if hit is not None:                 # "gouverneur Kim Dong-yeon": known already
                hit.role, hit.role_word = role, word
                hit.start, hit.text = m.start(), s[m.start():hit.end]
                _check_role(hit, known)
                continue
            inner = [x for x in mentions if na <= x.start < nb]
            if inner and inner[0].start == na and inner[0].kind != "person":
                span = None                      # "directeur TNO": an organisation follows
            else:
                name = s[na:nb]
                # "Directeur Dirk Minne Vis van de Kamer van Koophandel": the body is no part of
                # the name (its post's organisation, below)
                body = next((o for o in ORG_WORDS.finditer(name) if re.search(
                    r" (?:van|of)(?: de| het| the)? $", name[:o.start()])), None)
                if body is not None:
                    cut = re.search(r" (?:van|of)(?: de| het| the)? $", name[:body.start()])
                    if " " in name[:cut.start()]:
                        name, nb = name[:cut.start()], na + cut.start()
                # "Kim Dong-yeon van Gyeonggi": cut a known place/organisation off the end
                for x in inner:
                    if x.kind in ("org", "place") and x.start > na:
                        cut = s[na:x.start].rstrip()
                        for p in PARTICLES:
                            if cut.lower().endswith(" " + p):
                                cut = cut[:-(len(p) + 1)].rstrip()
                        name, nb = cut, na + len(cut)
                        break
                mentions = [x for x in mentions if not (na <= x.start < nb)]
                mentions.append(_resolve_name(sent, m.start(), nb, name, role, word, gaz,
                                              unknown))
                if ROYAL.fullmatch(word) and mentions[-1].iri is None:
                    # "Prinses Astrid", not "Astrid": a royal is named with the title
                    unknown[-1].name = mentions[-1].same_as = s[m.start():nb]
                    if re.fullmatch(r"(?i:prins(?:es)?|prince(?:ss)?)", word):
                        # a prince's title is a rank, no office (a king's, a queen's and a
                        # crown prince's are: head of state, heir)
                        unknown[-1].role_word = mentions[-1].role_word = None
                of = _POST_IN.match(s, nb)
                if of and not _PORTFOLIO.search(word) and of.group("org") not in COUNTRIES \
                        and not any(x.start < of.end() and x.end > of.start("org")
                                    for x in mentions):
                    # "voorzitter Hans de Boer van VNO-NCW": the organisation of the post
                    oa, ob, org = of.start("org"), of.end("org"), of.group("org")
                    review = f"unknown organisation: {org!r} (of {name}'s post) — declare or correct"
                    unknown.append(Unknown(org, "organisation", sent, review=review))
                    mentions.append(Mention(org, "org", sent, oa, ob, None, [], confidence=0.5,
                                            review=review))
                continue
        before = _NAME_BEFORE.search(s[:m.start()])
        if span is None and before is not None and before.group("name").split()[0] not in STARTERS \
                and not any(x.start < before.end("name") and x.end > before.start("name")
                            for x in mentions):
            # "John Jorritsma, Mayor of Eindhoven", "Brigit van Dijk, CEO BOM": the name before
            na, nb = before.start("name"), before.end("name")
            style = re.match(STYLE + r" (?=\w+ )", s[na:nb])
            na += style.end() if style else 0   # ("Mr Povilas Žagunis (Mayor of ...)")
            mentions.append(_resolve_name(sent, na, nb, s[na:nb], role, word, gaz, unknown))
            continue
        holder = holder_after_title(s, m.end()) if span is None else None
        if holder is not None and not any(x.start < holder[1] and holder[0] < x.end
                                          for x in mentions):
            # "the British Ambassador to Peru, Jan de Vries": the title's holder follows it; the
            # title's words name no one else
            na, nb = holder
            mentions.append(_resolve_name(sent, na, nb, s[na:nb], role, word, gaz, unknown))
            mentions[-1].title = _title_before(s, m.start(), na)
            title_spans.append((m.start(), na))
            continue
        if NAMED_ONLY.fullmatch(word):
            continue                            # "de voorzitter", "de Prins": told of elsewhere
        mention = _resolve_role(sent, m.start(), m.end(), role, word, s, mentions, gaz,
                                f"{context} {s}")
        office = office_phrase(s, m.start(), m.end()) if mention.iri is None else None
        if office is not None:
            # an office holder the text does not name: a placeholder, never a known person
            mention.start, mention.end = office
            mention.text, mention.unnamed = s[office[0]:office[1]], True
            unknown.append(Unknown(mention.text, "person", sent, unnamed=True,
                                   review=f"{mention.text!r}: an office holder the text does not "
                                   "name; " + (mention.review or "declare as unnamed")))
        mentions.append(mention)
    # a plural role word before a list of names: "De wethouders Pol (Almere) en Klein (Den Haag)",
    # "ministers Kaag and Schouten": each name one holder of the role
    for m in _PLURAL_ROLE.finditer(s):
        word = _PLURAL_ROLES[m.group("word").lower()]
        role = next((n for rx, n in ROLE_OF if rx.match(word)), None)
        for n in re.finditer(r"(?P<name>" + _LISTED_NAME + r")(?: \([^)]*\))?", m.group("list")):
            na, nb = m.start("list") + n.start("name"), m.start("list") + n.end("name")
            first = n.group("name").split()[0]
            if first in STARTERS or first in STOP_NAMES or NATIONALITY.match(first) or \
                    any(x.start < nb and na < x.end for x in mentions):
                continue
            mentions.append(_resolve_name(sent, na, nb, n.group("name"), role, word, gaz,
                                          unknown))
    for m in _PLURAL_OFFICE.finditer(s):
        word = _PLURAL_ROLES[m.group("word").lower()]
        role = next((n for rx, n in ROLE_OF if rx.match(word)), None)
        for n in re.finditer(_LISTED_NAME, m.group("list")):
            written = word[:1].upper() + word[1:] if m.group("word")[:1].isupper() else word
            office = f"{written} {m.group('of')} {n.group(0)}"      # ("the Presidents of ...")
            review = f"{office!r}: an office holder the text does not name; declare as unnamed"
            unknown.append(Unknown(office, "person", sent, unnamed=True, review=review))
            mentions.append(Mention(office, "role", sent, m.start("word"), m.end("word"), None,
                                    [], role=role, role_word=word, confidence=0.5,
                                    review=review, unnamed=True))
    _signing_governments(sent, mentions, unknown)
    # unknown names by their form: organisations, people with initials or a title
    covered = [(x.start, x.end) for x in mentions if x.kind != "place"] + \
        [(nb, end) for _, nb, end in titled]     # a title's words name no one else
    for a, b, name in body_spans(s):
        # a government's own council or executive named by its kind: whose, the reviewer says
        if any(not (b <= ca or a >= ce) for ca, ce in covered):
            continue
        covered.append((a, b))
        unknown.append(Unknown(name, "organisation", sent, review=body_review(name)))
        mentions.append(Mention(name, "org", sent, a, b, None, [], confidence=0.5,
                                review=body_review(name)))
    formed = [(a, b, name, "organisation") for a, b, name in organisation_spans(s)] + \
        [(a, b, name, "organisation") for a, b, name in plural_forms(s)] + \
        [(a, b, name, "person") for a, b, name in person_spans(s)]
    for a, b, name, kind in formed:
        if any(not (b <= ca or a >= ce) for ca, ce in covered) or \
                (kind == "person" and _within(a, b, title_spans)):
            continue
        mentions = [x for x in mentions if not (x.kind == "place" and a <= x.start < b)]
        covered.append((a, b))
        review = f"unknown {kind}: {name!r} — not in the registry or data/ttl; declare or correct"
        unknown.append(Unknown(name, kind, sent, review=review))
        mentions.append(Mention(name, "org" if kind == "organisation" else "person", sent, a, b,
                                None, [], confidence=0.5, review=review))
    # other capitalised names (organisations by a word in them or before them, other names)
    named: list[tuple[int, int, Unknown]] = []
    for a, b, name in _capitalised(s):
        if any(not (b <= ca or a >= ce) for ca, ce in covered) or ORG_WORDS.fullmatch(name):
            continue                            # ("uw Kamer", "the Council": a reference)
        if _within(a, b, title_spans) and not ORG_WORDS.search(name):
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
            re.search(r"(?:met|with) $", s[:a]) and PARTNER_BEFORE_VERB.match(s[b:]))
        if name in COUNTRIES or PLACE_LIST.search(s[:a]):
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
    # agreements by their words ("een samenwerkingsovereenkomst tussen Japan en Nederland")
    for a, b, name in agreement_spans(s):
        if not any(u.kind == "agreement" and (a <= x < b or x <= a < y)
                   for x, y, u in named):
            unknown.append(Unknown(name, "agreement", sent, review=f"agreement: {name!r}; "
                                   "declare it under agreements: with its parties, or drop it"))
        for pa, pb in _bound_places(s, a, b):
            place = s[pa:pb]
            if place in COUNTRIES or any(x.start < pb and pa < x.end for x in mentions) or \
                    any(u.name == place and u.kind != "name" for u in unknown):
                continue
            review = f"unknown name: {place!r}, a party to {name!r}; declare or correct"
            unknown.append(Unknown(place, "organisation", sent, review=review))
            mentions.append(Mention(place, "org", sent, pa, pb, None, [], confidence=0.4,
                                    review=review))
    # a name listed with organisations is one ("Canon, Panasonic en Mitsubishi Motor Corporation")
    orgs = {(x.start, x.end) for x in mentions if x.kind == "org"} | \
        {(a, b) for a, b, u in named if u.kind == "organisation"}
    siblings = listed_with(s, [(a, b) for a, b, u in named if u.kind == "name"] + list(orgs), orgs)
    for a, b, u in named:
        if (a, b) in siblings:
            u.kind = "organisation"
            u.review = f"unknown name: {u.name!r}, listed with organisations; declare or correct"
        if u.kind == "organisation":
            mentions.append(Mention(u.name, "org", sent, a, b, None, [], confidence=0.4,
                                    review=u.review))
    # a person left unresolved (a name several known people share: 'Mayor Ko') is a new one,
    # with the known ones as candidates
    listed = {u.name for u in unknown}
    for x in mentions:
        name = x.text[len(x.role_word):].strip() if x.role_word and \
            x.text.lower().startswith(x.role_word.lower()) and not ROYAL.fullmatch(x.role_word) \
            else x.text
        while name.split(" ", 1)[0].lower() in HONORIFICS and " " in name:
            name = name.split(" ", 1)[1]                # "mr. Jaap Smit"
        if x.kind == "person" and x.iri is None and name and name not in listed:
            unknown.append(Unknown(name, "person", sent, role_word=x.role_word,
                                   review=x.review or f"unknown person: {name!r}"))
            listed.add(name)
    return sorted(mentions, key=lambda x: x.start), unknown


# a head of a government by the place's name before the title: "Ontario Premier Doug Ford"
_HEAD_OF_GOVERNMENT = re.compile(r"(?i:premier|governor|gouverneur|mayor|burgemeester|"
                                 r"first minister|chief minister|minister-president)")
_GOVERNMENT_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>" + UPPER + r"[\w’'.-]+"
                                r"(?: " + UPPER + r"[\w’'.-]+)?) $")
_SIGNS = re.compile(r"\b(?:signed|signs?|ondertekend\w*|ondertekenen|tekenden|tekende|getekend)\b",
                    re.IGNORECASE)


def _signing_governments(sent: Sentence, mentions: list[Mention], unknown: list[Unknown]) -> None:
    """The governments whose heads sign ("Saskatchewan Premier Scott Moe and Ontario Premier Doug
    Ford signed an MOU"): each place is a party to what is signed, so an organisation (its
    government), not only a place."""
    s = sent.text
    if not _SIGNS.search(s):
        return
    for x in list(mentions):
        if x.kind != "person" or not x.role_word or not _HEAD_OF_GOVERNMENT.fullmatch(x.role_word):
            continue
        before = _GOVERNMENT_BEFORE.search(s[:x.start])
        if before is None:
            continue
        name = before.group("name")
        if name.split()[0] in STARTERS or NATIONALITY.match(name) or name in COUNTRIES or any(
                y.start < before.end("name") and before.start("name") < y.end
                for y in mentions if y.kind != "place"):
            continue
        review = (f"{name!r}: its head signs here, so its government is a party; declare the "
                  "government (e.g. the province) or correct")
        mentions[:] = [y for y in mentions if not (y.kind == "place" and
                                                   y.start == before.start("name"))]
        unknown.append(Unknown(name, "organisation", sent, review=review))
        mentions.append(Mention(name, "org", sent, before.start("name"), before.end("name"), None,
                                [], confidence=0.5, review=review))


# short words a title in title case leaves in lower case
_TITLE_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to",
                "with", "aan", "bij", "de", "een", "en", "het", "met", "naar", "op", "uit", "van",
                "voor"}


def title_case_headline(s: str, text: str) -> bool:
    """A headline in title case ('Premier Leads Mission to Asia'): no closing punctuation, three
    words or more after the first and all capitalised, one of them a word the `text` writes in
    lower case ('mission'). Its capitalised words are no sign of a name."""
    if s.rstrip()[-1:] in ".!?" or _APPOSED_NAME.search(s):
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
_PLACE_OFFICE_NAME = re.compile(r"^(?P<title>.+ (?:of|van) (?P<place>" + UPPER + r"[\w’'-]+)) "
                                r"(?P<name>" + UPPER + r"[\w’'-]+)$")
_PLACE_KIND = re.compile(r"(?i:city|district|county|province|provincie|region|regio|state|"
                         r"municipality|gemeente|prefecture|island|islands|eiland|council|"
                         r"government|metropolitan|area|shire|borough|bay|valley|stad|kreis)")


# one who held an office once: the title says so, and a bare role word later is not them
_FORMER = r"(?i:former|voormalige?|oud-|ex-)"
_FORMER_BEFORE = re.compile(_FORMER + r" ?$")


# the places a standing relation binds: "our Sister City relationship with Lavaux", "de
# zusterstadband met Lavaux", "the Avalon-Lavaux relationship": its parties (as a town cooperated
# with is a partner)
_RELATION_WORDS = re.compile(r"(?i:relationship|relation|relatie|band|sister|zuster|twin)")
_BOUND_AFTER = re.compile(r" (?:with|met|between|tussen) (?:the |de |het )?(?P<a>" + UPPER
                          + r"[\w’'-]*)(?: (?:and|en) (?P<b>" + UPPER + r"[\w’'-]*))?$")
_BOUND_PAIR = re.compile(r"(?P<a>" + UPPER + r"\w*)[-–](?P<b>" + UPPER + r"[\w’'-]*) ")


def _bound_places(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the places the relation s[a:b] binds (see _RELATION_WORDS); none for
    another agreement ("a memorandum with Lavaux Port": whose, the reviewer says)."""
    if not _RELATION_WORDS.search(s[a:b]):
        return []
    m = _BOUND_AFTER.search(s[a:b]) or _BOUND_PAIR.search(s[a:b])
    return [(a + m.start(g), a + m.end(g)) for g in ("a", "b") if m and m.group(g)]


def holders_after_place_offices(mentions: list[Mention], unknown: list[Unknown], text: str,
                                gaz: Gazetteer) -> tuple[list[Mention], list[Unknown]]:
    """The unnamed office holders of a sentence whose office's last word is a name (see
    _PLACE_OFFICE_NAME), made the person of that name with the office as their title."""
    out = []
    for m in mentions:
        x = _PLACE_OFFICE_NAME.match(m.text) if m.unnamed and m.iri is None else None
        name = x["name"] if x else ""
        if x is None or _PLACE_KIND.fullmatch(name) or is_portfolio_word(name) \
                or name in STOP_NAMES or name in COUNTRIES or not re.search(
                    r"(?<![\w’'-])" + re.escape(x["place"]) + r"(?![\w’'-])(?! "
                    + re.escape(name) + r"(?![\w’'-]))", text):
            out.append(m)
            continue
        unknown = [u for u in unknown if not (u.unnamed and u.name == m.text)]
        person = _resolve_name(m.sentence, m.start + x.start("name"), m.end, name, m.role,
                               m.role_word, gaz, unknown)
        former = _FORMER_BEFORE.search(m.sentence.text[:m.start])
        person.title = (former.group(0) if former else "") + x["title"]
        out.append(person)
    return out, unknown


def _title_before(s: str, start: int, name_start: int) -> str:
    """'Minister for Trade' of 'Minister for Trade, Anna Ruiz' or '... (LTA) Mr Li Wei'."""
    title = re.sub(r"(?:,|\s)+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|de heer|mevrouw|dhr|mevr)\.?)?\s*$",
                   "", s[start:name_start])
    return title.strip(" ,")


def _within(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(not (b <= sa or a >= sb) for sa, sb in spans)


# a bare role word right after a definite article: "de minister", "the prime minister"
_DEFINITE_ROLE = re.compile(r"(?:^|\s)(?:de|het|the|De|Het|The)\s$")


def named_again(mentions: list[Mention], unknown: list[Unknown]) -> None:
    """People the text names again: a new person's shorter name ('Minister Van der Hoeven' after
    'Minister Maria van der Hoeven', an alias in `unknown`) is that one (`same_as`); a bare role
    word ('de minister-president', 'the prime minister') in a text that names exactly one person
    with that word ('Minister-president Rutte') is that person (`same_as`, or the known one's
    iri), with a review mark; in a text naming two or more, "de/the <word>" after the first of
    them is that first one (the text's own), with a review mark. With a nationality before it
    ('the Portuguese minister') it stays a role word."""
    # an unnamed office holder whose title the text gives one named person ("the Minister for
    # Trade's visit", then "The Minister for Trade, Anna Ruiz, ..."): that person
    titled = {}
    for x in mentions:
        if x.title and x.kind == "person":
            titled.setdefault(fold(x.title), set()).add(x.text)
    for x in mentions:
        holders = next((names for title, names in titled.items()
                        if fold(x.text) == title or fold(x.text).endswith(" " + title)), set())
        if x.unnamed and len(holders) == 1:
            name = next(iter(holders))
            unknown[:] = [u for u in unknown if not (u.unnamed and u.name == x.text)]
            x.kind, x.unnamed, x.same_as, x.confidence = "person", False, name, 0.6
            x.review = f"{x.text!r} taken to be {name} (named with this title); check"
    full = {fold(a): u.name for u in unknown if u.kind == "person" for a in u.aliases}
    named: dict[str, set[tuple[str, str | None]]] = {}
    first: dict[str, tuple[int, tuple[str, str | None]]] = {}   # the first one named, where
    for x in mentions:
        if x.kind == "person" and x.role_word and not x.unnamed \
                and not re.match(_FORMER, x.title or ""):
            # (not one who held it once: "former Mayor of Lima Quispe"; or in an apposition: "Mark Drakeford, First Minister of Wales"; or named again:
            # "burgemeester Van 't Veld" after "Mirjam van ’t Veld")
            name = x.same_as or (x.text[len(x.role_word):].strip()
                                 if x.text.lower().startswith(x.role_word.lower()) else x.text)
            if x.iri is None and fold(name) in full:
                x.same_as = name = full[fold(name)]
            if name or x.iri:
                named.setdefault(fold(x.role_word), set()).add((x.iri and "" or name, x.iri))
                at = x.sentence.start + x.start
                if fold(x.role_word) not in first or at < first[fold(x.role_word)][0]:
                    first[fold(x.role_word)] = (at, (x.iri and "" or name, x.iri))
    for x in mentions:
        holders = named.get(fold(x.role_word or ""), set())
        before = x.sentence.text[:x.start].split()[-2:]
        if any(NATIONALITY.match(w) for w in before):
            continue                            # "the Portuguese infrastructure minister"
        if x.kind != "role" or x.iri is not None or x.unnamed:
            continue
        earliest = first.get(fold(x.role_word or ""))
        if len(holders) > 1 and earliest and earliest[0] < x.sentence.start + x.start and \
                _DEFINITE_ROLE.search(x.sentence.text[:x.start]):
            # "de minister" in a text naming Minister Van der Hoeven and, later, minister
            # Naoshima: the one it named first, the text's own (a guess, with a review mark)
            holders = {earliest[1]}
        if len(holders) == 1:
            name, iri = next(iter(holders))
            x.kind, x.confidence = "person", 0.6
            if iri:
                x.iri, x.candidates = iri, [iri]
            else:
                x.same_as = name
            x.review = f"{x.text!r} taken to be {name or local_name(iri)} (named so in the " \
                       "text); check"
    _second_titles(mentions, unknown)


def _second_titles(mentions: list[Mention], unknown: list[Unknown]) -> None:
    """A second title joined to a person's first ("Premier and Minister for the Arts", "burgemeester
    en wethouder van ...") is that person's too, not an unnamed office holder of its own."""
    for x in mentions:
        if not x.unnamed:
            continue
        joined = re.search(r" (?:and|en) $", x.sentence.text[:x.start])
        first = next((y for y in mentions if joined and y.sentence is x.sentence
                      and y.end == joined.start() and y.kind == "person" and not y.unnamed
                      and (y.iri or y.same_as or not y.text.lower() == (y.role_word or "").lower())),
                     None)
        if first is None:
            continue
        name = first.same_as or (first.text[len(first.role_word):].strip()
                                 if first.role_word and first.text.lower().startswith(
                                     first.role_word.lower()) else first.text)
        unknown[:] = [u for u in unknown if not (u.unnamed and u.name == x.text)]
        x.kind, x.unnamed, x.confidence = "person", False, 0.6
        if first.iri:
            x.iri, x.candidates = first.iri, [first.iri]
        else:
            x.same_as = name
        x.review = f"{x.text!r}: a second title of {name or local_name(first.iri)}; check"


def _resolve_span(sent, a, b, iris, known, context: str = "") -> Mention:
    text = sent.text[a:b]
    iris = set(iris)
    if is_generic_name(text):
        # "Nederlandse ambassade", "het ministerie": only when the context says which one
        agreeing = {i for i in iris if context_agrees(context_names(i, known), context)}
        if not agreeing:
            names = ", ".join(sorted(local_name(i) for i in iris))
            return Mention(text, "org" if all(known[i].kind == "org" for i in iris) else "role",
                           sent, a, b, None, sorted(iris), confidence=0.3,
                           review=f"{text!r} is a generic name; nothing around it says it is "
                           f"{names}: a new actor, or that one if a person confirms it")
        iris = agreeing
    # a post and its holder both match ("Netherlands ambassador in South Korea"): the holder
    for i in list(iris):
        e = known[i]
        if e.kind == "post" and e.held_by & iris:
            iris.discard(i)
    entries = [known[i] for i in sorted(iris)]
    if len(entries) == 1:
        e = entries[0]
        if e.kind == "post":
            holders = sorted(e.held_by)
            review = None if len(holders) == 1 else (
                f"{text!r}: the post {e.id} has several holders: "
                + ", ".join(local_name(h) for h in holders) + "; choose one (or declare a new one)")
            return Mention(text, "post", sent, a, b, holders[0] if len(holders) == 1 else None,
                           holders, role=e.role, post=e.iri,
                           confidence=0.8 if len(holders) == 1 else 0.3, review=review)
        # a known person named by office ("directeur van TNO APAC"): the office word is its role
        lead = ROLE_RX.match(re.sub(r"^(?:de|het|the) ", "", text, flags=re.IGNORECASE))
        role = (next((n for rx, n in ROLE_OF if rx.match(lead.group(1))), None)
                if lead and e.kind == "person" else None)
        return Mention(text, e.kind, sent, a, b, e.iri, [e.iri], confidence=0.95, role=role,
                       role_word=lead.group(1) if role else None)
    actors = [e for e in entries if e.kind in ("person", "org")]
    names = ", ".join(f"{e.id} ({e.kind})" for e in entries)
    before = sent.text[:a].rstrip().rsplit(" ", 1)[-1].lower()
    places = [e for e in entries if e.kind == "place"]
    if places and before in ("in", "naar", "uit", "to", "from", "at", "within", "binnen"):
        if len(places) == 1:
            return Mention(text, "place", sent, a, b, places[0].iri, [e.iri for e in entries],
                           confidence=0.7)
    if len(actors) == 1:
        return Mention(text, actors[0].kind, sent, a, b, actors[0].iri,
                       [e.iri for e in entries], confidence=0.6,
                       review=f"{text!r} also names: {names}; check which is meant")
    return Mention(text, entries[0].kind if entries else "unknown", sent, a, b, None,
                   [e.iri for e in entries], confidence=0.3,
                   review=f"{text!r} matches several: {names}; choose one")


def _check_role(m: Mention, known) -> None:
    if m.iri is None or m.role is None:
        return
    roles = {known[p].role for p in known[m.iri].holds if p in known}
    posts = [p for p in known[m.iri].holds if p in known and known[p].role == m.role]
    if posts:
        m.post = posts[0]
        m.confidence = max(m.confidence, 0.95)
    elif roles:
        m.review = (f"{m.text!r} is called {m.role_word!r} here, but holds "
                    f"{', '.join(sorted(r for r in roles if r))} in the registry; check")
        m.confidence = min(m.confidence, 0.6)


def _resolve_name(sent, start, end, name, role, word, gaz, unknown) -> Mention:
    possessive = POSSESSIVE.search(name)        # "President Trump's tariffs": Trump
    if possessive:
        name, end = name[:possessive.start()], end - len(possessive.group(0))
    hits, how = gaz.persons_by_name(name)
    if len(hits) > 1 and role:                 # the one holding a post with that role
        fitting = [h for h in hits if any(gaz.known[p].role == role
                                          for p in gaz.known[h].holds if p in gaz.known)]
        if len(fitting) == 1:
            hits = fitting
    text = sent.text[start:end]
    if len(hits) == 1:
        m = Mention(text, "person", sent, start, end, hits[0], hits, role=role, role_word=word,
                    confidence=0.95 if how == "exact" else 0.85)
        _check_role(m, gaz.known)
        if how == "surname" and m.review is None and m.post is None:
            m.review = f"{name!r} matched by surname to {local_name(hits[0])}; check"
        return m
    review = (f"unknown name: {name!r} ({word}) — not in the registry; declare or correct")
    if len(hits) > 1:
        review = (f"{name!r} ({word}) could be " + ", ".join(local_name(h) for h in hits)
                  + "; choose one or declare a new person")
    unknown.append(Unknown(name, "person", sent, role_word=word, review=review))
    return Mention(text, "person", sent, start, end, None, hits, role=role, role_word=word,
                   confidence=0.3, review=review)


def _resolve_role(sent, start, end, role, word, s, mentions, gaz, context: str = "") -> Mention:
    """A role word without a name ('de gouverneur'): the holder of the one known post with that
    role (or the one whose organisation is named right after it), and only when the context
    names the post's organisation, place or holder: being the only known director is no reason."""
    text = s[start:end]
    if role is None:
        return Mention(text, "role", sent, start, end, None, [], role=None, role_word=word,
                       confidence=0.3, review=f"{word!r}: no post role in the vocabulary "
                       "(ontology/vocab/post-roles.ttl); say who it is")
    posts = gaz.posts_with_role(role)
    if len(posts) > 1:
        after = [x for x in mentions if x.start >= end and x.start - end < 20 and x.iri]
        by_org = [p for p in posts if any(gaz.known[p].post_in == x.iri for x in after)]
        if len(by_org) == 1:
            posts = by_org
    every_post = posts
    posts = [p for p in posts if context_agrees(context_names(p, gaz.known), context)]
    if len(posts) == 1 and len(gaz.known[posts[0]].held_by) == 1:
        holder = next(iter(gaz.known[posts[0]].held_by))
        return Mention(text, "person", sent, start, end, holder, [holder], role=role,
                       role_word=word, post=posts[0], confidence=0.6,
                       review=f"{word!r} taken to be {local_name(holder)} "
                       f"(the only known {role}); check")
    holders = sorted(h for p in (posts or every_post) for h in gaz.known[p].held_by)
    return Mention(text, "role", sent, start, end, None, holders, role=role, role_word=word,
                   confidence=0.3,
                   review=f"which {word}? " + ("candidates: " + ", ".join(local_name(h) for h in holders)
                                               if holders else "no known post with this role")
                   + "; nothing around it says which: give the id or declare a new person")


# words inside one capitalised name ("Ministry of Transport", "Research & Development"); not
# "and": "Friesland and Water Alliance" are two
_JOINERS = {"of", "for", "in", "&", "voor"}


# people of an organisation, who are not it: "Representatives of Peel Holdings"
_PEOPLE_OF = r"representatives|members|partners|partner['’]s|delegates|staff|vertegenwoordigers|leden"


_POSSESSIVE_WORD = re.compile(r"\w[’']s$")
_ARTICLES_IN_NAME = {"the", "de", "het"}
# an adjective before "and" in a body's name ("of Local and Regional Authorities"), not a place
# ("Province of Zuid-Holland and Hebei Province": two)
_ADJECTIVE = re.compile(r"[A-Z]\w*(?:nal|cal|ral|ial|mic|tic|lic)|Municipal|Foreign|Small|Medium|"
                        r"Private|Urban")


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
            if _POSSESSIVE_WORD.search(run[-1][2]) and ORG_WORDS.search(
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
            elif w2.lower() in PARTICLES | _JOINERS \
                    and j + 1 < len(tokens) and tokens[j + 1][2][0].isupper() \
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
        if not run:
            continue
        if len(run) == 1 and (at_start or stripped or run[0][2] in STARTERS
                              or len(run[0][2]) == 1):
            continue                            # (one letter: "B.C." is no two names B and C)
        # a possessive is no part of the name: "the Scottish Government’s plan"
        end = run[-1][1] - (2 if re.search(r"[’']s$", run[-1][2]) else 0)
        yield run[0][0], end, s[run[0][0]:end]


# ---------------------------------------------------------------- dates and amounts
def _short_of(short: str, full: str) -> bool:
    """'Schultz' of 'Schultz van Haegen': the first part of a family name with a particle."""
    rest = fold(full)[len(fold(short)):].split()
    return fold(full).startswith(fold(short) + " ") and bool(rest) and rest[0] in PARTICLES


_FORMS = {"provincie": "province", "province": "province", "gemeente": "municipality",
          "municipality": "municipality", "city of": "municipality", "stad": "municipality"}
_FORM_WORD = re.compile(r"^(?:(?P<a>provincie|province|gemeente|municipality|city of|stad) )?(?P<core>.+?)"
                        r"(?: (?P<b>provincie|province))?$", re.IGNORECASE)


def _form_of(name: str) -> tuple[str, str | None]:
    """(the name without its form word, the form word's kind): 'North West Provincie' ->
    ('north west', 'province'), 'Drenthe' -> ('drenthe', None)."""
    m = _FORM_WORD.match(name)
    form = (m.group("a") or m.group("b") or "").lower()
    return fold(m.group("core")), _FORMS.get(form)


def _abbreviates(short: str, full: str) -> bool:
    """'Invest NI' of 'Invest Northern Ireland': the same words, the last ones by their initials."""
    ws, wf = short.split(), full.split()
    if not ws or not re.fullmatch(r"[A-Z]{2,6}", ws[-1]) or len(wf) <= len(ws):
        return False
    head = len(ws) - 1
    rest = [w for w in wf[head:] if w[:1].isupper()]
    return [fold(w) for w in wf[:head]] == [fold(w) for w in ws[:-1]] and \
        "".join(w[0] for w in rest) == ws[-1]


def _plain(name: str) -> str:
    return fold(name.replace("’", "'"))


def dedupe_unknown(items: list[Unknown]) -> list[Unknown]:
    """One entry per name (folded); a person named by a family name that one other person of
    the text has as the end (or, one word, the start) of a full name ('Jorritsma', 'John
    Jorritsma'; 'Xie', 'Xie Yuan') is that person: the
    short name becomes an alias of the full one (kg.extract.actors), for the reviewer to check;
    so is an organisation's name that begins one other's ('Hebei', 'Hebei province')."""
    out: dict[str, Unknown] = {}
    for u in items:
        key = fold(u.name)
        rank = {"person": 2, "organisation": 1}        # a kind found once holds for the name
        if key not in out or rank.get(u.kind, 0) > rank.get(out[key].kind, 0):
            out[key] = u
    people = [u for u in out.values() if u.kind == "person" and not u.unnamed]
    for u in people:
        # (one word that begins a full name is that person too: "Mr Xie" after "Xie Yuan", a
        # family name written first)
        # (either apostrophe: "Van 't Veld" after "Mirjam van ’t Veld")
        short, full = _plain(u.name), [(v, _plain(v.name)) for v in people]
        longer = [v for v, name in full if v is not u and len(v.name.split()) > len(u.name.split())
                  and (name.endswith(" " + short) or _short_of(u.name, v.name)
                       or " " not in u.name and name.startswith(short + " "))]
        if len(longer) == 1:
            longer[0].aliases.append(u.name)
            del out[fold(u.name)]
    # likewise an organisation whose name begins one other organisation's longer name ('Hebei',
    # 'Hebei province'; 'High Tech Campus', 'High Tech Campus Eindhoven')
    orgs = [u for u in out.values() if u.kind == "organisation"]
    for u in orgs:
        longer = [v for v in orgs if v is not u and (fold(v.name).startswith(fold(u.name) + " ")
                                                      or _abbreviates(u.name, v.name))]
        if len(longer) == 1:
            longer[0].aliases.append(u.name)
            out.pop(fold(u.name), None)
    # one body named with and without its form word, or with it in two languages ("Drenthe" and
    # "provincie Drenthe", "North West Provincie" and "North West Province"); not "gemeente
    # Groningen" and "Provincie Groningen", two bodies
    orgs = [u for u in out.values() if u.kind == "organisation"]
    for u in orgs:
        core, form = _form_of(u.name)
        same = [v for v in orgs if v is not u and fold(v.name) in out and _form_of(v.name)[0] == core
                and (form is None and _form_of(v.name)[1] is not None
                     or form is not None and _form_of(v.name)[1] == form and len(v.name) > len(u.name))]
        if fold(u.name) in out and len(same) == 1:
            same[0].aliases.append(u.name)
            del out[fold(u.name)]
    # an agreement named again after one was told: by "this"/"deze" ("Deze
    # samenwerkingsovereenkomst" after "het Memorandum of Understanding"), or by "the"/"het" or a
    # bare word that names the same kind ("Het MoU", "This memorandum"): that one, not another
    told: list[str] = []
    for key, u in list(out.items()):
        if u.kind != "agreement":
            continue
        head = fold(u.name.split()[-1])
        heads = {head, "memorandum of understanding"} if head == "mou" else {head}
        if told and _DEMONSTRATIVE.match(u.name) or \
                (_REFERENCE.match(u.name) or len(u.name.split()) == 1) and \
                any(h in name for h in heads for name in told):
            del out[key]
        else:
            told.append(key)
    return list(out.values())


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
_DEMONSTRATIVE = re.compile(r"(?:deze|dit|die|dat|this|that|these|those)\s", re.IGNORECASE)
_REFERENCE = re.compile(r"(?:de|het|deze|dit|die|dat|the|this|that|these|those)\s", re.IGNORECASE)
