"""``python -m vnplan``: the tour on the bundled examples, end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from vnplan import examples, serialize
from vnplan.__main__ import main
from vnplan.model import Document


def test_the_tour_writes_every_example_and_the_schema(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for name in examples.names():
        written = tmp_path / f"{name}.json"
        assert serialize.from_json(written.read_text(encoding="utf-8"), Document) == examples.load(
            name
        )
        assert name in out
    schema = json.loads((tmp_path / "document.schema.json").read_text(encoding="utf-8"))
    assert "Document" in schema["$defs"]
    assert "Số: /KH-UBND" in out
    assert "plan view" in out


def test_python_dash_m_runs_in_a_fresh_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnplan", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "ke-hoach-xa-phu-loi.json").exists()
