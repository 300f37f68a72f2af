"""Dutch and English throughout (kg.i18n): every page of `kg serve` and the output of every
command reads wholly in the language asked for. Quotes (the sentences of the reports), proper
names (the labels of people, organisations, groups and places), identifiers and IRIs are taken
out; what is left may hold no interface word of the other language."""
from __future__ import annotations

import ast
import functools
import html
import re
import warnings

import pytest
from typer.testing import CliRunner

from kg import i18n
from kg.cli import app
from kg.errors import EXIT_USAGE
from kg.queries import catalogue, load_query

with warnings.catch_warnings():   # Starlette 1.x would rather have httpx2; httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

runner = CliRunner()

# Words of each language's interface that the other language's output may not contain (none of
# them a word of both: "in", "is", "of", "was", "met", "via", "kind", "status" and "actor" are
# left out).
ENGLISH = set("""the and with for from who whom what when where which row rows meeting meetings
people person organisation organisations event events query queries source sources evidence total
unnamed took part warning warnings nodes edges step steps path find none name label network
agreement agreements invitation invitations results visit ambassador governor office delegation
province provincial not recorded country by on at as yes january february march april may june july
august september october november december written wrote degree shared their its this that
there are were has have no count class""".split())
DUTCH = set("""de het een en van wie wat wanneer waar welke rij rijen ontmoeting ontmoetingen
gebeurtenis gebeurtenissen zoekvraag zoekvragen bron bronnen totaal naamloos niet geen niets
deelname voor naar bij januari februari maart mei juni juli augustus oktober zij hun
waarschuwing waarschuwingen knopen verbindingen stap stappen pad zoeken land soort afspraak
afspraken uitnodiging uitnodigingen persoon personen organisatie organisaties geschreven""".split())
OTHER = {"en": DUTCH, "nl": ENGLISH}

# the commands (their names are identifiers, in help as in use)
COMMANDS = ("build", "validate", "query", "find", "network", "docs", "timeline", "path", "analyse",
            "serve", "add", "extract")

# the named queries with the parameters they need (a value that names something in the seed)
PARAMS = {"actor": "Kim Dong-yeon", "event": "meeting-governor", "date": "2025-03-06",
          "subject": "rper:kim-dong-yeon", "a": "Kim Dong-yeon", "b": "LionVolt",
          "theme": "energy"}


@pytest.fixture(autouse=True)
def english_afterwards():
    """The CLI sets the language of this process; other tests expect English."""
    yield
    i18n.use("en")


@pytest.fixture
def wide_tables(monkeypatch):
    """Tables as wide as they need: a name is then never wrapped over two lines (where it
    would no longer be recognised as a name)."""
    from kg import cli
    monkeypatch.setattr(cli.out, "width", 1000)


@pytest.fixture(scope="module")
def names(labels, built):
    """Proper names, in every language: of people, organisations, groups and places, and the
    titles of the reports; and the
    identifiers a person types: the names of the queries and of their parameters."""
    found = set()
    for iri, kind in labels.kinds.items():
        if kind in ("person", "organisation", "group", "place", "report"):   # (report: its title)
            found |= set(labels.names.get(iri, ()))
    for name, q in catalogue(built.queries).items():
        found |= {name} | {p.name for p in q.params}
    return sorted(found, key=len, reverse=True)


def _visible(page: str) -> str:
    """The text a reader sees (and the titles, placeholders and labels read to them), without
    quotes, code and scripts."""
    for tag in ("script", "style", "q", "blockquote", "code", "pre", "datalist", "svg"):
        page = re.sub(rf"<{tag}\b.*?</{tag}>", " ", page, flags=re.S | re.I)
    attributes = re.findall(r'\b(?:title|placeholder|aria-label|alt)="([^"]*)"', page)
    text = re.sub(r"<[^>]+>", " ", page)
    return html.unescape(text + " " + " ".join(attributes))


