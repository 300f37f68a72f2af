"""Events: the mission's programme items and other events, with their participants."""
from __future__ import annotations

import re
from dataclasses import replace

from ..ingest import local_name
from .model import DateFact, EventDraft, Participant, Sentence
from .known import strip_accents
from .words import STARTERS
from .writer import FIRST_PERSON, writer_participant


# ---------------------------------------------------------------- events

# (regex, event type or None = decided by the object, what the cue means)
_STAGE_CUE = r"(?:travel|reis|reizen) (?:to|naar)(?= [A-Z][\w-]*(?: (?:and|en) [A-Z][\w-]*)? \(\d)"
# the events of a trip listed after the word ("our events – a business summit, a forum and an
# art exhibition –", "het programma: een receptie, een concert en een tentoonstelling."): one
# event each, its type by its last word
_PROGRAMME_LIST = re.compile(r"\b(?:events|evenementen|activities|activiteiten|programme|"
                             r"programma)\s*[–—:-]\s*(?P<list>[^–—.;:()]+?)\s*(?:[–—.;:]|$)",
                             re.IGNORECASE)
_LISTED_KINDS = (
    (r"summit|forum|conference|congres|conferentie|symposium|seminar|workshop", "conference"),
    (r"concert|exhibition|tentoonstelling|expositie|performance|voorstelling|show|festival",
     "cultural-programme"),
    (r"reunion|reünie|reception|receptie|gala|ceremony|ceremonie", "networking-event"),
    (r"dinner|diner|banquet|banket", "dinner"), (r"lunch", "working-lunch"))


def _programme_list(s: str) -> list[tuple[str, str]]:
    """The events a sentence lists after 'events' or 'programme', with their types; none unless
    every item of the list ends in a word of an event."""
    m = _PROGRAMME_LIST.search(s)
    if m is None:
        return []
    items = [re.sub(r"^(?:a|an|the|een|de|het)\s+", "", x.strip(), flags=re.IGNORECASE)
             for x in re.split(r",\s*|\s+(?:and|en)\s+", m.group("list"))]
    out = []
    for item in items:
        last = item.split()[-1].lower() if item.split() else ""
        kind = next((k for rx, k in _LISTED_KINDS if re.fullmatch(rf"(?:{rx})s?", last)), None)
        if kind is None or len(item.split()) > 5:
            return []
        out.append((item, kind))
    return out if len(out) >= 2 else []


# meetings held as a habit ("yearly meetings", "jaarlijkse ontmoetingen"): no event of their own
# (nor meetings named with contacts in general: "de bestuurlijke contacten en ontmoetingen
# tussen A en B worden afgebouwd")
_HABITUAL = re.compile(r"\b(?:yearly|annual|monthly|weekly|regular|jaarlijkse|maandelijkse|"
                       r"wekelijkse|regelmatige|periodieke|(?:contacten|contacts|betrekkingen|"
                       r"relations) (?:en|and)) $", re.IGNORECASE)
