"""Word lists and patterns: months, days, role words, particles, organisation, event and agreement words, headings."""
from __future__ import annotations

import re


# ---------------------------------------------------------------- words

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# abbreviated months, with or without a dot ("Sept. 6", "Sep 6", "6 okt.", "febr."); "mei" and
# "May" have none
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "febr": 2, "mar": 3, "mrt": 3, "apr": 4, "jun": 6,
                       "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11,
                       "dec": 12}
MONTH_NO = ({m: i + 1 for i, m in enumerate(MONTHS_NL)} | {m: i + 1 for i, m in enumerate(MONTHS_EN)}
            | MONTH_ABBREVIATIONS | {f"{a}.": n for a, n in MONTH_ABBREVIATIONS.items()})
DAY_EN = {d: DAYS_EN[i] for i, d in enumerate(DAYS_NL)} | {d: d for d in DAYS_EN}

# role words, longest first: (regex, post-role notation or None when the post list has none)
ROLE_WORDS = [
    # heads of government and their deputies, before "minister" and "president"
    (r"vice-?minister-president|vice-minister-president", None),
    (r"minister-president", None), (r"vice-eerste minister|vice-premier|vicepremier", None),
    # heads of government by their own titles (Ireland, the UK's devolved governments, Canadian
    # and Australian states, German and Austrian Länder): a person, never an organisation
    (r"deputy first minister|first minister|chief minister|taoiseach|t[aá]naiste", None),
    (r"ministerpr[aä]sident(?:in)?|landeshauptmann|landeshauptfrau|"
     r"regierungspr[aä]sident(?:in)?|regierende[rn]? b[uü]rgermeister(?:in)?", None),
    (r"eerste minister|premier", None),
    (r"deputy prime minister|vice[- ]prime minister|prime minister", None),
    (r"chancellor|kanselier|bundeskanzler(?:in)?|kanzler(?:in)?", None),
    (r"cabinet secretary", None),
    (r"secretaris-generaal|secretary[- ]general", None),
    (r"directeur-generaal|director[- ]general", None),
    (r"vice[- ]?president", None),
    (r"plaatsvervangend(?:e)? ambassadeur", "deputy-ambassador"),
    (r"deputy ambassador", "deputy-ambassador"),
    (r"commissaris van de koning(?:in)?", "kings-commissioner"),
    (r"king['’]?s commissioner", "kings-commissioner"),
    (r"vice-?gouverneur", "vice-governor"), (r"vice[- ]governor", "vice-governor"),
    # a post whose word names its body: "de provinciegouverneur" (the province's governor)
    (r"provinciegouverneur", "governor"),
    (r"gouverneur", "governor"), (r"governor", "governor"),
    # titles abbreviated before a name ("Gov. Mark Dayton", "Lt. Gov. Jane Doe", "Amb. Li Wei",
    # "burg. Jansen", "gedep. De Vries", "weth. Bos"): the role word they stand for
    (r"lt\.? gov\.|lt\.? governor|lieutenant governor", None),
    (r"gov\.", "governor"), (r"amb\.", "ambassador"), (r"gedep\.", "gedeputeerde"),
    (r"sen\.|rep\.|burg\.|weth\.", None),
    (r"gedeputeerde", "gedeputeerde"),
    (r"ambassadeur", "ambassador"), (r"ambassador", "ambassador"),
    (r"directeur", "director"), (r"director", "director"),
    (r"ambtena(?:ar|ren)", "civil-servant"), (r"civil servants?", "civil-servant"),
    (r"vice-?minister|vice minister|deputy minister|minister of state|deputy premier|"
     r"deputy governor", None),
    (r"secretary of state|parliamentary secretary|permanent secretary", None),
    # a portfolio written into the word: "landbouwminister", "Wirtschaftsminister"
    (r"[a-zäöüß]{3,}minister(?:in)?", None),
    (r"minister", None), (r"staatssecretaris", None), (r"state secretary", None),
    (r"staatssekret[aä]r(?:in)?", None),
    # members of a parliament or council: "raadslid", "Statenlid", "Senator", "MEP", "Councillor"
    (r"raadslid|statenlid|kamerlid|europarlementari[eë]r|senator|member of parliament|"
     r"mep|mla|msp|mpp|councillor|councilor|councilman|councilwoman|cllr\.?|"
     # a councillor's or alderman's style abbreviated before a name ("Coun Wearn", "Cr Jan
     # Mol", "Clr. Bos", "Ald. Smith"); with its capital, "cr" is no word of its own
     r"(?-i:Coun|Cr|Clr|Ald)\.?", None),
    # the head of a university ("Rector Anna Berg", "rector magnificus")
    (r"rector(?: magnificus)?|vice-chancellor", None),
    (r"gemeentesecretaris|provinciesecretaris|dijkgraaf", None),
    (r"provinciegriffier|gemeentegriffier|griffier", None),
    (r"provincieraadsvoorzitter|gemeenteraadsvoorzitter", None),
    # a town's chief officer: "Municipal Manager, Ntombi Baart", "City Manager Jan Mol"
    (r"(?:municipal|city|town|county|borough) manager|gemeentemanager|stadsmanager", None),
    (r"lord mayor|lord provost|oberb[uü]rgermeister(?:in)?|b[uü]rgermeister(?:in)?", None),
    (r"burgemeester", None), (r"mayor", None), (r"wethouder", None), (r"schepen", None),
    (r"consul(?:-generaal| general)?", None), (r"president", None),
    (r"chief executive(?: officer)?|ceo|chief of staff|kabinetschef", None),
    (r"alderman|deputy mayor|locoburgemeester", None),
    # a council's political head (the English "Leader of the Council"; not "the leader of the
    # delegation", nor "business leaders")
    (r"(?:deputy )?leader(?= of the (?:city |county |borough )?council\b)", None),
    (r"voorzitter|chairman|chairwoman|chairperson", None),
    # royals before their first name ("Koning Willem-Alexander", "Crown Prince Hussein",
    # "groothertog Henri", "Grand Duke Henri");
    # after "commissaris van de koning" and "king's commissioner" above
    (r"kroonprins(?:es)?|crown prince(?:ss)?|koning(?:in)?|king|queen|prins(?:es)?|"
     r"prince(?:ss)?|groothertog(?:in)?|grand duke|grand duchess", None),
]
# role words that say who someone is only with a name after them: a bare "de voorzitter" or "de
# Prins" is someone told of elsewhere, "MINISTER-PRESIDENT" a letterhead, "Rep." a republic
NAMED_ONLY = re.compile(r"(?:lt\.? )?gov\.|(?-i:Coun|Cr|Clr|Ald)\.?|amb\.|gedep\.|sen\.|rep\.|burg\.|weth\.|voorzitter|chair\w*|vice[- ]?president|kroonprins\w*|crown prince\w*|"
                        r"koning(?:in)?|king|queen|prins(?:es)?|prince(?:ss)?|"
                        r"groothertog(?:in)?|grand duke|grand duchess", re.IGNORECASE)
