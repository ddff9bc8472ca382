"""Benchmark: `kg query` on a big N-Triples file against pyoxigraph doing the same work directly.

Generates an N-Triples file shaped like kg's graphs (articles, typed entities with labels,
positions, events with roles and dates, quotes, provenance on every fact), then times

  kg query "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" -g big.nt --format csv   (a subprocess)

against pyoxigraph `Store().bulk_load(big.nt)` + the same query in this process, prints the
ratio (goal: <= 1.5) and the peak RSS of the kg process (goal: < 1 GB).

    python benchmarks/query_scale.py                   # 1.05M triples
    python benchmarks/query_scale.py --triples 20000   # CI smoke test
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ID = "https://w3id.org/polecon-kg/id/"
KG = "https://w3id.org/polecon-kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
PROV = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
ORG = "http://www.w3.org/ns/org#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
XSD = "http://www.w3.org/2001/XMLSchema#"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
KINDS = ("person", "company", "governmentbody", "marketindex", "place", "mediaoutlet")
CLASSES = {"person": "Person", "company": "Company", "governmentbody": "GovernmentBody",
           "marketindex": "MarketIndex", "place": "Place", "mediaoutlet": "MediaOutlet"}


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def article_triples(n: int, actors: int) -> list[str]:
    """About 150 triples for article n, drawing entities from a pool of `actors` shared ones."""
    a = f"<{ID}article/a{n:07d}>"
    lines = [
        f"{a} {RDF_TYPE} <{KG}Article> .",
        f"{a} {RDF_TYPE} <http://www.w3.org/ns/prov#Entity> .",
        f'{a} <http://purl.org/dc/terms/identifier> "a{n:07d}" .',
        f'{a} <http://purl.org/dc/terms/title> "Synthetic article {n}" .',
        f'{a} <https://schema.org/datePublished> "2025-{1 + n % 12:02d}-{1 + n % 28:02d}"^^<{XSD}date> .',
        f'{a} <{KG}extractedWith> "kg 0.1.0" .',
    ]
    entities = []
    for k in range(8):
        kind = KINDS[(n + k) % len(KINDS)]
        e = f"<{ID}{kind}/actor-{(n * 7 + k * 13) % actors}>"
        entities.append(e)
        lines += [
            f"{e} {RDF_TYPE} <{KG}{CLASSES[kind]}> .",
            f'{e} {LABEL} "Actor {(n * 7 + k * 13) % actors}" .',
            f'{e} {ALT} "A{(n * 7 + k * 13) % actors}" .',
            f"{e} <{KG}mentionedIn> {a} .",
        ]

    def provenance(f: str, i: int) -> list[str]:
        return [
            f"{f} {PROV} {a} .",
            f'{f} <{KG}evidenceText> "Sentence {i} of article {n} says something about actors." .',
            f'{f} <{KG}evidenceStart> "{i * 80}"^^<{XSD}integer> .',
            f'{f} <{KG}evidenceEnd> "{i * 80 + 75}"^^<{XSD}integer> .',
            f'{f} <{KG}confidence> "0.9"^^<{XSD}decimal> .',
        ]

    for i in range(3):  # positions
        f = f"<{ID}position/{_h(n, 'p', i)}>"
        lines += [f"{f} {RDF_TYPE} <{ORG}Membership> .", f"{f} {RDF_TYPE} <{KG}Position> .",
                  f"{f} <{ORG}member> {entities[i]} .", f"{f} <{ORG}organization> {entities[i + 3]} .",
                  f'{f} <{KG}title> "CEO" .', f"{entities[i]} <{KG}holdsPosition> {entities[i + 3]} ."]
        lines += provenance(f, i)
    for i in range(4):  # events
        f = f"<{ID}event/{_h(n, 'e', i)}>"
        lines += [f"{f} {RDF_TYPE} <{SEM}Event> .", f"{f} {RDF_TYPE} <{KG}Event> .", f"{f} {RDF_TYPE} <{KG}Meeting> .",
                  f'{f} {LABEL} "Meeting {i}" .',
                  f"{f} <{KG}chair> {entities[i]} .", f"{f} <{SEM}hasActor> {entities[i]} .",
                  f"{f} <{KG}attendee> {entities[i + 1]} .", f"{f} <{SEM}hasActor> {entities[i + 1]} .",
                  f'{f} <{SEM}hasTimeStamp> "2025-02-{1 + i:02d}"^^<{XSD}date> .']
        lines += provenance(f, 3 + i)
    for i in range(3):  # quotes
        f = f"<{ID}quote/{_h(n, 'q', i)}>"
        lines += [f"{f} {RDF_TYPE} <{KG}Quote> .", f"{f} <{KG}speaker> {entities[i]} .",
                  f'{f} <{KG}quoteText> "We will keep working on quote {i} of article {n}." .']
        lines += provenance(f, 7 + i)
    return lines


def generate(path: Path, triples: int) -> int:
    """Write `triples` distinct triples (whole articles, so a few over); the number written.

    Entity triples (type, label, alias) recur across articles as they do in a merged graph;
    each distinct triple is written once, so the file's size is its triple count.
    """
    actors = max(50, triples // 200)
    seen: set[str] = set()
    written = 0
    with path.open("w", encoding="utf-8") as out:
        n = 0
        while written < triples:
            fresh = [line for line in dict.fromkeys(article_triples(n, actors)) if line not in seen]
            seen.update(fresh)
            out.write("\n".join(fresh) + "\n")
            written += len(fresh)
            n += 1
    return written


def kg_command() -> list[str]:
    script = Path(sys.executable).parent / "kg"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]


def run_kg(path: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(kg_command() + ["query", COUNT, "-g", str(path), "--format", "csv"],
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout.splitlines()[-1]


def run_pyoxigraph(path: Path) -> tuple[float, str]:
    import pyoxigraph as ox

    started = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    n = next(iter(store.query(COUNT)))["n"].value
    elapsed = time.perf_counter() - started
    del store
    return elapsed, n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_050_000, help="size of the generated graph")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side; the best is reported")
    parser.add_argument("--keep", type=Path, default=None, help="write the graph here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "big.nt"
        started = time.perf_counter()
        written = generate(path, args.triples)
        print(f"generated {written:,} triples ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f}s")

        # Interleaved, so a busy moment on the machine hits both sides alike. RUSAGE_CHILDREN's
        # ru_maxrss is the largest child so far, and the kg runs are the only children.
        kg_times, ox_times, kg_answer, ox_answer = [], [], None, None
        for _ in range(args.repeat):
            elapsed, kg_answer = run_kg(path)
            kg_times.append(elapsed)
            elapsed, ox_answer = run_pyoxigraph(path)
            ox_times.append(elapsed)
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux

    kg_best, ox_best = min(kg_times), min(ox_times)
    ratio = kg_best / ox_best
    print(f"kg query (subprocess, load + query): best {kg_best:.2f}s of {', '.join(f'{x:.2f}' for x in kg_times)}  answer {kg_answer}")
    print(f"pyoxigraph bulk_load + query:         best {ox_best:.2f}s of {', '.join(f'{x:.2f}' for x in ox_times)}  answer {ox_answer}")
    print(f"ratio kg / pyoxigraph: {ratio:.2f} (goal <= 1.5)")
    print(f"peak RSS of kg query: {peak_kb / 1024:.0f} MB (goal < 1024 MB)")
    if not kg_answer == ox_answer == str(written):
        print(f"ANSWERS DIFFER: kg {kg_answer}, pyoxigraph {ox_answer}, written {written}", file=sys.stderr)
        return 1
    if args.triples < 1_000_000:
        print("(smoke run: the goals apply at 1M+ triples; interpreter start-up dominates small files)")
        return 0
    return 0 if ratio <= 1.5 and peak_kb < 1024 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
