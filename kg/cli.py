"""The ``kg`` command: thin wiring of the steps (see ``kg/api.py``). Data goes to stdout,
messages and errors to stderr; a failure exits non-zero."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from kg.errors import BadValue, KgError, one_line

DEFAULT_STORE = "kg-store"
err = Console(stderr=True, soft_wrap=True)  # paths in messages stay whole, greppable


def _check_store(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A store is a folder or an http(s) URL; another scheme is refused, not made a folder."""
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", value or "")
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        raise click.BadParameter(
            f"{value!r}: unsupported scheme {scheme.group(1)!r}; a store is a folder path or "
            "the http(s):// URL of a SPARQL server",
            ctx,
            param,
        )
    return value


def _check_origin(value: str) -> str:
    """A web origin is scheme://host[:port], nothing after: a path or a bare host never
    matches a browser's Origin header, so it would silently let no page in."""
    if not re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+(:\d{1,5})?/?", value):
        raise click.BadParameter(f"{value!r} is not an origin: write http(s)://host[:port]",
                                 param_hint="--cors-origin")
    return value


def _store_option(f):
    return click.option(
        "--store",
        "store",
        default=lambda: os.environ.get("KG_STORE", DEFAULT_STORE),
        show_default=f"$KG_STORE or {DEFAULT_STORE}",
        callback=_check_store,
        help="Path of the on-disk store, or the http(s) URL of a SPARQL server.",
    )(f)


def _is_url(store: str) -> bool:
    return store.startswith(("http://", "https://"))


def _registry_option(f):
    return click.option(
        "--registry",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="A registry file of known actors (YAML), beside the default one.",
    )(f)


def _say_ignored(paths: tuple[str, ...]) -> None:
    """Name the files of the folders given that no loader reads, rather than skip them
    silently."""
    from kg.loaders import EXTENSIONS, ignored_files

    ignored = ignored_files(paths)
    if ignored:
        more = f" and {len(ignored) - 3} more" if len(ignored) > 3 else ""
        err.print(f"ignored {len(ignored)} file(s) of unknown type: {', '.join(ignored[:3])}"
                  f"{more} (report types: {', '.join(sorted(EXTENSIONS))})", highlight=False)


def _progress() -> Progress:
    """A progress bar on stderr with the count done, the time taken and the time left; it is
    drawn only on a terminal, so logs and pipes stay clean."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("reports"), TimeElapsedColumn(), TextColumn("left"),
                    TimeRemainingColumn(), console=err, transient=True)


def _topics_option(f):
    """--topics FILE (SKOS Turtle) and --replace-topics: the researcher's own topic scheme."""
    def use(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None:
            from kg.extract.topics import use_topics

            use_topics(value, replace=bool(ctx.params.get("replace_topics")))
        return value

    f = click.option("--topics", type=click.Path(exists=True, dir_okay=False),
                     callback=use, help="A topic scheme of your own (SKOS Turtle), used beside "
                     "the project's topics ($KG_TOPICS).")(f)
    return click.option("--replace-topics", is_flag=True, is_eager=True,
                        help="Use the --topics scheme instead of the project's topics.")(f)


def _open(store: str, registry=()):
    import kg

    return kg.open(store, registry)


def _open_read(store: str):
    """The graph for a command that only reads: an on-disk store is opened read-only (it must
    exist; other readers and `kg serve` can share it, see kg/graph/lock.py)."""
    import kg

    return kg.open(store, read_only=True)


@click.group()
@click.version_option(package_name="actors-commitments-kg")
def cli() -> None:
    """Actors-and-commitments knowledge graph: reports in, RDF graph, queries and networks out."""


def _workers_option(f):
    def cores() -> int:
        from kg.parallel import default_workers

        return default_workers()

    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=cores,
        show_default="the number of cores",
        help="Worker processes that extract reports (1: no worker process).",
    )(f)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_store_option
