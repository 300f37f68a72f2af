"""Values written in a sheet: dates (YYYY, YYYY-MM, YYYY-MM-DD, and --MM-DD without a year) and
amounts of money (Dutch or plain notation, never a float)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import XSD, Literal

from ..i18n import _, month_name
from .terms import MONTHS

@dataclass(frozen=True)
class SheetDate:
    """YYYY, YYYY-MM or YYYY-MM-DD; or --MM-DD, a day of a year the report does not give (year
    None: never filled in from elsewhere)."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def exact(self) -> bool:
        return self.day is not None

    @property
    def yearless(self) -> bool:
        return self.year is None

    def literal(self) -> Literal:
        if self.year is None:
            return Literal(f"--{self.month:02d}-{self.day:02d}", datatype=XSD.gMonthDay)
        if self.day is not None:
            return Literal(f"{self.year:04d}-{self.month:02d}-{self.day:02d}", datatype=XSD.date)
        if self.month is not None:
            return Literal(f"{self.year:04d}-{self.month:02d}", datatype=XSD.gYearMonth)
        return Literal(f"{self.year:04d}", datatype=XSD.gYear)

    def words(self) -> str:
        if self.year is None:
            return f"{self.day} {MONTHS[self.month - 1]} (year not stated)"
        if self.day is not None:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.month is not None:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def key(self) -> tuple:
        """For ordering dates that have a year (a day without one comes before or after none)."""
        return (self.year, self.month or 0, self.day or 0)


_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


def parse_month_day(text: str) -> tuple[int, int] | None:
    """'--05-06' (xsd:gMonthDay: 6 May of a year the report does not give) -> (5, 6); None for
    any other form; ValueError for a day the month never has."""
    m = _MONTH_DAY.fullmatch(text.strip())
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError(_("{value} is not a date: there is no month {month}").format(
            value=repr(text), month=month))
    try:
        dt.date(2000, month, day)            # a leap year: 29 February may be meant
    except ValueError:
        raise ValueError(_("{value} is not a date: {month} has no day {day}").format(
            value=repr(text), month=month_name(month), day=day)) from None
    return month, day




def parse_date(text: str, yearless: bool = False) -> SheetDate:
    """'2025', '2025-03' or '2025-03-14' (and with `yearless` '--05-06', a day without a year);
    ValueError with a reason otherwise."""
    month_day = parse_month_day(text) if yearless else None
    if month_day is not None:
        return SheetDate(None, *month_day)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m:
        # (the fields that take a day without a year are named: it is refused elsewhere)
        raise ValueError(_("{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (a day "
                           "without a year as --MM-DD, in an event's `date:`, a follow-up's "
                           "`due:`, an agreement's `signed:` or a tenure's `held_on:`, "
                           "`began:` and `ended:`; for words such as 'op vrijdag' use "
                           "`as_stated:`)").format(value=repr(text)))
    year, month, day = (int(x) if x else None for x in m.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(_("{value} is not a date: there is no month {month}").format(
            value=repr(text), month=month))
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(_("{value} is not a date: {month} {year} has no day {day}").format(
                value=repr(text), month=month_name(month), year=year, day=day)) from None
    return SheetDate(year, month, day)


_DUTCH_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
_PLAIN_AMOUNT = re.compile(r"-?\d+(?:\.\d+)?")
_AMBIGUOUS = re.compile(r"-?\d{1,3}(?:\.\d{3})+")


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """An amount as written in a sheet -> (Decimal, currency or None). Dutch notation
    ('€ 8.330,00', '8330,00') or a plain number ('8330.00'); never a float."""
    s = text.strip().replace("\u00a0", " ")
    currency = None
    for sign, code in (("€", "EUR"), ("EUR", "EUR")):
        if s.startswith(sign):
            s, currency = s[len(sign):].strip(), code
            break
        if s.endswith(sign):
            s, currency = s[:-len(sign)].strip(), code
            break
    s = s.replace(" ", "")
    if currency is not None or "," in s:
        if not _DUTCH_AMOUNT.fullmatch(s):
            raise ValueError(_not_an_amount(text))
        s = s.replace(".", "").replace(",", ".")
    elif _AMBIGUOUS.fullmatch(s):
        raise ValueError(_("{value} is ambiguous (thousands or decimals?); write {dutch} or "
                           "{plain}").format(value=repr(text), dutch=repr(f"€ {text},00"),
                                             plain=text.replace(".", "")))
    elif not _PLAIN_AMOUNT.fullmatch(s):
        raise ValueError(_not_an_amount(text))
    try:
        return Decimal(s), currency
    except InvalidOperation:
        raise ValueError(_("{value} is not an amount").format(value=repr(text))) from None


def _not_an_amount(text: str) -> str:
    return _("{value} is not an amount; write it as in the report ('€ 8.330,00') or as a plain "
             "number (8330.00)").format(value=repr(text))