# a royal is named with the title ("Prinses Astrid", "King Willem-Alexander"): no family name
ROYAL = re.compile(r"kroonprins(?:es)?|crown prince(?:ss)?|koning(?:in)?|king|queen|prins(?:es)?|"
                   r"prince(?:ss)?|groothertog(?:in)?|grand duke|grand duchess", re.IGNORECASE)
ROLE_RX = re.compile(r"(?<![\w-])(" + "|".join(r for r, _ in ROLE_WORDS) + r")(?![\w-])",
                      re.IGNORECASE)
ROLE_OF = [(re.compile(r + r"$", re.IGNORECASE), n) for r, n in ROLE_WORDS]

# countries (Dutch and English names): "minister-president Anwar van Maleisië" is Anwar, of
# Malaysia; a name does not run on into one
COUNTRIES = {
    "Nederland", "Netherlands", "België", "Belgium", "Duitsland", "Germany", "Frankrijk", "France",
    "Luxemburg", "Luxembourg", "Spanje", "Spain", "Portugal", "Italië", "Italy", "Griekenland",
    "Greece", "Polen", "Poland", "Tsjechië", "Czechia", "Oostenrijk", "Austria", "Zwitserland",
    "Switzerland", "Denemarken", "Denmark", "Noorwegen", "Norway", "Zweden", "Sweden", "Finland",
    "Ierland", "Ireland", "Engeland", "England", "Schotland", "Scotland", "Turkije", "Turkey",
    "Rusland", "Russia", "Oekraïne", "Ukraine", "Roemenië", "Romania", "Hongarije", "Hungary",
    "China", "Japan", "Korea", "Zuid-Korea", "South Korea", "Taiwan", "Vietnam", "Maleisië",
    "Malaysia", "Singapore", "Indonesië", "Indonesia", "Thailand", "Filipijnen", "Philippines",
    "India", "Pakistan", "Bangladesh", "Australië", "Australia", "Nieuw-Zeeland", "New Zealand",
    "Canada", "Mexico", "Brazilië", "Brazil", "Argentinië", "Argentina", "Chili", "Chile",
    "Colombia", "Peru", "Suriname", "Amerika", "America", "Verenigde Staten", "United States",
    "Egypte", "Egypt", "Marokko", "Morocco", "Zuid-Afrika", "South Africa", "Kenia", "Kenya",
    "Nigeria", "Ghana", "Ethiopië", "Ethiopia", "Tanzania", "Namibië", "Namibia", "Angola",
    "Mozambique", "Israël", "Israel", "Saudi-Arabië", "Saudi Arabia", "Qatar", "Iran", "Irak",
    "Iraq", "Jordanië", "Jordan", "Koeweit", "Kuwait", "Oman", "Vlaanderen", "Flanders",
    "Wallonië", "Wallonia", "Verenigd Koninkrijk", "United Kingdom", "Groot-Brittannië",
    "Great Britain", "Wales", "Noord-Ierland", "Northern Ireland", "Hong Kong", "Macau",
    "Litouwen", "Lithuania", "Letland", "Latvia", "Estland", "Estonia", "Slowakije", "Slovakia",
    "Slovenië", "Slovenia", "Kroatië", "Croatia", "Bulgarije", "Bulgaria", "Servië", "Serbia",
    "Cyprus", "Malta", "IJsland", "Iceland", "Moldavië", "Moldova", "Armenië", "Armenia",
    "Wit-Rusland", "Belarus", "Algerije", "Algeria", "Tunesië", "Tunisia",
    "Verenigde Arabische Emiraten", "United Arab Emirates",
}
# a country by its formal name is the country, a place: "de Volksrepubliek China", "the
# People's Republic of China", "the Republic of South Africa", "het Koninkrijk België"
COUNTRY_FORMAL = re.compile(r"(?:(?:Federal |Islamic |Democratic |Socialist )?Republic of|"
                            r"People['’]s Republic of|Kingdom of|(?:Volks|Bonds)?[Rr]epubliek|"
                            r"Koninkrijk(?: der)?|Groothertogdom|Grand Duchy of) (?:the )?(?:"
                            + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + r")")
