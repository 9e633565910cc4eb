"""Positions for drawing a view: no edge passes over a node it does not touch, no two labels meet.

A force-directed start (networkx's spring layout, fixed seed) places related nodes near each
other; a repair pass then moves nodes until two rules hold, the rules a reader relies on:

- every node's *footprint* (its disc and the label box under it, plus a margin) is clear of
  every other footprint, so labels neither overlap each other nor sit on another node;
- no edge comes within the node's radius (plus half the edge's width and a margin) of a node
  that is not one of its two ends, so an edge never seems to pass through a third actor.

Each repair step pushes apart the pairs that break a rule; when pushing stalls, the whole
picture is spread a little (distances grow, discs and labels keep their size) and pushing
resumes, so the rules are met for any graph that fits. Units are screen pixels, y downwards,
the label centred under its node.

Examples
--------
>>> import networkx as nx
>>> G = nx.path_graph(3)
>>> G.add_edge(0, 2)
>>> shapes = {n: Footprint(radius=10, label=(60, 16)) for n in G}
>>> pos = layout(G, shapes)
>>> check(G, pos, shapes)
[]
"""

from __future__ import annotations

import warnings
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import networkx as nx
import numpy as np

__all__ = ["Footprint", "layout", "check", "label_box", "LABEL_GAP", "MARGIN", "LAYOUT_MAX"]

#: Pixels between the bottom of a node and the top of its label box (vis-network puts the
#: text 11 px below the node, and the box measured for it starts 1 px above the text).
LABEL_GAP = 10.0
#: Pixels kept clear around footprints and between an edge and a node it passes.
MARGIN = 6.0
#: Above this many nodes the repair pass is not run (it is quadratic, and networkx's spring
#: layout needs SciPy from 500 nodes on): callers fall back to the browser's own physics.
LAYOUT_MAX = 450
_STEPS, _SPREADS, _SPREAD, _SOFT_STEPS = 50, 40, 1.12, 80
#: Above this many nodes edges are not kept off labels (it would cost more than it shows).
_SOFT_MAX = 150


@dataclass(frozen=True)
class Footprint:
    """A node as drawn: the disc's radius and the label's (width, height) in pixels."""

    radius: float
    label: tuple[float, float] = (0.0, 0.0)


def label_box(x: float, y: float, shape: Footprint) -> tuple[float, float, float, float]:
    """The label's box (left, top, right, bottom) for a node centred at (x, y)."""
    w, h = shape.label
    top = y + shape.radius + LABEL_GAP
    return x - w / 2, top, x + w / 2, top + h


