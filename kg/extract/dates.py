"""Dates and date ranges as stated, with the year taken from context."""
from __future__ import annotations

import datetime as dt
import re

from .model import DateFact, Sentence
from .words import DAYS_EN, DAYS_NL, DAY_EN, MONTHS_EN, MONTHS_NL, MONTH_ABBREVIATIONS, MONTH_NO


# an abbreviated month, after the full names ("Sept. 6", "6 okt.", "Sep 6")
_ABBR = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_M = "|".join(MONTHS_NL + MONTHS_EN) + r"|(?:" + _ABBR + r")\.?"
# a month with no day or year after it: an abbreviation only with its dot ("in Sept."; "in Jan"
# may be a name)
_M_BARE = "|".join(MONTHS_NL + MONTHS_EN) + r"|(?:" + _ABBR + r")\."
_D = "|".join(DAYS_NL + DAYS_EN)
_PREP = r"(?:\b(?P<prep>in|op|sinds|vanaf|uit|tot|eind|begin|medio|on|since|from|until|by|early|late|mid)\s+)?"
_ORD = r"(?:st|nd|rd|th|e|ste|de)?"
_TO = r"\s*(?:t/m|tot en met|tot|until|till|to|through|-|–)\s*"
# a range of days: "van 12 t/m 15 april", "Van 13 april tot 24 april", "van 4 - 9 juni",
# "From the 25th of September until the 1st of October", "2-12 June 2025", "van dinsdag 31
# oktober tot en met donderdag 2 november 2023" (with the days of the week)
_WD = r"(?:(?:" + _D + r")\s+)?"
RANGE_RX = re.compile(
    r"(?:(?:van|from|vanaf)\s+)?(?:the\s+)?" + _WD + r"(?P<d1>\d{1,2})" + _ORD + r"(?:\s+of)?"
    r"(?:\s+(?P<m1>" + _M + r"))?" + _TO + r"(?:the\s+)?" + _WD + r"(?P<d2>\d{1,2})" + _ORD
    + r"(?:\s+of)?"
    r"\s+(?P<m2>" + _M + r")(?:,?\s+(?P<y>\d{4}))?(?!\w)", re.IGNORECASE)
# days in a row joined by "en"/"and": "17 en 18 april 2008", "the 15th and 16th of October",
# "8, 9 en 10 juni" (a range; days apart, "3 en 10 mei", are dates of their own: dates_in)
_TWO_DAYS_RX = re.compile(
    r"(?:the\s+)?(?P<d1>\d{1,2})" + _ORD + r"(?P<m1>(?!))?(?P<between>(?:,\s*\d{1,2}" + _ORD
    + r")*)\s+(?:en|and|&)\s+(?:the\s+)?"
    r"(?P<d2>\d{1,2})" + _ORD + r"(?:\s+of)?\s+(?P<m2>" + _M + r")(?:,?\s+(?P<y>\d{4}))?(?!\w)",
    re.IGNORECASE)
# the month first, as American English writes it: "from October 10 to 16, 2019", "September
# 28 - October 2"
_ME = "|".join(MONTHS_EN) + r"|(?:" + _ABBR + r")\.?"
RANGE_US_RX = re.compile(
    r"(?:(?:from|between)\s+)?(?P<m1>" + _ME + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"\s*(?:-|–|to|until|till|through)\s*(?:(?P<m2>" + _ME + r")\s+)?(?P<d2>\d{1,2})"
    r"(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?(?![\w:.]\d|\w)", re.IGNORECASE)

_PART = r"(?:eind|begin|medio|half|early|late|mid)[- ]"# a range of years: "van 2021 tot 2025", "from 2021 to 2025", "tussen 2021 en 2025", "2021-2025"
YEARS_RX = re.compile(r"(?:(?:van|from)\s+(?P<a>(?:19|20)\d{2})\s*(?:tot(?: en met)?|t/m|to|until|"
                      r"till|through|-|–)\s*|(?:tussen|between)\s+(?P<b>(?:19|20)\d{2})\s+(?:en|and)"
                      r"\s+|(?<![\w/.,-])(?P<c>(?:19|20)\d{2})\s*[-–]\s*)(?P<y2>(?:19|20)\d{2})(?![\w/-]|[.,]\d)",
                      re.IGNORECASE)

_YEARS_OF_A_THING = re.compile(r"\b(?i:the|het|de) (?P<years>(?:19|20)\d{2}(?:\s*(?:to|tot|-|–)\s*"
                               r"(?:19|20)\d{2})?)(?= [a-zA-Z])")
