"""Follow-ups: what is to happen after the mission, with a commitment guessed from the wording."""
from __future__ import annotations

import re

from ..ingest import local_name
from .model import FollowUpDraft


# ---------------------------------------------------------------- follow-ups

_EXPLORED = re.compile(r"(?:gekeken|bekeken|onderzocht|verkend)\w*\s+(?:wordt\s+)?naar de "
                       r"mogelijkhe|mogelijkhe\w* (?:wordt|worden) (?:onderzocht|verkend|bekeken)|"
                       r"(?:wordt|worden) (?:er )?(?:onderzocht|verkend|overwogen)|verkenn|"
                       r"explor|look(?:s|ing)? into|consider(?:ing|ed)|being (?:studied|"
                       r"investigated|examined)|possibility of .* (?:is|are) being", re.IGNORECASE)
_POSSIBLE = re.compile(r"een van de mogelijkheden|één van de mogelijkheden|mogelijk(?:erwijs)?\b|"
                       r"eventueel|wellicht|one of the (?:possibilities|options)|possibly|could|"
                       r"might|may be", re.IGNORECASE)
_COMMITTED = re.compile(r"\bzal\b|\bzullen\b|\bwordt\b|\bworden\b|\bgaat\b|\bgaan\b|\bwill\b|"
                        r"\bshall\b|agreed|committed|is to be|are to be|afgesproken|toegezegd",
                        re.IGNORECASE)
_FU_SPLIT = re.compile(r",? en (?=een van de mogelijkheden|één van de mogelijkheden|er wordt|"
                       r"daarnaast)|,? and (?=one of the (?:possibilities|options))", re.IGNORECASE)
_MANNER = re.compile(r"^(?:hierbij|daarbij|daarin|in doing so|in this)\b.*(?:samen(?:ge)?werk|"
                     r"in samenwerking|cooperat|together with|partners)", re.IGNORECASE)


def commitment_of(clause: str) -> tuple[str, float]:
    """committed / being-explored / possibility, from the wording."""
    if _EXPLORED.search(clause):
        return "being-explored", 0.75
    if _POSSIBLE.search(clause):
        return "possibility", 0.7
    if _COMMITTED.search(clause):
        return "committed", 0.65
    return "committed", 0.4


def _follow_ups(sentences, by_sentence, dates_by, report, home_org, known) -> list[FollowUpDraft]:
    out: list[FollowUpDraft] = []
    for sent in sentences:
        if sent.section != "follow-up":
            continue
        clauses, last = [], 0
        for m in _FU_SPLIT.finditer(sent.text):
            clauses.append(sent.text[last:m.start()])
            last = m.end()
        clauses.append(sent.text[last:])
        for clause in clauses:
            clause = clause.strip().rstrip(".")
            if not clause:
                continue
            if _MANNER.search(clause) and out:
                if sent not in out[-1].quotes:
                    out[-1].quotes.append(sent)
                continue
            commitment, conf = commitment_of(clause)
            ds = [d for d in dates_by.get(id(sent), []) if d.as_stated in clause]
            due = next((d for d in ds if d.precision in ("vague", "year", "month", "day")), None)
            orgs = [m for m in by_sentence[id(sent)] if m.iri and known[m.iri].kind == "org"
                    and m.text in clause]
            by = [local_name(home_org)] if home_org else []
            review = ["`by:` is a guess (the report's own organisation); check"]
            if re.search(r"beide provincie|both provinces|samen met|together with", clause,
                         re.IGNORECASE) and orgs:
                by += [local_name(m.iri) for m in orgs if local_name(m.iri) not in by][:1]
            words = re.sub(r"^(?:Ook|Daarnaast|Hierbij|Also|In addition)\s+", "", clause)
            name = words if len(words) <= 90 else words[:87].rsplit(" ", 1)[0] + " …"
            name = name[0].upper() + name[1:]
            fu = FollowUpDraft(f"{report}-follow-up-{len(out) + 1}", name, commitment, [sent],
                               clause, by, due, conf, review)
            fu.review.append(f"commitment guessed from the wording: {commitment}")
            out.append(fu)
    return out