def _extents(shapes: list[Footprint]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per node: half the footprint's width, and its top and bottom relative to the centre."""
    r = np.array([s.radius for s in shapes], dtype=float)
    w = np.array([s.label[0] for s in shapes], dtype=float)
    h = np.array([s.label[1] for s in shapes], dtype=float)
    half = np.maximum(r, w / 2) + MARGIN / 2
    top = -r - MARGIN / 2
    bottom = np.where(h > 0, r + LABEL_GAP + h, r) + MARGIN / 2
    return half, top, bottom


def _overlap_moves(P: np.ndarray, half: np.ndarray, top: np.ndarray, bottom: np.ndarray,
                   pairs: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, int]:
    n = len(P)
    i, j = pairs
    dx = P[i, 0] - P[j, 0]
    ox = half[i] + half[j] - np.abs(dx)
    oy = (np.minimum(P[i, 1] + bottom[i], P[j, 1] + bottom[j])
          - np.maximum(P[i, 1] + top[i], P[j, 1] + top[j]))
    hit = (ox > 0) & (oy > 0)
    moves = np.zeros_like(P)
    if not hit.any():
        return moves, 0
    i, j, dx, ox, oy = i[hit], j[hit], dx[hit], ox[hit], oy[hit]
    cy = (P[i, 1] + (top[i] + bottom[i]) / 2) - (P[j, 1] + (top[j] + bottom[j]) / 2)
    sideways = ox <= oy
    # the side to push to: by position, and by index when two centres coincide
    sx = np.where(dx != 0, np.sign(dx), np.where(i < j, 1.0, -1.0))
    sy = np.where(cy != 0, np.sign(cy), np.where(i < j, 1.0, -1.0))
    push = np.zeros((len(i), 2))
    push[:, 0] = np.where(sideways, sx * (ox / 2 + 0.5), 0.0)
    push[:, 1] = np.where(sideways, 0.0, sy * (oy / 2 + 0.5))
    for axis in (0, 1):
        moves[:, axis] += np.bincount(i, push[:, axis], minlength=n)
        moves[:, axis] -= np.bincount(j, push[:, axis], minlength=n)
    return moves, int(hit.sum())


def _edge_moves(P: np.ndarray, radius: np.ndarray, U: np.ndarray, V: np.ndarray,
                clear: np.ndarray, owners: np.ndarray | None = None,
                ends: np.ndarray | None = None) -> tuple[np.ndarray, int]:
    """Pushes of points (nodes, or label discs whose node is ``owners``) off edges that do
    not end at them; the edges' ends are pushed back (into ``ends``, the node positions, when
    the points are label discs: then only the points' moves are returned)."""
    moves = np.zeros_like(P)
    if len(U) == 0:
        return moves, 0
    own = owners if owners is not None else np.arange(len(P))
    x, y = P[:, 0], P[:, 1]
    ex, ey = (x, y) if ends is None else (ends[:, 0], ends[:, 1])
    reach = radius.max() + clear + MARGIN
    # cheap first: the (edge, point) pairs whose point is inside the edge's box widened by reach
    lo_x, hi_x = np.minimum(ex[U], ex[V]) - reach, np.maximum(ex[U], ex[V]) + reach
    lo_y, hi_y = np.minimum(ey[U], ey[V]) - reach, np.maximum(ey[U], ey[V]) + reach
    near = ((x[None, :] > lo_x[:, None]) & (x[None, :] < hi_x[:, None])
            & (y[None, :] > lo_y[:, None]) & (y[None, :] < hi_y[:, None]))
    e, w = np.nonzero(near)
    keep = (own[w] != U[e]) & (own[w] != V[e])
    e, w = e[keep], w[keep]
    if len(e) == 0:
        return moves, 0
    ax, ay = ex[U[e]], ey[U[e]]
    abx, aby = ex[V[e]] - ax, ey[V[e]] - ay
    length2 = np.maximum(abx * abx + aby * aby, 1e-9)
    t = np.clip(((x[w] - ax) * abx + (y[w] - ay) * aby) / length2, 0.0, 1.0)
    dx, dy = x[w] - ax - t * abx, y[w] - ay - t * aby
    d = np.hypot(dx, dy)
    need = radius[w] + clear[e] + MARGIN
    hit = d < need
    if not hit.any():
        return moves, 0
    e, w, t, dx, dy, d, need = e[hit], w[hit], t[hit], dx[hit], dy[hit], d[hit], need[hit]
    gap = need - d + 0.5
    # a node lying on the edge's line is pushed square to the edge
    length = np.sqrt(length2[hit])
    ux = np.where(d > 1e-6, dx / np.maximum(d, 1e-6), -aby[hit] / length)
    uy = np.where(d > 1e-6, dy / np.maximum(d, 1e-6), abx[hit] / length)
    n = len(P)
    for axis, u in ((0, ux), (1, uy)):
        moves[:, axis] += np.bincount(w, u * gap * 0.7, minlength=n)
        if owners is None:
            moves[:, axis] -= np.bincount(U[e], u * gap * 0.3 * (1 - t), minlength=n)
            moves[:, axis] -= np.bincount(V[e], u * gap * 0.3 * t, minlength=n)
    return moves, len(e)


def _label_points(shapes: list[Footprint]) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                     np.ndarray]:
    """Discs that cover each label box: (owner, dx, dy, radius) per disc, offsets from the
    owner's centre; an edge kept off these discs is kept off the label."""
    owner, dx, dy, rad = [], [], [], []
    for k, s in enumerate(shapes):
        w, h = s.label
        if w <= 0 or h <= 0:
            continue
        half = max(w / 2 - h / 2, 0.0)
        count = int(np.ceil(2 * half / h)) + 1
        for x in np.linspace(-half, half, count):
            owner.append(k)
            dx.append(x)
            dy.append(s.radius + LABEL_GAP + h / 2)
            rad.append(h / 2)
    return (np.array(owner, dtype=int), np.array(dx), np.array(dy), np.array(rad))


def _label_moves(P: np.ndarray, points: tuple[np.ndarray, ...], U: np.ndarray, V: np.ndarray,
                 clear: np.ndarray) -> tuple[np.ndarray, int]:
    """Pushes that move a label (its node) off edges that do not end at its node."""
    owner, dx, dy, rad = points
    if len(owner) == 0 or len(U) == 0:
        return np.zeros_like(P), 0
    Q = P[owner] + np.stack([dx, dy], axis=1)
    moves, hits = _edge_moves(Q, rad, U, V, clear, owners=owner, ends=P)
    n = len(P)
    out = np.zeros_like(P)
    for axis in (0, 1):
        out[:, axis] = np.bincount(owner, moves[:len(owner), axis], minlength=n)
    return out, hits