_STAGE = re.compile(r"(?:travel|reis|reizen) (?:to|naar)", re.IGNORECASE)
EVENT_CUES = [
    # (a caption in the present tense too: "Minister meets Director General Jia")
    # (and one still to come: "is scheduled to meet with", "will also meet with"; a bare
    # "meet" may be "meet the demand"; "zal de gouverneur ontmoeten" with whom it is, where
    # "elkaar jaarlijks ontmoeten" is no meeting)
    (r"ontmoeting(?:en)?|meetings?|met with|meets(?: with)?|ontmoet(?:te|ten)?|meet with|"
     r"(?:will|shall|to) (?:also )?meet|(?:zal|zullen) (?:[\w’'-]+ ){0,6}?ontmoeten|"
     # the writer or someone told of met a name ("I met NTT", "she met Governor Li"; a bare
     # "met" is Dutch for "with")
     r"(?-i:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey) (?:also |then |later |first )?met(?= (?-i:[A-Z]))|"
     # a body that meets: "Het comité vergaderde voor het eerst", "kwam bij elkaar", "convened"
     r"vergaderde(?:n)?|(?:kwam|kwamen) (?:[\w-]+ ){0,5}?(?:bijeen|bij elkaar)\b|convened",
     "bilateral-meeting", "meeting"),
    # (the verbs too: "lunchte met 3 academici", "lunched with", "dineerde met")
    # a session held together: "gevolgd door een gezamenlijke zitting", "a joint session"
    (r"(?:gezamenlijke|gemeenschappelijke) (?:zitting|vergadering|bijeenkomst)|joint "
     r"(?:session|meeting)", "bilateral-meeting", "object"),
    # a walk or ride through a town is a cultural part of the programme: "een culinaire route
    # door de binnenstad", "a walking tour of the old town", "een rondvaart"
    (r"culinaire (?:route|wandeling)|culinary (?:route|tour|walk)|stadswandeling|city walk|"
     r"walking tour|rondvaart|boat tour|rondrit", "cultural-programme", "object"),
    (r"ontbijt|breakfast|(?:werk)?lunch|working lunch|lunch(?:te|ten)|lunched", "working-lunch", "meeting"),
    (r"\w*diners?|dinner|\w*banket|banquet|dineerde|dineerden|dined", "dinner", "meeting"),
    (r"ondertek\w*|getekend|tekenden|tekende|signed|signing|sign", "signing", "object"),
    # an agreement concluded is one signed: "werd een overeenkomst afgesloten", "concluded an
    # agreement" (not "de missie werd afgesloten met een diner": ended)
    (r"(?:af)?gesloten(?= (?:\w+ ){0,2}\w*(?:overeenkomst|convenant|protocol|akkoord))|"
     r"\w*(?:overeenkomst|convenant|protocol|akkoord)(?= (?:\w+ ){0,3}?(?:af)?gesloten\b)|"
     r"concluded(?= (?:an? |the )?(?:\w+ )?(?:agreement|contract|memorandum))", "signing",
     "object"),
    # a governing body's session that decides on the mission: "In de zitting van 10 januari 2014
    # keurde het college ... goed", "Het college keurde op 21 februari ... goed", "the council
    # approved the mission on 3 May"
    (r"(?:collegezitting|raadszitting|raadsvergadering|zitting)(?= (?:van|op) (?:\w+ )?\d)|"
     r"(?:college|gedeputeerde staten|gemeenteraad|provinciale staten|raad|council|cabinet|"
     r"executive) (?:\w+ )?(?:keurde|keurden|besliste|beslisten|besloot|besloten|approved|"
     r"decided|agreed)\b|"
     # the verb first, as Dutch puts it after a time: "Op 25 september besloot de gemeenteraad"
     r"(?:keurde|keurden|besliste|beslisten|besloot|besloten) (?:het college|de gemeenteraad|"
     r"de raad|gedeputeerde staten|provinciale staten)\b|"
     # the perfect tense: "Het college heeft op 12 maart 2019 besloten ..."
     r"(?:college|gedeputeerde staten|gemeenteraad|provinciale staten|raad) (?:heeft|hebben) "
     r"(?:[^.;,]{0,40}? )?(?:besloten|goedgekeurd|ingestemd)\b|"
     # the passive: "werd in maart door de gemeenteraad vastgesteld dat ...", "was approved by
     # the city council"
     r"door (?:het college|de gemeenteraad|de raad|gedeputeerde staten|provinciale staten) "
     r"(?:\w+ )?(?:vastgesteld|besloten|goedgekeurd)\b|(?:approved|adopted) by the (?:city |"
     r"county |provincial |municipal |regional )?(?:council|cabinet|executive)\b|"
     # a body that heard a report met to hear it: "The Cabinet was informed that ...", "De
     # raad werd geïnformeerd over ..."
     r"(?<![\w-])(?:council|cabinet|executive|college|gemeenteraad|raad|gedeputeerde staten|"
     r"provinciale staten) (?:was|were|werd|werden|is|zijn) (?:informed|told|briefed|"
     r"geïnformeerd|ingelicht)\b",
     "council-session", "object"),
    # another trip than the one reported ("Mayor Ko led a delegation to visit Eindhoven", "zal
    # er ook een ambtelijke delegatie afreizen naar Rundu", "travelled to China as well")
    # (not "reizen naar het buitenland": trips abroad, no place named)
    (r"(?:travell?ed to|reisde naar|reizen naar|afreizen naar|vertrekken naar|vertrok naar)"
     r"(?! (?:het buitenland|abroad)\b)|led a delegation|leidde een delegatie|"
     # a first or earlier visit told of, a trip of its own: "In juni 2003 bracht het college
     # voor het eerst een bezoek aan X", "paid its first visit to X"
     r"(?:bracht|brachten) (?:[\w-]+ ){0,14}?(?:voor het eerst|eerder|destijds) een "
     r"(?:\w+)?bezoek aan|paid (?:its|his|her|their|a) first visit to|"
     # "op een eerdere missie", "an earlier trade mission"
     r"een (?:eerdere |vorige |volgende |nieuwe )?(?:handels|economische )?missie|"
     r"an? (?:earlier |previous |next |new )?(?:trade |economic )?mission|"
     # another group's trip by its kind: "een netwerkreis", "a Welsh Government food and drink
     # trade mission", "one of Wales’ largest ever trade missions"
     # (the words between describe the trip: no article or preposition, which would start
     # another noun: "een diner ter gelegenheid van de handelsmissie" is a dinner; nor a bare
     # plural: "so many trade missions" names none)
     r"(?:een|a|an|one of) (?:(?!(?:de|het|the|van|of|ter|voor|for|to|naar|met|with|in|op|at|on|"
     r"aan|bij|by|during|tijdens)\b)[\w’'-]+ ){0,6}?(?:(?:handels|netwerk|studie)(?:missie|reis)|"
     r"(?:trade|business|study|networking) (?:missions?|trips?))|"
     # "kwam ook al een delegatie van ambtenaren naar Groningen": another group's trip
     r"(?:een|a|an) (?:[\w-]+ )?(?:delegatie|delegation)(?: (?:van|of|uit|from) [\w-]+)? "
     r"(?:naar|to)(?= [A-Z])",
     "mission", "object"),
    # a stage of the trip with its own days: "travel to Delhi (2-3 June 2008) to sign ...",
    # "reis naar Osaka (4 - 6 juni)"
    (_STAGE_CUE,
     "regional-visit", "object"),
    # "to participate in InnoVEX", "neemt deel aan het World Urban Forum"
    (r"participat(?:e|es|ed|ing) in|t(?:ake|akes|ook|aking) part in|deel(?:nemen|genomen) aan|"
     r"(?:neemt|nam|namen) (?:\w+ )?deel aan|attend(?:s|ed|ing)?(?= (?:the|a|an) )|bijwonen|"
     r"bijgewoond", "networking-event", "join"),
    # (a bare "ontving" may be of a letter: a reception when guests are received)
    (r"ontvangst|ontvangen|receptie|reception|welcomed|ontving(?:en)?(?= [^.;]{0,80}?\b(?:de "
     r"delegatie|de gasten|het gezelschap|de bezoekers)\b)|received the (?:delegation|guests|"
     r"visitors)", "reception", "object"),
    # matchmaking: companies meet their counterparts ("een “matchingsbijeenkomst”", "a B2B
    # matchmaking session")
    (r"\w*matching\w*|matchmaking(?: events?| sessions?)?|b2b[- ](?:meetings?|gesprekken)",
     "conversation-with-companies", "object"),
    (r"netwerkbijeenkomst|viering|roadshow|celebration", "networking-event", "object"),
    (r"rondgeleid|rondleiding|toured|tour(?:ed)? of|guided tour", "pavilion-tour", "tour"),
    # round tables are talks, tours of facilities or sites are visits to them ("business
    # roundtables and facility tours")
    (r"round ?tables?|rondetafel(?:s|bijeenkomst(?:en)?)?", "talk", "object"),
    (r"(?:facility|site|plant|factory|company|bedrijfs) ?tours?", "company-visit", "object"),
    (r"paviljoen(?:s)?|pavilions?", "fair-visit", "object"),
    (r"seminar", "seminar", "object"),
    (r"geopend|opende|opent|openen|opened|opens", None, "open"),
    # an event named as taking place: "Tijdens het bezoek vindt de Hi-Tech Fair plaats", "the
    # Water Expo takes place" (not "Dit vindt reeds plaats op het gebied van ...": no event word)
    (r"(?:vindt|vinden|vond|vonden)(?= (?:[^.;:]{0,80}?[^\w.;:])?(?:Fair|Beurs|Expo|Forum|Summit|"
     r"Congres|Conference|Festival|Seminar|Symposium|Week)\b[^.;:]{0,40}? plaats\b)|"
     r"(?:takes|took|will take) place", "networking-event", "object"),
    (r"evenement(?:en)?|events?|reception|receptie", "networking-event", "object"),
    # ceremonies, presentations and conferences are events of their own ("de prijsuitreiking
    # van de wedstrijd", "presentations to local businesses", "the Mayoral Conference")
    (r"prijsuitreiking(?:en)?|uitreiking|awards? ceremon(?:y|ies)|prize[- ]giving|"
     r"presentaties?|presentations?", "networking-event", "object"),
    (r"conferenties?|conferences?", "conference", "object"),
    # getting to know someone is meeting them: "om kennis te maken met burgemeester Bús"
    (r"kennismaking(?:sgesprek)?(?: met)?|kennis (?:te )?(?:maken|maakte|maakten) met|"
     r"(?:maakt|maakte|maakten|maken) (?:[\w-]+ ){0,3}?kennis met|kennismaken met|"
     r"introductory meeting with", "bilateral-meeting", "meeting"),
    # speaking at something is taking part in it, as its speaker ("spreekt hij bij de Water
    # Dialogue", "spoke at the forum", "gave a keynote")
    (r"(?:spreekt|sprak|spreken|spraken) (?:(?!met )[\w-]+ ){0,4}?(?:bij|op|tijdens)|"
     r"(?:speaks|spoke|speaking) (?:at|during)|(?:houdt|hield|geeft|gaf) (?:hij |zij |ze )?"
     r"een (?:toespraak|speech|lezing|keynote)|(?:gives|gave|delivers|delivered) a (?:speech|"
     r"keynote|lecture)", "networking-event", "speak"),
    (r"bezocht|bezoekt|bezoek(?:en)? aan|bracht (?:hij |zij |de \w+ )?een bezoek|visited|visits? to|"
     r"paid a visit|bezichtig(?:en|de|den|d|ing)|"    # "het schilderij te bezichtigen in ..."
     r"(?:bedrijfs|werk)?bezoek(?:en)? (?:(?:worden|werden|wordt|werd) )?"
     r"af(?:leggen|gelegd|legt|legde|legden)|(?:bedrijfs|werk)bezoek(?:en)? aan", None, "visit"),
    (r"bezoek|visit", None, "visit-ref"),       # only as a reference back ("Tijdens het bezoek")
    (r"gesproken|\w*gesprek(?:ken)?|sprak|spreekt|spreken|spoke|speaks|talks?|discussed|"
     # ("in overleg met": in consultation with, how something was done, no talk of its own)
     r"besproken|bespreking|(?<!in )overleg",
     "talk", "talk"),
]
_SIGNED_ONCE = re.compile(r"(?:Signed|Getekend|Ondertekend) (?:in|op|on) [^,;.]{1,30}, ")
_CUE_RX = re.compile(r"(?<!\w)(" + "|".join(f"(?P<c{i}>{rx})" for i, (rx, _, _) in
                                          enumerate(EVENT_CUES)) + r")(?!\w)", re.IGNORECASE)
_REFERENTIAL = re.compile(r"(?:tijdens|na|naast|during|after|besides|voorafgaand(?:e)? aan|"
                          r"na afloop van|before|prior to|ahead of)\s+(?:het|de|dit|deze|the|"
                          r"this|these)\s+(?:\([^)]*\))?\s*\w*\s*$", re.IGNORECASE)
# the event as the subject of a sentence about it: "Het bezoek aan Gyeonggi, waarmee ...",
# "De verschillende bedrijfsbezoeken en bezoeken aan instituten dragen bij", "In de ontmoeting
# met de gouverneur is besproken", "Bij de ondertekening van dit Memorandum is afgesproken"
_SUBJECT_REF = re.compile(r"(?:(?:In|Bij|At|In the) )?(?:Het|De|The|Dit|Deze|This|These|de|het|the)"
                          r"(?: [\w-]+){0,3} ")
_SAME_TIME = re.compile(r"(?:At the same time|At that time|During the visit|That (?:evening|"
                        r"afternoon|morning)|The same day|Later that day|Tegelijkertijd|"
                        r"Tijdens dit bezoek|Diezelfde dag|Op dezelfde dag|Dezelfde dag|"
                        r"['’]s (?:Avonds|Middags|Ochtends))\b", re.IGNORECASE)
# the same words inside a sentence: "Er worden deze avond documenten getekend"
_SAME_TIME_WITHIN = re.compile(r"\b(?:deze avond|die avond|diezelfde (?:dag|avond|middag)|"
                               r"dezelfde (?:dag|avond|middag)|that (?:same )?(?:evening|"
                               r"afternoon|morning|day)|later that day)\b", re.IGNORECASE)
