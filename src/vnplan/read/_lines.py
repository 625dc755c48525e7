"""Line recognition for the text reader: what each physical line (or cell) is.

This module only *recognises*; :mod:`vnplan.read._text` builds the Document.
It knows the shapes extraction leaves (Decree 30, Phụ lục I, Phần I, mục II
for the components; §V for the body's markers): two header columns side by
side with runs of spaces or a tab (``pdftotext -layout``), or interleaved line
by line (Word tables read row by row), Markdown emphasis, form feeds and bare
page numbers.  Every pattern here is linear: no nested quantifiers over
overlapping classes, so 1 MB of adversarial text cannot make it backtrack.

>>> [c.text for c in split_cells("Số: 12/KH-UBND        Lào Cai, ngày  05 tháng 02 năm 2026")]
['Số: 12/KH-UBND', 'Lào Cai, ngày  05 tháng 02 năm 2026']
>>> marker_of("2.1. Phạm vi").kind.value, marker_of("a) Chủ đề:").label
('item', 'a')
>>> plain("**KT. CHỦ TỊCH")
'KT. CHỦ TỊCH'
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from vnplan.doctypes import all_types
from vnplan.model.body import DivisionKind
from vnplan.model.heading import MOTTO, NATIONAL_NAME
from vnplan.model.issue_line import PartialDate
from vnplan.model.signature import AuthorityMark
from vnplan.text import fold, is_upper, nfc

__all__ = [
    "Cell",
    "Line",
    "Marker",
    "authority_mark",
    "is_motto",
    "is_national_name",
    "is_rule",
    "marker_of",
    "parse_issue_date",
    "plain",
    "split_cells",
    "split_lines",
    "title_type",
]


@attrs.frozen
class Cell:
    """A stretch of a line between runs of three or more spaces or a tab."""

    text: str
    column: int


@attrs.frozen
class Line:
    """A physical line: 1-based ``number``, its text without the newline and form feeds."""

    number: int
    text: str
    page_break: bool = False
    """The line began a new page (a form feed stood before it)."""

    @property
    def blank(self) -> bool:
        """Whether the line holds nothing but whitespace."""
        return not self.text.strip()

    @property
    def stripped(self) -> str:
        """The text without surrounding whitespace."""
        return self.text.strip()

    @property
    def indent(self) -> int:
        """Leading whitespace, a tab counting as eight columns."""
        width = 0
        for char in self.text:
            if char == " ":
                width += 1
            elif char == "\t":
                width += 8
            else:
                break
        return width


def split_lines(text: str) -> list[Line]:
    """NFC, every line ending made ``\\n``, a BOM dropped; form feeds noted and removed."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        page_break = "\f" in raw
        lines.append(Line(number=number, text=raw.replace("\f", ""), page_break=page_break))
    return lines


_GAP = re.compile(r"\t+[ \t]*| {3,}\t*[ \t]*")
_OPEN_NUMBER = re.compile(r"^Số\s*:?\s*[\d.…_]*$")
_NUMBER_REST = re.compile(r"^[\d.…_]*\s*/")
_CONTINUES_DATE = re.compile(r"^(?:ngày|tháng|năm)\b|^\d", re.IGNORECASE)
_ENDS_OPEN_DATE = re.compile(r"(?:,|\bngày|\btháng|\bnăm|\d)$", re.IGNORECASE)


def split_cells(text: str) -> list[Cell]:
    """The cells of a line, with the date line's own inner gaps kept inside one cell."""
    cells: list[Cell] = []
    start = 0
    for gap in _GAP.finditer(text):
        if gap.start() > start:
            cells.append(Cell(text=text[start : gap.start()], column=start))
        start = gap.end()
    if start < len(text):
        cells.append(Cell(text=text[start:], column=start))
    merged: list[Cell] = []
    for cell in cells:
        stripped = cell.text.strip()
        if not stripped:
            continue
        if merged and (
            (_in_date(merged[-1].text) and _CONTINUES_DATE.match(stripped))
            or (_OPEN_NUMBER.match(merged[-1].text.strip()) and _NUMBER_REST.match(stripped))
        ):
            previous = merged[-1]
            merged[-1] = Cell(text=text[previous.column : cell.column + len(cell.text)].rstrip(),
                              column=previous.column)
            continue
        merged.append(Cell(text=cell.text.rstrip(), column=cell.column))
    return merged