def leftovers(text: str, lang: str, names: list[str], also: tuple[str, ...] = ()) -> list[str]:
    """The words of the other language left in `text` once quotes, names, IRIs and
    identifiers are taken out."""
    # the numbered notes under a table are quotes (each may wrap over several lines)
    text = re.sub(r"^\[\d+\] .*?(?=^\[\d+\] |^\S*\d+ (?:row|rij)|\Z)", " ", text,
                  flags=re.M | re.S)
    text = re.sub(r"“[^”]*”|\"[^\"]*\"|'[^']*'|`[^`]*`", " ", text)  # quoted, code
    text = _names_pattern(tuple(names) + tuple(also)).sub(" ", text)
    text = re.sub(r"\S+://\S+|\S*[/\\]\S*|\S+\.(?:html|md|png|svg|json|csv|trig|rq)\b", " ", text)
    text = re.sub(r"\b[\w-]+:[\w.#/-]+|\?\w+", " ", text)       # prefixed names, ?variables
    text = re.sub(r"--?[a-z][\w-]*|\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\b\w+=\S*", " ", text)
    text = re.sub(r"\b[A-Z][A-Z_]{2,}\b", " ", text)             # metavars: NAME, ROOT
    words = re.findall(r"[^\W\d_]+", text)
    return sorted({w for w in words if w.lower() in OTHER[lang]})


@functools.lru_cache(maxsize=4)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """Any of the names as a whole (not inside a word), the longest first."""
    ordered = sorted({n for n in names if len(n) > 2}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


# ---------------------------------------------------------------- the language is checked

def test_an_unknown_language_is_refused_with_a_usage_error(built):
    for args in (["query", "people", "--lang", "xx"], ["--lang", "fr", "query", "list"],
                 ["find", "Gyeonggi", "--lang", "de"]):
        result = kg(*args, "--build-dir", built.build)
        assert result.exit_code == EXIT_USAGE, (args, result.output)
        assert "choose one of en, nl" in result.output


def test_the_language_of_one_command_does_not_carry_over_to_the_next(built):
    assert "rij(en)" in kg("query", "people", "--lang", "nl", "--build-dir", built.build).output
    assert "row(s)" in kg("query", "people", "--build-dir", built.build).output


# ---------------------------------------------------------------- dates and numbers

def test_dates_and_amounts_are_written_the_way_each_language_writes_them():
    assert i18n.date_words(2025, 3, 6, "nl") == "6 maart 2025"
    assert i18n.date_words(2025, 3, 6, "en") == "6 March 2025"
    assert i18n.money("8330", "EUR", "nl") == "€ 8.330,00"
    assert i18n.money("8330", "EUR", "en") == "€8,330.00"
    assert i18n.number(1234567, lang="nl") == "1.234.567"


def test_the_browser_language_is_read_by_its_weights():
    assert i18n.from_accept_language("nl-NL,nl;q=0.9,en;q=0.8") == "nl"
    assert i18n.from_accept_language("fr-FR, en;q=0.5, nl;q=0.7") == "nl"
    assert i18n.from_accept_language("fr, de") == "en"
    assert i18n.from_accept_language(None) == "en"


# ---------------------------------------------------------------- the catalogue

def _interface_messages() -> set:
    """Every message the code and the templates give to `_()`/`ngettext` or mark with `N_()`
    (a plural as the pair), as `pybabel extract` would find them."""
    import ast
    from pathlib import Path

    from jinja2 import Environment
    from jinja2.ext import extract_from_ast
    package = Path(i18n.__file__).parent
    found = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "N_",
                                                                                  "ngettext"):
                texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                         and isinstance(a.value, str)]
                if texts:
                    found.add(tuple(texts[:2]) if node.func.id == "ngettext" else texts[0])
    env = Environment(extensions=["jinja2.ext.i18n"])
    for path in (package / "templates").rglob("*.html"):
        for _line, _function, message in extract_from_ast(env.parse(path.read_text("utf-8"))):
            texts = tuple(m for m in (message if isinstance(message, tuple) else (message,)) if m)
            if texts:
                found.add(texts if len(texts) > 1 else texts[0])
    return found