# taking part in the trip or a part of it ("namen deel aan het luik Angola", "took part in the
# Osaka leg of the mission") is no event of its own
_JOINED_TRIP = re.compile(r"\s*(?:de |het |the |this |deze |dit )?(?:[\w-]+ )?(?:missie|mission|"
                          r"bezoek|visit|reis|trip|delegati|luik|leg\b|etappe|stage\b|onderdeel)",
                          re.IGNORECASE)
# a sentence that says what the one before told was: "Dit betrof een eerste kennismaking.",
# "This was a first introduction."
_SAYS_WHAT_IT_WAS = re.compile(r"(?:Dit|Dat|Het|This|That|It) (?:betrof|was|concerned) (?:een|a|an)\b")
_PASSIVE = re.compile(r"\b(?:werd|werden|wordt|worden|was|were|is|are|zijn)\b", re.IGNORECASE)
_AT_EVENT = re.compile(r"(?:Op|Bij|In|At|On) (?:de|het|the) ([A-Z][\w-]{2,})[,\s]")
# what someone does, not what something is: a sentence with one of these tells an event
_VERB_CUE = re.compile(r"\b(?:bezocht|bezoekt|bezoeken|ondertek\w*|getekend|tekende\w*|signed|"
                       r"visited|visits|met with|ontmoette\w*|sprak|spoke|opende|opened|ontving|"
                       r"received|welcomed)\b", re.IGNORECASE)
_ROUTE = re.compile(r"\s*(?:the|de) (?:cities|towns|regions|provinces|steden|regio's|provincies)\b",
                    re.IGNORECASE)
# those someone goes with, listed after "samen met" / "together with": companions, not whom
# they visit ("Minister X bezocht samen met de Boerenbond en Vlaams Centrum voor Y de NFU")
_WITH_WHOM = re.compile(r"(?:samen met|together with|along with|accompanied by|vergezeld (?:door|"
                        r"van))\s+(?:(?:de|het|the)\s+)?(?:(?:[A-Z][\w’'&-]*|voor|for|of|van|&)"
                        r"\s+)*?(?:(?:,|en|and)\s+(?:(?:de|het|the)\s+)?)?$")
_AND_WITH = re.compile(r",? (?:en|and) (?:met|with) ", re.IGNORECASE)
_TRAVEL = re.compile(r"travell?ed to|reisde naar|reisden naar|reizen naar|reist naar|"
                     r"vertrekken naar|vertrok naar|vertrokken naar|went to|flew to|vloog naar",
                     re.IGNORECASE)
_NEW_TRAVELLER = re.compile(r"\b(?:een|a|an|ook|also|eveneens|as well|too)\b", re.IGNORECASE)
# "hebben wij de burgemeester uitgenodigd voor een bezoek aan Zeeland", "an invitation to visit"
# (but "Op uitnodiging van Ko bezocht de delegatie ...", "At the invitation of ...": a visit)
_INVITED = re.compile(r"\b(?:uitnodiging|uitgenodigd|invitation|invited|invites?)\b[^.;]{0,60}?"
                      r"\b(?:voor|om|to|for)\b[^.;]{0,50}$", re.IGNORECASE)
# a meeting told as a noun with whom it was: "The first meeting of the visit was with the
# ambassador", "De eerste ontmoeting was met de burgemeester": an event, not a reference back
_WAS_WITH = re.compile(r"(?: (?:of|van) (?:the|this|that|de|het|dit|deze) [\w-]+)? (?:was|is|were|are|"
                       r"will be|would be|zal zijn|waren|vond plaats|took place) (?:with|met)\b",
                       re.IGNORECASE)
_NOUN_CUE = re.compile(r"bezoek(?:en)?(?: aan)?|visits?(?: to)?|ontmoeting(?:en)?|meeting|"
                       r"ondertekening|signing|\w*lunch|diners?|dinner|\w*gesprek(?:ken)?|talks?|"
                       r"receptie|reception|ontvangst|overleg|bespreking")
# an event told in the future tense, before its verb in its clause: planned, not held ("is
# scheduled to meet with", "will also visit", "zal de gouverneur ontmoeten", "gaat in gesprek met")
_PLANNED = re.compile(r"\b(?:will|shall|zal|zullen|(?:is|are) (?:scheduled|expected|due|set|"
                      r"going) to|plans? to|intends? to|staat (?:\w+ )?gepland|staan (?:\w+ )?"
                      r"gepland|ga(?:at|an) (?:\w+ ){0,4}?(?:in gesprek|ontmoeten|bezoeken|spreken|"
                      r"praten|(?:onder)?tekenen))\b", re.IGNORECASE)
# what a trip is for, told in the sentence of the trip: "Voor de prijsuitreiking reist ..."
_PURPOSE_BEFORE = re.compile(r"(?:^|\s)(?:voor|for) (?:de|het|the) $", re.IGNORECASE)
# what someone asked for is no event (yet): "it had been requested by the Mayor that the two
# areas now formally sign an agreement", "verzocht om een overeenkomst te tekenen"
_REQUESTED = re.compile(r"\b(?:requested|asked|verzocht|gevraagd)\b[^.;]{0,60}?\b(?:that|to|om|"
                        r"dat)\b[^.;]{0,60}$", re.IGNORECASE)
_DEFINITE = re.compile(r"(?:^|\s)(?:de|het|dit|deze|the|this)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r":|, (?:waar|waarin|waarbij|waarmee|die|dat|which|where|who)\b| over | "
                         r"about | to discuss ", re.IGNORECASE)
_SPECIFIC = re.compile(r"paviljoen|pavilion|campus|beurs|fair|evenement|event|seminar|lab\b|"
                       r"fabriek|factory|bedrijven|companies|kennisinstellingen|investeerders|"
                       r"investors|"
                       # talks with a group of people: "in gesprek met Maleisische studenten"
                       r"(?:met|with) (?:[\w-]+ ){0,3}(?:studenten|students|scholieren|pupils|"
                       r"ondernemers|entrepreneurs|vertegenwoordigers|representatives|"
                       r"bewindslieden|officials|ministers|leiders|leaders|experts|"
                       # or with an office holder: "discussed trade with the transport minister"
                       r"minister|premier|gouverneur|governor|burgemeester|mayor|ambassadeur|"
                       r"ambassador|president|directeur|director|ceo)\b",
                       re.IGNORECASE)
# a site visited, right after the verb: "bezocht de delegatie de haven van Osaka", "visited the
# port of Kobe" (a new visit, not a reference back to one told before)
_SITE = re.compile(r"\s*(?:aan |to )?(?:(?:hij|zij|ze|wij|we|de delegatie) )?(?:de |het |the |een |"
                   r"a |an )?(?:[\w-]+ ){0,2}?(?:\w*haven|port|harbour|airport|terminal|museum|"
                   r"hospital|ziekenhuis|proeftuin|testbed|werf|shipyard|plant)\b", re.IGNORECASE)
# a clause of its own in a list of what someone does: "bezoekt BESI, spreekt hij bij ... en gaat
# hij in gesprek met ...", "visited OGMA and discussed ...": the gap between two verbs ends
# with a comma or 'and', or with a clause that starts 'and/, <verb> he'
# (a session "gevolgd door een gezamenlijke zitting": one more event)
_CLAUSE_JOIN = re.compile(r"(?:(?:,|\ben|\band)\s+(?:ook\s+|also\s+)?|,? (?:gevolgd door|"
                          r"followed by) (?:een|a|an)\s+|(?:,|\ben\b|\band\b)\s+"
                          r"(?:[\w-]+\s+)?(?:hij|zij|ze|he|she|they|wij|we)\b[^,;.]*)$",
                          re.IGNORECASE)
# being somewhere is a visit there: "Op donderdag is minister Jansen in Vietnam", "Kaag en de
# ondernemers zijn woensdag in Ho Chi Minhstad", "the delegation was in Osaka"
_JOIN_LIST = re.compile(r",\s+(?=(?:het|de|een|the|a|an)\s)|\s+(?:en|and)\s+(?=(?:het|de|een|the|"
                        r"a|an)\s)", re.IGNORECASE)
_JOIN_LAST = re.compile(r"\s(?:en|and)\s+(?:het|de|een|the|a|an)\s", re.IGNORECASE)
_SPOKEN_AT = re.compile(r"\b(?:bij|op|tijdens|at|during)\b")
_AT_PLACE = re.compile(r"(?:Bij|At|Op bezoek bij) (?:de |het |the )?")
_PRESENCE = re.compile(r"\b(?:is|zijn|was|waren|are|were|verblijft|verblijven|verbleef|verbleven|"
                       r"stays|stayed)\b(?P<gap>[^,.;:]{0,80}?) (?P<cue>in) (?:de |het |the )?"
                       r"(?:hoofdstad |stad |capital |city of )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*"
                       r"\s*(?:[.;!]|$|, | om | to | voor | for )")
