"""benchmarks/per_actor.py times a first page as `kg query NAME` shows it (issue #14): the
table it prints is the one the command prints."""
from __future__ import annotations

import importlib.util
import io
import sys

from typer.testing import CliRunner

from kg.cli import TABLE_ROWS, app
from kg.config import project_root
from kg.query import named

BENCHMARKS = project_root() / "benchmarks"


def per_actor():
    sys.path.insert(0, str(BENCHMARKS))     # per_actor imports run, as when it runs as a script
    try:
        spec = importlib.util.spec_from_file_location("per_actor", BENCHMARKS / "per_actor.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_table_way_prints_the_table_kg_query_prints(built, store):
    show = per_actor().table_shower(built, store, None)
    shown = io.StringIO()
    show(named(built, "who-met"), {"actor": "Kim Dong-yeon"}, TABLE_ROWS + 1, shown)
    result = CliRunner().invoke(app, ["query", "who-met", "-p", "actor=Kim Dong-yeon",
                                      "--root", str(built.root),
                                      "--build-dir", str(built.build_dir)])
    assert result.exit_code == 0, result.output
    assert "Kim Dong-yeon" in shown.getvalue()
    assert result.stdout.startswith(shown.getvalue())
