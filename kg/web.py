"""The web pages of `kg serve`: server-rendered HTML (Jinja2, autoescaped) over a serving context.

`page_routes(context)` returns the Starlette routes; kg.serve mounts them next to the machine
interface it owns (/sparql, /query/NAME.json and .csv, /queries.json, /static). The context
gives `paths`, `labels` (kg.query.Labels), `settings` (timeout, max_rows), `select(text,
bindings=None)` and `run_named(name, values, limit=None, offset=0)`; library errors (KGError)
become a readable page with a 4xx/5xx status, never a stack trace.

Pages:

    /                    what this is, and where to go
    /sparql-editor       YASGUI (vendored in kg/static/yasgui) on this server's /sparql, with
                         the named queries as examples; /yasgui redirects here
    /queries             the named queries
    /queries/NAME        a form for the query's parameters; with them, the first page of the
                         answer as `kg query`'s table (kg.config.FIRST_PAGE facts; `_limit`,
                         `_offset` another), links to the previous and next pages, to the page
                         as JSON and to the whole answer as CSV
    /actors, /events     everyone and everything findable, by kind
    /actor?iri=…         one person, organisation or group: the first pages of the
                         actor-profile and who-met queries (links to the rest), each fact with
                         the quoted sentence and its report
    /event?iri=…         one event: the event-participants query
    /network             the interactive network (kg.picture's page, in a frame) with its
                         controls: kind, ego + hops, path from/to, filters (kg.network.Filters)
    /network/view        that page alone
    /find?q=…            Labels.find; the search box in every page's header

Everything from the data is escaped (autoescape, and JSON for scripts without "<", ">" or "&");
no page loads anything from another host, and a Content-Security-Policy says so to the browser.
"""
from __future__ import annotations

import functools
import json
import re
import threading
from collections import Counter, OrderedDict
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from rdflib import Literal, URIRef
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from .config import BASE, FIRST_PAGE, PREFIXES
from .errors import KGError, QueryNotFound, StoreError, UsageError
from .queries import Query, catalogue, load_query
from .query import compact, expand
from .gather import Beside, Several, values
from . import i18n
from .i18n import _, ngettext
from .render import display, for_reader

__all__ = ["page_routes", "TEMPLATES", "STATIC"]

TEMPLATES = Path(__file__).parent / "templates" / "pages"
STATIC = Path(__file__).parent / "static"

ACTOR_KINDS = ("person", "organisation", "group")
KIND_PLURALS = {"person": "People", "organisation": "Organisations", "group": "Groups",
                "event": "Events"}
# (English; shown through kg.i18n's _())
from .network import TITLES as NETWORK_TITLES  # noqa: E402
NETWORK_HELP = {"met": "people and organisations who took part in the same meeting",
                "organisations": "organisations linked by shared events, agreements and stated "
                                 "relations",
                "actor-event": "actors and the events they took part in",
                "actor-theme": "actors and the themes they are involved in",
                "regions": "regions one level below the country, linked by events their actors shared"}
ASPECTS = {"post": "Posts", "people": "People holding its posts",
           "organisation": "Organisations", "place": "Places", "theme": "Themes",
           "event": "Events", "represented at event": "Represented at events",
           "agreement": "Agreements", "invitation": "Invitations",
           "follow-up": "Follow-up actions", "outcome": "Outcomes"}
QUOTE_COLUMNS = {"evidence", "quote"}

# Pages load only their own scripts; the network view is kg.picture's page with inline scripts.
CSP_PAGE = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'")
CSP_NETWORK_VIEW = ("default-src 'none'; script-src 'unsafe-inline'; "
                    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
                    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'")

# ---------------------------------------------------------------- small helpers

def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    i18n.install(env)     # the request's language (kg.i18n's context variable, set per request)
    env.filters["plural"] = lambda n, one="", many="s": one if n == 1 else many
    env.filters["number"] = lambda n: i18n.number(n)
    env.globals.update(thing_html=thing_html, cell_html=cell_html)
    return env


# The macros `thing` and `cell` of _macros.html, written here: a page of 1,000 facts has some
# 10,000 cells, and a Jinja macro call costs tens of microseconds (~0.3 s a page at 1M).

def _part(item, key: str):
    """item.key as Jinja reads it (a dict's key or an attribute; "" when it has neither)."""
    if isinstance(item, dict):
        return item.get(key, "")
    return getattr(item, key, "")


def thing_html(t) -> Markup:
    """A thing: its label linked to its page (`href`), with its id (`iri`) as the title; the
    `parts` of a gathered cell each so, separated by "; "."""
    parts = _part(t, "parts")
    if parts:
        return Markup("; ").join(thing_html(p) for p in parts)
    text, href, iri = _part(t, "text"), _part(t, "href"), _part(t, "iri")
    # (escape, not Markup.format: its string.Formatter is most of a page's time)
    if href:
        return Markup(f'<a href="{escape(href)}" title="{escape(iri)}">{escape(text)}</a>')
    if iri:
        return Markup(f'<span title="{escape(iri)}">{escape(text)}</span>')
    return escape(text)


def cell_html(c) -> Markup:
    """A cell of an answer (Pages.cell): its parts one per line, a quote as <q>, else a thing."""
    parts = _part(c, "parts")
    if parts:
        return Markup("<br>").join(cell_html(p) for p in parts)
    if _part(c, "quote"):
        lang = _part(c, "lang")
        lang = f' lang="{escape(lang)}"' if lang else ""
        return Markup(f'<q class="quote"{lang}>{escape(_part(c, "text"))}</q>')
    return thing_html(c)


LANGUAGE_COOKIE = i18n.COOKIE


def request_language(request: Request, strict: bool = True) -> str:
    """The page's language: ?lang= (the switch), else the cookie the switch set, else the
    browser's Accept-Language, else English. An unknown ?lang= is a UsageError (a 400 page)
    when `strict`, else passed over."""
    asked = request.query_params.get("lang")
    if asked and strict:
        return i18n.checked(asked)
    for choice in (asked, request.cookies.get(LANGUAGE_COOKIE)):
        if choice and choice.strip().lower() in i18n.LANGUAGES:
            return choice.strip().lower()
    return i18n.from_accept_language(request.headers.get("accept-language"))


def _switch_links(request: Request) -> list[tuple[str, str, str]]:
    """(language, its name in itself, the same page in it) for the switch."""
    links = []
    for code in reversed(i18n.LANGUAGES):      # Nederlands | English
        url = request.url.include_query_params(lang=code)
        links.append((code, i18n.LANGUAGE_NAMES[code], f"{url.path}?{url.query}"))
    return links


def _script_json(value) -> str:
    """JSON safe inside <script type="application/json">: no "<", ">" or "&" at all."""
    from .picture import _script_json as encode
    return encode(value)


_IRI_BAD = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def _bad_iri(text: str) -> bool:
    """A value that kg.query.expand takes for an IRI but that no store accepts as one."""
    iri = expand(text.strip())
    return iri is not None and bool(_IRI_BAD.search(iri))


def _for_web(message: str) -> str:
    """A library message with its command-line advice put in terms of these pages."""
    message = re.sub(r"(?:try|probeer) `kg find ([^`]*)`",
                     lambda m: _("search for “{text}” with the Find box").format(
                         text=m.group(1)),
                     message)
    message = re.sub(r"; (?:give it with|geef hem met) -p (\w+)=(?:VALUE|WAARDE)",
                     lambda m: _("; fill in “{name}”").format(name=m.group(1)), message)
    return message.replace("`kg query list` " + _("shows them"), _("the Queries page lists them"))


def _link(path: str, **params) -> str:
    params = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(params) if params else "")


