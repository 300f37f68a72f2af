"""Mentions in a sentence: known actors by name, role words with the name after them, unknown
names. One module per step: find (find_mentions, the steps in order), people (titled people),
resolve (known actor or new one), offices (heads of government, office holders, a name told
again), unknown_names (names by their form), twinned (towns in a twinning), speakers (people by what is said of them) and dedupe (one entry per thing named)."""
from .dedupe import dedupe_unknown
from .find import find_mentions
from .offices import holders_after_place_offices, named_again, titles_told_short
from .people import HONORIFICS
from .speakers import people_by_context
from .twinned import twinned_towns
from .unknown_names import common_word_names, title_case_headline, unseen_headline_names

__all__ = ["HONORIFICS", "common_word_names", "dedupe_unknown", "find_mentions",
           "holders_after_place_offices", "named_again", "people_by_context", "title_case_headline",
           "titles_told_short", "twinned_towns", "unseen_headline_names"]
