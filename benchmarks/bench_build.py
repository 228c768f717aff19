"""Throughput of the extractor (a benchmark, not a test).

Builds a corpus of news-like documents from the repository's own example articles and
synthetic sentences made of gazetteer names and lexicon words (never from ../shared),
then runs ``kg.extract.extract`` over corpora of two sizes, each in a fresh process, and
reports words per second, peak memory (resident set size) and, for comparison, the speed
of spaCy's bare ``spacy.blank(lang)`` tokenizer on the same text.

    python benchmarks/bench_build.py [--lang de] [--words 200000] [--seed 7]

Memory should not grow with the corpus beyond the results kept: the larger corpus's peak
is printed beside the smaller one's.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DOC_WORDS = 450  # words per synthetic document, about a news article

TEMPLATES = {
    "de": [
        "{qual} {num} {adj} {force} sollen in der Region {place} stationiert sein.",
        "Der {adj} {role} {person} traf am Montag in {capital} seinen Amtskollegen.",
        "{state} und {state2} unterzeichneten ein {treaty}.",
        "{state} bestreitet, {force} in {state2} stationiert zu haben.",
        "Laut {state} sind {num} {adj} {force} in {state2} eingetroffen.",
        "Die Regierung in {capital} kündigte neue Sanktionen gegen {state2} an.",
        "{person} sagte, die Lage an der Grenze zu {state2} sei angespannt.",
        "Nach dem {adj} Angriff auf {state2} stiegen die Preise für Energie deutlich.",
        "Würde {state} {force} nach {state2} schicken, wäre das eine Eskalation.",
        "Experten sehen darin einen Wendepunkt für die Sicherheit in Europa.",
        "Die Gespräche sollen in der kommenden Woche fortgesetzt werden.",
    ],
    "en": [
        "{qual} {num} {adj} {force} are reportedly stationed in {place}.",
        "{adj} {role} {person} met his counterpart in {capital} on Monday.",
        "{state} and {state2} signed a {treaty}.",
        "{state} denied that its {force} were deployed in {state2}.",
        "According to {state}, {num} {adj} {force} have arrived in {state2}.",
        "The government in {capital} announced new sanctions against {state2}.",
        "{person} said the situation on the border with {state2} was tense.",
        "Since {state}'s invasion of {state2}, energy prices have risen sharply.",
        "If {state} sent {force} to {state2}, it would be an escalation.",
        "Analysts see it as a turning point for security in Europe.",
        "The talks are expected to continue next week.",
    ],
}
QUALIFIERS = {"de": ["mindestens", "rund", "etwa", "fast", "bis zu", "mehr als"],
              "en": ["at least", "about", "some", "nearly", "up to", "more than"]}


def _number(lang: str, rng: random.Random) -> str:
    n = rng.choice([120, 500, 1200, 2400, 4800, 11000, 28500, 50000])
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "de" else text


def vocabulary(lang: str) -> dict[str, list[str]]:
    """Names from the gazetteer and words from the lexicon to fill the templates."""
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.lexicon import load_lexicon

    gaz = load_gazetteer()
    lex = load_lexicon(lang)
    states, capitals, persons, places, adjs = [], [], [], [], []
    for s in gaz.surfaces(lang):
        e = gaz.entry(s.entry)
        if s.form == "name" and e.kind == "State" and " " not in s.text:
            states.append(s.text)
        elif s.form == "capital" and s.lang == lang:
            capitals.append(s.text)
        elif s.form == "name" and e.kind == "Person":
            persons.append(s.text)
        elif s.form == "name" and e.kind == "Place" and e.population and s.lang != "*":
            places.append(s.text)
        elif s.form == "demonym_adj" and (lang == "en" or s.text.endswith("e")):
            adjs.append(s.text)

    def words(cat: str) -> list[str]:
        return [t for t in lex.terms(cat) if not t.startswith("-") and " " not in t]

    def title(ws: list[str]) -> list[str]:
        return [w[:1].upper() + w[1:] for w in ws] if lang == "de" else ws

    return {
        "state": sorted(set(states))[:150], "state2": sorted(set(states))[:150],
        "capital": sorted(set(capitals))[:150], "person": sorted(set(persons))[:150],
        "place": sorted(set(places))[:300], "adj": sorted(set(adjs))[:150],
        "role": title(words("role_leader") + words("role_official")),
        "force": title([t for t in lex.terms("force") if " " not in t and not t.startswith("-")
                        and t.endswith(("en", "er", "s", "e"))]),
        "treaty": title([t for t in lex.terms("treaty") if not t.startswith("-") and " " not in t
                         and lex.value(t, "treaty") != "generic"]),
    }


def examples(lang: str) -> list[str]:
    """The repository's example articles in ``lang`` (plain text and JSONL)."""
    from kg.ingest import detect_language

    texts: list[str] = []
    folder = REPO / "examples" / "articles"
    for path in sorted(folder.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return [t for t in texts if detect_language(t) == lang]


def corpus(lang: str, total_words: int, seed: int) -> list[str]:
    """Documents of about ``DOC_WORDS`` words until ``total_words``: example paragraphs
    and filled templates in turn."""
    rng = random.Random(seed)
    vocab = vocabulary(lang)
    paragraphs = [p for t in examples(lang) for p in t.split("\n") if len(p.split()) > 5]
    docs: list[str] = []
    count = 0
    while count < total_words:
        lines: list[str] = []
        n = 0
        while n < DOC_WORDS:
            if paragraphs and rng.random() < 0.5:
                line = rng.choice(paragraphs)
            else:
                fill = {k: rng.choice(v) for k, v in vocab.items() if v}
                fill["num"] = _number(lang, rng)
                fill["qual"] = rng.choice(QUALIFIERS[lang])
                line = rng.choice(TEMPLATES[lang]).format(**fill)
                line = line[:1].upper() + line[1:]
            lines.append(line)
            n += len(line.split())
        docs.append("\n".join(lines))
        count += n
    return docs


def worker(lang: str, words: int, seed: int) -> dict[str, float]:
    """Run the extractor over one corpus in this process; return the measurements."""
    import spacy

    from kg.extract import extract, load_nlp
    from kg.records import Document

    docs = corpus(lang, words, seed)
    n_words = sum(len(d.split()) for d in docs)
    load_nlp(lang)  # loading is not throughput
    extract(Document(text=docs[0], lang=lang, source="warm-up"))
    start = time.perf_counter()
    results = [extract(Document(text=d, lang=lang, source=f"bench-{i}"))
               for i, d in enumerate(docs)]
    elapsed = time.perf_counter() - start
    tokenizer = spacy.blank(lang)
    t0 = time.perf_counter()
    for d in docs:
        tokenizer(d)
    tok_elapsed = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "lang": lang, "documents": len(docs), "words": n_words, "seconds": elapsed,
        "words_per_second": n_words / elapsed, "tokenizer_words_per_second": n_words / tok_elapsed,
        "peak_rss_mb": peak_kb / 1024, "entities": sum(len(r.entities) for r in results),
        "deployments": sum(len(r.deployments) for r in results),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="de", choices=("de", "en"))
    ap.add_argument("--words", type=int, default=200_000, help="words of the smaller corpus")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.lang, args.words, args.seed)))
        return
    rows = []
    for words in (args.words, args.words * 2):
        run = subprocess.run([sys.executable, __file__, "--worker", "--lang", args.lang,
                              "--words", str(words), "--seed", str(args.seed)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(run.stdout.strip().splitlines()[-1]))
    print(f"{'lang':4} {'docs':>5} {'words':>8} {'sec':>7} {'words/s':>9} "
          f"{'tokenizer w/s':>14} {'ratio':>6} {'peak MB':>8}")
    for r in rows:
        ratio = r["words_per_second"] / r["tokenizer_words_per_second"]
        print(f"{r['lang']:4} {r['documents']:5d} {r['words']:8d} {r['seconds']:7.1f} "
              f"{r['words_per_second']:9.0f} {r['tokenizer_words_per_second']:14.0f} "
              f"{ratio:6.2f} {r['peak_rss_mb']:8.0f}")
    growth = rows[1]["peak_rss_mb"] - rows[0]["peak_rss_mb"]
    print(f"peak memory growth from {rows[0]['words']} to {rows[1]['words']} words: "
          f"{growth:+.0f} MB")


if __name__ == "__main__":
    main()
