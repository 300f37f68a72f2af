"""One family of typed errors. The library raises them and never prints; the CLI turns each
into one clear line and the exit code below (documented in README.md)."""
from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1   # the data does not conform (SHACL violation, QC check returned rows)
EXIT_USAGE = 2     # wrong command line: unknown query or parameter, ambiguous or unknown label
EXIT_INPUT = 3     # unreadable input: Turtle or SPARQL syntax error, missing file, no build yet
EXIT_STORE = 4     # the store or SPARQL endpoint failed or cannot be reached


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


class TurtleSyntaxError(InputError):
    """A Turtle file does not parse; names the file and line."""

    def __init__(self, path, line: int | None, reason: str):
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: Turtle syntax error: {reason}")
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


class StoreError(KGError):
    """The embedded store or a remote SPARQL endpoint failed."""

    exit_code = EXIT_STORE
