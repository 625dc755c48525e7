"""Findings: what a reader or a rule has to say about a document.

A finding is not an error: readers and rules *return* findings, one per
occurrence, each with a stable code, the component it concerns (the contract's
closed list), a severity, where it is (a dotted path into the document and,
when the document came from a reader, a line), a Vietnamese message with its
English twin, and, where it can, the expected and observed text and the legal
source of the rule.

>>> f = Finding(code="read.header.national-missing", component=Component.HEADER,
...             severity=Severity.ERROR, message="Thiếu Quốc hiệu và Tiêu ngữ",
...             message_en="The national name and motto are missing", path="national")
>>> f.severity.value
'error'
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Component", "Finding", "Severity"]


class Severity(enum.Enum):
    """How much a finding matters; ``error`` findings make a check fail."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Component(enum.Enum):
    """The component a finding concerns (contract.md's closed list)."""

    HEADER = "header"
    NUMBER = "number"
    ISSUE_LINE = "issue_line"
    TITLE = "title"
    ADDRESSEES = "addressees"
    BASIS = "basis"
    BODY = "body"
    SIGNATURE = "signature"
    SEAL = "seal"
    RECIPIENTS = "recipients"
    MARKS = "marks"
    APPENDIX = "appendix"
    PLAN = "plan"
    LAYOUT = "layout"


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a reader or a rule noticed, at one place."""

    code: str
    component: Component
    severity: Severity
    message: str
    message_en: str
    path: str | None = None
    line: int | None = None
    expected: str | None = None
    observed: str | None = None
    source: str | None = None
    """The legal source: "NĐ 30/2020, Phụ lục I, II.9", or "practice"."""
