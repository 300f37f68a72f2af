"""People in a sentence by their titles: a role word with the name after it (or before it,
or in an apposition), plural role words before a list of names, offices of places."""
from __future__ import annotations

import re

from ..bodies import body_spans
from ..known import Gazetteer
from ..model import Mention, Sentence, Unknown
from ..names import holder_after_title, is_portfolio_word, office_phrase
from ..words import (COUNTRIES, NAMED_ONLY, NATIONALITY, ORG_WORDS, PARTICLES, PORTFOLIOS, ROLE_OF,
                     ROLE_RX, ROYAL, STARTERS, STOP_NAMES, STYLE, UPPER)
from .resolve import check_role, resolve_name, resolve_role, title_before, within


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
        # ("gedeputeerde Roefs het Presidium ...": an object after the name; "het" is a
        # particle only after another, "van het Hof")
        if core.lower() in PARTICLES and taken and j < len(tokens) and j - i <= 3 \
                and tokens[j][2][:1].isupper() and not (
                    core.lower() in ("het", "’t", "'t") and taken[-1][2].lower() not in PARTICLES):
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
# the body or town of a post: "van VNO-NCW", "of the Lima Ports Agency"; a town keeps its river or
# hill words ("Krimpen aan den IJssel", "Bergen op Zoom", "Newcastle upon Tyne", "Frankfurt am
# Main"), and a nationality with a form word before it is no part of it ("van de Hongaarse
# gemeente Kiskőrös", "of the German town Gauting": the town)
_POST_IN = re.compile(r" (?:van|of) (?:de |het |the )?(?:" + UPPER + r"[\w’'-]+ (?:gemeente|stad|"
                      r"provincie|regio|deelstaat|town|city|municipality|province|region|county|"
                      r"district|state) )?(?P<org>[A-Z][\w’'&-]*(?:(?: (?:van|of|voor|for|de|der|&|"
                      r"aan den|aan de|aan het|aan|op|upon|am|an der|an den|sur))? [A-Z][\w’'&-]*)*)")
_PORTFOLIO = re.compile(r"minister|staatssecretaris|secretary|commissaris|commissioner",
                        re.IGNORECASE)
# a name of two words or more right before ", <role word>" (an apposition) or "(<role word>":
# "John Jorritsma, ", "Brigit van Dijk - van de Reijt, ", "Mr Povilas Žagunis ("
_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>" + UPPER + r"[\w’'-]+(?:(?: | - | – )(?:(?:van|de|"
                          r"der|den|ter|ten|von|la|le|du|[’']t) )*" + UPPER + r"[\w’'-]+)+)"
                          r"(?P<sep>, (?:de |the )?| \()$")


# a party's name written onto a post: "de VLD-burgemeester", "CDA-wethouder", "D66-minister",
# "PvdA/GroenLinks-raadslid", "ChristenUnie-wethouder" (a capital or digit inside the word: "Oud-"
# in "Oud-wethouder" is no party)
_PARTY = r"[A-Z][a-z]*[A-Z0-9][\w&]*"
_PARTY_PREFIX = re.compile(r"(?<![\w/-])" + _PARTY + r"(?:/" + _PARTY + r")*-(?=[a-z])")


def _without_party_prefixes(s: str) -> str:
    """The sentence with each party prefix's hyphen a space (same length, same positions), so
    that "VLD-burgemeester" is read as the role word "burgemeester"."""
    return _PARTY_PREFIX.sub(lambda m: m.group(0)[:-1] + " ", s)


def party_titles(s: str) -> list[tuple[int, int]]:
    """The spans of role words with a party written onto them ("VLD-burgemeester"): a title,
    no name of its own."""
    return [(p.start(), r.end()) for p in _PARTY_PREFIX.finditer(s)
            if (r := ROLE_RX.match(_without_party_prefixes(s), p.end()))]


def _name_before(s: str, role_start: int, role_end: int) -> tuple[int, int] | None:
    """The name a title follows after a comma: "John Jorritsma, Mayor of Eindhoven", and with an
    article when the title is an office of something ("Anna Berg, de burgemeester van Lavaux",
    "Anna Berg, the Mayor of Lavaux"); a sentence's opening word is no part of it ("Then Anna
    Berg, Mayor of ..."); a party written onto the title is no part of it ("Anna Berg, de
    CDA-burgemeester van Lavaux"). None when no name of two words or more comes first."""
    party = re.search(r"(?<![\w/-])" + _PARTY + r"(?:/" + _PARTY + r")*-$", s[:role_start])
    if party is not None and _PARTY_PREFIX.match(s, party.start()):
        role_start = party.start()
    m = _NAME_BEFORE.search(s[:role_start])
    if m is None:
        return None
    na, nb = m.start("name"), m.end("name")
    while s[na:nb].split()[0] in STARTERS and " " in s[na:nb]:
        na += len(s[na:nb].split()[0]) + 1
    if " " not in s[na:nb]:
        return None
    if m.group("sep").strip(", (") and (ORG_WORDS.search(s[na:nb]) or
                                        not re.match(r" (?:van|of)\b", s[role_end:])):
        return None                             # ("the Committee, the Chair said")
    return na, nb


