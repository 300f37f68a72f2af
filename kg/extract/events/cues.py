"""Cues of events: the words that tell an event (EVENT_CUES) and the patterns that tell which
cue is a new event, a reference back, a habit or a plan."""
from __future__ import annotations

import re

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
# a mission named by its title: "2012 Council of the Federation Mission to China", "the 2008
# Mission to China", "Handelsmissie naar Vietnam 2023" (a year, before or after, makes it a title)
TITLED_MISSION = re.compile(
    r"(?-i:(?:19|20)\d{2} (?:[A-Z][\w’'-]* (?:(?:of|for|and|van|voor)(?: the| de| het)? )?){0,6}?"
    r"(?:Mission|Missie|[A-Z]\w*(?:mission|missie))(?= (?:to|naar) [A-Z])|"
    r"(?:(?!(?:Tijdens|During|In|On|At|Op|Bij|Na|After|The|De|Het|Een|A|An)\b)[A-Z][\w’'-]* "
    r"(?:(?:of|for|and|van|voor)(?: the| de| het)? )?){0,6}?(?:Mission|Missie|"
    r"[A-Z]\w*(?:mission|missie)) (?:to|naar) [A-Z][\w-]+ (?:19|20)\d{2}\b)")
# where a verb of a programme told in one sentence stands: after "will", "shall" or "to", or in
# the list after "and" or a comma ("will visit A, open B and address C")
_VERB_AFTER = r"(?:(?<=will )|(?<=will also )|(?<=shall )|(?<=, )|(?<=and ))"
# a line of a programme that starts with its time ("11.00- 12.00 Bezoek aan ..."): an item of
# its own, never a reference back to one told before
TIME_SLOT = re.compile(r"\d{1,2}[.:]\d{2}\b")
# talks as an item of a programme's list, named by whom they are with ("gesprekken met de
# gouverneur")
_LISTED_TALK = re.compile(r"\w*gesprek(?:ken)?|talks?|discussions?", re.IGNORECASE)
# calls paid on someone, by their noun ("paid a courtesy call on", "official calls on")
_CALLS_ON = re.compile(r"(?:(?:official|courtesy|formal) )?calls? on", re.IGNORECASE)
# the bare verbs of such a programme (a bare "visit" is otherwise no cue of its own)
_BARE_VERB = re.compile(r"address|open|tour|visit|visiting", re.IGNORECASE)
# what ends an item of such a list, before the next item's cue: "A, ", "B and (a) ", "C before "
_LIST_TAIL = re.compile(r"(?:[\s,]+(?:and|en|before|after|while)(?:\s+(?:a|an|the|een|de|het))?)?"
                        r"[\s,]*$", re.IGNORECASE)
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
     # (or a man or woman by the English style, or an English body by its word: "Mr Moore met
     # Songpa Mayor Yoo Taek Lee", "The delegation also met Governor Li")
     r"(?-i:(?:Mr|Mrs|Ms|Dr)\.? [A-Z][\w’'-]+|[Tt]he (?:delegation|mayor|minister|governor|"
     r"premier|president|team|group|[Mm]ayor|[Mm]inister|[Gg]overnor|[Pp]remier)) (?:also |then "
     r"|later |first )?met(?= (?-i:[A-Z]))|"
     # a body that meets: "Het comité vergaderde voor het eerst", "kwam bij elkaar", "convened"
     r"vergaderde(?:n)?|(?:kwam|kwamen) (?:[\w-]+ ){0,5}?(?:bijeen|bij elkaar)\b|convened|"
     # meetings with someone by the Dutch noun: "bijeenkomsten met vertegenwoordigers uit het
     # bedrijfsleven" (not a "netwerkbijeenkomst": an event, above)
     r"(?<![\w-])bijeenkomst(?:en)? met",
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
    # an agreement struck between its parties is signed: "an MOU was struck between A and B"
    (r"struck(?= (?:between|with) )", "signing", "object"),
    # a promise or friendship sealed with a treaty is that treaty signed: "werd die belofte
    # bezegeld met een officieel vriendschapsverdrag", "sealed with a friendship agreement"
    (r"(?:bezegeld|bezegelden|bezegelde|sealed)(?= (?:met|with) (?:een |an? |het |the )?(?:\w+ )?"
     r"\w*(?:verdrag|overeenkomst|akkoord|convenant|treaty|agreement|charter|pact)\b)", "signing",
     "object"),
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
     # a trip approved or prepared at a council's meeting: "The trip was approved at last week's
     # Special Council meeting", "De reis werd goedgekeurd in de raadsvergadering van maandag"
     r"(?:approved|adopted|prepared|discussed) (?:at|during|in) (?:[\w'’]+ ){0,3}?(?:special |"
     r"extraordinary |ordinary )?(?:council|cabinet) meeting\b|(?:goedgekeurd|besproken|"
     r"voorbereid|vastgesteld) (?:in|tijdens|op) (?:de |het )?(?:[\w'’-]+ ){0,3}?"
     r"(?:raadsvergadering|raadszitting|collegevergadering|statenvergadering)\b|"
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
     r"geïnformeerd|ingelicht)\b|"
     # someone reports on a trip, to the body that sent them: "The Lord Mayor reported on his
     # recent overseas visits", "Raadsleden deden dinsdag verslag van hun bezoek aan ..."
     r"(?:reported|reports|report) (?:back )?on (?:his|her|their|its|the) (?:[\w-]+ ){0,2}?"
     r"(?:visits?|trips?|missions?)\b|(?:deed|deden|doet|doen) (?:[\w-]+ ){0,4}?verslag (?:van|over) "
     r"(?:zijn|haar|hun|de|het) (?:[\w-]+ )?(?:bezoek|bezoeken|reis|reizen|missie|werkbezoek)\b|"
     # someone told a council by its name: '"It was a valuable experience," Coun Wearn told
     # Alnwick Town Council', "vertelde de gemeenteraad"
     r"(?:told|briefed|informed)(?= (?:the )?(?-i:(?:[A-Z][\w-]* ){0,3}(?:Town |City |Borough |"
     r"County |District |Parish )?(?:Council|Cabinet)\b))|(?:vertelde|vertelt|meldde|meldt|"
     r"informeerde|informeert)(?= (?:de |het )?(?:gemeenteraad|raad|provinciale staten|"
     r"gedeputeerde staten)\b)",
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
    # a mission by its title with its year: "the first being the 2008 Mission to China",
    # "de Handelsmissie naar Vietnam 2023" (the report's own, by its year: see finding)
    (TITLED_MISSION.pattern, "mission", "object"),
    # a stage of the trip with its own days: "travel to Delhi (2-3 June 2008) to sign ...",
    # "reis naar Osaka (4 - 6 juni)"
    (_STAGE_CUE,
     "regional-visit", "object"),
    # "to participate in InnoVEX", "neemt deel aan het World Urban Forum"
    (r"participat(?:e|es|ed|ing) in|t(?:ake|akes|ook|aking) part in|deel(?:nemen|genomen) aan|"
     r"(?:neemt|nam|namen) (?:\w+ )?deel aan|attend(?:s|ed|ing)?(?= (?:the|a|an) )|bijwonen|"
     r"bijgewoond", "networking-event", "join"),
    # (a bare "ontving" may be of a letter: a reception when guests are received)
    # ("werd warm welkom geheten door", "verwelkomde de gasten")
    # (not a thing approved of: "which is to be welcomed")
    (r"ontvangst|ontvangen|receptie|reception|(?<!to be )welcomed|welkom (?:ge)?heten|verwelkom(?:d|de|den|t)|"
     r"ontving(?:en)?(?= [^.;]{0,80}?\b(?:de "
     r"delegatie|de gasten|het gezelschap|de bezoekers)\b)|received the (?:delegation|guests|"
     r"visitors)", "reception", "object"),
    # matchmaking: companies meet their counterparts ("een “matchingsbijeenkomst”", "a B2B
    # matchmaking session")
    (r"\w*matching\w*|matchmaking(?: events?| sessions?)?|b2b[- ](?:meetings?|gesprekken)",
     "conversation-with-companies", "object"),
    (r"netwerkbijeenkomst|viering|roadshow|celebration", "networking-event", "object"),
    # a celebration named by what it celebrates: "invited to help celebrate the 40th anniversary
    # of Voerde district", "vierden het 25-jarig jubileum van de stedenband"
    (r"celebrat(?:e|es|ed|ing)(?= (?:the |its |their |our )?(?:[\w-]+ ){0,3}?(?:anniversary|"
     r"jubilee|birthday)\b)|(?:vier(?:t|en|de|den)|gevierd)(?= (?:[\w-]+ ){0,6}?"
     r"(?:jubileum|verjaardag|bestaan)\b)", "networking-event", "celebrate"),
    (r"rondgeleid|rondleiding|toured|tour(?:ed)? of|guided tour", "pavilion-tour", "tour"),
    # round tables are talks, tours of facilities or sites are visits to them ("business
    # roundtables and facility tours")
    (r"round ?tables?|rondetafel(?:s|bijeenkomst(?:en)?)?", "talk", "object"),
    (r"(?:facility|site|plant|factory|company|bedrijfs) ?tours?", "company-visit", "object"),
    (r"paviljoen(?:s)?|pavilions?", "fair-visit", "object"),
    (r"seminar", "seminar", "object"),
    # (and what is unveiled, launched or inaugurated: "unveiled the representative office",
    # "launching the new market access protocol", "onthulde het monument")
    (r"geopend|opende|opent|openen|opened|opens|unveil(?:ed|s|ing)?|inaugurat(?:ed|es|ing)|"
     r"launch(?:ed|es|ing)|onthul(?:de|den|d|t)|ingehuldigd|huldigde|lanceerde|gelanceerd",
     None, "open"),
    # an event named as taking place: "Tijdens het bezoek vindt de Hi-Tech Fair plaats", "the
    # Water Expo takes place" (not "Dit vindt reeds plaats op het gebied van ...": no event word)
    (r"(?:vindt|vinden|vond|vonden)(?= (?:[^.;:]{0,80}?[^\w.;:])?(?:Fair|Beurs|Expo|Forum|Summit|"
     r"Congres|Conference|Festival|Seminar|Symposium|Week)\b[^.;:]{0,40}? plaats\b)|"
     r"(?:takes|took|will take) place", "networking-event", "object"),
    # a visit by others than the travellers, by its noun: "the state visit by the King", "dit
    # tegenbezoek", "inward visits by the Presidents of ..."
    (r"(?:state|return|inward) visits?|staatsbezoek(?:en)?|tegenbezoek(?:en)?", "regional-visit",
     "object"),
    # a visit by someone named, by its noun with "a": "in the wake of a visit by Zhu Chen, the
    # Mayor of Lishui", "following an official visit from Governor Li", "een bezoek van
    # burgemeester Li" (not "the visit by ...": the one told before)
    (r"(?:(?<=\ba )|(?<=\ban official )|(?<=\ba recent )|(?<=\ba working )|(?<=\ba courtesy )|"
     r"(?<=\been ))(?:visit|bezoek)(?= (?:by|from|van) (?:(?:the )?(?-i:[A-Z])|"
     r"(?:burgemeester|gouverneur|minister|wethouder|gedeputeerde|mayor|governor) ))",
     "regional-visit", "object"),
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
    # a programme told as verbs in one sentence: "she will make official calls on A and B,
    # address C, open D, visit E and tour F before visiting G" (each its own event; a bare
    # "visit" after "will", "and" or a comma is the verb, elsewhere only a reference back)
    (r"(?:official|courtesy|formal) calls? on|(?:pay|pays|paid|make|makes|made) (?:a |an )?"
     r"(?:courtesy |official )?calls? on", "bilateral-meeting", "meeting"),
    # (what is addressed is named: "address the Chamber of Commerce", not "address major
    # challenges"; the cue table is matched ignoring case, the names' capitals are not)
    (_VERB_AFTER + r"address(?= (?:the )?(?-i:[A-Z]))|addresse[sd](?= (?:the )?(?-i:[A-Z]))",
     "networking-event", "address"),
    (_VERB_AFTER + r"open(?= (?:a|an|the|new|its|his|her|their) )", None, "open"),
    (_VERB_AFTER + r"tour(?= (?:a|an|the) )", "pavilion-tour", "tour"),
    (_VERB_AFTER + r"visit(?= (?:the|a|an|(?-i:[A-Z])|(?:\w+ ){1,2}(?-i:[A-Z])))|(?:(?<=before )|"
     r"(?<=after )|(?<=while ))visiting(?= (?:the|a|an|(?-i:[A-Z])))|"
     # the present tense of a programme: "On 13 April the minister visits Philips"
     r"(?<![\w-])visits(?= (?:the|a|an|(?-i:[A-Z]))(?!\w* (?:to|of|by|were|are)\b))",
     None, "visit"),
    # an excursion is a visit to where it goes: "excursie naar een melkveebedrijf", "a field
    # trip to the port"
    (r"excursies? naar|excursions? to|field trips? to", None, "visit"),
    (r"bezocht(?:en)?|bezoekt|bezoek(?:en)? aan|bracht (?:hij |zij |de \w+ )?een bezoek|visited|visits? to|"
     r"paid a visit|bezichtig(?:en|de|den|d|ing)|"    # "het schilderij te bezichtigen in ..."
     # (a visit paid, what it was paid to before or after: "wordt aan enkele bedrijven een
     # bezoek gebracht", "heeft een delegatie een bezoek gebracht aan de stad X")
     r"(?:bedrijfs|werk)?bezoek(?:en)? (?:(?:worden|werden|wordt|werd) )?"
     r"(?:af(?:leggen|gelegd|legt|legde|legden)|gebracht|brengen)|"
     r"(?:bedrijfs|werk)bezoek(?:en)? aan", None, "visit"),
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
# a visit promised is none (yet): "Weber beloofde zijn ambtsgenoot een snel tegenbezoek", "promised
# a return visit"
_PROMISED = re.compile(r"\b(?:beloofde|beloofden|belooft|beloofd|toegezegd|zegde|promised|"
                       r"promises)\b[^.;]{0,60}?\b(?:een|a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
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
                      # (a mandate to sign is no signing yet: "gave the delegation a mandate to
                      # sign", "het mandaat om ... te ondertekenen", "gemachtigd om te tekenen")
                      r"going) to|mandate to|authori[sz]ed to|mandaat (?:om|tot)|gemachtigd "
                      r"(?:om|tot)|plans? to|intends? to|staat (?:\w+ )?gepland|staan (?:\w+ )?"
                      r"gepland|ga(?:at|an) (?:\w+ ){0,4}?(?:in gesprek|ontmoeten|bezoeken|spreken|"
                      r"praten|(?:onder)?tekenen))\b", re.IGNORECASE)
