"""Speed of ``read.text``: per seed, on 100× a seed, and on 1 MB of adversarial text.

Every figure is printed against a floor measured in the same process on the
same text: one ``re.finditer`` pass of a simple pattern (``\\w+``) over it.  The
issue's goal is under 1 ms per seed.  Growth must be linear: the per-character
cost on 100× a seed and on the adversarial inputs should stay near the cost on
one seed.  Nothing here is asserted; tests never time anything.

Run: ``python benchmarks/read_text.py`` (needs ../shared/seeds beside the checkout).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vnplan import read

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
_WORD = re.compile(r"\w+")


def _best(func: Callable[[], object], *, budget: float = 1.0, at_most: int = 200) -> float:
    """The best of repeated runs, in seconds (best-of filters out scheduler noise)."""
    best = float("inf")
    spent = 0.0
    runs = 0
    while runs < at_most and (spent < budget or runs < 3):
        start = time.perf_counter()
        func()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
    return best


def _floor(text: str) -> float:
    return _best(lambda: sum(1 for _ in _WORD.finditer(text)))


def _row(label: str, text: str) -> None:
    ours = _best(lambda: read.text(text), budget=2.0)
    floor = _floor(text)
    per_kb = ours / (len(text) / 1000)
    print(
        f"{label:34} {len(text) / 1000:9.1f} kB  {ours * 1000:9.2f} ms  "
        f"{1 / ours:9.1f} docs/s  {ours / floor:6.1f}x floor  {per_kb * 1000:7.3f} ms/kB"
    )


def main() -> int:
    if not SEEDS.exists():
        print(f"{SEEDS} is missing: the seeds live in ../shared", file=sys.stderr)
        return 2
    seeds = sorted(SEEDS.glob("*.txt"))
    print("floor: one re.finditer(r'\\w+') pass over the same text, same process")
    print(f"{'input':34} {'size':>12}  {'read.text':>12}  {'rate':>14}  {'ratio':>12}")
    for path in seeds:
        _row(path.name, path.read_text(encoding="utf-8"))
    first = seeds[0].read_text(encoding="utf-8")
    _row("100x " + seeds[0].name, "\n".join([first] * 100))
    adversarial = {
        "1 MB of 'Số: ' and digits": ("Số: 1/" * 200_000)[:1_000_000],
        "1 MB of near-miss markers": ("1.1.1.1 a) - + I. " * 60_000)[:1_000_000],
        "1 MB on one line, no breaks": ("ngày tháng năm " * 70_000)[:1_000_000],
        "1 MB of 'Căn cứ' lines": ("Căn cứ Luật số\n" * 70_000)[:1_000_000],
        "1 MB of blank-separated words": ("vụ\n\n" * 250_000)[:1_000_000],
    }
    for label, text in adversarial.items():
        ours = _best(lambda text=text: read.text(text), budget=0.0, at_most=1)  # type: ignore[misc]
        floor = _floor(text)
        print(
            f"{label:34} {len(text) / 1000:9.1f} kB  {ours * 1000:9.2f} ms  "
            f"{'':>14}  {ours / floor:6.1f}x floor  {ours / (len(text) / 1000) * 1000:7.3f} ms/kB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
