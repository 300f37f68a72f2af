"""kg serve: the read-only SPARQL 1.1 Protocol endpoint, the named queries by URL, the limits,
and the refusals (no update, no SERVICE, no file access, no outbound request ever)."""
from __future__ import annotations

import csv
import io
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

import kg
from kg.serve import QueryInfo, QueryRefused, check_query, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")       # starlette's notice about httpx vs httpx2
    from starlette.testclient import TestClient

FOAF_NAMES = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
              "SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name")
NAMES = ["Kim Dong-yeon", "Martijn van Gruijthuijsen"]
PEOPLE_GRAPH = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                "CONSTRUCT { ?p foaf:name ?n ; a ?t } WHERE { ?p foaf:name ?n ; a ?t }")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
REGISTRY = "https://w3id.org/rikg/graph/registry"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app(built):
    app = create_app(built, timeout=10, max_rows=10000, workers=2)
    yield app
    app.state.context.close()


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


@pytest.fixture(scope="module")
def limited(built):
    """Small limits: 1 s and 5 rows."""
    app = create_app(built, timeout=1, max_rows=5, workers=2)
    yield TestClient(app)
    app.state.context.close()


def sparql(client, query: str, accept: str | None = None, **params):
    headers = {"Accept": accept} if accept else {}
    return client.get("/sparql", params={"query": query, **params}, headers=headers)


def constructed(store, query: str) -> Graph:
    """The embedded store's answer to a CONSTRUCT, read the way a client reads N-Triples."""
    triples = list(store.raw.query(query, use_default_graph_as_union=True))
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


def parsed_rows(response, fmt: str) -> list[list[str]]:
    result = Result.parse(io.BytesIO(response.content), format=fmt)
    return [[str(t) if t is not None else None for t in row] for row in result]


# ---------------------------------------------------------------- the protocol

