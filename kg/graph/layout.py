"""Deterministic node positions in pure Python (no numpy): the same graph gives the same picture.

Each connected component is laid out on its own: stress majorization (page distances follow hop
counts) when small, a radial tree (linear time) when large; components are then packed in
rows, largest first, so isolated nodes line up at the bottom instead of flying off.
Units: the ideal edge length is 1; callers scale to pixels.
"""

from __future__ import annotations

import heapq
import math
import random

STRESS_LIMIT = 150   # above this many nodes in a component, O(n²) stress costs seconds in pure Python
PAIR_BUDGET = 1_200_000      # node pairs visited by one component's stress layout (~1 s)
TOTAL_BUDGET = 3_000_000     # ... and by all components together; beyond it, radial trees
EDGE_SPREAD = 0.6


def layout(graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """node -> (x, y), centred on 0, rounded so the output is byte-stable."""
    nodes = sorted(graph)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    neighbours: list[set[int]] = [set() for _ in nodes]
    for u, v in graph.edges():
        if u != v:
            neighbours[index[u]].add(index[v])
            neighbours[index[v]].add(index[u])
    xs, ys = [0.0] * len(nodes), [0.0] * len(nodes)
    budget = TOTAL_BUDGET
    placed = []
    for members in _components(neighbours):
        cost = min(PAIR_BUDGET, 300 * len(members) ** 2)
        stress = len(members) <= STRESS_LIMIT and cost <= budget
        budget -= cost if stress else 0
        placed.append(_place_component(members, neighbours, seed, xs, ys, stress))
    _pack(placed, xs, ys)
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    return {n: (round(xs[i] - cx, 3), round(ys[i] - cy, 3)) for i, n in enumerate(nodes)}


def _components(neighbours: list[set[int]]) -> list[list[int]]:
    """Connected components, largest first, each starting at its best-connected node."""
    seen = [False] * len(neighbours)
    found = []
    for start in sorted(range(len(neighbours)), key=lambda i: (-len(neighbours[i]), i)):
        if seen[start]:
            continue
        seen[start] = True
        members = [start]
        for node in members:
            for other in sorted(neighbours[node]):
                if not seen[other]:
                    seen[other] = True
                    members.append(other)
        found.append(members)
    return sorted(found, key=lambda m: (-len(m), m[0]))


def _place_component(members: list[int], neighbours, seed: int, xs, ys, stress: bool) -> tuple[list[int], float]:
    """Lay one component out around 0; returns (members, radius)."""
    if stress:
        local = {node: i for i, node in enumerate(members)}
        sx, sy = _stress([{local[o] for o in neighbours[node]} for node in members], seed)
        for i, node in enumerate(members):
            xs[node], ys[node] = sx[i], sy[i]
    else:
        _place_tree(members, neighbours, xs, ys)
    cx = sum(xs[m] for m in members) / len(members)
    cy = sum(ys[m] for m in members) / len(members)
    radius = 0.0
    for m in members:
        xs[m] -= cx
        ys[m] -= cy
        radius = max(radius, math.hypot(xs[m], ys[m]))
    return members, radius


def _stress(neighbours: list[set[int]], seed: int) -> tuple[list[float], list[float]]:
    """Stress majorization: distances on the page follow hop counts in the graph (Gansner et al. 2004).

    Starts from the radial tree layout with a seeded jitter; each sweep moves every node to the
    weighted average its pairwise target distances ask for (weights 1/d²).
    """
    n = len(neighbours)
    xs, ys = [0.0] * n, [0.0] * n
    if n == 1:
        return xs, ys
    _place_tree(list(range(n)), neighbours, xs, ys)
    rnd = random.Random(seed)
    xs = [x + rnd.uniform(-0.05, 0.05) for x in xs]
    ys = [y + rnd.uniform(-0.05, 0.05) for y in ys]
    hops = [_distances(i, neighbours) for i in range(n)]
    weights = [[0.0 if i == j else 1.0 / (hops[i][j] * hops[i][j]) for j in range(n)] for i in range(n)]
    totals = [sum(row) for row in weights]
    previous = math.inf
    for _ in range(max(15, min(300, PAIR_BUDGET // (n * n)))):
        stress = 0.0
        for i in range(n):
            xi, yi, row, target = xs[i], ys[i], weights[i], hops[i]
            sx = sy = 0.0
            for j in range(n):
                if j == i:
                    continue
                dx, dy = xi - xs[j], yi - ys[j]
                d = math.sqrt(dx * dx + dy * dy) or 1e-9
                w, t = row[j], target[j]
                sx += w * (xs[j] + t * dx / d)
                sy += w * (ys[j] + t * dy / d)
                stress += w * (d - t) * (d - t)
            xs[i], ys[i] = sx / totals[i], sy / totals[i]
        if previous - stress < 1e-4 * previous:
            break
        previous = stress
    return xs, ys


def edge_length(a: set[int], b: set[int]) -> float:
    """Longer edges around hubs, so their many neighbours get room (neato's 'subset' model, softened)."""
    return max(1.0, math.sqrt(len(a ^ b)) * EDGE_SPREAD)


def _distances(start: int, neighbours: list[set[int]]) -> list[float]:
    """Shortest weighted path lengths from `start` (Dijkstra), with edge_length() per edge."""
    dist = [math.inf] * len(neighbours)
    dist[start] = 0.0
    queue = [(0.0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist[node]:
            continue
        for other in neighbours[node]:
            nd = d + edge_length(neighbours[node], neighbours[other])
            if nd < dist[other]:
                dist[other] = nd
                heapq.heappush(queue, (nd, other))
    return dist


def _place_tree(members: list[int], neighbours, xs, ys) -> None:
    """A radial BFS tree around the component's best-connected node (its first member): linear time."""
    root = members[0]
    seen = {root}
    order, children, depth = [root], {root: []}, {root: 0}
    for node in order:
        for other in sorted(neighbours[node]):
            if other not in seen:
                seen.add(other)
                depth[other] = depth[node] + 1
                children[node].append(other)
                children[other] = []
                order.append(other)
    leaves = {}
    for node in reversed(order):
        leaves[node] = sum(leaves[c] for c in children[node]) or 1
    per_ring: dict[int, int] = {}
    for node in order:
        per_ring[depth[node]] = per_ring.get(depth[node], 0) + 1
    radius, previous = {0: 0.0}, 0.0
    for ring in range(1, max(per_ring) + 1):
        previous = radius[ring] = max(previous + 1.0, per_ring[ring] * 1.1 / (2 * math.pi))
    wedge = {root: (0.0, 2 * math.pi)}
    for node in order:
        start, width = wedge[node]
        angle = start + width / 2
        xs[node] = radius[depth[node]] * math.cos(angle)
        ys[node] = radius[depth[node]] * math.sin(angle)
        for child in children[node]:
            share = width * leaves[child] / leaves[node]
            wedge[child] = (start, share)
            start += share


def _pack(components: list[tuple[list[int], float]], xs, ys) -> None:
    """Place components (largest first) left to right in rows, each centred on its row's middle line.

    Rows are about 1.5 times as wide as the largest component, so small components and lone
    nodes sit beside it on a landscape screen rather than far below it.
    """
    total = sum((2 * r + 2.0) ** 2 for _, r in components)
    row_width = max(math.sqrt(total), 1.5 * (2 * components[0][1] + 2.0))
    rows: list[list[tuple[list[int], float]]] = [[]]
    used = 0.0
    for members, radius in components:
        size = 2 * radius + 2.0
        if rows[-1] and used + size > row_width:
            rows.append([])
            used = 0.0
        rows[-1].append((members, size))
        used += size
    y = 0.0
    for row in rows:
        height = max(size for _, size in row)
        x = 0.0
        for members, size in row:
            for node in members:
                xs[node] += x + size / 2
                ys[node] += y + height / 2
            x += size
        y += height


def bent_edges(graph):
    """Edges in sorted order, each with a bend so that parallel edges between two nodes fan out."""
    groups: dict[tuple[str, str], list] = {}
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        groups.setdefault(tuple(sorted((u, v))), []).append((u, v, key, data))
    for pair in sorted(groups):
        edges = groups[pair]
        for i, (u, v, key, data) in enumerate(edges):
            offset = (i - (len(edges) - 1) / 2) * 0.35
            yield u, v, key, data, offset if (u, v) == pair else -offset
