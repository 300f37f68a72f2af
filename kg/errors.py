"""One family of typed errors. The library raises them and never prints; the CLI turns each
into one clear line and the exit code below (documented in README.md)."""
from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1   # the data does not conform (SHACL violation, QC check returned rows)
EXIT_USAGE = 2     # wrong command line: unknown query or parameter, ambiguous or unknown label
EXIT_INPUT = 3     # an input file cannot be read or parsed: syntax, encoding, missing, no build yet
EXIT_ENVIRONMENT = 4  # the environment: permissions, disk, a damaged store, an unreachable endpoint
EXIT_STORE = EXIT_ENVIRONMENT
EXIT_INTERNAL = 5  # an unexpected error (a bug): one line, the full trace written to a file

#: the contract, as README.md "Exit codes" and `kg --help` state it (tests compare the three)
EXIT_CODES = {
    EXIT_OK: "ok",
    EXIT_INVALID: "the data does not conform: a SHACL violation, a QC check returned rows, a "
                  "report sheet with problems (file, line and field given), a report that "
                  "others still cite",
    EXIT_USAGE: "usage error or bad parameter: unknown command, option, query or parameter, a "
                "label that matches nothing or several things or names no person, organisation "
                "or group where one is needed; an output that exists (give --force)",
    EXIT_INPUT: "an input file cannot be read or parsed: missing, unreadable, not UTF-8, a "
                "Turtle, YAML, SPARQL or PDF error, an ill-typed literal (file and line given); "
                "no build yet",
    EXIT_ENVIRONMENT: "the environment: no permission, disk full, a damaged store (the message "
                      "names the command that repairs it), an endpoint that cannot be reached",
    EXIT_INTERNAL: "an unexpected error: one line, and the file holding the full trace",
}


def _(message: str) -> str:
    """`message` in the language in use (kg.i18n, imported late: it raises UsageError)."""
    from .i18n import _ as translated
    return translated(message)


class KGError(Exception):
    """Base of every error the kg library raises."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = list(details or [])

    def __str__(self) -> str:
        return self.message


class InputError(KGError):
    """A file is missing or cannot be read."""

    @classmethod
    def unreadable(cls, path, exc: OSError) -> "InputError":
        """`path` cannot be read, for the system's reason (as it gives it)."""
        return cls(_("{path}: cannot read: {reason}").format(path=path,
                                                             reason=exc.strerror or exc))


class TurtleSyntaxError(InputError):
    """A Turtle file does not parse; names the file and line."""

    def __init__(self, path, line: int | None, reason: str):
        # (the parser's own words stay as it gives them, after a frame in the language in use)
        where = f"{path}:{line}" if line else str(path)
        super().__init__(_("{where}: Turtle syntax error: {reason}").format(where=where,
                                                                           reason=reason))
        self.path = str(path)
        self.line = line


class NoBuildError(InputError):
    """A reading command was run before `kg build`."""


class ValidationFailed(KGError):
    """SHACL violations or QC check rows; details hold one line per problem."""

    exit_code = EXIT_INVALID


class UsageError(KGError):
    """Bad arguments from the user."""

    exit_code = EXIT_USAGE


class QueryNotFound(UsageError):
    """No named query of that name."""


class QueryParameterError(UsageError):
    """Unknown, missing or ill-typed query parameter."""


class AmbiguousLabel(UsageError):
    """A label that matches several things (or none)."""


class QuerySyntaxError(InputError):
    """A SPARQL query does not parse; names the file and line."""

    @classmethod
    def of_parser(cls, name: str, reason, line: int | None = None,
                  column: int | None = None) -> "QuerySyntaxError":
        """The parser's `reason` as it gives it, framed in the language in use."""
        where = _(" at line {line}, column {column}").format(line=line, column=column) \
            if line else ""
        return cls(_("{name}: SPARQL syntax error{where}: {reason}").format(
            name=name, where=where, reason=reason))


class StoreError(KGError):
    """The embedded store or a remote SPARQL endpoint failed."""

    exit_code = EXIT_STORE


class DamagedStore(StoreError):
    """The store of the last build cannot be opened or read; the message says how to repair it."""


class EnvironmentProblem(KGError):
    """The machine refuses: no permission, disk full, a read-only folder, another kg running."""

    exit_code = EXIT_ENVIRONMENT


class IllTypedLiteral(InputError):
    """A literal whose text is not of its datatype ("31-02-2025"^^xsd:date); file and line."""


class RemovalRefused(ValidationFailed):
    """A report cannot be removed: other data files still cite what it describes."""
