"""How the explorer draws each class and relation: colours, shapes, sizes, dashes."""

from __future__ import annotations

import math

# kind -> (fill colour, vis-network shape). Shapes with the label below them scale by size.
KIND_STYLES: dict[str, tuple[str, str]] = {
    "State": ("#2b6cb0", "hexagon"),
    "Organization": ("#2f855a", "square"),
    "Person": ("#dd6b20", "dot"),
    "Actor": ("#718096", "dot"),
    "Place": ("#8d6e63", "triangle"),
    "Treaty": ("#6b46c1", "diamond"),
    "Deployment": ("#c53030", "star"),
}
DEFAULT_STYLE = ("#718096", "dot")

RELATION_COLOURS: dict[str, str] = {
    "inConflictWith": "#c53030",
    "sanctions": "#dd6b20",
    "supports": "#2f855a",
    "alliedWith": "#6b46c1",
    "leaderOf": "#2b6cb0",
    "officialOf": "#2b6cb0",
    "affiliatedWith": "#4a5568",
    "locatedIn": "#8d6e63",
    "deployment": "#c53030",
    "deployingActor": "#c53030",
    "location": "#c53030",
    "inSupportOf": "#c53030",
}
TREATY_COLOUR = "#6b46c1"
DEFAULT_EDGE_COLOUR = "#718096"
# Claims drawn dashed: the source hedges or only imagines them.
DASHED_MODALITIES = frozenset({"Reported", "Hypothetical"})

MIN_SIZE, MAX_SIZE = 10.0, 42.0


def kind_style(kind: str) -> tuple[str, str]:
    """(colour, shape) for a node class."""
    return KIND_STYLES.get(kind, DEFAULT_STYLE)


def edge_colour(relation: str) -> str:
    """The colour of a relation; every treaty edge shares one."""
    if relation.startswith("treaty:") or relation in ("party", "signedBy", "ratifiedBy"):
        return TREATY_COLOUR
    return RELATION_COLOURS.get(relation, DEFAULT_EDGE_COLOUR)


def node_size(rank: float, top_rank: float) -> float:
    """Size from PageRank: square-root scaled between MIN_SIZE and MAX_SIZE."""
    if top_rank <= 0:
        return MIN_SIZE
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(max(rank, 0.0) / top_rank), 1)
