"""Screenshots (1400x900, headless Chromium) of the pages `kg viz` writes, to look at them.

Writes three PNGs into the output folder (and the HTML pages next to them):
  corpus.png  the whole graph of a corpus (--graph FILE, default: the bundled sample article)
  focus.png   `--focus NAME --hops 1` on it (default: its most central actor), with NAME searched
              through the URL fragment so the side panel shows its facts and evidence
  large.png   a synthetic graph of --nodes entities and 2 x --nodes facts (communities clustered)

    .venv/bin/python benchmarks/viz_screenshots.py -o docs/screenshots
    .venv/bin/python benchmarks/viz_screenshots.py --graph output/corpus.trig --focus "Xi Jinping" -o shots
    kg extract ../shared/eval/dev ../shared/eval/seed.txt -o /tmp/corpus.trig   # the issue's corpus
"""

from __future__ import annotations

import argparse
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from viz_scale import synthetic_graph  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="graph file (.ttl, .trig, ...); default: extract the bundled sample")
    parser.add_argument("--focus", help="actor for the focus page (default: the most central one)")
    parser.add_argument("--nodes", type=int, default=3000, help="entities in the large synthetic graph (default 3000)")
    parser.add_argument("-o", "--output", type=Path, default=Path("screenshots"), help="folder for the PNGs")
    args = parser.parse_args()

    from kg.analytics import analyze, to_networkx
    from kg.graph import load_graph
    from kg.io import atomic_write
    from kg.viz import find_chromium, headless_dom, render_html

    if find_chromium() is None:
        print("headless Chromium is not installed (apt-get install -y chromium)")
        return 1
    args.output.mkdir(parents=True, exist_ok=True)
    if args.graph:
        dataset = load_graph([args.graph])
        name = args.graph.name
    else:
        from kg.pipeline import build_dataset
        from kg.resources import data_file

        dataset, _ = build_dataset([data_file("sample.txt")])
        name = "the bundled sample article"
    focus = args.focus or analyze(to_networkx(dataset), top=1)["top"][0]["label"]

    pages = [
        ("corpus", render_html(dataset, title=f"Knowledge graph of {name}"), ""),
        ("focus", render_html(dataset, focus=focus, hops=1, title=f"{focus}, one hop"),
         "#find=" + urllib.parse.quote(focus)),
        ("large", render_html(synthetic_graph(args.nodes, 2 * args.nodes),
                              title=f"Synthetic graph, {args.nodes} entities"), ""),
    ]
    for stem, page, fragment in pages:
        html_path = args.output / f"{stem}.html"
        png_path = args.output / f"{stem}.png"
        atomic_write(html_path, page)
        start = time.perf_counter()
        headless_dom(html_path, fragment=fragment, screenshot=png_path, budget_ms=5000, timeout=300)
        size = png_path.stat().st_size if png_path.exists() else 0
        print(f"{png_path}: {size // 1024} KB, 1400x900, {time.perf_counter() - start:.1f} s")
        if not size:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