def _in_date(text: str) -> bool:
    folded = text.strip()
    return bool(_ENDS_OPEN_DATE.search(folded)) and (
        "ngày" in folded.lower() or folded.endswith(",")
    )


_EMPHASIS = re.compile(r"^[*_]{1,3}|[*_]{1,3}$")
_MD_RUNS = re.compile(r"\*{1,3}")


def plain(text: str) -> str:
    """The text without surrounding whitespace and Markdown emphasis markers."""
    text = text.strip()
    if not text or (text[0] not in "*_" and text[-1] not in "*_"):
        return text
    previous = None
    while previous != text:
        previous = text
        text = _EMPHASIS.sub("", text).strip()
    return text


def without_markdown(text: str) -> str:
    """The text with every run of asterisks removed (Markdown emphasis), squashed ends."""
    if "*" not in text:
        return text.strip()
    return _MD_RUNS.sub("", text).strip()


_NATIONAL = fold(NATIONAL_NAME)
_MOTTO = fold(MOTTO)
_DASHES = re.compile(r"\s*[-–—]\s*")


def is_national_name(text: str) -> bool:
    """Quốc hiệu, in either tone style."""
    return fold(plain(text)) == _NATIONAL


def is_motto(text: str) -> bool:
    """Tiêu ngữ, with any dash and spacing."""
    return _DASHES.sub(" - ", fold(plain(text))) == _MOTTO


_RULE_CHARS = frozenset("-–—_=─━~.*·")


def is_rule(text: str) -> bool:
    """A drawn rule: three or more dashes, underscores or the like, nothing else."""
    stripped = text.strip()
    return len(stripped) >= 3 and all(char in _RULE_CHARS for char in stripped)


_TITLES: dict[str, str] | None = None


def title_type(text: str) -> str | None:
    """The document-type code of a type-name line ("KẾ HOẠCH" -> "KH"), or ``None``."""
    global _TITLES
    if _TITLES is None:
        _TITLES = {fold(t.name_vi): t.code for t in all_types() if not t.copy}
    candidate = plain(text)
    if not is_upper(candidate) or len(candidate) > 80:
        return None
    folded = fold(candidate)
    exact = _TITLES.get(folded)
    if exact is not None:
        return exact
    for name, code in _TITLES.items():
        if folded.startswith(name + " "):
            return code
    return None


_ISSUE = re.compile(
    r"^(?P<place>[^\W\d_][^,;:()\d]{0,60}?)\s*,\s*ngày\b|^ngày\b", re.IGNORECASE
)
_DAY = re.compile(r"ngày\s*(\d{1,2})\b", re.IGNORECASE)
_MONTH = re.compile(r"tháng\s*(\d{1,2})(?!\d)", re.IGNORECASE)
_YEAR = re.compile(r"năm\s*(\d{4})\b", re.IGNORECASE)


def issue_place(text: str) -> tuple[bool, str | None]:
    """Whether ``text`` is a place/date line, and its place name."""
    match = _ISSUE.match(plain(text))
    if match is None or "năm" not in text.lower():
        return False, None
    place = match.group("place")
    return True, (place.strip() if place else None)


def parse_issue_date(text: str) -> PartialDate:
    """The date parts of a place/date line; blanks stay ``None``.

    >>> parse_issue_date("Lào Cai, ngày 10 tháng 01năm 2026")
    PartialDate(year=2026, month=1, day=10)
    >>> parse_issue_date("Yên Nghĩa, ngày tháng 4 năm 2026")
    PartialDate(year=2026, month=4, day=None)
    """
    day = _DAY.search(text)
    month = _MONTH.search(text)
    year = _YEAR.search(text)
    return PartialDate(
        year=int(year.group(1)) if year else None,
        month=int(month.group(1)) if month else None,
        day=int(day.group(1)) if day else None,
    )


