"""Follow-ups: what is to happen after the mission, with a commitment guessed from the wording."""
from __future__ import annotations

import re

from ..ingest import local_name
from .model import FollowUpDraft


# ---------------------------------------------------------------- follow-ups

_EXPLORED = re.compile(r"(?:gekeken|bekeken|onderzocht|verkend)\w*\s+(?:wordt\s+)?naar de "
                       r"mogelijkhe|mogelijkhe\w* (?:wordt|worden) (?:onderzocht|verkend|bekeken)|"
                       r"(?:wordt|worden) (?:er )?(?:onderzocht|verkend|overwogen)|verkenn|"
                       r"explor|look(?:s|ing)? into|consider(?:ing|ed)|being (?:studied|"
                       r"investigated|examined)|possibility of .* (?:is|are) being|"
                       r"(?:mogelijkheden|possibilities|opportunities|options) (?:voor|tot|van|"
                       r"for|of) [^.;]{0,80}?(?:besproken|bespreken|discussed)|(?:bespreken|"
                       r"discuss(?:ing)?) (?:van )?(?:de |the )?(?:mogelijkheden|possibilities|"
                       r"opportunities|options)", re.IGNORECASE)
_POSSIBLE = re.compile(r"een van de mogelijkheden|één van de mogelijkheden|mogelijk(?:erwijs)?\b|"
                       r"eventueel|wellicht|one of the (?:possibilities|options)|possibly|could|"
                       r"might|may be|"
                       # a hope, a wish, a proposal: not (yet) agreed
                       r"hoped?s?|hoping|hoopt(?:e|en)?|would (?:also )?like|wish(?:es)?|desires?|"
                       r"gedacht (?:wordt )?aan|proposed|proposing|voorgesteld|stel(?:t|len) "
                       r"(?:\w+ ){0,3}voor\b", re.IGNORECASE)
_COMMITTED = re.compile(r"\bzal\b|\bzullen\b|\bwordt\b|\bworden\b|\bgaat\b|\bgaan\b|\bwill\b|"
                        r"\bshall\b|agreed|committed|is to be|are to be|afgesproken|toegezegd",
                        re.IGNORECASE)
_FU_SPLIT = re.compile(r",? en (?=een van de mogelijkheden|één van de mogelijkheden|er wordt|"
                       r"daarnaast)|,? and (?=one of the (?:possibilities|options))", re.IGNORECASE)
_MANNER = re.compile(r"^(?:hierbij|daarbij|daarin|in doing so|in this)\b.*(?:samen(?:ge)?werk|"
                     r"in samenwerking|cooperat|together with|partners)", re.IGNORECASE)


def commitment_of(clause: str) -> tuple[str, float]:
    """committed / being-explored / possibility, from the wording."""
    if _EXPLORED.search(clause):
        return "being-explored", 0.75
    if _POSSIBLE.search(clause):
        return "possibility", 0.7
    if _COMMITTED.search(clause):
        return "committed", 0.65
    return "committed", 0.4


def actor_name(m) -> str:
    """The name an unresolved mention is declared by in the draft (kg.extract.actors); for a
    bare role word read as someone named before, that one's name."""
    if m.same_as:
        return m.same_as
    if m.role_word and not m.unnamed and m.text.lower().startswith(m.role_word.lower()):
        return m.text[len(m.role_word):].strip()
    return m.text


# what is still to come, in a report without a follow-up section: "zal ... onderzoeken",
# "Wij willen ...", "will lead", "agreed to further strengthen", "hope to expand"
_INTENT = re.compile(r"\b(?:zal|zullen|willen|wil|will|hope to|hopen|agreed to|afgesproken|"
                     r"plans? to|intends? to|voornemens|in de toekomst|in the future|"
                     r"(?:am|is|are) committed to|(?:am|is|are) determined to)\b",
                     re.IGNORECASE)


