"""A long table drawn as rich draws kg's tables, without rich's work per cell. rich measures,
wraps, pads and styles every cell as a renderable of its own: 0.5 s of CPU for the 1,000 rows of
a first page of `kg query follow-ups` at 1M, a third of the command (issue #14). kg's tables are
all alike (a heavy-headed box, one space of padding, words wrapped and over-long words folded,
the title centred above, notes below), so this module draws them line by line with rich's own
rules for column widths and line breaks (`rich._wrap.divide_line`, `rich._ratio.ratio_reduce`)
and gives rich the finished lines to print (bold headings and an italic title on a terminal).
tests/test_text_table.py checks that the text is the one rich draws.

Short tables, text whose characters are not one cell wide each (East Asian scripts, combining
marks, tabs, line breaks) and consoles that cannot show the box are left to rich."""
from __future__ import annotations

from collections.abc import Sequence

from rich._ratio import ratio_reduce
from rich._wrap import divide_line
from rich.box import HEAVY_HEAD
from rich.cells import cell_len

#: fewer rows than this are drawn by rich itself (it costs little there)
MIN_ROWS = 50
PAD = 1     # rich's default padding left and right of a cell


class Table:
    """A table of strings and the notes under it, for `console.print`: drawn here where it is
    long and plain (`drawable`), else by rich (`as_rich()`: rich.table.Table of Text cells
    under an italic Text title and bold headings, then each note as a Text). A word longer
    than its column is folded onto the next line, or with `overflow="ellipsis"` cut with "…"."""

    def __init__(self, title: str, headings: Sequence[str], rows: Sequence[Sequence[str]],
                 notes: Sequence[str] = (), overflow: str = "fold"):
        self.title, self.headings, self.rows, self.notes = title, headings, rows, notes
        self.overflow = overflow

    def as_rich(self):
        from rich.console import Group
        from rich.table import Table as RichTable
        from rich.text import Text  # Text, not markup: data may contain "[...]"
        table = RichTable(title=Text(self.title), show_lines=False, header_style="bold")
        for heading in self.headings:
            table.add_column(heading, overflow=self.overflow)
        for row in self.rows:
            table.add_row(*map(Text, row))
        notes = [Text(note) for note in self.notes]
        return Group(table, *notes) if notes else table

    def __rich_console__(self, console, options):
        from rich.segment import Segment
        from rich.style import Style
        lines = None
        if drawable(options, self.headings, self.rows):
            lines, bold, italic = _lines(self.title, self.headings, self.rows,
                                         options.max_width, self.overflow)
        if lines is None:
            yield self.as_rich()
            return
        styles = {n: Style(italic=True) for n in italic}
        new_line = Segment.line()
        for n, line in enumerate(lines):
            spans = bold.get(n)
            if spans:
                at = 0
                for start, end in spans:
                    yield Segment(line[at:start])
                    yield Segment(line[start:end], Style(bold=True))
                    at = end
                yield Segment(line[at:])
            else:
                yield Segment(line, styles.get(n))
            yield new_line
        for note in self.notes:
            for line in _wrapped(note, options.max_width) if note else [""]:
                yield Segment(line)
                yield new_line


