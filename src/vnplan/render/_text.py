"""The plain-text renderer: a :class:`~vnplan.model.Document` as lines of text.

:func:`text` prints a document in the shape of an extracted draft: the
components in the decree's order (Phụ lục I, mục IV; order of page 1 for typed
documents), one component per group of lines, groups separated by one blank
line.  The header is printed one line after the other (left column, then the
national name and motto, marks, number, a công văn's "V/v …", the date line),
never side by side.  Each component prints its ``raw`` text verbatim when it
has one (a document read from text comes back as it was read), else the
canonical form its parsed fields give.  The text reader reads this layout back.

What this module must never do: validate (a blank number or "Lưu VT" is printed
as it stands; judging it is :mod:`vnplan.rules`'s work), read or parse text,
normalise anything but Unicode form (the result is NFC), or raise on a document
the model can hold.  Emphasis is not printed: the output is plain text, not
Markdown.

>>> from vnplan.model import (Body, Division, DivisionKind, Document, IssueLine,
...     Paragraph, PartialDate, Title)
>>> from vnplan.number import DocumentNumber
>>> doc = Document(
...     doctype="KH", national=None,
...     number=DocumentNumber(symbol="KH-UBND"),
...     issue_line=IssueLine(place="Phú Lợi", date=PartialDate(year=2026)),
...     title=Title(text="KẾ HOẠCH"),
...     body=Body(children=(
...         Division(kind=DivisionKind.SECTION, label="I",
...                  heading=Paragraph.of("MỤC ĐÍCH", bold=True),
...                  children=(Paragraph.of("Nội dung."),)),)))
>>> print(text(doc), end="")
Số: /KH-UBND
Phú Lợi, ngày tháng năm 2026
<BLANKLINE>
KẾ HOẠCH
<BLANKLINE>
I. MỤC ĐÍCH
<BLANKLINE>
Nội dung.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from vnplan.model import (
    Address,
    Addressees,
    Appendix,
    BasisEntry,
    BasisForm,
    Block,
    Body,
    Citation,
    Division,
    DivisionKind,
    Document,
    Organization,
    Paragraph,
    PartialDate,
    Recipients,
    Signature,
    Table,
)
from vnplan.model.issue_line import format_date, format_day, format_month
from vnplan.number import DocumentNumber
from vnplan.number import format as format_number

__all__ = ["text"]

# The marker words of the divisions that carry one before their label.
_MARKER_WORDS: dict[DivisionKind, str] = {
    DivisionKind.PART: "Phần",
    DivisionKind.CHAPTER: "Chương",
    DivisionKind.MUC: "Mục",
    DivisionKind.SUBMUC: "Tiểu mục",
    DivisionKind.ARTICLE: "Điều",
}


def text(doc: Document) -> str:
    """The document as plain text: groups of lines separated by one blank line.

    Absent components are left out; the result ends with exactly one newline and
    is in Unicode NFC.

    >>> from vnplan.model import Abstract, Document
    >>> from vnplan.number import DocumentNumber
    >>> letter = Document(doctype="CV", number=DocumentNumber(seq=5, symbol="UBND-VP"),
    ...                   abstract=Abstract(text="họp giao ban", prefix="V/v"))
    >>> print(text(letter), end="")
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Số: 05/UBND-VP
    V/v họp giao ban
    """
    groups = [group for group in _groups(doc) if group]
    result = "\n\n".join(groups).rstrip("\n") + "\n"
    return unicodedata.normalize("NFC", result)


def _groups(doc: Document) -> Iterator[str]:
    """Every group of lines of ``doc`` in order; empty strings are dropped by the caller."""
    yield _lines(_header(doc))
    yield _lines(_title(doc))
    if doc.addressees is not None:
        yield _addressees(doc.addressees)
    if doc.authority_line is not None:
        yield _or(doc.authority_line.raw, doc.authority_line.text)
    yield from _basis(doc.basis)
    if doc.enacting_formula is not None:
        yield _or(doc.enacting_formula.raw, doc.enacting_formula.text)
    yield from _body(doc.body)
    if doc.recipients is not None:
        yield _recipients(doc.recipients)
    for signature in doc.signatures:
        yield _signature(signature)
    for appendix in doc.appendices:
        yield from _appendix(appendix)
    for attachment in doc.attachments:
        yield text(attachment).removesuffix("\n")
    if doc.address is not None:
        address = doc.address
        yield _or(address.raw, address_line(address))


def _or(raw: str | None, canonical: str) -> str:
    """``raw`` when the source printed one, else the canonical text."""
    return raw if raw is not None else canonical


def _lines(lines: Iterable[str]) -> str:
    """One group from its lines, empty lines left out."""
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- header, title


def _organization(org: Organization) -> str:
    """An organization's header line(s): as printed, else its name in capitals."""
    if org.inferred:
        return ""
    if org.raw is not None:
        return org.raw
    return org.name.upper() if org.name else ""


