"""Dates and date ranges as stated, with the year taken from context."""
from __future__ import annotations

import datetime as dt
import re
from .model import DateFact, Sentence
from .words import DAYS_EN, DAYS_NL, DAY_EN, MONTHS_EN, MONTHS_NL, MONTH_NO


_M = "|".join(MONTHS_NL + MONTHS_EN)
_D = "|".join(DAYS_NL + DAYS_EN)
_PREP = r"(?:(?P<prep>in|op|sinds|vanaf|uit|tot|eind|begin|medio|on|since|from|until|by|early|late|mid)\s+)?"
DATE_RX = [
    ("day", re.compile(_PREP + r"(?:(?P<wd>" + _D + r")\s+)?(?P<d>\d{1,2})\s+(?P<m>" + _M
                       + r")(?:\s+(?P<y>\d{4}))?(?!\w)", re.IGNORECASE)),
    ("day", re.compile(_PREP + r"(?P<m>" + "|".join(MONTHS_EN) + r")\s+(?P<d>\d{1,2})"
                       r"(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\w)", re.IGNORECASE)),
    ("month", re.compile(_PREP + r"(?P<m>" + _M + r")\s+(?P<y>\d{4})(?!\w)", re.IGNORECASE)),
    ("year", re.compile(_PREP + r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})(?![\d/.,]\d)", re.IGNORECASE)),
    ("weekday", re.compile(_PREP + r"(?P<wd>" + _D + r")(?!\w)", re.IGNORECASE)),
    ("vague", re.compile(r"(?:in )?(?:de |the )?(?:komende|volgende|coming|next) "
                         r"(?:maanden|jaren|weken|months|years|weeks)|in het (?:voorjaar|najaar)|"
                         r"in the (?:spring|autumn|fall|summer)|volgend jaar|next year|"
                         r"later this year|dit najaar|this autumn", re.IGNORECASE)),
]


def _dates(sent: Sentence, mission_when: str | None) -> list[DateFact]:
    s = sent.text
    taken: list[tuple[int, int]] = []
    out: list[DateFact] = []
    for precision, rx in DATE_RX:
        for m in rx.finditer(s):
            a = m.start() if m.start() == 0 or not s[m.start() - 1].isalnum() else None
            if a is None or any(not (m.end() <= ta or a >= te) for ta, te in taken):
                continue
            if m.group(0).strip() == "" or (precision == "year" and m.group(0)[0].isdigit()
                                            and s[max(0, a - 2):a].strip() in ("€", "nr")):
                continue
            taken.append((a, m.end()))
            g = m.groupdict()
            as_stated = m.group(0)
            if precision == "vague":
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
                    note, conf = "year not stated; taken from the mission", 0.5
                if y is None:
                    when = None
                else:
                    try:
                        when = dt.date(int(y), mo, int(g["d"])).isoformat()
                    except ValueError:
                        continue
                wd = g.get("wd")
                out.append(DateFact(as_stated, when, "day", sent,
                                    day_of_week=DAY_EN[wd.lower()] if wd else None,
                                    confidence=conf, note=note))
            elif precision == "month":
                out.append(DateFact(as_stated, f"{y}-{mo:02d}", "month", sent, confidence=0.9))
            else:
                out.append(DateFact(as_stated, y, "year", sent, confidence=0.8))
    return sorted(out, key=lambda d: s.find(d.as_stated))
