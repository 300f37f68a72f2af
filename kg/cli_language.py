"""The language of typer's own lines about a wrong command line ("Usage:", "Error", "No such
option", "Missing argument"). Typer carries its own copy of click, which writes these in
English without gettext; so kg reads the language from the arguments before typer parses them,
and gives each of typer's messages its Dutch from kg's catalogue: by the error's class and
attributes where they say it all, else by the known shape of typer's English sentence. What a
library says about a value ("Input should be a valid integer") stays as it is, quoted."""
from __future__ import annotations

import os
import re

from typer._click import exceptions as typer_errors   # (typer's click: not the `click` package)

from . import i18n
from .i18n import _

#: commands whose own --lang is not the interface language (`kg extract --lang`: the report's)
TEXT_LANGUAGE_COMMANDS = ("extract",)

# typer's English sentences (those it raises as plain usage errors) and their catalogue text
_SHAPES = [
    (re.compile(r"Missing argument (?P<name>.+)\.$"), lambda m: _("Missing argument {name}.")),
    (re.compile(r"Missing option (?P<name>.+)\.$"), lambda m: _("Missing option {name}.")),
    (re.compile(r"Missing command\.$"), lambda m: _("Missing command.")),
    (re.compile(r"No such command (?P<name>.+)\.$"), lambda m: _("No such command {name}.")),
    (re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<args>.*)\)$"),
     lambda m: _("Got unexpected extra argument(s) ({args})")),
    (re.compile(r"Option (?P<name>\S+) requires an argument\.$"),
     lambda m: _("Option {name} requires an argument.")),
    (re.compile(r"Option (?P<name>\S+) does not take a value\.$"),
     lambda m: _("Option {name} does not take a value.")),
]


def asked_language(args: list[str]) -> str | None:
    """The interface language the arguments ask for, before they are parsed: a command's
    `--lang`, else `kg --lang`, else KG_LANG; None if that is not a language kg speaks (the
    option's own check then refuses it, exit 2)."""
    chosen, command = os.environ.get("KG_LANG"), None
    words = iter(args)
    for word in words:
        if word == "--":
            break
        if word == "--lang" or word.startswith("--lang="):
            value = word.partition("=")[2] if "=" in word else next(words, "")
            if command not in TEXT_LANGUAGE_COMMANDS:
                chosen = value
        elif command is None and not word.startswith("-"):
            command = word
    code = (chosen or i18n.DEFAULT).strip().lower()
    return code if code in i18n.LANGUAGES else None


def in_language(error: typer_errors.ClickException) -> typer_errors.ClickException:
    """`error` as a usage error in the language in use (itself when that is English or when
    its sentence is not one kg knows)."""
    if i18n.current() == i18n.DEFAULT or not isinstance(error, typer_errors.UsageError):
        return error
    text = _translated(error)
    if text is None:
        return error
    translated = typer_errors.UsageError(text, error.ctx)
    translated.exit_code = error.exit_code
    return translated


def _translated(error: typer_errors.UsageError) -> str | None:
    if isinstance(error, typer_errors.NoSuchOption):
        text = _("No such option: {name}").format(name=error.option_name)
        if error.possibilities:
            text += " " + _("(Possible options: {options})").format(
                options=", ".join(sorted(error.possibilities)))
        return text
    english = error.format_message()
    if isinstance(error, typer_errors.BadParameter) and not isinstance(
            error, typer_errors.MissingParameter):
        m = re.match(r"Invalid value for (?P<name>.+?): ", english)
        if m:
            return _("Invalid value for {name}: {reason}").format(name=m.group("name"),
                                                                   reason=f"“{error.message}”")
        return _("Invalid value: {reason}").format(reason=f"“{error.message}”")
    for shape, message in _SHAPES:
        m = shape.match(english)
        if m:
            return message(m).format(**m.groupdict())
    return None


def localised_panels() -> None:
    """typer's headings and markers of help and errors in the language in use (module-level
    texts of typer.rich_utils, read when it prints)."""
    from typer import rich_utils
    rich_utils.ARGUMENTS_PANEL_TITLE, rich_utils.OPTIONS_PANEL_TITLE = _("Arguments"), _("Options")
    rich_utils.COMMANDS_PANEL_TITLE = _("Commands")
    rich_utils.DEFAULT_STRING, rich_utils.REQUIRED_LONG_STRING = _("[default: {}]"), _("[required]")
    rich_utils.ENVVAR_STRING = _("[env var: {}]")
    rich_utils.ERRORS_PANEL_TITLE, rich_utils.ABORTED_TEXT = _("Error"), _("Aborted.")
    rich_utils.RICH_HELP = _("Try [blue]'{command_path} {help_option}'[/] for help.")
    # the usage line is coloured by a pattern of its English prefix: colour the prefix in use
    usage = r"(?P<usage>%s)" % re.escape(_("Usage: "))
    if usage not in rich_utils.highlighter.highlights:
        rich_utils.highlighter.highlights = [*rich_utils.highlighter.highlights, usage]
