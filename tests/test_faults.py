"""One exit-code contract for every command (kg.errors.EXIT_CODES, README "Exit codes", `kg
--help`), per failure kind, and never a traceback: what is not a KGError becomes one line
(kg.faults), a bug's trace goes to a file that line names."""
from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.config import project_root
from kg.errors import (EXIT_CODES, EXIT_ENVIRONMENT, EXIT_INPUT, EXIT_INTERNAL, EXIT_INVALID,
                       EXIT_OK, EXIT_USAGE)

ROOT = project_root()
SEED_TEXT = ROOT / "data" / "sources" / "nb-2025-03-kr.txt"
runner = CliRunner()


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def assert_one_clean_line(result, code: int, *words: str) -> None:
    """The exit code of the contract, the words in the message, and no traceback."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and "site-packages" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    for w in words:
        assert w in result.output, result.output


# ---------------------------------------------------------------- the contract, told three ways

def test_readme_states_the_exit_code_contract():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| (\d+) \| (.+) \|$", section, re.M))
    assert {int(k): v for k, v in rows.items()} == EXIT_CODES


def test_kg_help_states_the_exit_code_contract():
    result = kg("--help")
    text = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())
    for code, meaning in EXIT_CODES.items():
        assert " ".join(f"{code} {meaning}".split()) in text, (code, text)


# ---------------------------------------------------------------- 0: every command, ok

def test_every_reading_command_exits_0_on_the_built_seed(built, tmp_path):
    b = ("--build-dir", built.build)
    assert_one_clean_line(kg("query", "costs", *b), EXIT_OK)
    assert_one_clean_line(kg("find", "lionvolt", *b), EXIT_OK)
    assert_one_clean_line(kg("path", "Ko", "LionVolt", *b), EXIT_OK)
    assert_one_clean_line(kg("network", "met", "-o", tmp_path / "met.gexf", *b), EXIT_OK)
    assert_one_clean_line(kg("analyse", "-o", tmp_path / "analysis", *b), EXIT_OK)
    assert_one_clean_line(kg("extract", SEED_TEXT, "-o", tmp_path / "draft.yaml"), EXIT_OK)


def test_outputs_kg_wrote_are_replaced_without_force(built, tmp_path):
    b = ("--build-dir", built.build)
    for _ in range(2):
        assert_one_clean_line(kg("network", "met", "-o", tmp_path / "met.gexf", *b), EXIT_OK)
        assert_one_clean_line(kg("analyse", "-o", tmp_path / "analysis", *b), EXIT_OK)


# ---------------------------------------------------------------- 1: data that does not conform

def test_removing_a_report_others_cite_exits_1_naming_who_cites_it(project_copy):
    result = kg("add", "--remove", "nb-2025-03-kr", "--root", project_copy.root)
    assert_one_clean_line(result, EXIT_INVALID, "cannot be removed",
                          "registry.ttl: rper:kim-dong-yeon cites rexc:nb-2025-03-kr-10")
    assert "oa:hasSelector" not in result.output
    assert (project_copy.data_dir / "nb-2025-03-kr.ttl").exists()


# ---------------------------------------------------------------- 2: usage and bad parameters

@pytest.mark.parametrize("args, words", [
    (["query", "who-met", "-p", "actor=https://x> } UNION { ?s ?p ?o } #"], ["not a valid IRI"]),
    (["query", "costs", "--limit", "99999999999999999999"], ["--limit"]),
    (["query", "no-such-query"], ["no-such-query"]),
    (["network", "no-such-kind"], ["unknown network kind"]),
    (["find", "nobody-has-this-name"], ["nothing is called"]),
    (["serve", "--port", "99999"], ["--port"]),
    (["query", "costs", "--endpoint", "notaurl"], ["not a SPARQL server's address"]),
])
def test_bad_parameters_exit_2(built, args, words):
    assert_one_clean_line(kg(*args, "--build-dir", built.build), EXIT_USAGE, *words)


def test_a_path_for_a_report_id_exits_2_saying_what_an_id_is(project_copy):
    result = kg("add", "--remove", "../../README", "--root", project_copy.root)
    assert_one_clean_line(result, EXIT_USAGE, "is not a report id")
    assert "curated by hand" not in result.output


def test_extract_refuses_to_replace_a_curated_sheet(project_copy):
    curated = project_copy.root / "data" / "sheets" / "nb-2025-03-kr.yaml"
    before = curated.read_bytes()
    result = kg("extract", SEED_TEXT, "-o", curated, "--root", project_copy.root)
    assert_one_clean_line(result, EXIT_USAGE, "--force")
    assert curated.read_bytes() == before


def test_outputs_a_person_made_need_force(built, tmp_path):
    mine = tmp_path / "met.html"
    mine.write_text("my own page", encoding="utf-8")
    assert_one_clean_line(kg("network", "met", "-o", mine, "--build-dir", built.build),
                          EXIT_USAGE, "--force")
    (tmp_path / "analysis").mkdir()
    (tmp_path / "analysis" / "report.md").write_text("my notes", encoding="utf-8")
    assert_one_clean_line(kg("analyse", "-o", tmp_path / "analysis", "--build-dir", built.build),
                          EXIT_USAGE, "--force")
    assert (tmp_path / "analysis" / "report.md").read_text(encoding="utf-8") == "my notes"
    picture = tmp_path / "timeline.png"
    picture.write_text("my own picture", encoding="utf-8")
    assert_one_clean_line(kg("timeline", "--between", "Noord-Brabant", "Gyeonggi", "-o", picture,
                             "--build-dir", built.build), EXIT_USAGE, "--force")
    assert picture.read_text(encoding="utf-8") == "my own picture"
    assert_one_clean_line(kg("network", "met", "-o", mine, "--force", "--build-dir", built.build),
                          EXIT_OK)


def test_an_output_that_is_a_folder_exits_2(tmp_path):
    assert_one_clean_line(kg("extract", SEED_TEXT, "-o", tmp_path), EXIT_USAGE, "is a folder")


# ---------------------------------------------------------------- 3: input that cannot be read

def test_a_fake_pdf_exits_3(tmp_path):
    fake = tmp_path / "report.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    assert_one_clean_line(kg("extract", fake), EXIT_INPUT, "report.pdf: not a readable PDF")


def test_a_latin1_sheet_exits_3_asking_for_utf8(project_copy, tmp_path):
    sheet = tmp_path / "latin.yaml"
    sheet.write_bytes("report: caf\u00e9\n".encode("latin-1"))
    assert_one_clean_line(kg("add", sheet, "--check", "--root", project_copy.root), EXIT_INPUT,
                          "latin.yaml:1: not UTF-8", "save the file as UTF-8")


def test_a_yaml_indentation_error_exits_3_with_line_column_and_indentation(project_copy,
                                                                           tmp_path):
    sheet = tmp_path / "indent.yaml"
    sheet.write_text("report: x\nsource:\n  file: a.txt\n   text: b\n", encoding="utf-8")
    assert_one_clean_line(kg("add", sheet, "--check", "--root", project_copy.root), EXIT_INPUT,
                          "indent.yaml:4:8: YAML syntax error",
                          "line 4 is indented 3 space(s), line 3 above it 2")


def test_an_unreadable_turtle_file_is_named_by_add_check_and_build(project_copy):
    (project_copy.data_dir / "broken.ttl").mkdir()      # unreadable as a file, even by root
    sheet = project_copy.root / "data" / "sheets" / "press-kr-2024-2025.yaml"
    assert_one_clean_line(kg("add", sheet, "--check", "--root", project_copy.root), EXIT_INPUT,
                          "broken.ttl: cannot read")
    assert_one_clean_line(kg("build", "--root", project_copy.root), EXIT_INPUT,
                          "broken.ttl: cannot read")


def test_an_ill_typed_literal_exits_3_with_file_and_line_and_no_library_trace(project_copy):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8").rstrip("\n") + "\n"
    report.write_text(text + "rdoc:nb-2025-03-kr schema:datePublished \"31-02-2025\"^^xsd:date .\n",
                      encoding="utf-8")
    line = text.count("\n") + 1
    result = kg("validate", "--root", project_copy.root)
    assert_one_clean_line(result, EXIT_INPUT, f"nb-2025-03-kr.ttl:{line}: ill-typed literal "
                          '"31-02-2025" is not a valid xsd:date')
    assert "Failed to convert" not in result.output


# ---------------------------------------------------------------- 4: the environment

def _damage_store(build_dir: Path) -> None:
    sst = sorted((build_dir / "current" / "store").glob("*.sst"))[0]
    sst.write_bytes(sst.read_bytes()[:100])


def test_a_damaged_store_exits_4_naming_the_repair_and_kg_build_repairs_it(project_copy,
                                                                          tmp_path):
    b = ("--root", project_copy.root)
    assert kg("build", *b).exit_code == EXIT_OK
    _damage_store(project_copy.build)
    assert_one_clean_line(kg("query", "costs", *b), EXIT_ENVIRONMENT,
                          "the store is damaged", "`kg build` rebuilds it")
    repaired = kg("build", *b)
    assert_one_clean_line(repaired, EXIT_OK, "The last build was damaged", "rebuilt everything")
    assert_one_clean_line(kg("query", "costs", *b), EXIT_OK, "total")


def test_a_build_folder_that_cannot_be_made_exits_4(project_copy, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = kg("build", "--root", project_copy.root, "--build-dir", blocker / "build")
    assert_one_clean_line(result, EXIT_ENVIRONMENT, "a-file")


def test_a_full_disk_exits_4_saying_so(project_copy, monkeypatch):
    def full(target, text):
        raise OSError(errno.ENOSPC, "No space left on device", str(target))
    monkeypatch.setattr("kg.build.atomic_write_text", full)
    result = kg("build", "--root", project_copy.root)
    assert_one_clean_line(result, EXIT_ENVIRONMENT, "the disk is full", "summary.json")


def test_a_taken_port_exits_4(built):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = kg("serve", "--port", port, "--build-dir", built.build)
    assert_one_clean_line(result, EXIT_ENVIRONMENT, f"cannot listen on 127.0.0.1:{port}")


# ---------------------------------------------------------------- 5: a bug

def test_an_unexpected_error_is_one_line_and_its_trace_is_in_a_file(built, monkeypatch,
                                                                    tmp_path):
    build_dir = tmp_path / "build"
    shutil.copytree(built.build, build_dir, symlinks=True)

    def broken(*args, **kwargs):
        raise ValueError("a bug in the table")
    monkeypatch.setattr("kg.render.to_table", broken)
    result = kg("query", "costs", "--build-dir", build_dir)
    assert_one_clean_line(result, EXIT_INTERNAL, "unexpected ValueError: a bug in the table",
                          str(build_dir / "last-error.txt"))
    assert len(result.output.strip().splitlines()) == 1
    trace = (build_dir / "last-error.txt").read_text(encoding="utf-8")
    assert "Traceback" in trace and "a bug in the table" in trace


# ---------------------------------------------------------------- every command, one table

def _free_port() -> int:
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("args", [["query", "costs"], ["find", "lionvolt"], ["path", "Ko", "LionVolt"],
                                  ["network", "met"], ["analyse"], ["serve", "--port", "FREE"]])
def test_every_reading_command_before_a_build_exits_3(args, tmp_path):
    args = [str(_free_port()) if a == "FREE" else a for a in args]
    result = kg(*args, "--build-dir", tmp_path / "no-build")
    assert_one_clean_line(result, EXIT_INPUT, "run `kg build` first")


def test_build_and_validate_of_data_that_does_not_conform_exit_1(project_copy):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace('schema:currency "EUR"', 'schema:currency "euro"', 1),
                      encoding="utf-8")
    for command in ("build", "validate"):
        assert_one_clean_line(kg(command, "--root", project_copy.root), EXIT_INVALID,
                              "does not conform")


def test_path_between_unknown_actors_exits_2(built):
    assert_one_clean_line(kg("path", "Ko", "Nobody at all", "--build-dir", built.build),
                          EXIT_USAGE, "nothing called 'Nobody at all'")


@pytest.mark.parametrize("lang, interrupted, full", [
    ("en", "interrupted; the next kg command", "error: the disk is full: cannot write x.ttl"),
    ("nl", "onderbroken; het volgende kg-commando", "fout: de schijf is vol: x.ttl kan niet")])
def test_an_interrupt_and_a_full_disk_are_told_in_the_language_asked_for(lang, interrupted, full):
    from kg import i18n
    from kg.faults import fault_exit
    before = i18n.current()
    i18n.use(lang)
    try:
        line, code = fault_exit(KeyboardInterrupt(), None)
        assert line.startswith(interrupted) and code == 130
        line, code = fault_exit(OSError(errno.ENOSPC, "No space left on device", "x.ttl"), None)
        assert line.startswith(full) and code == EXIT_ENVIRONMENT
    finally:
        i18n.use(before)
