"""Members listed each with a post before the name, the post a word of its own that no title
list holds ("De delegatie bestond uit ..., secretaris van de Gros Jan Tol, lid van het
Lavaux-comité Anna Berg en tolk Piet Brink"; "The delegation consisted of interpreter Anna Berg
and secretary of the Lavaux Club John Smith"): each a person with the post's head noun."""
from __future__ import annotations

import re

from ..known import Gazetteer
from ..model import Mention, Sentence, Unknown
from ..words import ROLE_OF
from .resolve import resolve_name

# what introduces a list of members
_MADE_UP_OF = re.compile(r"\b(?:bestond|bestaat|bestaande) uit|\b(?:consisted|consists|consisting|"
                         r"comprised|was made up|is made up) of\b", re.IGNORECASE)
# the head noun of a post written before its holder's name (lower case, as in a list)
_POST_HEAD = (r"secretaris|lid|tolk|penningmeester|voorzitter|ondervoorzitter|coördinator|"
              r"medewerker|adviseur|interpreter|member|secretary|treasurer|chair|chairperson|"
              r"coordinator|adviser|advisor|officer")
# an item: the post, perhaps "van/of" what, then a first name and a family name (with particles)
_ITEM = re.compile(r"(?P<post>(?:" + _POST_HEAD + r")(?: (?:van|of) [^,;]{1,60}?)?) "
                   r"(?P<name>[A-Z][\w’'-]+ (?:(?:van|de|der|den|ter|ten|von) )*[A-Z][\w’'-]+)"
                   r"(?=\s*(?:[,;.]|$| en | and ))")


def members_with_posts_before(sent: Sentence, gaz: Gazetteer, mentions: list[Mention],
                              unknown: list[Unknown], covered: list[tuple[int, int]]) -> None:
    """Each member of a list after 'bestond uit' / 'consisted of' written as a post and then a
    name; only at an item's start (after the intro, a comma, 'en'/'and'), and not where a
    mention is already (a title the role lists know reads it)."""
    s = sent.text
    intro = _MADE_UP_OF.search(s)
    if intro is None:
        return
    for m in _ITEM.finditer(s, intro.end()):
        before = s[max(intro.end(), m.start() - 5):m.start()]
        if not (m.start() == intro.end() + 1 or re.search(r"(?:,|;| en| and) $", before)):
            continue
        na, nb = m.span("name")
        if any(x.start < nb and m.start() < x.end for x in mentions) or \
                any(not (nb <= a or na >= b) for a, b in covered):
            continue
        word = m.group("post").split(" ", 1)[0]
        role = next((n for rx, n in ROLE_OF if rx.match(word)), None)
        mentions.append(resolve_name(sent, na, nb, s[na:nb], role, word, gaz, unknown))
        covered.append((m.start(), nb))
