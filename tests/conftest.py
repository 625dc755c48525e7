"""Shared fixtures: where the seeds and the corpus live (``../shared``, never copied here)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ``../shared``; skips the test when it is missing, or fails under CI.

    ``.ci/run`` sets ``VNPLAN_REQUIRE_SHARED=1``: there a missing ``../shared``
    is a failure, not a skip.
    """
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing (the seeds and corpus live in ../shared)"
        if os.environ.get("VNPLAN_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def document_text(path: Path) -> str:
    """A seed's or corpus document's text, without the corpus files' own '# source/# via'
    lines (ours, not the document's)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith("# "):
        lines.pop(0)
    return "\n".join(lines)


@pytest.fixture
def seeds_dir() -> Path:
    """The folder of the two seed plans."""
    return shared_path("seeds")


@pytest.fixture
def corpus_dir() -> Path:
    """The folder of the fifteen corpus documents."""
    return shared_path("corpus")