# what a minister is minister of: "minister Jansen van Economische Zaken" is Jansen, not
# "Jansen van Economische Zaken"
PORTFOLIOS = re.compile(r"(?:Economische|Buitenlandse|Binnenlandse|Sociale|Algemene) Zaken|"
                        r"Milieu|Onderwijs|Financiën|Defensie|Landsverdediging|Landbouw|"
                        r"Infrastructuur|Justitie|Volksgezondheid|Economie|Handel|Cultuur|"
                        r"Verkeer|Waterstaat|Wonen|Energie|Klimaat|Innovatie|Werk|"
                        r"Buitenlandse Handel|Ontwikkelingssamenwerking")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "von", "da", "du", "le", "la", "het", "’t",
             "'t"}
# capitalised words that start a sentence rather than a name
STARTERS = {
    "De", "Het", "Een", "Deze", "Dit", "Dat", "Die", "Ook", "Tijdens", "Na", "Naast", "Zo",
    "Daarnaast", "Hierbij", "Daarbij", "Vanuit", "Komende", "Er", "Wij", "We", "Hij", "Zij", "Ze",
    "In", "Op", "Bij", "Met", "Voor", "Van", "Als", "Ten", "Specifiek", "Bijvoorbeeld", "Hier",
    "Verder", "Vervolgens", "Dan", "Daarna", "Toen", "Totale", "Totaal", "Verslag", "En", "Of", "Om", "Aan", "Uit",
    "The", "This", "These", "That", "Those", "During", "After", "Also", "On", "At", "With",
    "For", "From", "To", "And", "Or", "A", "An", "It", "They", "We", "He", "She", "Our",
    "Finally", "Then", "There", "Here", "Next", "Total", "In", "By", "As",
}
# a missing full stop: "... deelname Deze kosten ..." (a table turned into running text)
MISSING_STOP = re.compile(r"(?<=[a-z\d)]) (?=(?:Deze|Dit|Het|De|Een|Ook|Tijdens|Naast|Hierbij|"
                           r"Daarnaast|Vanuit|This|These|The|During|After|Also) [a-z])")