# what someone hopes, wishes, promises or is willing to do, and what is proposed, planned or
# aimed at: a step to come too ("He hoped that X would be twinned with the City", "De
# wethouder hoopt op vervolgafspraken", "said that he would like to take forward the idea of",
# "beloofde een tegenbezoek", "is bereid ... te ondersteunen", "I look forward to building on",
# "Gedacht wordt aan een ontvangst", "Binnenkort ...", "The aim of the trip is to conclude",
# "Het doel is tot een overeenkomst te komen", "Eyeing to sign a twin-city agreement")
_WISH = re.compile(r"\b(?:hoped?s? (?:that|to|for)|hoping to|hoopt(?:e|en)?|hoopten|would (?:also )?"
                   r"like to|wants? to|wish(?:es)? to|desires? to|look(?:s|ing)? forward to|"
                   r"kijk(?:t|en)? (?:er )?(?:naar )?uit naar|(?:is|zijn|was|waren) bereid|"
                   r"(?:is|are|was|were) willing to|beloofde|belooft|promised|"
                   r"promises|assured|(?:wordt|werd) (?:er )?gedacht aan|gedacht wordt aan|"
                   r"binnenkort|in the coming (?:weeks|months|years)|in de komende (?:weken|"
                   r"maanden|jaren)|(?:the|its|their|our) (?:aim|goal|intention|purpose|objective) "
                   r"(?:of [\w ]{1,30} )?is to|(?:het )?doel (?:van [\w ]{1,30} )?is (?:om|tot)|"
                   r"doelde om|with a view to|eyeing to|aims to|aiming to|beoogt|beogen|"
                   # looked at, offered, proposed, asked of the reader, reported to come: "Er
                   # wordt van beide kanten gekeken naar", "confirmed an offer to sponsor",
                   # "proposal to strengthen our links", "verzoek ik u zich aan te melden", "the
                   # mayor said that the details would be finalised", "going forward"
                   r"(?:wordt|worden) (?:er )?(?:[\w-]+ ){0,4}gekeken naar|offer(?:ed|s)? to|"
                   r"an offer to|aanbod (?:om|tot)|proposals? to|voorstel (?:om|tot)|"
                   r"(?:verzoek|vraag) (?:ik|wij|we) u|you are (?:requested|asked) to|"
                   r"(?:said|says|stated|added|confirmed|indicated)\b[^.;\"“”]{0,120}?\bwould|"
                   r"(?:zei|zegt|meldde|verklaarde)\b[^.;\"“”]{0,120}?\bzou(?:den)?|"
                   r"going forward|(?:were|was|been|are|is|werden|werd|zijn) (?:\w+ )?"
                   r"(?:announced|aangekondigd))\b", re.IGNORECASE)
# what a council, a cabinet or a committee decided, resolved, recommended or proposed for a step
# to come ("The Cabinet agreed that further work would go ahead", "Resolved – That the Mayor
# accept the invitation", "The Cabinet recommended to Council that a committee be formed",
# "Staff recommends that the Committee review", "is proposing to send its councillors",
# "besloten ... te", "wordt voorgesteld",
# "heeft ... voorgesteld", "beveelt aan"): a follow-up even in the sentence of an event it
# tells (the attendance approved, the trip decided)
_DECIDED = re.compile(r"\b(?:resolved|decided|agreed|recommend(?:s|ed)?|(?:is|are) recommended|"
                      r"propos(?:ed|es|ing)|requested)\b[^.;]{0,60}?\b(?:that|to)\b|"
                      r"\b(?:it was|it is|(?:were|was) (?:also )?) agreed\b|"
                      # a mandate given: "gave the delegation a mandate to sign", "gemachtigd om"
                      r"\bmandate to\b|\bmandaat (?:om|tot)\b|\bgemachtigd (?:om|tot)\b|"
                      r"\b(?:besloten|besluit|besloot|besluiten) (?:[^.;]{0,60}?\bte\b|dat|om)|"
                      r"\b(?:wordt|werd|worden|is|zijn) (?:er )?(?:\w+ ){0,2}voorgesteld|"
                      r"\bvoorgesteld (?:wordt|werd|is)|\bheeft (?:[^.;]{0,80}?)voorgesteld|"
                      r"\bstel(?:t|len) (?:\w+ ){0,3}voor\b|\bbevee?(?:lt|len) (?:\w+ ){0,3}aan\b|"
                      r"\badviseer(?:t|en)? (?:\w+ ){0,3}(?:om|te|dat)\b|"
                      r"\b(?:werd|is|wordt) (?:er )?vastgesteld dat", re.IGNORECASE)

# a step to come told without a verb of intent: a trip planned, told by its noun ("het
# aanstaande bezoek van gedeputeerde Bos aan Lavaux", "the upcoming visit of the Governor"), the
# possibilities that are to be discussed ("Tijdens de kennismaking worden de mogelijkheden voor
# samenwerking besproken", "discussing opportunities for cooperation"), and what is to be worked
# out further ("wordt het programma verder ingevuld", "worden de afspraken nader uitgewerkt"):
# a follow-up even in the sentence of an event, and in an announcement's programme
# (in an announcement, "the upcoming trade mission" is the trip it announces: no follow-up)
_PLANNED_TRIP = re.compile(r"\b(?:aanstaande|komende|geplande|toekomstige|upcoming|forthcoming|"
                           r"planned|future) (?:[\w-]+ ){0,2}?(?:\w*bezoek|\w*missie|reis|visit|"
                           r"(?:trade )?mission|trip)\b", re.IGNORECASE)
