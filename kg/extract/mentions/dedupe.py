"""One unknown name per thing named: a family name or a short form of a full name named
in the same text is an alias of it."""
from __future__ import annotations

import re

from ...query import fold
from ..model import Unknown
from ..names import is_portfolio_word
from ..words import COUNTRIES, PARTICLES, ROLE_RX

_DEMONSTRATIVE = re.compile(r"(?:deze|dit|die|dat|this|that|these|those)\s", re.IGNORECASE)
_REFERENCE = re.compile(r"(?:de|het|deze|dit|die|dat|the|this|that|these|those)\s", re.IGNORECASE)


def _short_of(short: str, full: str) -> bool:
    """'Schultz' of 'Schultz van Haegen': the first part of a family name with a particle."""
    rest = fold(full)[len(fold(short)):].split()
    return fold(full).startswith(fold(short) + " ") and bool(rest) and rest[0] in PARTICLES


_FORMS = {"provincie": "province", "province": "province", "province of": "province",
          "gemeente": "municipality", "municipality": "municipality",
          "municipality of": "municipality", "city of": "municipality", "town of": "municipality",
          "stad": "municipality"}
_FORM_WORD = re.compile(r"^(?:(?P<a>provincie|province(?: of)?|gemeente|municipality(?: of)?|"
                        r"city of|town of|stad) )?(?P<core>.+?)"
                        r"(?: (?P<b>provincie|province|municipality))?$", re.IGNORECASE)
# "the city of Shanghai" in lower case tells what Shanghai is; "the City of Coventry" is a name
_DESCRIBED = re.compile(r"(?:city|town) of ")


def _form_of(name: str) -> tuple[str, str | None]:
    """(the name without its form word, the form word's kind): 'North West Provincie' ->
    ('north west', 'province'), 'Drenthe' -> ('drenthe', None)."""
    m = _FORM_WORD.match(name)
    form = (m.group("a") or m.group("b") or "").lower()
    return fold(m.group("core")), _FORMS.get(form)


def _abbreviates(short: str, full: str) -> bool:
    """'Invest NI' of 'Invest Northern Ireland': the same words, the last ones by their initials."""
    ws, wf = short.split(), full.split()
    if not ws or not re.fullmatch(r"[A-Z]{2,6}", ws[-1]) or len(wf) <= len(ws):
        return False
    head = len(ws) - 1
    rest = [w for w in wf[head:] if w[:1].isupper()]
    return [fold(w) for w in wf[:head]] == [fold(w) for w in ws[:-1]] and \
        "".join(w[0] for w in rest) == ws[-1]


def _given_names(full: str, family: str) -> bool:
    """'Karim' of 'Karim Van Overmeire', 'P.' of 'P. de Vries': one or two given names or
    initials before the family name, no word of a body, a portfolio or a place."""
    given = full[:len(full) - len(family)].split()
    return 1 <= len(given) <= 2 and all(
        (re.fullmatch(r"(?:[A-Z]\.)+", w) or w[:1].isupper() and w[1:].islower())
        and not is_portfolio_word(w)
        and w not in COUNTRIES and not ROLE_RX.fullmatch(w) for w in given)


def _without_role(name: str, role_word: str | None) -> str:
    first, _, rest = name.partition(" ")
    return rest if role_word and rest and fold(first).startswith(fold(role_word)) else name


def _plain(name: str) -> str:
    return fold(name.replace("’", "'"))


