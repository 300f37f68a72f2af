"""The review gate of report sheets: a draft made by `kg extract` marks every uncertain item with
a comment holding `review:` (`# confidence: 0.60 | review: check the roles`); `kg add` refuses a
sheet while any such mark is left, naming each with its line. A reviewer confirms an item by
deleting its mark or writing `reviewed:` instead (`# confidence: 0.60 | reviewed: roles checked`),
or edits the item. Only comments count: the YAML itself is never read for marks."""
from __future__ import annotations

import re

from .i18n import _

#: a comment that holds a review mark: `# review: ...` or `# confidence: 0.6 | review: ...`
#: (not "`review:`" in backquotes: that names the mark, as a draft's header does)
_MARK = re.compile(r"#.*?(?<![\w`-])review:\s*(?P<what>.*)$")


def _comment_start(line: str) -> int | None:
    """Where the YAML comment of `line` starts (a `#` at the start or after a space, outside
    quotes), or None."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in "\"'" and (i == 0 or line[i - 1] in " :[{,-"):
            quote = c
        elif c == "#" and (i == 0 or line[i - 1] in " \t"):
            return i
    return None


def unreviewed_marks(text: str) -> list[tuple[int, str]]:
    """(line number, what to review) of every review mark left in a sheet's text."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        at = _comment_start(line)
        if at is None:
            continue
        m = _MARK.match(line[at:])
        if m:
            out.append((number, m.group("what").strip() or "(no reason given)"))
    return out


def mark_problem(what: str) -> str:
    """The message `kg add` gives for one unreviewed mark."""
    return _("not reviewed: {what} — check it, then delete this `review:` mark (or write "
             "`reviewed:`), or edit the item").format(what=what)