class _Page(Exception):
    """A page that ends early with a message (unknown thing, bad input)."""

    def __init__(self, status: int, title: str, message: str, **extra):
        super().__init__(message)
        self.status, self.title, self.message, self.extra = status, title, message, extra


def _status(exc: KGError) -> int:
    """The HTTP status of a library error: its own `status` (kg.serve's errors have one: 403
    refused, 503 time limit, ...), else by its family."""
    status = getattr(exc, "status", None)
    if isinstance(status, int):
        return status
    if isinstance(exc, QueryNotFound):
        return 404
    if isinstance(exc, UsageError):
        return 400
    if isinstance(exc, StoreError):
        return 503
    return 500


def _handles_errors(fn):
    """Run a page method; _Page and library errors become a readable page with their status."""
    @functools.wraps(fn)
    def wrapper(self, request: Request):
        i18n.use(request_language(request, strict=False))   # (the error page's language)
        try:
            i18n.use(request_language(request))
            return fn(self, request)
        except _Page as exc:
            return self.failure(request, exc.status, exc.title, exc.message, **exc.extra)
        except KGError as exc:
            status = _status(exc)
            return self.failure(request, status, _("Something went wrong") if status >= 500
                                else _("That did not work"), _for_web(exc.message),
                                details=exc.details[:50])
    return wrapper


class _ContextEngine:
    """The serving context as the engine kg.network expects (select with name/limit/offset)."""

    def __init__(self, context):
        self.context = context

    def select(self, text, bindings=None, name="query", limit=None, offset=0):
        variables, rows = self.context.select(text, bindings or None)
        if getattr(rows, "truncated", False):
            # a network from part of its facts would be wrong without saying so
            raise StoreError(_("{name}: more facts than the server's row limit ({n}); raise "
                               "the row limit of kg serve (max_rows) to draw this network"
                               ).format(name=name, n=i18n.number(len(rows))))
        rows = list(rows)[offset:]
        return variables, rows if limit is None else rows[:limit]


@functools.lru_cache(maxsize=1)
def _vis_files() -> tuple[str, str]:
    from .picture import _vis_files as read
    return read()


# ---------------------------------------------------------------- the pages

