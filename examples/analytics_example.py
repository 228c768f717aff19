"""Graph analytics with kg's Python API: load a graph, view its actors, rank them, find a path.

Run after ``make demo`` (which writes out/examples.ttl), or on any kg Turtle file:

    python examples/analytics_example.py
    python examples/analytics_example.py out/examples.ttl Finnland NATO
"""

from __future__ import annotations

import sys

from kg.analyze import actor_path, communities, factual, find_actor, load_views, pagerank, top
from kg.errors import KGError


def main(argv: list[str]) -> int:
    """Print the graph's size, its five most central actors, its largest community and a path."""
    path = argv[0] if argv else "out/examples.ttl"
    try:
        views = load_views(path)
    except KGError as exc:
        print(f"analytics_example: {exc} (run `make demo` first?)", file=sys.stderr)
        return 2

    # The actor view: actors as nodes, relations, shared treaties and deployments as edges.
    # factual() leaves out hypothetical claims, as the report does.
    actors = factual(views.actors)
    print(f"{path}: {actors.number_of_nodes()} actors, {actors.number_of_edges()} edges; "
          f"the full view adds treaties, deployments and places: "
          f"{views.full.number_of_nodes()} nodes")

    ranks = pagerank(actors)
    print("\nMost central actors (PageRank):")
    for node in top(ranks, 5):
        data = actors.nodes[node]
        wikidata = f" wd:{data['wikidata']}" if data["wikidata"] else ""
        print(f"  {ranks[node]:.3f}  {data['label']} ({data['kind']}{wikidata})")

    groups = communities(actors)
    if groups:
        print("\nLargest community:", ", ".join(sorted(actors.nodes[n]["label"]
                                                       for n in groups[0])))

    # A path between two actors: the names given, else the two most central ones.
    names = argv[1:3] if len(argv) >= 3 else [actors.nodes[n]["label"] for n in top(ranks, 2)]
    if len(names) < 2:
        return 0
    try:
        a, b = find_actor(actors, names[0]), find_actor(actors, names[1])
    except KGError as exc:
        print(f"analytics_example: {exc}", file=sys.stderr)
        return 2
    hops = actor_path(actors, a, b)
    print(f"\nHow {actors.nodes[a]['label']} connects to {actors.nodes[b]['label']}:")
    if hops is None:
        print("  no connection in this graph")
    arrows = {"forward": "--{}-->", "backward": "<--{}--", "both": "--{}--"}
    for hop in hops or []:
        arrow = arrows[hop["direction"]].format(hop["relation"])
        print(f"  {hop['from']} {arrow} {hop['to']} ({hop['modality'].lower()})")
        if hop["evidence"]:
            print(f"      \"{hop['evidence']}\" ({hop['document']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