def dedupe_unknown(items: list[Unknown]) -> list[Unknown]:
    """One entry per name (folded); a person named by a family name that one other person of
    the text has as the end (or, one word, the start) of a full name ('Jorritsma', 'John
    Jorritsma'; 'Xie', 'Xie Yuan') is that person: the
    short name becomes an alias of the full one (kg.extract.actors), for the reviewer to check;
    so is an organisation's name that begins one other's ('Hebei', 'Hebei province')."""
    out: dict[str, Unknown] = {}
    for u in items:
        key = fold(u.name)
        rank = {"person": 2, "organisation": 1}        # a kind found once holds for the name
        if key not in out or rank.get(u.kind, 0) > rank.get(out[key].kind, 0):
            out[key] = u
    people = [u for u in out.values() if u.kind == "person" and not u.unnamed]
    for u in people:
        # (one word that begins a full name is that person too: "Mr Xie" after "Xie Yuan", a
        # family name written first)
        # (either apostrophe: "Van 't Veld" after "Mirjam van ’t Veld")
        short, full = _plain(u.name), [(v, _plain(v.name)) for v in people]
        longer = [v for v, name in full if v is not u and len(v.name.split()) > len(u.name.split())
                  and (name.endswith(" " + short) or _short_of(u.name, v.name)
                       or " " not in u.name and name.startswith(short + " "))]
        if len(longer) == 1:
            longer[0].aliases.append(u.name)
            del out[fold(u.name)]
    # likewise an organisation whose name begins one other organisation's longer name ('Hebei',
    # 'Hebei province'; 'High Tech Campus', 'High Tech Campus Eindhoven')
    orgs = [u for u in out.values() if u.kind == "organisation"]
    for u in orgs:
        longer = [v for v in orgs if v is not u and (fold(v.name).startswith(fold(u.name) + " ")
                                                      or _abbreviates(u.name, v.name))]
        if len(longer) == 1:
            longer[0].aliases.append(u.name)
            out.pop(fold(u.name), None)
    # one body named with and without its form word, or with it in two languages ("Drenthe" and
    # "provincie Drenthe", "North West Provincie" and "North West Province"); not "gemeente
    # Groningen" and "Provincie Groningen", two bodies (the forms first, so that "stad Weert" is
    # "gemeente Weert" before "Weert" is read)
    orgs = sorted((u for u in out.values() if u.kind == "organisation"),
                  key=lambda u: _form_of(u.name)[1] is None)
    for u in orgs:
        core, form = _form_of(u.name)
        same = [v for v in orgs if v is not u and fold(v.name) in out and _form_of(v.name)[0] == core
                and (form is None and _form_of(v.name)[1] is not None
                     or form is not None and _form_of(v.name)[1] == form and len(v.name) > len(u.name))]
        if fold(u.name) in out and len(same) == 1:
            same[0].aliases.append(u.name)
            del out[fold(u.name)]
    # a town or a province told with its form word before and after its name ("the Municipality
    # of Lishui", "Lishui municipality"; "the province of Heilongjiang", "Heilongjiang province"),
    # or in lower case as "the city of Shanghai", is one actor by its own name: "Lishui"
    for u in [u for u in out.values() if u.kind == "organisation"]:
        core, form = _form_of(u.name)
        forms = [m for n in (u.name, *u.aliases) if _form_of(n) == (core, form)
                 and (m := _FORM_WORD.match(n))]
        before_and_after = any(m.group("a") for m in forms) and any(m.group("b") for m in forms)
        if form is not None and (before_and_after or _DESCRIBED.match(u.name)):
            bare = _FORM_WORD.match(u.name).group("core")
            del out[fold(u.name)]
            u.review = (u.review or "").replace(repr(u.name), repr(bare))
            u.aliases, u.name = [u.name, *(a for a in u.aliases if fold(a) != fold(bare))], bare
            if out.get(fold(bare)) is None or out[fold(bare)].kind in ("name", "place"):
                out[fold(bare)] = u
    # a person named by the family name alone ("De heer Van Overmeire", "Mr Bennett") where the
    # text gives one full name ending with it, not read as a person ("Karim Van Overmeire" on a
    # line of its own, "sculptor Graham Bennett"): that full name is the person
    people = [u for u in out.values() if u.kind == "person" and not u.unnamed]
    for u in people:
        short = _plain(u.name)
        if any(v is not u and _plain(v.name).endswith(" " + short) for v in people):
            continue
        full = [v for v in out.values() if v.kind == "name" and _plain(v.name).endswith(" " + short)
                and _given_names(_without_role(v.name, u.role_word), u.name)]
        if len(full) == 1:
            v = full[0]
            # (its role word, as it stood before the name, is no part of it:
            # "Regierungspräsidentinnen Birgitta Radermacher")
            v.kind, v.role_word, v.name = "person", v.role_word or u.role_word, \
                _without_role(v.name, u.role_word)
            v.aliases.append(u.name)
            del out[fold(u.name)]
    # an agreement named again after one was told: by "this"/"deze" ("Deze
    # samenwerkingsovereenkomst" after "het Memorandum of Understanding"), or by "the"/"het" or a
    # bare word that names the same kind ("Het MoU", "This memorandum"): that one, not another
    told: list[str] = []
    for key, u in list(out.items()):
        if u.kind != "agreement":
            continue
        head = fold(u.name.split()[-1])
        heads = {head, "memorandum of understanding"} if head == "mou" else {head}
        if told and _DEMONSTRATIVE.match(u.name) or \
                (_REFERENCE.match(u.name) or len(u.name.split()) == 1) and \
                any(h in name for h in heads for name in told):
            del out[key]
        else:
            told.append(key)
    return list(out.values())