_STEP_TOLD = re.compile(r"\b(?:mogelijkheden|possibilities|opportunities) (?:voor|tot|for|of) "
                        r"[^.;]{0,80}?\b(?:besproken|discussed)\b|\b(?:bespreken|discuss(?:ing)?) "
                        r"(?:van )?(?:de |the )?(?:mogelijkheden|possibilities|opportunities) "
                        r"(?:voor|tot|for|of)\b|"
                        r"\b(?:wordt|worden)\b[^.;]{0,80}?\b(?:verder|nader) (?:\w+ )?\w*ge\w+[dt]\b",
                        re.IGNORECASE)


# what changes from a day on ("Vanaf 1 mei worden de contacten afgebouwd", "From 1 May the
# office will be closed"): a step to come
_FROM_THEN = re.compile(r"(?:vanaf|from) [^,.;]{3,40}? (?:worden|wordt|will)\b", re.IGNORECASE)


# an aim the text states for a step to come: "This agreement commits our provinces to work together
# to ...", "The MOU establishes a framework to explore ...", "Afgesproken is dat ...", "Beide
# gemeenten gaan samenwerken om ..."
_AIM = re.compile(r"\b(?:commits? (?:\w+ ){0,3}to|committed (?:\w+ ){0,3}to|(?:a|an|the) (?:\w+ )?"
                  r"framework to|een (?:\w+ )?kader (?:om|voor)|(?:will|zullen|zal|gaan|gaat) "
                  r"(?:\w+ )?(?:work together|co-?operate|collaborate|samenwerken|samen werken)|"
                  r"(?:het|the) plan is (?:om|to)|afspraken gemaakt (?:over|om)|"
                  # an invitation to visit: a visit to come ("hebben wij de burgemeester van X
                  # uitgenodigd voor een bezoek aan Zeeland", "invited the governor to visit")
                  r"uitgenodigd (?:voor|tot) een (?:\w+)?bezoek|invited (?:[\w’'-]+ ){0,6}?to "
                  r"(?:visit|pay a visit)|agreed (?:to|that)|afgesproken (?:is )?dat|(?:is|werd) afgesproken|overeengekomen)\b",
                  re.IGNORECASE)
# an aim stated as what ought to be is a norm, no step anyone takes: "dat gemeenten steeds
# intensiever moeten gaan samenwerken", "regions should work together more"
_NORM_BEFORE = re.compile(r"\b(?:moeten|moet|behoren|must|should|ought to|need to|needs to)\s+$",
                          re.IGNORECASE)
# a speaker's own words (the sentence opens a quotation, or says who speaks first: "Burgemeester
# Jan Bos: “..."): what they predict or hope is no step to come; only an aim they state is
_QUOTED = re.compile(r"^\s*(?:[^\"“”„‘'.:]{2,60}:\s*)?[\"“”„‘']")


# the mission's sentence in the past tense: the report is told afterwards, not announced
_PAST = re.compile(r"\b(?:heeft|hebben|had|hadden|was|waren|bracht|brachten|leidde|leidden|"
                   r"bezocht|bezochten|kwam|kwamen|vond|vonden|jongstleden|jl\.|afgelopen|led|"
                   r"visited|were|has|have|travell?ed|went|took|organi[sz]ed|signed|hosted|"
                   r"held|tekenden|ondertekenden|ontving|ontvingen)\b",
                   re.IGNORECASE)


# what a visit's programme holds, in an announcement's future tense
# ("Zeven bedrijven zullen meereizen", "zal deelnemen aan de stand", "zullen de stand openen",
# "er zullen bedrijfsbezoeken worden afgelegd": the trip itself, not what follows it)
_PROGRAMME_VERB = re.compile(r"\b(?:bezoeken|bezocht|spreken|gesprekken?|aanwezig|ontvangen|"
                             r"besproken|bijwonen|visit|meet|attend|speak|discuss|"
                             r"meereizen|meereist|meegaan|deelnemen|deelneemt|openen|opent|"
                             r"\w*bezoeken|afgelegd|afleggen|presenteren|presenteert|"
                             r"accompany|travel with|take part|participate|open|"
                             r"begeleiden|begeleidt|vergezellen|vergezelt|escort|host|welcome|"
                             r"verwelkomen|verwelkomt|"
                             r"vertegenwoordigd|represented|"
                             # the parts of a programme: a session and who is present at it,
                             # what is shown there, what comes next that day
                             r"present|tijdens|during|belichten|toelichten|volgt|follows|"
                             r"bijeenkomst|zitting|discussion|focus on|route|rondleiding|"
                             r"ontbijt|lunch|diner|breakfast|dinner|reception|receptie)\b",
                             re.IGNORECASE)


