"""A YAML syntax error of a report sheet in words a person can act on: file, line and column,
what YAML says, and the likely cause (the indentation of the line against the line above it, a
tab, or text that needs quotes)."""
from __future__ import annotations

import yaml

from .i18n import _


def yaml_error_message(name: str, text: str, exc: yaml.MarkedYAMLError) -> str:
    """file:line:column, what YAML says, and what is probably wrong: the indentation of the line
    against the line above it, a tab, or text that needs quotes."""
    mark = exc.problem_mark or exc.context_mark
    reason = " ".join(str(x) for x in (exc.context, exc.problem) if x)
    if mark is None:
        return _("{where}: YAML syntax error: {reason}").format(where=name, reason=reason)
    where = f"{name}:{mark.line + 1}:{mark.column + 1}"
    lines = text.splitlines()
    if "\t" in (exc.problem or "") or "'\\t'" in reason:
        return _("{where}: YAML syntax error: a tab indents this line; YAML is indented with "
                 "spaces").format(where=where)
    hint = _("text with ': ' or starting with a special character must be put in quotes")
    row = min(mark.line, len(lines) - 1)
    above = next((i for i in range(row - 1, -1, -1)
                  if lines[i].strip() and not lines[i].lstrip().startswith("#")), None)
    if row >= 0 and above is not None:
        indent = len(lines[row]) - len(lines[row].lstrip(" "))
        expected = len(lines[above]) - len(lines[above].lstrip(" "))
        opens = lines[above].rstrip().endswith(":")
        if opens and indent <= expected:
            hint = _("line {row} is indented {indent} space(s); what line {above} opens must be "
                     "indented more than its {expected}. Or: {hint}").format(
                row=row + 1, indent=indent, above=above + 1, expected=expected, hint=hint)
        elif not opens and indent != expected:
            hint = _("line {row} is indented {indent} space(s), line {above} above it "
                     "{expected}: a field of the same mapping must be indented as much. Or: "
                     "{hint}").format(row=row + 1, indent=indent, above=above + 1,
                                      expected=expected, hint=hint)
    return _("{where}: YAML syntax error: {reason}; {hint}").format(where=where, reason=reason,
                                                                   hint=hint)