def test_every_interface_message_has_its_dutch_in_the_compiled_catalogue():
    catalogue = i18n.translations("nl")._catalog     # what kg.mo holds, by msgid
    missing = [m for m in _interface_messages()
               if (m if isinstance(m, str) else (m[0], 0)) not in catalogue]
    assert len(_interface_messages()) > 300
    assert not missing, f"not in kg/locale/nl/LC_MESSAGES/kg.po (or kg.mo not compiled): {missing}"


def test_the_compiled_catalogue_is_that_of_the_po_file():
    """kg.mo is compiled from kg.po (msgfmt): every translation of the .po is in the .mo."""
    po = (i18n.LOCALE_DIR / "nl" / "LC_MESSAGES" / "kg.po").read_text(encoding="utf-8")
    pairs = re.findall(r'^msgid "(.+)"\nmsgstr "(.*)"$', po, flags=re.M)
    assert len(pairs) > 300
    unescape = lambda text: ast.literal_eval(f'"{text}"')    # noqa: E731  (C escapes: \n \")
    stale = [m for m, t in pairs if i18n.translations("nl").gettext(unescape(m)) != unescape(t)]
    assert not stale, f"compile kg.po again (msgfmt): {stale[:5]}"


def test_every_query_has_a_dutch_title_description_and_column_names(built):
    for name, q in catalogue(built.queries).items():
        assert "nl" in q.titles and "nl" in q.descriptions, name
        missing = [v for v in _projected(q) if v not in q.column_labels.get("nl", {})]
        assert not missing, (name, missing)
        assert all("nl" in p.descriptions for p in q.params if p.descriptions), name


def _projected(q) -> list[str]:
    """The variables a query's SELECT gives (the columns a person reads)."""
    body = "\n".join(line for line in q.text.splitlines() if not line.lstrip().startswith("#"))
    projection = re.search(r"SELECT(.*?)WHERE", body, re.S).group(1)
    variables, depth = [], 0
    for token in re.findall(r"\(|\)|AS\s+\?\w+|\?\w+", projection):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token.startswith("AS"):
            variables.append(token.split("?")[1])
        elif depth == 0:
            variables.append(token[1:])
    return variables


