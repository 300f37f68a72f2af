"""Names and controlled tables of report sheets: the namespaces of what a sheet declares, the kinds
a reference may name, the classes of each `type:` and the fields a sheet may have."""
from __future__ import annotations

import re

from rdflib import RDFS, Namespace
from rdflib.namespace import FOAF, SKOS

from ..config import BASE, CV, ORG, PREFIXES, RIKG, SCHEMA
from ..i18n import N_
from ..reconcile import RMATCH

# ---------------------------------------------------------------- namespaces

RPER, RORG, RPOST, RPLACE = (Namespace(PREFIXES[p]) for p in ("rper", "rorg", "rpost", "rplace"))
REVT, RPART, RAGR, RINV = (Namespace(PREFIXES[p]) for p in ("revt", "rpart", "ragr", "rinv"))
ROUT, RACT, RCOST, RTIME = (Namespace(PREFIXES[p]) for p in ("rout", "ract", "rcost", "rtime"))
RDOC, REXC = Namespace(PREFIXES["rdoc"]), Namespace(PREFIXES["rexc"])
RRUN = Namespace(BASE + "id/run/")          # ingestion runs, sheet files, the software agent
RMATCHNS = Namespace(RMATCH)                # match candidates (kg.reconcile)

#: prefixes of the written Turtle: those of docs/modelling.md (kg.config.PREFIXES, rdf: for the
#: statement nodes) plus rrun:
TURTLE_PREFIXES = {**{k: v for k, v in PREFIXES.items() if k != "owl"},
                   "rrun": str(RRUN), "rmatch": RMATCH}

# namespace of each kind of thing a sheet can declare or refer to
KIND_NS = {"person": RPER, "org": RORG, "post": RPOST, "place": RPLACE, "event": REVT,
           "agreement": RAGR, "invitation": RINV, "outcome": ROUT, "action": RACT,
           "cost": RCOST, "document": RDOC, "time": RTIME}
# what each kind is called in a message, bare and with its article (translated where used:
# kg.ingest.known.kind_word)
KIND_WORD = {"person": N_("person or group"), "org": N_("organisation"), "post": N_("post"),
             "place": N_("place"), "event": N_("event"), "agreement": N_("agreement"),
             "invitation": N_("invitation"), "outcome": N_("outcome"), "action": N_("follow-up"),
             "cost": N_("cost statement"), "document": N_("document"), "time": N_("time")}
KIND_WORD_A = {"person": N_("a person or group"), "org": N_("an organisation"),
               "post": N_("a post"), "place": N_("a place"), "event": N_("an event"),
               "agreement": N_("an agreement"), "invitation": N_("an invitation"),
               "outcome": N_("an outcome"), "action": N_("a follow-up"),
               "cost": N_("a cost statement"), "document": N_("a document"), "time": N_("a time")}
ANY = frozenset(k for k in KIND_NS if k != "time")
AGENT = frozenset({"person", "org"})
LABEL_PROPS = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, FOAF.name, SCHEMA.name)

RESERVED_REPORT_IDS = {"registry", "ontology", "vocab", "inferred", "derived"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")

EVENT_KINDS = {"mission": RIKG.Mission, "meeting": RIKG.Meeting, "site-visit": RIKG.SiteVisit,
               "event": RIKG.Event}
# the class an event type implies when the sheet gives no `kind:` (only meetings make rikg:met)
KIND_OF_TYPE = {"mission": "mission", "bilateral-meeting": "meeting", "working-lunch": "meeting",
                "talk": "meeting", "conversation-with-companies": "meeting",
                "company-visit": "site-visit", "institute-visit": "site-visit",
                "pavilion-tour": "site-visit"}
ORG_TYPES = {"public-body": [CV.PublicOrganisation],
             "organisation": [ORG.FormalOrganization], "company": [ORG.FormalOrganization],
             "institute": [ORG.FormalOrganization], "unit": [ORG.OrganizationalUnit],
             "delegation": [RIKG.Delegation, FOAF.Group], "working-group": [RIKG.WorkingGroup]}
PLACE_TYPES = {"country": [SCHEMA.Country], "region": [SCHEMA.AdministrativeArea],
               "city": [SCHEMA.City], "place": []}
# the class of an agreement by its kind (agreement-kind notation; a finer kind, such as a
# sister-city agreement, also gets dct:type); a kind not named here is a rikg:Agreement
AGREEMENT_TYPES = {"memorandum-of-understanding": RIKG.MemorandumOfUnderstanding,
                   "agreement": RIKG.Agreement}
# short words a sheet may write for a kind (`type: mou`); the notation itself is spelt out, as a
# query parameter 'MoU' would otherwise name both the kind and every MoU called so
AGREEMENT_WORDS = {"mou": "memorandum-of-understanding"}
ACTION_STATUS = {"potential": SCHEMA.PotentialActionStatus, "active": SCHEMA.ActiveActionStatus,
                 "completed": SCHEMA.CompletedActionStatus, "failed": SCHEMA.FailedActionStatus}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# controlled values: sheet field -> (scheme IRI, words used in messages)
SCHEMES = {
    "role": ("https://w3id.org/rikg/participation-role/scheme", N_("a participation role")),
    "type": ("https://w3id.org/rikg/event-type/scheme", N_("an event type")),
    "theme": ("https://w3id.org/rikg/theme/scheme", N_("a theme")),
    "commitment": ("https://w3id.org/rikg/commitment/scheme", N_("a commitment level")),
    "category": ("https://w3id.org/rikg/cost-category/scheme", N_("a cost category")),
    "post-role": ("https://w3id.org/rikg/role/scheme", N_("a post role")),
    "kind": ("https://w3id.org/rikg/organisation-kind/scheme", N_("a kind of organisation")),
    "agreement-kind": ("https://w3id.org/rikg/agreement-kind/scheme", N_("a kind of agreement")),
    "status": ("https://w3id.org/rikg/event-status/scheme", N_("an event status")),
    "relation-kind": ("https://w3id.org/rikg/relation-kind/scheme",
                      N_("a kind of standing relation")),
}

TOP_KEYS = ("report", "notes_language", "source", "quotes", "mission", "delegation",
            "programme", "events", "people", "groups", "organisations", "posts", "places",
            "documents", "agreements", "invitations", "outcomes", "follow_ups", "costs", "about",
            "identities", "tenures", "vocabulary", "standing_relations")