"""Readers: text (and, in a later release, DOCX) into the Document model.

``read.text(s)`` returns ``(document, findings)`` and never raises on a ``str``;
``read.citations(s)`` extracts every cited document with its span and resolves
short later mentions to their first full mention (the eyecite idea).  The
modules behind them are private, so that ``read.text`` is a function, never a
module.

>>> import vnplan
>>> doc, findings = vnplan.read.text("Số: 12/KH-UBND\\nHà Nội, ngày 05 tháng 02 năm 2026\\n")
>>> doc.number.seq, doc.issue_line.date.month
(12, 2)
"""

from __future__ import annotations

from vnplan.findings import Finding
from vnplan.model import Citation, Document
from vnplan.read._citations import citations as _citations
from vnplan.read._text import read_text as _read_text

__all__ = ["citations", "text"]


def text(source: str) -> tuple[Document, list[Finding]]:
    """Read plain text into a :class:`~vnplan.model.Document` and the reader's findings."""
    return _read_text(source)


def citations(source: str) -> list[Citation]:
    """Every document cited in ``source``, in order, each with its span, short forms resolved."""
    return _citations(source)
