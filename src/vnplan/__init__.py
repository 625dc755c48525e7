"""vnplan: Vietnamese administrative documents (Decree 30/2020/NĐ-CP) as typed values.

Build a document as immutable objects, serialize it, and (with the readers,
rules and renderers) read, check and print it.  ``import vnplan`` is light:
every public name below is loaded on first use (PEP 562), so python-docx, lxml,
hypothesis and the province data are imported only by the code that needs them.

>>> import vnplan
>>> doc = vnplan.Document(doctype="KH", number=vnplan.number.parse("Số: 12/KH-UBND"))
>>> doc.number.symbol
'KH-UBND'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_MODEL_NAMES = (
    "Abstract",
    "Address",
    "Addressee",
    "Addressees",
    "Appendix",
    "ArchiveLine",
    "AuthorityLine",
    "AuthorityMark",
    "AuthorityStep",
    "BasisEntry",
    "BasisForm",
    "Body",
    "BodyKind",
    "Citation",
    "Division",
    "DivisionKind",
    "Document",
    "DocumentNumber",
    "ElectronicSignature",
    "EnactingFormula",
    "IssueLine",
    "Join",
    "JoinKind",
    "Level",
    "Marks",
    "NationalHeader",
    "NumberStyle",
    "Organization",
    "Paragraph",
    "PartialDate",
    "Recipient",
    "Recipients",
    "Run",
    "Seal",
    "Secrecy",
    "Signature",
    "Source",
    "Table",
    "TableCell",
    "TableRow",
    "Title",
    "Urgency",
    "content_of",
)

_LAZY: dict[str, str] = dict.fromkeys(_MODEL_NAMES, "vnplan.model")
_LAZY.update(
    {
        "DocumentType": "vnplan.doctypes",
        "Plan": "vnplan.doctypes.plan",
        "VnplanError": "vnplan.errors",
    }
)
_SUBMODULES = frozenset(
    {
        "doctypes",
        "errors",
        "examples",
        "findings",
        "model",
        "money",
        "number",
        "places",
        "read",
        "render",
        "serialize",
        "text",
    }
)

__all__ = [
    *_MODEL_NAMES,
    "DocumentType",
    "Plan",
    "VnplanError",
    "__version__",
    "doctypes",
    "errors",
    "examples",
    "findings",
    "model",
    "money",
    "number",
    "places",
    "read",
    "render",
    "serialize",
    "text",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"vnplan.{name}")
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'vnplan' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from vnplan import (
        doctypes,
        errors,
        examples,
        findings,
        model,
        money,
        number,
        places,
        read,
        render,
        serialize,
        text,
    )
    from vnplan.doctypes import DocumentType
    from vnplan.doctypes.plan import Plan
    from vnplan.errors import VnplanError
    from vnplan.model import (
        Abstract,
        Address,
        Addressee,
        Addressees,
        Appendix,
        ArchiveLine,
        AuthorityLine,
        AuthorityMark,
        AuthorityStep,
        BasisEntry,
        BasisForm,
        Body,
        BodyKind,
        Citation,
        Division,
        DivisionKind,
        Document,
        DocumentNumber,
        ElectronicSignature,
        EnactingFormula,
        IssueLine,
        Join,
        JoinKind,
        Level,
        Marks,
        NationalHeader,
        NumberStyle,
        Organization,
        Paragraph,
        PartialDate,
        Recipient,
        Recipients,
        Run,
        Seal,
        Secrecy,
        Signature,
        Source,
        Table,
        TableCell,
        TableRow,
        Title,
        Urgency,
        content_of,
    )
