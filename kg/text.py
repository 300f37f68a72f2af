"""Normalised source text: what the quotes in the graph are checked against."""
from __future__ import annotations

import re
import unicodedata

# A line that ends in a hyphen continues the word on the next line ("Zuid-\n\nKorea");
# the hyphen is real in Dutch compounds, so it is kept and only the break removed.
_HYPHEN_BREAK = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, hyphenated line breaks joined, every run of whitespace one space, trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = _HYPHEN_BREAK.sub("-", text)
    return _SPACE.sub(" ", text).strip()


def join_hyphenated_lines(text: str) -> str:
    """The raw text with hyphenated line breaks joined as `normalise` joins them, its other line
    breaks kept (for reading the layout: kg.extract.segment)."""
    return _HYPHEN_BREAK.sub("-", unicodedata.normalize("NFC", text))
