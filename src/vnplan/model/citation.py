"""Cited documents (Citation) and the legal-basis chain (căn cứ), in order.

Decree 30, Phụ lục I, Phần I, mục II.6.a–b: a citation names type, number and
symbol, issuer, date and abstract; laws and ordinances are cited by name.  A
decision lists its bases as an italic list ("Căn cứ …;"); a plan usually opens
with a prose paragraph ("Thực hiện …, UBND xã … xây dựng Kế hoạch … như sau:").
Each :class:`BasisEntry` keeps its verb and which of the two forms it stood in.

>>> from vnplan.number import DocumentNumber
>>> c = Citation(type_name="Kế hoạch", number=DocumentNumber(seq=178, symbol="KH-UBND"),
...              date=PartialDate(year=2026, month=4, day=19))
>>> entry = BasisEntry(verb="Thực hiện", citation=c, form=BasisForm.PROSE)
>>> entry.citation.number.seq
178
"""

from __future__ import annotations

import enum

import attrs

from vnplan.model.issue_line import PartialDate
from vnplan.number import DocumentNumber
from vnplan.source import Source

__all__ = ["BASIS_VERBS", "BasisEntry", "BasisForm", "Citation"]

BASIS_VERBS: tuple[str, ...] = (
    "Căn cứ",
    "Thực hiện",
    "Theo đề nghị của",
    "Xét đề nghị của",
)
"""The verbs that open a basis entry in real documents (Mẫu 1.1–1.4 and practice)."""


@attrs.frozen(kw_only=True)
class Citation:
    """A reference to another document, as far as the text gives it.

    ``type_name`` is the type as written ("Kế hoạch", "công văn", "Luật");
    ``doctype`` its code where one is known ("KH"); ``title`` the abstract or,
    for a law, its name; ``short_form`` marks a later mention that gives only
    type and number.
    """

    type_name: str | None = None
    doctype: str | None = None
    number: DocumentNumber | None = None
    date: PartialDate | None = None
    issuer: str | None = None
    title: str | None = None
    short_form: bool = False
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


class BasisForm(enum.Enum):
    """Whether a basis entry stood in the italic list or in a prose paragraph."""

    LIST = "list"
    PROSE = "prose"


@attrs.frozen(kw_only=True)
class BasisEntry:
    """One entry of the basis chain: its verb, the main cited document, its text.

    ``citations`` holds any further documents the entry names (a chain such as
    "Kế hoạch số 58 … triển khai Kế hoạch số 38 … thực hiện Nghị quyết 57-NQ/TW").
    """

    verb: str
    citation: Citation | None = None
    citations: tuple[Citation, ...] = ()
    text: str | None = None
    form: BasisForm = BasisForm.LIST
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)
