"""The timeline of an actor, or of the relationship between two regions: events, agreements,
invitations, follow-ups and post tenures on one time axis (queries/timeline.rq), drawn as a
static picture (PNG/SVG, matplotlib) or a self-contained HTML page (the picture as inline SVG and
a table with the source sentences; nothing is loaded from other hosts).

Vague dates are drawn as what they are: a month or a year is a span over that month or year, a
day a point; a follow-up runs from when it was decided to when it is due (open-ended when no due
date is given). A day the source gives without a year (--MM-DD) has no place on a time axis: it is
listed in the table ("6 May (year not stated)") and left out of the picture, never given a year
from elsewhere."""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .i18n import _
from .queries import find_query
from .query import Labels, run_query

#: kinds the two sides must share (in `between`); follow-ups and tenures of either side are kept
SHARED_KINDS = {"event", "agreement", "invitation"}
MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"),
          "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                 "september", "oktober", "november", "december")}
NO_YEAR = {"en": "year not stated", "nl": "jaar niet vermeld"}
#: the kinds of a tenure's dates (queries/timeline.rq) in Dutch
TENURE_KINDS = {"named in office": "in functie genoemd", "tenure began": "begin ambtstermijn",
                "tenure ended": "einde ambtstermijn"}
#: drawing colour of each group of kinds
COLOURS = {"event": "#1f77b4", "agreement": "#2ca02c", "invitation": "#9467bd",
           "follow-up": "#ff7f0e", "tenure": "#7f7f7f"}


@dataclass(frozen=True)
class TimelineItem:
    item: str                  # IRI
    label: str
    kind: str                  # label of the finer kind ("bilateral meeting", "named in office")
    group: str                 # event, agreement, invitation, follow-up or tenure
    start: str                 # as stated: YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD (no year)
    end: str | None
    status: str | None
    evidence: str | None

    @property
    def precision(self) -> str:
        if not self.placed:
            return "day, year not stated"
        return {10: "day", 7: "month"}.get(len(self.start), "year")

    @property
    def placed(self) -> bool:
        """Whether the start has a year, and so a place on a time axis."""
        return not _yearless(self.start)

    def span(self) -> tuple[dt.date, dt.date]:
        """The days the stated start covers (a day, a month or a year), up to the end if given
        with a year. Only for a start with a year (`placed`)."""
        first, last = _bounds(self.start)
        if self.end and not _yearless(self.end):
            last = max(last, _bounds(self.end)[1])
        return first, last


def _yearless(text: str | None) -> bool:
    return bool(text) and text.startswith("--")