# what a trip is for, told in the sentence of the trip: "Voor de prijsuitreiking reist ..."
_PURPOSE_BEFORE = re.compile(r"(?:^|\s)(?:voor|for) (?:de|het|the) $", re.IGNORECASE)
# what someone asked for is no event (yet): "it had been requested by the Mayor that the two
# areas now formally sign an agreement", "verzocht om een overeenkomst te tekenen"
_REQUESTED = re.compile(r"\b(?:requested|asked|verzocht|gevraagd)\b[^.;]{0,60}?\b(?:that|to|om|"
                        r"dat)\b[^.;]{0,60}$", re.IGNORECASE)
# a signing someone wishes, aims at or says could happen is no signing (yet): "Eyeing to sign a
# twin-city agreement, the city is proposing ...", "We can sign a mutual agreement", "hopes to
# sign", "Beide steden willen in 2025 een overeenkomst tekenen" (one told in the future tense,
# "will sign", is planned: `_PLANNED`)
_WISHED = re.compile(r"\b(?:eyeing|aim(?:s|ing)?|hop(?:es?|ing)|wish(?:es|ing)?|wants?|wanting|"
                     r"seek(?:s|ing)?|keen|eager|desires?|would (?:also )?like|with a view) to "
                     r"(?:\w+ ){0,2}$|\b(?:can|could|may|might)\s+(?:\w+ )?$|\b(?:willen|wil|"
                     r"hopen|hoopt|kunnen|kan|zouden|zou|wensen|streven)\b[^.;,]{0,60}$|"
                     # (or one announced as a milestone to come: "Major milestones were announced
                     # such as the first office …, signing of the Free Trade Agreement")
                     r"\b(?:were|was|been|are|is|werden|werd|zijn) (?:\w+ )?(?:announced|"
                     r"aangekondigd)\b[^.;]{0,100}$",
                     re.IGNORECASE)
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
# hij in gesprek met ...", "visited OGMA and discussed ...", "open a plant before visiting the
# site": the gap between two verbs ends with a comma, 'and' or 'before/after/while', or with a
# clause that starts 'and/, <verb> he'
# (a session "gevolgd door een gezamenlijke zitting": one more event)
_CLAUSE_JOIN = re.compile(r"(?:(?:,|\ben|\band|\bbefore|\bafter|\bwhile)\s+(?:ook\s+|also\s+)?|"
                          r",? (?:gevolgd door|followed by) (?:een|a|an)\s+|(?:,|\ben\b|\band\b)\s+"
                          r"(?:[\w-]+\s+)?(?:hij|zij|ze|he|she|they|wij|we)\b[^,;.]*|"
                          # a second passive clause: "... een bezoek gebracht en worden er
                          # gesprekken gevoerd"
                          r"\ben\s+(?:worden|werden|wordt|werd)\s+(?:er\s+)?(?:ook\s+)?)$",
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
                            r"(?:state|return|inward) visits?|staatsbezoek(?:en)?|tegenbezoek(?:en)?|"
                            r"(?:[\w’'-]+ )*?(?:(?:handels|netwerk|studie)(?:missie|reis)|(?:trade|"
                            r"business|study|networking) (?:mission|trip))", re.IGNORECASE)
# events named by the words of their clause: "een culinaire route door de binnenstad", "the
# celebration of the 10th anniversary of the opening of X"
_NAMED_BY_CLAUSE = re.compile(r"(?:gezamenlijke|gemeenschappelijke) (?:zitting|vergadering|"
                              r"bijeenkomst)|joint (?:session|meeting)|culinaire (?:route|"
                              r"wandeling)|culinary (?:route|tour|walk)|stadswandeling|city walk|"
                              r"walking tour|rondvaart|boat tour|rondrit|"
                              # "excursie naar een melkveebedrijf van fam. Wijers"
                              r"excursies? naar|excursions? to|field trips? to|"
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


# "een ronde tafelgesprek ... en een netwerkbijeenkomst": events told one after another
_EVENT_LIST = re.compile(r"(?:,|\ben|\band|\bevenals|\bas well as) (?:een|a|an) ")
