"""The writer of a report who speaks as "I" ("I met NTT", "ik bezocht"): the person of the byline
that opens it ("Rt Hon Mark Drakeford, First Minister of Wales"), who then takes part in what
the text says "I" did."""
from __future__ import annotations

import re

from ..ingest import local_name
from .followups import actor_name
from .model import Mention, Participant, Sentence
from .words import STYLE

# the writer as the subject of a clause (not "we": who else is in it, the text does not say)
FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|[Ii]k)(?![\w’'-])")


def byline_writer(sentences: list[Sentence], by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """The person a text's first line names with a title after a comma, when the text speaks
    as "I"; else None."""
    if not sentences or not any(FIRST_PERSON.search(s.text) for s in sentences[1:]):
        return None
    first = sentences[0]
    people = [m for m in by_sentence.get(id(first), []) if m.kind == "person" and not m.unnamed
              and m.role_word]
    if len(people) != 1:
        return None
    m = people[0]
    before, after = first.text[:m.start], first.text[m.end:]
    if re.fullmatch(r"(?:" + STYLE + r" )?", before) and after.startswith(", "):
        return m
    return None


def writer_participant(writer: Mention) -> Participant:
    """The writer, taking part in what the text says "I" did (named on the sheet as a follow-up's
    agent is: a known one's id, else the declared name)."""
    ref = local_name(writer.iri) if writer.iri else actor_name(writer)
    return Participant(ref, writer.text, "attendee", writer.iri, confidence=0.6,
                       review=f"the writer ('I'), taken to be {writer.text} of the byline; check")