ABBREVIATIONS = {
    "o.a.", "bijv.", "bv.", "e.g.", "i.e.", "dr.", "drs.", "ir.", "mr.", "prof.", "dhr.", "mevr.",
    "mw.", "mvr.", "st.", "nr.", "ca.", "incl.", "excl.", "etc.", "vs.", "inc.", "ltd.", "co.", "corp.",
    "jr.", "mrs.", "ms.", "no.", "e.a.", "m.b.t.", "t.a.v.", "resp.", "jl.", "a.s.", "b.v.",
    "n.v.", "z.g.", "mln.", "mld.", "approx.", "dept.", "gov.", "ing.",
    # styles before a name: "Hon. Jane Doe", "Rt. Hon.", "Cllr. Jan Mol"
    "hon.", "rt.", "cllr.", "coun.", "cr.", "clr.", "ald.",
    # titles abbreviated before a name: "Lt. Gov. Jane Doe", "Sen. Ann Moe", "Rep. Bo Li", "Amb.
    # Li Wei", "burg. Jansen", "gedep. De Vries", "weth. Bos", "Gen. Tom Ray"
    "lt.", "sen.", "rep.", "amb.", "burg.", "gedep.", "weth.", "gen.", "sec.", "pres.",
    # a family before its name: "het melkveebedrijf van fam. Wijers"
    "fam.",
}
# a possessive that is part of a name, of those it is for: "the National People’s Congress",
# "People's Republic", "Women’s Council", "Workers' Party" (not "the Council of Europe's Congress")
NAME_POSSESSIVE = re.compile(r"(?:People|Women|Children|Men)['’]s|Workers['’]")
# a form word before the name ("provincie Drenthe", "Ministry of Foreign Affairs")
FORM_BEFORE = (r"provincie|gemeente|ministerie van|stichting|hogeschool|universiteit van|"
                r"kamer van koophandel|ambassade van|consulaat(?:-generaal)? van|waterschap|"
                r"stadsdeel|projectgroep|stuurgroep|werkgroep|college van (?:GS|B&W|B en W) van|"
                # a club of friends of two towns: "de vriendenclub A-B", "vereniging A-B"
                r"vriendenclub|vereniging|"
                r"provinciale staten van|gemeenteraad van|"
                r"province of|ministry of|department of|embassy of|consulate(?: general)? of|"
                r"university of|municipality of|city of|government of|council of|"
                # a town's corporation: "the Corporation of the City of Panaji"
                r"chamber of commerce|corporation of(?: the)?")