def _number(number: DocumentNumber) -> str:
    return _or(number.raw, format_number(number, prefix=True))


def _header(doc: Document) -> Iterator[str]:
    issuer = doc.issuer
    if issuer is not None:
        if issuer.parent is not None:
            yield _organization(issuer.parent)
        yield _organization(issuer)
    if doc.national is not None:
        yield doc.national.name_text()
        yield doc.national.motto_text()
    marks = doc.marks
    if marks.raw is not None:
        yield marks.raw
    else:
        if marks.urgency is not None:
            yield marks.urgency.value
        if marks.secrecy is not None:
            yield marks.secrecy.value
        yield from marks.circulation
    if doc.number is not None:
        yield _number(doc.number)
    if doc.abstract is not None and doc.abstract.prefix:
        yield _or(doc.abstract.raw, doc.abstract.canonical())
    if doc.issue_line is not None:
        yield _or(doc.issue_line.raw, doc.issue_line.canonical())


def _title(doc: Document) -> Iterator[str]:
    if doc.title is not None:
        yield _or(doc.title.raw, doc.title.text)
    if doc.abstract is not None and not doc.abstract.prefix:
        yield _or(doc.abstract.raw, doc.abstract.text)


def address_line(address: Address) -> str:
    """Ô 13 as Phụ lục I, Phần I, mục III.5 labels it: "Địa chỉ: …; ĐT: …; E-mail: …"."""
    labelled = (
        ("Địa chỉ", address.text),
        ("ĐT", address.phone),
        ("Fax", address.fax),
        ("E-mail", address.email),
        ("Website", address.website),
    )
    return "; ".join(f"{label}: {value}" for label, value in labelled if value)


# --------------------------------------------------------------------------- addressees, basis


def _addressees(addressees: Addressees) -> str:
    if addressees.raw is not None:
        return addressees.raw
    entries = addressees.entries
    if len(entries) == 1 and addressees.inline:
        entry = entries[0]
        return "Kính gửi: " + _or(entry.raw, f"{entry.name}.")
    lines = ["Kính gửi:"]
    for index, entry in enumerate(entries):
        end = "." if index == len(entries) - 1 else ";"
        lines.append(_or(entry.raw, f"- {entry.name}{end}"))
    return "\n".join(lines)


def _short_date(date: PartialDate) -> str:
    """The date as "ngày 10/02/2026" when complete, the long form when partial, "" when empty."""
    if date.year is None and date.month is None and date.day is None:
        return ""
    if date.is_complete:
        return f"ngày {format_day(date.day)}/{format_month(date.month)}/{date.year}"
    return format_date(date)