def drawable(options, headings: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Whether this table may be drawn here rather than by rich: long enough to matter, each
    character one cell wide, the box printable on this console."""
    if len(rows) < MIN_ROWS or options.legacy_windows or options.ascii_only:
        return False
    # (a heading is a str, which rich reads as markup and emoji codes)
    return all(_one_cell_each(h) and "[" not in h and ":" not in h for h in headings) and \
        all(_one_cell_each(cell) for row in rows for cell in row)


def _one_cell_each(text: str) -> bool:
    # printable (no line break or tab), and no character rich counts as wide or as no width
    # (printable ASCII is one cell a character: most cells, measured without rich's look-ups)
    return text.isprintable() and (text.isascii() or cell_len(text) == len(text))


def _lines(title, headings, rows, console_width, overflow="fold"):
    """(the table's lines, {number of a heading line: the spans of its cells}, the numbers of
    the title's lines); (None, None, None) where a column is too narrow to pad."""
    box = HEAVY_HEAD
    extra = 2 + len(headings) - 1        # the outer edges and a divider between columns
    widths = column_widths([headings, *rows], console_width - extra)
    if min(widths) < 2 * PAD + 1:
        return None, None, None
    table_width = sum(widths) + extra
    lines, bold, italic = [], {}, []
    if title:
        for line in _wrapped(title, table_width):
            line = line.rstrip()[:table_width]
            left = (table_width - len(line)) // 2
            italic.append(len(lines))
            lines.append((" " * left + line).ljust(table_width))
    lines.append(box.get_top(widths))
    header = _row_lines(headings, widths, overflow, bottom=True)
    for line in header:
        spans, at = [], 1
        for w in widths:
            spans.append((at, at + w))
            at += w + 1
        bold[len(lines)] = spans
        lines.append(box.head_left + box.head_vertical.join(line) + box.head_right)
    lines.append(box.get_row(widths, "head"))
    for n, row in enumerate(rows):
        left, right, divider = ((box.foot_left, box.foot_right, box.foot_vertical)
                                if n == len(rows) - 1 else
                                (box.mid_left, box.mid_right, box.mid_vertical))
        lines.extend(left + divider.join(line) + right
                     for line in _row_lines(row, widths, overflow, bottom=False))
    lines.append(box.get_bottom(widths))
    return lines, bold, italic


def _measure(text: str, max_width: int) -> tuple[int, int]:
    """rich's Measurement of a padded Text cell: (longest word, longest line) plus padding,
    at most `max_width`."""
    if max_width - 2 * PAD < 1:
        return max_width, max_width
    longest = len(text)
    shortest = max(map(len, text.split()), default=longest)
    low, high = min(shortest, max_width), min(longest, max_width)
    if high < 1:
        low = high = 0
    low, high = min(low + 2 * PAD, max_width), min(high + 2 * PAD, max_width)
    return (0, 0) if high < 1 else (min(low, high), high)


def column_widths(table: Sequence[Sequence[str]], max_width: int) -> list[int]:
    """The width of each column, padding included (rich.table.Table._calculate_column_widths
    for columns of wrapping Text without fixed widths)."""
    columns = list(zip(*table))
    widths = [min(max(_measure(t, max_width)[1] for t in column), max_width) or 1
              for column in columns]
    if sum(widths) > max_width:
        widths = _collapsed(widths, max_width)
        if sum(widths) > max_width:
            widths = ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
        widths = [min(max(_measure(t, w)[1] for t in column), w) if w >= 1 else 0
                  for w, column in zip(widths, columns)]
    return widths


def _collapsed(widths: list[int], max_width: int) -> list[int]:
    # rich.table.Table._collapse_widths with every column allowed to wrap
    excess = sum(widths) - max_width
    while sum(widths) and excess > 0:
        widest = max(widths)
        second = max((w for w in widths if w != widest), default=0)
        ratios = [1 if w == widest else 0 for w in widths]
        if not widest - second:
            break
        widths = ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths),
                              widths)
        excess = sum(widths) - max_width
    return widths


def _wrapped(text: str, width: int, overflow: str = "fold") -> list[str]:
    """The lines of `text` at `width` (rich.text.Text.wrap with overflow "fold" or
    "ellipsis")."""
    if len(text) <= width:
        # (most cells fit: rich breaks no line that fits, and keeps its trailing blanks)
        return [text]
    offsets = [0, *divide_line(text, width, fold=overflow == "fold"), len(text)]
    lines = []
    for start, end in zip(offsets, offsets[1:]):
        line = text[start:end]
        if len(line) > width:       # Text.rstrip_end: trailing blanks beyond the width
            excess = len(line) - width
            blanks = len(line) - len(line.rstrip())
            line = line[:len(line) - min(blanks, excess)]
        if len(line) > width:
            line = line[:width - 1] + "…" if overflow == "ellipsis" else line[:width]
        lines.append(line)
    return lines


def _row_lines(cells: Sequence[str], widths: Sequence[int], overflow: str,
               bottom: bool) -> list[list[str]]:
    """The lines of one row: per line, each cell padded to its column's width; a cell shorter
    than the row is filled with blank lines below (a heading: above)."""
    parts = [[" " * PAD + line.ljust(w - 2 * PAD) + " " * PAD
              for line in _wrapped(cell, w - 2 * PAD, overflow)]
             for cell, w in zip(cells, widths)]
    height = max(map(len, parts))
    for part, w in zip(parts, widths):
        blank = [" " * w] * (height - len(part))
        part[:] = blank + part if bottom else part + blank
    return [list(line) for line in zip(*parts)]