class Pages:
    def __init__(self, context, *, sparql_path: str = "/sparql", query_api: str = "/query",
                 static_path: str = "/static"):
        self.context = context
        self.sparql_path = sparql_path
        self.query_api = query_api
        self.static_path = static_path
        self.env = _environment()
        self._graphs: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    # --- plumbing
    @property
    def labels(self):
        return self.context.labels

    def queries(self) -> dict[str, Query]:
        return catalogue(self.context.paths.queries)

    def render(self, request: Request, template: str, status: int = 200, **values) -> HTMLResponse:
        values.setdefault("q", "")
        page = self.env.get_template(template).render(
            request=request, static=self.static_path, sparql_path=self.sparql_path,
            active=values.pop("active", ""), lang=i18n.current(),
            languages=_switch_links(request), **values)
        response = HTMLResponse(page, status_code=status,
                                headers={"Content-Security-Policy": CSP_PAGE,
                                         "X-Content-Type-Options": "nosniff",
                                         "Referrer-Policy": "same-origin",
                                         "Content-Language": i18n.current(),
                                         "Vary": "Accept-Language, Cookie"})
        if request.query_params.get("lang") == i18n.current():   # the switch: remember it
            response.set_cookie(LANGUAGE_COOKIE, i18n.current(), max_age=365 * 24 * 3600,
                                samesite="lax")
        return response

    def failure(self, request: Request, status: int, title: str, message: str,
                **values) -> HTMLResponse:
        return self.render(request, "error.html", status=status, title=title, message=message,
                           **values)

    # --- cells: labels, with links for the things that have a page
    def href(self, iri: str) -> str | None:
        kind = self.labels.kinds.get(iri)
        if kind in ACTOR_KINDS:
            return _link("/actor", iri=compact(iri))
        if kind == "event":
            return _link("/event", iri=compact(iri))
        if kind == "concept" and iri.startswith(BASE + "theme/"):
            return _link("/queries/theme-actors", theme=compact(iri))
        if kind == "agreement":
            return _link("/queries/agreements", agreement=compact(iri))
        return None

    def thing(self, iri: str) -> dict:
        iri = str(iri)
        return {"text": self.labels.label(iri), "href": self.href(iri), "iri": compact(iri),
                "kind": _(self.labels.kinds[iri]) if iri in self.labels.kinds else ""}

    def cell(self, term, var: str = "", quotes: tuple[str, ...] = (),
             things: dict | None = None) -> dict:
        """A cell for a template; `quotes`: the columns of quoted sentences besides "evidence"
        and "quote" (the query's `#+ evidence:` columns); `things`: the cells of the things
        already shown, by IRI, shared between the cells of one table (never changed)."""
        if term is None:
            return {"text": ""}
        if isinstance(term, Several):    # the values of one fact (kg.gather): each linked
            shown = for_reader(term, var, quotes)      # (one language of a translated text)
            if not isinstance(shown, Several):
                return self.cell(shown, var, quotes, things)
            parts = [self.cell(t, var, quotes, things) for t in shown]
            return {"text": display(term, self.labels), "parts": parts,
                    "quote": any(p.get("quote") for p in parts)}
        if isinstance(term, Beside):     # a value beside its source: "completed [report]"
            cell = self.cell(term.value, var, quotes, things)
            return {**cell, "text": display(term, self.labels)} if cell.get("quote") else {
                "text": display(term, self.labels)}
        if isinstance(term, URIRef):
            if things is None:
                return self.thing(term)
            found = things.get(term)
            if found is None:
                found = things[term] = self.thing(term)
            return found
        text = display(term, self.labels)
        cell = {"text": text}
        # quotes: the sentences, and the words of a source ("in maart 2025", `…AsStated`)
        if (var in QUOTE_COLUMNS or var in quotes or var.endswith("AsStated")) and text:
            cell["quote"] = True
            cell["lang"] = getattr(term, "language", None) or ""
        return cell

    def sources(self, quotes) -> dict[str, list[str]]:
        """Report labels for each quoted sentence (by its text)."""
        unique = list(dict.fromkeys(q for q in quotes if isinstance(q, Literal)))
        if not unique:
            return {}
        query = self.lookup("quote-sources")
        try:
            answers = self.context.select_each(query.text, [{"quote": q} for q in unique],
                                               name=query.name)
        except KGError:
            return {}
        found: dict[str, list[str]] = {}
        for quote, rows in zip(unique, answers):
            for report, _quote in rows:
                found.setdefault(str(quote), []).append(self.labels.label(str(report)))
        return found

    def lookup(self, name: str) -> Query:
        """A query of queries/lookup/ (the pages' own, not in the catalogue)."""
        return load_query(self.context.paths.queries / "lookup" / f"{name}.rq")

    def resolve(self, text: str, kinds: tuple[str, ...], what: str) -> str:
        """An IRI, prefixed name or label naming one thing of the given kinds."""
        text = (text or "").strip()
        if not text:
            raise _Page(400, _("Which {what}?").format(what=_(what)), _(
                "Give the {what} as ?iri=… (an IRI, a prefixed name such as "
                "rper:kim-dong-yeon, or a name).").format(what=_(what)))
        iri = expand(text)
        if iri is not None:
            iri = self.labels.canonical(iri)     # a merged record's IRI shows its actor
        if iri is None:
            matches = self.labels.find(text, set(kinds))
            if not matches:
                raise _Page(404, _("Not found"), _("Nothing of that kind is called “{text}”."
                                                   ).format(text=text), suggest=text)
            if len(matches) > 1:
                raise _Page(400, _("Which one?"), _("“{text}” names {n} things; choose one:"
                                                    ).format(text=text, n=len(matches)),
                            choices=[self.thing(m) for m in matches[:50]])
            iri = matches[0]
        kind = self.labels.kinds.get(iri)
        if kind not in kinds:
            if kind is None:
                raise _Page(404, _("Not found"), _("The graph has no {what} {iri}.").format(
                    what=_(what), iri=compact(iri)), suggest=compact(iri))
            a_kind = (_("an {kind}") if kind[:1] in "aeiou" else _("a {kind}")).format(kind=_(kind))
            raise _Page(404, _("Not found"), _("{name} ({iri}) is {a_kind}, not a {what}.").format(
                name=self.labels.label(iri), iri=compact(iri), a_kind=a_kind, what=_(what)),
                choices=[self.thing(iri)])
        return iri

    # --- home, find, lists
    @_handles_errors
    def home(self, request: Request):
        kinds = Counter(self.labels.kinds.values())
        queries = self.queries()
        return self.render(request, "home.html", active="home", kinds=kinds,
                           n_queries=len(queries), title=_("Regional relations knowledge graph"))

    @_handles_errors
    def find(self, request: Request):
        q = request.query_params.get("q", "").strip()
        results = []
        if q:
            for match in self.labels.matches(q):
                iri = match.iri
                main = self.labels.label(iri)
                aliases = sorted(n for n in self.labels.names.get(iri, ()) if n != main)
                thing = self.thing(iri)
                if match.how == "office":       # "governor" finds who holds the post
                    thing["kind"] += f" ({match.reason(self.labels)})"
                results.append({**thing, "aliases": aliases})
        return self.render(request, "find.html", q=q, results=results,
                           title=_("Find “{text}”").format(text=q) if q else _("Find"))

    def _listing(self, kinds: tuple[str, ...]) -> list[tuple[str, list[dict]]]:
        groups = []
        for kind in kinds:
            items = [self.thing(iri) for iri, k in self.labels.kinds.items() if k == kind]
            items.sort(key=lambda t: (t["text"].casefold(), t["iri"]))
            groups.append((_(KIND_PLURALS.get(kind, kind)), items))
        return groups

    @_handles_errors
    def actors(self, request: Request):
        return self.render(request, "list.html", active="actors",
                           title=_("People and organisations"), groups=self._listing(ACTOR_KINDS),
                           intro=_("Everyone the reports name: people, organisations and groups "
                                   "(delegations, working groups). Each has a page with what "
                                   "the graph knows about them and the sentences that say so."))

    def event_times(self, event: str | None = None) -> list[dict]:
        """When, where and what kind of event (queries/lookup/event-times.rq): every event in
        time order, or the rows of one; an event with several places or times has several."""
        q = load_query(self.context.paths.queries / "lookup" / "event-times.rq")
        bindings = {"event": URIRef(event)} if event else None
        variables, rows = self.context.select(q.text, bindings, name=q.name)
        return [dict(zip(variables, row)) for row in rows]

    @_handles_errors
    def events(self, request: Request):
        items, seen = [], set()
        for row in self.event_times():
            iri = str(row["event"])
            if iri not in seen:      # its first time and place (an event may have several)
                seen.add(iri)
                kind = row["type"] if row["type"] is not None else row["kind"]
                facts = [display(row[k], self.labels) for k in ("when", "place") if row[k]]
                items.append({**self.thing(iri), "when": ", ".join(
                    facts + [self.labels.label(str(kind))])})
        by_type = self.queries().get("events-by-type")
        by_type = by_type.title if by_type else "events-by-type"
        return self.render(request, "list.html", active="events", title=_("Events"),
                           groups=[(_(KIND_PLURALS.get("event", "events")), items)],
                           intro=_("Missions, meetings, visits, fairs and seminars, in time "
                                   "order (then in the order the reports give), with when, "
                                   "where and what kind (an enclosing event's time or place "
                                   "where the reports give none for the event). The named "
                                   "query “{query}” lists them with dates and places."
                                   ).format(query=by_type),
                           more=[(by_type, "/queries/events-by-type")])

    def _when_where(self, iri: str) -> dict:
        """The event's kind, times and places, each saying when it is that of an enclosing
        event because the report gives none for the event itself."""
        rows = self.event_times(iri)
        if not rows:
            return {}

        def of(value_key: str, from_key: str, extra=None) -> list[dict]:
            found = {}
            for r in rows:
                if r[value_key] is None:
                    continue
                text = display(r[value_key], self.labels)
                if extra and r.get(extra) is not None:
                    text += f" (“{r[extra]}”)"
                source = str(r[from_key]) if r[from_key] is not None else iri
                found.setdefault(text, {
                    "text": text, "href": self.href(str(r[value_key])) if isinstance(
                        r[value_key], URIRef) else None,
                    "inherited": None if source == iri else self.thing(source)})
            return list(found.values())
        first = rows[0]
        kind = self.labels.label(str(first["kind"]))
        if first["type"] is not None:
            kind = f"{self.labels.label(str(first['type']))} ({kind})"
        return {"kind": kind, "when": of("when", "timeFrom", "whenAsStated"),
                "where": of("place", "placeFrom")}

    # --- named queries
    @_handles_errors
    def query_list(self, request: Request):
        return self.render(request, "queries.html", active="queries", title=_("Named queries"),
                           queries=list(self.queries().values()))

    @_handles_errors
    def query_page(self, request: Request):
        name = request.path_params["name"]
        query = self.queries().get(name)
        if query is None:
            close = [n for n in self.queries() if name.lower() in n or n in name.lower()]
            raise _Page(404, _("No such query"), _("There is no named query “{name}”.").format(
                name=name),
                        choices=[{"text": self.queries()[n].title, "href": f"/queries/{n}",
                                  "iri": n} for n in close])
        given = {p.name: request.query_params.get(p.name, "") for p in query.params}
        submitted = any(p.name in request.query_params for p in query.params)
        values = {k: v.strip() for k, v in given.items() if v.strip()}
        fields = [{"name": p.name, "type": p.type, "description": p.description,
                   "required": p.required,
                   "value": given[p.name] if submitted else self._shown_default(p),
                   "default": p.default} for p in query.params]
        values_shown = {f["name"]: f["value"] for f in fields if f["value"].strip()}
        show = submitted or not any(p.required for p in query.params)
        answer, error, status = None, None, 200
        missing = [p for p in query.params if p.required and p.name not in values]
        bad = [p for p in query.params if p.type in ("iri", "actor") and p.name in values
               and _bad_iri(values[p.name])]
        if submitted and (missing or bad):
            show, status = False, 400
            error = " ".join(
                ([_("Fill in {fields}.").format(fields="; ".join(
                    f"“{p.name}” ({p.description or p.type})" for p in missing))]
                 if missing else [])
                + [_("Parameter {name}: “{value}” is not a valid IRI.").format(
                    name=p.name, value=values[p.name]) for p in bad])
        # a page of facts as `kg query`'s table (kg.config.FIRST_PAGE), or `_limit`, `_offset`
        asked = {k: request.query_params[k] for k in ("_limit", "_offset")
                 if k in request.query_params}
        limit, offset = FIRST_PAGE, 0
        if show:
            try:
                from .serve import page_asked
                limit, offset = page_asked(dict(asked), FIRST_PAGE)
                answer = self.context.run_named(query.name, values if submitted else {},
                                                limit=limit, offset=offset)
            except KGError as exc:
                if _status(exc) >= 500:
                    raise
                error, status = _for_web(exc.message), _status(exc)
        table = None
        if answer is not None:
            things: dict = {}       # (a page of 1,000 facts names its actor 1,000 times)
            table = {"columns": answer.variables,
                     "headers": [(v, query.heading(v))
                                 for v in answer.variables],
                     "rows": [[self.cell(t, v, query.evidence, things)
                               for t, v in zip(row, answer.variables)]
                              for row in answer.rows]}
        max_rows = getattr(getattr(self.context, "settings", None), "max_rows", None)
        truncated = bool(getattr(answer, "truncated", False))
        shown = {**values_shown, **({} if limit == FIRST_PAGE else {
            "_limit": "all" if limit is None else limit})}
        qs = urlencode(values_shown)
        # JSON: this page (its own links lead on); CSV: the whole answer, as `kg query -f csv`
        downloads = [("JSON", _link(f"{self.query_api}/{query.name}.json",
                                    **{**shown, "_offset": offset or None})),
                     ("CSV", f"{self.query_api}/{query.name}.csv" + ("?" + qs if qs else ""))]
        pages = None
        if answer is not None and (offset or answer.more):
            pages = {"first": offset + 1, "last": offset + len(answer.rows), "more": answer.more,
                     "previous": _link(f"/queries/{query.name}", **shown,
                                       _offset=max(0, offset - (limit or offset)) or None)
                     if offset else None,
                     "next": _link(f"/queries/{query.name}", **shown,
                                   _offset=offset + len(answer.rows)) if answer.more else None,
                     "all": downloads[1][1]}
        return self.render(request, "query.html", status=status, active="queries",
                           title=query.title, query=query, fields=fields, table=table,
                           error=error, downloads=downloads if answer is not None else [],
                           notes=getattr(answer, "notes", []), pages=pages,
                           truncated=truncated,
                           max_rows=max_rows)

    # --- one actor, one event

    def _shown_default(self, param) -> str:
        """A parameter's default as a person writes it: an IRI by its label (the form sends the
        label back, which resolves to the same IRI)."""
        if param.default in (None, "none"):
            return ""
        if param.type in ("iri", "actor") and param.default in self.labels.pref:
            return self.labels.label(param.default)
        return param.default
    def _footnotes(self, rows, column: int):
        """Number the distinct quotes of a column; return (number per row, notes)."""
        # a gathered cell holds several quotes; one kept beside its report is its quote here
        # (the note names its reports itself)
        cells = [[q.value if isinstance(q, Beside) else q for q in values(row[column])]
                 for row in rows]
        reports = self.sources([q for quotes in cells for q in quotes])
        numbers: dict[str, int] = {}
        notes = []
        marks = []
        for quotes in cells:
            mark = []
            for q in quotes:
                text = str(q)
                if not text:
                    continue
                if text not in numbers:
                    numbers[text] = len(numbers) + 1
                    notes.append({"n": numbers[text], "text": text,
                                  "lang": getattr(q, "language", None) or "",
                                  "reports": reports.get(text, [])})
                mark.append(numbers[text])
            marks.append(mark or None)
        return marks, notes

    @_handles_errors
    def actor(self, request: Request):
        iri = self.resolve(request.query_params.get("iri", ""), ACTOR_KINDS,
                           "person or organisation")
        key = compact(iri)
        # a first page of each, as /queries/NAME shows it; the rest there (`more`)
        profile = self.context.run_named("actor-profile", {"actor": iri}, limit=FIRST_PAGE)
        met = self.context.run_named("who-met", {"actor": iri}, limit=FIRST_PAGE)
        more = {name: {"last": len(answer.rows),
                       "next": _link(f"/queries/{name}", actor=key, _offset=len(answer.rows)),
                       "all": _link(f"{self.query_api}/{name}.csv", actor=key)}
                for name, answer in (("actor-profile", profile), ("who-met", met))
                if getattr(answer, "more", False)}
        p_rows = profile.rows
        p_col = {v: i for i, v in enumerate(profile.variables)}
        m_col = {v: i for i, v in enumerate(met.variables)}
        # one numbering of the quotes over the whole page
        combined = [(r[p_col["evidence"]],) for r in p_rows] + [(r[m_col["evidence"]],)
                                                                for r in met.rows]
        marks, notes = self._footnotes(combined, 0)
        sections: OrderedDict[str, list] = OrderedDict()
        for row, mark in zip(p_rows, marks[:len(p_rows)]):
            aspect = str(row[p_col["aspect"]])
            sections.setdefault(aspect, []).append({
                "relation": self.cell(row[p_col["relation"]]),
                "value": self.cell(row[p_col["value"]]), "note": mark})
        meetings = []
        for row, mark in zip(met.rows, marks[len(p_rows):]):
            cell = {v: self.cell(row[i], v) for v, i in m_col.items()}
            cell["note"] = mark
            meetings.append(cell)
        main = self.labels.label(iri)
        aliases = sorted(n for n in self.labels.names.get(iri, ()) if n != main)
        return self.render(
            request, "actor.html", active="actors", title=main, iri=iri, key=key,
            kind=_(self.labels.kinds.get(iri, "")), aliases=aliases,
            sections=[(_(ASPECTS[a]) if a in ASPECTS else _(a).capitalize(), rows)
                      for a, rows in sections.items()],
            meetings=meetings, notes=notes, more=more,
            links=[(_("Where does this come from"), _link("/queries/source-of", subject=key)),
                   (_("Neighbourhood in the network"), _link("/network", kind="met", ego=key,
                                                             hops="1")),
                   (_("Profile as JSON"), _link(f"{self.query_api}/actor-profile.json",
                                                actor=key, _lang=i18n.current()))])

    @_handles_errors
    def event(self, request: Request):
        iri = self.resolve(request.query_params.get("iri", ""), ("event",), "event")
        key = compact(iri)
        answer = self.context.run_named("event-participants", {"event": iri})
        col = {v: i for i, v in enumerate(answer.variables)}
        marks, notes = self._footnotes(answer.rows, col["evidence"])
        rows = []
        for row, mark in zip(answer.rows, marks):
            cell = {v: self.cell(row[i], v) for v, i in col.items()}
            cell["note"] = mark
            rows.append(cell)
        structure: dict[str, list] = {"part of": [], "part": [], "mission": []}
        # the IRI is one of the graph's own (resolved above), written in N-Triples syntax
        query = self.lookup("event-structure")
        _vars, found = self.context.select(query.text, {"event": URIRef(iri)}, name=query.name)
        for rel, other, _sort in found:
            structure.setdefault(str(rel), []).append(self.thing(other))
        for things in structure.values():
            things.sort(key=lambda t: (t["text"].casefold(), t["iri"]))
        links = [(_("Where does this come from"), _link("/queries/source-of", subject=key))]
        if structure["mission"]:
            links.insert(0, (_("Programme of this mission"),
                             _link("/queries/mission-programme", mission=key)))
        main = self.labels.label(iri)
        aliases = sorted(n for n in self.labels.names.get(iri, ()) if n != main)
        return self.render(
            request, "event.html", active="events", title=main, iri=iri, key=key,
            facts=self._when_where(iri),
            aliases=aliases, rows=rows, notes=notes, part_of=structure["part of"],
            parts=structure["part"], links=links)

    # --- ontology documentation (kg.ontodoc)
    @_handles_errors
    def ontology(self, request: Request):
        from . import ontodoc
        lang = request_language(request)
        other = "nl" if lang == "en" else "en"
        page = ontodoc.render(ontodoc.read(self.context.paths), lang,
                              other_href=f"/ontology?lang={other}")
        return HTMLResponse(page, headers={"Content-Security-Policy": CSP_PAGE,
                                           "X-Content-Type-Options": "nosniff",
                                           "Referrer-Policy": "same-origin"})

    # --- timeline (kg.timeline)
    @_handles_errors
    def timeline(self, request: Request):
        from . import timeline as tl
        params = request.query_params
        actor = params.get("actor", "").strip()
        a = params.get("a", "").strip() or "Noord-Brabant"
        b = params.get("b", "").strip() or "Gyeonggi"
        queries = self.context.paths.queries
        if actor:
            items = tl.of_actor(self._engine(), self.labels, queries, actor, i18n.current())
            title = tl.title_of(actor, i18n.current())
        else:
            items = tl.between(self._engine(), self.labels, queries, a, b, i18n.current())
            title = tl.title_between(a, b, i18n.current())
        svg = tl.inline_svg(items, title, href=self.href) if any(i.placed for i in items) else ""
        return self.render(request, "timeline.html", active="timeline", title=title, a=a, b=b,
                           actor=actor, items=items, svg=svg,
                           words=lambda text: tl.words(text, i18n.current()), href=self.href)

    # --- network
    def _engine(self):
        for name in ("store", "engine"):
            engine = getattr(self.context, name, None)
            if engine is not None and hasattr(engine, "select"):
                return engine
        return _ContextEngine(self.context)

    def _base_graph(self, kind: str, filters):
        from . import network as nw
        key = (kind, filters, id(self.labels), i18n.current())   # (labels in its language)
        with self._lock:
            if key in self._graphs:
                self._graphs.move_to_end(key)
                return self._graphs[key]
        G = nw.network(self._engine(), self.context.paths, kind, filters, labels=self.labels,
                       lang=i18n.current())
        with self._lock:
            self._graphs[key] = G
            while len(self._graphs) > 16:
                self._graphs.popitem(last=False)
        return G

    def _node_in(self, G, text: str, what: str) -> str:
        """An actor of G named by IRI, prefixed name, label or alias."""
        from . import network as nw
        iri = expand(text)
        if iri is not None:
            iri = self.labels.canonical(iri)
            if iri not in G:
                raise UsageError(_("{what}: {name} ({id}) is not in this network ({n} nodes); "
                                   "check the kind and the filters").format(
                    what=what, name=self.labels.label(iri), id=compact(iri),
                    n=G.number_of_nodes()))
            return iri
        candidates = [m for m in self.labels.find(text) if m in G]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            shown = "; ".join(f"{self.labels.label(c)} ({compact(c)})" for c in candidates[:8])
            raise UsageError(_("{what}: “{text}” matches {n} nodes of this network: {shown}. "
                               "Give one of these names or IDs.").format(
                what=what, text=text, n=len(candidates), shown=shown))
        try:
            return nw.resolve_node(G, text)
        except UsageError as exc:
            raise UsageError(f"{what}: {exc.message}") from None    # (both in the language)

    def network_view(self, params) -> dict:
        """The graph the controls ask for, with its note, title and highlighted path."""
        from . import network as nw
        get = lambda k: (params.get(k) or "").strip() or None   # noqa: E731
        kind = get("kind") or "met"
        if kind not in nw.KINDS:
            raise UsageError(_("unknown network kind “{kind}”; choose one of {choices}").format(
                kind=kind, choices=", ".join(nw.KINDS)))
        hops_text = get("hops") or "1"
        if not hops_text.isdigit() or not 1 <= int(hops_text) <= 6:
            raise UsageError(_("hops: “{hops}” is not a whole number from 1 to 6").format(
                hops=hops_text))
        hops = int(hops_text)
        filters = nw.Filters(since=get("since"), until=get("until"), theme=get("theme"),
                             event_type=get("event_type"), place=get("place"),
                             actor_type=get("actor_type"))
        G = self._base_graph(kind, filters)
        notes = [G.graph["note"]] if G.graph.get("note") else []   # regions: one level
        if get("ego"):
            centre = self._node_in(G, get("ego"), "ego")
            G = nw.ego_network(G, centre, hops)
            notes.append(_("The {hops}-step neighbourhood of {name}.").format(
                hops=hops, name=self.labels.label(centre)))
        aggregate_by = get("aggregate")
        if aggregate_by:
            G = nw.aggregate(G, by=aggregate_by)
            notes.append(_("Aggregated by {by}.").format(by=_(aggregate_by)))
        elif nw.too_large(G):
            G = nw.aggregate(G, by="organisation")
            notes.append(_("Too large to draw: people are aggregated by organisation ({n} "
                           "groups); choose an ego actor or filters for detail.").format(
                n=G.number_of_nodes()))
        routes, steps = [], []
        if get("from") or get("to"):
            if not (get("from") and get("to")):
                raise UsageError(_("path: give both “from” and “to”"))
            a = self._node_in(G, get("from"), _("path from"))
            b = self._node_in(G, get("to"), _("path to"))
            routes = nw.connection_paths(G, a, b)
            steps = [nw.path_steps(G, r) for r in routes]
            first = routes[0]
            notes.append(ngettext("Shortest path from {a} to {b} highlighted ({steps} step(s)).",
                                  "Shortest paths from {a} to {b} highlighted ({steps} "
                                  "step(s), {n} paths).", len(routes)).format(
                a=self.labels.label(a), b=self.labels.label(b), steps=len(first) - 1,
                n=len(routes)))
        return {"G": G, "kind": kind, "title": _(NETWORK_TITLES[kind]), "note": " ".join(notes),
                "routes": routes, "steps": steps, "hops": hops}

    def _network_form(self, params) -> dict:
        from . import network as nw
        concepts = [(iri, self.labels.label(iri)) for iri, k in self.labels.kinds.items()
                    if k == "concept"]
        options = {
            "theme": sorted({t for i, t in concepts if i.startswith(BASE + "theme/")}),
            "event_type": sorted({t for i, t in concepts if i.startswith(BASE + "event-type/")}),
            "place": sorted({self.labels.label(i) for i, k in self.labels.kinds.items()
                             if k == "place"}),
            "actor": sorted({self.labels.label(i) for i, k in self.labels.kinds.items()
                             if k in ACTOR_KINDS}),
        }
        values = {k: params.get(k, "") for k in ("kind", "ego", "hops", "from", "to", "since",
                                                 "until", "theme", "event_type", "place",
                                                 "actor_type", "aggregate")}
        values["kind"] = values["kind"] or "met"
        values["hops"] = values["hops"] or "1"
        active = sum(1 for k in ("since", "until", "theme", "event_type", "place", "actor_type",
                                 "aggregate") if values[k].strip())
        return {"values": values, "options": options, "active": active,
                "kinds": [(k, _(NETWORK_TITLES[k]), _(NETWORK_HELP[k])) for k in nw.KINDS]}

    def _step_view(self, G, step: dict) -> dict:
        from . import timeline as tl
        def node(iri):
            kind = G.nodes[iri].get("kind", "") if iri in G else ""
            href = self.href(iri) if kind in ACTOR_KINDS or kind == "event" else None
            return {"text": G.nodes[iri].get("label", iri) if iri in G else iri, "href": href,
                    "iri": compact(iri)}
        events = [{"text": e.get("label") or compact(e.get("iri", "")),
                   "date": tl.words(e.get("date"), i18n.current()),
                   "href": self.href(e.get("iri", "")),
                   "via": e.get("via", "")}
                  for e in step["events"]]
        return {"from": node(step["from"]), "to": node(step["to"]), "events": events,
                "relations": [_(r) for r in step["relations"]]}

    @_handles_errors
    def network(self, request: Request):
        params = request.query_params
        form = self._network_form(params)
        try:
            view = self.network_view(params)
        except UsageError as exc:
            return self.render(request, "network.html", status=400, active="network",
                               title=_("Network"), form=form, error=_for_web(exc.message),
                               frame=None)
        G = view["G"]
        query = urlencode([(k, v) for k, v in params.multi_items() if v.strip()])
        paths = [[self._step_view(G, s) for s in route] for route in view["steps"]]
        return self.render(request, "network.html", active="network", title=_("Network"),
                           form=form, error=None, note=view["note"], paths=paths,
                           frame="/network/view" + ("?" + query if query else ""),
                           heading=view["title"], n_nodes=G.number_of_nodes(),
                           n_edges=G.number_of_edges())

    def network_frame(self, request: Request):
        """kg.picture's offline network page for the same parameters."""
        i18n.use(request_language(request, strict=False))
        try:
            view = self.network_view(request.query_params)
            page = self._vis_page(view)
            status = 200
        except KGError as exc:
            status = _status(exc)
            page = self.env.get_template("frame-error.html").render(
                message=_for_web(exc.message))
        return HTMLResponse(page, status_code=status,
                            headers={"Content-Security-Policy": CSP_NETWORK_VIEW,
                                     "X-Content-Type-Options": "nosniff"})

    def _vis_page(self, view: dict) -> str:
        """kg/templates/network.html filled like kg.picture.html(), with the path highlighted."""
        from . import network as nw
        from . import picture
        G = view["G"]
        if len(G) > picture.MAX_HTML_NODES:
            raise UsageError(_("{n} nodes are too many to draw in one page (limit {limit}): "
                               "choose an ego actor, filter, or aggregate.").format(
                n=i18n.number(len(G)), limit=i18n.number(picture.MAX_HTML_NODES)))
        net, measure = picture.pyvis_network(G, nw.centrality(G))
        if view["routes"]:
            _highlight(net, view["routes"])
        nodes, edges, _heading, _height, _width, options = net.get_network_data()
        vis_js, vis_css = _vis_files()
        return picture._environment().get_template("network.html").render(
            title=view["title"], note=view["note"], vis_js=vis_js, vis_css=vis_css,
            nodes_json=_script_json(nodes), edges_json=_script_json(edges),
            options_json=_script_json(json.loads(options)), n_nodes=len(nodes),
            n_edges=len(edges), legend=picture.legend(G, measure),
            straight=len(edges) > picture.STRAIGHT_EDGES_ABOVE)

    # --- SPARQL editor
    @_handles_errors
    def editor(self, request: Request):
        examples = []
        for q in sorted(self.queries().values(),
                        key=lambda q: (any(p.required for p in q.params), q.name)):
            header = ["# " + _("Named query “{name}”: {title}").format(name=q.name,
                                                                        title=q.title),
                      "# " + _("With a form and labels instead of IRIs: {path}").format(
                          path=f"/queries/{q.name}")]
            for p in q.params:
                header.append("# " + _("?{name} is a parameter ({description}); unbound here, "
                                       "it matches everything. To fix it, end the query with: "
                                       "{values}").format(
                    name=p.name, description=p.description or p.type,
                    values=f"VALUES ?{p.name} {{ <IRI> }}"))
            examples.append({"name": q.name, "title": q.title, "description": q.description,
                             "needs": [p.name for p in q.params if p.required],
                             "text": "\n".join(header) + "\n" + q.text.rstrip() + "\n"})
        return self.render(request, "editor.html", active="editor", title=_("SPARQL editor"),
                           examples=examples, examples_json=_script_json(examples),
                           prefixes_json=_script_json(PREFIXES),
                           start=request.query_params.get("example", ""))


