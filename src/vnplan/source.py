"""Where a component came from: lines, character spans, and the reader's joins.

Every model component has a ``source`` field declared with ``eq=False``: two
documents with the same content compare equal whatever file they were read
from.  Readers fill it; code that builds documents leaves it ``None``.

A *join* records where a reader glued two physical lines into one logical text
(a line wrapped inside a paragraph, or a paragraph split by a page break), so
that a rule can tell a word doubled across a page break ("nhiệm vụ / vụ của")
from Vietnamese reduplication inside a sentence ("người người").

>>> src = Source(line=12, end_line=14, joins=(Join(offset=40, kind=JoinKind.PAGE_BREAK),))
>>> src.joins[0].kind.value
'page_break'
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Join", "JoinKind", "Source"]


class JoinKind(enum.Enum):
    """Why a reader joined two physical lines into one text."""

    WRAP = "wrap"
    """A line wrapped inside one paragraph."""
    PAGE_BREAK = "page_break"
    """A paragraph split by a page break (often with a blank line or a form feed)."""


@attrs.frozen(kw_only=True)
class Join:
    """One place, as a character offset into the joined text, where lines were glued."""

    offset: int
    kind: JoinKind = JoinKind.WRAP


@attrs.frozen(kw_only=True)
class Source:
    """The origin of a component in its source text.

    ``line`` and ``end_line`` are 1-based physical lines; ``span`` is a
    ``(start, end)`` character range in the NFC text the reader saw.
    """

    line: int | None = None
    end_line: int | None = None
    span: tuple[int, int] | None = None
    joins: tuple[Join, ...] = ()
