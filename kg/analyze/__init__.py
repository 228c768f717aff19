"""Graph analytics on kg RDF graphs with NetworkX: views, centrality, communities, paths, report.

Example:
    >>> from kg.analyze import load_views, pagerank, top
    >>> views = load_views("out/examples.ttl")  # doctest: +SKIP
    >>> [views.actors.nodes[n]["label"] for n in top(pagerank(views.actors), 3)]  # doctest: +SKIP
"""

from __future__ import annotations

from kg.analyze.centrality import betweenness, betweenness_method, degree, pagerank, top
from kg.analyze.communities import communities
from kg.analyze.paths import actor_path, find_actor
from kg.analyze.report import analyze_report, report_data
from kg.analyze.views import Views, actor_view, build_views, factual, full_view, load_views

__all__ = [
    "Views",
    "actor_path",
    "actor_view",
    "analyze_report",
    "betweenness",
    "betweenness_method",
    "build_views",
    "communities",
    "degree",
    "factual",
    "find_actor",
    "full_view",
    "load_views",
    "pagerank",
    "report_data",
    "top",
]
