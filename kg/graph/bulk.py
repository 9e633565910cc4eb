"""Bulk loading of N-Quads files of report graphs (from :func:`kg.shards.extract_shards`) into
the embedded store, with Oxigraph's bulk loader: :meth:`kg.graph.store.Store.load_nquads`.

The only writer besides :class:`~kg.graph.store.Store` itself that reaches into the Oxigraph
store, and it lives beside it, in ``kg/graph``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import LoadError

if TYPE_CHECKING:
    from kg.graph.store import Store


def load_nquads(store: Store, files: Iterable[str | Path]) -> int:
    """Bulk-load N-Quads files of report graphs into ``store``; returns the number of quads
    read.

    A report graph the store already holds is replaced. A file with an error is taken out
    whole and named in a :class:`LoadError`; what the store held before stays (a file that
    replaces report graphs is parsed once before they are removed, to be sure of that).
    """
    from pyoxigraph import NamedNode

    inner = store.inner
    held = {g.value for g in inner.named_graphs() if isinstance(g, NamedNode)}
    count, stale_union = 0, False
    try:
        for path in map(Path, files):
            graphs = set(_report_graphs(path))
            replaced = graphs & held
            if replaced:
                _check_syntax(path)
                for graph in replaced:
                    inner.remove_graph(NamedNode(graph))
                stale_union = True  # triples only the old versions stated must leave the union
            try:
                count += _load_file(inner, path)
            except LoadError:
                for graph in graphs - held:  # what the file wrote before its error
                    inner.remove_graph(NamedNode(graph))
                stale_union = True
                raise
            held |= graphs
    finally:
        if stale_union:
            store.rebuild_union()
    return count


def _load_file(inner: Any, path: Path) -> int:
    """Write one N-Quads file's report graphs, and its triples into the default graph (the
    union view the queries read); returns the number of quads.

    Oxigraph's bulk loader keeps one core busy parsing, so the union is written meanwhile in
    another thread (pyoxigraph lets go of the GIL while it loads): the file's triples, written
    out as N-Triples by pyoxigraph, then bulk-loaded. One after the other, the two took twice
    the bare loader's time at 1M quads. The union's parse may be lenient: the report graphs'
    loader checks the same text strictly, and an error there takes both out.
    """
    from pyoxigraph import RdfFormat, parse, serialize

    read = [0]

    def union() -> None:
        def triples() -> Iterator[Any]:
            for quad in parse(path=str(path), format=RdfFormat.N_QUADS, lenient=True):
                read[0] += 1
                yield quad.triple

        with tempfile.TemporaryDirectory(prefix="kg-union-") as tmp:
            flat = Path(tmp) / "union.nt"
            serialize(triples(), str(flat), RdfFormat.N_TRIPLES)
            inner.bulk_load(path=str(flat), format=RdfFormat.N_TRIPLES, lenient=True)

    with ThreadPoolExecutor(max_workers=1) as pool:
        union_written = pool.submit(union)
        try:
            try:
                inner.bulk_load(path=str(path), format=RdfFormat.N_QUADS)
            finally:
                wait([union_written])  # the other thread ends before either error is raised
            union_written.result()
        except (OSError, SyntaxError, ValueError) as exc:
            raise LoadError(str(path), f"cannot bulk-load N-Quads: {exc}") from exc
    return read[0]


def _check_syntax(path: Path) -> None:
    from pyoxigraph import RdfFormat, parse

    try:
        for _ in parse(path=str(path), format=RdfFormat.N_QUADS):
            pass
    except (OSError, SyntaxError, ValueError) as exc:
        raise LoadError(str(path), f"not valid N-Quads: {exc}") from exc


def _report_graphs(path: Path, chunk: int = 1 << 24) -> Iterator[str]:
    """The report graph names in an N-Quads file, found by scanning its bytes: a graph name
    ends its line, and a regex over big chunks is much faster than parsing every quad."""
    import re

    from kg.graph.terms import resource

    prefix = resource("report", "").value.encode()
    tail = re.compile(rb"<(" + re.escape(prefix) + rb"[^>]*)> \.\r?$", re.M)
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            block += fh.readline()  # end the chunk at a line's end
            yield from {m.decode() for m in tail.findall(block)}
