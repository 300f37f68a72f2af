"""Naming events: an event's name from the words of its sentence ('Visit to ...', 'Signing of
...', 'Participation in ...'), in the report's language."""
from __future__ import annotations

import re

from ..known import strip_accents
from ..model import Participant
from ..names import agreement_spans
from ..words import STARTERS, STYLE
from .cues import _BODY, _DETERMINER, _SIGNED, TITLED_MISSION


def slug(text: str, limit: int = 48) -> str:
    plain = strip_accents(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    s = s[:limit].rstrip("-")
    return s or "x"


def visited_words(s: str, end: int, word: str, parts: list[Participant]) -> str | None:
    """'Visit to wereldtentoonstelling Expo 2012' for a visit ('bezoek aan', 'visited') to
    no organisation the text names as one (not 'Visit to Minister Schultz')."""
    if not re.search(r"bezo|visit|tour", word, re.IGNORECASE) or \
            any(p.role == "visited-organisation" for p in parts):
        return None
    # (a visit by whom, by its noun: "a visit by Zhu Chen, the Mayor of Lishui", "een bezoek van
    # burgemeester Li aan Zeist")
    by = re.match(r" (by|from|van) ((?:the |de |het )?[^,.;:()]{3,60}?)(?=[,.;:()]| to | aan | in | "
                  r"op | on | at | te |$)", s[end:])
    if by and re.fullmatch(r"visit|bezoek", word, re.IGNORECASE):
        return f"{'Bezoek' if by.group(1) == 'van' else 'Visit'} {by.group(1)} {by.group(2)}"
    # (after a Dutch verb its subject may come first: "bezocht de delegatie de haven", "bezoekt
    # de minister ook ASML": a pronoun, or a post or a group by its word)
    m = re.match(r"\s*(?:aan |to |naar )?(?:(?:hij|zij|ze|wij|we|(?:de|het) (?:delegatie|"
                 r"gezelschap|minister|burgemeester|wethouder|gedeputeerde|commissaris|gouverneur|"
                 r"premier|minister-president|staatssecretaris|college|groep|koning|koningin|prins|"
                 r"prinses|ambassadeur|consul)) )?(?:(?:ook|eveneens|daarna|vervolgens|nog|also) )?"
                 r"(?:de |het |the |een |a )?([^,.;:()]{3,60}?)"
                 r"(?=[,.;:()]| op | in | met | with | on | at | te | bij | involving | samen | "
                 r"waar | where | om | to |$)", s[end:])     # (" om te genieten": what for)
    # (a Dutch visit paid to what comes before it: "wordt aan enkele bedrijven een bezoek
    # gebracht")
    before = re.search(r"\baan (?:de |het )?([^,.;:()]{3,60}?) (?:een|enkele) $",
                       s[:end - len(word)])
    if before and not re.match(r"\s*aan\b", s[end:]):
        return f"Bezoek aan {before.group(1).strip()}"
    if m and re.fullmatch(STYLE, s[end + m.start(1):end + m.end(1) + 1].strip(" ,")):
        return None                     # ("bezocht drs. P. de Vries ...": a title, no place)
    return f"Visit to {m.group(1).strip()}" if m else None


# what an event with no one named is about, or where it is: "spreekt over toeristisch Fryslân",
# "a talk on water management", "op een beurs in Sichuan"
_ABOUT = re.compile(r"\b(?:over|about|on)\s+(?!(?:de|het|the|een|a|an|dinsdag|maandag|woensdag|"
                    r"donderdag|vrijdag|zaterdag|zondag|Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday|\d+)\b)([^,.;:()]{3,50}?)(?=\s+(?:op|in|at|te|met|with|bij|"
                    r"during|tijdens|en|and)\b|[,.;:()]|$)")
_WHERE = re.compile(r"\b(?:in|te|at)\s+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)")


def bare_kind_words(s: str, word: str) -> str:
    """'Talk about toeristisch Fryslân', 'Talk in Sichuan' for an event of a kind with no one
    named to be with: what its sentence says it is about, or else where; the bare kind word
    ('Talk') when it says neither."""
    about = _ABOUT.search(s)
    if about:
        return f"{word} about {about.group(1).strip()}"
    where = _WHERE.search(s)
    return f"{word} in {where.group(1)}" if where else word


def joined_words(s: str, end: int, what: str = "Participation in") -> str | None:
    """'Participation in InnoVEX' for 'to participate in InnoVEX, the ...' ('Speech at ...'
    for a speech)."""
    m = re.match(r"\s*(?:de |het |the |een |a |an )?([^,.;:()]{3,60}?)(?=[,.;:()]| op | in | on | met | "
                 r"with | om | to |$)", s[end:])
    # (the next event of a list starts after 'and': "attending the X exhibition and meetings";
    # a name cut before the next cue ends on a word of substance: "opening ceremony of the")
    name = re.sub(r"(?:\s+(?:en|and|of|of the|van|van de|van het|the|de|het))+$", "",
                  m.group(1).strip()) if m else ""
    return f"{what} {name}" if name else None


def clause_words(s: str, start: int) -> str:
    """'culinaire route door de Hulster binnenstad', 'gezamenlijke zitting met als centraal
    thema toerisme': the cue's words up to the end of their clause."""
    # (a full stop inside a sentence is an abbreviation's: "van fam. Wijers")
    words = re.match(r"(?:[^,.;:()]|\.(?= \S))+?(?=\s*(?:[,;:()]|\.(?! \S)|$| (?:waarbij|waar|"
                     r"where|which)\b))", s[start:])
    words = (words.group(0) if words else s[start:]).strip()
    if len(words) > 100:                    # (cut at a word, not inside one)
        words = words[:100].rsplit(" ", 1)[0]
    return words[:1].upper() + words[1:]


# a meal, reception or introduction named by its noun: the words that tell it
HOSTED_NOUN = re.compile(r"(?:werk)?lunch|working lunch|ontbijt|breakfast|diner|dinner|banket|"
                         r"banquet|ontvangst|receptie|reception|kennismaking(?: met)?",
                         re.IGNORECASE)


def hosted_words(s: str, start: int, end: int) -> str | None:
    """'Lunch aangeboden door VNG', 'Reception hosted by the Chamber', 'Ontvangst door het
    bestuur', 'Kennismaking met Overbetuwe': a meal, reception or introduction by its noun and
    who gives it, whom it is with or where it is, in the text's words; None when its clause says
    none of these nor which it is ('Diner deelnemers op eigen gelegenheid')."""
    # (with the word that says which: "officiële ontvangst", "a joint lunch")
    which = re.search(r"(?:officiële|gezamenlijke|feestelijke|informele|official|joint|special|"
                      r"informal|festive) $", s[:start], re.IGNORECASE)
    noun = s[which.start() if which else start:end]
    tail = r"[^,.;:()]{2,60}?(?=\s*(?:[,.;:()]|$| (?:waar|where|which|die|dat|om|to)\b))"
    if re.search(r"(?:met|with)$", noun):
        m = re.match(r"\s+(" + tail + ")", s[end:])
    else:
        # (or where it is: "ontvangst op het stadhuis", "lunch at the residence")
        m = re.match(r",?\s+((?:(?:aangeboden|georganiseerd|gegeven|verzorgd|offered|hosted|"
                     r"organi[sz]ed|given) )?(?:door|by|met|with|voor|for|ter ere van|in honou?r "
                     r"of|op|in|at|bij|te) " + tail + ")", s[end:])
    if m is None:
        return f"{noun[:1].upper()}{noun[1:]}" if which else None
    return f"{noun[:1].upper()}{noun[1:]} {m.group(1)}"


def noun_words(s: str, start: int, end: int) -> str | None:
    """'prijsuitreiking van de Entente Florale', 'presentations to Chamber of Commerce
    members', 'netwerkreis naar Kopenhagen': the noun that tells the event, with what
    (capitalised or quoted) it is of, to or at."""
    noun = re.search(r"[\w-]+$", s[:end]).group(0)
    m = re.match(r"(?: (?:van|of|in|at|to|for|op|aan|voor|naar|bij) (?:de |het |the )?"
                 r"(?:'[^']{2,40}'|‘[^’]{2,40}’|[A-Z][\w’'-]*(?: (?:of |for |and |van |voor )?"
                 r"[A-Z][\w’'-]*)*(?: members| leden)?))+", s[end:])
    # (as the text writes it: the name is then in the report's language)
    return noun + (m.group(0) if m else "")


def _parties_of(s: str, at: int) -> str:
    """What names the parties of the agreement whose word is at `at` (" between A and B", " with
    A"), when the sentence tells them; "" otherwise."""
    for a, b, name in agreement_spans(s):
        word = re.match(r"[^\s,;:.()]+", s[at:]).group(0)
        if a <= at < b and name.startswith(word) and \
                re.match(r" (?:between|tussen|with|met) ", name[len(word):]):
            return name[len(word):]
    return ""


def signed_words(s: str, start: int, end: int) -> str | None:
    """'Signing of a Memorandum of Understanding (MOU)', 'Signing of een overeenkomst': a
    signing by what is signed (the agreement its clause names, after the verb or before it),
    not by who signed it; None when the clause names no agreement."""
    clause_start = max(s.rfind(",", 0, start), s.rfind(";", 0, start)) + 1
    clause_end = min([i for i in (s.find(",", end), s.find(";", end)) if i >= 0] + [len(s)])
    for part, nearest, offset in ((s[end:clause_end], 0, end),
                                  (s[clause_start:start], -1, clause_start)):
        found = list(_SIGNED.finditer(part))       # (the one nearest the verb)
        if not found:
            continue
        m = found[nearest]
        # back over its own words: capitalised ones ("Smart City"), or up to three after a
        # determiner ("a new cooperation agreement")
        words = part[:m.start()].split()[-3:]
        at = next((i for i, w in enumerate(words) if w.lower() in _DETERMINER), None)
        own = words[at:] if at is not None else []
        if at is None:
            while words and words[-1][:1].isupper() and words[-1] not in STARTERS:
                own.insert(0, words.pop())
        what = " ".join(own + [m.group(0)]) + _parties_of(s, offset + m.start())
        return "Signing of " + (what[0].lower() + what[1:] if own and own[0].lower() in
                                _DETERMINER else what)
    return None


# the full stop of an abbreviation written with initials ("U.S.", "J.P."): no end of the words
_INITIAL_STOP = r"(?<=\b[A-Z])\."


def met_words(s: str, end: int, lang: str) -> str | None:
    """'Meeting with port authorities' for 'meetings with port authorities' when no one the
    text names is met ('Ontmoeting met ...' in a Dutch report)."""
    m = re.match(r"\s+(?:with|met)\s+(?:de |het |the )?((?:[^,.;:()]|" + _INITIAL_STOP + r"){3,60}?)"
                 r"\s*(?=[,;:()]|(?<!\b[A-Z])\.|$)", s[end:])
    if m is None:
        return None
    return f"{'Ontmoeting met' if lang == 'nl' else 'Meeting with'} {m.group(1)}"


# what an opening verb does, by its stem: (English noun, Dutch noun)
_OPENED = (("unveil", "Unveiling", "Onthulling"), ("onthul", "Unveiling", "Onthulling"),
           ("launch", "Launch", "Lancering"), ("lanceer", "Launch", "Lancering"),
           ("inaugur", "Inauguration", "Inhuldiging"), ("huldig", "Inauguration", "Inhuldiging"))


def opened_words(s: str, start: int, end: int, lang: str) -> str | None:
    """'Opening van de stand' for 'zullen de stand officieel openen' (the object before a
    Dutch verb, or after it: 'onthulde zij het monument'), 'Opening of the new office' for
    'opened the new office' (after an English one), in the report's language; 'Unveiling',
    'Launch' or 'Inauguration' ('Onthulling', 'Lancering', 'Inhuldiging') for what is unveiled,
    launched or inaugurated ('unveiled the representative office of Avalon City')."""
    verb = s[start:end].lower()
    en, nl = next(((e, n) for stem, e, n in _OPENED if stem in verb), ("Opening", "Opening"))
    # (what is opened comes after the verb, past a subject pronoun or a day: "opende op 13 april
    # de Holland Pavilion")
    after = re.match(r"\s*(?:(?:hij|zij|ze|wij|we|de \w+) )?(?:(?:op|on) [^,.;:()]{1,20}? "
                     r"(?=(?:the|a|an|de|het) ))?(?:officieel |feestelijk |formeel |officially )?"
                     r"(?P<art>the|a|an|de|het) "
                     r"(?P<what>[^,.;:()]{3,60}?)(?=\s+(?:in|at|on|with|together|during|for|"
                     r"to|which|that|te|op|met|samen|tijdens|voor|door|by)\b|[,.;:()]|$)", s[end:])
    # the passive tells it first: "The fair was opened by ...", "De beurs werd geopend door ..."
    passive = re.match(r"(?:(?:On|Op) [^,]{1,30}, )?(?P<art>(?i:the|de|het|an?|een)) "
                       r"(?P<what>[^,.;:()]{2,60}?) (?:was|were|is|are|werd|werden|wordt|worden)"
                       r"(?: [\w-]+){0,3} $", s[:start])
    # a Dutch object before its verb in a clause of its own ("zullen de stand officieel openen",
    # "die de beurs opende"), not the subject of a main clause ("De Commissaris van de Koning
    # opende de beurs": what follows the verb is what it opened)
    m = re.search(r"\b(?P<art>de|het) (?P<what>(?:nieuwe )?[\w-]+(?: [A-Z][\w-]*)*)"
                  r"(?: (?:officieel|feestelijk|formeel))? $", s[:start]) \
        if lang == "nl" and not (after and re.fullmatch(r"opende|openden|opent|onthulde|onthulden|"
                                                         r"onthult|lanceerde|lanceerden|"
                                                         r"huldigde", verb)) else None
    m = passive or m or after
    if m is None:
        return None
    what = m.group("what")
    if m is not passive and m is not after and not _OPENING_VERB.match(verb):
        what += " " + s[start:end]              # the cue is what was opened: "de Holland Pavilion"
    return f"{nl} van {m.group('art').lower()} {what}" if lang == "nl" else \
        f"{en} of the {what}"


_OPENING_VERB = re.compile(r"(?:ge)?open|unveil|onthul|launch|lanceer|gelanceerd|inaugur|"
                           r"ingehuldigd|huldig")


def mission_title(s: str, start: int = 0) -> str | None:
    """'2012 Council of the Federation Mission to China', 'Handelsmissie naar Vietnam 2023': the
    first mission named by its title from `start`, with where it went; None if none is."""
    m = TITLED_MISSION.search(s, start)
    if m is None:
        return None
    if re.search(r" (?:to|naar) ", m.group(0)):    # ("Handelsmissie naar Vietnam 2023")
        return m.group(0)
    to = re.match(r"(?: (?:to|naar) [A-Z][\w-]+(?: (?:and|en) [A-Z][\w-]+)?)?"
                  r"(?: (?:19|20)\d{2}\b)?", s[m.end():])
    return m.group(0) + to.group(0)


def session_name(s: str, lang: str) -> str:
    """'Zitting van het college', 'Session of the council': a governing body's session named
    by the body, in the report's language."""
    body = _BODY.search(s)
    if body is None:
        return "Zitting" if lang == "nl" else "Council session"
    word = body.group(0)
    if lang != "nl":
        return f"Session of the {word}"
    article = "" if word.lower().endswith("staten") else \
        "de " if word.lower().endswith("raad") else "het "
    return f"Zitting van {article}{word}"


def proper_name(s, a, b) -> str | None:
    """'het Netherlands Battery Technologies Seminar', 'het Women in Tech evenement'."""
    for m in re.finditer(r"((?:[A-Z][\w-]*)(?: (?:in|of|for|and|&|[A-Z][\w-]*))*)"
                         r"( (?:evenement|event|seminar|Seminar|Day|Conference|Forum|Fair|"
                         r"Expo|Summit|Festival|Symposium))(?![\w-])", s[a:b]):
        name = (m.group(1) + m.group(2)).strip()
        words = name.split()
        while words and words[0] in STARTERS:
            words = words[1:]
        if len(words) >= 2:
            return " ".join(words)
    return None


# words before an event noun that are no kind of it: articles, prepositions, numbers, "other",
# the verbs that take part in one
_NO_MODIFIER = {"attend", "attends", "attended", "attending", "hold", "holds", "held", "host",
                "hosts", "hosted", "organise", "organised", "organize", "organized", "join",
                "joined", "bijwonen", "organiseren", "organiseert", "georganiseerde", "bezoeken",
                "a", "an", "the", "and", "or", "of", "for", "to", "in", "at", "on", "with", "by",
                "several", "various", "other", "many", "some", "two", "three", "een", "de", "het",
                "en", "van", "voor", "naar", "in", "op", "met", "bij", "diverse",
                "verschillende", "andere", "enkele", "twee", "drie", "this", "these", "dit", "deze"}


def modified_noun(s: str, start: int, end: int) -> str | None:
    """'Networking events' for '..., networking events and ...': a bare event noun named by the
    word before it that says its kind (so no draft is named just 'Event'); None when none does.
    A noun that names its kind itself is named by it, with its modifier ('Centrale
    netwerkbijeenkomst' for 'naast een centrale netwerkbijeenkomst', 'Roadshow')."""
    named = re.fullmatch(r"netwerkbijeenkomst(?:en)?|roadshows?", s[start:end],
                         re.IGNORECASE)
    if not named and not re.fullmatch(r"events?|evenement(?:en)?", s[start:end], re.IGNORECASE):
        return None
    before = s[:start].split()[-1:]             # one word: "networking events"
    if not before or not re.fullmatch(r"[a-z][\w-]*", before[0]) or before[0] in _NO_MODIFIER:
        return s[start:end][:1].upper() + s[start:end][1:] if named else None
    name = f"{before[0]} {s[start:end]}"
    return name[:1].upper() + name[1:]


_CELEBRATED = re.compile(r"(?:\b(?:het|de|hun|zijn|haar|the|its|their|our) (?:[\w-]+ ){0,3}?|"
                         r"(?<=\s)(?:[\w-]+ ){0,2}?(?=[\w-]+ (?!(?:het|de|the)\b)))"
                         r"(?:jubileum|verjaardag|bestaan|anniversary|jubilee|birthday)\b"
                         r"[^,.;:()]{0,60}?(?=[,.;:()]|$| (?:in|on|op|met|with|om|to|and|en|"
                         r"when|toen|waar|where)\b)", re.IGNORECASE)


def celebrated_words(s: str, end: int, lang: str) -> str | None:
    """'Celebration of the 40th anniversary of Voerde district' for 'to help celebrate the 40th
    anniversary of Voerde district', 'Viering van het 25-jarig jubileum van de stedenband' for
    'vierden beide steden het 25-jarig jubileum van de stedenband': what is celebrated, from its
    article."""
    m = _CELEBRATED.search(s, end)
    if m is None:
        return None
    return f"{'Viering van' if lang == 'nl' else 'Celebration of'} {m.group(0).strip()}"
