"""Build a graph from examples/articles with the Python API, count what is in it, query it.

Run from the repository root:  .venv/bin/python examples/api_example.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import kg

HERE = Path(__file__).resolve().parent

def main() -> None:
    """Build, summarise, write to a temporary file and run two of the example queries."""
    result = kg.build([HERE / "articles"])
    print(
        f"{result.documents} documents, {result.entities} entities, {result.triples} triples"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "examples.ttl"
        kg.write_graph(result.graph, path)

        print("\nTreaties and their parties:")
        for treaty_type, parties, _evidence in kg.run_query([path], _query("treaties")).rows:
            print(f"  {treaty_type:<22} {parties}")

        print("\nDeployments, largest first:")
        for actor, where, troops, *_ in kg.run_query([path], _query("deployments")).rows:
            print(f"  {actor} -> {where}: {troops if troops is not None else 'unknown'}")


def _query(name: str) -> str:
    """The SPARQL text of examples/queries/NAME.rq."""
    return (HERE / "queries" / f"{name}.rq").read_text(encoding="utf-8")


if __name__ == "__main__":
    main()