def test_a_query_header_gives_its_texts_per_language(tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("#+ title: Who came\n#+ title@nl: Wie kwam\n#+ param who: iri, , A person\n"
                  "#+ param who@nl: Een persoon\n#+ columns@nl: who=wie\n"
                  "SELECT ?who WHERE { ?who a ?c }\n", encoding="utf-8")
    q = load_query(rq)
    assert (q.title, q.param("who").description, q.column("who")) == ("Who came", "A person",
                                                                       "who")
    i18n.use("nl")
    assert (q.title, q.param("who").description, q.column("who")) == ("Wie kwam",
                                                                       "Een persoon", "wie")


# ---------------------------------------------------------------- every command, both languages

def _commands(built, tmp_path, lang):
    """(what, output) for every command that prints or writes something a person reads."""
    common = ["--lang", lang, "--build-dir", built.build]
    for name, q in catalogue(built.queries).items():
        params = [x for p in q.params if p.required for x in ("-p", f"{p.name}={PARAMS[p.name]}")]
        yield f"query {name}", kg("query", name, *params, *common).output
    yield "query list", kg("query", "list", *common).output
    yield "find", kg("find", "Gyeonggi", *common).output
    yield "find an office", kg("find", "gouverneur", *common).output
    yield "path", kg("path", "Kim Dong-yeon", "LionVolt", *common).output
    yield "network", kg("network", "met", *common).output
    yield "network organisations", kg("network", "organisations", *common).output
    yield "timeline", kg("timeline", "--between", "Noord-Brabant", "Gyeonggi", *common).output
    page = tmp_path / f"timeline-{lang}.html"
    kg("timeline", "--between", "Noord-Brabant", "Gyeonggi", "-o", page, *common)
    yield "timeline page", _visible(page.read_text(encoding="utf-8"))
    drawing = tmp_path / f"network-{lang}.html"
    yield "network page (command)", kg("network", "met", "-o", drawing, *common).output
    yield "network page", _visible(drawing.read_text(encoding="utf-8"))
    report = tmp_path / f"analysis-{lang}"
    yield "analyse", kg("analyse", "-o", report, *common).output
    yield "analysis report", (report / "report.md").read_text(encoding="utf-8")
    yield "analysis page", _visible((report / "report.html").read_text(encoding="utf-8"))
    # (with the warnings on stderr: the messages of the shapes and the QC queries)
    yield "build", kg("--lang", lang, "build", "--root", built.root, "--build-dir",
                      tmp_path / f"build-{lang}").output
    yield "validate", kg("--lang", lang, "validate", "--root", built.root).output
    yield "docs", kg("--lang", lang, "docs", "-o", tmp_path / f"docs-{lang}").output
    yield "docs page", _visible((tmp_path / f"docs-{lang}" / f"{lang}.html").read_text(
        encoding="utf-8"))
    yield "kg --help", kg("--lang", lang, "--help").output
    for command in COMMANDS:
        yield f"kg {command} --help", kg("--lang", lang, command, "--help").output
    yield "error: unknown query", kg("query", "who-met-who", *common).output
    yield "error: missing parameter", kg("query", "who-met", *common).output
    yield "error: nothing of that name", kg("query", "who-met", "-p", "actor=Nobody Atall",
                                            *common).output


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_command_reads_wholly_in_the_language_asked_for(built, labels, names, tmp_path,
                                                               wide_tables, lang):
    # `kg find` lists every name of what it finds, in any language ("also known as")
    every_name = tuple(n for ns in labels.names.values() for n in ns)
    found = {}
    for what, output in _commands(built, tmp_path, lang):
        assert output.strip(), what
        also = every_name if what.startswith("find") else COMMANDS if what.endswith("--help") else ()
        words = leftovers(output, lang, names, also)
        if words:
            found[what] = words
    assert not found, f"words of the other language in --lang {lang} output: {found}"


@pytest.mark.parametrize("lang, severity", [("en", "Warning"), ("nl", "Waarschuwing")])
def test_the_warnings_of_build_and_validate_read_in_the_language_asked_for(built, names, tmp_path,
                                                                           lang, severity):
    # the shipped data gives two warnings, of QC queries (a shape's message in both languages:
    # the violation test below; the command's own --lang here; `kg --lang` in the test above)
    for what, output in [
            ("build", kg("build", "--lang", lang, "--root", built.root, "--build-dir",
                         tmp_path / "build").output),
            ("validate", kg("validate", "--lang", lang, "--root", built.root).output)]:
        warnings = [line for line in output.splitlines() if line.lstrip().startswith(severity)]
        assert len(warnings) == 2, f"{what}: {output}"
        assert leftovers("\n".join(warnings), lang, names) == [], what


@pytest.mark.parametrize("lang, words", [
    ("en", ("error: the data does not conform", "Violation: ", "(value: euro)")),
    ("nl", ("fout: de gegevens voldoen niet", "Overtreding: ", "(waarde: euro)"))])
def test_a_violation_is_reported_in_the_language_asked_for(project_copy, lang, words):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace('schema:currency "EUR"', 'schema:currency "euro"', 1),
                      encoding="utf-8")
    output = kg("validate", "--lang", lang, "--root", project_copy.root).output
    assert all(w in output for w in words), output
    assert "geldbedrag" in output if lang == "nl" else "amount of money" in output.lower()


def test_kg_add_gives_the_warnings_kept_by_an_english_build_in_dutch(project_copy, names):
    from pathlib import Path
    assert kg("build", "--lang", "en", "--root", project_copy.root).exit_code == 0
    sheet = Path(__file__).parent / "fixtures" / "sheets" / "small-region.yaml"
    result = kg("add", sheet, "--lang", "nl", "--root", project_copy.root)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines()
                if line.lstrip().startswith(("Waarschuwing", "Warning"))]
    assert len(warnings) >= 3, result.output      # (the QC warnings of the seed, kept)
    assert all(w.lstrip().startswith("Waarschuwing: ") for w in warnings), result.output
    assert leftovers("\n".join(warnings), "nl", names) == []


# ---------------------------------------------------------------- every page, both languages

@pytest.fixture(scope="module")
def client(built):
    from kg.serve import create_app
    with TestClient(create_app(built, workers=1)) as c:
        yield c


