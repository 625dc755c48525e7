"""``import vnplan`` stays light: heavy dependencies load only when used (PEP 562).

This checks *which* modules an import loads, in a fresh interpreter; how long it
takes is measured in benchmarks/import_time.py, never asserted here.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("docx", "lxml", "hypothesis", "vietnam_provinces", "cattrs", "yaml", "babel")


def _loaded_after(statement: str) -> set[str]:
    probe = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    return set(out.stdout.split())


def test_import_vnplan_loads_no_heavy_dependency() -> None:
    loaded = _loaded_after("import vnplan")
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
    assert "vnplan.model" not in loaded


def test_the_model_loads_without_serializers_or_hypothesis() -> None:
    loaded = _loaded_after("import vnplan; vnplan.Document")
    assert "vnplan.model" in loaded
    assert not loaded & {"cattrs", "hypothesis", "docx", "yaml"}


def test_serialize_loads_cattrs_and_yaml_only_when_asked() -> None:
    loaded = _loaded_after("import vnplan; vnplan.serialize")
    assert {"cattrs", "yaml"} <= loaded
    assert not loaded & {"hypothesis", "docx", "vietnam_provinces"}