# what someone believes or expects will happen is no step anyone takes: "Ik ben ervan overtuigd
# dat deze missie de relatie zal versterken", "We are confident that trade will grow"
# what something is for is no step either: "This memorandum will be used to strengthen ...", "Het
# convenant is bedoeld om ..."
_PURPOSE = re.compile(r"\b(?:will be used to|(?:is|are) (?:intended|meant) to|(?:zal|zullen) "
                      r"(?:worden )?gebruikt (?:worden )?om|(?:is|zijn) bedoeld om|dienen? om)\b",
                      re.IGNORECASE)
# what something will bring is a prediction, no step either: "This mission will help strengthen
# ...", "outcomes that will result in jobs", "Dit zal leiden tot meer handel"
_PREDICTION = re.compile(r"\b(?:will|zal|zullen) (?:also |ook )?(?:help|result in|lead to|bring|"
                         r"contribute|benefit|create|boost|helpen|leiden tot|bijdragen|"
                         r"opleveren|zorgen voor)\b", re.IGNORECASE)
# what a document will do describes the document, no step anyone takes: "This strategy is a key
# component of our plan and will focus on ...", "Het programma zal zich richten op ..."
_DOCUMENT_WILL = re.compile(r"^(?:This|The|Our|Dit|Deze|Het|De|Ons|Onze) (?:new )?(?:strategy|plan|"
                            r"programme|program|report|document|agenda|strategie|programma|"
                            r"rapport|nota|visie)\b[^.;]{0,120}?\b(?:will|zal|zullen)\b")
# (nor is what the reader is told they know: "Members will be aware that ...")
_BELIEF = re.compile(r"\b(?:(?:ervan )?overtuigd dat|(?:zullen|zal) (?:weten|zich herinneren) dat|"
                     r"will (?:be aware|recall|remember) that|verwacht(?:en)? dat|vertrouwen (?:erop )?dat|"
                     r"(?:am|is|are) (?:convinced|confident|sure) that|(?:believe|expect)s? that)\b",
                     re.IGNORECASE)

# thanks and greetings wished are a courtesy, no step to come: "Finally, I would like to thank
# the other participants", "Graag wil ik iedereen bedanken", "We wish to express our gratitude"
_COURTESY = re.compile(r"\b(?:would (?:also )?like to|wish(?:es)? to|want to|wil(?:len)?(?: \w+){0,3}) "
                       r"(?:thank|express (?:my|our|their|his|her) (?:thanks|gratitude|appreciation)|"
                       r"congratulate|pay tribute|bedanken|danken|feliciteren)\b", re.IGNORECASE)


def _reported_after_quote(text: str) -> bool:
    """'"I want to develop the city," he added, pointing out that he would also like the two
    cities to enter into a cultural exchange': a wish told after the quotation closes is
    reported, not the speaker's own words."""
    close = max(text.rfind(q) for q in ('"', "”", "’", "'"))
    tail = text[close + 1:] if close > 0 else ""
    return bool(tail and (_INTENT.search(tail) or _WISH.search(tail) or _DECIDED.search(tail)))


def headline_lines(sentences) -> set[int]:
    """The ids of a release's head lines: those before its first full sentence that end in no
    full stop ("Trade Mission Will Work to Attract Jobs"): they sum up, they promise nothing."""
    out = set()
    for sent in sentences:
        if sent.text.rstrip()[-1:] in ".!?":
            break
        out.add(id(sent))
    return out


# a release that announces a trip's programme is told before it ("Lt. Governor announces trade
# mission details", "released the full itinerary", "De minister maakt het programma bekend"),
# whatever else in its sentence is in the past tense
_ANNOUNCES = re.compile(r"\b(?:announces?|announced|unveils?|unveiled|releases?|released|publishe[sd]) "
                        r"(?:[\w’'-]+ ){0,4}?(?:itinerary|programme|program|schedule|details|plans)\b|"
                        r"\b(?:maakt|maakte|kondigt|kondigde) (?:[\w’'-]+ ){0,4}?(?:programma|"
                        r"reisschema|details|plannen) (?:[\w’'-]+ ){0,6}?(?:bekend|aan)\b|"
                        r"\b(?:programma|reisschema|plannen)\b[^.;]{0,60}?\b(?:bekendgemaakt|"
                        r"aangekondigd)\b", re.IGNORECASE)