def test_get_and_both_posts_give_the_same_answer(client):
    got = sparql(client, FOAF_NAMES)
    form = client.post("/sparql", data={"query": FOAF_NAMES})
    direct = client.post("/sparql", content=FOAF_NAMES.encode("utf-8"),
                         headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    for response in (got, form, direct):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert got.json() == form.json() == direct.json()
    assert [b["name"]["value"] for b in got.json()["results"]["bindings"]] == NAMES


@pytest.mark.parametrize("accept, fmt, media", [
    (None, "json", "application/sparql-results+json"),
    ("application/sparql-results+json", "json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "xml", "application/sparql-results+xml"),
    ("text/csv", "csv", "text/csv"),
    ("text/tab-separated-values", "tsv", "text/tab-separated-values"),
    ("*/*", "json", "application/sparql-results+json"),
    ("application/sparql-results+json,text/turtle", "json", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1", "xml",
     "application/sparql-results+xml"),
    ("text/*", "csv", "text/csv"),
])
def test_select_in_every_result_format(client, accept, fmt, media):
    response = sparql(client, FOAF_NAMES, accept)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert [row[0] for row in parsed_rows(response, fmt)] == NAMES


def test_format_parameter_overrides_accept(client):
    response = sparql(client, FOAF_NAMES, "application/sparql-results+json", format="csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines() == ["name", *NAMES]


def test_answers_match_the_embedded_store(client, store):
    query = ("PREFIX rikg: <https://w3id.org/rikg/ontology#>\n"
             "SELECT ?m ?p WHERE { ?m a rikg:Meeting ; rikg:hasParticipation ?p } ORDER BY ?m ?p")
    _, expected = store.select(query)
    got = parsed_rows(sparql(client, query, "application/sparql-results+xml"), "xml")
    assert got == [[str(t) for t in row] for row in expected] and got


@pytest.mark.parametrize("query, expected", [
    ('PREFIX foaf: <http://xmlns.com/foaf/0.1/> ASK { ?p foaf:name "Kim Dong-yeon" }', True),
    ('PREFIX foaf: <http://xmlns.com/foaf/0.1/> ASK { ?p foaf:name "Nobody" }', False),
])
def test_ask_in_json_and_xml(client, query, expected):
    as_json = sparql(client, query)
    assert as_json.json()["boolean"] is expected
    as_xml = sparql(client, query, "application/sparql-results+xml")
    assert Result.parse(io.BytesIO(as_xml.content), format="xml").askAnswer is expected
    root = ET.fromstring(as_xml.content)
    assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == \
        str(expected).lower()


def test_construct_in_every_graph_format(client, store):
    expected = constructed(store, PEOPLE_GRAPH)
    assert len(expected) > 2
    graphs = []
    for accept, media, fmt in [(None, "text/turtle", "turtle"),
                               ("text/turtle", "text/turtle", "turtle"),
                               ("application/n-triples", "application/n-triples", "nt"),
                               ("application/ld+json", "application/ld+json", "json-ld"),
                               ("application/rdf+xml", "application/rdf+xml", "xml"),
                               ("application/sparql-results+json, text/turtle;q=0.5",
                                "text/turtle", "turtle")]:
        response = sparql(client, PEOPLE_GRAPH, accept)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(media)
        graphs.append(Graph().parse(data=response.content, format=fmt))
    for g in graphs:
        assert isomorphic(g, expected)


def test_the_default_graph_is_the_union_and_from_picks_a_graph(client, store):
    count = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ ?s ?p ?o }}"
    everything = int(sparql(client, count.format(**{"from": ""})).json()
                     ["results"]["bindings"][0]["n"]["value"])
    assert everything == sum(store.graph_sizes().values())
    registry = store.graph_sizes()[REGISTRY]
    by_from = sparql(client, count.format(**{"from": f"FROM <{REGISTRY}>"})).json()
    assert int(by_from["results"]["bindings"][0]["n"]["value"]) == registry
    by_param = sparql(client, count.format(**{"from": ""}), **{"default-graph-uri": REGISTRY})
    assert int(by_param.json()["results"]["bindings"][0]["n"]["value"]) == registry


# ---------------------------------------------------------------- protocol errors

def test_wrong_method_is_405(client):
    response = client.put("/sparql", content=FOAF_NAMES)
    assert response.status_code == 405
    assert "GET" in response.headers["allow"] and "POST" in response.headers["allow"]
    assert response.json() == {"ok": False, "error": response.json()["error"], "status": 405}
    assert client.delete("/sparql").status_code == 405


def test_two_queries_missing_query_and_bad_encoding_are_400(client):
    two = client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert two.status_code == 400 and "one query" in two.json()["error"]
    assert client.get("/sparql").status_code == 400
    assert "no query" in client.get("/sparql").json()["error"]
    assert client.post("/sparql", data={"query": "  "}).status_code == 400
    assert client.get("/sparql?query=ASK%7B%FF%7D").status_code == 400


def test_syntax_error_names_line_and_column(client):
    response = sparql(client, "SELECT *\nWHERE {\n  ?s ?p\n}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert "syntax error" in error and "line 4, column" in error, error


def test_unsupported_post_media_type_is_415(client):
    response = client.post("/sparql", content=FOAF_NAMES, headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert "application/sparql-query" in response.json()["error"]
    assert client.post("/sparql", content=FOAF_NAMES).status_code == 415


def test_unacceptable_format_is_406(client):
    response = sparql(client, FOAF_NAMES, "image/png")
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.json()["error"]
    assert sparql(client, PEOPLE_GRAPH, "text/csv").status_code == 406
    assert sparql(client, FOAF_NAMES, format="turtle").status_code == 406


def test_a_huge_body_is_413(client):
    body = b"# " + b"x" * 1_100_000 + b"\nASK {}"
    response = client.post("/sparql", content=body,
                           headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


# ---------------------------------------------------------------- read-only

@pytest.mark.parametrize("request_kwargs", [
    {"params": {"query": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"}},
    {"data": {"update": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"}},
    {"content": b"INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
     "headers": {"Content-Type": "application/sparql-update"}},
    {"params": {"query": "LOAD <http://example.org/data.ttl>"}},
    {"params": {"query": "DROP ALL"}},
    {"params": {"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}},
    {"params": {"query": "SELECT * FROM NAMED <file:///etc/passwd> WHERE { ?s ?p ?o }"}},
    {"params": {"query": "BASE <file:///etc/> SELECT * FROM <passwd> WHERE { ?s ?p ?o }"}},
    {"params": {"query": "ASK {}", "default-graph-uri": "file:///etc/passwd"}},
])
def test_updates_and_file_access_are_refused(client, request_kwargs, store):
    before = store.graph_sizes()
    method = client.get if "params" in request_kwargs else client.post
    response = method("/sparql", **request_kwargs)
    assert response.status_code == 403, response.text
    body = response.json()
    assert body["ok"] is False and body["status"] == 403
    assert "read-only" in body["error"] or "http(s)" in body["error"]
    assert store.graph_sizes() == before


def test_service_is_refused_and_nothing_is_requested(client, listener):
    url, hits = listener
    for query in [f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ service silent <{url}/sparql> {{ ?s ?p ?o }} }}",
                  f"PREFIX : <{url}/> SELECT * WHERE {{ ?s ?p ?o SERVICE:x {{ ?a ?b ?c }} }}"]:
        response = sparql(client, query)
        assert response.status_code == 403, response.text
        assert "SERVICE" in response.json()["error"]
    # FROM with an http IRI only picks a graph of the store: it is never fetched
    allowed = sparql(client, f"SELECT * FROM <{url}/graph> WHERE {{ ?s ?p ?o }}")
    assert allowed.status_code == 200 and allowed.json()["results"]["bindings"] == []
    time.sleep(0.2)
    assert hits == []
    urllib.request.urlopen(f"{url}/control", timeout=5).read()   # the listener does listen
    assert hits == ["/control"]


def test_service_in_a_literal_or_an_iri_is_allowed(client):
    literal = sparql(client, 'SELECT ?x WHERE { BIND("SERVICE" AS ?x) }')
    assert literal.status_code == 200
    assert literal.json()["results"]["bindings"] == [{"x": {"type": "literal",
                                                            "value": "SERVICE"}}]
    iri = sparql(client, "SELECT ?x WHERE { BIND(<http://x/SERVICE> AS ?x) } # SERVICE")
    assert iri.status_code == 200
    assert iri.json()["results"]["bindings"][0]["x"]["value"] == "http://x/SERVICE"
    var = sparql(client, "SELECT ?service WHERE { BIND(1 AS ?service) }")
    assert var.status_code == 200


ALLOWED = [
    'SELECT * { ?s ?p "SERVICE" }',
    "SELECT * { ?s ?p '''a\n'SERVICE'\n''' }",
    r'SELECT * { ?s ?p "a\"SERVICE" }',
    "SELECT * { ?s ?p <http://x/SERVICE> }",
    "SELECT ?service { ?service ?p ?o } # SERVICE <http://x/> {}",
    "PREFIX ex: <http://example.org/> SELECT * { ?s ex:service ?o }",
    "SELECT * { VALUES (?a ?b) { (<http://a#x> <http://b#y>) } }",
    "SELECT * { ?s a <http://www.w3.org/2002/07/owl#Class> FILTER(?s = <http://a#b>) }",
    "SELECT * { ?s ?p ?o FILTER(?o<3) }",
    "SELECT * FROM <https://w3id.org/rikg/graph/registry> { ?s ?p ?o }",
]
REFUSED = [
    "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * { sErViCe <http://x/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o.SERVICE <http://x/> {} }",
    "SELECT * { ?s ?p 1SERVICE <http://x/> {} }",
    "PREFIX ex: <http://e/> SELECT * { ?s ex:p ex:a.b.SERVICE <http://x/> {} }",
    # '<' after an operand may be less-than: then '#' starts a comment the engine sees
    "SELECT * { BIND(1 AS ?o) FILTER(?o <#x> '''\n5) SERVICE <http://x/> {} "
    "FILTER(?o <#y> ''')\n5) }",
    "SELECT * { BIND(1 AS ?o) FILTER(?o <'x>) ') SERVICE <http://x/> {} # '\n }",
    "SELECT * { ?s ?p ?o } \\ SERVICE",
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "PREFIX f: <file:///etc/> SELECT * FROM f:passwd { ?s ?p ?o }",
    "SELECT * FROM <passwd> { ?s ?p ?o }",
]


@pytest.mark.parametrize("query", ALLOWED)
def test_the_check_lets_harmless_queries_through(query):
    assert check_query(query).form == "SELECT"


@pytest.mark.parametrize("query", REFUSED)
def test_the_check_refuses_service_updates_and_files(query):
    with pytest.raises(QueryRefused):
        check_query(query)


def test_the_check_splits_a_select_for_the_row_limits_sub_select():
    query = ("PREFIX g: <http://x/>\nSELECT DISTINCT ?x (COUNT(*) AS ?n) $z FROM g:a "
             "WHERE { ?x ?y ?z } GROUP BY ?x ?z")
    prologue, projection, body = check_query(query).subselect
    assert prologue == "PREFIX g: <http://x/>\n"
    assert projection == "?x ?n ?z"
    assert body.split() == ["SELECT", "DISTINCT", "?x", "(COUNT(*)", "AS", "?n)", "$z", "WHERE",
                            "{", "?x", "?y", "?z", "}", "GROUP", "BY", "?x", "?z"]
    assert check_query("SELECT * { ?s ?p ?o }").subselect[1] == "*"


def test_every_catalogue_query_passes_the_check():
    for path in sorted((Path(kg.__file__).parent.parent / "queries").rglob("*.rq")):
        assert check_query(path.read_text(encoding="utf-8")).form, path


def test_workers_have_no_network_even_past_the_check(app, listener):
    """Defence in depth: a SERVICE handed straight to a worker reaches nothing (Linux)."""
    context = app.state.context
    if not context.network_isolated:
        pytest.skip("this kernel does not allow an unprivileged network namespace")
    url, hits = listener
    job = context._job(f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                       QueryInfo("SELECT"))
    result = context._pool.run(job)
    assert result[0] == "error"
    assert hits == []


@pytest.mark.skipif(sys.platform != "linux", reason="the seccomp filter is Linux only")
def test_every_embedded_worker_forbids_itself_network_sockets(app):
    assert app.state.context.sockets_forbidden is True


# ---------------------------------------------------------------- limits

def test_results_beyond_max_rows_are_cut_and_marked(limited):
    response = sparql(limited, "SELECT * WHERE { ?s ?p ?o }")
    assert response.status_code == 200
    assert response.headers["x-kg-truncated"] == "true"
    body = response.json()
    assert len(body["results"]["bindings"]) == 5
    assert body["kg"] == {"truncated": True, "max_rows": 5}
    as_csv = sparql(limited, "SELECT * WHERE { ?s ?p ?o }", "text/csv")
    assert as_csv.headers["x-kg-truncated"] == "true"
    assert len(list(csv.reader(io.StringIO(as_csv.text)))) == 1 + 5
    graph = sparql(limited, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert graph.headers["x-kg-truncated"] == "true"
    assert len(Graph().parse(data=graph.text, format="nt")) == 5
    small = sparql(limited, FOAF_NAMES)
    assert "x-kg-truncated" not in small.headers and "kg" not in small.json()


def test_a_cut_answer_keeps_the_order_by_and_the_columns_of_the_query(limited, store):
    query = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             "SELECT ?label ?thing WHERE { ?thing rdfs:label ?label } ORDER BY DESC(?label) ?thing"
             " # a comment at the very end")
    whole = [[t.value for t in row] for row in store.raw.query(query,
                                                               use_default_graph_as_union=True)]
    response = sparql(limited, query)
    assert response.headers["x-kg-truncated"] == "true"
    assert response.json()["head"]["vars"] == ["label", "thing"]
    assert parsed_rows(response, "json") == whole[:5]


def test_from_clauses_pick_the_graph_of_a_cut_answer_too(limited):
    query = (f"PREFIX g: <{REGISTRY.rsplit('/', 1)[0]}/>\n"
             "SELECT ?s WHERE { ?s ?p ?o } ")
    from_registry = sparql(limited, query.replace("WHERE", "FROM g:registry WHERE"))
    named_only = sparql(limited, query.replace("WHERE", f"FROM NAMED <{REGISTRY}> WHERE"))
    assert from_registry.headers["x-kg-truncated"] == "true"
    assert len(from_registry.json()["results"]["bindings"]) == 5
    assert named_only.json()["results"]["bindings"] == []      # an empty default graph
    assert "x-kg-truncated" not in named_only.headers
    exactly_five = sparql(limited, "SELECT ?n WHERE { VALUES ?n { 1 2 3 4 5 } }")
    assert len(exactly_five.json()["results"]["bindings"]) == 5
    assert "x-kg-truncated" not in exactly_five.headers


def test_the_xml_answer_says_it_was_cut_in_a_comment(limited):
    response = sparql(limited, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+xml")
    assert "<!-- kg: truncated at max_rows=5 -->" in response.text
    assert len(ET.fromstring(response.content).findall(".//{*}result")) == 5


def test_a_syntax_error_names_the_place_in_the_query_as_sent(client):
    response = sparql(client, "SELECT ?s\nWHERE { ?s ?p }")
    assert response.status_code == 400
    assert "line 2" in response.json()["error"]


def test_a_slow_query_times_out_and_others_are_answered_meanwhile(limited):
    slow: dict = {}

    def run_slow():
        started = time.monotonic()
        response = sparql(limited, SLOW)
        slow.update(status=response.status_code, body=response.json(),
                    seconds=time.monotonic() - started)

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    quick = sparql(limited, FOAF_NAMES)
    quick_seconds = time.monotonic() - started
    assert quick.status_code == 200 and quick_seconds < 0.6, quick_seconds
    assert thread.is_alive()          # the slow one was still running meanwhile
    thread.join(15)
    assert slow["status"] == 503
    assert slow["body"]["error"] == "query exceeded the time limit of 1 s"
    assert slow["seconds"] < 3
    # its worker was replaced: the server keeps answering
    assert sparql(limited, FOAF_NAMES).status_code == 200


def test_context_select_and_run_named(app):
    context = app.state.context
    assert context.settings.timeout == 10 and context.settings["max_rows"] == 10000
    variables, rows = context.select(FOAF_NAMES)
    assert variables == ["name"] and [str(r[0]) for r in rows] == NAMES
    assert isinstance(rows[0][0], Literal) and rows.truncated is False
    answer = context.run_named("who-met", {"actor": "Kim Dong-yeon"})
    assert len(answer.rows) == 7 and answer.truncated is False
    assert isinstance(answer.rows[0][0], URIRef)
    _, cut = context.select("SELECT * WHERE { ?s ?p ?o }", limit=3)
    assert len(cut) == 3 and cut.truncated is True


def test_context_select_each_runs_one_query_per_binding_in_order(app):
    context = app.state.context
    query = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
             "SELECT ?p ?name WHERE { ?p foaf:name ?name }")
    answers = context.select_each(query, [{"name": Literal(NAMES[1])},
                                          {"name": Literal("Nobody at all")},
                                          {"name": Literal(NAMES[0])}])
    assert [len(rows) for rows in answers] == [1, 0, 1]
    assert str(answers[0][0][0]).endswith("martijn-van-gruijthuijsen")
    assert str(answers[2][0][0]).endswith("kim-dong-yeon")
    assert context.select_each(query, []) == []


# ---------------------------------------------------------------- named queries by URL

def test_named_query_json_with_labels(client):
    response = client.get("/query/who-met.json?actor=Kim%20Dong-yeon")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True and body["query"] == "who-met" and body["title"]
    assert body["parameters"] == {"actor": "https://w3id.org/rikg/id/person/kim-dong-yeon"}
    assert len(body["rows"]) == 7 and body["truncated"] is False
    first = body["rows"][0]
    assert first["actor"] == {"iri": "https://w3id.org/rikg/id/person/kim-dong-yeon",
                              "label": "Kim Dong-yeon"}
    assert all(not row["other"]["label"].startswith("http") for row in body["rows"])
    assert set(body["columns"]) >= {"actor", "other", "meeting"}


def test_named_query_csv(client):
    response = client.get("/query/costs.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0][:2] == ["mission", "mission_iri"] and len(rows) > 1


def test_named_query_errors(client):
    unknown = client.get("/query/no-such-query.json")
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error": unknown.json()["error"], "status": 404}
    # the province and the region share the name; the subject of source-of may be either
    ambiguous = client.get("/query/source-of.json?subject=Gyeonggi")
    assert ambiguous.status_code == 400
    error = ambiguous.json()["error"]
    assert "Gyeonggi Province" in error and "rplace:gyeonggi" in error
    assert client.get("/query/who-met.json").status_code == 400            # missing
    assert client.get("/query/who-met.json?who=x").status_code == 400      # unknown parameter
    assert client.get("/query/who-met.json?actor=a&actor=b").status_code == 400
    assert client.get("/query/source-of.csv?subject=Gyeonggi").status_code == 400
    # an actor parameter that names only a concept
    not_an_actor = client.get("/query/who-met.json?actor=civil+servant")
    assert not_an_actor.status_code == 400
    assert "civil servant (role:civil-servant) is a concept" in not_an_actor.json()["error"]


def test_query_catalogue(client):
    response = client.get("/queries.json")
    assert response.status_code == 200
    queries = {q["name"]: q for q in response.json()["queries"]}
    assert "who-met" in queries and "costs" in queries
    actor = queries["who-met"]["parameters"][0]
    assert actor["name"] == "actor" and actor["type"] == "actor" and actor["required"] is True
    assert queries["who-met"]["json"] == "/query/who-met.json"
    assert queries["who-met"]["key"] == ["actor", "other", "meeting"]     # one row per key


# ---------------------------------------------------------------- escaping

def test_markup_in_data_comes_back_escaped(client):
    query = 'SELECT ?x WHERE { BIND("<script>alert(1)</script> & more" AS ?x) }'
    value = "<script>alert(1)</script> & more"
    as_json = sparql(client, query)
    assert "<script>" not in as_json.text
    assert as_json.json()["results"]["bindings"][0]["x"]["value"] == value
    as_xml = sparql(client, query, "application/sparql-results+xml")
    assert "<script>" not in as_xml.text and "&lt;script&gt;" in as_xml.text
    assert ET.fromstring(as_xml.content).find(".//{*}literal").text == value
    as_csv = sparql(client, query, "text/csv")
    assert list(csv.reader(io.StringIO(as_csv.text)))[1] == [value]
    assert parsed_rows(sparql(client, query, "text/tab-separated-values"), "tsv") == [[value]]
    error = client.get("/query/who-met.json", params={"actor": "<script>x</script>"})
    assert error.status_code == 400 and "<script>" not in error.text
    assert "<script>x</script>" in error.json()["error"]


def test_pages_or_index_and_static(client, built):
    home = client.get("/")
    assert home.status_code == 200 and "text/html" in home.headers["content-type"]
    browser = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"},
                         follow_redirects=False)
    assert browser.status_code == 303             # to the editor page
    assert client.get(browser.headers["location"]).status_code == 200
    static = Path(kg.__file__).parent / "static"
    if static.is_dir():
        some = next(p for p in static.rglob("*") if p.is_file())
        assert client.get(f"/static/{some.relative_to(static).as_posix()}").status_code == 200


def test_minimal_index_without_the_pages_module(built, monkeypatch):
    monkeypatch.setitem(sys.modules, "kg.web", None)      # as if kg/web.py did not exist
    app = create_app(built, workers=1)
    try:
        page = TestClient(app).get("/")
        assert page.status_code == 200
        assert "/sparql" in page.text and "/queries.json" in page.text
    finally:
        app.state.context.close()


# ---------------------------------------------------------------- real clients over HTTP

@pytest.fixture(scope="module")
def live(app):
    """The app under uvicorn on a free loopback port, in a background thread."""
    import uvicorn
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_sparqlwrapper_select_and_construct(live, store):
    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
    query = ("PREFIX rikg: <https://w3id.org/rikg/ontology#>\n"
             "SELECT ?e ?p WHERE { ?e rikg:hasParticipation ?p } ORDER BY ?e ?p")
    _, expected = store.select(query)
    for method in ("GET", POST):
        wrapper = SPARQLWrapper(f"{live}/sparql")
        wrapper.setMethod(method)
        wrapper.setQuery(query)
        wrapper.setReturnFormat(JSON)
        doc = wrapper.query().convert()
        got = [(b["e"]["value"], b["p"]["value"]) for b in doc["results"]["bindings"]]
        assert got == [(str(e), str(p)) for e, p in expected] and got
    wrapper = SPARQLWrapper(f"{live}/sparql")
    wrapper.setQuery(PEOPLE_GRAPH)
    wrapper.setReturnFormat(TURTLE)
    turtle = wrapper.query().convert()
    assert isomorphic(Graph().parse(data=turtle, format="turtle"),
                      constructed(store, PEOPLE_GRAPH))


def test_rdflib_sparqlstore(live, store):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    as_json = Graph(store=SPARQLStore(f"{live}/sparql", returnFormat="json"))
    assert [str(row[0]) for row in as_json.query(FOAF_NAMES)] == NAMES
    assert as_json.query("ASK { ?s ?p ?o }").askAnswer is True
    default = Graph(store=SPARQLStore(f"{live}/sparql", method="POST_FORM"))   # XML / RDF/XML
    assert [str(row[0]) for row in default.query(FOAF_NAMES)] == NAMES
    assert isomorphic(default.query(PEOPLE_GRAPH).graph, constructed(store, PEOPLE_GRAPH))


def test_a_loopback_server_refuses_foreign_host_headers(built):
    app = create_app(built, workers=1, allowed_hosts=["127.0.0.1", "localhost", "[::1]"])
    try:
        client = TestClient(app, base_url="http://127.0.0.1:8080")
        assert client.get("/queries.json").status_code == 200
        assert client.get("/queries.json", headers={"Host": "localhost:8080"}).status_code == 200
        assert client.get("/queries.json", headers={"Host": "[::1]:8080"}).status_code == 200
        assert client.get("/queries.json", headers={"Host": "evil.example"}).status_code == 400
    finally:
        app.state.context.close()


# ---------------------------------------------------------------- --endpoint

def test_endpoint_mode_answers_like_the_embedded_store(built, store):
    binary = Path(sys.executable).parent / "oxigraph"
    if not binary.exists():
        pytest.skip("the oxigraph server (PyPI `oxigraph`) is not installed")
    port = free_port()
    server = subprocess.Popen([str(binary), "serve-read-only", "--location",
                               str(built.current / "store"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.1)
        app = create_app(built, workers=1, endpoint=url)
        client = TestClient(app)
        got = sparql(client, FOAF_NAMES)
        assert [b["name"]["value"] for b in got.json()["results"]["bindings"]] == NAMES
        assert sparql(client, "ASK { ?s ?p ?o }").json()["boolean"] is True
        graph = Graph().parse(data=sparql(client, PEOPLE_GRAPH).text, format="turtle")
        assert isomorphic(graph, constructed(store, PEOPLE_GRAPH))
        who = client.get("/query/who-met.json?actor=Kim%20Dong-yeon").json()
        assert len(who["rows"]) == 7   # civil servants via delegation
        assert sparql(client, "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }").status_code == 403
        assert sparql(client, "SELECT * FROM <http://not-a-graph/> { ?s ?p ?o }"
                      ).status_code == 403
    finally:
        if app is not None:
            app.state.context.close()
        server.terminate()
        server.wait(10)


# ---------------------------------------------------------------- one row per fact, as kg query

@pytest.fixture(scope="module")
def client_all(built_all):
    with TestClient(create_app(built_all, workers=1)) as c:
        yield c


def test_named_query_gives_the_gathered_rows_of_kg_query(client_all, built_all, store_all,
                                                         labels_all):
    from kg.query import named, run_query
    from kg.render import as_records
    answer = run_query(store_all, named(built_all, "who-met"), {"actor": "Kim Dong-yeon"},
                       labels_all)
    body = client_all.get("/query/who-met.json?actor=Kim%20Dong-yeon").json()
    assert body["rows"] == as_records(answer, labels_all, "en")
    # one row per counterpart; the meeting's two places in one cell, the most specific first
    assert len(body["rows"]) == 7
    assert [p["label"] for p in body["rows"][0]["place"]] == ["Gyeonggi provincial office",
                                                              "Gyeonggi"]


def test_follow_ups_csv_gives_each_source_s_status_beside_it(client_all):
    rows = list(csv.DictReader(io.StringIO(client_all.get("/query/follow-ups.csv").text)))
    group = next(r for r in rows if r["action"].startswith("Working out"))
    assert group["status"] == ("potential (not started) [nb-2025-03-kr]; "
                               "completed [press-kr-2024-2025]")
    assert group["agent"] == "Gyeonggi Province; Province of Noord-Brabant"


def test_labels_json_names_the_iris_that_have_a_label(client):
    """The SPARQL editor asks for the labels of the IRIs in its result table."""
    kim = "https://w3id.org/rikg/id/person/kim-dong-yeon"
    unknown = "https://example.org/nothing"
    body = client.post("/labels.json", json=[kim, unknown]).json()
    assert body == {"ok": True, "labels": {kim: "Kim Dong-yeon"}}
    assert client.post("/labels.json", content=b"not json").status_code == 400
    assert client.post("/labels.json", json={"iri": kim}).status_code == 400


def test_a_named_query_is_read_in_a_worker_by_kg_querys_own_code(app, client, monkeypatch):
    """The worker reads a named query as `kg query` reads its table (kg.query.answer_for: the
    parameters open every WHERE as a VALUES block, the page forms of kg.paging, the facts that
    come together): the server sends it the query, the page and the parameters as terms."""
    from kg.config import FIRST_PAGE
    context = app.state.context
    jobs = []
    run = context._run

    def recording(job, name):
        jobs.append(job)
        return run(job, name)
    monkeypatch.setattr(context, "_run", recording)
    assert client.get("/query/who-met.json?actor=Kim%20Dong-yeon").status_code == 200
    [job] = jobs
    assert job["named"]["query"] == context.named_query("who-met")
    assert (job["named"]["limit"], job["named"]["offset"]) == (FIRST_PAGE, 0)
    assert job["bindings"] == {"actor": ("u", "https://w3id.org/rikg/id/person/kim-dong-yeon")}


# ---------------------------------------------------------------- first pages, as kg query's table

def _kg_query_csv(built, *args) -> str:
    """What `kg query … --format csv` prints."""
    from typer.testing import CliRunner
    from kg.cli import app as cli
    result = CliRunner().invoke(cli, ["query", *map(str, args), "--format", "csv",
                                      "--build-dir", str(built.build)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_named_query_gives_a_first_page_that_leads_to_the_rest(client, built):
    """Kim Dong-yeon met seven counterparts: pages of three give three, three and one facts, the
    first two say more follow and link to the next; the pages together, the whole answer in
    JSON and the CSV are what `kg query --format csv` gives."""
    url = "/query/who-met.json?actor=Kim%20Dong-yeon"
    first = client.get(url + "&_limit=3")
    assert first.status_code == 200 and first.headers["X-KG-More"] == "true"
    page = first.json()
    assert (page["offset"], page["limit"], page["more"], len(page["rows"])) == (0, 3, True, 3)
    rows, pages = list(page["rows"]), 1
    while page["next"]:
        assert "_offset=" in page["next"] and "_limit=3" in page["next"]
        page = client.get(page["next"]).json()
        rows += page["rows"]
        pages += 1
    assert pages == 3 and len(page["rows"]) == 1 and page["more"] is False
    whole = client.get(url + "&_limit=all").json()
    assert whole["more"] is False and whole["limit"] is None
    assert rows == whole["rows"] and len(rows) == 7
    # a page's first facts are those of the whole answer (kg query's table: the same code)
    assert client.get(url).json()["rows"] == rows
    csv_text = client.get(first.json()["all"]).text
    assert first.json()["all"] == "/query/who-met.csv?actor=Kim+Dong-yeon"
    cli_csv = _kg_query_csv(built, "who-met", "-p", "actor=Kim Dong-yeon")
    assert csv_text.replace("\r\n", "\n") == cli_csv.replace("\r\n", "\n")
    # the CSV pages too, as `kg query --limit --offset`
    csv_page = client.get("/query/who-met.csv?actor=Kim%20Dong-yeon&_limit=3&_offset=3").text
    cli_page = _kg_query_csv(built, "who-met", "-p", "actor=Kim Dong-yeon", "--limit", 3,
                             "--offset", 3)
    assert csv_page.replace("\r\n", "\n") == cli_page.replace("\r\n", "\n")
    assert len(list(csv.reader(io.StringIO(csv_page)))) == 1 + 3


def test_a_first_page_is_kg_query_s_table_page(app, store, labels):
    """Context.run_named's page is run_query's page as `kg query` asks for its table, for a
    query that pages by units (who-met: by meeting), one whose facts come together
    (actor-profile) and one that does both (theme-actors: by actor)."""
    from kg.query import named, run_query
    context = app.state.context
    for name, values in (("who-met", {"actor": "Kim Dong-yeon"}),
                         ("actor-profile", {"actor": "Province of Noord-Brabant"}),
                         ("theme-actors", {"theme": "energy"})):
        whole = run_query(store, named(context.paths, name), values, labels)
        assert len(whole.rows) > 4, name
        for offset in (0, 2):
            page = context.run_named(name, values, limit=3, offset=offset)
            cli = run_query(store, named(context.paths, name), values, labels, limit=3,
                            offset=offset, page=True)
            assert page.rows == cli.rows == whole.rows[offset:offset + 3], name
            assert page.more is cli.more is True and page.truncated is False
        last = context.run_named(name, values, limit=3, offset=len(whole.rows) - 2)
        assert last.rows == whole.rows[-2:] and last.more is False


def test_paging_parameters_are_checked(client):
    for bad in ("_limit=many", "_offset=-1", "_limit=3&_limit=4", "_limit=0"):
        response = client.get(f"/query/who-met.json?actor=Kim%20Dong-yeon&{bad}")
        assert response.status_code == 400, bad
        assert response.json()["ok"] is False


def test_max_rows_counts_facts_and_cuts_the_whole_answer(limited):
    """The server's row limit (5 here) counts facts as pages do: the whole answer stops at 5
    facts and says it was cut; a page within the limit is not cut."""
    whole = limited.get("/query/who-met.json?actor=Kim%20Dong-yeon&_limit=all")
    body = whole.json()
    assert whole.headers["X-KG-Truncated"] == "true"
    assert (len(body["rows"]), body["truncated"], body["max_rows"]) == (5, True, 5)
    page = limited.get("/query/who-met.json?actor=Kim%20Dong-yeon&_limit=2").json()
    assert (len(page["rows"]), page["more"], page["truncated"]) == (2, True, False)
    assert page["rows"] == body["rows"][:2]