@_registry_option
@_workers_option
@_topics_option
@click.option(
    "--force",
    is_flag=True,
    help="Extract unchanged reports again (to apply new curation decisions).",
)
def ingest(
    paths: tuple[str, ...], store: str, registry: tuple[str, ...], workers: int, force: bool,
    **_topics: object,
) -> None:
    """Load reports (files or folders: .txt .md .html .pdf .jsonl) into the store."""
    _say_ignored(paths)
    from kg.loaders import count_reports

    with _open(store, registry) as g, _progress() as bar:
        task = bar.add_task("ingesting", total=count_reports(paths))
        summary = g.ingest(
            paths, progress=lambda source: bar.advance(task), workers=workers, force=force
        )
        stats = g.stats()
    for failure in summary.failed:
        err.print(f"[red]failed[/red] {failure}", markup=True, highlight=False)
    err.print(
        f"loaded {len(summary.loaded)}, skipped {len(summary.skipped)} (unchanged), "
        f"failed {len(summary.failed)}; {summary.quads} quads written; the store holds "
        f"{stats.get('reports', 0)} reports, {stats.get('actors', 0)} actors, "
        f"{stats.get('triples', 0)} triples",
        highlight=False,
    )
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not to stdout.")
@_registry_option
@_topics_option
def facts(paths: tuple[str, ...], output: str | None, registry: tuple[str, ...],
          **_topics: object) -> None:
    """Print the facts JSON (see GUIDE.md) of reports, actors merged across them."""
    _say_ignored(paths)
    import kg
    from kg.export.facts_json import facts_json

    resolution, failed = kg.facts_of(paths, registry)
    for failure in failed:
        err.print(f"failed {failure}", highlight=False)
    text = facts_json(resolution.facts, resolution.actors, resolution.events)
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", multiple=True, help="name=value, repeatable (each name once).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=None,
    help="Seconds the query may run (default $KG_QUERY_TIMEOUT or 300).",
)
@click.option(
    "--allow-service",
    multiple=True,
    metavar="URL",
    help="An endpoint SERVICE may call; repeatable. None by default.",
)
@_store_option
def query(
    name: str | None,
    param: tuple[str, ...],
    fmt: str,
    list_: bool,
    timeout: float | None,
    allow_service: tuple[str, ...],
    store: str,
) -> None:
    """Run a named query (see --list), a .rq file or SPARQL text."""
    from kg.query import list_queries, to_csv, to_json, to_table

    if list_ or not name:
        for q in list_queries():
            declared = ", ".join(p.name for p in q.params)
            click.echo(f"{q.name:24} {q.title}" + (f"  [{declared}]" if declared else ""))
        return
    params: dict[str, str] = {}
    for p in param:
        key, sep, value = p.partition("=")
        if not sep:
            raise click.BadParameter(f"{p!r}: expected name=value", param_hint="--param")
        if key.strip() in params:
            raise click.BadParameter(
                f"{key.strip()!r} is given twice ({params[key.strip()]!r} and {value!r}); "
                "give each parameter once",
                param_hint="--param",
            )
        params[key.strip()] = value
    with _open_read(store) as g:
        g.store.allowed_services = frozenset(allow_service)
        if timeout is not None:
            g.store.query_timeout = timeout
            if _is_url(store):  # a SPARQL server: the limit of each HTTP exchange
                g.store.timeout = timeout
        result = g.query(name, params)
    click.echo({"table": to_table, "csv": to_csv, "json": to_json}[fmt](result))


@cli.command()
@click.argument("view")
@click.argument("stats_view", required=False, metavar="[VIEW]")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help=".html .gexf .graphml .json .png .svg",
)
@click.option("--date-from")
@click.option("--date-to")
@click.option("--actor-type")
@click.option("--topic")
@click.option("--country")
@click.option("--min-weight", type=float)
@click.option("--ego", help="Keep only this actor's neighbourhood (name or IRI).")
@click.option("--depth", type=int, default=1, show_default=True)
@click.option("--size-by", default="degree", show_default=True)
@click.option("--title", help="Title of the picture (default: the view's name).")
@_store_option
def network(
    view: str,
    stats_view: str | None,
    output: str | None,
    store: str,
    size_by: str,
    title: str | None,
    **filters,
) -> None:
    """Write a network view (collaboration, affiliation, endorsement, coparticipation,
    event-actor) as HTML, GEXF, GraphML, JSON, PNG or SVG; `kg network stats VIEW` prints the
    view's metrics (degree, betweenness, PageRank, communities) and its brokers."""
    from kg.export.files import write_network

    given = {k: v for k, v in filters.items() if v is not None and not (k == "depth" and v == 1)}
    if view == "stats":
        if not stats_view:
            raise click.UsageError("kg network stats VIEW: name the view")
        with _open_read(store) as g:
            _print_metrics(g.network(stats_view, **given))
        return
    if stats_view or not output:
        raise click.UsageError("kg network VIEW -o FILE (or: kg network stats VIEW)")
    from kg.export.files import writer_for
    from kg.network import Filters, check_view

    # a wrong extension, folder, view or filter value is said before the view is built
    writer_for(output)
    check_view(view)
    Filters(**given)
    with _open_read(store) as g:
        G = g.network(view, **given)
    write_network(G, output, size_by=size_by, title=title)  # .json ignores both
    err.print(f"{view}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges -> {output}")


