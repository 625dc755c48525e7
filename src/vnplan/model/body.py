"""The body (nội dung văn bản) as a tree: divisions, paragraphs with runs, tables.

Decree 30, Phụ lục I, Phần I, mục II.6.c–đ, and the table of mục V: a body is
divided into phần, chương, mục, tiểu mục, điều, khoản, điểm; documents without
articles (plans, reports) into parts "Phần I", sections "I.", items "1." and
"1.1.", points "a)", and in practice bullets "-" and "+".  A :class:`Division`
holds the marker as printed, the text on the marker's line (its heading), and
its children.  What a reader cannot place stays here as a paragraph, never
dropped.

>>> body = Body(children=(
...     Division(kind=DivisionKind.SECTION, label="I", marker="I.",
...              heading=Paragraph.of("MỤC ĐÍCH, YÊU CẦU"),
...              children=(Paragraph.of("Nội dung."),)),
... ))
>>> body.children[0].heading.text
'MỤC ĐÍCH, YÊU CẦU'
>>> [b.text for b in body.paragraphs()]
['MỤC ĐÍCH, YÊU CẦU', 'Nội dung.']
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TypeAlias

import attrs

from vnplan.source import Source

__all__ = [
    "Block",
    "Body",
    "Division",
    "DivisionKind",
    "Paragraph",
    "Run",
    "Table",
    "TableCell",
    "TableRow",
]


class DivisionKind(enum.Enum):
    """The levels a body is divided into, largest first."""

    PART = "part"
    """Phần I (Roman numeral)."""
    CHAPTER = "chapter"
    """Chương I (Roman numeral)."""
    MUC = "muc"
    """Mục 1 (Arabic numeral), in documents divided by article."""
    SUBMUC = "submuc"
    """Tiểu mục 1."""
    ARTICLE = "article"
    """Điều 1."""
    SECTION = "section"
    """I., II. in documents without articles."""
    ITEM = "item"
    """1., 2.1. (khoản, or items of a section)."""
    POINT = "point"
    """a), b), đ) (điểm)."""
    BULLET = "bullet"
    """-, + and other practice bullets."""
    LABELLED = "labelled"
    """An unnumbered run-in heading ("* Chủ đề và khẩu hiệu:")."""


@attrs.frozen(kw_only=True)
class Run:
    """A stretch of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph: styled runs, and ``raw`` as the source printed it."""

    runs: tuple[Run, ...] = ()
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    @property
    def text(self) -> str:
        """The plain text of the runs."""
        return "".join(run.text for run in self.runs)

    @classmethod
    def of(cls, text: str, *, bold: bool = False, italic: bool = False) -> Paragraph:
        """A paragraph of one run."""
        return cls(runs=(Run(text=text, bold=bold, italic=italic),))


@attrs.frozen(kw_only=True)
class TableCell:
    """A table cell: its paragraphs and how many columns/rows it spans."""

    paragraphs: tuple[Paragraph, ...] = ()
    col_span: int = 1
    row_span: int = 1

    @property
    def text(self) -> str:
        """The cell's text, paragraphs joined by newlines."""
        return "\n".join(p.text for p in self.paragraphs)


@attrs.frozen(kw_only=True)
class TableRow:
    """A table row; ``header`` marks a heading row."""

    cells: tuple[TableCell, ...] = ()
    header: bool = False


@attrs.frozen(kw_only=True)
class Table:
    """A table; ``raw`` keeps the lines a text reader took it from."""

    rows: tuple[TableRow, ...] = ()
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class Division:
    """A numbered or marked division and everything under it.

    ``label`` is the bare number or letter ("I", "2.1", "a", "-", "3" for
    Điều 3); ``marker`` the marker as printed ("I.", "2.1.", "a)", "-",
    "Điều 3."); ``heading`` the text on the marker's line (for a bullet, its
    whole text); ``raw`` the marker's line verbatim.
    """

    kind: DivisionKind
    label: str | None = None
    marker: str | None = None
    heading: Paragraph | None = None
    children: tuple[Block, ...] = ()
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


Block: TypeAlias = Paragraph | Table | Division
"""Anything that can stand in a body: a paragraph, a table or a division."""


def _walk(blocks: tuple[Block, ...]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Division):
            yield from _walk(block.children)


@attrs.frozen(kw_only=True)
class Body:
    """The body of a document: its top-level blocks in order."""

    children: tuple[Block, ...] = ()

    def walk(self) -> Iterator[Block]:
        """Every block, depth first, in document order."""
        return _walk(self.children)

    def divisions(self) -> Iterator[Division]:
        """Every division, depth first."""
        return (b for b in self.walk() if isinstance(b, Division))

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in reading order, division headings included."""
        for block in self.walk():
            if isinstance(block, Paragraph):
                yield block
            elif isinstance(block, Division) and block.heading is not None:
                yield block.heading
