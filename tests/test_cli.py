"""The kg command line: exit codes and one-line messages for bad input."""
import re

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_INPUT, EXIT_INVALID, EXIT_USAGE

runner = CliRunner()


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_help_lists_the_commands():
    result = kg("--help")
    assert result.exit_code == 0
    for command in ("build", "validate", "query", "find"):
        assert command in result.output


def test_build_prints_a_summary(tmp_path):
    result = kg("build", "--build-dir", tmp_path)
    assert result.exit_code == 0, result.output
    assert "rgraph:nb-2025-03-kr" in result.output
    assert "foaf:Person" in result.output
    assert "Conforms: yes" in result.output
    assert str(tmp_path / "current" / "store") in result.output
    # warnings name the node by its label, not its IRI
    assert "Warning: InterBattery: This event does not say when" in result.output


def test_build_brief_says_what_was_built_in_one_line(tmp_path):
    import json
    result = kg("build", "--brief", "--build-dir", tmp_path)
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "current" / "summary.json").read_text(encoding="utf-8"))
    triples, warnings = sum(summary["graphs"].values()), len(summary["warnings"])
    assert result.output.splitlines() == [
        f"Built the graph (full): {triples:,} triples in {len(summary['graphs'])} named graphs; "
        f"SHACL and QC checks passed, {warnings} warning(s) on the data, listed by "
        f"`kg validate`; store in {tmp_path / 'current'}."]