@cli.command(name="stats")
@click.argument("view", required=False)
@_store_option
def stats_cmd(view: str | None, store: str) -> None:
    """Counts of what the graph holds; with a VIEW, the network metrics of that view."""
    with _open_read(store) as g:
        if view is None:
            for key, value in g.stats().items():
                click.echo(f"{key:16} {value}")
            return
        G = g.network(view)
    _print_metrics(G)


_METRICS = ("label", "type", "degree", "weighted_degree", "betweenness", "pagerank", "community")


def _print_metrics(G) -> None:
    """The metrics table of a view as tab-separated rows, brokers on stderr."""
    from kg.network import brokers, metrics_table

    def cell(value) -> str:
        return f"{value:.4f}" if isinstance(value, float) else str(value)

    click.echo("\t".join(_METRICS))
    for row in metrics_table(G):
        click.echo("\t".join(cell(row.get(k, "")) for k in _METRICS))
    names = [G.nodes[n].get("label", n) for n in brokers(G)]
    err.print(f"brokers between communities: {', '.join(names) or 'none'}", highlight=False)


@cli.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nquads", "trig", "jsonld"]),
    default="nquads",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False))
@_store_option
def export_cmd(fmt: str, output: str | None, store: str) -> None:
    """Write the whole graph in an RDF format."""
    with _open_read(store) as g:
        if output:
            with open(output, "wb") as out:
                g.export(fmt, out)
        else:
            g.export(fmt, sys.stdout.buffer)


@cli.command()
@click.argument("source")
@_store_option
def remove(source: str, store: str) -> None:
    """Take a report (by its source path) out of the graph."""
    with _open(store) as g:
        # a report's source is its absolute path (kg/loaders): find it however it is typed
        typed = source if _is_url(source) else os.path.abspath(source)
        if not g.remove(typed) and not (typed != source and g.remove(source)):
            raise KgError(f"{source}: no such report in the store")
    err.print(f"removed {source}")


@cli.command()
@click.option("--duplicates", is_flag=True, help="List likely duplicates to review.")
@_store_option
def actors(duplicates: bool, store: str) -> None:
    """List the actors with their aliases and the number of reports naming them."""
    from kg.resolve import likely_duplicates

    with _open_read(store) as g:
        found = g.actors()
    if duplicates:
        _echo_duplicates([(a.id, a.name, b.id, b.name, s) for a, b, s in likely_duplicates(found)],
                         f"{len(found)} actors")
        return
    click.echo("id\ttype\treports\tname\taliases")  # tab-separated, for pandas or a sheet
    for a in found:
        click.echo(f"{a.id}\t{a.type}\t{len(a.reports)}\t{a.name}\t{'; '.join(sorted(a.aliases))}")


@cli.command()
@click.option("--duplicates", is_flag=True, help="List likely duplicates to review.")
@_store_option
def events(duplicates: bool, store: str) -> None:
    """List the events with their dates, places, report counts and other names."""
    from kg.resolve import likely_duplicate_events

    with _open_read(store) as g:
        found = g.known_events()
    if duplicates:
        _echo_duplicates([(a.event.id, a.event.name, b.event.id, b.event.name, s)
                          for a, b, s in likely_duplicate_events(found)], f"{len(found)} events")
        return
    click.echo("id\ttype\tdays\tplace\treports\tname\tother_names")
    for k in sorted(found, key=lambda k: (str(k.event.date or ""), k.event.id)):
        e = k.event
        days = f"{e.date or ''}" + (f"/{e.end}" if e.end else "")
        where = ", ".join(p for p in (e.venue, e.place) if p)
        click.echo(f"{e.id}\t{e.type}\t{days}\t{where}\t{len(e.reports)}\t{e.name}\t"
                   f"{'; '.join(sorted(e.aliases))}")

