"""Speed of ``rules.validate`` on each seed, against a floor measured in the same process.

The floor is one pass of a compiled regular expression over all the document's
text (every paragraph, heading and component text joined).  The issue's goals:
at least 1,000 seed-size documents per second on one core, and within 10× the
floor.  Reading is not timed here (see read_text.py): each seed is read once.

Run: ``python benchmarks/validate.py`` (needs ../shared/seeds beside the checkout).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vnplan import read, render, rules

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
_PATTERN = re.compile(r"\b\w+\b")


def _best(func: Callable[[], object], budget: float = 2.0) -> float:
    best = float("inf")
    spent = 0.0
    runs = 0
    while spent < budget or runs < 5:
        start = time.perf_counter()
        func()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
    return best


def main() -> int:
    if not SEEDS.exists():
        print(f"{SEEDS} is missing: the seeds live in ../shared", file=sys.stderr)
        return 2
    rules.validate(read.text("")[0])  # load the registry once, outside the timing
    print(f"{len(list(rules.all_rules()))} rules; floor: one compiled-regex pass over the "
          "document's text, same process")
    print(f"{'seed':34} {'validate':>12} {'rate':>14} {'floor':>10} {'ratio':>8}")
    for path in sorted(SEEDS.glob("*.txt")):
        doc, _ = read.text(path.read_text(encoding="utf-8"))
        text = render.text(doc)
        ours = _best(lambda doc=doc: rules.validate(doc, mode="draft"))  # type: ignore[misc]
        floor = _best(lambda text=text: sum(1 for _ in _PATTERN.finditer(text)))  # type: ignore[misc]
        print(f"{path.name:34} {ours * 1000:9.3f} ms {1 / ours:10.0f} doc/s "
              f"{floor * 1000:7.3f} ms {ours / floor:7.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
