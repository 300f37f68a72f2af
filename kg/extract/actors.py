"""The new actors a draft declares: every unknown person or organisation the text names, under
`people:` and `organisations:`, with the sentence that names it, a guessed organisation type,
and the known actors it may be (a candidate for a person to decide, never a merge)."""
from __future__ import annotations

import re

from ..query import fold
from .events import slug
from .model import Unknown

_PUBLIC = re.compile(r"provinc|gemeente|municipal|minist|embass|ambassade|consula|government|"
                     r"regering|department|departement|city of|stadsdeel|college van|staten|"
                     r"gemeenteraad|council|kamer\b", re.IGNORECASE)
_COMPANY = re.compile(r"B\.V\.|\bBV\b|N\.V\.|Co\.|Ltd|Inc\.|Corporation|Company|GmbH|Industries|"
                      r"Chemicals|Motors?\b|Group\b", re.IGNORECASE)
_INSTITUTE = re.compile(r"universit|hogeschool|institut|school|college\b|research|centre|center|"
                        r"centrum", re.IGNORECASE)


def organisation_type(name: str) -> str:
    """The sheet's organisation type a name suggests (docs/report-sheets.md); a guess. Working
    groups stay `organisation`: the sheet needs their member organisations, which a name
    does not give."""
    for rx, kind in ((_PUBLIC, "public-body"), (_COMPANY, "company"), (_INSTITUTE, "institute")):
        if rx.search(name):
            return kind
    return "organisation"


def new_actor_ids(unknown: list[Unknown], taken: set[str]) -> dict[str, str]:
    """An id for each unknown person or organisation, by its name folded (kg.query.fold:
    'Provincie Groningen' and 'provincie Groningen' are one)."""
    ids: dict[str, str] = {}
    for u in unknown:
        if u.kind not in ("person", "organisation") or fold(u.name) in ids:
            continue
        base = slug(u.name)
        new, n = base, 2
        while new in taken:
            new, n = f"{base}-{n}", n + 1
        taken.add(new)
        ids[fold(u.name)] = new
        for alias in u.aliases:                 # 'Jorritsma' is 'John Jorritsma'
            ids.setdefault(fold(alias), new)
    return ids


def person_block(u: Unknown, actor_id: str) -> dict:
    """A person the text names: a full name as `name`, a single word as `family_name`."""
    words = u.name.split()
    block = {"id": actor_id}
    if u.unnamed:
        block["label"] = f"{u.name} (unnamed in source)"
        block["unnamed"] = True
    elif len(words) == 1:
        block["family_name"] = u.name
        block["label"] = f"{u.role_word} {u.name}" if u.role_word else u.name
    else:
        block["name"] = u.name
    if u.aliases:
        block["aliases"] = list(u.aliases)
    block["quote"] = u.sentence.text
    return block


def organisation_block(u: Unknown, actor_id: str, language: str) -> dict:
    # (by its other names too: "Lishui" told as "the Municipality of Lishui" is a public body)
    block = {"id": actor_id, "type": organisation_type(" | ".join([u.name, *u.aliases])),
             "name": {language: u.name}}
    if u.aliases:
        block["aliases"] = list(u.aliases)
    if u.candidates:                # its name is a known one's alias: kg add lists the pair
        block["distinct"] = True    # as a match candidate instead of refusing the name
    block["quote"] = u.sentence.text
    return block
