#!/usr/bin/env python3
"""Seeded generator of synthetic travel reports with the shape of the seed report
(data/ttl/nb-2025-03-kr.ttl + data/ttl/registry.ttl), written as a complete project folder that
`kg` can build:

    OUT/ontology/           copy of the project's ontology/
    OUT/queries/            copy of the project's queries/
    OUT/data/ttl/registry.ttl
    OUT/data/ttl/<report-id>.ttl     one per synthetic report (graph rgraph:<report-id>)
    OUT/data/sources/<report-id>.txt the normalised text every oa:exact quotes
    OUT/extra/ttl/, OUT/extra/sources/   reports NOT in data/ (for "add one report" timings)
    OUT/bench-params.json            query parameters picked from the data, and counts

Usage:  python benchmarks/generate.py --triples 10000 --out /tmp/bench-10k [--seed 42]

--triples is an approximate target for the asserted triples in data/ttl (registry + reports);
the real count is printed (and written to bench-params.json). The same seed and target always
give byte-identical output. Only terms and SKOS concepts that exist in ontology/ are used (checked
at start-up against the ontology files)."""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import shutil
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

BASE = "https://w3id.org/rikg/"
PREFIXES = {
    "rikg": BASE + "ontology#", "rper": BASE + "id/person/", "rorg": BASE + "id/org/",
    "rpost": BASE + "id/post/", "rplace": BASE + "id/place/", "revt": BASE + "id/event/",
    "rpart": BASE + "id/participation/", "ragr": BASE + "id/agreement/",
    "rinv": BASE + "id/invitation/", "rout": BASE + "id/outcome/", "ract": BASE + "id/action/",
    "rcost": BASE + "id/cost/", "rtime": BASE + "id/time/", "rdoc": BASE + "id/report/",
    "rexc": BASE + "id/excerpt/", "rstmt": BASE + "id/statement/", "rgraph": BASE + "graph/",
    "theme": BASE + "theme/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "prole": BASE + "participation-role/", "etype": BASE + "event-type/",
    "cost": BASE + "cost-category/", "commitment": BASE + "commitment/", "role": BASE + "role/",
    "okind": BASE + "organisation-kind/",
    "org": "http://www.w3.org/ns/org#", "cv": "http://data.europa.eu/m8g/",
    "foaf": "http://xmlns.com/foaf/0.1/", "schema": "https://schema.org/",
    "dct": "http://purl.org/dc/terms/", "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#", "time": "http://www.w3.org/2006/time#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
HEADER = "".join(f"@prefix {p + ':':<12}<{ns}> .\n" for p, ns in PREFIXES.items()) + "\n"

# Own terms the generator writes; checked against ontology/rikg.ttl at start-up.
RIKG_TERMS = """Event Mission Meeting SiteVisit Participation Delegation UnnamedGroup WorkingGroup
MemorandumOfUnderstanding Invitation Outcome FollowUpAction CostStatement SourceReport Excerpt
followUpOf concerns timeDescription hasParticipation participant participationRole onBehalfOf
inCapacityOf memberCount isPlaceholder party signingDate implements invitedBy invitee invitedTo
outcomeOf commitmentLevel followsFrom dueTime costOf costCategory actualCost budgetedCost sha256
evidence actsFor""".split()

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

# Home side: the twelve Dutch provinces (code, name).
NL_PROVINCES = [("gr", "Groningen"), ("fr", "Fryslân"), ("dr", "Drenthe"), ("ov", "Overijssel"),
                ("fl", "Flevoland"), ("ge", "Gelderland"), ("ut", "Utrecht"),
                ("nh", "Noord-Holland"), ("zh", "Zuid-Holland"), ("ze", "Zeeland"),
                ("nb", "Noord-Brabant"), ("li", "Limburg")]

# Partner countries: code, English, Dutch, [(region English, region Dutch)].
COUNTRIES = [
    ("kr", "South Korea", "Zuid-Korea", [("Gyeonggi", "Gyeonggi"), ("Seoul", "Seoel"), ("Busan", "Busan"), ("Incheon", "Incheon"), ("South Chungcheong", "Zuid-Chungcheong")]),
    ("jp", "Japan", "Japan", [("Osaka", "Osaka"), ("Kanagawa", "Kanagawa"), ("Aichi", "Aichi"), ("Fukuoka", "Fukuoka")]),
    ("cn", "China", "China", [("Jiangsu", "Jiangsu"), ("Guangdong", "Guangdong"), ("Zhejiang", "Zhejiang"), ("Sichuan", "Sichuan")]),
    ("tw", "Taiwan", "Taiwan", [("Hsinchu", "Hsinchu"), ("Taichung", "Taichung"), ("Kaohsiung", "Kaohsiung")]),
    ("de", "Germany", "Duitsland", [("Bavaria", "Beieren"), ("Baden-Württemberg", "Baden-Württemberg"), ("North Rhine-Westphalia", "Noordrijn-Westfalen"), ("Lower Saxony", "Nedersaksen"), ("Saxony", "Saksen")]),
    ("be", "Belgium", "België", [("Flanders", "Vlaanderen"), ("Wallonia", "Wallonië"), ("Brussels-Capital Region", "Brussels Hoofdstedelijk Gewest")]),
    ("fr", "France", "Frankrijk", [("Île-de-France", "Île-de-France"), ("Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes"), ("Occitania", "Occitanië"), ("Hauts-de-France", "Hauts-de-France")]),
    ("gb", "United Kingdom", "Verenigd Koninkrijk", [("Scotland", "Schotland"), ("Wales", "Wales"), ("Greater Manchester", "Groot-Manchester")]),
    ("us", "United States", "Verenigde Staten", [("California", "Californië"), ("Texas", "Texas"), ("Massachusetts", "Massachusetts"), ("Michigan", "Michigan")]),
    ("ca", "Canada", "Canada", [("Ontario", "Ontario"), ("Quebec", "Quebec"), ("British Columbia", "Brits-Columbia")]),
    ("it", "Italy", "Italië", [("Lombardy", "Lombardije"), ("Emilia-Romagna", "Emilia-Romagna"), ("Piedmont", "Piëmont")]),
    ("es", "Spain", "Spanje", [("Catalonia", "Catalonië"), ("Basque Country", "Baskenland"), ("Andalusia", "Andalusië")]),
    ("pt", "Portugal", "Portugal", [("Norte", "Noord-Portugal"), ("Centro", "Centraal-Portugal")]),
    ("pl", "Poland", "Polen", [("Silesia", "Silezië"), ("Masovia", "Mazovië"), ("Lesser Poland", "Klein-Polen")]),
    ("cz", "Czechia", "Tsjechië", [("South Moravia", "Zuid-Moravië"), ("Central Bohemia", "Midden-Bohemen")]),
    ("at", "Austria", "Oostenrijk", [("Upper Austria", "Opper-Oostenrijk"), ("Styria", "Stiermarken")]),
    ("ch", "Switzerland", "Zwitserland", [("Zurich", "Zürich"), ("Geneva", "Genève")]),
    ("dk", "Denmark", "Denemarken", [("Central Denmark Region", "Midden-Jutland"), ("Region of Southern Denmark", "Zuid-Denemarken")]),
    ("se", "Sweden", "Zweden", [("Västra Götaland", "Västra Götaland"), ("Skåne", "Skåne")]),
    ("no", "Norway", "Noorwegen", [("Vestland", "Vestland"), ("Trøndelag", "Trøndelag")]),
    ("fi", "Finland", "Finland", [("Uusimaa", "Uusimaa"), ("Pirkanmaa", "Pirkanmaa")]),
    ("ee", "Estonia", "Estland", [("Harju County", "Harjumaa"), ("Tartu County", "Tartumaa")]),
    ("ie", "Ireland", "Ierland", [("County Cork", "Graafschap Cork"), ("County Galway", "Graafschap Galway")]),
    ("in", "India", "India", [("Karnataka", "Karnataka"), ("Maharashtra", "Maharashtra"), ("Tamil Nadu", "Tamil Nadu")]),
    ("th", "Thailand", "Thailand", [("Chonburi", "Chonburi"), ("Rayong", "Rayong")]),
    ("vn", "Vietnam", "Vietnam", [("Ho Chi Minh City", "Ho Chi Minhstad"), ("Da Nang", "Da Nang")]),
    ("br", "Brazil", "Brazilië", [("São Paulo", "São Paulo"), ("Minas Gerais", "Minas Gerais"), ("Santa Catarina", "Santa Catarina")]),
    ("mx", "Mexico", "Mexico", [("Nuevo León", "Nuevo León"), ("Jalisco", "Jalisco")]),
    ("za", "South Africa", "Zuid-Afrika", [("Gauteng", "Gauteng"), ("Western Cape", "West-Kaap")]),
    ("au", "Australia", "Australië", [("New South Wales", "Nieuw-Zuid-Wales"), ("Queensland", "Queensland")]),
]

FIRST = """Anna Bram Carla Daan Eva Floor Gijs Hanna Ivo Joris Karin Lars Maud Niels Olga Pieter
Quinten Roos Sander Tessa Uma Victor Wendy Xander Yara Zeno Min-jun Seo-yeon Ji-ho Hiro Yuki Akira
Wei Lin Mei Jonas Lena Felix Marie Luca Giulia Pablo Lucia Joao Ines Piotr Zofia Jan Eliska Anders
Ingrid Mikko Aino Kaur Liis Sean Aoife Arjun Priya Somchai Nguyen Thiago Camila Diego Sofia Thabo
Naledi Jack Olivia Henrik Freya Tomas Klara Emil Astrid Rafael Marta""".split()
LAST = """de Vries Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer
Kim Lee Park Choi Jung Tanaka Sato Suzuki Wang Zhang Chen Liu Huang Schmidt Schneider Fischer Weber
Wagner Dubois Martin Bernard Moreau Rossi Russo Bianchi Garcia Fernandez Lopez Silva Santos Nowak
Kowalski Novak Svoboda Gruber Huber Keller Meier Nielsen Hansen Larsen Andersson Johansson Olsen
Virtanen Korhonen Tamm Saar Murphy Kelly Sharma Patel Singh Chaiyaporn Tran Pham Oliveira Souza
Hernandez Gonzalez Nkosi Dlamini Smith Taylor Wilson Brown Jensen Lindqvist Horvat Kovac""".split()
# the surname list has multi-word names; split on the lowercase particles
_LAST, _buf = [], []
for w in LAST:
    _buf.append(w)
    if w not in ("de",):
        _LAST.append(" ".join(_buf))
        _buf = []
LAST = _LAST
INITIALS = "ABCDEFGHJKLMNOPRSTVW"

CO_A = """Volt Lumo Nexa Quanta Hydra Terra Photo Semi Astra Cera Mobi Gri Helio Agri Nano Bio Omni
Vita Aero Sino Nord Ost Zuid Delta Kiro Tekno Vela Ardo Sola Fluxo Prisma Zeni""".split()
CO_B = """tronix lux gen cell core wave grid tek mark point link ion forge path lab ware nova sys
field bridge""".split()
CO_C = ["Systems", "Energy", "Photonics", "Mobility", "Semiconductors", "Batteries", "Hydrogen",
        "Robotics", "Materials", "Digital", "Technologies", "Industries"]
INST_FIELD = [("Hydrogen Research", "hydrogen"), ("Advanced Engineering", "energy"),
              ("Semiconductor Technology", "semicon"), ("Photonics", "photonics"),
              ("Battery Innovation", "batteries"), ("Smart Mobility", "mobility"),
              ("Climate Technology", "climate"), ("Digital Innovation", "digitalisation")]

FOLLOW_UP_TEMPLATES = [
    ("Uitwerken van een werkgroep met {host_nl}", "Setting up a working group with {host_en}"),
    ("Verkennen van een tegenbezoek van {host_nl}", "Exploring a return visit by {host_en}"),
    ("Verdiepende marktstudie {country_nl}", "In-depth market study of {country_en}"),
    ("Organiseren van een innovatiedag in {country_nl}", "Organising an innovation day in {country_en}"),
    ("Opstellen van een actieplan voor {theme_nl}", "Drafting an action plan on {theme_en}"),
    ("Uitwisseling van studenten met {host_nl}", "Student exchange with {host_en}"),
]


# ---------------------------------------------------------------------------- helpers

def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("ø", "o").replace("å", "a").replace("æ", "ae").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def lit(text: str, lang: str | None = None) -> str:
    return f'"{esc(text)}"@{lang}' if lang else f'"{esc(text)}"'


def typed(value: str, dt: str) -> str:
    return f'"{value}"^^xsd:{dt}'


def expand(curie: str) -> str:
    p, _, local = curie.partition(":")
    return PREFIXES[p] + local


def label_key(text: str) -> str:
    """The key of queries/qc/duplicate-label-warning.rq (lower case, no spaces or punctuation)."""
    return re.sub(r"[-_ .,;:'()/&]", "", text.lower())


# Statement nodes (docs/modelling.md, "Every fact has a quote"), as kg.ingest.statements writes
# them: not for names, classifications, the excerpts and the report itself, nor for the n-ary
# nodes that carry their own evidence (participations, times, amounts).
NOT_STATED = {"a", "rdfs:label", "skos:prefLabel", "skos:altLabel", "foaf:name", "foaf:familyName",
              "foaf:givenName", "schema:name", "dct:description", "skos:editorialNote",
              "rikg:evidence", "rikg:timeDescription", "rikg:isPlaceholder", "dct:type", "org:role",
              "rikg:commitmentLevel", "rikg:costCategory", "rikg:hasParticipation"}
OWN_EVIDENCE = ("rgraph:", "rdoc:", "rexc:", "rpart:", "rtime:")


class Doc:
    """Turtle subject blocks; counts the triples it writes (objects are de-duplicated) and keeps
    the stated facts with their subject's sentences, for statement nodes."""

    def __init__(self):
        self.parts: list[str] = []
        self.triples = 0
        self.facts: list[tuple[str, str, str, list[str]]] = []   # s, p, o, the subject's excerpts

    def comment(self, text: str) -> None:
        self.parts.append("#" * 65 + f"\n# {text}\n" + "#" * 65 + "\n\n")

    def add(self, subject: str, props: list) -> None:
        lines = []
        for pred, objs in props:
            if objs is None:
                continue
            if isinstance(objs, str):
                objs = [objs]
            objs = list(dict.fromkeys(o for o in objs if o))
            if not objs:
                continue
            if pred not in NOT_STATED and not subject.startswith(OWN_EVIDENCE) \
                    and not subject.endswith(("-actual", "-budget")):
                self.facts += [(subject, pred, o, evidence_of(props)) for o in objs]
            self.triples += len(objs)
            lines.append(f"{pred} " + " ,\n        ".join(objs) if len(objs) > 3
                         else f"{pred} " + " , ".join(objs))
        self.parts.append(f"{subject} " + " ;\n    ".join(lines) + " .\n\n")

    def spill(self, path: Path) -> None:
        """Move the blocks written so far to `path` (appended), so that thousands of reports
        waiting for their excerpts do not hold their Turtle in memory; text() reads them back."""
        with path.open("a", encoding="utf-8") as f:
            f.write("".join(self.parts))
        self.spilled, self.parts = path, []

    def text(self, head: str) -> str:
        spilled = getattr(self, "spilled", None)
        body = spilled.read_text(encoding="utf-8") if spilled else ""
        return head + HEADER + body + "".join(self.parts)

    def add_statements(self, graph_id: str) -> None:
        """One rstmt:<graph_id>-<hash> node per stated fact, citing the first sentence of its
        subject (the synthetic sentences name what they state)."""
        facts, self.facts = self.facts, []
        if facts:
            self.comment("Statements: each fact with the sentence that states it")
        for s, p, o, excerpts in facts:
            digest = hashlib.sha256(f"{expand(s)} {p} {o}".encode("utf-8")).hexdigest()[:12]
            self.add(f"rstmt:{graph_id}-{digest}", [
                ("a", "rdf:Statement"), ("rdf:subject", s), ("rdf:predicate", p), ("rdf:object", o),
                ("rikg:evidence", excerpts[:1])])
        self.facts = []     # the statement nodes are not themselves facts with a statement


def evidence_of(props: list) -> list[str]:
    for pred, objs in props:
        if pred == "rikg:evidence" and objs:
            return [objs] if isinstance(objs, str) else list(objs)
    return []


def zipf_weights(n: int, a: float, rng: random.Random) -> list[float]:
    """Weights 1/rank^a over a random permutation of n items: a few items get most picks."""
    ranks = list(range(1, n + 1))
    rng.shuffle(ranks)
    return [1.0 / (r ** a) for r in ranks]


def cumulative(weights: list[float]) -> list[float]:
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def pick_distinct(rng: random.Random, items: list, cum: list[float], k: int, exclude: set) -> list:
    """Up to k distinct items drawn by weight (cumulative weights `cum`), none from `exclude`."""
    chosen, seen, attempts = [], set(exclude), 0
    while len(chosen) < k and attempts < 40 * k + 40:
        attempts += 1
        x = rng.choices(items, cum_weights=cum)[0]
        if x not in seen:
            seen.add(x)
            chosen.append(x)
    return chosen


# ---------------------------------------------------------------------------- ontology check

def ontology_terms(ontology: Path) -> tuple[dict[str, list[str]], set[str]]:
    """(concepts per scheme as CURIEs, declared rikg: local names) read from the ontology."""
    import pyoxigraph as ox
    store = ox.Store()
    for f in [ontology / "rikg.ttl", *sorted((ontology / "vocab").glob("*.ttl"))]:
        store.load(path=str(f), format=ox.RdfFormat.TURTLE)
    schemes: dict[str, list[str]] = defaultdict(list)
    for sol in store.query("SELECT ?c ?s WHERE { ?c <http://www.w3.org/2004/02/skos/core#inScheme> ?s }"):
        c = sol["c"].value
        for p, ns in PREFIXES.items():
            if c.startswith(ns) and p in ("theme", "prole", "etype", "cost", "commitment", "role",
                                          "okind"):
                schemes[p].append(f"{p}:{c[len(ns):]}")
    declared = set()
    rikg = PREFIXES["rikg"]
    for sol in store.query(
            "SELECT ?t WHERE { ?t a ?k FILTER (?k IN (<http://www.w3.org/2002/07/owl#Class>, "
            "<http://www.w3.org/2002/07/owl#ObjectProperty>, <http://www.w3.org/2002/07/owl#DatatypeProperty>, "
            "<http://www.w3.org/2002/07/owl#AnnotationProperty>)) }"):
        if sol["t"].value.startswith(rikg):
            declared.add(sol["t"].value[len(rikg):])
    return {k: sorted(v) for k, v in schemes.items()}, declared


# ---------------------------------------------------------------------------- the world

class World:
    """Places, organisations, posts and persons shared by all reports (the registry)."""

    def __init__(self, rng: random.Random, n_events: int, concepts: dict[str, list[str]]):
        self.rng = rng
        self.concepts = concepts
        self.themes = concepts["theme"]
        self.labels: set[str] = set()
        self.places, self.orgs, self.posts, self.persons = {}, {}, {}, {}
        self.by_country: dict[str, dict] = {}
        self.post_count: Counter = Counter()
        self.nl = None
        self._build(n_events)

    # unique labels, as the duplicate-label QC sees them
    def claim(self, *labels: str) -> bool:
        keys = {label_key(x) for x in labels}
        if keys & self.labels:
            return False
        self.labels |= keys
        return True

    def _place(self, iri, kind, en, nl, within=None):
        assert self.claim(en, nl), (en, nl)
        self.places[iri] = dict(iri=iri, kind=kind, en=en, nl=nl, within=within)
        return self.places[iri]

    def _org(self, iri, cls, en, nl=None, **kw):
        self.orgs[iri] = dict(iri=iri, cls=cls, en=en, nl=nl, **kw)
        return self.orgs[iri]

    def _person_name(self) -> str:
        rng = self.rng
        for _ in range(1000):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if rng.random() < 0.6:
                name = f"{rng.choice(FIRST)} {rng.choice(INITIALS)}. {rng.choice(LAST)}"
            if self.claim(name):
                return name
        raise RuntimeError("ran out of person names")

    def _post(self, org, role, en, nl, placeholder_p=0.0, half_named_p=0.0):
        base = f"{org['iri'].split(':', 1)[1]}-{role.split(':', 1)[1]}"
        n = self.post_count[base]
        self.post_count[base] += 1
        local = base if n == 0 else f"{base}-{n + 1}"
        if n:
            en, nl = f"{en} ({n + 1})", f"{nl} ({n + 1})"
        assert self.claim(en, nl), (en, nl)
        post = dict(iri=f"rpost:{local}", org=org["iri"], role=role, en=en, nl=nl)
        r = self.rng.random()
        if r < placeholder_p:
            person = dict(iri=f"rper:{local}", placeholder=True, label=f"{en} (unnamed in source)",
                          mention_nl=f"de {nl}")
        elif r < placeholder_p + half_named_p:
            family = self.rng.choice(LAST)
            person = dict(iri=f"rper:{local}", family=family,
                          label=f"{family} ({en.lower()})",
                          mention_nl=f"{role_nl(role)} {family}")
        else:
            name = self._person_name()
            pl = slug(name)
            k = 2
            while f"rper:{pl}" in self.persons:
                pl, k = f"{slug(name)}-{k}", k + 1
            person = dict(iri=f"rper:{pl}", name=name, label=name,
                          mention_nl=f"{name} ({nl})")
        person.update(post=post["iri"], org=org["iri"], role=role)
        post["holder"] = person["iri"]
        self.posts[post["iri"]] = post
        self.persons[person["iri"]] = person
        return person

    def _build(self, n_events: int) -> None:
        rng = self.rng
        scale = max(1.0, n_events / 100)
        lg = math.log2(scale)
        n_regions = 1 + int(lg)                               # regions per partner country
        n_ged = min(7, 2 + int(lg))                           # gedeputeerden per province
        n_vice = 0 if scale < 4 else (1 if scale < 30 else 2)  # vice-governors per region
        n_cs = int(0.3 * scale ** 0.8)                        # civil servants per government
        deputies = scale >= 4
        # places and governments
        nl = self._place("rplace:netherlands", "schema:Country", "Netherlands", "Nederland")
        self.nl = nl
        self.home_provinces = []
        for code, name in NL_PROVINCES:
            region = self._place(f"rplace:{slug(name)}", "schema:AdministrativeArea", name, name,
                                 nl["iri"])
            assert self.claim(f"Province of {name}", f"Provincie {name}")
            prov_org = self._org(f"rorg:province-{slug(name)}", "cv:PublicOrganisation",
                                 f"Province of {name}", f"Provincie {name}", spatial=region["iri"],
                                 code=code, country="nl", kind="province")
            self.home_provinces.append(prov_org)
        self.countries = []
        for code, en, nlname, regions in COUNTRIES:
            c = self._place(f"rplace:{slug(en)}", "schema:Country", en, nlname)
            c["code"] = code
            entry = dict(place=c, provinces=[], orgs=[], persons=[], companies=[])
            for ren, rnl in regions[:n_regions]:
                r = self._place(f"rplace:{slug(ren)}", "schema:AdministrativeArea", ren, rnl, c["iri"])
                assert self.claim(f"Government of {ren}", f"Regering van {rnl}")
                g = self._org(f"rorg:government-{slug(ren)}", "cv:PublicOrganisation",
                              f"Government of {ren}", f"Regering van {rnl}", spatial=r["iri"],
                              country=code, kind="province", region=r["iri"])
                entry["provinces"].append(g)
                entry["orgs"].append(g)
            emb_en, emb_nl = f"Netherlands Embassy in {en}", f"Nederlandse ambassade in {nlname}"
            assert self.claim(emb_en, emb_nl)
            emb = self._org(f"rorg:nl-embassy-{slug(en)}", "cv:PublicOrganisation", emb_en, emb_nl,
                            location=c["iri"], country=code, kind="embassy")
            entry["embassy"] = emb
            entry["orgs"].append(emb)
            self.by_country[code] = entry
            self.countries.append(entry)
        # companies and institutes (Dutch ones and partner-country ones), some with units abroad
        n_companies = int(20 * scale ** 0.9)
        self.nl_companies = []
        for i in range(n_companies):
            foreign = rng.random() < 0.6
            country = rng.choice(self.countries) if foreign else None
            region = (rng.choice([p for p in country["provinces"]])["region"] if foreign
                      else rng.choice(self.home_provinces)["spatial"])
            if rng.random() < 0.2:
                field, theme = rng.choice(INST_FIELD)
                rname = self.places[region]["en"]
                name = f"Institute for {field} {rname}"
                themes = [f"theme:{theme}"]
            else:
                name = f"{rng.choice(CO_A)}{rng.choice(CO_B)} {rng.choice(CO_C)}"
                themes = rng.sample(self.themes, rng.randint(1, 2))
            if not self.claim(name):
                continue
            o = self._org(f"rorg:{slug(name)}", "org:FormalOrganization", name, None,
                          location=region, subjects=themes, kind="company",
                          country=country["place"]["code"] if foreign else "nl")
            if foreign:
                country["orgs"].append(o)
                country["companies"].append(o)
            else:
                self.nl_companies.append(o)
                if rng.random() < 0.5:   # a unit in a partner country
                    c2 = rng.choice(self.countries)
                    uname = f"{name} {c2['place']['en']}"
                    if self.claim(uname):
                        u = self._org(f"rorg:{slug(uname)}", "org:OrganizationalUnit", uname, None,
                                      location=rng.choice(c2["provinces"])["region"], unit_of=o["iri"],
                                      kind="unit", country=c2["place"]["code"])
                        c2["orgs"].append(u)
                        c2["companies"].append(u)
        # posts and persons
        for p in self.home_provinces:
            p["gedeputeerden"] = [self._post(p, "role:gedeputeerde",
                                             f"Member of the Provincial Executive of {p['en'][12:]}",
                                             f"gedeputeerde van {p['en'][12:]}")
                                  for _ in range(n_ged)]
            p["kc"] = self._post(p, "role:kings-commissioner",
                                 f"King's Commissioner of {p['en'][12:]}",
                                 f"Commissaris van de Koning in {p['en'][12:]}", placeholder_p=0.5)
            p["civil"] = [self._post(p, "role:civil-servant", f"Civil servant of {p['en']}",
                                     f"ambtenaar van de {p['nl']}") for _ in range(n_cs)]
        for c in self.countries:
            for g in c["provinces"]:
                rname = self.places[g["region"]]
                c["persons"].append(self._post(g, "role:governor", f"Governor of {rname['en']}",
                                               f"gouverneur van {rname['nl']}"))
                for _ in range(n_vice):
                    c["persons"].append(self._post(g, "role:vice-governor",
                                                   f"Vice-Governor of {rname['en']}",
                                                   f"vicegouverneur van {rname['nl']}",
                                                   half_named_p=0.25))
                for _ in range(n_cs):
                    c["persons"].append(self._post(g, "role:civil-servant",
                                                   f"Civil servant of the {g['en']}",
                                                   f"ambtenaar van de {g['nl']}"))
            emb = c["embassy"]
            c["persons"].append(self._post(emb, "role:ambassador", f"Netherlands Ambassador in {c['place']['en']}",
                                           f"Nederlandse ambassadeur in {c['place']['nl']}", placeholder_p=0.5))
            if deputies:
                c["persons"].append(self._post(emb, "role:deputy-ambassador",
                                               f"Netherlands Deputy Ambassador in {c['place']['en']}",
                                               f"plaatsvervangend ambassadeur in {c['place']['nl']}",
                                               placeholder_p=0.7))
            for o in c["companies"]:
                if rng.random() < 0.6:
                    c["persons"].append(self._post(o, "role:director", f"Director of {o['en']}",
                                                   f"directeur van {o['en']}", placeholder_p=0.4))
        # popularity: a global Zipf order over persons and organisations
        everyone = list(self.persons) + list(self.orgs)
        self.weight = dict(zip(everyone, zipf_weights(len(everyone), 0.8, rng)))
        for o in self.nl_companies:          # Dutch companies turn up abroad, but less often
            self.weight[o["iri"]] *= 0.25
        self.country_weights = zipf_weights(len(self.countries), 1.0, rng)
        self.home_weights = zipf_weights(len(self.home_provinces), 0.8, rng)
        for c in self.countries:
            c["pool"] = [p["iri"] for p in c["persons"]] + [o["iri"] for o in c["orgs"]] \
                + [o["iri"] for o in self.nl_companies]
            c["pool_cum"] = cumulative([self.weight[x] for x in c["pool"]])
            c["visit"] = [o["iri"] for o in c["companies"]] or [o["iri"] for o in c["orgs"]]
            c["visit_cum"] = cumulative([self.weight[x] for x in c["visit"]])


def role_nl(role: str) -> str:
    return {"role:vice-governor": "vicegouverneur", "role:governor": "gouverneur"}.get(role, "")


def agent_mention(world: World, iri: str) -> str:
    if iri in world.persons:
        return world.persons[iri]["mention_nl"]
    o = world.orgs[iri]
    return o["nl"] or o["en"]


def agent_label_en(world: World, iri: str) -> str:
    if iri in world.persons:
        return world.persons[iri]["label"]
    return world.orgs[iri]["en"]


# ---------------------------------------------------------------------------- one report

class Report:
    """One synthetic report: its Turtle, its text, and which registry things it mentions."""

    def __init__(self, rid: str):
        self.rid = rid
        self.doc = Doc()
        self.sentences: list[str] = []
        self.mentions: dict[str, int] = {}     # registry IRI -> first excerpt number
        self.participations: list[tuple[str, str]] = []   # (event, agent)
        self.events: list[str] = []
        self.meetings: list[str] = []
        self.mission = None
        self.home = self.host = None
        self.mou_parties: list[tuple[str, str]] = []

    def say(self, sentence: str, mentions=()) -> str:
        self.sentences.append(sentence)
        n = len(self.sentences)
        for m in mentions:
            self.mentions.setdefault(m, n)
        return f"rexc:{self.rid}-{n}"


def make_report(world: World, rng: random.Random, rid: str, home: dict, country: dict,
                year: int, month: int, state: dict) -> Report:
    rep = Report(rid)
    d = rep.doc
    host = rng.choice(country["provinces"])
    rep.home, rep.host = home["iri"], host["iri"]
    cplace = country["place"]
    host_region = world.places[host["region"]]
    mon_nl, mon_en = MONTHS_NL[month - 1], MONTHS_EN[month - 1]
    lead = rng.choices(home["gedeputeerden"], weights=[1 / (i + 1) for i in range(len(home["gedeputeerden"]))])[0]
    lead_post = world.posts[lead["post"]]
    n_cs = rng.randint(1, 4)
    mission = f"revt:{rid}-mission"
    rep.mission = mission
    delegation = f"rorg:{rid}-delegation"
    civil = f"rper:{rid}-civil-servants"
    title = f"Verslag Bestuurlijk bezoek {cplace['nl']} en {host_region['nl']}, {mon_nl} {year}"

    # --- report, graph, front matter
    e_title = rep.say(title, [cplace["iri"], host_region["iri"], host["iri"]])
    lead_name = lead.get("name") or lead["label"]
    e_lead = rep.say(f"Bestuurlijke deelname {lead_name}", [lead["iri"]])
    e_cs = rep.say(f"Ambtelijke deelname {n_cs} personen")
    mission_themes = rng.sample(world.themes, rng.randint(2, 4))
    theme_words = ", ".join(t.split(":")[1].replace("-", " ") for t in mission_themes)
    e_goal = rep.say(f"Het bezoek van {lead_post['nl']} {lead_name} in {mon_nl} {year} had als doel "
                     f"om verdere verdieping te geven aan de relatie met de {host['nl']} op het gebied "
                     f"van {theme_words}.", [lead["iri"], lead_post["iri"], home["iri"], host["iri"],
                                             world.places[home["spatial"]]["iri"]])
    e_del = rep.say(f"De delegatie uit {world.places[home['spatial']]['nl']} bestond uit {lead_name} en "
                    f"{n_cs} ambtenaren.", [home["iri"]])

    d.comment("Graph, report, delegation")
    d.add(f"rgraph:{rid}", [("a", "prov:Entity"), ("rdfs:label", lit(f"Graph of report {rid}", "en")),
                            ("prov:wasDerivedFrom", f"rdoc:{rid}")])
    rep.report_block = None   # written at the end, when the text (and its hash) is complete
    d.add(civil, [("a", ["rikg:UnnamedGroup", "foaf:Group"]),
                  ("rdfs:label", lit(f"{n_cs} civil servants of the {home['en']} (unnamed)", "en")),
                  ("rikg:memberCount", typed(str(n_cs), "nonNegativeInteger")),
                  ("rikg:evidence", e_cs)])
    d.add(delegation, [("a", ["rikg:Delegation", "foaf:Group"]),
                       ("rdfs:label", lit(f"Delegation of {home['en'][12:]} to {cplace['en']}, {mon_en} {year} ({rid})", "en")),
                       ("skos:prefLabel", [lit(f"Delegation of {home['en'][12:]} to {cplace['en']}, {mon_en} {year} ({rid})", "en"),
                                           lit(f"delegatie uit {home['en'][12:]}, {cplace['nl']}, {mon_nl} {year} ({rid})", "nl")]),
                       ("foaf:member", [lead["iri"], civil]),
                       ("rikg:evidence", [e_lead, e_cs, e_del])])

    # --- agreement (MoU) and working group
    mou = None
    if rng.random() < 0.5:
        mou = f"ragr:{rid}-mou"
        parties = [home["iri"], host["iri"]]
        if rng.random() < 0.3:
            third = rng.choice([o for o in country["orgs"] if o["iri"] not in parties])
            parties.append(third["iri"])
        sy, sm = (year, month) if rng.random() < 0.4 else (year - rng.randint(0, 2), rng.randint(1, 12))
        if (sy, sm) > (year, month):
            sy, sm = year, month
        mthemes = rng.sample(world.themes, rng.randint(1, 3))
        e_mou = rep.say(f"In {MONTHS_NL[sm - 1]} {sy} is een Memorandum of Understanding ondertekend tussen "
                        + " en ".join(agent_mention(world, p) for p in parties)
                        + f" over samenwerking op het gebied van "
                        + ", ".join(t.split(":")[1].replace("-", " ") for t in mthemes) + ".", parties)
        d.comment("Agreement")
        d.add(mou, [("a", "rikg:MemorandumOfUnderstanding"),
                    ("skos:prefLabel", lit(f"Memorandum of Understanding {home['en'][12:]} – {host_region['en']} ({rid})", "en")),
                    ("skos:altLabel", lit("MoU", "nl")),
                    ("rikg:party", parties),
                    ("rikg:signingDate", typed(f"{sy}-{sm:02d}", "gYearMonth")),
                    ("dct:subject", mthemes),
                    ("rikg:evidence", [e_mou, e_goal])])
        rep.mou_parties = [(parties[i], parties[j]) for i in range(len(parties)) for j in range(i + 1, len(parties))]
        if rng.random() < 0.2:
            wg = f"rorg:{rid}-working-group"
            e_wg = rep.say(f"Er wordt een werkgroep opgericht door {home['nl']} en de {host['nl']} om het MoU uit te werken.",
                           [home["iri"], host["iri"]])
            d.add(wg, [("a", "rikg:WorkingGroup"),
                       ("skos:prefLabel", [lit(f"Working group {home['en'][12:]} – {host_region['en']} ({rid})", "en"),
                                           lit(f"werkgroep {home['en'][12:]} – {host_region['nl']} ({rid})", "nl")]),
                       ("org:hasMember", [home["iri"], host["iri"]]),
                       ("rikg:implements", mou), ("rikg:evidence", e_wg)])

    # --- mission
    d.comment("Mission")
    mission_parts = [(lead["iri"], "prole:delegation-lead", home["iri"], lead_post["iri"], [e_lead, e_goal]),
                     (civil, "prole:delegation-member", home["iri"], None, [e_cs]),
                     (delegation, "prole:delegation", home["iri"], None, [e_del])]
    t = f"rtime:{rid}-mission"
    d.add(mission, [("a", "rikg:Mission"), ("dct:type", "etype:mission"),
                    ("schema:name", [lit(f"Bestuurlijk bezoek {cplace['nl']} en {host_region['nl']}, {mon_nl} {year}", "nl"),
                                     lit(f"Administrative visit to {cplace['en']} and {host_region['en']}, {mon_en} {year}", "en")]),
                    ("time:hasTime", t), ("schema:location", cplace["iri"]),
                    ("schema:organizer", home["iri"]), ("dct:subject", mission_themes),
                    ("rikg:concerns", mou),
                    ("rikg:hasParticipation", [f"rpart:{rid}-mission--{a.split(':')[1]}" for a, *_ in mission_parts]),
                    ("rikg:evidence", [e_title, e_goal])])
    ym = typed(f"{year}-{month:02d}", "gYearMonth")
    d.add(t, [("a", "time:ProperInterval"), ("rdfs:label", lit(f"{mon_en} {year}", "en")),
              ("rikg:timeDescription", lit(f"in {mon_nl} {year}", "nl")),
              ("time:hasBeginning", t + "-begin"), ("time:hasEnd", t + "-end"), ("rikg:evidence", e_goal)])
    d.add(t + "-begin", [("a", "time:Instant"), ("rdfs:label", lit(f"beginning of the mission (within {mon_en} {year})", "en")),
                         ("time:inXSDgYearMonth", ym), ("rikg:evidence", e_goal)])
    d.add(t + "-end", [("a", "time:Instant"), ("rdfs:label", lit(f"end of the mission (within {mon_en} {year})", "en")),
                       ("time:inXSDgYearMonth", ym), ("rikg:evidence", e_goal)])
    for agent, role, behalf, capacity, ev in mission_parts:
        _participation(d, world, f"{rid}-mission", agent, role, behalf, capacity, ev, "the mission", rep)

    # --- programme items
    host_persons = country["persons"]
    pool, weights = country["pool"], country["pool_cum"]
    n_items = rng.randint(5, 15)
    kinds = rng.choices(["meeting", "visit", "event"], weights=[50, 30, 20], k=n_items)
    d.comment("Programme")
    for i, kind in enumerate(kinds, 1):
        _programme_item(d, world, rng, rep, i, kind, country, host, home, lead, lead_post,
                        delegation, civil, pool, weights, year, month, state)

    # --- invitation and planned visit
    planned = None
    if rng.random() < 0.3 and rep.meetings:
        gov = next(p for p in host_persons if p["org"] == host["iri"] and p["role"] == "role:governor")
        planned = f"revt:{rid}-planned-return-visit"
        inv = f"rinv:{rid}-invitation"
        py = year + 1
        e_inv = rep.say(f"{agent_mention(world, gov['iri'])} nodigde de {home['nl']} uit voor een bezoek aan "
                        f"{host_region['nl']} in {py}.", [gov["iri"], home["iri"]])
        d.comment("Invitation")
        d.add(inv, [("a", "rikg:Invitation"),
                    ("rdfs:label", lit(f"Invitation by {agent_label_en(world, gov['iri'])} to the {home['en']} ({rid})", "en")),
                    ("rikg:invitedBy", [gov["iri"], host["iri"]]), ("rikg:invitee", home["iri"]),
                    ("rikg:invitedTo", planned), ("prov:wasGeneratedBy", rep.meetings[0]),
                    ("rikg:evidence", e_inv)])
        pt = f"rtime:{rid}-planned-return-visit"
        d.add(planned, [("a", "rikg:Mission"), ("dct:type", "etype:mission"),
                        ("schema:name", [lit(f"Bezoek aan {host_region['nl']} ({py}, mogelijk, {rid})", "nl"),
                                         lit(f"Visit to {host_region['en']} ({py}, possible, {rid})", "en")]),
                        ("schema:location", host_region["iri"]), ("time:hasTime", pt),
                        ("rikg:evidence", e_inv)])
        d.add(pt, [("a", "time:ProperInterval"), ("rdfs:label", lit(str(py), "en")),
                   ("rikg:timeDescription", lit(f"in {py}", "nl")),
                   ("time:hasBeginning", pt + "-begin"), ("time:hasEnd", pt + "-end"), ("rikg:evidence", e_inv)])
        for end in ("begin", "end"):
            d.add(f"{pt}-{end}", [("a", "time:Instant"), ("rdfs:label", lit(f"{end} of the planned visit (within {py})", "en")),
                                  ("time:inXSDgYear", typed(str(py), "gYear")), ("rikg:evidence", e_inv)])

    # --- outcomes
    d.comment("Outcomes")
    for k in range(1, rng.randint(1, 2) + 1):
        about = rng.sample(rep.events, min(len(rep.events), rng.randint(1, 3)))
        concerned = [a for e, a in rep.participations if e in about and a in world.orgs][:3]
        oth = rng.sample(world.themes, rng.randint(1, 2))
        e_out = rep.say(f"Resultaat {k}: het bezoek heeft bijgedragen aan de samenwerking met "
                        + (", ".join(agent_mention(world, a) for a in concerned) or f"de {host['nl']}")
                        + f" op het gebied van {', '.join(t.split(':')[1] for t in oth)}.", concerned)
        d.add(f"rout:{rid}-{k}", [("a", "rikg:Outcome"), ("rdfs:label", lit(f"Outcome {k} of report {rid}", "en")),
                                  ("rikg:outcomeOf", about), ("dct:subject", oth),
                                  ("rikg:concerns", concerned + ([mou] if mou and k == 1 else [])),
                                  ("rikg:evidence", e_out)])

    # --- follow-up actions
    d.comment("Follow-up actions")
    statuses = ["schema:PotentialActionStatus"] * 6 + ["schema:ActiveActionStatus"] * 2 + \
               ["schema:CompletedActionStatus", "schema:FailedActionStatus"]
    for k in range(1, rng.randint(1, 4) + 1):
        tmpl_nl, tmpl_en = rng.choice(FOLLOW_UP_TEMPLATES)
        th = rng.choice(world.themes)
        fmt = dict(host_nl=host["nl"], host_en=host["en"], country_nl=cplace["nl"], country_en=cplace["en"],
                   theme_nl=th.split(":")[1].replace("-", " "), theme_en=th.split(":")[1].replace("-", " "))
        agents = [home["iri"]] + ([host["iri"]] if rng.random() < 0.3 else [])
        level = rng.choice(world.concepts["commitment"])
        source = rng.choice([mission] + rep.meetings[:2] + ([mou] if mou else []))
        e_act = rep.say(f"{home['nl']} gaat verder met: {tmpl_nl.format(**fmt).lower()} "
                        f"({level.split(':')[1].replace('-', ' ')}).", agents)
        act = f"ract:{rid}-{k}"
        due = None
        if rng.random() < 0.3:
            due = f"rtime:{rid}-action-{k}"
        d.add(act, [("a", "rikg:FollowUpAction"),
                    ("schema:name", [lit(tmpl_nl.format(**fmt), "nl"), lit(tmpl_en.format(**fmt), "en")]),
                    ("schema:agent", agents), ("schema:object", planned if (planned and k == 1) else None),
                    ("rikg:concerns", mou if (mou and k == 2) else None),
                    ("dct:subject", th if rng.random() < 0.6 else None),
                    ("schema:actionStatus", rng.choice(statuses)), ("rikg:commitmentLevel", level),
                    ("rikg:followsFrom", source), ("rikg:dueTime", due), ("rikg:evidence", e_act)])
        if due:
            dy = year + 1
            d.add(due, [("a", "time:ProperInterval"), ("rdfs:label", lit(f"in {dy}", "en")),
                        ("rikg:timeDescription", lit(f"in {dy}", "nl")),
                        ("time:hasBeginning", due + "-begin"), ("rikg:evidence", e_act)])
            d.add(due + "-begin", [("a", "time:Instant"), ("rdfs:label", lit(f"beginning of {dy}", "en")),
                                   ("time:inXSDgYear", typed(str(dy), "gYear")), ("rikg:evidence", e_act)])

    # --- costs
    d.comment("Costs")
    for cat, nl_word in (("political-participation", "Bestuurlijke"), ("civil-service-participation", "Ambtelijke")):
        actual = round(rng.uniform(1500, 16000), 2)
        budget = round(actual * rng.uniform(0.97, 1.35), 0)
        a_txt = f"{actual:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        b_txt = f"{budget:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        e_a = rep.say(f"{nl_word} deelname Totale kosten: € {a_txt} Totaal van werkelijk gemaakte kosten voor "
                      f"{nl_word.lower()} deelname")
        e_b = rep.say(f"Deze kosten vallen binnen het budget van € {b_txt} zoals opgenomen in het "
                      f"toestemmingsdossier voor deze reis.")
        c = f"rcost:{rid}-{cat.split('-')[0]}"
        d.add(c, [("a", "rikg:CostStatement"), ("rdfs:label", lit(f"Costs of {cat.replace('-', ' ')}, {rid}", "en")),
                  ("rikg:costOf", mission), ("rikg:costCategory", f"cost:{cat}"),
                  ("rikg:actualCost", c + "-actual"), ("rikg:budgetedCost", c + "-budget"),
                  ("rikg:evidence", [e_a, e_b])])
        d.add(c + "-actual", [("a", "schema:MonetaryAmount"), ("rdfs:label", lit(f"EUR {actual:,.2f} (actual)", "en")),
                              ("schema:value", f"{actual:.2f}"), ("schema:currency", lit("EUR")),
                              ("rikg:evidence", e_a)])
        d.add(c + "-budget", [("a", "schema:MonetaryAmount"), ("rdfs:label", lit(f"EUR {budget:,.2f} (budget)", "en")),
                              ("schema:value", f"{budget:.2f}"), ("schema:currency", lit("EUR")),
                              ("rikg:evidence", e_b)])
    return rep


def _participation(d: Doc, world: World, event_local: str, agent: str, role: str, behalf, capacity,
                   evidence, event_en: str, rep: Report) -> str:
    iri = f"rpart:{event_local}--{agent.split(':', 1)[1]}"
    who = agent_label_en(world, agent) if (agent in world.persons or agent in world.orgs) else agent.split(":")[1]
    d.add(iri, [("a", "rikg:Participation"),
                ("rdfs:label", lit(f"{who} as {role.split(':')[1].replace('-', ' ')} at {event_en}", "en")),
                ("rikg:participant", agent), ("rikg:participationRole", role),
                ("rikg:onBehalfOf", behalf), ("rikg:inCapacityOf", capacity),
                ("rikg:evidence", evidence)])
    rep.participations.append((f"revt:{event_local}", agent))
    return iri


def _programme_item(d, world, rng, rep, i, kind, country, host, home, lead, lead_post, delegation,
                    civil, pool, weights, year, month, state):
    rid = rep.rid
    cplace = country["place"]
    local = f"{rid}-{kind}-{i}"
    ev = f"revt:{local}"
    region = world.places[host["region"]] if rng.random() < 0.8 else world.places[
        rng.choice(country["provinces"])["region"]]
    k = rng.randint(2, 12)
    # who: the lead usually, the delegation sometimes, then a skewed pick of the host side
    chosen = []
    if rng.random() < 0.75:
        chosen.append(lead["iri"])
    if rng.random() < 0.35 and len(chosen) < k:
        chosen.append(delegation)
    if rng.random() < 0.1 and len(chosen) < k:
        chosen.append(civil)
    visited = None
    if kind == "visit":
        visited = pick_distinct(rng, country["visit"], country["visit_cum"], 1, set(chosen))[0]
        chosen.append(visited)
    chosen += pick_distinct(rng, pool, weights, max(0, k - len(chosen)), set(chosen))
    chosen = chosen[:max(k, 2)]
    if len(chosen) < 2:
        chosen += pick_distinct(rng, pool, weights, 2 - len(chosen), set(chosen))
    if kind == "meeting":
        etype = rng.choice(["etype:bilateral-meeting", "etype:working-lunch", "etype:talk",
                            "etype:conversation-with-companies"])
        cls = "rikg:Meeting"
    elif kind == "visit":
        etype = rng.choice(["etype:company-visit", "etype:institute-visit", "etype:pavilion-tour"])
        cls = "rikg:SiteVisit"
    else:
        etype = rng.choice(["etype:trade-fair", "etype:seminar"])
        cls = "rikg:Event"
    themes = rng.sample(world.themes, rng.randint(1, 3))
    partner = next((a for a in chosen if a not in (lead["iri"], delegation, civil)), chosen[-1])
    pname_nl = agent_mention(world, partner) if partner in world.persons or partner in world.orgs else "de delegatie"
    pname_en = agent_label_en(world, partner) if partner in world.persons or partner in world.orgs else "the delegation"
    names = {
        "etype:bilateral-meeting": (f"Ontmoeting met {pname_nl}", f"Meeting with {pname_en}"),
        "etype:working-lunch": (f"Lunch met {pname_nl}", f"Working lunch with {pname_en}"),
        "etype:talk": (f"Gesprek met {pname_nl}", f"Talk with {pname_en}"),
        "etype:conversation-with-companies": (f"Gesprekken met bedrijven in {region['nl']}", f"Talks with companies in {region['en']}"),
        "etype:company-visit": (f"Bezoek aan {agent_mention(world, visited) if visited else pname_nl}", f"Visit to {agent_label_en(world, visited) if visited else pname_en}"),
        "etype:institute-visit": (f"Bezoek aan de campus van {agent_mention(world, visited) if visited else pname_nl}", f"Visit to the campus of {agent_label_en(world, visited) if visited else pname_en}"),
        "etype:pavilion-tour": (f"Rondleiding bij {agent_mention(world, visited) if visited else pname_nl}", f"Tour at {agent_label_en(world, visited) if visited else pname_en}"),
        "etype:trade-fair": (f"{themes[0].split(':')[1].capitalize()} beurs {region['nl']} {year}", f"{themes[0].split(':')[1].capitalize()} fair {region['en']} {year}"),
        "etype:seminar": (f"Seminar over {themes[0].split(':')[1]} in {region['nl']}", f"Seminar on {themes[0].split(':')[1]} in {region['en']}"),
    }
    name_nl, name_en = names[etype]
    # time: an exact date (55 %) or, as the seed does for vague times, an interval within the
    # month of the mission (45 %)
    r = rng.random()
    day = rng.randint(1, 28)
    when_nl = f"Op {day} {MONTHS_NL[month - 1]}" if r < 0.55 else f"In {MONTHS_NL[month - 1]} {year}"
    lower = name_nl[0].lower() + name_nl[1:]
    e_desc = rep.say(f"{when_nl} stond {lower} in {region['nl']} op het programma, met aandacht voor "
                     + ", ".join(t.split(":")[1].replace("-", " ") for t in themes) + ".",
                     [region["iri"]] + ([visited] if visited else []))
    mentioned = [a for a in chosen if a in world.persons or a in world.orgs]
    e_who = rep.say(f"Bij {lower} waren aanwezig: "
                    + ", ".join(agent_mention(world, a) for a in mentioned)
                    + (" en de delegatie" if delegation in chosen else "") + ".",
                    mentioned + [world.persons[a]["post"] for a in mentioned if a in world.persons]
                    + [world.persons[a]["org"] for a in mentioned if a in world.persons])
    props = [("a", cls), ("dct:type", etype), ("schema:name", [lit(name_nl, "nl"), lit(name_en, "en")]),
             ("schema:superEvent", rep.mission)]
    t = None
    if r < 0.55:
        props.append(("schema:startDate", typed(f"{year}-{month:02d}-{day:02d}", "date")))
    else:
        t = f"rtime:{local}"
        props.append(("time:hasTime", t))
    props += [("schema:location", region["iri"]), ("dct:subject", themes)]
    if kind == "event" and rng.random() < 0.5:
        props.append(("schema:organizer", country["embassy"]["iri"]))
    if kind == "meeting" and rng.random() < 0.1:
        earlier = state["meetings_by_host"].get(host["iri"])
        if earlier:
            props.append(("rikg:followUpOf", rng.choice(earlier)))
    parts = []
    host_role_given = False
    for a in chosen:
        capacity = behalf = None
        if a == lead["iri"]:
            role = {"meeting": "prole:delegation-lead", "visit": rng.choice(["prole:guest", "prole:delegation-lead"]),
                    "event": "prole:opener" if etype == "etype:seminar" else "prole:guest"}[kind]
            behalf, capacity = home["iri"], lead_post["iri"]
        elif a == delegation:
            role, behalf = "prole:delegation", home["iri"]
        elif a == civil:
            role, behalf = "prole:delegation-member", home["iri"]
        elif a in world.persons:
            p = world.persons[a]
            behalf, capacity = p["org"], p["post"]
            if kind == "meeting" and not host_role_given and p["org"] in [g["iri"] for g in country["provinces"]]:
                role, host_role_given = "prole:host", True
            elif kind == "meeting":
                role = "prole:attendee"
            elif kind == "visit":
                role = rng.choice(["prole:companion", "prole:attendee"])
            else:
                role = rng.choice(["prole:speaker", "prole:attendee", "prole:audience"])
        else:
            if a == visited:
                role = "prole:visited-organisation"
            elif kind == "event":
                role = "prole:exhibitor" if etype == "etype:trade-fair" else rng.choice(["prole:presenter", "prole:audience"])
            else:
                role = "prole:organisation-representative"
        parts.append(_participation(d, world, local, a, role, behalf, capacity, [e_who], name_en, rep))
    props += [("rikg:hasParticipation", parts), ("rikg:evidence", [e_desc, e_who])]
    d.add(ev, props)
    if t:
        d.add(t, [("a", "time:ProperInterval"), ("rdfs:label", lit(f"{MONTHS_EN[month - 1]} {year}", "en")),
                  ("rikg:timeDescription", lit(when_nl[0].lower() + when_nl[1:], "nl")),
                  ("time:hasBeginning", t + "-begin"), ("time:hasEnd", t + "-end"), ("rikg:evidence", e_desc)])
        for end in ("begin", "end"):
            d.add(f"{t}-{end}", [("a", "time:Instant"),
                                 ("rdfs:label", lit(f"{end} of {name_en} (within {MONTHS_EN[month - 1]} {year})", "en")),
                                 ("time:inXSDgYearMonth", typed(f"{year}-{month:02d}", "gYearMonth")),
                                 ("rikg:evidence", e_desc)])
    rep.events.append(ev)
    if kind == "meeting":
        rep.meetings.append(ev)
        state["meetings_by_host"][host["iri"]].append(ev)
    state["event_size"][ev] = len(chosen)
    state["event_kind"][ev] = kind
    for th in themes:
        state["theme_events"][th] += 1


def add_statements(d: Doc, graph_id: str, statements: bool) -> None:
    """The statement nodes of the facts written so far (or none: --no-statements)."""
    if statements:
        d.add_statements(graph_id)
    else:
        d.facts = []


def finish_report(rep: Report, world: World, home: dict, title: str,
                  statements: bool = True) -> tuple[str, str]:
    """Statement nodes, excerpts and the report node (with the text's hash): the Turtle and the
    text."""
    d = rep.doc
    add_statements(d, rep.rid, statements)
    text = " ".join(rep.sentences) + "\n"
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    rid = rep.rid
    d.comment("Report and excerpts")
    d.add(f"rdoc:{rid}", [("a", "rikg:SourceReport"), ("dct:title", lit(title, "nl")),
                          ("dct:language", lit("nl")), ("dct:publisher", home["iri"]),
                          ("dct:identifier", lit(f"syn_{sha[:16]}")),
                          ("dct:source", lit(f"data/sources/{rid}.txt")), ("rikg:sha256", lit(sha)),
                          ("rikg:evidence", f"rexc:{rid}-1")])
    for n, sentence in enumerate(rep.sentences, 1):
        d.add(f"rexc:{rid}-{n}", [("a", "rikg:Excerpt"), ("rdfs:label", lit(f"Excerpt {n} of report {rid}", "en")),
                                  ("oa:hasSource", f"rdoc:{rid}"), ("prov:wasQuotedFrom", f"rdoc:{rid}"),
                                  ("oa:hasSelector", f"rexc:{rid}-{n}-selector")])
        d.add(f"rexc:{rid}-{n}-selector", [("a", "oa:TextQuoteSelector"), ("oa:exact", lit(sentence, "nl"))])
    head = f"# Synthetic report {rid} (benchmarks/generate.py), graph rgraph:{rid}.\n# Quotes are sentences of data/sources/{rid}.txt.\n\n"
    return d.text(head), text


# ---------------------------------------------------------------------------- registry

def registry_doc(world: World, evidence: dict[str, str], reports: list[str]) -> Doc:
    d = Doc()
    d.add("rgraph:registry", [("a", "prov:Entity"),
                              ("rdfs:label", lit("Registry of shared actors, posts and places", "en")),
                              ("prov:wasDerivedFrom", [f"rdoc:{r}" for r in reports])])
    d.comment("Places")
    for p in world.places.values():
        d.add(p["iri"], [("a", [p["kind"], "dct:Location"]),
                         ("skos:prefLabel", [lit(p["en"], "en"), lit(p["nl"], "nl")]),
                         ("schema:containedInPlace", p["within"]), ("rikg:evidence", evidence[p["iri"]])])
    d.comment("Organisations")
    for o in world.orgs.values():
        labels = [lit(o["en"], "en")] + ([lit(o["nl"], "nl")] if o.get("nl") else [])
        d.add(o["iri"], [("a", o["cls"]), ("skos:prefLabel", labels),
                         ("org:classification", org_kind(o)), ("rikg:actsFor", org_side(world, o)),
                         ("org:unitOf", o.get("unit_of")), ("dct:spatial", o.get("spatial")),
                         ("schema:location", o.get("location")), ("dct:subject", o.get("subjects")),
                         ("rikg:evidence", evidence[o["iri"]])])
    d.comment("Posts")
    for p in world.posts.values():
        d.add(p["iri"], [("a", "org:Post"), ("skos:prefLabel", [lit(p["en"], "en"), lit(p["nl"], "nl")]),
                         ("org:postIn", p["org"]), ("org:role", p["role"]), ("org:heldBy", p["holder"]),
                         ("rikg:evidence", evidence[p["iri"]])])
    d.comment("People")
    for p in world.persons.values():
        props = [("a", "foaf:Person")]
        if p.get("placeholder"):
            props += [("rikg:isPlaceholder", "true"), ("rdfs:label", lit(p["label"], "en"))]
        elif p.get("family"):
            props += [("foaf:familyName", lit(p["family"])), ("rdfs:label", lit(p["label"], "en"))]
        else:
            props += [("foaf:name", lit(p["name"])), ("rdfs:label", lit(p["name"]))]
        props += [("org:holds", p["post"]), ("rikg:evidence", evidence[p["iri"]])]
        d.add(p["iri"], props)
    return d


def org_kind(o: dict) -> str:
    """The organisation-kind concept of a generated organisation (units: that of their parent)."""
    if o["kind"] in ("province", "embassy"):
        return "okind:government" if o["kind"] == "province" else "okind:embassy"
    return "okind:knowledge-institute" if o["en"].startswith("Institute for") else "okind:company"


def org_side(world: World, o: dict) -> str | None:
    """The side it acts for: a government its territory, an embassy the Netherlands, a company
    its country; a unit none (it stands on its parent's side)."""
    if o["kind"] == "province":
        return o["spatial"]
    if o["kind"] == "embassy" or (o["kind"] == "company" and o["country"] == "nl"):
        return world.nl["iri"]
    if o["kind"] == "company":
        return world.by_country[o["country"]]["place"]["iri"]
    return None


def intro_sentence(world: World, iri: str) -> tuple[str, list[str]]:
    """A sentence that names a registry thing no programme item mentioned."""
    if iri in world.persons:
        p = world.persons[iri]
        post = world.posts[p["post"]]
        return (f"Ook werd kennisgemaakt met {p['mention_nl']}, {post['nl']}.", [iri, p["post"], p["org"]])
    if iri in world.posts:
        post = world.posts[iri]
        holder = world.persons[post["holder"]]
        return (f"Ook werd kennisgemaakt met {holder['mention_nl']}, {post['nl']}.", [iri, post["holder"], post["org"]])
    if iri in world.orgs:
        o = world.orgs[iri]
        where = o.get("location") or o.get("spatial")
        place = world.places[where]["nl"] if where else "het buitenland"
        ment = [iri] + ([where] if where else []) + ([o["unit_of"]] if o.get("unit_of") else [])
        return (f"In de gesprekken kwam ook {o['nl'] or o['en']} in {place} ter sprake.", ment)
    p = world.places[iri]
    return (f"De contacten reiken ook tot {p['nl']}.", [iri])


# ---------------------------------------------------------------------------- main

def generate(target: int, out: Path, seed: int = 42, extra: int = 1,
             statements: bool = True) -> dict:
    t0 = time.perf_counter()
    concepts, declared = ontology_terms(PROJECT / "ontology")
    missing = [t for t in RIKG_TERMS if t not in declared]
    if missing:
        raise SystemExit(f"ontology/rikg.ttl does not declare: {missing}")
    for scheme in ("theme", "prole", "etype", "cost", "commitment", "role", "okind"):
        if scheme not in concepts:
            raise SystemExit(f"no concepts found for scheme {scheme}")
    used_concepts = {"prole:host", "prole:delegation-lead", "prole:delegation", "prole:delegation-member",
                     "prole:attendee", "prole:organisation-representative", "prole:opener", "prole:speaker",
                     "prole:presenter", "prole:exhibitor", "prole:visited-organisation", "prole:companion",
                     "prole:guest", "prole:audience", "etype:mission", "etype:bilateral-meeting",
                     "etype:working-lunch", "etype:talk", "etype:conversation-with-companies",
                     "etype:company-visit", "etype:institute-visit", "etype:pavilion-tour",
                     "etype:trade-fair", "etype:seminar", "cost:political-participation",
                     "cost:civil-service-participation", "role:gedeputeerde", "role:kings-commissioner",
                     "role:governor", "role:vice-governor", "role:ambassador", "role:deputy-ambassador",
                     "role:director", "role:civil-servant", "okind:government", "okind:embassy",
                     "okind:company", "okind:knowledge-institute"} | {f"theme:{t}" for _, t in INST_FIELD}
    all_concepts = {c for v in concepts.values() for c in v}
    if used_concepts - all_concepts:
        raise SystemExit(f"concepts not in ontology/vocab: {sorted(used_concepts - all_concepts)}")

    rng = random.Random(seed)
    per_report = 1000                         # asserted triples of one report, roughly
    n_reports = max(3, round(target * 0.93 / per_report))
    world = World(rng, n_reports * 10, concepts)

    if out.exists():
        shutil.rmtree(out)
    (out / "data" / "ttl").mkdir(parents=True)
    (out / "data" / "sources").mkdir(parents=True)
    (out / "extra" / "ttl").mkdir(parents=True)
    (out / "extra" / "sources").mkdir(parents=True)
    shutil.copytree(PROJECT / "ontology", out / "ontology")
    shutil.copytree(PROJECT / "queries", out / "queries")

    state = dict(meetings_by_host=defaultdict(list), event_size={}, event_kind={},
                 theme_events=Counter())
    used_ids: set[str] = set()
    reports: list[tuple[Report, dict, str]] = []
    # each report's Turtle waits here (statement nodes included) until the registry's
    # introducing sentences are known: memory holds sentences and mentions, not Turtle
    spool = out / "spool"
    spool.mkdir()

    def new_report() -> tuple[Report, dict, str]:
        home = rng.choices(world.home_provinces, weights=world.home_weights)[0]
        country = rng.choices(world.countries, weights=world.country_weights)[0]
        year, month = rng.randint(2019, 2026), rng.randint(1, 12)
        rid = f"{home['code']}-{year}-{month:02d}-{country['place']['code']}"
        k = 2
        while rid in used_ids:
            rid, k = f"{home['code']}-{year}-{month:02d}-{country['place']['code']}-{k}", k + 1
        used_ids.add(rid)
        rep = make_report(world, rng, rid, home, country, year, month, state)
        rep.stated_triples = rep.doc.triples        # before the statement nodes (size estimate)
        add_statements(rep.doc, rid, statements)
        rep.doc.spill(spool / f"{rid}.ttl")
        title = rep.sentences[0]
        return rep, home, title

    # generate until the estimated size reaches the target
    n_entities = len(world.places) + len(world.orgs) + len(world.posts) + len(world.persons)
    registry_estimate = registry_doc(world, defaultdict(lambda: "rexc:x-1"), []).triples
    mentioned: set[str] = set()
    report_triples = 0
    while registry_estimate + report_triples + 3.5 * (n_entities - len(mentioned)) < target \
            or len(reports) < 3:
        rep, home, title = new_report()
        reports.append((rep, home, title))
        mentioned.update(rep.mentions)
        report_triples += rep.stated_triples + 7 * len(rep.sentences) + 8
    # registry evidence: the first sentence of a report naming the thing; things no report named
    # get an introducing sentence in a report (round robin)
    evidence: dict[str, str] = {}
    for rep, _, _ in reports:
        for iri, n in rep.mentions.items():
            evidence.setdefault(iri, f"rexc:{rep.rid}-{n}")
    everything = list(world.places) + list(world.orgs) + list(world.posts) + list(world.persons)
    j = 0
    for iri in everything:
        if iri in evidence:
            continue
        rep = reports[j % len(reports)][0]
        j += 1
        sentence, ments = intro_sentence(world, iri)
        ref = rep.say(sentence, ments)
        for m in ments:
            evidence.setdefault(m, ref)
    # extra reports (not in data/): only mention registry things, never give them evidence
    extras = [new_report() for _ in range(extra)]

    triples = 0
    files = 0
    for rep, home, title in reports:
        ttl, text = finish_report(rep, world, home, title, statements)
        (out / "data" / "ttl" / f"{rep.rid}.ttl").write_text(ttl, encoding="utf-8")
        (out / "data" / "sources" / f"{rep.rid}.txt").write_text(text, encoding="utf-8")
        triples += rep.doc.triples
        files += 1
    reg = registry_doc(world, evidence, [r.rid for r, _, _ in reports])
    if statements:
        reg.add_statements("registry")
    (out / "data" / "ttl" / "registry.ttl").write_text(
        reg.text("# Registry of the synthetic benchmark data (benchmarks/generate.py), graph rgraph:registry.\n\n"),
        encoding="utf-8")
    triples += reg.triples
    extra_ids = []
    for rep, home, title in extras:
        ttl, text = finish_report(rep, world, home, title, statements)
        (out / "extra" / "ttl" / f"{rep.rid}.ttl").write_text(ttl, encoding="utf-8")
        (out / "extra" / "sources" / f"{rep.rid}.txt").write_text(text, encoding="utf-8")
        extra_ids.append({"id": rep.rid, "triples": rep.doc.triples})
    shutil.rmtree(spool)

    # query parameters from the data (only the reports in data/)
    counts = Counter(a for rep, _, _ in reports for _, a in rep.participations)
    persons_ranked = [a for a, _ in counts.most_common() if a in world.persons]
    orgs_ranked = [a for a, _ in counts.most_common() if a in world.orgs]
    pairs = Counter()
    for rep, _, _ in reports:
        pairs[tuple(sorted((rep.home, rep.host)))] += 1 + 2 * len(rep.mou_parties)
    (ra, rb), _ = pairs.most_common(1)[0]
    main_events = {e: n for e, n in state["event_size"].items()
                   if any(e.startswith(f"revt:{r.rid}-") for r, _, _ in reports[:50])}
    event = max(sorted(main_events), key=lambda e: (state["event_kind"][e] == "meeting", main_events[e]))
    biggest = max(reports, key=lambda r: (len(r[0].events), r[0].rid))[0]
    params = {
        "actor": expand(persons_ranked[0]), "actor_events": counts[persons_ranked[0]],
        "actor2": expand(orgs_ranked[0]), "actor2_events": counts[orgs_ranked[0]],
        "theme": expand("theme:energy"), "event": expand(event),
        "event_participants": state["event_size"][event],
        "mission": expand(biggest.mission), "mission_items": len(biggest.events),
        "region_a": expand(ra), "region_b": expand(rb),
        "subject": expand(persons_ranked[0]),
        "top_actor_counts": [[a, n] for a, n in counts.most_common(5)],
    }
    info = {
        "target": target, "seed": seed, "triples": triples, "reports": len(reports),
        "events": sum(len(r.events) + 1 for r, _, _ in reports),
        "participations": sum(len(r.participations) for r, _, _ in reports),
        "persons": len(world.persons), "organisations": len(world.orgs), "posts": len(world.posts),
        "places": len(world.places), "excerpts": sum(len(r.sentences) for r, _, _ in reports),
        "files": files + 1, "extra_reports": extra_ids, "params": params,
        "statements": statements,
        "seconds": round(time.perf_counter() - t0, 3),
    }
    (out / "bench-params.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 10000, 100k, 1m)")
    return int(float(m.group(1)) * {"": 1, "k": 1000, "m": 1_000_000}[m.group(2).lower()])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=parse_size, required=True, help="approximate asserted triples (10000, 100k, 1m)")
    ap.add_argument("--out", type=Path, required=True, help="project folder to write (replaced)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--extra", type=int, default=1, help="reports written to OUT/extra/ (not built)")
    ap.add_argument("--no-statements", action="store_true",
                    help="leave out the statement nodes (evidence per statement), for comparison")
    args = ap.parse_args(argv)
    info = generate(args.triples, args.out.resolve(), args.seed, args.extra,
                    statements=not args.no_statements)
    print(f"wrote {args.out}: {info['triples']:,} triples (target {info['target']:,}) in "
          f"{info['files']} files; {info['reports']} reports, {info['events']:,} events, "
          f"{info['participations']:,} participations, {info['persons']:,} persons, "
          f"{info['organisations']:,} organisations; {info['seconds']} s")
    print("RESULT " + json.dumps({k: info[k] for k in ("triples", "reports", "events", "seconds")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
