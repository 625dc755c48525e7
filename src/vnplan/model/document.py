"""The document envelope: every component in the decree's order, appendices, attachments.

Decree 30, Điều 8 lists the components (thể thức); :class:`Document` holds one
of each, all optional so that a draft or a flawed text can be represented and
reported on.  ``doctype`` is the official code of Phụ lục III ("KH", "QĐ",
"TTr"), or a documented id for types without one ("CV" for công văn); see
:mod:`vnplan.doctypes`.  An appendix (phụ lục) belongs to the document; an
attachment is a document issued with this one (a plan attached to a decision)
with no number or signature of its own.

:func:`content_of` clears every ``raw`` and ``source``, so that a document read
from text and the same document built in code compare equal.

>>> doc = Document(doctype="KH", title=Title(text="KẾ HOẠCH", raw="KẾ HOẠCH"))
>>> content_of(doc) == Document(doctype="KH", title=Title(text="KẾ HOẠCH"))
True
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

from vnplan.model.addressees import Addressees
from vnplan.model.body import Body
from vnplan.model.citation import BasisEntry
from vnplan.model.heading import (
    Abstract,
    AuthorityLine,
    EnactingFormula,
    NationalHeader,
    Title,
)
from vnplan.model.issue_line import IssueLine
from vnplan.model.marks import Address, Marks
from vnplan.model.organization import Organization
from vnplan.model.recipients import Recipients
from vnplan.model.signature import Signature
from vnplan.number import DocumentNumber
from vnplan.source import Source

__all__ = ["Appendix", "Document", "content_of"]


@attrs.frozen(kw_only=True)
class Appendix:
    """A phụ lục: its label ("Phụ lục I"), title, "(Kèm theo …)" line and body."""

    label: str | None = None
    title: str | None = None
    accompanying: str | None = None
    body: Body = Body()
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class Document:
    """An administrative document (văn bản hành chính), one immutable value.

    ``national`` is ``None`` when the source did not print the national name
    and motto; the default, :class:`NationalHeader` with no raw text, means
    "printed in canonical form".
    """

    doctype: str
    national: NationalHeader | None = NationalHeader()
    issuer: Organization | None = None
    number: DocumentNumber | None = None
    issue_line: IssueLine | None = None
    marks: Marks = Marks()
    title: Title | None = None
    abstract: Abstract | None = None
    authority_line: AuthorityLine | None = None
    addressees: Addressees | None = None
    basis: tuple[BasisEntry, ...] = ()
    enacting_formula: EnactingFormula | None = None
    body: Body = Body()
    signatures: tuple[Signature, ...] = ()
    recipients: Recipients | None = None
    appendices: tuple[Appendix, ...] = ()
    attachments: tuple[Document, ...] = ()
    address: Address | None = None
    source: Source | None = attrs.field(default=None, eq=False)


_T = TypeVar("_T")


def _clear(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_clear(item) for item in value)
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        if field.name in ("raw", "name_raw", "motto_raw", "source"):
            if current is not None:
                changes[field.name] = None
            continue
        cleared = _clear(current)
        if cleared is not current:
            changes[field.name] = cleared
    return attrs.evolve(value, **changes) if changes else value


def content_of(value: _T) -> _T:
    """``value`` with every ``raw`` and ``source`` cleared, at every depth.

    Works on any model value (a whole document or one component).  Round-trip
    properties compare these forms: a read document carries ``raw``, the same
    document built in code does not.
    """
    result: _T = _clear(value)
    return result