ORG_WORDS = re.compile(r"(?<!\w)(Institute|Instituut|Center|Centre|Centrum|University|Universiteit|"
                       r"Ministry|Ministerie|ministerie|Embassy|Ambassade|Consulaat|Consulate|Agency|Foundation|Stichting|"
                       r"Cluster|Council|Raad|Corporation|Group|Labs?|B\.V\.|BV|N\.V\.|Inc\.?|Ltd\.?|"
                       r"GmbH|Company|Bank|Association|Vereniging|Maatschappij|Authority|College|"
                       r"School|Campus|Province|Provincie|Gemeente|Municipality|Academy|Academie|Partij|Party|"
                       # the last word of a company's name: "Dornan Engineering", "PM Group"
                       r"Engineering|Construction|Consulting|Consultancy|Solutions|Technologies|"
                       r"Systems|Logistics|Pharmaceuticals|Biologics|Holding|Holdings|Industries|"
                       r"Airlines|Airways|Department|Office|Port|"
                       # a government and a body known the world over: "Scottish Government",
                       # "Scottish Development International"
                       r"Government|Regering|International(?! [A-Z])|[Ss]ons|[Zz]onen|"
                       # public institutions: "National Gallery", "Royal Hospital Chelsea",
                       # "National Farmer’s Union", "Diplomatieke Vertegenwoordiging"
                       r"Museum|Gallery|Galerie|Hospital|Ziekenhuis|Union|Unie|Library|"
                       r"Bibliotheek|Theatre|Theater|Vertegenwoordiging|Representation|"
                       # a Dutch compound ending on a form word: "Havenbedrijf", "Reisbureau"
                       r"[A-Z]?\w+(?:bedrijf|bureau|agentschap|maatschappij)|"
                       # parliaments and their committees: "Vaste Commissie van Economische Zaken"
                       r"Kamer|Commissie|Commission|Committee|Parlement|Parliament|Senaat|Senate|"
                       # assemblies of governments: "Congress of Local and Regional Authorities"
                       r"Assembly|Authorities|"
                       # a unit of a government or company: "Directie Internationale Zaken",
                       # "Commerce and Marketing Division", "the European Unit"
                       r"Directie|Directoraat|Directorate|Division|Unit|Afdeling|"
                       # chambers, societies and universities by their own words ("Chamber of
                       # Commerce of X", "Asia Society", "Westfälische Wilhelms-Universität")
                       r"Chamber|Society|Universität|[A-Z]?\w+universit(?:eit|ät|y)|"
                       # bodies named in French, Spanish, Italian: "Institut National pour ...",
                       # "Universidad de la Costa", "Ville de Lyon", "Comune di Rimini"
                       r"Institut|Instituto|Istituto|Université|Universidad|Università|"
                       r"Universidade|Ville|Ciudad|Comune|Agence|Agencia|Conseil|Consejo|"
                       r"Fondation|Fundación|Fondazione|Ministère|Ministerio|Ayuntamiento|"
                       r"Municipalidad|Mairie|Communauté|Comunidad|"
                       r"[A-Z]?\w+platform)(?!\w)")
ORG_INTRO = re.compile(r"(?:het bedrijf|de firma|bedrijven als|bedrijven zoals|instellingen als|"
                       r"instituten als|partijen als|organisaties als|the company|the firm|"
                       r"companies such as|companies like|institutions such as|"
                       r"organisations such as|organizations such as|waaronder(?: die van)?|"
                       r"including|such as|zoals|"
                       # who supports, hosts or organises something is an organisation
                       r"with (?:the )?support (?:of|from)|supported by|hosted by|organi[sz]ed by|"
                       r"georganiseerd door|in samenwerking met|in cooperation with|i\.s\.m\.)"
                       r"\s+$", re.IGNORECASE)
# places listed after their kind are places, not organisations: "nine Chinese cities including
# Hong Kong, Shenzhen and Jinan", "de provincies zoals Hebei en Shandong"
PLACE_LIST = re.compile(r"(?:cities|towns|provinces|regions|countries|states|ports|steden|"
                        r"provincies|regio['’]s|landen|plaatsen|havensteden)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:including|such as|like|namely|zoals|waaronder|namelijk)\s+"
                        r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+(?:and|en)\s+))*$")
# an organisation named after its country or region: "Enterprise Ireland", "Invest Flanders",
# "Hydrogenics Korea" (not "Northern Ireland", "Zuid-Korea": a part of it)
# (nor a trip, a plan or an event for a country: "Handelsmissie China", "Strategy Japan")
NAMED_AFTER_COUNTRY = re.compile(r"^(?!(?:North|South|East|West|Northern|Southern|Eastern|"
                                 r"Western|Central|New|Upper|Lower|Greater|Noord|Zuid|Oost|"
                                 r"Midden|Nieuw|Groot)\b)(?![\w’'-]*(?i:missie|mission|bezoek|"
                                 r"visit|reis|trip|relatie|relations?|strateg\w+|beleid|plan|"
                                 r"programm?a|programme|agenda|week|dag|day|beurs|fair|expo|"
                                 r"forum|desk|team)\b)[A-Z][\w’'-]+ (?:" + "|".join(
                                     sorted(COUNTRIES, key=len, reverse=True)) + r")$")
