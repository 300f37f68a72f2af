"""The values of kg's command-line options read without pydantic. typer 0.29 coerces every
option that is not a flag through a pydantic TypeAdapter, built on the first option parsed:
importing pydantic and building the adapters cost about 0.1 s of CPU per command (issue #14,
"within 0.5 s ... process start to exit"). kg's options are plain words, numbers and paths;
for those this module gives typer a coercion of its own (`plain_coercion`), with the messages
pydantic gives for a wrong value (tests/test_cli_params.py compares the two). Any other kind of
option keeps typer's own coercion."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam, TypeDescriptor
from typer._param_types import coerce_cli_path

# pydantic's lax integer from a string: ASCII digits, optional sign, `_` between digits, and a
# fraction of zeros ("5.0"); surrounding blanks are ignored
_INTEGER = re.compile(r"[+-]?[0-9](?:_?[0-9])*(?:\.0*)?")

NOT_AN_INTEGER = "Input should be a valid integer, unable to parse string as an integer"
NOT_A_NUMBER = "Input should be a valid number, unable to parse string as a number"
NOT_A_BOOLEAN = "Input should be a valid boolean, unable to interpret input"
_TRUE, _FALSE = {"1", "true", "t", "yes", "y", "on"}, {"", "0", "false", "f", "no", "n", "off"}


def _integer(text: str) -> int:
    text = text.strip()
    if not _INTEGER.fullmatch(text):
        raise ValueError(NOT_AN_INTEGER)
    return int(text.partition(".")[0])


def _number(text: str) -> float:
    text = text.strip()
    try:
        if not text.isascii():      # float() reads other scripts' digits; pydantic does not
            raise ValueError
        return float(text)
    except ValueError:
        raise ValueError(NOT_A_NUMBER) from None


def _yes_or_no(value: Any) -> bool:
    word = (value.strip() if isinstance(value, str) else value)
    word = word.lower() if isinstance(word, str) else {True: "1", False: "0"}.get(word, word)
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise ValueError(NOT_A_BOOLEAN)


def _word(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class PlainCoercion(RuntimeParam):
    """A word, a flag, a whole number or decimal within the option's bounds, a path, or a list
    or tuple of words: as typer's pydantic coercion reads them, refused with the same message."""

    def _coerce_value(self, value: Any, param, ctx) -> Any:
        try:
            return self._read(value)
        except ValueError as exc:
            raise BadParameter(str(exc), ctx=ctx, param=param) from None

    def _read(self, value: Any) -> Any:
        kind = self.annotation
        if get_origin(kind) in (list, tuple):
            items = value if isinstance(value, (list, tuple)) else [value]
            return get_origin(kind)(_word(item) for item in items)
        if kind is str:
            return _word(value)
        if kind is bool:
            return _yes_or_no(value)
        if kind is Path:
            return coerce_cli_path(value if isinstance(value, Path) else Path(value),
                                   self.parameter_info, path_type=Path)
        number = value if isinstance(value, kind) else (
            _integer if kind is int else _number)(_word(value))
        low, high = self.parameter_info.min, self.parameter_info.max
        if low is not None and number < low:
            raise ValueError(f"Input should be greater than or equal to {low}")
        if high is not None and number > high:
            raise ValueError(f"Input should be less than or equal to {high}")
        return number


def plain_coercion(descriptor: TypeDescriptor) -> PlainCoercion | None:
    """The coercion of an option of this kind without pydantic, or None where typer's own is
    needed (a parser, a clamped number, a file, a choice, a path with typer's own path type)."""
    info, kind = descriptor.parameter_info, descriptor.annotation
    if info.parser is not None or descriptor.file_annotation is not None or descriptor.is_choice:
        return None
    if get_origin(kind) in (list, tuple):
        plain = all(arg is str for arg in get_args(kind))     # (not `tuple[str, ...]`)
    elif kind in (int, float):
        plain = not info.clamp
    else:
        plain = kind in (str, bool) or (kind is Path and info.path_type is None)
    return PlainCoercion(parameter_info=info, annotation=kind) if plain else None


def use_plain_coercion(params) -> None:
    """Give each of typer's parameters that kg's coercion reads that coercion (typer builds its
    own, with pydantic, only for a parameter that has none when its value is read)."""
    for param in params:
        if getattr(param, "_runtime_param", False) is None:
            param._runtime_param = plain_coercion(param.type_descriptor)
