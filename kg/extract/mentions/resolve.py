"""Resolving a mention: a known actor when the name and its context agree, else a new one
with the known ones as match candidates (no merge on a guess)."""
from __future__ import annotations

import re

from ...ingest import local_name
from ...reconcile import context_agrees, is_generic_name
from ..known import context_names
from ..model import POSSESSIVE, Mention, Unknown
from ..words import ROLE_OF, ROLE_RX

def title_before(s: str, start: int, name_start: int) -> str:
    """'Minister for Trade' of 'Minister for Trade, Anna Ruiz', '... (LTA) Mr Li Wei' or
    '..., Senator the Hon. Aubyn Hill' (a style, and a member's style before it, is no title)."""
    title = re.sub(r"(?:,|\s)+(?:(?:Senator|Cllr)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|de heer|"
                   r"mevrouw|dhr|mevr|(?:[Tt]he\s+)?(?:Rt\.?\s+|Right\s+)?(?:Hon|Honourable))\.?)?"
                   r"\s*$", "", s[start:name_start])
    return title.strip(" ,")


def within(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(not (b <= sa or a >= sb) for sa, sb in spans)


def resolve_span(sent, a, b, iris, known, context: str = "") -> Mention:
    text = sent.text[a:b]
    iris = set(iris)
    if is_generic_name(text):
        # "Nederlandse ambassade", "het ministerie": only when the context says which one
        agreeing = {i for i in iris if context_agrees(context_names(i, known), context)}
        if not agreeing:
            names = ", ".join(sorted(local_name(i) for i in iris))
            return Mention(text, "org" if all(known[i].kind == "org" for i in iris) else "role",
                           sent, a, b, None, sorted(iris), confidence=0.3,
                           review=f"{text!r} is a generic name; nothing around it says it is "
                           f"{names}: a new actor, or that one if a person confirms it")
        iris = agreeing
    # a post and its holder both match ("Netherlands ambassador in South Korea"): the holder
    for i in list(iris):
        e = known[i]
        if e.kind == "post" and e.held_by & iris:
            iris.discard(i)
    entries = [known[i] for i in sorted(iris)]
    if len(entries) == 1:
        e = entries[0]
        if e.kind == "post":
            holders = sorted(e.held_by)
            review = None if len(holders) == 1 else (
                f"{text!r}: the post {e.id} has several holders: "
                + ", ".join(local_name(h) for h in holders) + "; choose one (or declare a new one)")
            return Mention(text, "post", sent, a, b, holders[0] if len(holders) == 1 else None,
                           holders, role=e.role, post=e.iri,
                           confidence=0.8 if len(holders) == 1 else 0.3, review=review)
        # a known person named by office ("directeur van TNO APAC"): the office word is its role
        lead = ROLE_RX.match(re.sub(r"^(?:de|het|the) ", "", text, flags=re.IGNORECASE))
        role = (next((n for rx, n in ROLE_OF if rx.match(lead.group(1))), None)
                if lead and e.kind == "person" else None)
        return Mention(text, e.kind, sent, a, b, e.iri, [e.iri], confidence=0.95, role=role,
                       role_word=lead.group(1) if role else None)
    actors = [e for e in entries if e.kind in ("person", "org")]
    names = ", ".join(f"{e.id} ({e.kind})" for e in entries)
    before = sent.text[:a].rstrip().rsplit(" ", 1)[-1].lower()
    places = [e for e in entries if e.kind == "place"]
    if places and before in ("in", "naar", "uit", "to", "from", "at", "within", "binnen"):
        if len(places) == 1:
            return Mention(text, "place", sent, a, b, places[0].iri, [e.iri for e in entries],
                           confidence=0.7)
    if len(actors) == 1:
        return Mention(text, actors[0].kind, sent, a, b, actors[0].iri,
                       [e.iri for e in entries], confidence=0.6,
                       review=f"{text!r} also names: {names}; check which is meant")
    return Mention(text, entries[0].kind if entries else "unknown", sent, a, b, None,
                   [e.iri for e in entries], confidence=0.3,
                   review=f"{text!r} matches several: {names}; choose one")


def check_role(m: Mention, known) -> None:
    if m.iri is None or m.role is None:
        return
    roles = {known[p].role for p in known[m.iri].holds if p in known}
    posts = [p for p in known[m.iri].holds if p in known and known[p].role == m.role]
    if posts:
        m.post = posts[0]
        m.confidence = max(m.confidence, 0.95)
    elif roles:
        m.review = (f"{m.text!r} is called {m.role_word!r} here, but holds "
                    f"{', '.join(sorted(r for r in roles if r))} in the registry; check")
        m.confidence = min(m.confidence, 0.6)


def resolve_name(sent, start, end, name, role, word, gaz, unknown) -> Mention:
    possessive = POSSESSIVE.search(name)        # "President Trump's tariffs": Trump
    if possessive:
        name, end = name[:possessive.start()], end - len(possessive.group(0))
    hits, how = gaz.persons_by_name(name)
    if len(hits) > 1 and role:                 # the one holding a post with that role
        fitting = [h for h in hits if any(gaz.known[p].role == role
                                          for p in gaz.known[h].holds if p in gaz.known)]
        if len(fitting) == 1:
            hits = fitting
    text = sent.text[start:end]
    if len(hits) == 1:
        m = Mention(text, "person", sent, start, end, hits[0], hits, role=role, role_word=word,
                    confidence=0.95 if how == "exact" else 0.85)
        check_role(m, gaz.known)
        if how == "surname" and m.review is None and m.post is None:
            m.review = f"{name!r} matched by surname to {local_name(hits[0])}; check"
        return m
    review = (f"unknown name: {name!r} ({word}) — not in the registry; declare or correct")
    if len(hits) > 1:
        review = (f"{name!r} ({word}) could be " + ", ".join(local_name(h) for h in hits)
                  + "; choose one or declare a new person")
    unknown.append(Unknown(name, "person", sent, role_word=word, review=review))
    return Mention(text, "person", sent, start, end, None, hits, role=role, role_word=word,
                   confidence=0.3, review=review)


def resolve_role(sent, start, end, role, word, s, mentions, gaz, context: str = "") -> Mention:
    """A role word without a name ('de gouverneur'): the holder of the one known post with that
    role (or the one whose organisation is named right after it), and only when the context
    names the post's organisation, place or holder: being the only known director is no reason."""
    text = s[start:end]
    if role is None:
        return Mention(text, "role", sent, start, end, None, [], role=None, role_word=word,
                       confidence=0.3, review=f"{word!r}: no post role in the vocabulary "
                       "(ontology/vocab/post-roles.ttl); say who it is")
    posts = gaz.posts_with_role(role)
    if len(posts) > 1:
        after = [x for x in mentions if x.start >= end and x.start - end < 20 and x.iri]
        by_org = [p for p in posts if any(gaz.known[p].post_in == x.iri for x in after)]
        if len(by_org) == 1:
            posts = by_org
    every_post = posts
    posts = [p for p in posts if context_agrees(context_names(p, gaz.known), context)]
    if len(posts) == 1 and len(gaz.known[posts[0]].held_by) == 1:
        holder = next(iter(gaz.known[posts[0]].held_by))
        return Mention(text, "person", sent, start, end, holder, [holder], role=role,
                       role_word=word, post=posts[0], confidence=0.6,
                       review=f"{word!r} taken to be {local_name(holder)} "
                       f"(the only known {role}); check")
    holders = sorted(h for p in (posts or every_post) for h in gaz.known[p].held_by)
    return Mention(text, "role", sent, start, end, None, holders, role=role, role_word=word,
                   confidence=0.3,
                   review=f"which {word}? " + ("candidates: " + ", ".join(local_name(h) for h in holders)
                                               if holders else "no known post with this role")
                   + "; nothing around it says which: give the id or declare a new person")


# words inside one capitalised name ("Ministry of Transport", "Research & Development"); not
# "and": "Friesland and Water Alliance" are two
