"""The `kg` command line: a thin layer over the library. Each command calls one library
function and formats its result; KGError becomes one line on stderr and a documented exit code."""
from __future__ import annotations

import functools
import re
import signal
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .config import FIRST_PAGE as TABLE_ROWS   # facts `kg query` shows as a table without --limit
from .config import Paths
from .cli_language import asked_language, in_language, localised_panels, typer_errors
from .cli_params import use_plain_coercion
from .errors import EXIT_CODES, KGError
from .faults import fault_exit
from .i18n import _, current, number

MAX_ROWS = 10 ** 12    # --limit and --offset beyond this are usage errors, not overflows

def _localised(obj) -> None:
    """The help of a command or parameter in the language in use (kg.i18n): its English text
    is kept and translated anew each time, so each invocation gets its own language."""
    source = obj.__dict__.setdefault("_help_source", getattr(obj, "help", None))
    if source:
        obj.help = _(source)


def _plain_help_params(params):
    """Values named the usual way in help (`--root ROOT`) instead of typer's type placeholders
    (`<path>`; `<bool>` beside a flag, which takes no value); help in the language in use; values
    read without pydantic (kg.cli_params)."""
    use_plain_coercion(params)
    for param in params:
        _localised(param)
        if isinstance(param, typer.core.TyperOption) and (param.is_flag or param.count):
            param.metavar = ""
        elif param.metavar is None:
            param.metavar = param.name.upper()
        if isinstance(param, typer.core.TyperArgument):   # its name says it; no "<str>"
            param.display_type_rich = lambda ctx: None
    return params


class PlainHelpCommand(typer.core.TyperCommand):
    """A command whose help reads `kg query [OPTIONS] NAME [TARGET]`, `--root ROOT`."""

    def get_params(self, ctx):
        return _plain_help_params(super().get_params(ctx))

    def format_help(self, ctx, formatter):
        _localised(self)
        localised_panels()
        return super().format_help(ctx, formatter)

    def format_usage(self, ctx, formatter):
        _usage_in_language(self, ctx, formatter)

    def collect_usage_pieces(self, ctx):
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, typer.core.TyperArgument):
                name = param.metavar + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces


class PlainHelpGroup(typer.core.TyperGroup):
    """`kg --help` in the same style as its commands'."""

    def get_params(self, ctx):
        return _plain_help_params(super().get_params(ctx))

    def format_help(self, ctx, formatter):
        for command in [self, *self.commands.values()]:
            _localised(command)
        localised_panels()
        return super().format_help(ctx, formatter)

    def format_usage(self, ctx, formatter):
        _usage_in_language(self, ctx, formatter)

    def make_context(self, info_name, args, parent=None, **extra):
        """Every invocation starts in the language its arguments ask for (English by default),
        so that typer's lines about a wrong command line are in it too."""
        from . import i18n
        i18n.use(asked_language(list(args)) or i18n.DEFAULT)
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except typer_errors.ClickException as exc:
            localised_panels()      # (typer's rich_utils, 0.05 s, only when typer prints)
            raise in_language(exc) from exc

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except typer_errors.ClickException as exc:
            localised_panels()
            raise in_language(exc) from exc
        except typer.Abort:
            localised_panels()
            raise


def _usage_in_language(command, ctx, formatter) -> None:
    """`Usage: kg query …` with "Usage:" in the language in use."""
    # typer's own placeholders; argument names (NAME, TARGET) are the ones the help lists
    words = {"[OPTIONS]": _("[OPTIONS]"), "COMMAND": _("COMMAND"), "[ARGS]...": _("[ARGS]...")}
    pieces = " ".join(command.collect_usage_pieces(ctx)).split(" ")
    formatter.write_usage(ctx.command_path, " ".join(words.get(p, p) for p in pieces),
                          prefix=_("Usage: "))


app = typer.Typer(
    name="kg", no_args_is_help=True, add_completion=False, cls=PlainHelpGroup,
    help="A knowledge graph of regional relations, built from travel reports.\n\n"
         "Exit codes (every command): "
         + "; ".join(f"{code} {meaning}" for code, meaning in EXIT_CODES.items()) + ".")
# Tables stay readable when piped or captured (rich would otherwise assume 80 columns): the
# width of a common wide terminal; a table shows the columns that answer the question, so fits.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True, highlight=False, soft_wrap=True)

RootOption = typer.Option(None, "--root", help="Project folder holding ontology/, data/ttl/ and queries/ (default: this checkout).")
BuildDirOption = typer.Option(None, "--build-dir", help="Where builds are written (default: ROOT/build).")
ForceOption = typer.Option(False, "--force", help="Replace the output even when it exists and kg did not write it (or it was changed since).")
EndpointOption = typer.Option(None, "--endpoint", help="Read from this SPARQL 1.1 server instead of the local build (Oxigraph server base URL such as http://127.0.0.1:7878, a Fuseki dataset URL such as http://127.0.0.1:3030/kg, or Virtuoso's endpoint such as http://127.0.0.1:8890/sparql).")


def _start_language(value: Optional[str]) -> str:
    """`kg --lang` (or KG_LANG): the language of the whole invocation, English by default
    (set anew on each invocation before parsing, PlainHelpGroup.make_context: nothing carries
    over from an earlier one in this process)."""
    from . import i18n
    try:
        return i18n.use(value) if value else i18n.current()
    except KGError as exc:
        raise typer.BadParameter(exc.message) from None