# a name someone cooperates with is a partner: a city's or region's government, a company
# ("cooperating with Pudong", "samenwerking met Zuid-Moravië", "een convenant met Yangzhou")
# (and the ties two governments keep: "de bestuurlijke contacten en ontmoetingen tussen A en B",
# "official exchanges between A and B": both are partners)
# (the ties themselves and a body two governments keep together: "strong trade ties with B",
# "vriendschapsbanden met B", "de bilaterale stuurgroep tussen A en B"; the place's kind may
# have an adjective: "samenwerking met de Tsjechische regio B")
_PARTNER_INTRO = (r"(?:cooperat\w*|samenwerk\w*|worked together|relatie|relation\w*|"
                  r"partnership|partnerschap\w*|partnerstad|stedenband\w*|agreement|overeenkomst|"
                  r"convenant|memorandum|afgesloten|relation|contacten|contacts|ontmoetingen|"
                  r"uitwisselingen|exchanges|ties|banden|vriendschapsband\w*|stuurgroep|"
                  r"werkgroep|steering (?:committee|group)|working group)\s+(?:\w+\s+){0,2}?"
                  r"(?:with|met|tussen|between)\s+(?:de |het |the )?(?:(?:[A-Z][\w-]+ )?"
                  r"(?:stad|city of|regio|region|provincie|province|gemeente|municipality|"
                  r"state of) )?")
PARTNER_INTRO = re.compile(_PARTNER_INTRO + r"$", re.IGNORECASE)
PARTNER_PAIR = re.compile(_PARTNER_INTRO + r"(?-i:[A-Z][\w’'-]*)\s+(?:en|and)\s+$", re.IGNORECASE)
EVENT_WORDS = re.compile(r"(?<!\w)(Seminar|Event|Evenement|Day|Conference|Congres|Forum|Summit|"
                         r"Expo|Fair|Beurs|Week|Festival|Symposium|Workshop|Award|Awards)(?!\w)",
                         re.IGNORECASE)
AGREEMENT_WORDS = re.compile(r"(?<!\w)(Memorandum|MoU|Agreement|Overeenkomst|Convenant|Verdrag|"
                             r"Treaty|Declaration|Verklaring)(?!\w)")
# ("Enterprise", "Expertise": no nationality)
# (not any word on "-ch": "Holzbach", "Dietrich", "Ulrich" are family names)
NATIONALITY = re.compile(r"^(?![\w-]*ise$)(?:[A-Z][\w-]*(?:se|sche|aans|ees|ish|ese|ean|ian)|Dutch|French|"
                         r"Czech|Tsjech|German|Korean|European|Nederlands|Koreaans)$")
STOP_NAMES = ({m.capitalize() for m in MONTHS_NL + MONTHS_EN}
              # abbreviated months, but "Jan" is a first name too
              | {a.capitalize() for a in MONTH_ABBREVIATIONS if a != "jan"}
              | {d.capitalize() for d in DAYS_NL + DAYS_EN}
              | {"MKB", "MKB’ers", "MKB'ers", "SME", "SMEs", "EUR", "NB"}
              # the writer ("I attended"), styles and salutations before a name ("Rt Hon Jane
              # Doe", "Mevrouw Jansen", "Geachte dames en heren")
              | {"I", "I’m", "I'm", "I’ve", "I've", "I’d", "I'd", "I’ll", "I'll", "Rt", "Hon",
                 "Mevrouw", "Mevr", "Dhr", "Geachte", "Dear"})

# headings: (regex, section, strong?, inline category). A strong heading is recognised anywhere;
# a weak one only at a sentence boundary. Inline headings stay part of their sentence.
_NAME_TOKENS = r"(?:de |het |the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
HEADINGS = [
    (r"Doel van (?:het|de) (?:bezoek|reis|missie|werkbezoek)", "purpose", True, None),
    (r"Korte omschrijving programma ?onderdelen|Omschrijving (?:van het )?programma|"
     r"Programmaonderdelen|Programma", "programme", True, None),
    (r"Bezoek aan " + _NAME_TOKENS, "programme-sub", False, None),
    (r"Bedrijfsbezoeken|Overige bezoeken|Werkbezoeken|Ontmoetingen|Overige activiteiten",
     "programme-sub", True, None),
    (r"Resultaten|Resultaat|Opbrengsten", "results", True, None),
    (r"Follow-up|Vervolgstappen|Vervolgacties|Vervolg", "follow-up", True, None),
    (r"Financiële verslaglegging|Financiële verantwoording|Kosten", "costs", True, None),
    (r"Bestuurlijke deelname", None, True, "political-participation"),
    (r"Ambtelijke deelname", None, True, "civil-service-participation"),
    (r"Purpose(?: of the (?:visit|trip|mission))?", "purpose", False, None),
    (r"Short description of the programme|Programme(?: overview| summary)?|Program(?: overview)?",
     "programme", False, None),
    (r"Visit to " + _NAME_TOKENS, "programme-sub", False, None),
    (r"Company visits|Other visits|Meetings", "programme-sub", False, None),
    (r"Results|Result|Outcomes", "results", False, None),
    (r"Next steps", "follow-up", False, None),
    (r"Financial (?:report|reporting|statement|accounting)|Costs|Expenses", "costs", False, None),
    (r"Political participation|Administrative participation", None, False,
     "political-participation"),
    (r"Civil[- ]service participation|Official participation", None, False,
     "civil-service-participation"),
]
HEADING_RX = [(re.compile(r"(?<!\S)(?:" + rx + r")(?=$| [A-Z0-9•€\-–\"(])"), sec, strong, cat)
               for rx, sec, strong, cat in HEADINGS]

