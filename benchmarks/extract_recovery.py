"""How much of a report does `kg extract` recover, and how much of what it says is right?

    .venv/bin/python benchmarks/extract_recovery.py                # the corpus table (markdown)
    .venv/bin/python benchmarks/extract_recovery.py --details      # ... and what each text missed
    .venv/bin/python benchmarks/extract_recovery.py --dev          # the development set only
    .venv/bin/python benchmarks/extract_recovery.py --held-out     # the held-out sets only
    .venv/bin/python benchmarks/extract_recovery.py --held-out-7   # held-out set 7 only (or -1, -2, ... any set the corpus holds)
    .venv/bin/python benchmarks/extract_recovery.py --seed-detail  # the seed alone, by IRI

The corpus tables run kg.extract on every stored text of the corpus (benchmarks/corpus/, facts
written by hand; see benchmarks/README.md) and on the seed report, the development texts and the
held-out texts (meta.yaml `held_out: true`: never read to tune a rule; `held_out_set: 2` for
the second set, found after the first had been read, `held_out_set: 3` for the third, found
after the second had been read, `held_out_set: 4` for the fourth, found after the third had been
read, `held_out_set: 5` for the fifth, whose gold was committed before round 6's rules were merged,
`held_out_set: 6` for the sixth, whose gold was committed before round 7's rules were merged,
`held_out_set: 7` for the seventh, whose gold was committed before round 8's rules were merged)
in separate tables, and
scores recall and precision per kind (actors, posts, events, dates, agreements, follow-ups,
amounts) with the rules of benchmarks/corpus_scoring.py. The seed's gold is its hand-modelled
graph (benchmarks/seed_gold.py); it runs with its own file left out of the known names.

--seed-detail is the older comparison of the seed alone (recall only, by IRI):
runs kg.extract on data/sources/nb-2025-03-kr.raw.txt with the seed's own file left out of the
known names (as for a new report: only the registry and the other report files in data/ttl/ are
known) and compares the draft with data/ttl/nb-2025-03-kr.ttl (+ registry.ttl):

* actors: the persons, groups and organisations of the report file plus the registry's persons
  and organisations cited with evidence from the report. Found = the draft resolved the IRI, or
  for the report's own new actors: the draft's delegation / counted group / an unknown name with
  the same label. "or candidate" also counts an ambiguous name whose candidates include it.
* events: the report's events (mission, programme, other events). One-to-one matching, best
  first: a draft event matches when it quotes one of the event's evidence sentences, or has its
  type and shares a participant. "same type" counts the matches whose type is also right.
* amounts: the four amounts; "kind + category" also needs actual/budget and the cost category.
* follow-ups: matched by quote; "commitment" also needs the same commitment level.

Figures, not tests: the extractor is heuristic and the figures should move as it improves."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS as DCT, FOAF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.config import OA, RIKG, SCHEMA, Paths  # noqa: E402
from kg.extract import extract_file  # noqa: E402
from kg.ingest import kind_of, local_name  # noqa: E402
from kg.query import fold  # noqa: E402

from corpus_gold import reports  # noqa: E402
from corpus_scoring import COLUMNS, Score, event_dates, score_report  # noqa: E402
from seed_gold import seed_gold  # noqa: E402

SEED = "nb-2025-03-kr"
RAW = ROOT / "data" / "sources" / f"{SEED}.raw.txt"


def excerpt_text(g: Graph, x) -> str | None:
    for sel in g.objects(x, OA.hasSelector):
        for t in g.objects(sel, OA.exact):
            return str(t)
    return None


def evidence(g: Graph, s) -> set[str]:
    return {t for x in g.objects(s, RIKG.evidence) if (t := excerpt_text(g, x))}


def labels(g: Graph, s) -> set[str]:
    out = set()
    for p in (SKOS.prefLabel, SKOS.altLabel, RDFS.label, FOAF.name, FOAF.familyName):
        out |= {fold(str(o)) for o in g.objects(s, p)}
    return out


def seed_detail() -> int:
    paths = Paths(root=ROOT)
    report = Graph().parse(ROOT / "data" / "ttl" / f"{SEED}.ttl")
    registry = Graph().parse(ROOT / "data" / "ttl" / "registry.ttl")
    g = report + registry
    draft = extract_file(RAW, paths, exclude=SEED)

    # ------------------------------------------------------------ actors
    own = {t for triple in report for t in (triple[0], triple[2])
           if isinstance(t, URIRef) and kind_of(t) in ("person", "org")}
    cited = {s for s in registry.subjects(RDF.type, None)
             if kind_of(s) in ("person", "org")
             and any(str(x).startswith(str(URIRef("https://w3id.org/rikg/id/excerpt/" + SEED)))
                     for x in registry.objects(s, RIKG.evidence))}
    truth_actors = own | cited
    resolved = {URIRef(i) for i in draft.actors}
    candidates = {URIRef(c) for m in draft.mentions for c in m.candidates
                  if kind_of(c) in ("person", "org")}
    unknown_names = {fold(u.name) for u in draft.unknown}
    found, found_or_cand = set(), set()
    for a in truth_actors:
        types = set(g.objects(a, RDF.type))
        hit = a in resolved
        if not hit and a in own and a not in cited:
            if RIKG.Delegation in types and draft.delegation:
                hit = True
            elif RIKG.UnnamedGroup in types:
                count = next((int(c) for c in g.objects(a, RIKG.memberCount)), None)
                hit = count is not None and any(gr["count"] == count for gr in draft.groups)
            else:
                hit = bool(labels(g, a) & unknown_names)
        if hit:
            found.add(a)
        if hit or a in candidates:
            found_or_cand.add(a)

    # ------------------------------------------------------------ events
    ev_types = {RIKG.Mission, RIKG.Meeting, RIKG.SiteVisit, RIKG.Event}
    truth_events = sorted({s for t in ev_types for s in report.subjects(RDF.type, t)
                           if str(s).startswith("https://w3id.org/rikg/id/event/")}, key=str)
    delegation_iris = {s for s in g.subjects(RDF.type, RIKG.Delegation)}

    def t_parts(e):
        out = set()
        for p in g.objects(e, RIKG.hasParticipation):
            for who in g.objects(p, RIKG.participant):
                out.add("delegation" if who in delegation_iris else str(who))
        return out

    def t_type(e):
        return next((local_name(t).rsplit("/", 1)[-1] for t in g.objects(e, DCT.type)), None)

    drafts = [("mission", "mission", {s.text for s in draft.mission["quotes"]},
               {"delegation"} | ({draft.mission["lead"]} if draft.mission["lead"] else set()))]
    for e in draft.events:
        parts = {("delegation" if p.ref == (draft.delegation or {}).get("id") else p.iri)
                 for p in e.participants} - {None}
        drafts.append((e.id, e.type, {s.text for s in e.quotes}, parts))
    scored = []
    for te in truth_events:
        ev, tt, tp = evidence(g, te), t_type(te), t_parts(te)
        for i, (did, dtype, dquotes, dparts) in enumerate(drafts):
            quote = bool(ev & dquotes)
            others = (tp & dparts) - {"delegation"}
            by_parts = dtype == tt and bool(others or (tp & dparts))
            if quote or by_parts:
                score = 3 * quote + 2 * (dtype == tt) + len(tp & dparts)
                scored.append((score, str(te), i, dtype == tt))
    matched_t, matched_d, same_type = set(), set(), 0
    for score, te, i, typed in sorted(scored, reverse=True):
        if te in matched_t or i in matched_d:
            continue
        matched_t.add(te)
        matched_d.add(i)
        same_type += typed

    # ------------------------------------------------------------ amounts
    truth_amounts = []
    for cost in report.subjects(RDF.type, RIKG.CostStatement):
        cat = local_name(next(report.objects(cost, RIKG.costCategory))).rsplit("/", 1)[-1]
        for prop, kind in ((RIKG.actualCost, "actual"), (RIKG.budgetedCost, "budget")):
            for node in report.objects(cost, prop):
                value = Decimal(str(next(report.objects(node, SCHEMA.value))))
                truth_amounts.append((value, kind, cat))
    draft_amounts = {(a.value, a.kind, a.category) for a in draft.amounts}
    amounts_value = sum(any(v == a[0] for a in draft_amounts) for v, _, _ in truth_amounts)
    amounts_full = sum(t in draft_amounts for t in truth_amounts)

    # ------------------------------------------------------------ follow-ups
    truth_fu = list(report.subjects(RDF.type, RIKG.FollowUpAction))
    fu_found = fu_commit = 0
    used = set()
    for t in truth_fu:
        ev = evidence(g, t)
        level = next((str(o).rsplit("/", 1)[-1] for o in g.objects(t, RIKG.commitmentLevel)), None)
        cands = [i for i, f in enumerate(draft.follow_ups)
                 if i not in used and ev & {s.text for s in f.quotes}]
        best = next((i for i in cands if draft.follow_ups[i].commitment == level), None)
        best = best if best is not None else (cands[0] if cands else None)
        if best is not None:
            used.add(best)
            fu_found += 1
            fu_commit += draft.follow_ups[best].commitment == level

    # ------------------------------------------------------------ table
    def pct(a, b):
        return f"{100 * a / b:5.1f}%" if b else "   -  "

    rows = [
        ("actors (persons, groups, organisations)", len(found), len(truth_actors),
         f"or candidate: {len(found_or_cand)}/{len(truth_actors)}"),
        ("events (mission, programme, other)", len(matched_t), len(truth_events),
         f"same type: {same_type}/{len(truth_events)}"),
        ("amounts", amounts_value, len(truth_amounts),
         f"kind + category: {amounts_full}/{len(truth_amounts)}"),
        ("follow-ups", fu_found, len(truth_fu), f"commitment: {fu_commit}/{len(truth_fu)}"),
    ]
    known_files = sorted(f.stem for f in paths.data_dir.glob("*.ttl") if f.stem != SEED)
    print(f"kg extract on {RAW.relative_to(ROOT)} vs data/ttl/{SEED}.ttl "
          f"(known names from: {', '.join(known_files)})")
    print()
    print(f"{'':42} {'found':>5} {'total':>5} {'recall':>7}   detail")
    for name, a, b, detail in rows:
        print(f"{name:42} {a:5d} {b:5d} {pct(a, b):>7}   {detail}")
    missed = sorted(local_name(a) for a in truth_actors - found)
    print()
    print("actors missed:", ", ".join(missed) or "none")
    missed_ev = sorted(local_name(URIRef(e)) for e in map(str, truth_events) if e not in matched_t)
    print("events missed:", ", ".join(missed_ev) or "none")
    print(f"draft: {len(draft.events)} events ({len(draft.programme)} programme items), "
          f"{len(draft.unknown)} unknown names flagged, {len(draft.dates)} dates")
    return 0


# ---------------------------------------------------------------- the corpus table

def held_out_set(meta: dict) -> int:
    """0 for a development text, else the number of its held-out set (1 when not given)."""
    return int(meta.get("held_out_set", 1)) if meta.get("held_out") else 0


def scored_texts(paths: Paths, held_out: int = 0):
    """(id, language, level, scores) for the seed and every development report with a stored
    text (held_out 0), or for every report of held-out set `held_out`; (id, language, level,
    None) for a report whose text could not be stored. The event dates of each text go to
    EVENT_DATES."""
    EVENT_DATES.clear()
    if not held_out:
        yield SEED, "nl", "provincial (seed)", score_report(
            seed_gold(ROOT), extract_file(RAW, paths, exclude=SEED))
    for r in reports():
        if held_out_set(r.meta) != held_out:
            continue
        draft = extract_file(r.source, paths) if r.text is not None else None
        if draft is not None:
            EVENT_DATES.append(event_dates(r.gold, draft))
        yield (r.id, r.meta["language"], r.meta["level"].split(" ")[0],
               score_report(r.gold, draft) if draft is not None else None)


#: per text of the last scored_texts run: see corpus_scoring.event_dates
EVENT_DATES: list[tuple[int, ...]] = []


def cell(s: Score | None) -> str:
    return "–" if s is None else f"{s.found}/{s.gold} · {s.found}/{s.claimed}"


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "–"


def table(rows, total_label: str = "corpus, without the seed") -> str:
    head = ["text", "lang", "level"] + [c for c, _, _ in COLUMNS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    totals = {c: Score() for c, _, _ in COLUMNS}
    for rid, lang, level, scores in rows:
        if scores is None:
            lines.append(f"| {rid} (text not stored: not scored) | {lang} | {level} | "
                         + " | ".join(["–"] * len(COLUMNS)) + " |")
            continue
        lines.append(f"| {rid} | {lang} | {level} | "
                     + " | ".join(cell(scores[c]) for c, _, _ in COLUMNS) + " |")
        if rid != SEED:
            for c, s in scores.items():
                if s is not None:
                    totals[c].add(s)
    lines.append(f"| **{total_label}** | | | "
                 + " | ".join(f"**{cell(totals[c])}**" for c, _, _ in COLUMNS) + " |")
    lines.append("| **recall · precision** | | | "
                 + " | ".join(f"**{pct(s.found, s.gold)} · {pct(s.found, s.claimed)}**"
                              for s in totals.values()) + " |")
    return "\n".join(lines)


def details(rows) -> str:
    out = []
    for rid, _, _, scores in rows:
        if scores is None:
            continue
        out.append(f"\n{rid}")
        for column, s in scores.items():
            if s is not None and (s.missed or s.wrong):
                out.append(f"  {column}: missed {s.missed}; wrong {s.wrong}")
    return "\n".join(out)


def event_dates_line(label: str) -> str:
    paired, dated, right, gold_dated, found = (sum(x) for x in zip(*EVENT_DATES)) \
        if EVENT_DATES else (0, 0, 0, 0, 0)
    return (f"Event dates ({label}): of {paired} draft events that share sentence and kind with "
            f"a gold event, {dated} carry a date and {right} of those agree with the gold date "
            f"({pct(right, dated)}); the gold gives a date for {gold_dated} of them and the draft "
            f"has it for {found} ({pct(found, gold_dated)}).")


#: the round of issue #12 after whose first run on it each held-out set was read (seen)
SEEN_AFTER = {1: 1, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8, 8: 9, 9: 11, 10: 12, 11: 13, 12: 14, 13: 15, 14: 16, 15: 17, 16: 19, 17: 20, 18: 21, 19: 22, 20: 23, 21: 25, 22: 27}


def main(argv: list[str]) -> int:
    if "--seed-detail" in argv:
        return seed_detail()
    paths = Paths(root=ROOT)
    print("Cells: found/gold · right/claimed (recall, precision); rules in "
          "benchmarks/corpus_scoring.py.\n")
    # every held-out set the corpus holds (a new one unseen until SEEN_AFTER names its round)
    numbers = sorted({held_out_set(r.meta) for r in reports()} - {0})
    sets = [("development corpus", 0)] + [
        (f"held-out set {n} (seen after round {SEEN_AFTER[n]})" if n in SEEN_AFTER
         else f"held-out set {n}", n) for n in numbers]
    chosen = [n for n in numbers if f"--held-out-{n}" in argv]
    if "--held-out" in argv:
        sets = sets[1:]
    elif chosen:
        sets = [x for x in sets if x[1] in chosen]
    elif "--dev" in argv:
        sets = sets[:1]
    for label, held_out in sets:
        rows = list(scored_texts(paths, held_out=held_out))
        print(f"### {label}\n")
        print(table(rows, f"held-out set {held_out}, all texts" if held_out
                    else "corpus, without the seed"))
        print("\n" + event_dates_line(label) + "\n")
        if "--details" in argv:
            print(details(rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