def _use_language(value: Optional[str]) -> str:
    """--lang: the language of everything the command prints (kg.i18n); refused unless kg
    speaks it (a usage error, exit 2). Without --lang, that of `kg --lang` or KG_LANG, else
    English."""
    from . import i18n
    try:
        return i18n.use(value) if value else i18n.current()
    except KGError as exc:
        raise typer.BadParameter(exc.message) from None


def _text_language(value: Optional[str]) -> Optional[str]:
    """`kg extract --lang`: the language of the report, refused unless kg reads it."""
    from . import i18n
    try:
        return i18n.checked(value) if value else None
    except KGError as exc:
        raise typer.BadParameter(exc.message) from None


LangOption = typer.Option(None, "--lang", callback=_use_language, is_eager=True, help="Language of labels, dates, numbers and headings: `en` or `nl` (default: English, or KG_LANG).")


def paths_for(root: Optional[Path], build_dir: Optional[Path]) -> Paths:
    return Paths(root=root.resolve(), build_dir=build_dir) if root else Paths(build_dir=build_dir)


def reports_errors(fn):
    """First finish or undo what a killed command left (kg.safe_io.recover); then turn library
    errors into one clear line (plus details) and the error's exit code, and any other error
    into one line naming the file that holds its trace (kg.faults)."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        paths = paths_for(kwargs.get("root"), kwargs.get("build_dir"))
        try:
            from .safe_io import recover
            for note in recover(paths):
                err.print(f"kg: {note}", markup=False)
            return fn(*args, **kwargs)
        except KGError as exc:
            err.print(_("kg: error: {message}").format(message=exc.message), markup=False)
            for line in exc.details[:200]:
                err.print(f"  {line}", markup=False)
            if len(exc.details) > 200:
                err.print(_("  … and {n} more").format(n=len(exc.details) - 200), markup=False)
            raise typer.Exit(exc.exit_code)
        # (typer's usage errors are its own TyperException, no longer click's: typer 0.29 carries
        # its own copy of click, and importing click as well cost 0.02 s a command)
        except (SystemExit, typer.Exit, typer.Abort, typer.TyperException):
            raise
        except BaseException as exc:     # OSError, a bug, Ctrl-C: one line, never a traceback
            line, code = fault_exit(exc, paths)
            err.print(f"kg: {line}", markup=False)
            raise typer.Exit(code)
    return wrapper


def version_callback(value: bool):
    if value:
        out.print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=version_callback,
                                      is_eager=True, help="Show the version and exit."),
         lang: Optional[str] = typer.Option(None, "--lang", envvar="KG_LANG", callback=_start_language, is_eager=True, help="Language of every command's output: `en` or `nl`.")):
    pass


def print_repair(result) -> None:
    if result.repaired:
        err.print(_("The last build was damaged ({reason}): rebuilt everything from "
                    "data/.").format(reason=result.repaired), markup=False)


def print_warnings(warnings, labels=None) -> None:
    """Each warning in one line, its nodes named by their labels (`labels`: kg.query.Labels of
    the build); a node without a label keeps its short IRI."""
    if warnings:
        err.print(_("{n} warning(s):").format(n=len(warnings)), markup=False)
        for w in warnings:
            err.print(f"  {w.line(_namer(labels), current())}", markup=False)


def _shown_path(path) -> str:
    """A path as the user can type it: relative to the working folder when inside it."""
    try:
        return str(Path(path).absolute().relative_to(Path.cwd().absolute()))
    except ValueError:
        return str(path)


def _namer(labels):
    """short IRI -> its label, where the graph has one (else the short IRI as it is)."""
    from .query import expand
    if labels is None:
        return None

    def name(short: str) -> str:
        iri = expand(short)
        if iri is not None and iri in labels.pref:
            return labels.label(iri)
        statement = re.fullmatch(r"rstmt:(.+)-[0-9a-f]{12}", short)
        if statement:       # a statement node has no label: say whose fact it is
            return _("A statement of report {report}").format(report=statement.group(1))
        return short
    return name


@app.command(cls=PlainHelpCommand)
@reports_errors
def build(root: Optional[Path] = RootOption, build_dir: Optional[Path] = BuildDirOption,
          store: Optional[str] = typer.Option(None, "--store", help="Also replace the graphs on this SPARQL 1.1 server (Graph Store Protocol), e.g. http://127.0.0.1:7878 for Oxigraph server, http://127.0.0.1:3030/kg for Fuseki, or http://dba@127.0.0.1:8890/sparql for Virtuoso (the user's password in $KG_SERVER_PASSWORD)."),
          full: bool = typer.Option(False, "--full", help="Rebuild and validate everything, ignoring the previous build."),
          brief: bool = typer.Option(False, "--brief", help="Say what was built in one line; the warnings are counted, `kg validate` lists them."),
          lang: str = LangOption):
    """Load ontology and data/ttl/*.ttl, validate (SHACL, QC), reason, and write the store.

    When only report files changed since the last build, only those are validated and replaced.
    The new build replaces the previous one only when every check passed."""
    from .build import build as run_build
    paths = paths_for(root, build_dir)
    result = run_build(paths, store_url=store, full=full)
    print_repair(result)
    if brief:
        out.print(_build_line(result, paths), markup=False, soft_wrap=True)
        return
    table = Table(title=_("Triples per named graph"), show_edge=False)
    table.add_column(_("graph")), table.add_column(_("triples"), justify="right")
    for g, n in result.graphs.items():
        table.add_row(g.replace("https://w3id.org/rikg/graph/", "rgraph:"), number(n))
    out.print(table)
    table = Table(title=_("Entities per class"), show_edge=False)
    table.add_column(_("class")), table.add_column(_("count"), justify="right")
    for c, n in result.classes.items():
        table.add_row(c, str(n))
    out.print(table)
    print_warnings(result.warnings, _labels_if_built(paths) if result.warnings else None)
    if result.cached_warnings:
        err.print(_("{n} earlier warning(s) on unchanged files (see summary.json).").format(
            n=len(result.cached_warnings)), markup=False)
    validated = ", ".join(result.validated) or _("nothing changed")
    out.print(_("Build: {mode}; SHACL validated: {validated}.").format(
        mode=_(result.mode), validated=validated))
    out.print(_("Conforms: yes (SHACL and QC checks passed; {n} warning(s)).").format(
        n=len(result.warnings)))
    # (through build/current, the link every later command reads, not the generation's folder)
    out_dir = paths.current if paths.current.resolve() == Path(result.out).resolve() else result.out
    out.print(_("Store: {path}").format(path=_shown_path(out_dir / Path(result.store_path).name)))
    out.print(_("TriG:  {path}").format(path=_shown_path(out_dir / Path(result.trig_path).name)))
    out.print(_("Summary: {path}").format(path=_shown_path(out_dir / 'summary.json')))
    if result.remote:
        out.print(_("Server: {url} (graphs replaced)").format(url=result.remote))


def _build_line(result, paths: Paths) -> str:
    """The outcome of a build in one line, for `kg build --brief`."""
    triples = sum(result.graphs.values())
    warnings = len(result.warnings) + len(result.cached_warnings)
    noted = (_("{n} warning(s) on the data, listed by `kg validate`").format(n=warnings)
             if warnings else _("no warnings"))
    server = (_("; graphs replaced on {server}").format(server=result.remote)
              if result.remote else "")
    return _("Built the graph ({mode}): {triples} triples in {graphs} named graphs; SHACL and QC "
             "checks passed, {noted}; store in {store}{server}.").format(
        mode=_(result.mode), triples=number(triples),
        graphs=len(result.graphs), noted=noted, store=_shown_path(paths.current), server=server)


@app.command(cls=PlainHelpCommand)
@reports_errors
def validate(root: Optional[Path] = RootOption, lang: str = LangOption):
    """Run the SHACL shapes and QC checks only; the build is left as it is."""
    from .build import validate_only
    paths = paths_for(root, None)
    warnings = validate_only(paths)
    print_warnings(warnings, _labels_if_built(paths) if warnings else None)   # the last build's
    out.print(_("Conforms: yes ({n} warning(s)).").format(n=len(warnings)))


def _labels_and_store(paths: Paths, endpoint: Optional[str] = None):
    """The store and its labels: from the build's label index (each name looked up when shown
    or given), or every label read from the store when there is no index (a remote server)."""
    from .label_index import labels_for
    from .query import open_store
    store = open_store(paths, endpoint)
    return store, labels_for(store, paths, endpoint)


def _labels_if_built(paths: Paths, endpoint: Optional[str] = None):
    """The labels of the last build, or None when there is none yet (a list needs no build)."""
    from .errors import NoBuildError
    try:
        return _labels_and_store(paths, endpoint)[1]
    except NoBuildError:
        return None


def _default_shown(param, labels) -> str:
    """A parameter's default as a person reads it: an IRI by its label (e.g. mission=Administrative
    visit to …), else as written."""
    from .query import compact, expand
    iri = (expand(param.default) if param.type in ("iri", "actor") and param.default != "none"
           else None)
    if iri is None:
        return param.default
    return labels.label(iri) if labels else compact(iri)


@app.command(cls=PlainHelpCommand, context_settings={"help_option_names": ["-h", "--help"]})
@reports_errors
def query(
    name: str = typer.Argument(..., help="A named query (see `kg query list`), `list`, `show NAME`, or a path to your own .rq file."),
    target: Optional[str] = typer.Argument(None, help="With `show`: the query to show."),
    param: list[str] = typer.Option([], "--param", "-p", help="A parameter as NAME=VALUE; repeat for several. IRIs may be given by label, alias or id; a person also by the office they hold (actor=governor); what a name matched, when not simply by name, is said on stderr."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, json or md."),
    lang: str = LangOption,
    limit: Optional[int] = typer.Option(None, "--limit", min=0, max=MAX_ROWS, help=f"At most this many rows (the table format shows at most {TABLE_ROWS:,} unless given)."),
    offset: int = typer.Option(0, "--offset", min=0, max=MAX_ROWS, help="Skip this many rows first."),
    evidence: bool = typer.Option(False, "--evidence", help="In the table format, the quoted sentences as a column instead of numbered notes under the table."),
    root: Optional[Path] = RootOption,
    build_dir: Optional[Path] = BuildDirOption,
    endpoint: Optional[str] = EndpointOption,
):
    """Run a named stakeholder query on the built graph, or list and show the queries.

    One row per fact: several values of one fact share a cell ("; "), a source's value is shown beside its report. The table shows the columns that answer the question, the quotes as numbered notes under it (--evidence: as a column); csv, json and md keep every column.

    Examples: `kg query list`; `kg query show who-met`;
    `kg query who-met -p actor="Kim Dong-yeon" --format md`."""
    from .errors import UsageError
    from .queries import catalogue
    from .query import named, parse_param_args, run_query
    from . import render
    paths = paths_for(root, build_dir)
    if name == "list":
        table = Table(title=_("Named queries"), show_lines=False)
        table.add_column(_("name")), table.add_column(_("title")), table.add_column(_("parameters"))
        labels = _labels_if_built(paths, endpoint)
        for q in catalogue(paths.queries).values():
            params = "; ".join(p.name + ("" if p.required else f"={_default_shown(p, labels)}"
                                         if p.default != "none" else " " + _("(optional)"))
                               for p in q.params)   # (labels may hold commas)
            table.add_row(q.name, q.title, params)
        out.print(table)
        return
    if name == "show":
        if not target:
            raise UsageError(_("`kg query show` needs a query name"))
        q = named(paths, target)
        out.print(f"# {q.path}", markup=False)
        out.print(q.text, markup=False)
        return
    if fmt not in render.FORMATS:
        raise UsageError(_("unknown format {fmt!r}; choose one of {choices}").format(
            fmt=fmt, choices=", ".join(render.FORMATS)))
    q = named(paths, name)
    store, labels = _labels_and_store(paths, endpoint)
    # a table is read on screen: without --limit it is a page of TABLE_ROWS (kg serve's pages
    # are the same page); csv, json and md are exports and give every row
    paged = fmt == "table" and limit is None
    # the table shows the store's own terms: rdflib is not imported for it (0.1 s a command)
    answer = run_query(store, q, parse_param_args(param), labels,
                       limit=TABLE_ROWS if paged else limit, offset=offset,
                       rdflib_terms=fmt != "table", page=paged)
    for note in answer.notes:
        err.print(note, markup=False)
    if fmt == "table":
        out.print(render.to_table(answer, labels, lang, evidence=evidence))
        if answer.more:
            out.print(_("The first {n} rows from row {first}; there are more: page with "
                        "--offset {next} (and --limit N), or export all with --format csv.").format(
                n=number(TABLE_ROWS), first=number(offset + 1), next=offset + TABLE_ROWS))
        else:
            out.print(_("{n} row(s)").format(n=len(answer.rows)))
    elif fmt == "csv":
        sys.stdout.write(render.to_csv(answer, labels, lang))
    elif fmt == "json":
        sys.stdout.write(render.to_json(answer, labels, lang))
    else:
        sys.stdout.write(render.to_markdown(answer, labels, lang))


@app.command(cls=PlainHelpCommand)
@reports_errors
def find(
    text: str = typer.Argument(..., help="A name, label or alias, in any case, with or without accents."),
    lang: str = LangOption,
    root: Optional[Path] = RootOption,
    build_dir: Optional[Path] = BuildDirOption,
    endpoint: Optional[str] = EndpointOption,
):
    """Find actors, events, agreements and concepts by any label, alias or id; and the holders
    of an office by its name ("governor", "gouverneur", "Governor of Gyeonggi")."""
    from .query import compact
    from .errors import AmbiguousLabel
    paths = paths_for(root, build_dir)
    _store, labels = _labels_and_store(paths, endpoint)
    matches = labels.matches(text)
    if not matches:
        raise AmbiguousLabel(_("nothing is called {text!r}").format(text=text))
    rows = []
    for match in matches:
        iri = match.iri
        main = labels.label(iri, lang)
        aliases = sorted(n for n in labels.names.get(iri, ()) if n != main)
        kind = _(labels.kinds.get(iri, ""))
        if match.how == "office":
            kind += f" ({match.reason(labels, lang)})"
        rows.append([main, kind, compact(iri), "; ".join(aliases)])
    from .text_table import Table as TextTable     # (many matches: drawn without rich's work per cell)
    out.print(TextTable("", [_("label"), _("kind"), _("id"), _("also known as")], rows,
                        overflow="ellipsis"))


def _actor_in(g, labels, text: str) -> str:
    """An actor of the network named by label, alias, prefixed name or IRI: among several
    things with that name, the one that is a node of this network."""
    return _actor_among(lambda iris: [i for i in iris if i in g], labels, text,
                        _("this network ({n} nodes)").format(n=g.number_of_nodes()))


def _actor_among(nodes_among, labels, text: str, network: str) -> str:
    """An actor named by label, alias, prefixed name or IRI: among several things with that
    name, the one that `nodes_among` (IRIs -> those in the network) keeps."""
    from .errors import AmbiguousLabel
    from .query import compact, expand
    iri = expand(text)
    if iri is not None:
        return labels.canonical(iri)
    matches = labels.matches(text)
    kept = set(nodes_among([m.iri for m in matches]))
    matches = [m for m in matches if m.iri in kept]
    candidates = [m.iri for m in matches]
    if len(candidates) == 1:
        if matches[0].how != "name":     # an office, an id or part of a name: say whom
            err.print(f"{text} -> {labels.label(candidates[0])} ({matches[0].reason(labels)})",
                      markup=False)
        return candidates[0]
    if not candidates:
        raise AmbiguousLabel(_("nothing called {name} is in {network}; try {command}").format(
            name=repr(text), network=network, command=f"`kg find {text}`"))
    shown = "; ".join(f"{labels.label(c)} ({compact(c)})" for c in candidates[:8])
    raise AmbiguousLabel(_("{name} matches {n} actors of this network: {shown}").format(
        name=repr(text), n=len(candidates), shown=shown))


def _place(labels, text: str) -> str:
    """A place named by label, alias, prefixed name or IRI."""
    from .errors import AmbiguousLabel
    from .query import compact, expand
    iri = expand(text)
    if iri is not None:
        return iri
    matches = labels.find(text, {"place"})
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise AmbiguousLabel(_("no place is called {name}; try {command}").format(
            name=repr(text), command=f"`kg find {text}`"))
    shown = "; ".join(f"{labels.label(m)} ({compact(m)})" for m in matches[:8])
    raise AmbiguousLabel(_("{name} matches {n} places: {shown}").format(
        name=repr(text), n=len(matches), shown=shown))


FilterSince = typer.Option(None, "--since", help="Only events from this time on (YYYY or YYYY-MM).")
FilterUntil = typer.Option(None, "--until", help="Only events up to this time (YYYY or YYYY-MM).")
FilterTheme = typer.Option(None, "--theme", help="Only events and agreements on this theme (or a narrower one).")
FilterType = typer.Option(None, "--event-type", help="Only events of this type (e.g. 'working lunch', 'seminar').")
FilterPlace = typer.Option(None, "--place", help="Only events and actors in this country or region.")
FilterActor = typer.Option(None, "--actor-type", help="Only actors of this kind: person, organisation or group.")


@app.command(cls=PlainHelpCommand)
@reports_errors
def network(
    kind: str = typer.Argument("met", help="met, organisations, actor-event, actor-theme or regions."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="FILE.html (interactive, offline), FILE.png / FILE.svg (static), FILE.gexf / FILE.graphml (Gephi), or a folder with --format kumu."),
    fmt: Optional[str] = typer.Option(None, "--format", help="kumu: write Elements and Connections CSV sheets into the -o folder."),
    ego: Optional[str] = typer.Option(None, "--ego", help="Only this actor's neighbourhood (label, alias or IRI)."),
    hops: int = typer.Option(1, "--hops", min=1, max=6, help="How far the neighbourhood reaches."),
    since: Optional[str] = FilterSince, until: Optional[str] = FilterUntil,
    theme: Optional[str] = FilterTheme, event_type: Optional[str] = FilterType,
    place: Optional[str] = FilterPlace, actor_type: Optional[str] = FilterActor,
    aggregate_by: Optional[str] = typer.Option(None, "--aggregate", help="organisation or country: collapse people into their organisation or the country whose side they act for."),
    lang: str = LangOption,
    force: bool = ForceOption,
    root: Optional[Path] = RootOption, build_dir: Optional[Path] = BuildDirOption,
    endpoint: Optional[str] = EndpointOption,
):
    """Draw or export a network of who met whom (and other kinds), or list its biggest nodes.

    In `met`, a meeting of a delegation counts for its members ("via the delegation"); a
    confirmed identity (a sheet's `identities:`) is one node."""
    from . import network as nw
    from .errors import UsageError
    from .safe_io import write_output, write_output_folder
    titles = {k: _(title) for k, title in nw.TITLES.items()}
    if kind not in nw.KINDS:
        raise UsageError(_("unknown network kind {kind}; choose one of {choices}").format(
            kind=repr(kind), choices=", ".join(nw.KINDS)))
    if actor_type and actor_type not in ("person", "organisation", "group"):
        raise UsageError(_("{option} must be person, organisation or group").format(
            option="--actor-type"))
    paths = paths_for(root, build_dir)
    store, labels = _labels_and_store(paths, endpoint)
    # network() resolves these by kind ("Gyeonggi" as a place is the region, not the province)
    filters = nw.Filters(since=since, until=until, theme=theme, event_type=event_type,
                         place=place, actor_type=actor_type)
    g = nw.network(store, paths, kind, filters, labels=labels, lang=lang)
    note = g.graph.get("note", "")      # what the view leaves out (regions: one level)
    if ego:
        actor = _actor_in(g, labels, ego)
        g = nw.ego_network(g, actor, hops)
        note = (note + " " + _("The {hops}-step neighbourhood of {name}.").format(
            hops=hops, name=labels.label(actor, lang))).strip()
    drawing = fmt is None and output is not None and output.suffix in (".html", ".png", ".svg")
    advice = False
    if aggregate_by:
        g = nw.aggregate(g, by=aggregate_by)
        note = (note + " " + _("Aggregated by {by}.").format(by=_(aggregate_by))).strip()
    elif nw.too_large(g) and drawing:
        grouped = nw.aggregate(g, by="organisation")
        if len(grouped) < len(g):   # not in a network of organisations only
            note = (note + " " + _("Too large to draw ({n} nodes): people are aggregated by "
                                   "organisation ({groups} groups).").format(
                n=number(len(g)), groups=number(len(grouped)))).strip()
            g, advice = grouped, True
    stats = nw.centrality(g)
    drawn = g
    if drawing:
        from . import analyse, picture
        if not picture.fits(g, output.suffix):   # as kg analyse: the best connected nodes
            drawn = analyse.best_connected(g, analyse.MAX_PICTURE_NODES)
            note = (note + " " + _(
                "Too many to draw whole: the picture shows the {shown} best connected of {n} "
                "nodes (most direct connections) and the {shown_edges} of {edges} connections "
                "among them.").format(shown=number(len(drawn)), n=number(len(g)),
                                      shown_edges=number(drawn.number_of_edges()),
                                      edges=number(g.number_of_edges()))).strip()
            advice = True
    if advice:
        note += " " + _("Use --ego or filters for detail.")
    if fmt == "kumu":
        if output is None:
            raise UsageError(_("{option} needs {output}").format(option="--format kumu",
                                                                 output="-o FOLDER"))
        write_output_folder(output, lambda folder: nw.kumu(g, folder), force)
        out.print(_("Wrote {a} and {b}").format(a=output / "elements.csv",
                                                b=output / "connections.csv"))
    elif fmt is not None:
        raise UsageError(_("unknown {option} {value}; the only sheet format is kumu").format(
            option="--format", value=repr(fmt)))
    elif output is None:
        _print_top(g, stats, kind)
    elif output.suffix == ".html":
        write_output(output, lambda tmp: picture.html(drawn, tmp, title=titles[kind],
                                                      centrality=stats, note=note), force)
        out.print(_("Wrote {path} ({nodes} nodes, {edges} edges)").format(
            path=output, nodes=drawn.number_of_nodes(), edges=drawn.number_of_edges()))
    elif output.suffix in (".png", ".svg"):
        write_output(output, lambda tmp: picture.static(drawn, tmp, title=titles[kind],
                                                        centrality=stats), force)
        out.print(_("Wrote {path} ({nodes} nodes, {edges} edges)").format(
            path=output, nodes=drawn.number_of_nodes(), edges=drawn.number_of_edges()))
    elif output.suffix in (".gexf", ".graphml"):
        write_output(output, lambda tmp: nw.export(g, tmp), force)
        out.print(_("Wrote {path} ({nodes} nodes, {edges} edges)").format(
            path=output, nodes=g.number_of_nodes(), edges=g.number_of_edges()))
    else:
        raise UsageError(_("{path}: unknown output type; use .html, .png, .svg, .gexf or "
                           ".graphml").format(path=output))
    if note:
        err.print(note, markup=False)


def _print_top(g, stats, kind: str) -> None:
    from rich.text import Text
    table = Table(title=Text(_("{kind} network: {nodes} nodes, {edges} edges").format(
        kind=_(kind), nodes=g.number_of_nodes(), edges=g.number_of_edges())))
    for col in (_("actor"), _("kind"), _("degree"),
                _("betweenness ({method})").format(method=_(stats["betweenness_method"])),
                _("eigenvector")):
        table.add_column(col)
    ranked = sorted(g.nodes, key=lambda n: (-stats["degree"].get(n, 0), g.nodes[n].get("label", n)))
    for n in ranked[:25]:
        table.add_row(Text(g.nodes[n].get("label", n)), _(g.nodes[n].get("kind", "")),
                      *(number(stats[m].get(n, 0), 3)
                        for m in ("degree", "betweenness", "eigenvector")))
    out.print(table)


@app.command(cls=PlainHelpCommand)
@reports_errors
def docs(
    output: Path = typer.Option(..., "-o", "--output", help="Folder to write en.html, nl.html and index.html into."),
    root: Optional[Path] = RootOption,
):
    """Write the ontology documentation (classes, properties, SKOS schemes; English and Dutch) as HTML."""
    from .ontodoc import write_docs
    written = write_docs(paths_for(root, None), output)
    out.print(_("Wrote {paths}").format(paths=", ".join(str(p) for p in written)), markup=False)


@app.command(cls=PlainHelpCommand)
@reports_errors
def timeline(
    between: Optional[tuple[str, str]] = typer.Option(None, "--between", help="Two regions (labels or IRIs): the events, agreements and invitations of both, the follow-ups and post tenures of either."),
    actor: Optional[str] = typer.Option(None, "--actor", help="One actor (label, alias or IRI) instead of --between."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="FILE.png / FILE.svg (picture) or FILE.html (page with the source sentences); without it a table is printed."),
    root: Optional[Path] = RootOption, build_dir: Optional[Path] = BuildDirOption,
    endpoint: Optional[str] = EndpointOption,
    lang: str = LangOption,
    force: bool = ForceOption,
):
    """Show events, agreements, follow-ups and post tenures on one time axis, with dates as stated."""
    from . import timeline as tl
    from .errors import UsageError
    from .safe_io import check_replaceable, write_output
    if bool(between) == bool(actor):
        raise UsageError(_("give either {between} or {actor}").format(
            between="--between REGION REGION", actor="--actor NAME"))
    paths = paths_for(root, build_dir)
    store, labels = _labels_and_store(paths, endpoint)
    if between:
        items = tl.between(store, labels, paths.queries, between[0], between[1], lang)
        title = tl.title_between(between[0], between[1], lang)
    else:
        items = tl.of_actor(store, labels, paths.queries, actor, lang)
        title = tl.title_of(actor, lang)
    if output is not None:
        check_replaceable(output, force)    # refused before the work, not after
        write_output(output, lambda tmp: tl.write(items, tmp, title, lang), force)
        out.print(_("Wrote {path} ({n} items)").format(path=output, n=len(items)), markup=False)
        return
    table = Table(title=title)
    for name in (_("when"), _("until / due"), _("kind"), _("what"), _("status")):
        table.add_column(name)
    for i in items:
        table.add_row(tl.words(i.start, lang), tl.words(i.end, lang), _(i.kind), i.label,
                      i.status or "")
    out.print(table)


@app.command(cls=PlainHelpCommand)
@reports_errors
def path(
    a: str = typer.Argument(..., help="First actor (label, alias or IRI)."),
    b: str = typer.Argument(..., help="Second actor."),
    kind: str = typer.Option("met", "--kind", help="Network to search: met or organisations."),
    root: Optional[Path] = RootOption, build_dir: Optional[Path] = BuildDirOption,
    endpoint: Optional[str] = EndpointOption,
    lang: str = LangOption,
):
    """Show how two actors are connected: through which people, events and organisations."""
    from .timeline import words
    paths = paths_for(root, build_dir)
    store, labels = _labels_and_store(paths, endpoint)
    if kind == "met":   # searched in the store from both ends, never the whole network
        from .met_path import MetPaths
        met = MetPaths(store, paths)
        first, second = (_actor_among(met.nodes_among, labels, text, _("the met network"))
                         for text in (a, b))
        routes = met.shortest(first, second, name=lambda iri: labels.label(iri, lang))
        steps = met.steps_of(routes, labels, lang)
    else:
        from . import network as nw
        g = nw.network(store, paths, kind, nw.Filters(), labels=labels, lang=lang)
        first, second = _actor_in(g, labels, a), _actor_in(g, labels, b)
        routes = nw.connection_paths(g, first, second)
        steps = [nw.path_steps(g, route) for route in routes]
    for i, (route, route_steps) in enumerate(zip(routes, steps), 1):
        out.print(_("Path {i} ({n} step(s)):").format(i=i, n=len(route) - 1), markup=False)
        for step in route_steps:
            events = "; ".join(e["label"] + (f" ({words(e['date'], lang)})" if e.get("date")
                                             else "")
                               + (_(", via {name}").format(name=e["via"]) if e.get("via") else "")
                               for e in step["events"]) \
                or ", ".join(_(r) for r in step["relations"])
            out.print(f"  {step['from_label']} → {step['to_label']}: {events}", markup=False)


@app.command(cls=PlainHelpCommand)
@reports_errors
def analyse(
    output: Path = typer.Option(Path("build/analysis"), "-o", "--output", help="Folder for report.md (with pictures) and report.html (self-contained)."),
    a: Optional[str] = typer.Option(None, "--a", help="First actor for 'shared connections' (default: the best connected actor of the first region)."),
    b: Optional[str] = typer.Option(None, "--b", help="Second actor for 'shared connections' (default: the best connected actor of the second region)."),
    between: Optional[tuple[str, str]] = typer.Option(None, "--between", metavar="REGION REGION", help="The two regions (places) whose brokers are listed (default: the two the data relates most)."),
    lang: str = LangOption,
    force: bool = ForceOption,
    root: Optional[Path] = RootOption, build_dir: Optional[Path] = BuildDirOption,
    endpoint: Optional[str] = EndpointOption,
):
    """Write a stakeholder report (central actors, brokers, communities, follow-ups...).

    Central actors by degree, betweenness and eigenvector centrality, brokers between two
    regions (the actors on the shortest connections between their actors), communities, recurring organisations, shared connections of two actors, themes by
    activity and open follow-ups; as report.md (pictures beside it) and a self-contained
    report.html."""
    from . import network as nw
    from .analyse import analysis_of, stakeholder_report
    paths = paths_for(root, build_dir)
    store, labels = _labels_and_store(paths, endpoint)
    met = nw.network(store, paths, "met", labels=labels, lang=lang) if (a or b) else None
    first = _actor_in(met, labels, a) if a else None
    second = _actor_in(met, labels, b) if b else None
    region_a, region_b = (_place(labels, between[0]), _place(labels, between[1])) if between \
        else (None, None)
    graphs, analysis = analysis_of(store, paths, labels, first, second, region_a, region_b,
                                   lang=lang)
    from .safe_io import write_output_folder
    written = []
    write_output_folder(output, lambda folder: written.extend(stakeholder_report(
        graphs, analysis, folder, title=_("Stakeholder analysis of regional relations"))), force)
    md_path, html_path = (output / p.name for p in written)
    out.print(_("Wrote {first} and {second}").format(first=md_path, second=html_path))


@app.command(cls=PlainHelpCommand)
@reports_errors
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8080, "--port", min=1, max=65535, help="Port to listen on."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds a query may run before it is stopped."),
    max_rows: int = typer.Option(10000, "--max-rows", help="Rows a query may return (facts, for a named query); more are cut and marked."),
    workers: int = typer.Option(2, "--workers", min=1, help="Query worker processes (plus one fast lane for queries not known to be slow)."),
    root: Optional[Path] = RootOption, build_dir: Optional[Path] = BuildDirOption,
    endpoint: Optional[str] = EndpointOption,
):
    """Serve the build read-only: SPARQL endpoint, named queries by URL, web pages.

    A SPARQL 1.1 endpoint at /sparql, the named queries at /query/NAME.json (a page of 1,000 facts, as `kg query`'s table; _limit=N, _offset=N, _limit=all) and .csv (the whole answer), and pages:
    SPARQL editor, query forms, actors, events, network. Loopback only unless --host says otherwise.
    Follows the build: after `kg build` or `kg add` (also --remove), new requests are answered from the new
    build without a restart."""
    from .serve import serve as run_server
    _refuse_a_taken_port(host, port)
    out.print(_("Serving on {url} (read-only; Ctrl-C stops)").format(url=f"http://{host}:{port}/"),
              markup=False)
    run_server(paths_for(root, build_dir), host=host, port=port, timeout=timeout,
               max_rows=max_rows, workers=workers, endpoint=endpoint)


@app.command(cls=PlainHelpCommand)
@reports_errors
def add(
    sheet: Optional[Path] = typer.Argument(None, help="Report sheet (YAML) to add or replace; see docs/report-sheets.md."),
    remove: Optional[str] = typer.Option(None, "--remove", metavar="REPORT-ID", help="Remove data/ttl/REPORT-ID.ttl and rebuild."),
    check: bool = typer.Option(False, "--check", help="Only check the sheet and print what its names are matched with, and why; write nothing."),
    no_build: bool = typer.Option(False, "--no-build", help="Only write (or delete) the Turtle file."),
    root: Optional[Path] = RootOption, build_dir: Optional[Path] = BuildDirOption,
    lang: str = LangOption,
):
    """Add (or replace) a report from a report sheet, or remove a report; then rebuild.

    The sheet is checked first (errors name the file, line and field; a draft's `review:` marks
    left in comments are refused, each with its line); its actors are matched with the registry
    and the other reports by id, name and alias (a generic name such as 'Nederlandse ambassade'
    only by its id; possible matches become candidates; a sheet's `identities:` confirms or
    rejects them); the report becomes data/ttl/REPORT-ID.ttl, its own named graph. If the rebuild
    fails, data/ttl is left as it was; a report that other files still cite is not removed (the
    message lists what cites it). A killed `kg add` is finished or undone by the next kg command."""
    from .errors import UsageError
    from .ingest import add_sheet, check_sheet, remove_report
    paths = paths_for(root, build_dir)
    if (sheet is None) == (remove is None):
        raise UsageError(_("give a sheet to add, or {remove}").format(remove="--remove REPORT-ID"))
    if remove:
        result = remove_report(paths, remove, build=not no_build)
        out.print(_("Removed report {report}.").format(report=remove), markup=False)
    elif check:
        report, graph, matches = check_sheet(sheet, paths)
        out.print(_("Sheet {sheet} is fine: report {report}, {n} triples.").format(
            sheet=sheet, report=report, n=len(graph)), markup=False)
        if matches:
            out.print(_("Matched with what is known (field: as written -> id 'label', why):"),
                      markup=False)
        for where, value, iri, label, why in matches:
            out.print(f"  {where}: {value!r} -> {iri} {label!r}, " + _("by {why}").format(why=why),
                      markup=False)
        return
    else:
        report, ttl, result = add_sheet(paths, sheet, build=not no_build)
        out.print(_("Report {report}: wrote {path}").format(report=report, path=ttl), markup=False)
    if result is not None:
        print_repair(result)
        print_warnings(result.warnings, _labels_if_built(paths) if result.warnings else None)
        validated = ", ".join(result.validated) or _("nothing changed")
        out.print(_("Build: {mode}; SHACL validated: {validated}.").format(
            mode=_(result.mode), validated=validated), markup=False)


@app.command(cls=PlainHelpCommand)
@reports_errors
def extract(
    report: Path = typer.Argument(..., help="The report's text (.txt) or PDF (.pdf)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the draft sheet here (default: print it)."),
    lang: Optional[str] = typer.Option(None, "--lang", callback=_text_language, help="The report's language, `nl` or `en` (default: guessed from the text)."),
    force: bool = ForceOption,
    root: Optional[Path] = RootOption,
):
    """Draft a report sheet from a report's text, for a person to review and complete.

    Known actors and aliases, posts and roles, dates and ranges, amounts, programme items,
    agreements and follow-ups, each with its sentence; names the registry does not know are
    declared as new people and organisations, never matched on a guess. Every uncertain item has
    a `review:` mark in a comment, and `kg add` refuses the sheet until each is checked (delete
    the mark or write `reviewed:`). Then: `kg add draft.yaml --check`, `kg add draft.yaml`."""
    from .extract import draft_to_yaml, extract_file
    from .safe_io import check_replaceable, write_output
    if output is not None:      # refused before the work, not after
        check_replaceable(output, force)
    draft = extract_file(report, paths_for(root, None), language=lang)
    text = draft_to_yaml(draft)
    if output is None:
        sys.stdout.write(text)
    else:
        write_output(output, lambda tmp: tmp.write_text(text, encoding="utf-8"), force)
        out.print(_("Wrote the draft sheet {path}: review it, then {command}.").format(
            path=output, command=f"`kg add {output} --check`"), markup=False)


def _refuse_a_taken_port(host: str, port: int) -> None:
    """A port in use or an address not on this machine is the environment's (exit 4), said
    before the server starts (uvicorn would log it and exit 1, the code of bad data)."""
    import socket
    from .errors import EnvironmentProblem
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise EnvironmentProblem(_("cannot listen on {address}: {reason}; choose another --port "
                                   "or --host").format(address=f"{host}:{port}",
                                                       reason=exc.strerror or exc)) from exc


def _terminated(signum, frame) -> None:
    # SIGTERM as an interrupt, so that `finally` blocks run: the SHACL worker processes of a
    # build are shut down instead of being left behind, and the user reads the same line as
    # after Ctrl-C
    raise KeyboardInterrupt


def run() -> None:  # console-script entry point
    signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except Exception as exc:    # outside any command (reports_errors has the rest): one line
        line, code = fault_exit(exc, None)
        err.print(f"kg: {line}", markup=False)
        sys.exit(code)


if __name__ == "__main__":
    run()