def _bounds(text: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def words(text: str | None, lang: str = "en") -> str:
    """'2025-03-06' -> '6 March 2025' ('6 maart 2025'), '2025-03' -> 'March 2025', '2026',
    '--05-06' -> '6 May (year not stated)'."""
    if not text:
        return ""
    months = MONTHS.get(lang, MONTHS["en"])
    if _yearless(text):
        month, day = (int(p) for p in text[2:].split("-"))
        return f"{day} {months[month - 1]} ({NO_YEAR.get(lang, NO_YEAR['en'])})"
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {months[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{months[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def title_between(a: str, b: str, lang: str = "en") -> str:
    if lang == "nl":
        return f"{a} en {b}: wat er gebeurde, wie welke functie had"
    return f"{a} and {b}: what happened, who held which post"


def title_of(actor: str, lang: str = "en") -> str:
    return f"Tijdlijn van {actor}" if lang == "nl" else f"Timeline of {actor}"


def _group(kind_iri: str | None, kind_label: str) -> str:
    if kind_label in ("named in office", "tenure began", "tenure ended"):
        return "tenure"
    k = kind_iri or ""
    if k.endswith("#Agreement"):
        return "agreement"
    if k.endswith("#Invitation"):
        return "invitation"
    if k.endswith("#FollowUpAction"):
        return "follow-up"
    return "event"


#: what a timeline can be of: a name that also names a place ("Gyeonggi") means the actor
AGENT_KINDS = {"organisation", "person", "group"}


def actor_iri(labels: Labels, who: str) -> str:
    """An actor's IRI for a label, alias or IRI, preferring actors over places of the same name
    ("Noord-Brabant" is the place; of the actors whose names contain it, the one with the shortest
    name, the province rather than its delegation); left as given when it names no actor (the
    query then says what it matches)."""
    found = labels.find(who, AGENT_KINDS)
    if not found:
        return who
    return min(found, key=lambda iri: (min(len(n) for n in labels.names.get(iri, [iri])), iri))


def of_actor(engine, labels: Labels, queries_dir: Path, who: str,
             lang: str = "en") -> list[TimelineItem]:
    """The timeline of one actor (label, alias or IRI)."""
    from rdflib import URIRef     # (here: `kg path` uses `words` alone, without rdflib)
    answer = run_query(engine, find_query(queries_dir, "timeline"),
                       {"who": actor_iri(labels, who)}, labels)
    col = {name: i for i, name in enumerate(answer.variables)}
    items = []
    for row in answer.rows:
        def get(name):
            term = row[col[name]]
            return None if term is None else str(term)
        kind = row[col["kind"]]
        kind_label = labels.label(str(kind), lang) if isinstance(kind, URIRef) else str(kind)
        group = _group(get("kind"), kind_label)
        if lang == "nl":
            kind_label = TENURE_KINDS.get(kind_label, kind_label)
        status = get("status")
        items.append(TimelineItem(
            item=get("item"), label=labels.label(get("item"), lang), kind=kind_label,
            group=group, start=get("start"), end=get("end"),
            status=labels.label(status, lang) if status else None, evidence=get("evidence")))
    return items


def between(engine, labels: Labels, queries_dir: Path, a: str, b: str,
            lang: str = "en") -> list[TimelineItem]:
    """What happened between two regions: the events, agreements and invitations of both, and
    the follow-ups and post tenures of either."""
    side_a = of_actor(engine, labels, queries_dir, a, lang)
    side_b = of_actor(engine, labels, queries_dir, b, lang)
    shared = {i.item for i in side_a} & {i.item for i in side_b}
    out: dict[tuple, TimelineItem] = {}
    for i in side_a + side_b:
        if i.group not in SHARED_KINDS or i.item in shared:
            out.setdefault((i.item, i.kind, i.start, i.status), i)
    # (the days without a year last: they have no place among the others)
    return sorted(out.values(), key=lambda i: (not i.placed, i.span()[0] if i.placed else i.start,
                                               i.group, i.label, i.status or ""))


def _lanes(items: list[TimelineItem]) -> list[tuple[str, list[TimelineItem]]]:
    """One lane per thing (a tenure's dates and a follow-up's statuses share one lane)."""
    lanes: dict[str, list[TimelineItem]] = {}
    for i in items:
        lanes.setdefault(i.item, []).append(i)
    return list(lanes.items())


def lane_label(items: list[TimelineItem]) -> str:
    first = items[0]
    statuses = sorted({i.status for i in items if i.status})
    extra = f" [{' / '.join(statuses)}]" if statuses else ""
    return f"{first.label} ({first.kind}){extra}" if first.group != "tenure" else first.label


def draw(items: list[TimelineItem], path: Path, title: str, href=None) -> Path:
    """A PNG or SVG picture: one lane per thing on one time axis. `href(iri)` gives a page for a
    thing (or None): in an SVG its name is then a link. Things dated by a day without a year are
    left out (the table lists them)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    if not items:
        raise InputError(_("nothing to draw: the timeline is empty"))
    items = [i for i in items if i.placed]
    if not items:
        raise InputError(_("nothing to draw: every date of the timeline is a day without a "
                           "year"))
    lanes = _lanes(items)
    first = min(i.span()[0] for i in items) - dt.timedelta(days=20)
    last = max(i.span()[1] for i in items) + dt.timedelta(days=20)
    fig, ax = plt.subplots(figsize=(12, 0.5 * len(lanes) + 1.8))
    for y, (_lane, group) in enumerate(lanes):
        for i in group:
            colour = COLOURS[i.group]
            lo, hi = i.span()
            if i.group == "follow-up":
                begin = _bounds(i.start)[0]
                due = i.end if i.end and not _yearless(i.end) else None
                end = _bounds(due)[1] if due else last
                ax.plot([begin, end], [y, y], color=colour, lw=2.5,
                        ls="-" if due else ":")
                ax.plot([begin], [y], "o", color=colour, ms=6)
            elif lo == hi:
                ax.plot([lo], [y], "D" if i.group != "tenure" else "o", color=colour, ms=7)
            else:
                ax.barh(y, (hi - lo).days + 1, left=lo, height=0.5, color=colour, alpha=0.45,
                        edgecolor=colour)
        dates = sorted(_bounds(i.start)[0] for i in group)
        if group[0].group == "tenure" and len(dates) > 1:
            ax.plot([dates[0], dates[-1]], [y, y], color=COLOURS["tenure"], lw=1, ls="--")
    # the names stand beside the marks (not as tick labels, which would squeeze the axis): to
    # the right of things in the first half of the time axis, to the left of later ones
    middle = first + (last - first) / 2
    for y, (_lane, group) in enumerate(lanes):
        at = min(_bounds(i.start)[0] for i in group)
        text = lane_label(group)
        text = text if len(text) <= 140 else text[:139] + "…"
        if at < middle:
            name = ax.text(at, y - 0.32, " " + text, fontsize=8.5, va="bottom", ha="left")
        else:
            name = ax.text(at, y - 0.32, text + " ", fontsize=8.5, va="bottom", ha="right")
        url = href(group[0].item) if href else None
        if url:
            name.set_url(url)
            name.set_color("#0B5CAD")
    ax.set_yticks([])
    ax.set_ylim(len(lanes) - 0.4, -0.9)
    ax.set_xlim(first, last)
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y"))
    ax.grid(axis="x", color="#dddddd")
    ax.set_title(title, fontsize=12, loc="left")
    ax.legend(handles=[Patch(color=c, label=k) for k, c in COLOURS.items()],
              loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=len(COLOURS), fontsize=8.5,
              frameon=False, title="a bar is a month or a year as stated, a mark a day; "
              "a dotted follow-up has no due date (or one without a year)", title_fontsize=8.5)
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path, dpi=110 if path.suffix.lower() == ".png" else None)
    plt.close(fig)
    return path


def html_page(items: list[TimelineItem], title: str, lang: str = "en") -> str:
    """A self-contained page: the picture (inline SVG) and a table with the sentences."""
    def cells(i: TimelineItem) -> str:
        values = (words(i.start, lang), words(i.end, lang), _(i.precision),
                  f"{_(i.group)}: {_(i.kind)}", i.label, i.status or "")
        return ("".join(f"<td>{html.escape(v)}</td>" for v in values)
                + f"<td class=quote><q>{html.escape(i.evidence or '')}</q></td>")
    rows = "\n".join(f"<tr>{cells(i)}</tr>" for i in items)
    return (f"<!doctype html><html lang={lang}><meta charset=utf-8>"
            f"<title>{html.escape(title)}</title>"
            "<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;"
            "font-size:.9em}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}"
            ".quote{font-style:italic;max-width:40em}svg{max-width:100%;height:auto}</style>"
            f"<h1>{html.escape(title)}</h1>"
            f"{inline_svg(items, title) if any(i.placed for i in items) else ''}"
            "<table><tr>" + "".join(f"<th>{html.escape(_(h))}</th>" for h in (
                "start", "end / due", "precision", "kind", "what", "status", "source sentence"))
            + f"</tr>{rows}</table></html>")


def inline_svg(items: list[TimelineItem], title: str, href=None) -> str:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        svg = draw(items, Path(tmp) / "timeline.svg", title, href).read_text(encoding="utf-8")
    return svg[svg.index("<svg"):]


def write(items: list[TimelineItem], output: Path, title: str, lang: str = "en") -> Path:
    """Write the timeline as .png, .svg or .html (by the file's suffix)."""
    suffix = Path(output).suffix.lower()
    if suffix in (".png", ".svg"):
        return draw(items, Path(output), title)
    if suffix == ".html":
        Path(output).write_text(html_page(items, title, lang), encoding="utf-8")
        return Path(output)
    raise InputError(_("{path}: write the timeline as .png, .svg or .html").format(path=output))