def _echo_duplicates(pairs: list[tuple[str, str, str, str, float]], among: str) -> None:
    """Likely duplicates as tab-separated rows, best first as given, or a line saying none."""
    if not pairs:
        click.echo(f"no likely duplicates among {among}")
        return
    click.echo("score\tid\tname\tother_id\tother_name")
    for a_id, a_name, b_id, b_name, score in pairs:
        click.echo(f"{score:.2f}\t{a_id}\t{a_name}\t{b_id}\t{b_name}")



@cli.command()
@click.argument("first")
@click.argument("second")
@click.option("--different", is_flag=True, help="Record that they are different.")
@_store_option
def same(first: str, second: str, different: bool, store: str) -> None:
    """Record that two actors or two events (ids or names) are the same (or, with
    --different, not). The decision is kept beside the store and applies to every later
    ingest."""
    from kg.api import decisions_path
    from kg.resolve import Decisions

    path = decisions_path(store)
    if path is None:
        raise KgError(
            f"{store}: a store behind a URL keeps no decisions file; "
            "set KG_DECISIONS to the file that should hold them"
        )
    from kg.graph.terms import name_lookup_key

    if name_lookup_key(first) == name_lookup_key(second):
        raise BadValue(f"{first!r} and {second!r} are one name: give two actors or two events")
    decisions = Decisions.load(path)
    # a name an earlier decision gave (an id merged away since) may be decided on again
    earlier = {n for pair in [*decisions.same, *decisions.different] for n in pair}
    already = ""
    if not _is_url(store) and Path(store).exists() and not {first, second} & earlier:
        with _open_read(store) as g:  # a typo would be a decision about nothing
            first_id, second_id = (_curated_id(g, name) for name in (first, second))
        if first_id == second_id:
            already = f" ({first_id} already holds both names; the decision keeps it so)"
    (decisions.add_different if different else decisions.add_same)(first, second)
    decisions.save(path)
    err.print(
        f"recorded in {path}{already}; it applies to every ingest from now on, and "
        "`kg ingest --force REPORTS...` applies it to reports already loaded"
    )


def _curated_id(g, name: str) -> str:
    """The id of the actor or event ``name`` (an id, a name or an alias) names in the store.

    Raises NameNotFound with the closest names when nothing goes by it: a typo recorded as a
    decision would apply to nothing, silently."""
    from kg.errors import NameNotFound
    from kg.graph.terms import name_lookup_key
    from kg.query.run import closest_names

    key = name_lookup_key(name)
    things = [("actor", a.id, [a.name, *a.aliases]) for a in g.actors()]
    things += [("event", k.event.id, k.event.names) for k in g.known_events()]
    for kind, id_, names in things:
        if name == id_ or key in {name_lookup_key(n) for n in names}:
            return f"{kind} {id_}"
    raise NameNotFound(name, closest_names(g.store, name))


@cli.command()
@click.argument("actor")
@click.argument("name")
@_store_option
def name(actor: str, name: str, store: str) -> None:
    """Show ACTOR (an id, a name or an alias) by NAME from now on, whatever the reports call it
    most fully. Kept beside the store; `kg ingest --force` applies it to reports loaded."""
    from kg.api import names_path
    from kg.errors import NameNotFound
    from kg.graph.terms import name_lookup_key
    from kg.query.run import closest_names
    from kg.resolve.chosen_names import choose_name

    path = names_path(store)
    if path is None:
        raise KgError(f"{store}: a store behind a URL keeps no chosen names; use a registry file "
                      "(--registry) with the name you want")
    if not name.strip():
        raise BadValue("the name to show is empty")
    with _open_read(store) as g:
        key = name_lookup_key(actor)
        found = [a for a in g.actors()
                 if actor == a.id or key in {name_lookup_key(n) for n in a.names}]
        if not found:
            raise NameNotFound(actor, closest_names(g.store, actor))
    choose_name(path, found[0], name)
    err.print(f"recorded in {path}: {found[0].id} is shown as {name!r} from the next ingest; "
              "`kg ingest --force REPORTS...` applies it to reports already loaded",
              highlight=False)