def _pages(built):
    yield from ["/", "/sparql-editor", "/queries", "/actors", "/events", "/network",
                "/network/view", "/network?kind=organisations", "/timeline", "/find?q=gyeonggi",
                "/find?q=", "/find?q=zzzz", "/actor?iri=rper:kim-dong-yeon", "/actor?iri=LionVolt",
                "/event?iri=revt:nb-2025-03-kr-meeting-governor", "/actor?iri=rper:nobody",
                "/network?ego=Kim+Dong-yeon&from=Kim+Dong-yeon&to=LionVolt", "/ontology"]
    for name, q in catalogue(built.queries).items():
        params = "&".join(f"{p.name}={PARAMS[p.name]}" for p in q.params if p.required)
        yield f"/queries/{name}" + (f"?{params}" if params else "")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_page_reads_wholly_in_the_language_asked_for(client, built, names, lang):
    found = {}
    for path in _pages(built):
        response = client.get(path, params={"lang": lang})
        assert f'<html lang="{lang}"' in response.text, path
        words = leftovers(_visible(response.text), lang, names)
        if words:
            found[path] = words
    assert not found, f"words of the other language on the {lang} pages: {found}"


def test_the_browser_language_chooses_and_the_switch_is_remembered(built):
    from kg.serve import create_app
    with TestClient(create_app(built, workers=1)) as c:
        dutch = c.get("/queries", headers={"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.5"})
        assert '<html lang="nl"' in dutch.text and "Benoemde zoekvragen" in dutch.text
        assert 'href="/queries?lang=en"' in dutch.text          # the switch
        english = c.get("/queries?lang=en", headers={"Accept-Language": "nl"})
        assert '<html lang="en"' in english.text and english.cookies.get("kg_lang") == "en"
        later = c.get("/actors", headers={"Accept-Language": "nl"})   # the cookie wins
        assert '<html lang="en"' in later.text
        assert c.get("/actors?lang=xx").status_code == 400


def test_the_answer_of_a_named_query_by_url_takes_the_language(client):
    answer = client.get("/query/costs.json?_lang=nl").json()
    assert answer["title"] == "Kosten tegenover begroting"
    assert client.get("/query/costs.json?_lang=xx").status_code == 400
    listed = {q["name"]: q for q in client.get("/queries.json?lang=nl").json()["queries"]}
    assert listed["costs"]["title"] == "Kosten tegenover begroting"
    assert client.get("/queries.json?lang=xx").status_code == 400


# ---------------------------------------------------------------- the problems of a report sheet

@pytest.fixture
def broken_sheet(tmp_path):
    """small-region.yaml with five problems: a kind of place that does not exist (with a
    `review:` mark left beside it), a follow-up whose `by:` is misspelt (so it is both unknown
    and missing) and whose quote is not in the report."""
    from pathlib import Path
    text = (Path(__file__).parent / "fixtures" / "sheets" / "small-region.yaml").read_text("utf-8")
    text = text.replace("    type: region\n", "    type: regio   # review: `regio`\n", 1)
    text = text.replace("    by: province-utrecht\n", "    bye: province-utrecht\n", 1)
    text = text.replace("quote: De provincie verkent", "quote: De provincie plant", 1)
    sheet = tmp_path / "broken.yaml"
    sheet.write_text(text, encoding="utf-8")
    return sheet


@pytest.mark.parametrize("lang, words", [
    ("en", ("the report sheet has 5 problems", "not reviewed", "is not a kind of place",
            "`by:` is missing",
            "unknown field", "did you mean", "the quote does not occur", "closest sentence")),
    ("nl", ("het verslagblad heeft 5 problemen", "niet nagekeken", "is geen soort plaats",
            "`by:` ontbreekt",
            "onbekend veld", "bedoelt u", "het citaat komt niet voor", "dichtstbijzijnde zin"))])
def test_kg_add_names_the_problems_of_a_sheet_in_the_language_asked_for(project_copy, names,
                                                                        broken_sheet, lang, words):
    for args in (["--check"], []):
        result = kg("add", broken_sheet, *args, "--lang", lang, "--root", project_copy.root)
        assert result.exit_code == 1, result.output
        assert all(w in result.output for w in words), result.output
        # the lists of known fields and values are identifiers, in either language
        words_left = re.sub(r"(?:known here|hier bekend|known|bekend): [^)\n]*", " ", result.output)
        assert leftovers(words_left, lang, names) == [], result.output


