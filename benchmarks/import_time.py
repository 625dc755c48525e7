"""How long ``import vnplan`` takes, against ``import attrs``, in fresh subprocesses.

Each sample is a new interpreter that times only the import statement, so the
interpreter's own start-up is not counted.  The baseline (``import attrs``, the
one dependency vnplan cannot do without) is measured in the same run,
interleaved with vnplan's samples, and the result is printed as a ratio next to
the absolute median.  The issue's goal is under 150 ms for ``import vnplan``.

Run: ``python benchmarks/import_time.py [--runs N]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

_PROBE = (
    "import time, sys; t = time.perf_counter(); {statement}; "
    "d = time.perf_counter() - t; "
    "heavy = [m for m in ('docx', 'lxml', 'hypothesis', 'vietnam_provinces', 'cattrs', 'yaml') "
    "if m in sys.modules]; print(d, ','.join(heavy))"
)


def _sample(statement: str) -> tuple[float, str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(statement=statement)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), (out[1] if len(out) > 1 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="samples per module")
    args = parser.parse_args()
    probes = {
        "import attrs": "import attrs",
        "import vnplan": "import vnplan",
        "vnplan.Document (model)": "import vnplan; vnplan.Document",
        "vnplan.serialize": "import vnplan; vnplan.serialize",
    }
    _sample("import vnplan; vnplan.serialize")  # warm the file-system cache and byte-code
    samples: dict[str, list[float]] = {name: [] for name in probes}
    heavy: dict[str, str] = {}
    for _ in range(args.runs):
        for name, statement in probes.items():  # interleaved, so drift hits all alike
            seconds, heavy[name] = _sample(statement)
            samples[name].append(seconds)
    base_ms = statistics.median(samples["import attrs"]) * 1000
    print(f"{args.runs} fresh processes per row; baseline: import attrs")
    for name in probes:
        ms = statistics.median(samples[name]) * 1000
        print(f"{name:26} median {ms:7.1f} ms  {ms / base_ms:5.2f}x attrs  "
              f"heavy: {heavy[name] or 'none'}")
    ours_ms = statistics.median(samples["import vnplan"]) * 1000
    print(f"goal: import vnplan under 150 ms -> {'met' if ours_ms < 150 else 'NOT met'}")


if __name__ == "__main__":
    main()
