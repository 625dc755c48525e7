"""The body zone: logical paragraphs from physical lines, and the tree of divisions.

Decree 30, Phụ lục I, Phần I, mục II.6 and the table of mục V.  Wrapped lines and
paragraphs split by a page break are joined, and each join is recorded in the
paragraph's ``source.joins``; markers ("I.", "1.", "a)", "-", "Điều 1.") open
divisions nested by level.  Nothing is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnplan.model import (
    Block,
    Division,
    Join,
    JoinKind,
    Paragraph,
    Run,
    Source,
)
from vnplan.read import _lines as L
from vnplan.text import is_upper, squash


@attrs.define
class _Chunk:
    lines: list[L.Line]
    joins: list[tuple[int, JoinKind]]
    marker: L.Marker | None


_SENTENCE_END = re.compile(r"[.;:!?…]['\"”’)\]*_]*$")


def _chunks(lines: Sequence[L.Line]) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    gap = False
    page = False
    for line in lines:
        if line.blank:
            gap = True
            page = page or line.page_break
            continue
        text = L.plain(line.text)
        marker = L.marker_of(line.text)
        previous = chunks[-1] if chunks else None
        joinable = (
            previous is not None
            and marker is None
            and not L.is_rule(text)
            and not _SENTENCE_END.search(L.plain(previous.lines[-1].text))
            and not text.startswith("(")
        )
        previous_text = L.plain(previous.lines[-1].text) if previous is not None else ""
        heading_above = (
            previous is not None and previous.marker is not None and len(previous.lines) == 1
            and is_upper(previous.marker.rest)
        )
        if joinable and previous is not None and not heading_above:
            wraps = text[:1].islower() or len(previous_text) >= 55
            if not gap and not line.page_break and wraps:
                previous.joins.append((len(previous.lines), JoinKind.WRAP))
                previous.lines.append(line)
                gap = page = False
                continue
            if text[:1].islower():
                previous.joins.append((len(previous.lines), JoinKind.PAGE_BREAK))
                previous.lines.append(line)
                gap = page = False
                continue
        chunks.append(_Chunk(lines=[line], joins=[], marker=marker))
        gap = page = False
    return chunks


def _paragraph(text: str, raw: str | None, source: Source | None) -> Paragraph:
    stripped = raw.strip() if raw else ""
    bold = stripped.startswith("**") and not stripped.startswith("***")
    italic = stripped.startswith("*") and not bold
    return Paragraph(runs=(Run(text=text, bold=bold, italic=italic),), raw=raw, source=source)


def _chunk_text(chunk: _Chunk) -> tuple[str, Source]:
    pieces: list[str] = []
    joins: list[Join] = []
    offset = 0
    join_at = dict(chunk.joins)
    for index, line in enumerate(chunk.lines):
        piece = L.without_markdown(line.text)
        piece = squash(piece)
        if index:
            kind = join_at.get(index, JoinKind.WRAP)
            joins.append(Join(offset=offset, kind=kind))
            offset += 1
        pieces.append(piece)
        offset += len(piece)
    source = Source(line=chunk.lines[0].number, end_line=chunk.lines[-1].number,
                    joins=tuple(joins))
    return " ".join(pieces), source


def _chunk_raw(chunk: _Chunk) -> str:
    parts: list[str] = []
    join_at = dict(chunk.joins)
    for index, line in enumerate(chunk.lines):
        if index and join_at.get(index) is JoinKind.PAGE_BREAK:
            parts.append("")
        parts.append(line.text.rstrip())
    return "\n".join(parts)


def _build_body(lines: Sequence[L.Line]) -> tuple[Block, ...]:
    root: list[Block] = []
    stack: list[tuple[int, Division, list[Block]]] = []

    def close(level: int) -> None:
        while stack and stack[-1][0] >= level:
            _, division, children = stack.pop()
            finished = attrs.evolve(division, children=tuple(children))
            (stack[-1][2] if stack else root).append(finished)

    for chunk in _chunks(lines):
        text, source = _chunk_text(chunk)
        raw = _chunk_raw(chunk)
        marker = chunk.marker
        if marker is None:
            if text.startswith(("Trên đây", "Trên đây là")):
                close(0)
            else:
                while stack and stack[-1][1].kind.value == "bullet":
                    close(stack[-1][0])
            paragraph = _paragraph(text, raw, source)
            (stack[-1][2] if stack else root).append(paragraph)
            continue
        close(marker.level)
        heading_text = text[len(L.without_markdown(marker.marker)):].strip() if text.startswith(
            L.without_markdown(marker.marker)) else marker.rest
        heading = _paragraph(heading_text, None, source) if heading_text else None
        division = Division(kind=marker.kind, label=marker.label, marker=marker.marker,
                            heading=heading, raw=raw, source=source)
        stack.append((marker.level, division, []))
    close(-1)
    return tuple(root)