_NOT_PRESENCE = re.compile(r"\b(?:gevestigd|gelegen|opgericht|geboren|actief|werkzaam|located|"
                           r"based|founded|born|active|geïnteresseerd|interested)\b", re.IGNORECASE)
_SOMEONE = re.compile(r"\b(?:delegatie|delegation|hij|zij|ze|wij|we|he|she|they|ondernemers|"
                      r"entrepreneurs|bedrijven|companies)\b", re.IGNORECASE)
_BODY = re.compile(r"\b(?:college|gedeputeerde staten|provinciale staten|gemeenteraad|raad|council|"
                   r"cabinet|executive)\b", re.IGNORECASE)
# event nouns that name their event better than its type's word does ("Prijsuitreiking van de
# Entente Florale", not "Event")
_NAMED_BY_NOUN = re.compile(r"prijsuitreiking(?:en)?|uitreiking|awards? ceremon(?:y|ies)|prize[- ]giving|"
                            r"presentaties?|presentations?|conferenties?|conferences?|"
                            r"(?:[\w’'-]+ )*?(?:(?:handels|netwerk|studie)(?:missie|reis)|(?:trade|"
                            r"business|study|networking) (?:mission|trip))", re.IGNORECASE)
# events named by the words of their clause: "een culinaire route door de binnenstad", "the
# celebration of the 10th anniversary of the opening of X"
_NAMED_BY_CLAUSE = re.compile(r"(?:gezamenlijke|gemeenschappelijke) (?:zitting|vergadering|"
                              r"bijeenkomst)|joint (?:session|meeting)|culinaire (?:route|"
                              r"wandeling)|culinary (?:route|tour|walk)|stadswandeling|city walk|"
                              r"walking tour|rondvaart|boat tour|rondrit|"
                              # "the celebration of the 10th anniversary of X", "de viering van"
                              r"celebration|viering", re.IGNORECASE)
# what a signing signs: "a Smart City Memorandum of Understanding (MOU)", "een overeenkomst", "the
# Sister City Agreement", "diverse samenwerkingsovereenkomsten" (the agreement word ends it)
_SIGNED = re.compile(r"\b(?:[\w-]*(?:agreements?|overeenkomst(?:en)?|convenant(?:en)?|verdrag(?:en)?|"
                     r"verklaring(?:en)?|protocol(?:len)?|contracts?|declarations?|charters?|"
                     r"treaty|treaties)|[Mm]emorand(?:um|a) of (?:[Uu]nderstanding|[Cc]o-?operation)|"
                     r"MoUs?|MOUs?)(?: \((?:MoU|MOU)\))?(?!\w)", re.IGNORECASE)
_BARE_SIGNED = re.compile(r"Signing of (?:agreements?|overeenkomst(?:en)?|MoUs?|contracts?|"
                          r"memorandum)", re.IGNORECASE)
_FIRST_TIME = re.compile(r"\b(?:voor het eerst|for the first time)\b", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "twee": 2, "drie": 3, "vier": 4}
_COUNTED_SIGNING = re.compile(r"Signing of (two|three|four|twee|drie|vier) ", re.IGNORECASE)
_DETERMINER = {"a", "an", "the", "een", "de", "het", "two", "three", "twee", "drie", "diverse",
               "verschillende", "several", "new", "nieuwe"}
TYPE_WORDS = {
    "bilateral-meeting": "Meeting", "working-lunch": "Lunch", "pavilion-tour": "Pavilion tour",
    "dinner": "Dinner", "signing": "Signing", "reception": "Reception",
    "fair-visit": "Fair visit", "seminar": "Seminar", "networking-event": "Event",
    "company-visit": "Visit", "institute-visit": "Visit", "regional-visit": "Visit",
    "talk": "Talk", "conversation-with-companies": "Talk with companies", "mission": "Mission",
    "trade-fair": "Trade fair", "council-session": "Council session", "conference": "Conference",
}
MEETING_TYPES = {"bilateral-meeting", "working-lunch", "dinner", "talk",
                 "conversation-with-companies"}
INSTITUTE_NAME = re.compile(r"Institute|Instituut|Center|Centre|Centrum|Universit|campus|Lab|"
                            r"Museum|Gallery|Galerie|Hospital|Ziekenhuis|Library|Bibliotheek",
                            re.IGNORECASE)