_MARK = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*\.\s*(\S.*)$")


def authority_mark(text: str) -> tuple[AuthorityMark | None, str]:
    """Split an authority line into its mark and title: "KT. CHỦ TỊCH" -> (KT, "CHỦ TỊCH")."""
    stripped = plain(text)
    match = _MARK.match(stripped)
    if match is None:
        return None, stripped
    return AuthorityMark(match.group(1) + "."), match.group(2).strip()


@attrs.frozen
class Marker:
    """A body marker found at the start of a line."""

    kind: DivisionKind
    label: str
    marker: str
    rest: str
    level: int


_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_MARKERS: tuple[tuple[re.Pattern[str], DivisionKind], ...] = (
    (re.compile(r"^(Phần|PHẦN)\s+(" + _ROMAN + r"|\d{1,2})\b\.?"), DivisionKind.PART),
    (re.compile(r"^(Chương|CHƯƠNG)\s+(" + _ROMAN + r"|\d{1,2})\b\.?"), DivisionKind.CHAPTER),
    (re.compile(r"^(Tiểu mục|TIỂU MỤC)\s+(\d{1,2})\b\.?"), DivisionKind.SUBMUC),
    (re.compile(r"^(Mục|MỤC)\s+(\d{1,2})\b\.?"), DivisionKind.MUC),
    (re.compile(r"^(Điều)\s+(\d{1,3})\s*\."), DivisionKind.ARTICLE),
    (re.compile(r"^()(" + _ROMAN + r")\.(?=\s)"), DivisionKind.SECTION),
    (re.compile(r"^()(\d{1,2}(?:\.\d{1,2}){0,3})\.(?=\s)"), DivisionKind.ITEM),
    (re.compile(r"^()(\d{1,2}(?:\.\d{1,2}){1,3})(?=\s)"), DivisionKind.ITEM),
    (re.compile(r"^()([a-zđ])\)(?=\s|\S)"), DivisionKind.POINT),
    (re.compile(r"^()([-–+•])(?=\s)"), DivisionKind.BULLET),
    (re.compile(r"^()(\*)(?=\s)"), DivisionKind.LABELLED),
)
_LEVELS = {
    DivisionKind.PART: 0,
    DivisionKind.CHAPTER: 1,
    DivisionKind.MUC: 2,
    DivisionKind.SUBMUC: 3,
    DivisionKind.ARTICLE: 4,
    DivisionKind.SECTION: 5,
    DivisionKind.LABELLED: 6,
    DivisionKind.POINT: 12,
}


_STARRED = re.compile(r"^\*(?:\*\*)?\s+(\S.*?)[*\s]*$")


@lru_cache(maxsize=4096)
def marker_of(text: str) -> Marker | None:
    """The body marker that opens ``text`` (Markdown emphasis ignored), or ``None``.

    A run-in heading marked with a star survives Markdown bold around it:
    "*** Thời gian thực hiện:**" is "* Thời gian thực hiện:" in bold.

    >>> marker_of("*** Thời gian thực hiện:**").kind.value
    'labelled'
    """
    starred = _STARRED.match(text.strip())
    if starred is not None:
        return Marker(kind=DivisionKind.LABELLED, label="*", marker="*",
                      rest=starred.group(1), level=_LEVELS[DivisionKind.LABELLED])
    candidate = plain(text)
    for pattern, kind in _MARKERS:
        match = pattern.match(candidate)
        if match is None or not match.group(2):
            continue
        label = match.group(2)
        marker = candidate[: match.end()]
        rest = candidate[match.end() :].strip()
        if kind is DivisionKind.ITEM:
            level = 7 + label.count(".")
        elif kind is DivisionKind.BULLET:
            level = 14 if label == "+" else 13
        else:
            level = _LEVELS[kind]
        if kind in (DivisionKind.SECTION, DivisionKind.ITEM) and not rest:
            return None
        return Marker(kind=kind, label=label, marker=marker, rest=rest, level=level)
    return None