# a list of people each followed by their titles: "Anna Berg, Vice-Eerste Minister en Minister van
# Handel, Jan de Wit, Minister-President van de Regering en Céline Dupont, Brussels Minister van
# Economie": a name of two words or more, a comma, a role word (perhaps after one adjective); the
# title runs on to the next such name, a ";", ":" or a comma before a lower-case word (", led a
# delegation"), and every role word in it is that person's
APPOSED_NAME = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?: (?:(?:van|de|der|den|ter|ten|von|la|"
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


# a plural minister before a list of portfolios: "the ministers of Defence, Agriculture and
# Commerce", "de ministers van Defensie en Landbouw": one unnamed holder each (every item a
# portfolio: not "the ministers of China and Japan")
_PORTFOLIO_ITEM = r"[A-Z][\w-]+(?: (?:[A-Z][\w-]+|Zaken))*"
_PLURAL_PORTFOLIOS = re.compile(r"(?<![\w-])(?P<word>(?i:ministers|staatssecretarissen)) "
                                r"(?P<of>of|for|van|voor) (?P<list>" + _PORTFOLIO_ITEM
                                + r"(?:, " + _PORTFOLIO_ITEM + r")*,? (?:and|en) "
                                + _PORTFOLIO_ITEM + r")")


def appositions(s: str) -> list[tuple[int, int, int]]:
    """(name start, name end, title end) of each 'Name, Title' in a sentence."""
    found = []
    for m in APPOSED_NAME.finditer(s):
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


# an office named by whose it is: "the Office of the President", "the Office of the Governor of
# Lavaux" (an organisation by its name, not the President)
_OFFICE_OF = re.compile(r"\bOffice of the $")


def titled_people(sent: Sentence, gaz: Gazetteer, mentions: list[Mention], unknown: list[Unknown],
                  context: str) -> tuple[list[Mention], list, list[tuple[int, int]]]:
    """The people that role words name: the mentions with them, the appositions of the
    sentence (its titled names) and the spans of titles before their holders' names."""
    s = sent.text
    known = gaz.known
    # role words, with the name that follows them (or before them, in a list of titled names)
    titled = appositions(s)
    seen_titles: set[int] = set()
    title_spans: list[tuple[int, int]] = []     # titles before their holder's name
    # a body's name is no title before a name: "Gedeputeerde Staten" is the executive, not a
    # gedeputeerde called Staten
    bodies = [(a, b) for a, b, _ in body_spans(s)]
    for m in ROLE_RX.finditer(_without_party_prefixes(s)):
        if within(m.start(), m.end(), bodies) or _OFFICE_OF.search(s[:m.start()]):
            continue                            # ("the Office of the President": a body's name)
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
                mentions.append(resolve_name(sent, na, nb, s[na:nb], role, m.group(0), gaz,
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
                mentions.append(resolve_name(sent, na, nb, s[na:nb], role, m.group(0), gaz,
                                              unknown))
                mentions[-1].title = title_before(s, x.start, na)
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
                check_role(hit, known)
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
                mentions.append(resolve_name(sent, m.start(), nb, name, role, word, gaz,
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
        before = _name_before(s, m.start(), m.end()) if span is None else None
        if before is not None and not any(x.start < before[1] and x.end > before[0]
                                          for x in mentions):
            # "John Jorritsma, Mayor of Eindhoven", "Brigit van Dijk, CEO BOM": the name before
            na, nb = before
            style = re.match(STYLE + r" (?=\w+ )", s[na:nb])
            na += style.end() if style else 0   # ("Mr Povilas Žagunis (Mayor of ...)")
            mentions.append(resolve_name(sent, na, nb, s[na:nb], role, word, gaz, unknown))
            continue
        holder = holder_after_title(s, m.end()) if span is None else None
        if holder is not None and not any(x.start < holder[1] and holder[0] < x.end
                                          for x in mentions):
            # "the British Ambassador to Peru, Jan de Vries": the title's holder follows it; the
            # title's words name no one else
            na, nb = holder
            mentions.append(resolve_name(sent, na, nb, s[na:nb], role, word, gaz, unknown))
            mentions[-1].title = title_before(s, m.start(), na)
            title_spans.append((m.start(), na))
            continue
        if holder is not None and any((x.start, x.end) == holder and x.kind == "person"
                                      for x in mentions):
            continue                            # "..., Senator the Hon. Jan Mol": his, no one else's
        if NAMED_ONLY.fullmatch(word):
            continue                            # "de voorzitter", "de Prins": told of elsewhere
        mention = resolve_role(sent, m.start(), m.end(), role, word, s, mentions, gaz,
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
    return mentions, titled, title_spans


def listed_holders(sent: Sentence, gaz: Gazetteer, mentions: list[Mention],
                   unknown: list[Unknown]) -> None:
    """The holders a plural role word lists (added to `mentions` and `unknown`)."""
    s = sent.text
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
            mentions.append(resolve_name(sent, na, nb, n.group("name"), role, word, gaz,
                                          unknown))
    offices = [(m, re.findall(_PORTFOLIO_ITEM, m.group("list")))
               for m in _PLURAL_PORTFOLIOS.finditer(s)]
    offices = [(m, items) for m, items in offices
               if all(is_portfolio_word(i.split()[0]) for i in items)]
    offices += [(m, re.findall(_LISTED_NAME, m.group("list"))) for m in _PLURAL_OFFICE.finditer(s)]
    for m, items in offices:
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        word = _PLURAL_ROLES[m.group("word").lower()]
        role = next((n for rx, n in ROLE_OF if rx.match(word)), None)
        for item in items:
            written = word[:1].upper() + word[1:] if m.group("word")[:1].isupper() else word
            office = f"{written} {m.group('of')} {item}"      # ("the Presidents of ...")
            review = f"{office!r}: an office holder the text does not name; declare as unnamed"
            unknown.append(Unknown(office, "person", sent, unnamed=True, review=review))
            mentions.append(Mention(office, "role", sent, m.start("word"), m.end("word"), None,
                                    [], role=role, role_word=word, confidence=0.5,
                                    review=review, unnamed=True))
