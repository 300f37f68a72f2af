"""What is wrong with a sheet: one SheetProblem per field, all of them in one SheetError."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import EXIT_INVALID, InputError, KGError
from ..i18n import _

@dataclass(frozen=True)
class SheetProblem:
    """One problem of a sheet: file, line (1-based), field path (1-based indices), message."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class SheetError(KGError):
    """The sheet does not describe a valid report; `problems` holds every problem found."""

    exit_code = EXIT_INVALID

    def __init__(self, file: str, problems: list[SheetProblem]):
        self.file = file
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.field))
        if len(self.problems) == 1:
            super().__init__(str(self.problems[0]))
        else:
            super().__init__(_("{file}: the report sheet has {n} problems").format(
                file=file, n=len(self.problems)), details=[str(p) for p in self.problems])


class SheetSyntaxError(InputError):
    """The sheet is not YAML (or not one YAML mapping); names the file and line."""