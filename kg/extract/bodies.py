"""A government's own bodies named by their kind: "de gemeenteraad", "het gemeentebestuur van X",
"het college van B en W", "Provinciale Staten", "the Council", "the Cabinet". A report of a municipality or province speaks
of its council and executive without saying whose (the reader knows); they are actors all the
same (they decide, are informed, send a delegation), declared for a person to say which body."""
from __future__ import annotations

import re

# Dutch: the council and the executive of a municipality or province, perhaps with whose
# ("gemeenteraad van Ede"); English: a council or cabinet written with a capital, as a minute
# names its own ("the Council", "the City Council"), not one with a name of its own after it
# ("the Council of Europe", "the Cabinet Office")
_OF_WHOM = r"(?: van (?:de (?:(?:nieuwe|voormalige) )?(?:gemeente|provincie) )?[A-Z][\w’'-]+(?:-[A-Z][\w’'-]+)*)?"
BODY_RX = re.compile(
    r"(?<![\w-])(?:(?:[Gg]emeente|[Pp]rovincie|[Ss]tads)bestuur" + _OF_WHOM.rstrip("?") +
    # (whose it is said: "het gemeentebestuur in het algemeen" is a theme, no body)
    r"|(?:[Gg]emeenteraad|[Pp]rovinciale [Ss]taten|[Gg]edeputeerde [Ss]taten|"
    r"[Cc]ollege van (?:B ?en ?W|B&W|burgemeester en wethouders|burgemeester en schepenen|GS|"
    r"[Gg]edeputeerde [Ss]taten))" + _OF_WHOM + r"|(?<=\b[Hh]et )college(?! van)(?=[ ,.;:])"
    # a Flemish town's executive, whose by its adjective: "het Leuvense schepencollege", "het
    # schepencollege van Halen" (not "het Hulster college": a short name of one named before)
    r"|(?:(?<=\b[Hh]et )[A-Z][\w’'-]+(?:se|er) )?[Ss]chepencollege" + _OF_WHOM +
    r"|(?<=\b[Tt]he )(?:(?:City|County|Borough|Metropolitan|District|Municipal|Provincial|"
    r"Regional) )?(?:Council|Cabinet|Executive)(?! (?:of|for) [A-Z]| [A-Z])(?![\w-]))")


def body_spans(s: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each governing body a sentence names by its kind."""
    return [(m.start(), m.end(), m.group(0)) for m in BODY_RX.finditer(s)]


def body_review(name: str) -> str:
    return (f"{name!r}: a governing body named by its kind; say whose (the known one's id, or "
            "declare it with its place)")
