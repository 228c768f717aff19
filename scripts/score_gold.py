"""Score gold-annotated article directories in one process, as `evaluate.py --kg kg` would.

`../shared/eval/evaluate.py` runs `kg build ART --output X.ttl` once per article, which
spends about 3 s per article loading the pipeline. This script builds the same graphs with
`kg.build` in one process, writes and re-reads each as Turtle, and hands it to the scorer's
own `score_article`, so a whole set takes seconds. Use it while tuning; report numbers from
`evaluate.py` itself. Set `PYTHONHASHSEED=0`: the scorer matches entities in a hash order.

Usage: ``PYTHONHASHSEED=0 python scripts/score_gold.py DIR... [--json-dir OUT]
[--scorer ../shared/eval/evaluate.py]``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from rdflib import Graph

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("entities", "relations", "treaties", "deployments")


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer as a module (its ``score_article`` and ``Scores``)."""
    spec = importlib.util.spec_from_file_location("evaluate", path)
    if spec is None or spec.loader is None:
        sys.exit(f"score_gold: cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_dir(scorer: ModuleType, gold_dir: Path, ontology: Path) -> tuple[dict, dict]:
    """(per-article details, per-part Scores) for every NAME.txt with a NAME.gold.json."""
    from kg.pipeline import build
    from kg.rdf.io import write_graph

    acc: dict = defaultdict(scorer.Scores)
    report: dict = {}
    articles = sorted(p for p in gold_dir.glob("*.txt") if p.with_suffix(".gold.json").exists())
    with tempfile.TemporaryDirectory() as tmp:
        for art in articles:
            gold = json.loads(art.with_suffix(".gold.json").read_text(encoding="utf-8"))
            detail = report.setdefault(art.stem, {})
            out = Path(tmp) / f"{art.stem}.ttl"
            try:
                write_graph(build([str(art)], progress=False).graph, out, "turtle")
            except Exception as exc:  # the scorer counts a failed article as all missed
                detail["error"] = str(exc)
            graph = Graph()
            graph.parse(ontology)
            if out.exists() and "error" not in detail:
                graph.parse(out)
            scorer.score_article(graph, gold, acc, detail)
    return report, acc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path, help="directories of NAME.txt + NAME.gold.json")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "evaluate.py")
    ap.add_argument("--json-dir", type=Path, help="write DIRNAME.json details here")
    args = ap.parse_args()
    if not args.scorer.is_file():
        sys.exit(f"score_gold: no scorer at {args.scorer}")
    scorer = load_scorer(args.scorer)
    from kg.paths import ONTOLOGY_FILE

    for gold_dir in args.dirs:
        report, acc = score_dir(scorer, gold_dir, ONTOLOGY_FILE)
        if not report:
            sys.exit(f"score_gold: no NAME.txt with NAME.gold.json in {gold_dir}")
        f1 = [acc[k].prf()[2] for k in PARTS]
        parts = " ".join(f"{k}_f1={v:.3f}" for k, v in zip(PARTS, f1, strict=True))
        print(f"{gold_dir.name}: {parts} mean_f1={sum(f1) / 4:.3f}", flush=True)
        if args.json_dir:
            args.json_dir.mkdir(parents=True, exist_ok=True)
            scores = {k: dict(zip("prf", v.prf(), strict=True)) for k, v in acc.items()}
            (args.json_dir / f"{gold_dir.name}.json").write_text(
                json.dumps({"articles": report, "scores": scores}, indent=1, ensure_ascii=False),
                encoding="utf-8")


if __name__ == "__main__":
    main()