@cli.command()
@click.option("--reasoner/--no-reasoner", default=True, help="Also run the OWL reasoner (Java).")
@_store_option
def validate(reasoner: bool, store: str) -> None:
    """Check the graph against the SHACL shapes and the ontology."""
    import io

    import rdflib

    from kg.validate import check_consistency
    from kg.validate import validate as shacl

    with _open_read(store) as g:
        buf = io.BytesIO()
        g.export("nquads", buf)
    data = rdflib.Dataset()
    data.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    with err.status(f"checking {len(data)} quads against the SHACL shapes"):
        report = shacl(data)
    click.echo(report.text())
    ok = report.conforms
    if reasoner:
        with err.status("running the OWL reasoner (HermiT)"):
            consistency = check_consistency(data)
        click.echo(consistency.text())
        ok = ok and consistency.consistent
    sys.exit(0 if ok else 1)


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 opens it to the network).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="0 picks a free port.")
@click.option(
    "--allow-update",
    is_flag=True,
    help="Accept SPARQL Update from clients sending 'Authorization: Bearer TOKEN' (the token "
    "from $KG_UPDATE_TOKEN, or made and printed at start). Read-only otherwise.",
)
@click.option(
    "--cors-origin",
    multiple=True,
    metavar="ORIGIN",
    callback=lambda ctx, param, values: tuple(_check_origin(v) for v in values),
    help="Let web pages of this origin (https://host[:port]) query the endpoint; repeatable. "
    "None by default.",
)
@click.option(
    "--allow-service",
    multiple=True,
    metavar="URL",
    help="An endpoint SERVICE may call; repeatable. None by default.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds a query may run before it is stopped and answered 503.",
)
@click.option(
    "--max-queries",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Queries run at once; more wait for a slot.",
)
@_store_option
def serve(
    host: str,
    port: int,
    allow_update: bool,
    cors_origin: tuple[str, ...],
    allow_service: tuple[str, ...],
    timeout: float,
    max_queries: int,
    store: str,
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint (/sparql) until interrupted."""
    from kg.serve import serve as run

    if _is_url(store):
        raise click.BadParameter("kg serve serves a store on disk, not a URL", param_hint="--store")
    # read-only, the store is opened as a reader: other kg commands can read it meanwhile
    with _open(store) if allow_update else _open_read(store) as g:
        run(g.store, host, port, allow_update, cors_origins=cors_origin,
            allowed_services=allow_service, timeout=timeout, max_queries=max_queries)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder of shards.")
@click.option("--shard-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Reports per shard (a task on a cluster).")
@_workers_option
@click.option("--scheduler", metavar="ADDRESS",
              help="A Dask scheduler (tcp://host:8786): its workers extract the shards.")
@click.option("--local-workers", type=click.IntRange(min=1),
              help="Extract on a Dask LocalCluster of this many worker processes.")
@click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
              help="On a Dask cluster: times a failed shard is tried again.")
@_topics_option
def extract(
    paths: tuple[str, ...], out: str, shard_size: int, workers: int, scheduler: str | None,
    local_workers: int | None, retries: int, **_topics: object,
) -> None:
    """Extract reports into shards of unresolved facts, without a store:
    OUT/shard-NNNNN.facts.jsonl.gz, SHARD_SIZE reports each, then `kg resolve` or `kg load`.
    On this machine (--workers processes), or on a Dask cluster (--scheduler, --local-workers;
    the workers read the reports and write the shards, so they must see both paths)."""
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("extracting shards", total=None)

        def done(shard) -> None:
            bar.advance(task)
            err.print(f"{shard.path}: {shard.reports} reports", highlight=False)

        if scheduler or local_workers:
            from kg.cluster import connect, extract_on_cluster

            if scheduler and local_workers:
                raise click.UsageError("give --scheduler or --local-workers, not both")
            with connect(scheduler, local_workers) as client:
                shards, failed = extract_on_cluster(
                    client, paths, out, shard_size, retries, progress=done,
                    planned=lambda n: bar.update(task, total=n))
        else:
            from kg.shards import extract_shards

            shards, failed = extract_shards(paths, out, shard_size, workers, progress=done)
    for failure in failed:
        err.print(f"[red]failed[/red] {failure}", markup=True, highlight=False)
    total = sum(s.reports for s in shards)
    err.print(f"{total} reports in {len(shards)} shards -> {out}; failed {len(failed)}",
              highlight=False)
    if failed:
        sys.exit(1)


def _resolve_shards(shards: list[str], out: str, store: str | None, registry=(), g=None):
    """Resolve shards (``kg resolve``, ``kg load``) against a graph's actors, events, loaded
    reports and decisions, or against none when there is no store."""
    from kg.resolve import Decisions, Registry
    from kg.shards import resolve_shards, shard_files

    files = shard_files(shards)
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("resolving", total=None)
        def step(n: int) -> None:
            bar.advance(task, n)

        if g is None:
            from kg.api import decisions_path

            where = decisions_path(store)
            return resolve_shards(files, out, registry=Registry.load([Path(p) for p in registry]),
                                  decisions=Decisions.load(where) if where else Decisions(),
                                  progress=step)
        return resolve_shards(files, out, registry=g.registry, decisions=g.decisions,
                              known=g.store.known_actors(), known_events=g.known_events(),
                              unchanged=g.store.checksums(), progress=step)


def _report_resolved(done) -> None:
    for failure in done.failed:
        err.print(f"[red]failed[/red] {failure}", markup=True, highlight=False)
    err.print(f"resolved {done.reports} reports, skipped {len(done.skipped)} (unchanged), "
              f"failed {len(done.failed)}; {done.quads} quads in {len(done.files)} files",
              highlight=False)


@cli.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Folder for the N-Quads (OUT/shard-NNNNN.nq).")
@click.option("--store", default=None, callback=_check_store,
              help="Resolve against this store (its actors, events, reports and decisions).")
@_registry_option
@_topics_option
def resolve(shards: tuple[str, ...], out: str, store: str | None,
            registry: tuple[str, ...], **_topics: object) -> None:
    """Resolve the actors and events of every shard together (as one `kg ingest` of the same
    reports would) and write them as N-Quads, for `kg load` or a server's bulk loader."""
    if store and (_is_url(store) or Path(store).exists()):
        from kg.api import KnowledgeGraph
        from kg.graph import Store

        files = [Path(p) for p in registry]
        graph = (_open(store, registry) if _is_url(store)
                 else KnowledgeGraph(Store.open(store, read_only=True), files))
        with graph as g:
            done = _resolve_shards(list(shards), out, store, registry, g)
    else:
        done = _resolve_shards(list(shards), out, store, registry)
    _report_resolved(done)
    if done.failed:
        sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True))