# ---------------------------------------------------------------- the errors a user meets most

@pytest.mark.parametrize("lang, words", [
    ("en", ("has no parameter 'day' (its parameters: date)", "is not a date (YYYY-MM-DD)",
            "expected NAME=VALUE", "file not found")),
    ("nl", ("heeft geen parameter 'day' (de parameters: date)", "is geen datum (JJJJ-MM-DD)",
            "verwacht NAAM=WAARDE", "bestand niet gevonden"))])
def test_a_wrong_parameter_or_a_missing_file_is_named_in_the_language_asked_for(
        built, tmp_path, lang, words):
    outputs = [kg("query", "open-on", "-p", "day=2025-03-06", "--lang", lang,
                  "--build-dir", built.build),
               kg("query", "open-on", "-p", "date=6 March", "--lang", lang,
                  "--build-dir", built.build),
               kg("query", "open-on", "-p", "2025-03-06", "--lang", lang,
                  "--build-dir", built.build),
               kg("add", tmp_path / "no-such-sheet.yaml", "--lang", lang, "--root", built.root)]
    for result, expected in zip(outputs, words):
        assert result.exit_code in (EXIT_USAGE, 3), result.output
        assert expected in result.output, result.output


def _sheet_with(tmp_path, *changes: tuple[str, str]):
    """small-region.yaml with each (old, new) replaced once."""
    from pathlib import Path
    text = (Path(__file__).parent / "fixtures" / "sheets" / "small-region.yaml").read_text("utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    sheet = tmp_path / "changed.yaml"
    sheet.write_text(text, encoding="utf-8")
    return sheet


def _refused_in_the_language(sheet, project, names, lang, words) -> None:
    """`kg add --check` refuses the sheet (exit 1) naming its problems with `words`, and no
    interface word of the other language is left: the places of the problems
    (`file:line: field.path:`) and the lists of known values are identifiers."""
    result = kg("add", sheet, "--check", "--lang", lang, "--root", project.root)
    assert result.exit_code == 1, result.output
    assert all(w in result.output for w in words), result.output
    problems = re.sub(r"^\s*\S+:\d+: \S+: ", " ", result.output, flags=re.M)
    problems = re.sub(r"\b(?:known|bekend): [^)\n]*", " ", problems)
    assert leftovers(problems, lang, names) == [], result.output


@pytest.mark.parametrize("lang, words", [
    ("en", ("is rorg:province-utrecht, an organisation, but `place` must be a place",
            "'Nobody Atall' is not known: no person or group, or organisation in this sheet",
            "uncertain match: 'Utrecht Provincie' is not an exact name but a variant",
            "(organisation 'Province of Utrecht', in this sheet)")),
    ("nl", ("is rorg:province-utrecht, een organisatie, maar `place` moet een plaats zijn",
            "'Nobody Atall' is onbekend: geen persoon of groep, of organisatie in dit blad",
            "onzekere overeenkomst: 'Utrecht Provincie' is geen exacte naam maar een variant",
            "(organisatie 'Provincie Utrecht', in dit blad)"))])
def test_a_name_that_matches_the_wrong_kind_nothing_or_a_variant_is_named_in_the_language_asked_for(
        project_copy, tmp_path, names, lang, words):
    sheet = _sheet_with(tmp_path,
                        ("    place: baden-wuerttemberg\n", "    place: Provincie Utrecht\n"),
                        ("      - who: Lionvolt\n", "      - who: Nobody Atall\n"),
                        ("      - who: lionvolt\n", "      - who: Utrecht Provincie\n"))
    _refused_in_the_language(sheet, project_copy, names, lang, words)


@pytest.mark.parametrize("lang, words", [
    ("en", ("'2026-13' is not a date: there is no month 13", "'€ 1.234,5x' is not an amount",
            "'someday' is not a day of the week", "give either `file:` or `text:`, not both")),
    ("nl", ("'2026-13' is geen datum: er is geen maand 13", "'€ 1.234,5x' is geen bedrag",
            "'someday' is geen dag van de week", "geef `file:` of `text:`, niet beide"))])
def test_a_wrong_date_amount_or_source_of_a_sheet_is_named_in_the_language_asked_for(
        project_copy, tmp_path, names, lang, words):
    sheet = _sheet_with(tmp_path, ("    scheduled: 2026\n", "    scheduled: 2026-13\n"),
                        ('    actual: "€ 1.234,50"\n', '    actual: "€ 1.234,5x"\n'),
                        ("      day_of_week: friday\n", "      day_of_week: someday\n"),
                        ("  language: nl\n", "  language: nl\n  file: verslag.txt\n"))
    _refused_in_the_language(sheet, project_copy, names, lang, words)


# ---------------------------------------------------------------- broken files, unknown queries

@pytest.mark.parametrize("lang, frame", [("en", ": Turtle syntax error: "),
                                         ("nl", ": syntaxfout in Turtle: “")])
def test_a_turtle_syntax_error_is_framed_in_the_language_asked_for(project_copy, names, lang,
                                                                   frame):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    with report.open("a", encoding="utf-8") as f:
        f.write('\nrper:somebody rdfs:label "never closed .\n')
    result = kg("build", "--lang", lang, "--root", project_copy.root)
    assert result.exit_code == 3, result.output
    assert f"nb-2025-03-kr.ttl:{len(report.read_text('utf-8').splitlines())}{frame}" \
        in result.output
    # (the parser's own words stay English, quoted in the Dutch frame)
    assert leftovers(result.output, lang, names) == [], result.output


@pytest.mark.parametrize("lang, words", [
    ("en", ("no query named 'who-met-who'", "did you mean who-met-whom, who-met?")),
    ("nl", ("geen zoekvraag met de naam 'who-met-who'", "bedoelt u who-met-whom, who-met?"))])
def test_an_unknown_query_is_named_in_the_language_asked_for_by_the_cli_and_the_server(
        built, client, names, lang, words):
    client.cookies.clear()          # (the pages' language switch would otherwise choose)
    answers = {
        "kg query": kg("query", "who-met-who", "--lang", lang, "--build-dir", built.build).output,
        "/query/NAME.json?_lang=": client.get("/query/who-met-who.json",
                                               params={"_lang": lang}).json()["error"],
        "/query/NAME.csv, Accept-Language": client.get(
            "/query/who-met-who.csv", headers={"Accept-Language": lang}).json()["error"]}
    for what, answer in answers.items():
        assert all(w in answer for w in words), (what, answer)
        assert leftovers(answer, lang, names) == [], (what, answer)


@pytest.mark.parametrize("lang, words", [
    ("en", ("SPARQL syntax error at line 1, column 25: ", "no such page: /nowhere",
            "SERVICE at line 1, column 18 is not allowed")),
    ("nl", ("syntaxfout in SPARQL op regel 1, kolom 25: “", "deze pagina bestaat niet: /nowhere",
            "SERVICE op regel 1, kolom 18 is niet toegestaan"))])
def test_the_sparql_endpoint_refuses_in_the_language_of_the_request(client, names, lang, words):
    client.cookies.clear()
    language = {"Accept-Language": lang}
    answers = [client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"},
                          headers=language),
               client.get("/nowhere", headers=language),
               client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://x/> "
                                                      "{ ?s ?p ?o } }"}, headers=language)]
    for response, expected in zip(answers, words):
        error = response.json()["error"]
        assert expected in error, error
        assert leftovers(error, lang, names) == [], error


