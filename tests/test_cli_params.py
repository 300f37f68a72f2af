"""kg.cli_params: the command line's values read without pydantic, as typer's pydantic coercion
reads them."""
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer._coercion import build_runtime_param
from typer._click.exceptions import BadParameter

from kg.cli import app
from kg.cli_params import PlainCoercion, plain_coercion

# every value kind kg's options have, and values a user may type for it (good and wrong)
VALUES = {
    "int": ["5", " 5 ", "+5", "0", "-1", "1_000", "5.0", "5.5", "abc", "", "1e3", "0x10", "١٢",
            "1000000000000", "1000000000001", 7],
    "float": ["10", "2.5", " 1e3 ", "-0.5", "abc", "", "inf", "nan", "1_0.5", "١٢", 3.0],
    "str": ["who-met", "", "actor=Kim Dong-yeon", "ü"],
    "bool": ["true", "Yes", " on ", "0", "off", "", "maybe", "2", True, False, 0, 1],
    "Path": ["build", "", " x ", "a/b", Path("build/analysis")],
    "list[str]": [("a=b",), ("a=b", "c=d"), ()],
    "tuple[str, str]": [("Gyeonggi", "Noord-Brabant")],
}


def kg_parameters():
    """Each parameter of each kg command (and of `kg` itself), as typer builds it."""
    group = typer.main.get_command(app)
    for command in [group, *group.commands.values()]:
        for param in command.params:
            yield f"{command.name} {param.name}", param


def kind(param) -> str:
    annotation = param.type_descriptor.annotation
    return getattr(annotation, "__name__", None) if isinstance(annotation, type) \
        else str(annotation)


def outcome(coercion, value, param):
    try:
        return "value", repr(coercion.coerce(value, param=param, ctx=None))  # (nan == nan)
    except BadParameter as exc:
        return "refused", exc.message


@pytest.mark.parametrize("name, param", list(kg_parameters()))
def test_each_kg_parameter_reads_a_value_as_typers_pydantic_coercion_does(name, param):
    plain = plain_coercion(param.type_descriptor)
    assert isinstance(plain, PlainCoercion), f"{name} would need pydantic"
    typers = build_runtime_param(param.type_descriptor)
    for value in VALUES[kind(param)]:
        assert outcome(plain, value, param) == outcome(typers, value, param), (name, value)


def test_a_bound_is_named_when_a_number_is_out_of_it():
    limit = dict(kg_parameters())["query limit"]
    assert outcome(plain_coercion(limit.type_descriptor), "-1", limit) == (
        "refused", "Input should be greater than or equal to 0")


def test_a_command_line_is_read_without_importing_pydantic():
    # `kg query show` needs no build; the options parsed are a list, two numbers and a path
    program = ("import sys\n"
               "from kg.cli import app\n"
               "try:\n"
               "    app(['query', 'show', 'who-met', '-p', 'a=b', '--limit', '5', '--offset', '0',\n"
               "         '--root', '.'])\n"
               "except SystemExit as done:\n"
               "    print('exit', done.code, 'pydantic' in sys.modules, file=sys.stderr)\n")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", program], cwd=root, capture_output=True,
                          text=True, timeout=60)
    assert "who-met" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "exit 0 False"
