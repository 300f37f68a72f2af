"""Report sheets: a YAML form a policy advisor fills in for one report, turned into the report's
own Turtle file (data/ttl/<report>.ttl, graph rgraph:<report>) and built.

The format is documented field by field in docs/report-sheets.md. In short: a sheet names the
report (`report:`), its source (`source:`), optionally the sentences it quotes (`quotes:`), the
mission, the delegation, the programme items with their participants, other events, the new
people, groups, organisations, posts and places, documents, agreements, invitations, outcomes,
follow-ups and costs. Every fact carries `quote:` (or `quotes:`), the exact sentence of the report.

* References (`who: kim-dong-yeon`, `on_behalf_of: Lionvolt`) are resolved against the ids of the
  sheet, then the ids of the registry and of the other report files in data/ttl/ (read from the
  files, not from the build, so they are never stale), then against every label and alias there
  (case- and accent-insensitive). One exact match is used; several matches, a near miss or no
  match are errors that list the candidates: nothing is ever merged silently.
* Controlled values are given by their skos:notation in ontology/vocab/ (`role: host`).
* Quotes become excerpts rexc:<report>-<n>, numbered by first appearance in the sheet; when the
  source text is known (`source.file` or `source.text`) each quote must occur in it (normalised).
* Every problem names the sheet file, the line and the field (programme[3].participants[1].role,
  counting from 1); all problems of a sheet are reported at once.

The written file carries the graph's provenance: rgraph:<report> prov:wasDerivedFrom
rdoc:<report> ; prov:wasGeneratedBy rrun:<report>-sheet, an activity that used the sheet file and
was carried out by the software agent rrun:kg-<version> at prov:endedAtTime. Those run triples are
the only ones that change between two runs of the same sheet (see `sheet_provenance`).

The steps are modules of this package: `read` (YAML with the line of every field, and `_Obj`, a
block of the sheet), `declare` (the sheet's ids), `quotes` (excerpts), `resolve` (references to
things of the sheet, the registry and other reports), `fields` (controlled values, texts,
dates), one emitter module per kind (`source`, `actors`, `posts`, `places`, `events`,
`participations`, `times`, `agreements`, `invitations`, `outcomes`, `followups`, `costs`,
`about`, `candidates`, `vocab`, `statements`), `turtle` (the written file), `provenance` and
`api` (the calls below). `sheet._Sheet` holds the state they share and runs them in order."""
from __future__ import annotations

from .api import (add_sheet, check_sheet, remove_report, report_file, sheet_to_graph,
                  sheet_to_turtle)
from .known import Known, Vocab, curie, kind_of, known_things, local_name
from .problems import SheetError, SheetProblem, SheetSyntaxError
from .provenance import sheet_provenance, without_provenance
from .read import field_name, load_sheet_yaml
from .terms import (ACTION_STATUS, AGENT, AGREEMENT_TYPES, AGREEMENT_WORDS, ANY, EVENT_KINDS,
                    KIND_NS, KIND_OF_TYPE, KIND_WORD, LABEL_PROPS, LANG, MONTHS, ORG_TYPES,
                    PLACE_TYPES, RACT, RAGR, RCOST, RDOC, RESERVED_REPORT_IDS, REVT, REXC, RINV,
                    RMATCHNS, RORG, ROUT, RPART, RPER, RPLACE, RPOST, RRUN, RTIME, SCHEMES, SLUG,
                    TOP_KEYS, TURTLE_PREFIXES, WEEKDAYS)
from .turtle import bind_prefixes
from .values import SheetDate, parse_amount, parse_date, parse_month_day

__all__ = [
    "add_sheet", "check_sheet", "remove_report", "report_file", "sheet_to_graph",
    "sheet_to_turtle", "sheet_provenance", "without_provenance",
    "SheetError", "SheetProblem", "SheetSyntaxError",
    "Known", "Vocab", "curie", "kind_of", "known_things", "local_name",
    "field_name", "load_sheet_yaml", "bind_prefixes",
    "SheetDate", "parse_amount", "parse_date", "parse_month_day",
    "ACTION_STATUS", "AGENT", "AGREEMENT_TYPES", "AGREEMENT_WORDS", "ANY", "EVENT_KINDS",
    "KIND_NS", "KIND_OF_TYPE", "KIND_WORD", "LABEL_PROPS", "LANG", "MONTHS", "ORG_TYPES",
    "PLACE_TYPES", "RACT", "RAGR", "RCOST", "RDOC", "RESERVED_REPORT_IDS", "REVT", "REXC",
    "RINV", "RMATCHNS", "RORG", "ROUT", "RPART", "RPER", "RPLACE", "RPOST", "RRUN", "RTIME",
    "SCHEMES", "SLUG", "TOP_KEYS", "TURTLE_PREFIXES", "WEEKDAYS",
]
