"""The document model: immutable attrs values, one module per component.

Everything here is permissive on content and strict on shape: a draft with a
blank number or a misplaced colon is representable, so that the rules can
report on it.  The model imports nothing from the readers, renderers, rules or
serializers.
"""

from __future__ import annotations

from vnplan.model.addressees import Addressee, Addressees
from vnplan.model.body import (
    Block,
    Body,
    Division,
    DivisionKind,
    Paragraph,
    Run,
    Table,
    TableCell,
    TableRow,
)
from vnplan.model.citation import BASIS_VERBS, BasisEntry, BasisForm, Citation
from vnplan.model.document import Appendix, Document, content_of
from vnplan.model.heading import (
    MOTTO,
    NATIONAL_NAME,
    Abstract,
    AuthorityLine,
    EnactingFormula,
    NationalHeader,
    Title,
)
from vnplan.model.issue_line import IssueLine, PartialDate, format_date
from vnplan.model.marks import Address, Marks, Secrecy, Urgency
from vnplan.model.organization import BodyKind, Level, Organization
from vnplan.model.recipients import ArchiveLine, Recipient, Recipients
from vnplan.model.signature import (
    AuthorityMark,
    AuthorityStep,
    ElectronicSignature,
    Seal,
    Signature,
)
from vnplan.number import DocumentNumber, NumberStyle
from vnplan.source import Join, JoinKind, Source

__all__ = [
    "BASIS_VERBS",
    "MOTTO",
    "NATIONAL_NAME",
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
    "Block",
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
    "format_date",
]
