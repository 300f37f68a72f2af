"""find_mentions: the mentions and unknown names of one sentence, step by step (known names,
people by their titles, bodies and organisations by their form, a party or post in brackets
after a person, political parties, other capitalised names, agreements and their parties)."""
from __future__ import annotations

import re

from ..bodies import body_review, body_spans
from ..known import Gazetteer
from ..model import Mention, Sentence, Unknown
from ..names import (acronym_after, listed_with, named_as_examples,
                     organisation_spans, person_spans, plural_forms)
from ..words import COUNTRIES, ROYAL
from .agreements import agreement_mentions
from .brackets import bracketed_after_people, people_with_bracketed_posts
from .members import members_with_posts_before
from .offices import signing_governments
from .parties import party_mentions
from .people import HONORIFICS, listed_holders, party_titles, titled_people
from .resolve import resolve_span, within
from .unknown_names import capitalised_names


# a region's form word, and what says that the region only tells where a city is ("Xian (the
# capital of Shaanxi Province)"; not "in de provincie X", where a visit may be what it names)
_REGION_WORD = re.compile(r"\b(?:[Pp]rovin(?:ce|cie)|[Pp]refecture|[Pp]refectuur)\b")
_WHERE_BEFORE = re.compile(r"\b(?:capital of|hoofdstad van)(?: the| de| het)? $", re.IGNORECASE)


def find_mentions(sent: Sentence, gaz: Gazetteer,
                   context: str = "") -> tuple[list[Mention], list[Unknown]]:
    """Mentions and unknown names of one sentence. `context`: the text around it (title,
    heading, the sentence before) that a generic name needs to be resolved (kg.reconcile)."""
    s = sent.text
    mentions: list[Mention] = []
    unknown: list[Unknown] = []
    known = gaz.known
    for a, b, iris in gaz.find(s):
        mention = resolve_span(sent, a, b, iris, known, f"{context} {s}")
        if mention.kind == "post" and mention.iri is None:
            # a known post without one known holder: its holder here is a placeholder (a
            # participant is a person, never the post itself)
            mention.unnamed = True
            unknown.append(Unknown(mention.text, "person", sent, unnamed=True,
                                   review=mention.review or "which holder of this post?"))
        elif mention.kind == "org" and mention.iri is None and mention.candidates:
            # a generic name the context does not settle ("Nederlandse ambassade" in a report
            # on China): a new organisation, the known one a match candidate (kg add)
            unknown.append(Unknown(mention.text, "organisation", sent, review=mention.review,
                                   candidates=list(mention.candidates)))
        mentions.append(mention)
    mentions, titled, title_spans = titled_people(sent, gaz, mentions, unknown, context)
    listed_holders(sent, gaz, mentions, unknown)
    signing_governments(sent, mentions, unknown)
    # unknown names by their form: organisations, people with initials or a title
    covered = [(x.start, x.end) for x in mentions if x.kind != "place"] + \
        [(nb, end) for _, nb, end in titled] + \
        party_titles(s)                          # a title's words name no one else
    for a, b, name in body_spans(s):
        # a government's own council or executive named by its kind: whose, the reviewer says
        if any(not (b <= ca or a >= ce) for ca, ce in covered):
            continue
        covered.append((a, b))
        unknown.append(Unknown(name, "organisation", sent, review=body_review(name)))
        mentions.append(Mention(name, "org", sent, a, b, None, [], confidence=0.5,
                                review=body_review(name)))
    formed = [(a, b, name, "organisation") for a, b, name in organisation_spans(s)] + \
        [(a, b, name, "organisation") for a, b, name in plural_forms(s)] + \
        [(a, b, name, "person") for a, b, name in person_spans(s)]
    for a, b, name, kind in formed:
        if any(not (b <= ca or a >= ce) for ca, ce in covered) or \
                (kind == "person" and within(a, b, title_spans)):
            continue
        mentions = [x for x in mentions if not (x.kind == "place" and a <= x.start < b)]
        covered.append((a, b))
        if kind == "organisation" and _REGION_WORD.search(name) and _WHERE_BEFORE.search(s[:a]):
            # "the capital of Shaanxi Province": where, no actor (unless the text names it
            # acting elsewhere: dedupe keeps the organisation)
            unknown.append(Unknown(name, "place", sent, review=f"unknown place: {name!r}"))
            continue
        review = f"unknown {kind}: {name!r} — not in the registry or data/ttl; declare or correct"
        unknown.append(Unknown(name, kind, sent, review=review))
        mentions.append(Mention(name, "org" if kind == "organisation" else "person", sent, a, b,
                                None, [], confidence=0.5, review=review))
    people_with_bracketed_posts(sent, gaz, mentions, unknown, covered)
    members_with_posts_before(sent, gaz, mentions, unknown, covered)
    bracketed_after_people(sent, mentions, unknown, covered)
    party_mentions(sent, mentions, unknown, covered)
    mentions, named = capitalised_names(sent, mentions, unknown, covered, title_spans)
    agreement_mentions(sent, mentions, unknown, named)
    # a name listed with organisations is one ("Canon, Panasonic en Mitsubishi Motor Corporation")
    orgs = {(x.start, x.end) for x in mentions if x.kind == "org"} | \
        {(a, b) for a, b, u in named if u.kind == "organisation"}
    siblings = listed_with(s, [(a, b) for a, b, u in named if u.kind == "name"] + list(orgs), orgs)
    examples = named_as_examples(s, [(a, b) for a, b, u in named] + list(orgs))
    spans = {(a, b): u for a, b, u in named}
    # a name with its acronym: both the organisation ("New Zealand Trade and Enterprise (NZTE)")
    defined = {span for a, b, u in named if u.kind in ("name", "organisation")
               for span in [(a, b), acronym_after(s, a, b)]
               if acronym_after(s, a, b) in spans and spans[acronym_after(s, a, b)].kind == "name"}
    for a, b, u in named:
        if (a, b) in siblings:
            u.kind = "organisation"
            u.review = f"unknown name: {u.name!r}, listed with organisations; declare or correct"
        elif u.kind == "name" and (a, b) in examples:
            u.kind = "organisation"
            u.review = f"unknown name: {u.name!r}, named as an example of organisations; declare or correct"
        elif u.kind == "name" and (a, b) in defined:
            u.kind = "organisation"
            u.review = f"unknown name: {u.name!r}, an organisation with its acronym; declare or correct"
        if u.kind == "organisation":
            mentions.append(Mention(u.name, "org", sent, a, b, None, [], confidence=0.4,
                                    review=u.review))
    # a person left unresolved (a name several known people share: 'Mayor Ko') is a new one,
    # with the known ones as candidates
    listed = {u.name for u in unknown}
    for x in mentions:
        name = x.text[len(x.role_word):].strip() if x.role_word and \
            x.text.lower().startswith(x.role_word.lower()) and not ROYAL.fullmatch(x.role_word) \
            else x.text
        while name.split(" ", 1)[0].lower() in HONORIFICS and " " in name:
            name = name.split(" ", 1)[1]                # "mr. Jaap Smit"
        if x.kind == "person" and x.iri is None and name and name not in listed:
            unknown.append(Unknown(name, "person", sent, role_word=x.role_word,
                                   review=x.review or f"unknown person: {name!r}"))
            listed.add(name)
    return sorted(mentions, key=lambda x: x.start), unknown