def _highlight(net, routes: list[list[str]]) -> None:
    """Path nodes and lines stand out; the rest of the network fades (kept for context)."""
    on_path = {n for r in routes for n in r}
    steps = {frozenset((a, b)) for r in routes for a, b in zip(r, r[1:])}
    for node in net.nodes:
        if node["id"] not in on_path:
            node["opacity"] = 0.3
            node["font"] = {"color": "rgba(31,35,40,0.35)"}
        else:
            node["font"] = {"color": "#1F2328", "bold": True}
    for edge in net.edges:
        if frozenset((edge["from"], edge["to"])) in steps:
            edge["color"] = {"color": "#D55E00", "highlight": "#D55E00", "hover": "#D55E00",
                             "inherit": False}
            edge["width"] = max(float(edge.get("width", 1)), 5.0)
        else:
            edge["color"] = {"color": "#A7B0BA", "opacity": 0.2, "inherit": False}


# ---------------------------------------------------------------- routes

def page_routes(context, *, sparql_path: str = "/sparql", query_api: str = "/query",
                static_path: str = "/static") -> list[Route]:
    """The HTML pages over a serving context (see the module docstring). `sparql_path`,
    `query_api` and `static_path` say where kg.serve put the SPARQL endpoint, the
    /query/NAME.json|.csv answers and kg/static."""
    pages = Pages(context, sparql_path=sparql_path, query_api=query_api,
                  static_path=static_path)

    def to_editor(request: Request) -> Response:
        return RedirectResponse("/sparql-editor" + (f"?{request.url.query}"
                                                    if request.url.query else ""), 302)

    return [
        Route("/", pages.home, name="home"),
        Route("/find", pages.find, name="find"),
        Route("/sparql-editor", pages.editor, name="sparql-editor"),
        Route("/yasgui", to_editor, name="yasgui"),
        Route("/queries", pages.query_list, name="queries"),
        Route("/queries/{name}", pages.query_page, name="query"),
        Route("/actors", pages.actors, name="actors"),
        Route("/actor", pages.actor, name="actor"),
        Route("/events", pages.events, name="events"),
        Route("/event", pages.event, name="event"),
        Route("/network", pages.network, name="network"),
        Route("/timeline", pages.timeline, name="timeline"),
        Route("/ontology", pages.ontology, name="ontology"),
        Route("/network/view", pages.network_frame, name="network-view"),
    ]