def slug(text: str, limit: int = 48) -> str:
    plain = strip_accents(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    s = s[:limit].rstrip("-")
    return s or "x"


# "een ronde tafelgesprek ... en een netwerkbijeenkomst": events told one after another
_EVENT_LIST = re.compile(r"(?:,|\ben|\band|\bevenals|\bas well as) (?:een|a|an) ")
_LIST_GAP = re.compile(r"(?:,| en| and| &|, en|, and)\s+(?:(?:de|het|the|een|a)\s+)?")


def _listed_organisations(s: str, parts: list[Participant], a: int, b: int) -> list[Participant]:
    """The organisations of s[a:b] that stand in one enumeration ('Canon, Panasonic en
    Mitsubishi Motor Corporation'), in their order; [] when there is no such list."""
    orgs = []
    for p in parts:
        at = s.find(p.label, a, b)
        if at >= 0 and p.role in ("visited-organisation", "organisation-representative"):
            orgs.append((at, p))
    orgs.sort(key=lambda x: x[0])
    run = orgs[:1]
    for (at, p), (prev_at, prev) in zip(orgs[1:], orgs):
        if _LIST_GAP.fullmatch(s[prev_at + len(prev.label):at]):
            run.append((at, p))
        elif len(run) < 2:
            run = [(at, p)]
        else:
            break
    return [p for _, p in run] if len(run) >= 2 else []


class EventBuilder:
    def __init__(self, draft_sentences, mentions_by_sentence, dates_by_sentence, gaz, report,
                 lead, delegation_id, lang):
        self.sentences = draft_sentences
        self.mentions = mentions_by_sentence
        self.dates = dates_by_sentence
        self.gaz = gaz
        self.report = report
        self.lead = lead                        # iri of the delegation lead or None
        self.delegation_id = delegation_id
        self.lang = lang
        self.events: list[EventDraft] = []
        self.ids: set[str] = set()
        self.mission_when: str | None = None
        self.mission_words = ""                 # the title and the sentence telling the mission
        self.mission_quotes: list[Sentence] = []    # other sentences that tell the mission
        self.current_day: DateFact | None = None     # the day heading the items are under
        # the day a paragraph opens with ("Woensdag 1 november wordt ..."): its other sentences'
        self.paragraph_day: DateFact | None = None
        self.last_date: DateFact | None = None       # the last date the text told
        self.prefix_end: int | None = None
        self.planned = False                    # the clause told now is in the future tense
        self.writer = None                      # the byline's person, who writes as "I"

    def _ours(self, p: Participant) -> bool:
        """The delegation, its lead or the writer ('I'): who goes, not whom an event is with."""
        return p.ref == self.delegation_id or (p.iri is not None and p.iri == self.lead) or \
            (self.writer is not None and p.key == writer_participant(self.writer).key)

    def new_id(self, base: str) -> str:
        """A new event id; kg add scopes an id to the report ('mission' is '<report>-mission'),
        so an id is new only when its scoped form is."""
        base = slug(base)
        out, n = base, 2
        while self._scoped(out) in {self._scoped(i) for i in self.ids}:
            out, n = f"{base}-{n}", n + 1
        self.ids.add(out)
        return out

    def _scoped(self, local: str) -> str:
        return local if local.startswith(self.report + "-") else f"{self.report}-{local}"

    # participants from a part of a sentence
    def participants(self, sent: Sentence, a: int, clause_end: int, etype: str, cue: str,
                     excluded: list[tuple[int, int]]) -> list[Participant]:
        s = sent.text
        out: list[Participant] = []
        seen: set[str] = set()
        # the subject before the first cue counts for every event of the sentence
        parens = [(p.start(), p.end()) for p in re.finditer(r"\([^)]*\)", s)]

        def inside(x):
            return any(pa <= x.start < pb for pa, pb in parens + excluded)

        region = [x for x in self.mentions[id(sent)] if (a <= x.start < clause_end or x.start < a
                                                          and x.shared) and not inside(x)]
        first_org_seen = False
        spoken_at = _SPOKEN_AT.search(s, a) if cue == "speak" else None    # who speaks: before
        for x in region:
            before = s[max(0, x.start - 40):x.start].lower()
            # (an office holder the text does not name takes part by its placeholder, with or
            # without a post role: "met the mayor of Lima")
            if x.kind == "place" or (x.iri is None and not x.role and not x.unnamed
                                     and x.kind not in ("person", "org")):
                continue
            if x.kind == "role" and x.iri is None and (x.role == "civil-servant" or not x.unnamed):
                # "ambtenaren": a kind of people, no office; "de Gouverneur" that nothing says
                # who is: no one the sheet declares (the reviewer is asked about the mention)
                continue
            if x.kind == "org" and out and re.search(r"\bvan\s+$|\bof\s+(?:the\s+)?$",
                                                     s[:x.start]) and \
                    s[:x.start].rstrip()[:-3].rstrip().endswith(out[-1].label) and \
                    out[-1].iri and self.gaz.known[out[-1].iri].kind == "person":
                out[-1].on_behalf_of = out[-1].on_behalf_of or local_name(x.iri)
                continue                        # "gouverneur Kim Dong-yeon van Gyeonggi"
            if x.kind == "org" and re.search(r"(?:namens|on behalf of)\s+$", before):
                continue                        # "namens Brabant": whom the speaker represents
            if x.iri:
                ref = local_name(x.iri)
            elif x.same_as:
                ref = x.same_as                 # "de minister-president": the one named so
            elif x.unnamed:
                ref = x.text                    # the office holder's placeholder, by its words
            elif x.role_word and x.text.lower().startswith(x.role_word.lower()):
                ref = x.text[len(x.role_word):].strip() or x.text
            else:
                ref = x.text
            if ref in seen:
                continue
            seen.add(ref)
            kind = self.gaz.known[x.iri].kind if x.iri else x.kind if x.kind == "org" else "person"
            capacity = on_behalf = None
            if x.post:
                capacity = local_name(x.post)
                org = self.gaz.known[x.post].post_in
                on_behalf = local_name(org) if org else None
            lead = x.iri is not None and x.iri == self.lead
            if etype == "signing" and (x.shared or self._signs_after(s, a, x)) and not re.search(
                    r"presence of|aanwezigheid van|bijzijn van",
                    s[s.rfind(",", 0, x.start) + 1:x.start], re.IGNORECASE):
                # "Premier A and Premier B signed an MOU" (not who were present: "in the
                # presence of Mayor Ko, ...")
                role = "signatory"
            elif lead:
                role = {"open": "opener", "visit": "guest", "tour": "guest",
                        "speak": "speaker"}.get(cue,
                                                                                 "delegation-lead")
                if "bijdrage" in s or "contribut" in s.lower():
                    role = "speaker"
            elif kind == "person":
                if cue == "speak" and (x.shared or spoken_at and x.start < spoken_at.start()):
                    role = "speaker"            # "spreekt minister Jansen bij het forum"
                elif re.search(r"samen met|together with|accompanied by|vergezeld", before):
                    role = "companion"
                elif x.role in ("governor", "vice-governor") or x.role_word and \
                        x.role_word.lower() in ("minister", "burgemeester", "mayor"):
                    role = "host" if etype in MEETING_TYPES else "attendee"
                else:
                    role = "attendee"
            else:
                if re.search(r"door (?:de |het )?$|by (?:the )?$", before[-12:]) and \
                        re.search(r"georganiseerd|organi[sz]ed", s):
                    role = "co-organiser"
                elif _WITH_WHOM.search(s[:x.start]):
                    role = "companion"          # "bezocht samen met de Boerenbond en VLAM de NFU"
                elif etype == "pavilion-tour":
                    role = "exhibitor"
                elif cue == "visit" and not first_org_seen:
                    role = "visited-organisation"
                    first_org_seen = True
                elif re.search(r"presente|present", s, re.IGNORECASE) and etype == "networking-event":
                    role = "presenter"
                else:
                    role = "organisation-representative"
            review = x.review
            if x.iri is None:
                review = x.review or f"unknown name: {ref!r} — declare or correct"
            out.append(Participant(ref, x.text, role, x.iri, capacity, on_behalf,
                                   confidence=round(min(x.confidence, 0.7), 2), review=review,
                                   post_role=x.role))
        subject = s[:self.prefix_end] if self.prefix_end is not None else ""
        if re.search(r"\bdelegatie\b|\bdelegation\b", subject + " " + s[a:clause_end],
                     re.IGNORECASE) and self.delegation_id and self.delegation_id not in seen:
            out.insert(0, Participant(self.delegation_id, "de delegatie", "delegation", None,
                                      confidence=0.7))
        if self.writer is not None and FIRST_PERSON.search(subject + " " + s[a:clause_end]):
            me = writer_participant(self.writer)
            if me.ref not in seen and me.key not in {p.key for p in out}:
                out.insert(0, me)               # "I met NTT": the writer of the byline
        return out

    def within_mission(self, date: DateFact | None) -> bool:
        if date is None or not date.when or not self.mission_when:
            return True
        n = min(len(date.when), len(self.mission_when))
        return date.when[:n] == self.mission_when[:n]

    def add_event(self, sent, etype, cue_text, parts, date, definite, name=None,
                  merge: bool = True, of_the_trip: bool = False) -> None:
        """A new event, or the sentence added to the one it tells again (same type and a
        participant in common, or a definite 'de/the'; not when `merge` is False)."""
        others = {p.key for p in parts if not self._ours(p)}
        for e in reversed(self.events if merge else []):
            if e.heading != sent.heading or e.section != sent.section or etype == "mission":
                continue                        # (each trip is one of its own)
            same_type = e.type == etype or {e.type, etype} <= {"seminar", "networking-event"}
            shared = others & {p.key for p in e.participants}
            # there is one first time: "Het comité vergaderde voor het eerst. ... kwam het comité
            # voor het eerst bij elkaar" tell one meeting
            shared = shared or (_FIRST_TIME.search(sent.text) and any(
                _FIRST_TIME.search(q.text) for q in e.quotes))
            # a headline's "Provinces sign agreement" says no which: the signing the next
            # sentence tells
            unspecific = e.type == "signing" and _BARE_SIGNED.fullmatch(e.name) and \
                self._just_before(e.quotes[-1], sent)
            shared = shared or (etype == "signing" and unspecific)
            conflict = date is not None and (not self.within_mission(date) or (
                e.date is not None and date.when != e.date.when))
            if same_type and not conflict and (shared or definite):
                if sent not in e.quotes:
                    e.quotes.append(sent)
                known = {p.key for p in e.participants}
                e.participants += [p for p in parts if p.key not in known]
                if e.date is None and date is not None:
                    e.date = date
                if unspecific and name:
                    e.name = name
                return
        # else: an event the report mentions (`of_the_trip`: the trip's own, no day told)
        in_programme = self.within_mission(date) or (date is None and of_the_trip)
        # (whom the event is with, not its subject: "Minister meets Jia" is a meeting with Jia)
        subject = sent.text[:self.prefix_end or 0]
        # (nor whoever pays a visit: "Taoiseach Enda Kenny visited a project" is no visit to him)
        counterparts = [p for p in parts if not (p.label and p.label in subject)] \
            if etype in MEETING_TYPES else \
            [p for p in parts if not (p.label and p.label in subject)
             or p.role == "visited-organisation"] if "visit" in etype else parts
        main = [p for p in counterparts if p.role in ("visited-organisation", "host", "exhibitor")] or \
            [p for p in counterparts if not self._ours(p)]
        who = main[0].label if main else ""
        if name is None:
            word = TYPE_WORDS.get(etype, etype)
            prep = " with " if etype in MEETING_TYPES else " to " if "visit" in etype else " "
            name = f"{word}{prep}{who}".strip() if who else word
            if etype == "pavilion-tour":
                name = "Pavilion tour"
            if etype == "council-session":
                name = self._session_name(sent.text)
        ev = EventDraft(self.new_id(f"{self.report}-{name}" if not in_programme else name),
                        etype, name, [sent], parts, date, in_programme, sent.section,
                        sent.heading, confidence=0.6, status="planned" if self.planned else None)
        if not any((p.iri and p.iri == self.lead) or p.ref == self.delegation_id for p in parts):
            ev.review.append("no participant of the delegation named in this sentence; add who "
                             "took part")
        if not in_programme:
            ev.review.append("dated outside the mission: listed under events:, not programme:")
        ev.review.append("type and roles are guesses from the wording; check")
        self.events.append(ev)

    def from_sentence(self, sent: Sentence, mission: bool = False) -> None:
        """The events a sentence tells. In the sentence that tells the mission (`mission`), a
        visit is the mission itself ('brengt een bezoek aan Japan'), not an event of its own."""
        s = sent.text
        listed = _programme_list(s)
        if listed:
            for name, etype in listed:
                self.add_event(sent, etype, name, [], None, False, name[:1].upper() + name[1:],
                               merge=False, of_the_trip=True)
            return
        if _SAYS_WHAT_IT_WAS.match(s) and self.events and self.events[-1].quotes[-1] is \
                self._previous(sent):
            # "Dit betrof een eerste kennismaking.": what the event just told was, no new one
            self.events[-1].quotes.append(sent)
            return
        at = _AT_EVENT.match(s)
        if at and not _VERB_CUE.search(s):
            told = [e for e in self.events if re.search(rf"\b{re.escape(at.group(1))}\b", e.name,
                                                         re.IGNORECASE)]
            if told:                            # "Op de Expo, ... presenteert Nederland zich
                if sent not in told[-1].quotes:     # met een paviljoen": about the Expo visit
                    told[-1].quotes.append(sent)
                return
        cues = []
        for m in _CUE_RX.finditer(s):
            i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            cues.append((m.start(), m.end(), EVENT_CUES[i][1], EVENT_CUES[i][2], m.group(0)))
        # "Signed in 1979, the A-B relationship is ...", "Getekend in 1990, is de band ...": how
        # a relationship began, told in passing, no signing of the report's
        cues = [c for c in cues if not (c[2] == "signing" and c[0] == 0 and _SIGNED_ONCE.match(s))]
        # "a visit to JiangYin ... to meet with the partners": a meeting is what the visit is
        # for, one event (the visit)
        cues = [c for c in cues if not (c[3] == "meeting" and re.match(r"to (?:also )?meet", c[4])
                                        and any(v[3] == "visit" and v[1] <= c[0] for v in cues))]
        if not cues and not mission:
            cues = self._presence(sent)
        at = _AT_PLACE.match(s)
        if at and any(x.kind == "org" and x.start == at.end() for x in self.mentions[id(sent)]):
            # "Bij Mitsubishi Heavy Industries zal de minister spreken over ...": a talk at an
            # organisation is a visit to it
            cues = [(a, b, None, "visit", w) if cue in ("talk", "speak") else (a, b, t, cue, w)
                    for a, b, t, cue, w in cues]
        self.planned = False
        if not cues:
            return
        live, refs, excluded = [], [], []
        for a, b, etype, cue, word in cues:
            if _HABITUAL.search(s[:a]) and re.search(r"(?:s|en)$", word):
                continue                        # "underpinned by yearly meetings": a habit
                #                                 ("hosted a regular annual meeting": one)
            takes_place = bool(re.match(r"vind|vond|take|took|will", word, re.IGNORECASE))
            if (_REFERENTIAL.search(s[:a]) and not takes_place) or (
                    _SUBJECT_REF.fullmatch(s[:a]) and _NOUN_CUE.fullmatch(word.lower())
                    and not _WAS_WITH.match(s[b:]) and not self._first_signing(etype, s, b)):
                stop = s.find(",", b)
                stop = len(s) if stop < 0 else stop
                nxt = [c[0] for c in cues if c[0] > a]
                stop = min([stop] + nxt)
                excluded.append((a, stop))
                refs.append((etype, "visit" if cue == "visit-ref" else cue))
                continue
            if cue in ("visit", "visit-ref") and _INVITED.search(s[:a]):
                continue                        # an invitation to visit: no visit (yet)
            if _REQUESTED.search(s[:a]):
                continue                        # "requested that the two areas sign": asked for
            if cue == "join" and _JOINED_TRIP.match(s[b:]):
                continue                        # "deelnemen aan de missie": the trip itself
            if etype == "mission" and not mission and self._the_mission_again(s, a, b):
                if sent not in self.mission_quotes:
                    self.mission_quotes.append(sent)
                continue
            if cue != "visit-ref" and not (mission and (cue == "visit" or etype == "mission")):
                live.append((a, b, etype, cue, word))
        live = [c for c in live if not any(ea <= c[0] < eb for ea, eb in excluded)]
        if not live:
            return
        for x in self.mentions[id(sent)]:
            x.shared = x.start < live[0][0]
        self.prefix_end = live[0][0]
        # ("developing arrangements since 2008": when a state began, no event's date)
        dates = [d for d in self.dates.get(id(sent), [])
                 if not re.match(r"(?:since|sinds)\b", d.as_stated, re.IGNORECASE)]
        meeting_cues = [c for c in live if c[3] == "meeting"]
        # a list of highlights ("the company visits to A and B, a network reception at ..., the
        # talks with ...") tells one event per cue; so do two meetings in one sentence
        # (or clauses of their own: "de viering van ...; ook met de bestuurders ... werd overleg
        # gevoerd")
        # (a stage of the trip, "travel to Osaka (4-6 June) to meet X and ...", is one event
        # and what it was for are others)
        staged = live[0][2] == "regional-visit" and _STAGE.fullmatch(live[0][4])
        enumerated = len(live) >= 2 and all(
            _EVENT_LIST.search(s[c1[1]:c2[0]]) or ";" in s[c1[1]:c2[0]]
            or _CLAUSE_JOIN.search(s[c1[1]:c2[0]]) or (staged and c1 is live[0])
            for c1, c2 in zip(live, live[1:]))
        listed = live if (len(live) >= 3 and s.count(",") >= 2) or enumerated else meeting_cues
        if len(listed) >= 2:
            groups = []
            # a clause after ";" is its event's own, with what it names before the verb
            cuts = [s.rfind(";", listed[i - 1][1], c[0]) if i else -1 for i, c in enumerate(listed)]
            for i, c in enumerate(listed):
                end = (cuts[i + 1] if cuts[i + 1] >= 0 else listed[i + 1][0]) \
                    if i + 1 < len(listed) else len(s)
                groups.append((c, cuts[i] + 1 if cuts[i] >= 0 else c[0], end))
        else:
            c = self._primary(live, s)
            groups = [(c, live[0][0], len(s))]
        for c, a, b in groups:
            a_cue, b_cue, etype, cue, word = c
            # the clause of the cue, up to its verb, in the future tense: a planned event
            since = max(s.rfind(";", 0, a_cue), s.rfind(",", 0, a_cue), s.rfind(". ", 0, a_cue))
            self.planned = bool(_PLANNED.search(s, since + 1, b_cue))
            clause_end = b
            m = _CLAUSE_END.search(s, a_cue, b)
            if m is not None and (cue != "meeting" or not m.group(0).startswith(",")):
                clause_end = m.start()
            parts = self.participants(sent, a, clause_end, etype or "company-visit", cue, excluded)
            etype = self._type(etype, cue, s, parts, a, b)
            others = [p for p in parts if not self._ours(p)]
            new_one = re.search(r"\b(?:een|a|an)(?: \w+)?\s+$", s[max(0, a_cue - 20):a_cue])
            # "visited the cities of Mumbai, New Delhi and Bangalore": the mission's route
            if cue == "visit" and _ROUTE.match(s[b_cue:]):
                if sent not in self.mission_quotes:
                    self.mission_quotes.append(sent)
                continue
            # (a passive tells what was visited before the verb: "werden investeerders bezocht")
            told_of = s if _PASSIVE.search(s[:a_cue]) else s[a:b]
            if cue in ("visit", "talk") and not others and not _SPECIFIC.search(told_of) \
                    and not new_one and not (cue == "visit" and _SITE.match(s[b_cue:])):
                #                                 ("een ronde tafelgesprek": a new event)
                # "Tijdens de lunch is gesproken over ...": a sentence about an earlier item
                earlier = [e for e in self.events if e.heading == sent.heading and e.in_programme]
                typed = [e for e in earlier if any(e.type == t for t, _ in refs if t)] or \
                    [e for e in earlier if any(c == "visit" for _, c in refs)
                     and e.type in ("regional-visit", "fair-visit")]
                target = (typed or earlier or [None])[-1]
                if target is not None and sent not in target.quotes:
                    target.quotes.append(sent)
                continue
            # the most precise date of the clause ("Op 18 juni ... Expo 2012": the day)
            in_clause = sorted((d for d in dates if a <= s.find(d.as_stated) < clause_end),
                               key=lambda d: d.precision != "day")
            date = next(iter(in_clause), None) or \
                next((d for d in dates if s.find(d.as_stated) < self.prefix_end), None) or \
                ((self.same_time(sent) or self.paragraph_day) if self.paragraph_day else
                 self.current_day or self.same_time(sent))
            # "On 29 April, the Council approved the proposal to travel on 28 May": the
            # decision's day is the one before it, the later one is the trip's
            if etype == "council-session" and (first := next(
                    (d for d in dates if s.find(d.as_stated) < self.prefix_end), None)):
                date = first
            if staged and not in_clause:        # what the stage was for: the stage's days
                date = next((d for d in dates if s.find(d.as_stated) < live[1][0]), date)
            if mission and _PURPOSE_BEFORE.search(s[:a_cue]):
                date = None                     # "Voor de prijsuitreiking reist een delegatie
                #                                 van 25 tot 27 september": the trip's days
            definite = bool(_DEFINITE.search(s[:a_cue])) or bool(
                re.match(r"(?:dit|deze|this|that)\s", s, re.IGNORECASE))
            name = (self._signed_words(s, a_cue, b_cue) if etype == "signing" else None) or \
                self._proper_name(s, *((a, b) if len(groups) > 1 else (0, len(s)))) or \
                self._visited_words(s, b_cue, word, parts) or \
                (self._joined_words(s[:b], b_cue) if cue == "join" else None) or \
                (self._joined_words(s[:b], b_cue, "Speech at") if cue == "speak" else None) or \
                (self._opened_words(s, a_cue, b_cue) if cue == "open" else None) or \
                (self._noun_words(s, a_cue, b_cue) if _NAMED_BY_NOUN.fullmatch(word) else None) or \
                (self._clause_words(s, a_cue) if _NAMED_BY_CLAUSE.fullmatch(word) else None) or \
                (self._met_words(s[:b], b_cue) if cue == "meeting" and not any(
                    p.label and p.label in s[b_cue:b] for p in parts) else None)
            if staged and c is live[0]:         # "Visit to Tianjin and Beijing"
                name = "Visit to " + s[b_cue:s.find(" (", b_cue)].strip()
            # "bezoeken aan Canon, Panasonic en Mitsubishi", "the governmental talks with the
            # Government of Hebei and Shanghai Pudong": one event with each
            plural = re.fullmatch(r"\w*gesprekken|talks|meetings|ontmoetingen|besprekingen|"
                                  r"discussions", word, re.IGNORECASE)
            listed = _listed_organisations(s, parts, a, clause_end) \
                if cue == "visit" or plural else []
            if listed and re.search(r"\b(?:in|te|at|throughout)\b", s[b_cue:s.find(listed[0].label,
                                                                                   b_cue)]):
                listed = []                     # "bezoeken afleggen in Groningen en Drenthe": where

            if len(listed) >= 2:
                rest = [p for p in parts if p not in listed and p.role not in
                        ("visited-organisation", "organisation-representative")]
                for org in listed:
                    one = replace(org, role="visited-organisation") if cue == "visit" else org
                    kind = self._type(None, cue, s, [one], a, clause_end) if cue == "visit" \
                        else etype
                    self.add_event(sent, kind, word, rest + [one], date, False, None)
                continue
            # "neemt deel aan het X Forum, het Y Forum en een bijeenkomst van Z": one each
            joined_to = s[b_cue:clause_end].split(";")[0].strip().rstrip(".")   # its clause
            joined = _JOIN_LIST.split(joined_to) if cue == "join" and _JOIN_LAST.search(
                joined_to) else []              # (", the exhibition of ...": no list)
            if len(joined) >= 2:
                for part in joined:
                    self.add_event(sent, etype, word, parts, date, False,
                                   self._joined_words(" " + part, 0), merge=False)
                continue
            # "gesprekken voeren met minister A van X en met minister B van Y": a talk with each
            cuts = [m.start() for m in _AND_WITH.finditer(s, b_cue, clause_end)] if plural else []
            if cuts:
                bounds = [b_cue] + cuts + [clause_end]
                for x, y in zip(bounds, bounds[1:]):
                    talked = self.participants(sent, x, y, etype, cue, excluded)
                    partner = next((p.label for p in talked if s.find(p.label, x, y) >= 0), None)
                    self.add_event(sent, etype, word, talked, date, False,
                                   f"{TYPE_WORDS.get(etype, 'Talk')} with {partner}"
                                   if partner else None, merge=False)
                continue
            # ("meetings with ...", not "the meetings": other meetings than one told before)
            self.add_event(sent, etype, word, parts, date, definite, name,
                           merge=definite or not plural)

    def _previous(self, sent: Sentence) -> Sentence | None:
        i = next((i for i, x in enumerate(self.sentences) if x is sent), 0)
        return self.sentences[i - 1] if i else None

    def _presence(self, sent: Sentence) -> list[tuple]:
        """A sentence that says someone is somewhere ('Op donderdag is minister Jansen in
        Vietnam'): one cue, a visit there, when a person or the delegation is its subject."""
        s = sent.text
        m = _PRESENCE.search(s)
        if m is None or _NOT_PRESENCE.search(m.group("gap")):
            return []
        people = [x for x in self.mentions[id(sent)] if x.start < m.start("cue")
                  and (x.kind == "person" or x.role_word)]
        if not people and not _SOMEONE.search(s[:m.start("cue")]):
            return []
        return [(m.start("cue"), m.end("cue"), "regional-visit", "presence", m.group("cue"))]

    def _the_mission_again(self, s: str, a: int, b: int) -> bool:
        """'Prime Minister Mark Rutte travelled to India with ...' after 'This week's trade
        mission to India': a plain trip verb to a place the title or the mission's sentence
        names, by travellers not introduced as new ('zal er ook een ambtelijke delegatie
        afreizen naar Rundu' is another trip)."""
        if not _TRAVEL.fullmatch(s[a:b]) or _NEW_TRAVELLER.search(s[:a]) or \
                re.search(r"\b(?:as well|too|ook|eveneens)\b", s[b:], re.IGNORECASE):
            return False
        to = re.match(r"[^,.;:()]*?(?= with | met | samen | om | to (?!the\b)|[,.;:()]|$)", s[b:])
        places = re.findall(r"\b[A-Z][\w-]+", to.group(0) if to else "")
        return any(re.search(rf"\b{re.escape(p)}\b", self.mission_words) for p in places)

    def same_time(self, sent: Sentence) -> DateFact | None:
        """For a sentence that says it is the same time ('At the same time', 'At that time',
        "'s Avonds", 'During the visit'): its own words, with the value of the date the text
        told last ("'s Avonds" after "op 18 juni": --06-18) and a note saying so."""
        m = _SAME_TIME.match(sent.text) or _SAME_TIME_WITHIN.search(sent.text)
        last = self.last_date
        if m is None or last is None:
            return None
        return replace(last, as_stated=m.group(0), sentence=sent, ranged=False, confidence=min(last.confidence, 0.5),
                       note=f"the date told before ({last.as_stated!r})")

    @staticmethod
    def _visited_words(s: str, end: int, word: str, parts: list[Participant]) -> str | None:
        """'Visit to wereldtentoonstelling Expo 2012' for a visit ('bezoek aan', 'visited') to
        no organisation the text names as one (not 'Visit to Minister Schultz')."""
        if not re.search(r"bezo|visit|toured", word, re.IGNORECASE) or \
                any(p.role == "visited-organisation" for p in parts):
            return None
        # (after a Dutch verb its subject may come first: "bezocht de delegatie de haven")
        m = re.match(r"\s*(?:aan |to )?(?:(?:hij|zij|ze|wij|we|de delegatie|het gezelschap) )?"
                     r"(?:de |het |the |een |a )?([^,.;:()]{3,60}?)"
                     r"(?=[,.;:()]| op | in | met | with | on | at | te | bij | involving | samen | "
                     r"waar | where |$)", s[end:])
        return f"Visit to {m.group(1).strip()}" if m else None

    @staticmethod
    def _joined_words(s: str, end: int, what: str = "Participation in") -> str | None:
        """'Participation in InnoVEX' for 'to participate in InnoVEX, the ...' ('Speech at ...'
        for a speech)."""
        m = re.match(r"\s*(?:de |het |the |een |a |an )?([^,.;:()]{3,60}?)(?=[,.;:()]| op | in | on | met | "
                     r"with | om | to |$)", s[end:])
        # (the next event of a list starts after 'and': "attending the X exhibition and meetings";
        # a name cut before the next cue ends on a word of substance: "opening ceremony of the")
        name = re.sub(r"(?:\s+(?:en|and|of|of the|van|van de|van het|the|de|het))+$", "",
                      m.group(1).strip()) if m else ""
        return f"{what} {name}" if name else None

    @staticmethod
    def _clause_words(s: str, start: int) -> str:
        """'culinaire route door de Hulster binnenstad', 'gezamenlijke zitting met als centraal
        thema toerisme': the cue's words up to the end of their clause."""
        words = re.match(r"[^,.;:()]+?(?=\s*(?:[,.;:()]|$| (?:waarbij|waar|where|which)\b))",
                         s[start:])
        words = (words.group(0) if words else s[start:]).strip()
        if len(words) > 100:                    # (cut at a word, not inside one)
            words = words[:100].rsplit(" ", 1)[0]
        return words[:1].upper() + words[1:]

    @staticmethod
    def _noun_words(s: str, start: int, end: int) -> str | None:
        """'prijsuitreiking van de Entente Florale', 'presentations to Chamber of Commerce
        members', 'netwerkreis naar Kopenhagen': the noun that tells the event, with what
        (capitalised or quoted) it is of, to or at."""
        noun = re.search(r"[\w-]+$", s[:end]).group(0)
        m = re.match(r"(?: (?:van|of|in|at|to|for|op|aan|voor|naar|bij) (?:de |het |the )?"
                     r"(?:'[^']{2,40}'|‘[^’]{2,40}’|[A-Z][\w’'-]*(?: (?:of |for |and |van |voor )?"
                     r"[A-Z][\w’'-]*)*(?: members| leden)?))+", s[end:])
        # (as the text writes it: the name is then in the report's language)
        return noun + (m.group(0) if m else "")

    @staticmethod
    def _signs_after(s: str, cue_start: int, x) -> bool:
        """Whether x, named after the signing verb, signs: the subject after a Dutch verb that
        comes first ("Op 8 mei tekenden de burgemeesters van A en B een overeenkomst") or the
        agent of a passive ("signed by A and B", "getekend door A")."""
        verb = re.match(r"(?:onder)?tekende(?:n)?\b", s[cue_start:], re.IGNORECASE)
        if verb and x.start > cue_start:
            what = _SIGNED.search(s, cue_start)
            return what is not None and x.end <= what.start()
        # (up to what it is for: "signed by A and B to establish a C Centre")
        return x.start > cue_start and bool(re.search(
            r"^\w+ (?:by|door)\b(?:(?!\b(?:to|om|for|voor|in order)\b)[^;:])*$",
            s[cue_start:x.start]))

    def _just_before(self, first: Sentence, then: Sentence) -> bool:
        at = next((i for i, x in enumerate(self.sentences) if x is first), None)
        return at is not None and at + 1 < len(self.sentences) and self.sentences[at + 1] is then

    def drop_counted_summaries(self) -> None:
        """'The trip included the signing of two agreements. The first was signed ... The second
        ...': the count sums up the signings told one by one after it, no signing of its own."""
        for e in list(self.events):
            m = _COUNTED_SIGNING.match(e.name) if e.type == "signing" else None
            if m is None:
                continue
            later = [o for o in self.events if o.type == "signing" and o is not e
                     and o.quotes[0].start > e.quotes[0].start]
            if len(later) >= _COUNTS[m.group(1).lower()]:
                self.events.remove(e)

    @staticmethod
    def _signed_words(s: str, start: int, end: int) -> str | None:
        """'Signing of a Memorandum of Understanding (MOU)', 'Signing of een overeenkomst': a
        signing by what is signed (the agreement its clause names, after the verb or before it),
        not by who signed it; None when the clause names no agreement."""
        clause_start = max(s.rfind(",", 0, start), s.rfind(";", 0, start)) + 1
        clause_end = min([i for i in (s.find(",", end), s.find(";", end)) if i >= 0] + [len(s)])
        for part, nearest in ((s[end:clause_end], 0), (s[clause_start:start], -1)):
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
            what = " ".join(own + [m.group(0)])
            return "Signing of " + (what[0].lower() + what[1:] if own and own[0].lower() in
                                    _DETERMINER else what)
        return None

    def _met_words(self, s: str, end: int) -> str | None:
        """'Meeting with port authorities' for 'meetings with port authorities' when no one the
        text names is met ('Ontmoeting met ...' in a Dutch report)."""
        m = re.match(r"\s+(?:with|met)\s+(?:de |het |the )?([^,.;:()]{3,60}?)\s*(?=[,.;:()]|$)",
                     s[end:])
        if m is None:
            return None
        return f"{'Ontmoeting met' if self.lang == 'nl' else 'Meeting with'} {m.group(1)}"

    def _opened_words(self, s: str, start: int, end: int) -> str | None:
        """'Opening van de stand' for 'zullen de stand officieel openen' (the object before a
        Dutch verb), 'Opening of the new office' for 'opened the new office' (after an English
        one), in the report's language."""
        m = re.search(r"\b(?P<art>de|het) (?P<what>(?:nieuwe )?[\w-]+(?: [A-Z][\w-]*)*)"
                      r"(?: (?:officieel|feestelijk|formeel))? $", s[:start]) \
            if self.lang == "nl" else \
            re.match(r"\s*(?P<art>the|a|an) (?P<what>(?:new )?[\w-]+(?: [A-Z][\w-]*)*)", s[end:])
        if m is None:
            return None
        return f"Opening van {m.group('art')} {m.group('what')}" if self.lang == "nl" else \
            f"Opening of the {m.group('what')}"

    def _session_name(self, s: str) -> str:
        """'Zitting van het college', 'Session of the council': a governing body's session named
        by the body, in the report's language."""
        body = _BODY.search(s)
        if body is None:
            return "Zitting" if self.lang == "nl" else "Council session"
        word = body.group(0)
        if self.lang != "nl":
            return f"Session of the {word}"
        article = "" if word.lower().endswith("staten") else \
            "de " if word.lower().endswith("raad") else "het "
        return f"Zitting van {article}{word}"

    def _first_signing(self, etype: str | None, s: str, end: int) -> bool:
        """'The signing of the Sister City Agreement had been a further step': the subject names
        a signing of a named agreement no event told before, so it tells that signing."""
        return etype == "signing" and not any(e.type == "signing" for e in self.events) and \
            bool(re.match(r" (?:of|van) (?:the|de|het|this|dit|deze) (?:[A-Z][\w-]* )+"
                          r"(?:Agreement|Overeenkomst|Memorandum|Convenant|Treaty|Verdrag)\b", s[end:]))

    @staticmethod
    def _primary(live, s):
        order = ["tour", "meeting", "object", "join", "speak", "open", "visit", "presence", "talk"]
        best = sorted(live, key=lambda c: (order.index(c[3]), c[0]))
        if best[0][3] == "object" and best[0][2] == "fair-visit":
            tour = [c for c in live if c[3] == "tour"]
            if tour:
                return tour[0]
        # an opened event: type from the object
        if best[0][3] == "open":
            obj = [c for c in live if c[3] == "object"]
            if obj:
                return (best[0][0], best[0][1], obj[0][2], "open", best[0][4])
        if best[0][3] == "object" and any(c[3] == "open" for c in live):
            return (best[0][0], best[0][1], best[0][2], "open", best[0][4])
        if best[0][3] == "object" and best[0][2] == "fair-visit":
            return (best[0][0], best[0][1], "fair-visit", "visit", best[0][4])
        return best[0]

    def _type(self, etype, cue, s, parts, a, b) -> str:
        if etype == "pavilion-tour" and not re.search(r"paviljoen|pavilion|stand\b|beurs|fair|expo",
                                                      s, re.IGNORECASE):
            etype = None                        # "toured the Port of Kobe": a site visit
        if etype == "talk" and re.search(r"bedrijven|companies|kennisinstellingen", s[a:b] or s,
                                         re.IGNORECASE):
            return "conversation-with-companies"
        if etype:
            return etype
        if cue == "open":
            return "networking-event"
        visited = [p for p in parts if p.role == "visited-organisation"]
        if re.search(r"paviljoen|pavilion|beurs|fair", s[a:b], re.IGNORECASE) and not visited:
            return "fair-visit"
        if visited:
            v = visited[0]
            e = self.gaz.known.get(v.iri) if v.iri else None
            labels = " ".join(e.labels) if e else v.label
            if INSTITUTE_NAME.search(labels) or re.search(r"campus|instituut|institute",
                                                          s[a:b], re.IGNORECASE):
                return "institute-visit"
            return "company-visit"
        return "company-visit"

    @staticmethod
    def _proper_name(s, a, b) -> str | None:
        """'het Netherlands Battery Technologies Seminar', 'het Women in Tech evenement'."""
        for m in re.finditer(r"((?:[A-Z][\w-]*)(?: (?:in|of|for|and|&|[A-Z][\w-]*))*)"
                             r"( (?:evenement|event|seminar|Seminar|Day|Conference|Forum|Fair|"
                             r"Expo|Summit|Festival|Symposium))", s[a:b]):
            name = (m.group(1) + m.group(2)).strip()
            words = name.split()
            while words and words[0] in STARTERS:
                words = words[1:]
            if len(words) >= 2:
                return " ".join(words)
        return None
