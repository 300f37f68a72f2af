"""A Dutch programme told with its verbs last ("Tijdens het bezoek zal minister Jansen Philips
bezoeken, een fabriek openen en de Kamer van Koophandel toespreken"): one event per item, named
by the object that stands before its verb (the cue table finds a cue and reads what follows it,
which a verb at the end of its item does not have)."""
from __future__ import annotations

import re

# the auxiliary of the future that the verbs at the end of the items go with
_AUX = re.compile(r"\b(?:zal|zullen|gaat|gaan)\s+", re.IGNORECASE)
# a verb that ends an item, with the event it tells and the words that name that event
_VERBS = {"bezoeken": ("company-visit", "Bezoek aan"),
          "bezichtigen": ("company-visit", "Bezoek aan"),
          "openen": ("networking-event", "Opening van"),
          "toespreken": ("networking-event", "Toespraak tot"),
          "ontmoeten": ("bilateral-meeting", "Ontmoeting met"),
          "ondertekenen": ("signing", "Ondertekening van")}
_ITEM = re.compile(r"\s*(?P<what>.+?)\s+(?:(?:officieel|feestelijk|ook|nog)\s+)?(?P<verb>"
                   + "|".join(_VERBS) + r")$")
_SEPARATOR = re.compile(r",\s+(?:en\s+)?|\s+en\s+")
# who does it, told after the auxiliary: no part of the first item's object
_SUBJECT = re.compile(r"(?:hij|zij|ze|wij|we|de delegatie|het gezelschap|de gasten)\s+",
                      re.IGNORECASE)


def verb_final_items(s: str, people: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, event type, name) of each item of a list of two or more that each end in a
    verb of an event; [] otherwise (one item, or an item without such a verb: "X en Y
    bezoeken" is no list of visits). `people`: the spans of the people the sentence names; one
    right after the auxiliary is its subject ("zal minister Jansen Philips bezoeken")."""
    aux = _AUX.search(s)
    if aux is None:
        return []
    start = next((b for a, b in people if a == aux.end()), aux.end())
    subject = _SUBJECT.match(s, start)
    start = subject.end() if subject else start
    end = len(s.rstrip(" .!"))
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(s, start, end)]
    bounds = [start] + [b for _, b in cuts]
    ends = [a for a, _ in cuts] + [end]
    items = []
    for a, b in zip(bounds, ends):
        m = _ITEM.fullmatch(s, a, b)
        if m is None:
            return []
        etype, words = _VERBS[m.group("verb").lower()]
        items.append((a, b, etype, f"{words} {m.group('what')}"))
    return items if len(items) >= 2 else []
