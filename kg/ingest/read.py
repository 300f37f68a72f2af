"""Reading a sheet: YAML with the line of every field (`load_sheet_yaml`), and `_Obj`, one block
of the sheet with its path, whose accessors report a malformed field as a problem of the sheet."""
from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from ..i18n import _
from ..load import read_text
from ..yaml_errors import yaml_error_message
from .problems import SheetSyntaxError

Path_ = tuple  # a path into the sheet: keys (str) and list indices (int)


def field_name(path: Path_) -> str:
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step + 1}]"
        else:
            out += ("." if out else "") + step
    return out


def load_sheet_yaml(path: Path) -> tuple[dict, dict[Path_, int], list[tuple[Path_, str]]]:
    """Parse YAML keeping every scalar as the text written (no implicit dates, floats or
    booleans), and a map from data path to line. Returns (data, lines, duplicate-key problems)."""
    text = read_text(path)
    try:
        documents = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        raise SheetSyntaxError(yaml_error_message(path.name, text, exc)) from exc
    except yaml.YAMLError as exc:
        raise SheetSyntaxError(_("{where}: YAML syntax error: {reason}").format(
            where=path.name, reason=exc)) from exc
    if len(documents) != 1 or not isinstance(documents[0], yaml.MappingNode):
        raise SheetSyntaxError(_("{where}: a report sheet is one YAML mapping (`report: ...`, "
                                 "`source: ...`, ...)").format(where=f"{path.name}:1"))
    lines: dict[Path_, int] = {(): documents[0].start_mark.line + 1}
    duplicates: list[tuple[Path_, str]] = []

    def convert(node, where: Path_):
        if isinstance(node, yaml.MappingNode):
            out = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    duplicates.append((where, "a field name must be plain text"))
                    continue
                key = key_node.value
                lines[where + (key,)] = (value_node.start_mark.line + 1
                                         if not _empty(value_node) else key_node.start_mark.line + 1)
                if key in out:
                    duplicates.append((where + (key,), f"the field {key!r} is given twice"))
                out[key] = convert(value_node, where + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                lines[where + (i,)] = item.start_mark.line + 1
                items.append(convert(item, where + (i,)))
            return items
        if node.tag == "tag:yaml.org,2002:null":
            return None
        return node.value

    data = convert(documents[0], ())
    return data, lines, duplicates


def _empty(node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"

class _Obj:
    """A mapping of the sheet with its path, for reading fields and reporting problems."""

    def __init__(self, sheet: "_Sheet", data: dict, path: Path_):
        self.sheet, self.data, self.path = sheet, data, path

    def at(self, *steps) -> Path_:
        return self.path + steps

    def has(self, key: str) -> bool:
        return self.data.get(key) not in (None, "", [], {})

    def allow(self, *keys: str) -> None:
        keys = keys + ("confirm",)          # `confirm: true` accepts an uncertain name match
        for key in self.data:
            if key not in keys:
                close = difflib.get_close_matches(key, keys, n=1)
                hint = _("; did you mean {name}?").format(name=repr(close[0])) if close else ""
                self.sheet.problem(self.at(key), _(
                    "unknown field {field}{hint} (known here: {known})").format(
                    field=repr(key), hint=hint, known=", ".join(keys)))

    def value(self, key: str):
        """A field's value. `field: {value: ..., quote: ...}` gives the field a sentence of its
        own (kg.ingest.statements cites it for the fact the field states)."""
        return self.unwrap(self.data.get(key), self.at(key))

    def unwrap(self, value, where: Path_):
        """The value of a `{value: ..., quote: ...}` block (checking its fields), else `value`."""
        if isinstance(value, dict) and "value" in value:
            for extra in value:
                if extra not in ("value", "quote", "quotes"):
                    self.sheet.problem(where + (extra,), _(
                        "unknown field {field} (a value given as a block has `value:` and "
                        "`quote:` or `quotes:`)").format(field=repr(extra)))
            return value["value"]
        return value

    def text(self, key: str, required: bool = False, what: str = "") -> str | None:
        value = self.value(key)
        if value is None or value == "":
            if required:
                self.sheet.problem(self.path, _("`{field}:` is missing{what}").format(
                    field=key, what=what))
            return None
        if not isinstance(value, str):
            self.sheet.problem(self.at(key), _("must be a single value, not a list or a block"))
            return None
        return value.strip()

    def texts(self, key: str) -> list[tuple[str, Path_]]:
        """A single value or a list of single values, each with its path."""
        value = self.value(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [(value.strip(), self.at(key))]
        if isinstance(value, list):
            out = []
            for i, v in enumerate(value):
                v = self.unwrap(v, self.at(key, i))           # an item with its own sentence
                if isinstance(v, str):
                    out.append((v.strip(), self.at(key, i)))
                elif v is not None:
                    self.sheet.problem(self.at(key, i), _("must be a single value"))
            return out
        self.sheet.problem(self.at(key), _("must be a value or a list of values"))
        return []

    def objs(self, key: str) -> list["_Obj"]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, dict):
            return [_Obj(self.sheet, value, self.at(key))]
        if isinstance(value, list):
            out = []
            for i, v in enumerate(value):
                if isinstance(v, dict):
                    out.append(_Obj(self.sheet, v, self.at(key, i)))
                else:
                    self.sheet.problem(self.at(key, i), _("must be a block of fields (`id: ...`, "
                                         "`name: ...`), not a single value"))
            return out
        self.sheet.problem(self.at(key), _("must be a list of blocks"))
        return []

    def flag(self, key: str) -> bool:
        value = self.text(key)
        if value is None:
            return False
        if value.lower() in ("true", "yes"):
            return True
        if value.lower() in ("false", "no"):
            return False
        self.sheet.problem(self.at(key), _("{value} must be true or false").format(
            value=repr(value)))
        return False