@_store_option
@_registry_option
@_topics_option
def load(files: tuple[str, ...], store: str, registry: tuple[str, ...],
         **_topics: object) -> None:
    """Bulk-load into the store N-Quads files (from `kg resolve`), or shards of `kg extract`
    (folders or .facts.jsonl.gz files: resolved against the store first, as `kg ingest`
    would); a report graph the store already holds is replaced."""
    import tempfile

    from kg.shard_format import SUFFIX
    from kg.shards import load_nquads

    shards = [f for f in files if Path(f).is_dir() or f.endswith(SUFFIX)]
    nquads = [f for f in files if f not in shards]  # any other file is read as N-Quads
    with _open(store, registry) as g, tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        done = _resolve_shards(shards, tmp, store, registry, g) if shards else None
        if done is not None:
            _report_resolved(done)
            nquads += [str(p) for p in done.files]
        count = load_nquads(g.store, nquads)
        stats = g.stats()
    err.print(
        f"{count} quads loaded from {len(nquads)} files; the store holds "
        f"{stats.get('reports', 0)} reports, {stats.get('triples', 0)} triples",
        highlight=False,
    )
    if done is not None and done.failed:
        sys.exit(1)


def main() -> None:
    """Run ``kg``: every mistake a user can make ends in one line on stderr and exit 2 (1 when
    some reports failed to load), never a traceback."""
    try:
        code = cli(standalone_mode=False, prog_name="kg")
    except click.exceptions.Abort:
        err.print("kg: interrupted", highlight=False)
        sys.exit(130)
    except click.ClickException as exc:
        ctx = getattr(exc, "ctx", None)  # usage errors know their command, others do not
        where = ctx.command_path if ctx is not None else "kg"
        err.print(f"{where}: {one_line(exc.format_message(), 400)} (see {where} --help)",
                  highlight=False)
        sys.exit(exc.exit_code)
    except KgError as exc:
        err.print(f"kg: {one_line(exc, 400)}", highlight=False)
        sys.exit(2)
    except OSError as exc:  # a file the user named cannot be written or read
        where = f"{exc.filename}: " if exc.filename else ""
        err.print(f"kg: {where}{exc.strerror or exc}", highlight=False)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