def test_query_unknown_name_is_a_usage_error(built):
    result = kg("query", "who-met-who", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "no query named 'who-met-who'" in result.output
    assert "who-met" in result.output  # a suggestion


def test_query_unknown_parameter_is_a_usage_error(built):
    result = kg("query", "who-met", "-p", "person=Kim", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "has no parameter 'person'" in result.output


def test_query_missing_parameter_is_a_usage_error(built):
    result = kg("query", "who-met", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "needs parameter 'actor'" in result.output


def test_a_label_that_matches_nothing(built):
    result = kg("query", "who-met", "-p", "actor=Nobody Atall", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "nothing is called 'Nobody Atall'" in result.output


def test_a_label_that_matches_several_things(built):
    # the province (an organisation) and the region (a place) share the name; the subject of
    # source-of may be either
    result = kg("query", "source-of", "-p", "subject=Gyeonggi", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "'Gyeonggi' matches 2 things" in result.output
    assert "rorg:province-gyeonggi" in result.output and "rplace:gyeonggi" in result.output


def test_an_actor_named_like_a_place_is_the_actor_and_the_cli_says_so(built):
    result = kg("query", "who-met", "-p", "actor=Gyeonggi", "--build-dir", built.build)
    assert result.exit_code == 0
    assert "actor: Gyeonggi -> Gyeonggi Province (the organisation; not the place of that " \
           "name)" in result.stderr


def test_find_an_office_names_its_holder(built):
    result = kg("find", "governor", "--build-dir", built.build)
    assert result.exit_code == 0
    assert "Kim Dong-yeon" in result.output
    assert "person (holds Governor of Gyeonggi)" in result.output


def test_query_by_office_says_whom_it_matched(built):
    result = kg("query", "who-met", "-p", "actor=governor", "-f", "csv", "--build-dir",
                built.build)
    assert result.exit_code == 0
    assert result.stderr.strip() == "actor: governor -> Kim Dong-yeon (holds Governor of Gyeonggi)"
    assert "Meeting with Governor Kim Dong-yeon" in result.stdout


def test_an_actor_parameter_naming_a_concept_is_a_usage_error(built):
    result = kg("query", "who-met", "-p", "actor=civil servant", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "civil servant (role:civil-servant) is a concept" in result.stderr


def test_reading_before_building_says_so(tmp_path):
    result = kg("query", "who-met-whom", "--build-dir", tmp_path)
    assert result.exit_code == EXIT_INPUT
    assert "run `kg build` first" in result.output


def test_own_query_file_with_syntax_error_names_it(built, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("#+ title: Mine\nSELECT ?x WHERE { ?x ?p }\n")
    result = kg("query", rq, "--build-dir", built.build)
    assert result.exit_code == EXIT_INPUT
    assert "mine.rq" in result.output and "syntax error" in result.output


def test_own_query_file_runs(built, tmp_path):
    rq = tmp_path / "people.rq"
    rq.write_text("#+ title: Named people\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                  "SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name\n")
    result = kg("query", rq, "--format", "csv", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "Kim Dong-yeon", "Martijn van Gruijthuijsen"]


def test_broken_turtle_fails_the_build_with_file_and_line(project_copy):
    bad = project_copy.data_dir / "extra.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n")
    result = kg("build", "--root", project_copy.root)
    assert result.exit_code == EXIT_INPUT
    assert "extra.ttl:2: Turtle syntax error" in result.output


def test_shacl_violation_exits_1_with_the_advisors_message(project_copy):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace('schema:currency "EUR"', 'schema:currency "euro"', 1), encoding="utf-8")
    result = kg("validate", "--root", project_copy.root)
    assert result.exit_code == EXIT_INVALID
    assert "SHACL violation" in result.output
    assert "currency" in result.output.lower()


@pytest.mark.parametrize("fmt", ["csv", "json", "md", "table"])
def test_every_output_format_works(built, fmt):
    result = kg("query", "costs", "--format", fmt, "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert "8330.00" in result.output or "8,330.00" in result.output


def test_the_table_shows_the_answering_columns_with_quotes_as_numbered_notes(built):
    result = kg("query", "who-met", "-p", "actor=Kim Dong-yeon", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "other" in line)
    assert "meeting" in header and "actorCapacity" not in header      # `#+ table:` columns
    notes = [line for line in result.output.splitlines() if line.startswith("[")]
    assert notes[0].startswith("[1] De ontmoeting met de gouverneur")
    inline = kg("query", "who-met", "-p", "actor=Kim Dong-yeon", "--evidence",
                "--build-dir", built.build)
    assert not any(line.startswith("[1]") for line in inline.output.splitlines())
    assert "ontmoeting" in inline.output      # (in a column, wrapped)


def test_query_list_names_an_iri_default_by_its_label(built):
    result = kg("query", "list", "--build-dir", built.build)
    assert "mission=Administrative visit" in result.output
    assert "mission=https://" not in result.output
    # an actor parameter's default too (region-relations: a and b)
    assert "a=Province of Noord-Brabant" in result.output
    assert "https://" not in result.output


def test_unknown_format(built):
    result = kg("query", "costs", "--format", "xml", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE


# ---------------------------------------------------------------- network commands

def test_network_lists_the_most_central_actors(built):
    result = kg("network", "met", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert "met network: 11 nodes, 33 edges" in result.output
    assert "Martijn van Gruijthuijsen" in result.output


def test_network_writes_an_offline_page_and_a_gephi_file(built, tmp_path):
    page = tmp_path / "met.html"
    result = kg("network", "met", "-o", page, "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "Kim Dong-yeon" in html
    assert 'src="http' not in html and 'href="http' not in html
    gexf = tmp_path / "orgs.gexf"
    assert kg("network", "organisations", "-o", gexf, "--build-dir", built.build).exit_code == 0
    import networkx as nx
    assert nx.read_gexf(gexf).number_of_nodes() == 23


def test_network_kumu_sheets(built, tmp_path):
    result = kg("network", "met", "--format", "kumu", "-o", tmp_path / "kumu", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kumu" / "elements.csv").read_text(encoding="utf-8").startswith("Label,")


def test_ego_network_and_path(built):
    result = kg("network", "met", "--ego", "Ko", "--hops", "1", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert "met network: 4 nodes" in result.output      # Ko, the delegation and its members
    result = kg("path", "Ko", "LionVolt", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert "Ko (vice-governor for economy) → Martijn van Gruijthuijsen: Lunch with" in result.output


HEAVY = ("rdflib", "networkx", "pyvis", "matplotlib", "pyshacl", "click")


def _imported_by(*args) -> set[str]:
    """The heavy libraries a kg command imports, run as its own process (issue #14: each one
    costs a tenth of a second or more of every command that loads it)."""
    import subprocess
    import sys
    script = ("import sys\nfrom kg.cli import app\nsys.argv = ['kg', *sys.argv[1:]]\n"
              "try:\n    app()\nexcept SystemExit:\n    pass\n"
              f"print('IMPORTED', *[m for m in {HEAVY!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True,
                          text=True, timeout=120)
    line = [x for x in done.stdout.splitlines() if x.startswith("IMPORTED")][-1]
    return set(line.split()[1:])


def test_help_find_path_and_a_querys_table_import_no_heavy_library(built):
    assert _imported_by("--help") == set()
    assert _imported_by("find", "Ko", "--build-dir", built.build) == set()
    assert _imported_by("path", "Ko", "LionVolt", "--build-dir", built.build) == set()
    # the table is drawn from the store's own terms; an export reads rdflib's
    assert _imported_by("query", "who-met", "-p", "actor=Ko", "--build-dir", built.build) \
        == set()
    assert _imported_by("query", "who-met", "-p", "actor=Ko", "--format", "csv",
                        "--build-dir", built.build) == {"rdflib"}


def test_path_by_office_says_whom_it_took(built):
    result = kg("path", "governor", "Ko", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert "governor -> Kim Dong-yeon (holds Governor of Gyeonggi)" in result.stderr
    assert result.stdout.startswith("Path 1")


def test_network_errors_are_usage_errors(built):
    assert kg("network", "friends", "--build-dir", built.build).exit_code == EXIT_USAGE
    result = kg("network", "met", "--ego", "Posco", "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "nothing called 'Posco' is in this network" in result.output
    assert kg("network", "met", "--since", "March", "--build-dir", built.build).exit_code == EXIT_USAGE


def test_analyse_writes_the_stakeholder_report(built, tmp_path):
    result = kg("analyse", "-o", tmp_path, "--a", "Martijn van Gruijthuijsen", "--b", "Kim Dong-yeon",
                "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    for heading in ("Most central actors", "Brokers between", "Communities",
                    "Organisations appearing in several events", "Shared connections",
                    "Themes by activity", "Open follow-ups"):
        assert f"## {heading}" in md, heading
    # the deputy and the governor both met BOM, LionVolt, TNO APAC, the ambassador, the delegation
    shared = md.split("## Shared connections")[1].split("##")[0]
    for name in ("Brabantse Ontwikkelingsmaatschappij (BOM)", "LionVolt", "TNO APAC"):
        assert name in shared
    assert "| Province of Noord-Brabant | 15 |" in md
    assert "| energy | 6 |" in md
    assert "Working out the Brabant – Gyeonggi working group" in md
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in html and 'src="http' not in html


def betweenness_of(md: str, actor: str) -> str:
    """An actor's score in the report's betweenness table."""
    table = md.split("Betweenness shows who connects")[1].split("\n\n")[1]
    row = next(line for line in table.splitlines() if f"| {actor} |" in line)
    return row.rstrip(" |").rsplit("| ", 1)[1]


def test_analyse_by_default_relates_the_regions_the_data_relates_most(built, tmp_path):
    result = kg("analyse", "-o", tmp_path, "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    brokers = md.split("## Brokers between Gyeonggi and Noord-Brabant")[1].split("##")[0]
    assert "A broker here is an actor on the shortest connections" in brokers
    # Kim Dong-yeon and Ko against Brabant's side: the delegation, its members (who met both
    # through it) and BOM, which acts for Brabant and met Kim but not Ko; the delegation and its
    # members link BOM to Ko, each with its score over all pairs as in the betweenness table
    score = betweenness_of(md, "Martijn van Gruijthuijsen")
    assert ("| 2 | Martijn van Gruijthuijsen | 0.042 | Noord-Brabant; betweenness over all pairs "
            f"{score} |") in brokers
    assert "| 1 | Delegation of Noord-Brabant to South Korea, March 2025 | 0.042 |" in brokers
    shared = md.split("## Shared connections of two actors")[1].split("##")[0]
    assert shared.lstrip().startswith("Kim Dong-yeon and Martijn van Gruijthuijsen both know")


def test_analyse_between_two_chosen_regions(built, tmp_path):
    result = kg("analyse", "-o", tmp_path, "--between", "South Korea", "Netherlands",
                "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    brokers = md.split("## Brokers between South Korea and Netherlands")[1].split("##")[0]
    # the ambassadors act for the Netherlands, so they are on its side though in Korea; the deputy
    # ambassador met only the delegation and its members, who link him (and the rest of the
    # Dutch side they met) to Kim Dong-yeon and Ko; a broker's score over all pairs is that of the
    # betweenness table
    score = betweenness_of(md, "Delegation of Noord-Brabant to South Korea, March 2025")
    assert ("| 1 | Delegation of Noord-Brabant to South Korea, March 2025 | 0.120 | Netherlands; "
            f"betweenness over all pairs {score} |") in brokers
    result = kg("analyse", "-o", tmp_path, "--between", "Nowhere", "Brabant",
                "--build-dir", built.build)
    assert result.exit_code == EXIT_USAGE
    assert "no place is called 'Nowhere'" in result.output


# ---------------------------------------------------------------- kg add

def test_add_a_sheet_then_remove_it(project_copy):
    from pathlib import Path
    sheet = Path(__file__).parent / "fixtures" / "sheets" / "small-region.yaml"
    result = kg("add", sheet, "--root", project_copy.root)
    assert result.exit_code == 0, result.output
    assert "Report ut-2025-06-bw: wrote" in result.output
    assert (project_copy.data_dir / "ut-2025-06-bw.ttl").exists()
    result = kg("add", "--remove", "ut-2025-06-bw", "--root", project_copy.root)
    assert result.exit_code == 0, result.output
    assert not (project_copy.data_dir / "ut-2025-06-bw.ttl").exists()


def test_a_bad_sheet_names_file_line_and_field(project_copy, tmp_path):
    from pathlib import Path
    text = (Path(__file__).parent / "fixtures" / "sheets" / "small-region.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("role: host", "role: hots", 1), encoding="utf-8")
    result = kg("add", bad, "--root", project_copy.root)
    assert result.exit_code == 1
    assert "bad.yaml:" in result.output and ".role: 'hots' is not a participation role" in result.output
    assert not (project_copy.data_dir / "ut-2025-06-bw.ttl").exists()


def test_extract_writes_a_draft_sheet(tmp_path):
    from kg.config import project_root
    draft = tmp_path / "draft.yaml"
    result = kg("extract", project_root() / "data" / "sources" / "nb-2025-03-kr.raw.txt", "-o", draft)
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    assert text.startswith("# DRAFT report sheet")
    assert "kim-dong-yeon" in text and "8330.00" in text


def test_a_long_table_stops_and_says_how_to_page(built, monkeypatch):
    """A table is for reading: without --limit it stops (at 1,000 rows; 5 here) and says how to
    see the rest; csv gives every row, --limit and --offset page."""
    from kg import cli
    monkeypatch.setattr(cli, "TABLE_ROWS", 5)
    everything = kg("query", "people", "--format", "csv", "--build-dir", built.build)
    rows = everything.output.strip().splitlines()[1:]
    assert len(rows) > 5
    table = kg("query", "people", "--build-dir", built.build)
    assert table.exit_code == 0, table.output
    assert "The first 5 rows from row 1; there are more: page with --offset 5" in table.output
    last_page = kg("query", "people", "--offset", len(rows) - 2, "--build-dir", built.build)
    assert "2 row(s)" in last_page.output
    assert "7 row(s)" in kg("query", "people", "--limit", 7, "--build-dir", built.build).output


def test_a_network_too_large_to_draw_is_drawn_as_its_best_connected_nodes(built, tmp_path,
                                                                        monkeypatch):
    """Over the limits of a page or picture, kg network draws what kg analyse draws: the best
    connected nodes and the lines among them, and says so in one line (and on the page)."""
    from kg import analyse, picture
    monkeypatch.setattr(picture, "MAX_HTML_EDGES", 24)      # the seed's met network has 33
    monkeypatch.setattr(analyse, "MAX_PICTURE_NODES", 4)
    page = tmp_path / "met.html"
    result = kg("network", "met", "-o", page, "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    # the gedeputeerde and the ambassador met 8 others, BOM and LionVolt 7 (first by IRI of the
    # six with 7); all four met at the governor's
    said = ("Too many to draw whole: the picture shows the 4 best connected of 11 nodes (most "
            "direct connections) and the 6 of 33 connections among them. Use --ego or filters "
            "for detail.")
    assert f"Wrote {page} (4 nodes, 6 edges)" in result.output
    assert [line for line in result.output.splitlines() if "draw whole" in line] == [said]
    html = page.read_text(encoding="utf-8")
    import re
    drawn = {"person/martijn-van-gruijthuijsen", "org/lionvolt",
             "person/nl-ambassador-south-korea", "org/bom"}
    assert said in html
    assert set(re.findall(r'"id":"https://w3id.org/rikg/id/([^"]+)"', html)) == drawn
    # a static picture has its own limit; within the limits nothing is cut
    monkeypatch.setattr(picture, "MAX_STATIC_NODES", 9)
    result = kg("network", "met", "-o", tmp_path / "met.png", "--build-dir", built.build)
    assert result.exit_code == 0, result.output
    assert "(4 nodes, 6 edges)" in result.output and "the 4 best connected of 11" in result.output
    result = kg("network", "met", "--ego", "Ko", "-o", tmp_path / "ko.html", "--build-dir",
                built.build)
    assert result.exit_code == 0, result.output
    assert "(4 nodes, 3 edges)" in result.output and "draw whole" not in result.output


def test_help_names_values_without_type_placeholders():
    """`--root ROOT`, `kg query NAME [TARGET]`; no `<bool>` beside a flag, no `{name}`."""
    import typer.main
    for name in typer.main.get_command(app).commands:
        text = kg(name, "--help").output
        assert not re.search(r"<(bool|str|path|int|list\[str\])>|\{\w+\}", text), (name, text)
    assert "Usage: kg query [OPTIONS] NAME [TARGET]" in kg("query", "--help").output