def _start(G: nx.Graph, nodes: list[Hashable], area: float, seed: int,
           aspect: float) -> np.ndarray:
    if len(nodes) == 1:
        return np.zeros((1, 2))
    pos = nx.spring_layout(nx.Graph(G.to_undirected(as_view=True)), seed=seed, weight=None)
    P = np.array([pos[n] for n in nodes], dtype=float)
    P -= P.mean(axis=0)
    span = np.maximum(np.abs(P).max(axis=0), 1e-9)
    # stretched to the aspect of a screen or page: a wide picture reads better there
    return P / span * (np.sqrt(area) / 2) * np.array([np.sqrt(aspect), 1 / np.sqrt(aspect)])


def layout(G: nx.Graph, shapes: Mapping[Hashable, Footprint],
           edge_widths: Mapping[tuple[Hashable, Hashable], float] | None = None,
           seed: int = 7, aspect: float = 1.6) -> dict[Hashable, tuple[float, float]]:
    """Positions (pixels, y down) for every node of ``G`` that meet the two rules above.

    ``edge_widths`` (by edge as ``G.edges`` lists it) widen the clearance of thick edges;
    ``aspect`` is the width:height the start is stretched to.
    Raises ``ValueError`` above :data:`LAYOUT_MAX` nodes.
    """
    nodes = list(G)
    if not nodes:
        return {}
    if len(nodes) > LAYOUT_MAX:
        raise ValueError(f"{len(nodes)} nodes: the layout repair handles up to {LAYOUT_MAX}")
    index = {n: k for k, n in enumerate(nodes)}
    order = [shapes[n] for n in nodes]
    half, top, bottom = _extents(order)
    radius = np.array([s.radius for s in order], dtype=float)
    edges = [(u, v) for u, v in G.edges() if u != v]
    U = np.array([index[u] for u, _ in edges], dtype=int)
    V = np.array([index[v] for _, v in edges], dtype=int)
    clear = np.array([(edge_widths or {}).get((u, v), 1.0) / 2 for u, v in edges])
    area = float((2 * half * (bottom - top)).sum()) * 3.0
    P = _start(G, nodes, area, seed, aspect)
    pairs = np.triu_indices(len(nodes), 1)
    points = _label_points(order)
    # Edges over other nodes' labels are avoided where pushing can do it, not at any cost: the
    # pushes run for a bounded number of steps once the two rules hold (a dense group cannot
    # keep every edge off every label), then the rules are restored without them.
    soft = _SOFT_STEPS if len(nodes) <= _SOFT_MAX else 0
    for _ in range(_SPREADS):
        for _ in range(_STEPS):
            m1, hits1 = _overlap_moves(P, half, top, bottom, pairs)
            m2, hits2 = _edge_moves(P, radius, U, V, clear)
            m3, hits3 = _label_moves(P, points, U, V, clear) if soft else (0.0, 0)
            if hits1 + hits2 + hits3 == 0 or (hits1 + hits2 == 0 and soft <= 1):
                return _rounded(nodes, P)
            soft = max(soft - 1, 0)
            P = P + m1 + m2 + 0.5 * m3
        P = P.mean(axis=0) + (P - P.mean(axis=0)) * _SPREAD
    warnings.warn(f"layout: {hits1} footprint overlaps and {hits2} edges too near a node "
                  "remain after the repair pass", stacklevel=2)
    return _rounded(nodes, P)


def _rounded(nodes: list[Hashable], P: np.ndarray) -> dict[Hashable, tuple[float, float]]:
    P = P - P.mean(axis=0)
    return {n: (round(float(x), 2), round(float(y), 2)) for n, (x, y) in zip(nodes, P,
                                                                             strict=True)}


def check(G: nx.Graph, pos: Mapping[Hashable, tuple[float, float]],
          shapes: Mapping[Hashable, Footprint],
          edge_widths: Mapping[tuple[Hashable, Hashable], float] | None = None) -> list[str]:
    """What breaks the two rules at ``pos`` (no margins: only real contact counts), in words;
    empty when the drawing is clean."""
    problems = []
    nodes = list(G)
    boxes = {n: label_box(*pos[n], shapes[n]) for n in nodes}
    for k, a in enumerate(nodes):
        for b in nodes[k + 1:]:
            if _meet(boxes[a], boxes[b]):
                problems.append(f"labels of {a!r} and {b!r} overlap")
    for u, v in G.edges():
        width = (edge_widths or {}).get((u, v), 1.0)
        for w in nodes:
            if w in (u, v):
                continue
            d = _segment_distance(pos[w], pos[u], pos[v])
            if d < shapes[w].radius + width / 2:
                problems.append(f"edge {u!r}-{v!r} passes {d:.1f} px from {w!r}")
    return problems


def _meet(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _segment_distance(p: tuple[float, float], a: tuple[float, float],
                      b: tuple[float, float]) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy)
                                              / length2))
    return float(np.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy))
