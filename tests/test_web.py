"""The web pages of `kg serve` (kg/web.py), in-process with Starlette's TestClient on the seed:
kg.serve.create_app, which mounts kg.web.page_routes next to /sparql, /query/NAME.json|.csv and
/static. The escaping tests swap the app's labels for ones full of markup."""
from __future__ import annotations

import copy
import json
import re
import warnings

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")
with warnings.catch_warnings():   # Starlette 1.x would rather have httpx2; httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from kg import web  # noqa: E402
from kg.queries import catalogue  # noqa: E402

KIM = "https://w3id.org/rikg/id/person/kim-dong-yeon"


def make_app(paths):
    """The app `kg serve` runs (one worker process is enough for the tests)."""
    from kg.serve import create_app
    return create_app(paths, workers=1)


@pytest.fixture(scope="module")
def client(built):
    with TestClient(make_app(built)) as c:
        yield c


# ---------------------------------------------------------------- every page answers

PAGES = ["/", "/sparql-editor", "/queries", "/queries/who-met", "/queries/people",
         "/queries/who-met?actor=Kim+Dong-yeon", "/actors", "/events",
         "/actor?iri=rper:kim-dong-yeon", f"/actor?iri={KIM}", "/actor?iri=LionVolt",
         "/event?iri=revt:nb-2025-03-kr-meeting-governor", "/network", "/network/view",
         "/network?kind=organisations", "/network?kind=actor-event&actor_type=person",
         "/network?ego=Kim+Dong-yeon&hops=2",
         "/find?q=gyeonggi", "/find?q=", "/find?q=zzzz-nothing"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "charset=utf-8" in r.headers["content-type"]
    assert "Traceback" not in r.text


def test_every_named_query_page_answers(client, built):
    for name, q in catalogue(built.queries).items():
        r = client.get(f"/queries/{name}")
        assert r.status_code == 200, (name, r.text[:300])
        assert q.title.replace("'", "&#39;") in r.text


def test_every_page_has_the_search_box(client):
    for path in ("/", "/queries", "/actors", "/network", "/sparql-editor",
                 "/actor?iri=rper:kim-dong-yeon"):
        assert 'action="/find"' in client.get(path).text, path


def test_yasgui_redirects_to_the_editor(client):
    r = client.get("/yasgui", follow_redirects=False)
    assert r.status_code in (302, 307) and r.headers["location"].startswith("/sparql-editor")


# ---------------------------------------------------------------- named queries

def _rows(html: str) -> list[str]:
    body = html.split('id="results"', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)


def test_query_form_shows_parameters_with_defaults(client):
    r = client.get("/queries/mission-programme")
    assert 'name="mission"' in r.text
    # the default by its label, not its IRI
    assert 'value="Administrative visit to South Korea and Gyeonggi-do, March 2025"' in r.text
    assert 'value="https://w3id.org/rikg/id/event/nb-2025-03-kr-mission"' not in r.text
    assert "The mission (label or IRI)" in r.text
    # all parameters have defaults: the answer is shown at once
    assert 'id="results"' in r.text
    r = client.get("/queries/who-met")     # required parameter: only the form
    assert 'name="actor"' in r.text and 'id="results"' not in r.text


def test_query_submission_shows_the_rows(client):
    r = client.get("/queries/who-met", params={"actor": "Kim Dong-yeon"})
    assert r.status_code == 200
    rows = _rows(r.text)
    assert len(rows) >= 2
    text = " ".join(rows)
    assert "LionVolt" in text and "TNO APAC" in text
    # actors and events link to their pages; the IRIs themselves are not links
    assert 'href="/actor?iri=rorg%3Alionvolt"' in r.text
    assert "/event?iri=revt%3A" in r.text
    # the same answer as JSON and CSV from the serve API
    assert 'href="/query/who-met.json?actor=Kim+Dong-yeon"' in r.text
    assert 'href="/query/who-met.csv?actor=Kim+Dong-yeon"' in r.text
    # the form keeps what was typed
    assert 'value="Kim Dong-yeon"' in r.text


def test_a_query_page_shows_a_first_page_and_leads_to_the_rest(client):
    """A page of three of Kim Dong-yeon's seven counterparts says more follow and links to the
    next page and to the whole answer as CSV; following the links gives the seven rows of the
    page that shows them all (the first page, as `kg query`'s table, holds 1,000)."""
    import html as html_text

    def facts(page):         # (the first row holds the headings)
        return _rows(page)[1:]
    every = facts(client.get("/queries/who-met", params={"actor": "Kim Dong-yeon"}).text)
    assert len(every) == 7
    r = client.get("/queries/who-met", params={"actor": "Kim Dong-yeon", "_limit": "3"})
    assert r.status_code == 200
    assert "Rows 1–3; there are more." in r.text
    assert 'href="/query/who-met.csv?actor=Kim+Dong-yeon">The whole answer (CSV)' in r.text
    rows, seen = facts(r.text), 1
    while 'rel="next"' in r.text:
        following = html_text.unescape(re.search(r'href="([^"]*)" rel="next"', r.text).group(1))
        assert "_limit=3" in following and "actor=Kim+Dong-yeon" in following
        r = client.get(following)
        rows += facts(r.text)
        seen += 1
    assert seen == 3 and "Rows 7–7, the last." in r.text and 'rel="prev"' in r.text
    assert rows == every
    # the JSON of a page is that page, and leads on
    page_json = html_text.unescape(
        re.search(r'href="(/query/who-met\.json[^"]*)"', r.text).group(1))
    assert "_offset=6" in page_json and "_limit=3" in page_json
    assert len(client.get(page_json).json()["rows"]) == 1
    assert client.get("/queries/who-met", params={"actor": "Kim Dong-yeon",
                                                  "_limit": "x"}).status_code == 400


def test_ambiguous_label_is_a_readable_400(client):
    # the province and the region share the name; the subject of source-of may be either
    r = client.get("/queries/source-of", params={"subject": "Gyeonggi"})
    assert r.status_code == 400
    assert "matches 2 things" in r.text
    assert "Gyeonggi Province" in r.text and 'role="alert"' in r.text
    assert "Traceback" not in r.text
    assert 'name="subject"' in r.text        # the form is still there to correct it


def test_an_office_names_its_holder_and_the_page_says_so(client):
    r = client.get("/queries/who-met", params={"actor": "governor"})
    assert r.status_code == 200
    assert "actor: governor -&gt; Kim Dong-yeon (holds Governor of Gyeonggi)" in r.text


def test_unknown_label_and_missing_parameter(client):
    r = client.get("/queries/who-met", params={"actor": "Nobody Atall"})
    assert r.status_code == 400 and "nothing is called" in r.text
    r = client.get("/queries/who-met", params={"actor": ""})
    assert r.status_code == 400 and "Fill in" in r.text


def test_unknown_query_is_404(client):
    r = client.get("/queries/who-met-nobody")
    assert r.status_code == 404 and "There is no named query" in r.text
    assert "/queries/who-met" in r.text   # suggestions


def test_query_list(client, built):
    r = client.get("/queries")
    for name in catalogue(built.queries):
        assert f'href="/queries/{name}"' in r.text


# ---------------------------------------------------------------- actors and events

def test_actor_page_of_kim_dong_yeon(client):
    r = client.get("/actor", params={"iri": "rper:kim-dong-yeon"})
    assert r.status_code == 200
    html = r.text
    assert "<h1>Kim Dong-yeon</h1>" in html
    assert "Governor of Gyeonggi" in html                      # his post
    assert "Posts" in html and "Met" in html
    # the Dutch source sentence, shown as a quote, with its report
    assert re.search(r'<blockquote lang="nl">Tijdens het bezoek aan de provincie Gyeonggi', html)
    assert "Verslag Bestuurlijk bezoek Zuid-Korea en Gyeonggi-do, maart 2025" in html
    assert 'href="#source-1"' in html and 'id="source-1"' in html
    # whom he met, linked
    assert "LionVolt" in html and "TNO APAC" in html
    assert "/event?iri=revt%3Anb-2025-03-kr-meeting-governor" in html


def test_the_actor_page_shows_first_pages_and_leads_to_the_rest(client, monkeypatch):
    """The actor page shows a first page of the profile and of the meetings, as the query pages
    do (1,000 facts; 3 here), and links to the next page of each query's own page."""
    import html as html_text
    monkeypatch.setattr(web, "FIRST_PAGE", 3)
    r = client.get("/actor", params={"iri": "rper:kim-dong-yeon"})
    assert r.status_code == 200
    assert r.text.count("Rows 1–3; there are more.") == 2       # 4 profile facts, 7 meetings
    met = r.text.split("<h2>Met</h2>", 1)[1]
    assert met.split("</table>", 1)[0].count("<tr>") == 1 + 3
    following = html_text.unescape(re.search(r'href="([^"]*)" rel="next"', met).group(1))
    assert following == "/queries/who-met?actor=rper%3Akim-dong-yeon&_offset=3"
    assert "Rows 4–6; there are more." in client.get(following).text
    assert 'href="/query/who-met.csv?actor=rper%3Akim-dong-yeon"' in met


def test_actor_by_label_full_iri_and_compact_id_agree(client):
    pages = [client.get("/actor", params={"iri": v}).text
             for v in ("rper:kim-dong-yeon", KIM, "Kim Dong-yeon")]
    assert all("Governor of Gyeonggi" in p for p in pages)


def test_actor_errors(client):
    r = client.get("/actor", params={"iri": "rper:nobody-at-all"})
    assert r.status_code == 404 and "has no person or organisation" in r.text
    r = client.get("/actor")
    assert r.status_code == 400
    r = client.get("/actor", params={"iri": "revt:nb-2025-03-kr-meeting-governor"})
    assert r.status_code == 404 and "is an event, not a person or organisation" in r.text
    assert 'href="/event?iri=revt%3Anb-2025-03-kr-meeting-governor"' in r.text
    r = client.get("/actor", params={"iri": "zzz nobody"})
    assert r.status_code == 404 and "Nothing of that kind" in r.text


def test_event_page(client):
    r = client.get("/event", params={"iri": "revt:nb-2025-03-kr-meeting-governor"})
    assert r.status_code == 200
    assert "Who took part" in r.text and "Kim Dong-yeon" in r.text
    assert "/actor?iri=rper%3Akim-dong-yeon" in r.text
    assert "<blockquote" in r.text
    assert "Part of" in r.text and "/event?iri=revt%3Anb-2025-03-kr-visit-gyeonggi" in r.text
    r = client.get("/event", params={"iri": "revt:nb-2025-03-kr-mission"})
    assert r.status_code == 200 and "Parts" in r.text
    assert 'href="/queries/mission-programme?mission=revt%3Anb-2025-03-kr-mission"' in r.text


def test_event_page_says_when_where_and_what_kind(client):
    # the lunch has no time of its own: the page shows the mission's, and says so
    r = client.get("/event", params={"iri": "revt:nb-2025-03-kr-lunch-vice-governor"})
    assert r.status_code == 200
    facts = r.text.split('<dl class="event-facts">')[1].split("</dl>")[0]
    assert "<dd>working lunch (meeting)</dd>" in facts
    assert "March 2025 (“in maart 2025”) <span class=\"muted\">— that of " in facts
    assert "/event?iri=revt%3Anb-2025-03-kr-mission" in facts
    assert "the reports give none for this event itself" in facts
    assert '<a href="/actor' not in facts and ">Gyeonggi</" in facts      # its own place


def test_events_list_runs_in_time_order(client):
    text = client.get("/events").text
    position = {key: text.index(f"/event?iri=revt%3A{key}\"") for key in (
        "nb-2024-10-meeting-brabant", "nb-2025-03-kr-mission", "nb-2025-03-kr-meeting-governor",
        "nb-2025-03-kr-lunch-vice-governor", "nb-kings-commissioner-visit-gyeonggi-2026")}
    # October 2024, March 2025, then the meeting before the lunch the report puts after it, 2026
    assert list(position) == sorted(position, key=position.get)
    assert "March 2025, Gyeonggi, working lunch</span>" in text      # the lunch: when, where, kind


def test_lists_link_every_actor_and_event(client, labels):
    actors = client.get("/actors").text
    events = client.get("/events").text
    for iri, kind in labels.kinds.items():
        if kind in ("person", "organisation", "group"):
            assert web._link("/actor", iri=web.compact(iri)).replace("&", "&amp;") in actors
        elif kind == "event":
            assert web._link("/event", iri=web.compact(iri)) in events


def test_find_an_office_lists_its_holder(client):
    r = client.get("/find", params={"q": "gouverneur"})
    assert "/actor?iri=rper%3Akim-dong-yeon" in r.text
    assert "person (holds Governor of Gyeonggi)" in r.text


def test_find(client):
    r = client.get("/find", params={"q": "lionvolt"})
    assert r.status_code == 200 and "/actor?iri=rorg%3Alionvolt" in r.text
    r = client.get("/find", params={"q": "zzzz-nothing"})
    assert "Nothing is called" in r.text


# ---------------------------------------------------------------- network

def test_network_page_frames_the_view(client):
    r = client.get("/network", params={"kind": "met", "ego": "Kim Dong-yeon", "hops": "1"})
    assert r.status_code == 200
    assert '<iframe id="kg-frame"' in r.text
    assert 'src="/network/view?kind=met&amp;ego=Kim+Dong-yeon&amp;hops=1"' in r.text
    view = client.get("/network/view", params={"kind": "met", "ego": "Kim Dong-yeon"})
    assert view.status_code == 200
    assert "window.kgReady" in view.text and 'id="kg-nodes"' in view.text
    nodes = json.loads(re.search(r'id="kg-nodes">(.*?)</script>', view.text, re.S).group(1))
    assert KIM in {n["id"] for n in nodes}
    assert "neighbourhood of Kim Dong-yeon" in view.text


def test_network_path_is_shown_and_highlighted(client):
    params = {"kind": "met", "from": "Kim Dong-yeon", "to": "Martijn van Gruijthuijsen"}
    r = client.get("/network", params=params)
    assert r.status_code == 200
    assert "Path 1" in r.text and "Kim Dong-yeon</a> → " in r.text
    view = client.get("/network/view", params=params).text
    edges = json.loads(re.search(r'id="kg-edges">(.*?)</script>', view, re.S).group(1))
    assert any(e.get("color", {}).get("color") == "#D55E00" for e in edges)
    assert "highlighted" in view


def test_the_actor_page_lists_meetings_of_his_delegation_via_it(client):
    r = client.get("/actor", params={"iri": "rper:martijn-van-gruijthuijsen"})
    assert r.status_code == 200
    assert re.search(r"Talk with the Netherlands ambassador and deputy ambassador</a>"
                     r'<br><span class="muted">via <a [^>]*>Delegation of Noord-Brabant', r.text)


def test_a_path_through_a_delegations_meeting_says_via_the_delegation(client):
    params = {"kind": "met", "from": "Martijn van Gruijthuijsen",
              "to": "rper:nl-deputy-ambassador-south-korea"}
    r = client.get("/network", params=params)
    assert r.status_code == 200
    assert "Talk with the Netherlands ambassador and deputy ambassador</a> (March 2025), via " \
           "Delegation of Noord-Brabant to South Korea, March 2025" in r.text


def test_network_filters_map_to_kg_network(client):
    r = client.get("/network", params={"kind": "organisations", "since": "2025",
                                       "until": "2025-12", "theme": "semiconductors"})
    assert r.status_code == 200, r.text[:400]
    r = client.get("/network", params={"since": "yesterday"})
    assert r.status_code == 400 and "not a year or month" in r.text
    r = client.get("/network", params={"kind": "nonsense"})
    assert r.status_code == 400 and "unknown network kind" in r.text
    r = client.get("/network", params={"ego": "Nobody Atall"})
    assert r.status_code == 400 and 'role="alert"' in r.text
    r = client.get("/network/view", params={"since": "yesterday"})
    assert r.status_code == 400 and "not a year or month" in r.text


# ---------------------------------------------------------------- editor

def test_editor_page_presets_the_endpoint_and_examples(client, built):
    html = client.get("/sparql-editor").text
    assert 'data-endpoint="/sparql"' in html
    assert 'src="/static/yasgui/yasgui.min.js"' in html
    assert 'href="/static/yasgui/yasgui.min.css"' in html
    raw = re.search(r'id="kg-examples">(.*?)</script>', html, re.S).group(1)
    assert "<" not in raw and ">" not in raw          # escaped JSON, cannot close the script
    examples = json.loads(raw)
    assert {e["name"] for e in examples} == set(catalogue(built.queries))
    assert all("SELECT" in e["text"] for e in examples)


def test_static_files_are_served(client):
    for path in ("/static/yasgui/yasgui.min.js", "/static/yasgui/yasgui.min.css",
                 "/static/kg-web.css", "/static/kg-editor.js", "/static/kg-web.js"):
        assert client.get(path).status_code == 200, path


def test_vendored_yasgui_is_complete():
    folder = web.STATIC / "yasgui"
    for name in ("yasgui.min.js", "yasgui.min.css", "LICENSE", "README.md",
                 "THIRD-PARTY-NOTICES.txt"):
        assert (folder / name).is_file(), name
    assert "@zazuko/yasgui 4.6.2" in (folder / "README.md").read_text(encoding="utf-8")
    css = (folder / "yasgui.min.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(http" not in css and "url(//" not in css


# ---------------------------------------------------------------- nothing from other hosts

def test_no_page_loads_anything_from_another_host(client):
    for path in PAGES + ["/queries/who-met?actor=Kim+Dong-yeon"]:
        html = client.get(path).text
        for attr in ("src", "href", "action"):
            for quote in ('"', "'"):
                for scheme in ("http:", "https:", "//"):
                    assert f"{attr}={quote}{scheme}" not in html, (path, attr, scheme)
        assert "url(http" not in html and "@import" not in html


def test_pages_send_a_content_security_policy(client):
    csp = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    csp = client.get("/network/view").headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src" not in csp


# ---------------------------------------------------------------- escaping

EVIL = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def evil_client(built):
    """An app whose labels give Kim Dong-yeon a label (and aliases) made of markup."""
    app = make_app(built)
    labels = copy.deepcopy(app.state.context.labels)
    labels.pref[KIM] = {"en": EVIL, "nl": EVIL}
    labels.names[KIM] = {EVIL, 'Kim "quoted" <b>bold</b> & co'}
    app.state.context.generations.active.labels = labels    # the build it serves
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize("path", [
    "/actor?iri=rper:kim-dong-yeon", "/actors", "/find?q=script",
    "/queries/who-met?actor=rper:kim-dong-yeon", "/queries/people",
    "/event?iri=revt:nb-2025-03-kr-meeting-governor",
    "/network?kind=met&from=rper:kim-dong-yeon&to=Martijn+van+Gruijthuijsen",
    "/network/view?kind=met", "/find?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/actor?iri=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/queries/who-met?actor=%3Cscript%3Ealert(2)%3C%2Fscript%3E",
    "/network?ego=%3Cscript%3Ealert(3)%3C%2Fscript%3E",
])
def test_labels_and_input_are_escaped(evil_client, path):
    r = evil_client.get(path)
    assert "<script>alert" not in r.text, path
    assert "<b>bold</b>" not in r.text
    if path.startswith(("/actor?iri=rper", "/actors", "/find?q=script", "/queries/who-met?actor=r",
                        "/network?kind")):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text, path


def test_network_view_data_cannot_close_its_script(evil_client):
    view = evil_client.get("/network/view", params={"kind": "met"}).text
    nodes = re.search(r'id="kg-nodes">(.*?)</script>', view, re.S).group(1)
    assert "<" not in nodes and "\\u003cscript\\u003e" in nodes
    assert EVIL in {n["label"] for n in json.loads(nodes)}


def test_no_inline_event_handlers(client):
    for path in PAGES:
        html = client.get(path).text if not path.startswith("/network/view") else ""
        assert not re.search(r"\son[a-z]+\s*=", html), path


def test_a_gathered_cell_links_each_of_its_values(client):
    """The invitation is one row; its two inviters share a cell, each a link to its page."""
    rows = _rows(client.get("/queries/invitations").text)[1:]     # (the first is the header)
    assert len(rows) == 1
    inviters = re.findall(r'<a href="/actor\?iri=([^"]+)"', rows[0])
    assert "rorg%3Aprovince-gyeonggi" in inviters and "rper%3Akim-dong-yeon" in inviters
    cells = re.findall(r"<td[^>]*>(.*?)</td>", rows[0], flags=re.S)
    assert any("Gyeonggi Province</a>" in c and "Kim Dong-yeon</a>" in c for c in cells)


def test_a_sentence_kept_beside_its_report_is_a_quote_naming_the_report(client):
    """follow-ups keeps each status's sentence beside its report: quoted, the report by its
    identifier, never its IRI."""
    rows = _rows(client.get("/queries/follow-ups").text)[1:]
    assert rows and all('<q class="quote"' in r for r in rows)
    assert any("[nb-2025-03-kr]</q>" in r for r in rows)
    assert not any("w3id.org/rikg/id/report/" in r for r in rows)


def test_timeline_page_shows_the_relationship_with_its_sentences(client):
    response = client.get("/timeline?a=Noord-Brabant&b=Gyeonggi")
    assert response.status_code == 200
    assert "<svg" in response.text
    assert "Memorandum of Understanding Noord-Brabant" in response.text
    assert "In 2024 is er een Memorandum van Understanding ondertekend" in response.text
    # the names in the picture link to the pages of the events
    assert 'xlink:href="/event?iri=revt%3Anb-2025-03-kr-meeting-governor"' in response.text


def test_ontology_page_is_served_in_both_languages_and_linked_from_the_pages(client):
    english = client.get("/ontology")
    dutch = client.get("/ontology?lang=nl")
    assert english.status_code == dutch.status_code == 200
    assert "<code>rikg:Participation</code>" in english.text
    assert "deelname" in dutch.text and 'href="/ontology?lang=en"' in dutch.text
    assert 'href="/ontology"' in client.get("/").text
    assert client.get("/ontology?lang=fr").status_code == 400