def told_afterwards(mission_sentence: str) -> bool:
    return bool(_PAST.search(mission_sentence)) and not _ANNOUNCES.search(mission_sentence)


def still_to_come(sentence: str) -> bool:
    return bool(_INTENT.search(sentence))


def follow_ups_of(sentences, by_sentence, dates_by, report, home_org, known,
                told: set[int] = frozenset(), announced: bool = False) -> list[FollowUpDraft]:
    """Follow-ups: every clause of a follow-up section, and elsewhere (not under results or
    costs) a sentence that says what is to come, unless it tells an event or the mission
    (`told`: ids of those sentences) or, in an announcement (`announced`), what the programme
    will hold ("De minister zal bedrijven bezoeken", "Zullen aanwezig zijn ...")."""
    out: list[FollowUpDraft] = []
    heads = headline_lines(sentences)
    for sent in sentences:
        elsewhere = sent.section != "follow-up"
        aim = _AIM.search(sent.text)
        if aim and _NORM_BEFORE.search(sent.text[:aim.start()]):
            aim = None
        decided = _DECIDED.search(sent.text) or _STEP_TOLD.search(sent.text) or (
            not announced and _PLANNED_TRIP.search(sent.text))
        if elsewhere and (sent.section in ("costs", "results")
                          or (id(sent) in told and not decided) or id(sent) in heads
                          or not (_INTENT.search(sent.text) or aim or decided
                                  or _WISH.search(sent.text) or _FROM_THEN.match(sent.text))
                          or ((_QUOTED.match(sent.text) and not _reported_after_quote(sent.text)
                               or _DOCUMENT_WILL.match(sent.text))
                              and not aim) or _BELIEF.search(sent.text)
                          or _PURPOSE.search(sent.text) or _PREDICTION.search(sent.text)
                          or _COURTESY.search(sent.text) and not (aim or decided)
                          or announced and _PROGRAMME_VERB.search(sent.text) and not decided):
            continue
        clauses, last = [], 0
        for m in _FU_SPLIT.finditer(sent.text if not elsewhere else ""):
            clauses.append(sent.text[last:m.start()])
            last = m.end()
        clauses.append(sent.text[last:])
        for clause in clauses:
            clause = clause.strip().rstrip(".")
            if not clause:
                continue
            if _MANNER.search(clause) and out:
                if sent not in out[-1].quotes:
                    out[-1].quotes.append(sent)
                continue
            commitment, conf = commitment_of(clause)
            ds = [d for d in dates_by.get(id(sent), []) if d.as_stated in clause]
            due = next((d for d in ds if d.precision in ("vague", "year", "month", "day")), None)
            orgs = [m for m in by_sentence[id(sent)] if m.iri and known[m.iri].kind == "org"
                    and m.text in clause]
            by = [local_name(home_org)] if home_org else []
            review = ["`by:` is a guess (the report's own organisation); check"]
            if not by:                          # else the first actor the clause names
                actor = next((m for m in by_sentence[id(sent)] if m.kind in ("person", "org")
                              and m.text in clause), None)
                if actor is not None:
                    by = [local_name(actor.iri) if actor.iri else actor_name(actor)]
                    review = ["`by:` is a guess (the first actor the sentence names); check"]
                else:
                    review = ["say who is to do it (`by:`)"]
            if re.search(r"beide provincie|both provinces|samen met|together with", clause,
                         re.IGNORECASE) and orgs:
                by += [local_name(m.iri) for m in orgs if local_name(m.iri) not in by][:1]
            words = re.sub(r"^(?:Ook|Daarnaast|Hierbij|Also|In addition)\s+", "",
                           clause.lstrip("\"“”„‘' "))     # (a quotation's mark is no word)
            name = words if len(words) <= 90 else words[:87].rsplit(" ", 1)[0] + " …"
            name = name[0].upper() + name[1:]
            fu = FollowUpDraft(f"{report}-follow-up-{len(out) + 1}", name, commitment, [sent],
                               clause, by, due, conf, review)
            fu.review.append(f"commitment guessed from the wording: {commitment}")
            if elsewhere:
                fu.confidence = min(fu.confidence, 0.5)
                fu.review.append("told outside a follow-up section: check that it is one")
            out.append(fu)
    return out