# a range of months in one year: "September/October 2011", "van september tot oktober 2011"
_FULL_M = "|".join(MONTHS_NL + MONTHS_EN)
# a Dutch day of the week with its part of the day written as one word: "zaterdagochtend"
_DAYPART = r"(?:ochtend|voormiddag|namiddag|middag|avond|morgen|nacht)?"
MONTHS_RX = re.compile(r"(?:(?:van|from)\s+)?(?P<m1>" + _FULL_M + r")\s*(?:/|-|–|tot(?: en met)?|t/m|"
                       r"to|until|till|through)\s*(?P<m2>" + _FULL_M + r")\s+(?P<y>(?:19|20)\d{2})"
                       r"(?!\w)", re.IGNORECASE)

DATE_RX = [
    # parts of two months as one span: "eind augustus - begin september", "late August to early
    # September" (vague: no day, and the year may be either's)
    ("vague", re.compile(_PART + r"(?:" + _M + r")\s*(?:-|–|tot|to|until)\s*" + _PART + r"(?:" + _M
                         + r")(?!\w)", re.IGNORECASE)),
    # a day of the week with or without a comma ("on Sunday, 25 September"); a full month's
    # name may follow the day without a space ("6October 2011", as a typed minute writes it)
    # (an English ordinal, "the 8th of June", and a Dutch part of the day, "vrijdagavond 8 juni")
    ("day", re.compile(_PREP + r"(?:(?P<wd>" + _D + r")" + _DAYPART + r",?\s+)?(?:the\s+)?"
                       r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?(?:\s+|(?=(?:"
                       + _FULL_M + r")(?!\w)))(?P<m>" + _M
                       + r")(?:\s+(?P<y>\d{4}))?(?!\w)", re.IGNORECASE)),
    # the month first, a day of the week before it with a comma: "Tuesday, Sept. 6"
    ("day", re.compile(_PREP + r"(?:(?P<wd>" + _D + r"),?\s+)?(?P<m>" + _ME + r")\s+(?P<d>\d{1,2})"
                       r"(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?(?![\w:.]\d)", re.IGNORECASE)),
    ("month", re.compile(_PREP + r"(?P<m>" + _M + r")\s+(?P<y>\d{4})(?!\w)", re.IGNORECASE)),
    # a month without a year needs a word before it ("In September", "eind augustus"): a bare
    # "mei" or "May" may be a name
    ("month", re.compile(r"(?P<prep>in|op|eind|begin|medio|half|early|late|mid|since|sinds|"
                         r"vanaf|from|until|tot)\s+(?P<m>" + _M_BARE + r")(?![\w-]|\s+\d)",
                         re.IGNORECASE)),
    # (not in a code: "06-2014-Partenariats-4.3", a picture's reference)
    ("year", re.compile(_PREP + r"(?<![\d/.,])(?<!\d-)(?P<y>(?:19|20)\d{2})(?![\d/.,]\d|-[A-Za-z])",
                        re.IGNORECASE)),
    # (two days together: "Donderdag en vrijdag is de delegatie in Maleisië")
    # ("Zaterdagochtend", "zondagmiddag": the day with its part)
    ("weekday", re.compile(_PREP + r"(?P<wd>" + _D + r")" + _DAYPART + r"(?:\s+(?:en|and|&)\s+(?:" + _D
                           + r"))?(?!\w)", re.IGNORECASE)),
    ("vague", re.compile(r"(?:in )?(?:de |the )?(?:komende|volgende|coming|next) "
                         r"(?:maanden|jaren|weken|months|years|weeks)|in het (?:voorjaar|najaar)|"
                         r"in the (?:spring|autumn|fall|summer)|volgend jaar|next year|"
                         r"later this year|dit najaar|this autumn|this week|deze week|"
                         # a weekend without its days: "Over the weekend the Mayoress and I
                         # visited ...", "Afgelopen weekend bezocht ..."
                         r"(?:over|during) the (?:past |last )?weekend|(?:this|last|that) weekend|"
                         r"(?:tijdens )?het afgelopen weekend|(?:dit|afgelopen|vorig) weekend|"
                         r"last week(?:['’]s)?|vorige week|afgelopen week|"
                         # a time before the text's own: "last spring", "vorig voorjaar", "twee
                         # jaar geleden", "in de jaren die volgden"
                         r"(?:last|earlier this|vorig|vorige|afgelopen) (?:spring|summer|autumn|"
                         r"fall|winter|year|month|voorjaar|zomer|najaar|winter|jaar|maand)|"
                         r"(?:(?:een|twee|drie|vier|vijf|enkele|a|one|two|three|four|five|a few|"
                         r"several|\d{1,2}) (?:jaar|jaren|maanden|weken|years?|months?|weeks?) "
                         r"(?:geleden|ago))|in de jaren die volgden|in the years that followed|"
                         r"in the following years|"
                         # a day of the trip by its order: "During my first day in Japan"
                         r"(?:during|on) (?:my|our|the|his|her|their) (?:first|second|third|"
                         r"last|final) day|op (?:mijn|onze|de|zijn|haar) (?:eerste|tweede|derde|"
                         r"laatste) dag|"
                         # the day of a release: "Today, the three premiers signed", "Vandaag
                         # monteerde de gemeente" (not "recently": no day anyone can place)
                         r"\b(?:today|vandaag)\b",
                         re.IGNORECASE)),
]

# a day in figures: "17.02.2004", "18/11/2024", "11/27/2019"; dots and dashes are day first;
# a slash is day first unless the first figure cannot be a day's month partner (US order:
# "11/27/2019", the second figure over 12) or the text is American (`us_order`)
NUMERIC_RX = re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
                        r"(?P<y>(?:19|20)\d{2})(?![\w/]|[.,-]\d)")


def _numeric_day(m: re.Match, us_order: bool) -> str | None:
    """The ISO day of a figures-only date, or None for no real day."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    month_first = m.group("sep") == "/" and (b > 12 or us_order and a <= 12)
    day, month = (b, a) if month_first else (a, b)
    try:
        return dt.date(y, month, day).isoformat()
    except ValueError:
        return None


# a word that numbers what follows it: the figure after it is no year
_NUMBERED = re.compile(r"(?i:\b(?:\w*nummer|nr|no|number|kenmerk|artikel|art|zaak|dossier|"
                       r"besluit|referentie|ref|reference|item|punt|agendapunt|paragraaf|"
                       r"paragraph|section|page|pagina|blz|p|postbus|code)\.?\s*:?\s*)$|[#§]\s*$")


def _range(m: re.Match, year: str | None) -> tuple[str, str] | None:
    """(first day, last day) of a range match, ISO; None without a year or for no real day."""
    if year is None:
        return None
    mo2 = MONTH_NO[(m.group("m2") or m.group("m1")).lower()]
    mo1 = MONTH_NO[m.group("m1").lower()] if m.group("m1") else mo2
    try:
        first = dt.date(int(year), mo1, int(m.group("d1")))
        last = dt.date(int(year), mo2, int(m.group("d2")))
    except ValueError:
        return None
    return (first.isoformat(), last.isoformat()) if first <= last else None


def _in_a_row(m: re.Match) -> bool:
    """'8, 9 en 10 juni': each day the one after the day before it."""
    days = [int(m.group("d1")), *map(int, re.findall(r"\d+", m.group("between"))),
            int(m.group("d2"))]
    return all(b == a + 1 for a, b in zip(days, days[1:]))


def dates_in(sent: Sentence, mission_when: str | None, us_order: bool = False) -> list[DateFact]:
    """The dates of a sentence. A day without a year takes the year of `mission_when` (the
    mission's, or one its title or sentence states), with a note saying so. A day in figures
    with a slash is read month first when `us_order` (an American text) and it can be."""
    s = sent.text
    taken: list[tuple[int, int]] = []
    out: list[DateFact] = []
    for m in NUMERIC_RX.finditer(s):
        when = _numeric_day(m, us_order)
        if when is not None:
            taken.append(m.span())
            out.append(DateFact(m.group(0), when, "day", sent, confidence=0.85))
    # (without a year to give them, the days keep the last day's reading: "9 en 10 juni" ->
    # --06-10, where a range would have no value)
    two_days = [m for m in _TWO_DAYS_RX.finditer(s) if _in_a_row(m) and (m.group("y") or
                                                                           mission_when)]
    for m in [*RANGE_RX.finditer(s), *RANGE_US_RX.finditer(s), *two_days]:
        if m.start() and s[m.start() - 1].isalnum() or \
                any(not (m.end() <= ta or m.start() >= te) for ta, te in taken):
            continue
        stated_year = m.group("y")
        days = _range(m, stated_year or (mission_when or "")[:4] or None)
        note = None if stated_year else "year not stated; taken from the mission" if days \
            else "year not stated, nor that of the mission"
        taken.append((m.start(), m.end()))
        out.append(DateFact(m.group(0), days[0] if days else None, "day", sent,
                            confidence=0.9 if stated_year else 0.5, note=note,
                            until=days[1] if days else None, ranged=True))
    # years that describe a thing between its article and its noun ("the 2016 to 2021
    # administration", "de 2019 editie") say when that thing was, not when anything happened
    taken += [m.span("years") for m in _YEARS_OF_A_THING.finditer(s)]
    for m in YEARS_RX.finditer(s):
        first, last = m.group("a") or m.group("b") or m.group("c"), m.group("y2")
        if first < last and not any(not (m.end() <= ta or m.start() >= te) for ta, te in taken):
            taken.append((m.start(), m.end()))
            out.append(DateFact(m.group(0), first, "year", sent, confidence=0.8, until=last,
                                ranged=True))
    for m in MONTHS_RX.finditer(s):
        mo1, mo2 = MONTH_NO[m.group("m1").lower()], MONTH_NO[m.group("m2").lower()]
        if mo1 < mo2 and not any(not (m.end() <= ta or m.start() >= te) for ta, te in taken):
            taken.append((m.start(), m.end()))
            y = m.group("y")
            out.append(DateFact(m.group(0), f"{y}-{mo1:02d}", "month", sent, confidence=0.8,
                                until=f"{y}-{mo2:02d}", ranged=True))
    for precision, rx in DATE_RX:
        for m in rx.finditer(s):
            a = m.start() if m.start() == 0 or not s[m.start() - 1].isalnum() else None
            if a is None or any(not (m.end() <= ta or a >= te) for ta, te in taken):
                continue
            if m.group(0).strip() == "" or (precision == "year" and m.group(0)[0].isdigit()
                                            and (s[max(0, a - 2):a].strip() in ("€", "nr")
                                                 or _NUMBERED.search(s[:a]))):
                continue                        # "(jaarnummer 1929)", "artikel 2015": a number
            if precision == "year" and m.group(0)[0].isdigit() and \
                    re.search(r"(?<!\S)[A-Z][\w-]* $", s[:a]) and \
                    not re.search(r"(?:In|Op|Sinds|Vanaf|Tot|On|Since|From|Until|By) $", s[:a]):
                continue                        # "Expo 2012": part of a name, no date
            if precision == "year" and re.search(r"(?i:\b(?:the|de|het|an?))\s+$", s[:a]) and \
                    re.match(r"\s+[A-Z]", s[m.end():]):
                continue                        # "the 2019 Rugby World Cup": a name's, too
            taken.append((a, m.end()))
            g = m.groupdict()
            as_stated = m.group(0)
            if precision == "vague":
                if re.match(r"\s*\(", s[m.end():]):
                    continue                    # "Afgelopen voorjaar (maart 1998)": the date in it
                out.append(DateFact(as_stated, None, "vague", sent, confidence=0.6))
                continue
            if precision == "weekday":
                when = mission_when
                out.append(DateFact(as_stated, when, "weekday", sent,
                                    day_of_week=DAY_EN[g["wd"].lower()], confidence=0.5,
                                    note=("year and month assumed to be those of the mission"
                                          if when else None)))
                continue
            y = g.get("y")
            mo = MONTH_NO.get((g.get("m") or "").lower())
            note, conf = None, 0.9
            if precision == "day":
                if y is None:
                    y = (mission_when or "")[:4] or None
                    note = "year not stated; taken from the mission" if y else \
                        "year not stated, nor that of the mission"
                    conf = 0.5
                if y is None:                   # xsd:gMonthDay, as a sheet writes it
                    try:
                        dt.date(2000, mo, int(g["d"]))      # a leap year: 29 February may be
                    except ValueError:
                        continue
                    when = f"--{mo:02d}-{int(g['d']):02d}"
                else:
                    try:
                        when = dt.date(int(y), mo, int(g["d"])).isoformat()
                    except ValueError:
                        continue
                wd = g.get("wd")
                out.append(DateFact(as_stated, when, "day", sent,
                                    day_of_week=DAY_EN[wd.lower()] if wd else None,
                                    confidence=conf, note=note))
            elif precision == "month" and y is None:     # "In September": the mission's year
                y = (mission_when or "")[:4] or None
                out.append(DateFact(as_stated, f"{y}-{mo:02d}" if y else None, "month", sent,
                                    confidence=0.5, note="year not stated; taken from the mission"
                                    if y else None))
            elif precision == "month":
                out.append(DateFact(as_stated, f"{y}-{mo:02d}", "month", sent, confidence=0.9))
            else:
                out.append(DateFact(as_stated, y, "year", sent, confidence=0.8))
    return sorted(out, key=lambda d: s.find(d.as_stated))