@pytest.mark.parametrize("lang, words", [
    ("en", ("Usage: kg query [OPTIONS]", "Try 'kg query -h' for help.", "Error",
            "No such option: --limi (Possible options: --limit)", "Missing argument 'B'.",
            "No such command 'nosuch'.", "Got unexpected extra argument(s) (y z)",
            "Invalid value for '--limit': ")),
    ("nl", ("Gebruik: kg query [OPTIES]", "Zie 'kg query -h' voor hulp.", "Fout",
            "Optie bestaat niet: --limi (mogelijke opties: --limit)", "Argument 'B' ontbreekt.",
            "Opdracht 'nosuch' bestaat niet.", "Onverwachte extra argument(en) (y z)",
            "Ongeldige waarde voor '--limit': “"))])
def test_a_wrong_command_line_is_refused_in_the_language_asked_for(built, names, lang, words):
    # the language given before the command, after it, and after the wrong option
    outputs = [kg("query", "--lang", lang, "people", "--limi", "3"),
               kg("--lang", lang, "path", "A"),
               kg("--lang", lang, "nosuch"),
               kg("query", "people", "x", "y", "z", "--lang", lang),
               kg("query", "people", "--limit", "abc", "--lang", lang)]
    assert all(result.exit_code == EXIT_USAGE for result in outputs)
    output = "\n".join(result.output for result in outputs)
    assert all(w in output for w in words), output
    # (a library's reason for refusing a value stays as it gives it, quoted in Dutch)
    assert leftovers(output, lang, names, also=COMMANDS) == [], output


