"""The text reader's cursor over the lines, and the small helpers every zone uses.

Private to :mod:`vnplan.read`; holds no recognition logic of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnplan.findings import Component, Finding, Severity
from vnplan.model import (
    Source,
)
from vnplan.read import _lines as L
from vnplan.text import squash

_DECREE = "NĐ 30/2020, Điều 8; Phụ lục I, Phần I, mục II"


@attrs.define
class _State:
    lines: list[L.Line]
    pos: int = 0
    findings: list[Finding] = attrs.Factory(list)

    def at_end(self) -> bool:
        return self.pos >= len(self.lines)

    def skip_blank(self) -> None:
        while self.pos < len(self.lines) and self.lines[self.pos].blank:
            self.pos += 1

    def peek(self) -> L.Line | None:
        return None if self.at_end() else self.lines[self.pos]


def _source(first: L.Line, last: L.Line | None = None) -> Source:
    return Source(line=first.number, end_line=(last or first).number)


def _finding(code: str, component: Component, severity: Severity, vi: str, en: str, *,
             path: str | None = None, line: int | None = None,
             observed: str | None = None) -> Finding:
    return Finding(code=code, component=component, severity=severity, message=vi,
                   message_en=en, path=path, line=line, observed=observed, source=_DECREE)


def _gather(state: _State, stop: re.Pattern[str] | None = None) -> list[L.Line]:
    """Non-blank lines from here up to a blank line (or a line matching ``stop``)."""
    found: list[L.Line] = []
    while not state.at_end():
        line = state.lines[state.pos]
        if line.blank:
            break
        if found and stop is not None and stop.match(L.plain(line.text)):
            break
        found.append(line)
        state.pos += 1
    return found


def _raw(lines: Sequence[L.Line]) -> str:
    return "\n".join(line.text.rstrip() for line in lines)


def _joined(lines: Sequence[L.Line]) -> str:
    return squash(" ".join(L.plain(line.text) for line in lines if not line.blank))
