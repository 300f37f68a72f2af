"""Amounts of money and the cost statements they make."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .model import AmountFact, Sentence


# a scale word, or its short form glued to the figure ("€80m", "€1.2bn", "$5 bn", "€300k")
_MULT = (r"(?:\s?(?P<mult{n}>million|miljoen|mln\.?|billion|miljard|mld\.?|thousand|duizend|bn|mn)"
         r"(?!\w)|(?P<short{n}>m|b|k)(?![\w²³]))?")
_AMOUNT_RX = re.compile(r"(?<![\w$])(?P<cur>€|EUR|euro|(?:US|CA|C|AU|A|HK|NZ|S)?\$|USD|CAD|AUD|£|GBP)\s?(?P<num>\d{1,3}(?:[.,\s]\d{3})+"
                        r"(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-)?" + _MULT.format(n=1) +
                        r"|(?P<num2>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
                        + _MULT.format(n=2) + r"\s?(?P<cur2>(?i:euro)|EUR)(?!\w)")
# "€170 million", "10 miljard euro"
_FACTOR = {"million": 10 ** 6, "miljoen": 10 ** 6, "mln": 10 ** 6, "mn": 10 ** 6, "m": 10 ** 6,
           "billion": 10 ** 9, "miljard": 10 ** 9, "mld": 10 ** 9, "bn": 10 ** 9, "b": 10 ** 9,
           "thousand": 10 ** 3, "duizend": 10 ** 3, "k": 10 ** 3}
# an amount is a cost or a budget only where the sentence speaks of costs or a budget
_BUDGET = re.compile(r"budget|begro|geraamd|allocated", re.IGNORECASE)
_COST = re.compile(r"totale kosten|werkelijk|actual|spent|uitgegeven|uitgaven|kosten|costs?\b|"
                   r"expenses", re.IGNORECASE)

_CURRENCY = {"€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD", "usd": "USD", "£": "GBP",
             "gbp": "GBP", "us$": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD",
             "au$": "AUD", "aud": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD"}


# a bare "$" is the dollar of the place the text is from: the first of these places it names
# (a province's release: "Nova Scotia"; not "Halifax", "Perth" or "Victoria": towns and names
# elsewhere too)
_US_STATES = (r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
              r"Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
              r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
              r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
              r"Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|"
              r"Texas|Utah|Vermont|Virginia|Wisconsin|Wyoming")
_DOLLAR_PLACES = [
    ("CAD", r"Canada|Canadian|Ontario|Qu[eé]bec|Nova Scotia|New Brunswick|Manitoba|"
            r"British Columbia|Prince Edward Island|Saskatchewan|Alberta|Newfoundland|Yukon|"
            r"Nunavut|Northwest Territories|Toronto|Montr[eé]al|Vancouver|Ottawa|Calgary|"
            r"Edmonton|Winnipeg"),
    ("AUD", r"Australia|Australian|New South Wales|Queensland|Tasmania|Northern Territory|"
            r"Sydney|Melbourne|Brisbane|Adelaide|Canberra"),
    ("NZD", r"New Zealand|Auckland"),
    ("USD", r"United States|U\.S\.|USA|" + _US_STATES),
]
_DOLLAR_RX = [(code, re.compile(r"(?<![\w.])(?:" + rx + r")(?![\w-])")) for code, rx in _DOLLAR_PLACES]


def dollar_of(text: str) -> str | None:
    """The currency a bare "$" stands for in `text`: that of the first dollar country, or of a
    state or province of one, the text names; None if it names none."""
    found = [(m.start(), code) for code, rx in _DOLLAR_RX for m in [rx.search(text)] if m]
    return min(found)[1] if found else None


def parse_number(num: str) -> Decimal:
    """'8.330,00' (nl), '8,330.00' (en), '8330', '8.330' (thousands) -> Decimal."""
    num = num.replace(" ", "")
    seps = [c for c in num if c in ".,"]
    if not seps:
        return Decimal(num)
    last = max(num.rfind("."), num.rfind(","))
    tail = num[last + 1:]
    if len(set(seps)) == 2 or len(tail) != 3:      # the last separator is the decimal one
        whole = re.sub(r"[.,]", "", num[:last])
        return Decimal(f"{whole}.{tail}")
    return Decimal(re.sub(r"[.,]", "", num))


def amounts_in(sent: Sentence, dollar: str | None = None) -> list[AmountFact]:
    """The amounts of a sentence; a bare "$" is the `dollar` (see dollar_of), or an amount
    without a currency and a note to say which."""
    out = []
    s = sent.text
    for m in _AMOUNT_RX.finditer(s):
        num = m.group("num") or m.group("num2")
        sign = (m.group("cur") or m.group("cur2")).lower()
        cur = dollar if sign == "$" else _CURRENCY[sign]
        try:
            value = parse_number(num)
        except InvalidOperation:
            continue
        mult = (m.group("mult1") or m.group("mult2") or m.group("short1") or m.group("short2")
                or "").rstrip(".").lower()
        value *= _FACTOR.get(mult, 1)
        before = s[:m.start()]
        if _BUDGET.search(before[-60:]):
            kind = "budget"
        elif _COST.search(s) or (re.search(r"totaal|total", s, re.IGNORECASE)
                                 and _BUDGET.search(s)):
            kind = "actual"
        else:
            kind = None
        category = sent.category
        if category is None:
            low = s.lower()
            if re.search(r"bestuurlijke deelname|political participation|administrative "
                         r"participation", low):
                category = "political-participation"
            elif re.search(r"ambtelijke deelname|civil[- ]service|official participation", low):
                category = "civil-service-participation"
        fact = AmountFact(m.group(0).strip(), value, cur, kind, category, sent,
                          confidence=0.9 if kind and category else 0.6)
        if sign == "$":                         # never a silent guess of the dollar
            fact.confidence = min(fact.confidence, 0.5)
            fact.note = f"a bare '$': taken as {cur} from the places the text names; check" \
                if cur else "a bare '$': which dollar? the text names no dollar country"
        out.append(fact)
    return out


def cost_statements(amounts: list[AmountFact]) -> list[dict]:
    out: dict[str, dict] = {}
    order: list[str] = []
    for a in amounts:
        if a.kind is None:
            continue
        key = a.category or "uncategorised"
        if key not in out:
            out[key] = {"category": a.category, "actual": None, "budget": None}
            order.append(key)
        if out[key][a.kind] is None:
            out[key][a.kind] = a
    return [out[k] for k in order]