def test_summary_json_keeps_each_warning_in_english_and_in_dutch(built, names):
    import json
    summary = json.loads((built.current / "summary.json").read_text(encoding="utf-8"))
    english, dutch = summary["warnings"], summary["warnings_nl"]
    assert len(english) == len(dutch) == 2
    assert all(w.startswith("Warning: ") for w in english)
    assert all(w.startswith("Waarschuwing: ") for w in dutch)
    assert leftovers("\n".join(english), "en", names) == []
    assert leftovers("\n".join(dutch), "nl", names) == []


@pytest.mark.parametrize("lang, words", [
    ("en", ("no build found; run `kg build` first", "unknown network kind 'friends'; choose one of",
            "nothing called 'Nobody Atall' is in the met network")),
    ("nl", ("geen bouw gevonden; voer eerst `kg build` uit",
            "onbekende soort netwerk 'friends'; kies uit",
            "niets met de naam 'Nobody Atall' zit in het netwerk van wie wie ontmoette"))])
def test_no_build_a_wrong_network_or_an_unknown_name_is_named_in_the_language_asked_for(
        built, tmp_path, names, lang, words):
    from kg.network import KINDS
    outputs = [kg("query", "people", "--lang", lang, "--build-dir", tmp_path),
               kg("network", "friends", "--lang", lang, "--build-dir", built.build),
               kg("path", "Nobody Atall", "LionVolt", "--lang", lang, "--build-dir", built.build)]
    for result, expected in zip(outputs, words):
        assert result.exit_code in (EXIT_USAGE, 3), result.output
        assert expected in result.output, result.output
        # (the kinds of network, like the commands, are identifiers)
        identifiers = ("kg build", "kg find", *KINDS)
        assert leftovers(result.output, lang, names, also=identifiers) == [], result.output


@pytest.mark.parametrize("lang, office, note", [
    ("en", "governor", "actor: governor -> Kim Dong-yeon (holds Governor of Gyeonggi)"),
    ("nl", "gouverneur", "actor: gouverneur -> Kim Dong-yeon (bekleedt gouverneur van Gyeonggi)")])
def test_what_an_office_matched_is_said_in_the_language_asked_for(built, lang, office, note):
    result = kg("query", "who-met", "-p", f"actor={office}", "--lang", lang,
                "--build-dir", built.build)
    assert result.exit_code == 0 and note in result.output, result.output


@pytest.mark.parametrize("lang, prefix", [("en", "Usage: "), ("nl", "Gebruik: ")])
def test_the_usage_line_is_coloured_in_either_language(lang, prefix):
    """typer colours "Usage: " by a pattern of the English word; the Dutch prefix is coloured the
    same way (a terminal shows the help alike in both languages)."""
    import os
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-c", "from kg.cli import run; run()", "--lang", lang,
                           "--help"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "FORCE_COLOR": "1", "COLUMNS": "100"})
    assert done.returncode == 0, done.stderr
    assert f"\x1b[1;33m{prefix}\x1b[0m" in done.stdout, done.stdout[:300]
