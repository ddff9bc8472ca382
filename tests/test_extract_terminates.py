"""Extraction finishes on text that is not tidy news prose (tables, lists, verbless lines).

Each case runs `kg extract` in a subprocess with a time limit, so a regression that loops
forever fails this test instead of hanging the whole suite. The limit is generous: it is a
guard against endless loops, not a speed target (speed lives in benchmarks/).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

MARKDOWN_TABLE = """# Notes on sources

| file | outlet | published | words |
| --- | --- | --- | --- |
| a01 | Reuters (wire) | 2021-03-02 (estimate) | 300 |
| a02 | Xinhua | 2020-11-03 | 210 |

- Date: 2021-03-02, Tuesday, per the archive; March 2 2021 in the URL.
- Monday: Alibaba, Tencent, JD.com; SAMR; CSRC; PBOC (2020), 2019, 2018.
"""

# Headline-style lines whose parse root is a noun: climbing from a date to "its verb" must stop
# at the root.
HEADLINES = """Antitrust probe of Alibaba by SAMR on Monday.
Tencent shares 3% higher on Tuesday.
A record fine for Alibaba in 2021: SAMR, the market regulator, on Monday.
"""

VERBLESS_LINES = "\n".join(
    f"Tencent shares {i}% higher on Monday {2000 + i}; Alibaba probe, Beijing regulators, last week."
    for i in range(40)
)

ONE_LONG_SENTENCE = (
    "The regulator, on Monday, in 2021, after a probe of Alibaba, of Tencent, of Baidu, "
    + ", ".join(f"of firm number {i} in the year {1990 + i}" for i in range(150))
    + ", fined them."
)


@pytest.mark.parametrize(
    "text",
    [HEADLINES, MARKDOWN_TABLE, VERBLESS_LINES, ONE_LONG_SENTENCE],
    ids=["noun-rooted-headlines", "markdown-table", "verbless-lines", "long-sentence"],
)
def test_extract_finishes_on_untidy_text(text, tmp_path):
    article = tmp_path / "untidy.md"
    article.write_text("published: 2021-03-03\n---\n" + text, encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "extract", str(article), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.stat().st_size > 0