def _citation(citation: Citation) -> str:
    """A citation as printed, else "type số NUMBER ngày D/M/Y của ISSUER về TITLE"."""
    if citation.raw is not None:
        return citation.raw
    parts: list[str] = []
    if citation.type_name:
        parts.append(citation.type_name)
    if citation.number is not None:
        parts.append("số " + _or(citation.number.raw, format_number(citation.number)))
    if citation.date is not None:
        parts.append(_short_date(citation.date))
    if citation.issuer:
        parts.append(f"của {citation.issuer}")
    if citation.title:
        parts.append(f"về {citation.title}")
    return " ".join(part for part in parts if part)


def _basis_entry(entry: BasisEntry) -> str:
    if entry.raw is not None:
        return entry.raw
    if entry.text is not None:
        return entry.text
    if entry.citation is None:
        return entry.verb
    return " ".join(part for part in (entry.verb, _citation(entry.citation)) if part)


def _basis(entries: tuple[BasisEntry, ...]) -> Iterator[str]:
    """The basis entries: a run of list entries is one group, a prose entry a group of its own."""
    run: list[str] = []
    for entry in entries:
        line = _basis_entry(entry)
        if entry.form is BasisForm.LIST:
            run.append(line)
            continue
        if run:
            yield _lines(run)
            run = []
        yield line
    if run:
        yield _lines(run)


# --------------------------------------------------------------------------- body


def _paragraph(paragraph: Paragraph) -> str:
    return _or(paragraph.raw, paragraph.text)


def _marker(division: Division) -> str:
    """The marker as printed, else the canonical one for its kind and label."""
    if division.marker is not None:
        return division.marker
    kind, label = division.kind, division.label
    if kind is DivisionKind.LABELLED:
        return ""
    if kind is DivisionKind.BULLET:
        return label or "-"
    word = _MARKER_WORDS.get(kind)
    if word is not None:
        if not label:
            return word
        return f"{word} {label}." if kind is DivisionKind.ARTICLE else f"{word} {label}"
    if not label:
        return ""
    return f"{label})" if kind is DivisionKind.POINT else f"{label}."


def _division_line(division: Division) -> str:
    if division.raw is not None:
        return division.raw
    marker = _marker(division)
    heading = _paragraph(division.heading) if division.heading is not None else ""
    return " ".join(part for part in (marker, heading) if part)


def _table(table: Table) -> str:
    if table.raw is not None:
        return table.raw
    return "\n".join(
        " | ".join(" / ".join(_paragraph(p) for p in cell.paragraphs) for cell in row.cells)
        for row in table.rows
    )


def _blocks(blocks: tuple[Block, ...]) -> Iterator[str]:
    """Every block depth first, each its own group."""
    for block in blocks:
        if isinstance(block, Division):
            yield _division_line(block)
            yield from _blocks(block.children)
        elif isinstance(block, Table):
            yield _table(block)
        else:
            yield _paragraph(block)


def _body(body: Body) -> Iterator[str]:
    return _blocks(body.children)


# --------------------------------------------------------------------------- closing, appendices


def _recipients(recipients: Recipients) -> str:
    if recipients.raw is not None:
        return recipients.raw
    lines = ["Nơi nhận:"]
    for entry in recipients.entries:
        purpose = f" ({entry.purpose})" if entry.purpose else ""
        lines.append(_or(entry.raw, f"- {entry.name}{purpose};"))
    archive = recipients.archive
    if archive is not None:
        lines.append(_or(archive.raw, "- " + archive.canonical()))
    return "\n".join(lines)


def _signature(signature: Signature) -> str:
    if signature.raw is not None:
        return signature.raw
    steps = _lines(_or(step.raw, step.canonical()) for step in signature.authority)
    names = _lines(name for name in (signature.signer, signature.name_title) if name)
    return "\n\n".join(part for part in (steps, names) if part)


def _appendix(appendix: Appendix) -> Iterator[str]:
    if appendix.raw is not None:
        yield appendix.raw
    else:
        yield _lines(
            line for line in (appendix.label, appendix.title, appendix.accompanying) if line
        )
    yield from _body(appendix.body)
