"""README's examples run, and print what README shows."""
import re
import shlex

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.config import project_root

README = (project_root() / "README.md").read_text(encoding="utf-8")


def examples() -> list[tuple[str, list[str]]]:
    """(command, shown output lines) for every `$ kg ...` in a ```console block."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("$ kg "):
                output = []
                for rest in lines[i + 1:]:
                    if rest.startswith("$ "):
                        break
                    output.append(rest.rstrip())
                found.append((line[2:], output))
    return found


def test_readme_has_examples():
    assert len(examples()) >= 4


@pytest.mark.parametrize("command, shown", examples(), ids=[c for c, _ in examples()])
def test_readme_example_prints_what_readme_shows(command, shown, built_all):
    args = shlex.split(command)[1:] + ["--build-dir", str(built_all.build)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    printed = [line.rstrip() for line in result.output.splitlines()]
    while shown and not shown[-1]:
        shown = shown[:-1]
    assert printed == shown


def test_make_targets_named_in_readme_exist():
    makefile = (project_root() / "Makefile").read_text()
    for target in ("run", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, flags=re.M)
    ci = (project_root() / ".ci" / "run").read_text()
    assert "make test" in ci


def test_every_command_is_in_the_readme():
    from kg.cli import app
    import typer.main
    commands = typer.main.get_command(app).commands
    assert len(commands) >= 10
    for name in commands:
        assert f"kg {name}" in README, f"README does not show `kg {name}`"