# "die met DSM samenwerken": a partner named before the verb
PARTNER_BEFORE_VERB = re.compile(r"^ (?:\w+ )?(?:samenwerk\w*|samen te werken|samen\b)")
# a name that keeps ties with another, or is its partner, is a partner itself: "A onderhoudt al
# jaren een relatie met B", "A has strong trade ties with B", "A and B are natural partners",
# "A en B zijn partnersteden" (the first of a pair too: "A and B ...")
_PAIRED = r"^(?: (?:and|en) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?"
PARTNER_SUBJECT = re.compile(
    _PAIRED + r" (?:onderhoudt|onderhouden|heeft|hebben|has|have|had|maintains|maintain|enjoys|"
    r"enjoy|kent|kennen)(?: [\w-]+){0,4}? (?:ties|relatie|relaties|relationship|relations|banden|"
    r"band|partnership|partnerschap|samenwerking|cooperation)\s+(?:with|met)\b"
    r"|" + _PAIRED + r" (?:are|were|zijn|waren)(?: [\w-]+){0,2}? (?:partners|partnersteden|"
    r"zustersteden|sister cities|twin towns|partner cities|partner regions|partnerregio's)\b")
# a name that does what organisations do is one: "Brainport Eindhoven signed a memorandum",
# "Taipei City and Eindhoven have actively promoted", "Yangzhou ontving de delegatie"
ACTOR_VERB = re.compile(r"^(?: (?:and|en) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?"
                        r" (?:have |has |had |heeft |hebben |had |also |ook |jointly )*"
                        r"(?:\w+ly )?(?:signed|ondertekende|ondertekenden|tekende|tekenden|"
                        r"promoted|hosted|organi[sz]ed|organiseerde|organiseerden|visited|led|"
                        r"leidde|cooperated|worked|werken samen|werkt samen|concluded|welcomed|"
                        r"received|ontving|ontvingen|sloten|sloot|invited|nodigde)\b")
# (Dutch participles such as "bezocht", "ondertekend" end a clause: "... de beurs bezocht" is no
# subject)


# a style or form of address before a name, no part of it: "Mr", "Mevrouw", "de heer", "Rt Hon",
# "the Hon.", "Sir" (kg.extract.names reads the name after it; kg.extract.writer a byline's)
# a capital letter, accented too ("Žagunis", "Ørsted", "Łódź"): Python's re has no \p{Lu}
UPPER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"
# an academic title, Dutch ones in lower case with their full stop: "Dr.", "prof.", "drs.", "ir.",
# "mr.", "ing." (a Dutch "mr." is a law degree, no form of address)
_ACADEMIC = r"(?:Dr\.?|Prof\.?|Drs\.?|Ir\.?|Ing\.|(?:dr|prof|drs|ir|mr|ing)\.)"
# styles and titles stack: "de heer Dr. Volker Müller", "prof. dr. ir. Jan Jansen", "Mr. Dr."
STYLE = (r"(?:(?:Mr|Mrs|Ms|Mr\.|Mrs\.|Ms\.|[Dd]hr\.|[Dd]e heer|[Mm]evrouw|[Mm]evr\.|"
         r"(?:The |the )?(?:Rt\.? |Right )?(?:Hon\.?|Honourable)|Sir|Dame)(?: " + _ACADEMIC
         + r")*|" + _ACADEMIC + r"(?: " + _ACADEMIC + r")*)")
