"""Minutes' attendance lists: "F. Bos, H. Kok en A. Smit, leden;" or "A. Smit, lid." names
members present (or absent) at a session, each with no post and no act of their own there; such
a member is no actor of the report unless the text names them again elsewhere (a member who
asks a question). Those listed with a post ("..., schepenen;", "W. Hofkens, secretaris.") stay."""
from __future__ import annotations

import re

from ..model import Mention, Sentence, Unknown

# the end of a list item of plain members: ", leden;" (all names since the last ';' or ':'), or
# ", lid" after one name
_MEMBERS = re.compile(r",\s*(?:leden|raadsleden|members|councillors|councilors)\s*(?=[;.]|$)")
_MEMBER = re.compile(r",\s*(?:lid|raadslid|member|councillor|councilor)\s*(?=[;.,]|$| en | and )")


def _listed_as_members(name: str, s: str) -> bool:
    at = s.find(name)
    if at < 0:
        return False
    if _MEMBER.match(s, at + len(name)):
        return True
    end = _MEMBERS.search(s, at)
    return end is not None and not re.search(r"[;:]", s[at:end.start()])


def members_present_only(sentences: list[Sentence], mentions: list[Mention],
                         unknown: list[Unknown]) -> tuple[list[Mention], list[Unknown]]:
    """`mentions` and `unknown` without the members an attendance list names and the text does
    not name again (by the family name) in another sentence."""
    dropped = []
    for u in unknown:
        if u.kind != "person" or u.role_word or not _listed_as_members(u.name, u.sentence.text):
            continue
        family = u.name.split(". ")[-1]
        if any(family in s.text for s in sentences if s is not u.sentence):
            continue
        dropped.append(u)
    gone = {(id(u.sentence), u.name) for u in dropped}
    return ([m for m in mentions if (id(m.sentence), m.text) not in gone],
            [u for u in unknown if u not in dropped])
