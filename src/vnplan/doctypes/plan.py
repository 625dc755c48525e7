"""Kế hoạch (plan): a typed view of a plan's body, and a builder of the Document.

The *form* of a plan is Decree 30/2020/NĐ-CP's: Phụ lục III, Mẫu 1.4 (a typed
document: "Số: …/KH-…", the type name "KẾ HOẠCH", a trích yếu, no "Kính gửi";
the recipients stand only in "Nơi nhận"), and its body is divided as in Phụ lục
I, mục II.6 and the table of mục V.6.b: sections "I.", items "1.", points
"a)".  The *content skeleton* is practice [P], not law: the decree regulates
how a plan looks, not what it says.  Real 2025–2026 plans (the seeds, the
corpus, domain notes §6) open with a paragraph citing what they implement and
then have "I. MỤC ĐÍCH, YÊU CẦU", a content part ("NỘI DUNG", "NHIỆM VỤ, GIẢI
PHÁP", "CHỦ ĐỀ, KHẨU HIỆU VÀ NỘI DUNG", …), often "HÌNH THỨC TỔ CHỨC", a schedule
("THỜI GIAN THỰC HIỆN"), a funding part ("KINH PHÍ") and "TỔ CHỨC THỰC HIỆN",
unit by unit.  The headings they write are mapped to the plan's fields through
one table, :data:`HEADING_VARIANTS`; nothing else in this module knows a heading.

:class:`Plan` stores blocks of the body model (:class:`~vnplan.model.Paragraph`,
:class:`~vnplan.model.Division`, :class:`~vnplan.model.Table`) as the source of
truth and offers parsed values as properties.  Its ``outline`` records how the
source arranged the sections (marker, label, kind and text of each heading,
nesting, the place of the content between them); an outline equal to the one
:meth:`Plan.to_document` writes by default is stored empty, so that a plan
built in code and the same plan lifted from its document compare equal.  The
laws (pinned by ``tests/test_plan.py``):

- ``Plan.from_document(d).to_document(envelope=d) == d`` for every document
  ``d`` (nothing in a body is dropped or reordered);
- ``Plan.from_document(p.to_document()) == p`` for every plan ``p`` that is
  unambiguous (see :class:`Plan`), which includes every plan built with
  :meth:`Plan.build` from plain strings and every plan lifted from a document.

This module must never validate (that is :mod:`vnplan.rules`' job), read text
or render; and it must never drop a block of the body it is given.

>>> from vnplan.model import PartialDate
>>> plan = Plan.build(
...     purposes=["Hưởng ứng Ngày Sáng tạo"],
...     requirements=["Thiết thực, hiệu quả"],
...     themes=["Đổi mới sáng tạo - Hành động đột phá"],
...     schedule=Schedule.between(PartialDate(year=2026, month=4, day=20),
...                               PartialDate(year=2026, month=5, day=18)),
...     assignments=[Assignment.of("Phòng Văn hóa - Xã hội", tasks=["Chủ trì tham mưu."])],
... )
>>> doc = plan.to_document()
>>> doc.doctype, doc.title.text
('KH', 'KẾ HOẠCH')
>>> [f"{d.marker} {d.heading.text}" for d in doc.body.children]
['I. MỤC ĐÍCH, YÊU CẦU', 'II. CHỦ ĐỀ, KHẨU HIỆU', 'III. THỜI GIAN THỰC HIỆN', \
'IV. TỔ CHỨC THỰC HIỆN']
>>> Plan.from_document(doc) == plan
True
>>> plan.theme_texts
('Đổi mới sáng tạo - Hành động đột phá',)
>>> plan.schedule.end
PartialDate(year=2026, month=5, day=18)
>>> plan.assignments[0].unit
'Phòng Văn hóa - Xã hội'
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, TypeAlias

import attrs

from vnplan.model.body import Block, Body, Division, DivisionKind, Paragraph
from vnplan.model.document import Document
from vnplan.model.heading import Title
from vnplan.model.issue_line import PartialDate
from vnplan.source import Source
from vnplan.text import fold, squash

__all__ = [
    "ASSIGNMENTS",
    "BLOCK_FIELDS",
    "HEADING_VARIANTS",
    "OTHER",
    "SCHEDULE",
    "STANDARD_SKELETON",
    "Assignment",
    "DivisionForm",
    "OutlineEntry",
    "OutlineSection",
    "OutlineSlot",
    "Plan",
    "Schedule",
    "block_text",
    "bullet",
    "section_keys",
]

# --------------------------------------------------------------------------------------------
# Section keys and the one table of heading variants
# --------------------------------------------------------------------------------------------

ASSIGNMENTS = "assignments"
"""The key of :attr:`Plan.assignments` (one :class:`Assignment` per unit)."""
OTHER = "other"
"""The key of :attr:`Plan.other` in an outline (top-level blocks not recognised)."""
SCHEDULE = "schedule"
"""The key of :attr:`Plan.schedule` (its blocks)."""

BLOCK_FIELDS: tuple[str, ...] = (
    "purposes",
    "requirements",
    "themes",
    "slogans",
    "contents",
    "forms",
    SCHEDULE,
    "budget",
    "implementation",
)
"""The section keys whose content is a sequence of blocks (``schedule``: its blocks)."""

HEADING_VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Mục đích, yêu cầu
    ("MỤC ĐÍCH, YÊU CẦU", ("purposes", "requirements")),
    ("MỤC ĐÍCH VÀ YÊU CẦU", ("purposes", "requirements")),
    ("MỤC ĐÍCH - YÊU CẦU", ("purposes", "requirements")),
    ("MỤC ĐÍCH", ("purposes",)),
    ("YÊU CẦU", ("requirements",)),
    # Chủ đề, khẩu hiệu
    ("CHỦ ĐỀ, KHẨU HIỆU", ("themes", "slogans")),
    ("CHỦ ĐỀ VÀ KHẨU HIỆU", ("themes", "slogans")),
    ("CHỦ ĐỀ VÀ KHẨU HIỆU TUYÊN TRUYỀN", ("themes", "slogans")),
    ("CHỦ ĐỀ, KHẨU HIỆU TUYÊN TRUYỀN", ("themes", "slogans")),
    ("CHỦ ĐỀ, KHẨU HIỆU VÀ NỘI DUNG", ("themes", "slogans", "contents")),
    ("CHỦ ĐỀ", ("themes",)),
    ("CHỦ ĐỀ TUYÊN TRUYỀN", ("themes",)),
    ("KHẨU HIỆU", ("slogans",)),
    ("KHẨU HIỆU TUYÊN TRUYỀN", ("slogans",)),
    # Nội dung, nhiệm vụ, giải pháp
    ("NỘI DUNG", ("contents",)),
    ("NỘI DUNG THỰC HIỆN", ("contents",)),
    ("NỘI DUNG TUYÊN TRUYỀN", ("contents",)),
    ("NỘI DUNG, NHIỆM VỤ", ("contents",)),
    ("NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP", ("contents",)),
    ("NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN", ("contents",)),  # corpus 07
    ("NHIỆM VỤ", ("contents",)),
    ("NHIỆM VỤ CỤ THỂ", ("contents",)),
    ("NHIỆM VỤ TRỌNG TÂM", ("contents",)),  # corpus 03
    ("NHIỆM VỤ, GIẢI PHÁP", ("contents",)),  # corpus 02
    ("NHIỆM VỤ VÀ GIẢI PHÁP", ("contents",)),
    ("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", ("contents",)),
    ("CÁC NHIỆM VỤ, GIẢI PHÁP", ("contents",)),
    ("GIẢI PHÁP", ("contents",)),
    ("CÁC GIẢI PHÁP THỰC HIỆN", ("contents",)),  # corpus 03
    # Hình thức
    ("HÌNH THỨC TỔ CHỨC", ("forms",)),
    ("HÌNH THỨC", ("forms",)),
    ("HÌNH THỨC TUYÊN TRUYỀN", ("forms",)),
    ("HÌNH THỨC THỰC HIỆN", ("forms",)),
    # Thời gian, tiến độ
    ("THỜI GIAN THỰC HIỆN", (SCHEDULE,)),
    ("THỜI GIAN TỔ CHỨC", (SCHEDULE,)),  # seed Yên Nghĩa
    ("THỜI GIAN", (SCHEDULE,)),
    ("TIẾN ĐỘ THỰC HIỆN", (SCHEDULE,)),
    ("THỜI GIAN, ĐỊA ĐIỂM", (SCHEDULE,)),
    ("THỜI GIAN VÀ ĐỊA ĐIỂM", (SCHEDULE,)),
    ("THỜI GIAN, TIẾN ĐỘ THỰC HIỆN", (SCHEDULE,)),
    # Kinh phí
    ("KINH PHÍ", ("budget",)),
    ("KINH PHÍ THỰC HIỆN", ("budget",)),  # corpus 02
    ("KINH PHÍ THỰC HIỆN KẾ HOẠCH", ("budget",)),
    ("NGUỒN KINH PHÍ", ("budget",)),
    # Tổ chức thực hiện
    ("TỔ CHỨC THỰC HIỆN", (ASSIGNMENTS, "implementation")),
    ("PHÂN CÔNG NHIỆM VỤ", (ASSIGNMENTS, "implementation")),
    ("PHÂN CÔNG THỰC HIỆN", (ASSIGNMENTS, "implementation")),
    ("PHÂN CÔNG TRÁCH NHIỆM", (ASSIGNMENTS, "implementation")),
)
"""The one table of section headings real plans write, each with the fields it holds.

Matching is by :func:`vnplan.text.fold` (case, tone style and spacing do not
matter) after Markdown ``*`` markers and a trailing ``:`` are stripped; see
:func:`section_keys`.  A heading with several keys is a container: its
sub-sections are recognised one by one, and a block standing directly under it
goes to its first key (for "TỔ CHỨC THỰC HIỆN": a numbered division with a
heading is one unit's :class:`Assignment`, anything else goes to
``implementation``).  "CHẾ ĐỘ BÁO CÁO", "MỤC TIÊU …" and other headings not in
the table are kept whole in :attr:`Plan.other`.
"""

_BY_FOLD: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {fold(variant): keys for variant, keys in HEADING_VARIANTS}
)

STANDARD_SKELETON: tuple[tuple[str, tuple[tuple[str | None, str], ...]], ...] = (
    ("MỤC ĐÍCH, YÊU CẦU", (("Mục đích", "purposes"), ("Yêu cầu", "requirements"))),
    ("CHỦ ĐỀ, KHẨU HIỆU", (("Chủ đề", "themes"), ("Khẩu hiệu", "slogans"))),
    ("NỘI DUNG", ((None, "contents"),)),
    ("HÌNH THỨC TỔ CHỨC", ((None, "forms"),)),
    ("THỜI GIAN THỰC HIỆN", ((None, SCHEDULE),)),
    ("KINH PHÍ", ((None, "budget"),)),
    ("TỔ CHỨC THỰC HIỆN", ((None, "implementation"), (None, ASSIGNMENTS))),
)
"""What :meth:`Plan.to_document` writes when the plan has no outline of its own.

Each top-level section (Roman-numbered in order, only when one of its fields is
non-empty) lists its members: a member with a heading becomes a numbered
sub-section ("1. Mục đích"), a member without one stands directly under the
section.  Every heading here is one of :data:`HEADING_VARIANTS`.
"""

_STRUCTURAL = frozenset(
    {
        DivisionKind.PART,
        DivisionKind.CHAPTER,
        DivisionKind.MUC,
        DivisionKind.SUBMUC,
        DivisionKind.ARTICLE,
        DivisionKind.SECTION,
    }
)
_EDGE_MARKS = re.compile(r"^[\s*]+|[\s*:]+$")


def _strip_marks(text: str) -> str:
    """``text`` without Markdown ``*`` markers, edge spaces and a trailing colon.

    What ``_EDGE_MARKS`` removes, repeated until nothing changes, scanned by hand (its blank
    class is :meth:`str.isspace`): the heading of every block is stripped on each plan lift.
    """
    start = 0
    end = len(text)
    while start < end and (text[start] == "*" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in "*:" or text[end - 1].isspace()):
        end -= 1
    return text if start == 0 and end == len(text) else text[start:end]


def section_keys(heading: str | Paragraph | None) -> tuple[str, ...] | None:
    """The plan fields a section heading stands for, or ``None`` if not in the table.

    >>> section_keys("MỤC ĐÍCH VÀ YÊU CẦU")
    ('purposes', 'requirements')
    >>> section_keys("*** Chủ đề và khẩu hiệu tuyên truyền:**")
    ('themes', 'slogans')
    >>> section_keys("Tổ chức  thực hiện")
    ('assignments', 'implementation')
    >>> section_keys("CHẾ ĐỘ BÁO CÁO") is None
    True
    """
    if heading is None:
        return None
    text = heading.text if isinstance(heading, Paragraph) else heading
    return _BY_FOLD.get(fold(_strip_marks(text)))


def _recognise(block: Block) -> tuple[str, ...] | None:
    if isinstance(block, Division):
        return section_keys(block.heading)
    return None


def _is_structural(block: Block) -> bool:
    return isinstance(block, Division) and (
        block.kind in _STRUCTURAL or _recognise(block) is not None
    )


def _is_unit(block: Block) -> bool:
    """Whether a block under "TỔ CHỨC THỰC HIỆN" is one unit's assignment."""
    return (
        isinstance(block, Division)
        and block.kind is not DivisionKind.BULLET
        and block.heading is not None
    )


def _home(keys: tuple[str, ...], block: Block) -> str:
    """The field a block standing directly under a section with these keys goes to."""
    if ASSIGNMENTS in keys and _is_unit(block):
        return ASSIGNMENTS
    for key in keys:
        if key != ASSIGNMENTS:
            return key
    return "implementation"


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"|«([^«»]+)»")


def block_text(block: Block) -> str:
    """The text a block prints on its own line(s): a division's heading, not its children.

    >>> block_text(bullet("Treo băng rôn."))
    'Treo băng rôn.'
    """
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Division):
        return block.heading.text if block.heading is not None else ""
    return "\n".join(cell.text for row in block.rows for cell in row.cells)


_EMPHASIS = re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1")


def _plain(text: str) -> str:
    """``text`` on one line, without Markdown emphasis ("**…**", "*…*") or edge markers."""
    return _strip_marks(_EMPHASIS.sub(r"\2", squash(text)))


def _item_text(block: Block) -> str:
    return _plain(block_text(block)).rstrip(" ;.,")


def _quotes(text: str) -> list[str]:
    found = []
    for match in _QUOTED.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        cleaned = _plain(inner)
        if cleaned:
            found.append(cleaned)
    return found


def _quoted_items(block: Block) -> list[str]:
    """The quoted phrases of a block and its children; a bare leaf item counts whole."""
    if isinstance(block, Division):
        found = _quotes(block_text(block))
        for child in block.children:
            found.extend(_quoted_items(child))
        if not found and not block.children and block.heading is not None:
            text = _item_text(block)
            return [text] if text else []
        return found
    return _quotes(block_text(block))


def _all_text(blocks: Iterable[Block]) -> str:
    parts: list[str] = []
    for block in blocks:
        parts.append(block_text(block))
        if isinstance(block, Division):
            parts.append(_all_text(block.children))
    return squash(" ".join(part for part in parts if part))


def bullet(text: str, *children: Block) -> Division:
    """A practice bullet item ("- text"), as the builders write list items.

    >>> b = bullet("Treo băng rôn, khẩu hiệu.")
    >>> b.marker, b.heading.text
    ('-', 'Treo băng rôn, khẩu hiệu.')
    """
    return Division(
        kind=DivisionKind.BULLET,
        label="-",
        marker="-",
        heading=Paragraph.of(text),
        children=children,
    )


def _quoted(text: str) -> str:
    text = text.strip()
    if _quotes(text):
        return text
    return f"“{text}”."


def _bullets(items: Iterable[str | Block]) -> tuple[Block, ...]:
    return tuple(bullet(item) if isinstance(item, str) else item for item in items)


def _paragraphs(items: str | Iterable[str | Block]) -> tuple[Block, ...]:
    if isinstance(items, str):
        return (Paragraph.of(items),)
    return tuple(Paragraph.of(item) if isinstance(item, str) else item for item in items)


# --------------------------------------------------------------------------------------------
# Dates in a schedule
# --------------------------------------------------------------------------------------------

_DATE = re.compile(
    r"ngày\s+(?P<ld>\d{1,2})\s+tháng\s+(?P<lm>\d{1,2})\s+năm\s+(?P<ly>\d{4})"
    r"|tháng\s+(?P<mm>\d{1,2})\s*(?:/|năm)\s*(?P<my>\d{4})"
    r"|(?<![\d/])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}))?(?![\d/])"
    r"|năm\s+(?P<yy>\d{4})",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"(?<!\w)đến(?!\w)", re.IGNORECASE)
_RANGE_DASH = re.compile(r"^\s*[-–—]\s*$")
_FROM = re.compile(r"(?<!\w)từ(?!\w)[^\d]*$", re.IGNORECASE)
_BEFORE = re.compile(r"(?<!\w)(?:đến|trước)(?!\w)[^\d]*$", re.IGNORECASE)


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _dates(text: str) -> list[tuple[PartialDate, int, int]]:
    """Every date in ``text`` with its span; impossible days and months are skipped."""
    found = []
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        if groups["ld"] is not None:
            date = PartialDate(
                year=_int(groups["ly"]), month=_int(groups["lm"]), day=_int(groups["ld"])
            )
        elif groups["mm"] is not None:
            date = PartialDate(year=_int(groups["my"]), month=_int(groups["mm"]))
        elif groups["d"] is not None:
            date = PartialDate(
                year=_int(groups["y"]), month=_int(groups["m"]), day=_int(groups["d"])
            )
        else:
            date = PartialDate(year=_int(groups["yy"]))
        if date.day is not None and not 1 <= date.day <= 31:
            continue
        if date.month is not None and not 1 <= date.month <= 12:
            continue
        found.append((date, match.start(), match.end()))
    return found


def _fill_year(date: PartialDate | None, other: PartialDate | None) -> PartialDate | None:
    if date is None or date.year is not None or other is None or other.year is None:
        return date
    if date.month is None:
        return date
    return attrs.evolve(date, year=other.year)


def _span(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    """The start and end a schedule text states (see :class:`Schedule`)."""
    text = squash(text)
    until = _UNTIL.search(text)
    start: PartialDate | None
    end: PartialDate | None
    if until is not None:
        before = _dates(text[: until.start()])
        after = _dates(text[until.end() :])
        start = before[0][0] if before else None
        end = after[0][0] if after else None
    else:
        dates = _dates(text)
        if not dates:
            return None, None
        first, first_start, first_end = dates[0]
        if len(dates) >= 2:
            start, end = first, dates[-1][0]
            if _RANGE_DASH.match(text[first_end : dates[1][1]]):
                end = dates[1][0]
        elif _FROM.search(text[:first_start]):
            start, end = first, None
        elif _BEFORE.search(text[:first_start]):
            start, end = None, first
        else:
            start = end = first
    return _fill_year(start, end), _fill_year(end, start)


def _short_date(date: PartialDate) -> str:
    if date.day is not None and date.month is not None:
        tail = f"/{date.year}" if date.year is not None else ""
        return f"ngày {date.day}/{date.month}{tail}"
    if date.month is not None and date.year is not None:
        return f"tháng {date.month}/{date.year}"
    if date.year is not None:
        return f"năm {date.year}"
    return ""


def _partial(value: PartialDate | _dt.date | None) -> PartialDate | None:
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    return value


# --------------------------------------------------------------------------------------------
# Typed content
# --------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Schedule:
    """Thời gian / tiến độ thực hiện: the blocks of the schedule section.

    :attr:`start` and :attr:`end` read the dates of the text: what stands
    before "đến" is the start, what follows it the end ("Từ ngày 20/4/2026 đến
    hết ngày Khoa học và Công nghệ (18/5/2026)"); with no "đến", a lone date
    after "từ" is a start, after "trước" an end, and any other lone date is
    both (an event on one day).  Dates are read as "20/4/2026", "ngày 20 tháng
    4 năm 2026", "tháng 5/2026" or "năm 2026"; a start without a year takes the
    end's year.  They are ``None`` when the text does not say.

    >>> s = Schedule.of("Từ ngày 20/4/2026 đến hết ngày Khoa học và Công nghệ (18/5/2026).")
    >>> s.start, s.end
    (PartialDate(year=2026, month=4, day=20), PartialDate(year=2026, month=5, day=18))
    >>> s = Schedule.of("Từ ngày ban hành Kế hoạch đến hết ngày 19/5/2026.")
    >>> s.start is None, s.end
    (True, PartialDate(year=2026, month=5, day=19))
    """

    blocks: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        """All the schedule's text on one line (headings of divisions included).

        >>> Schedule.of("Tháng 5/2026.").text
        'Tháng 5/2026.'
        """
        return _all_text(self.blocks)

    @property
    def start(self) -> PartialDate | None:
        """The first day (or month, or year) of the schedule, if the text says."""
        return _span(self.text)[0]

    @property
    def end(self) -> PartialDate | None:
        """The last day (or month, or year) of the schedule, if the text says."""
        return _span(self.text)[1]

    @classmethod
    def of(cls, *texts: str | Block) -> Schedule:
        """A schedule of paragraphs (strings) or given blocks.

        >>> Schedule.of("Trong tháng 5/2026.").end
        PartialDate(year=2026, month=5, day=None)
        """
        return cls(blocks=_paragraphs(texts))

    @classmethod
    def between(
        cls,
        start: PartialDate | _dt.date | None,
        end: PartialDate | _dt.date | None = None,
    ) -> Schedule:
        """A one-paragraph schedule from ``start`` to ``end`` (either may be ``None``).

        A missing start reads "từ ngày ban hành Kế hoạch" (from the date of issue).

        >>> Schedule.between(_dt.date(2026, 4, 20), PartialDate(year=2026, month=5, day=18)).text
        'Từ ngày 20/4/2026 đến ngày 18/5/2026.'
        >>> Schedule.between(None, PartialDate(year=2026, month=5, day=19)).text
        'Từ ngày ban hành Kế hoạch đến ngày 19/5/2026.'
        >>> Schedule.between(None).blocks
        ()
        """
        first, last = _partial(start), _partial(end)
        first_text = _short_date(first) if first is not None else ""
        last_text = _short_date(last) if last is not None else ""
        if first_text and last_text:
            text = f"Từ {first_text} đến {last_text}."
        elif first_text:
            text = f"Từ {first_text}."
        elif last_text:
            text = f"Từ ngày ban hành Kế hoạch đến {last_text}."
        else:
            return cls()
        return cls(blocks=(Paragraph.of(text),))


@attrs.frozen(kw_only=True)
class Assignment:
    """One unit's tasks under "TỔ CHỨC THỰC HIỆN" (phân công: the unit, then its tasks).

    ``heading`` is the text on the unit's numbered line ("Phòng Văn hóa - Xã
    hội", or run in: "Phòng Kinh tế: Chủ trì …"); ``tasks`` the blocks under it.
    How the line was numbered is kept in the plan's outline.

    >>> a = Assignment.of("Phòng Kinh tế", tasks=["Lồng ghép nội dung.", "Vận động các hộ."])
    >>> a.unit, a.task_texts
    ('Phòng Kinh tế', ('Lồng ghép nội dung', 'Vận động các hộ'))
    >>> Assignment(heading=Paragraph.of("Văn phòng Sở: Thực hiện cải cách hành chính.")).unit
    'Văn phòng Sở'
    """

    heading: Paragraph
    tasks: tuple[Block, ...] = ()

    @property
    def unit(self) -> str:
        """The unit's name: the heading without Markdown markers, up to a run-in colon."""
        text = _plain(self.heading.text)
        name, colon, _ = text.partition(":")
        return _strip_marks(name) if colon else text

    @property
    def task_texts(self) -> tuple[str, ...]:
        """The text of each task (a run-in task after the unit's colon first).

        >>> Assignment(heading=Paragraph.of("Văn phòng Sở: Cải cách.")).task_texts
        ('Cải cách',)
        """
        text = _plain(self.heading.text)
        _, colon, rest = text.partition(":")
        run_in = _strip_marks(rest).rstrip(" ;.,")
        texts = [run_in] if colon and run_in else []
        texts.extend(_item_text(task) for task in self.tasks)
        return tuple(texts)

    @classmethod
    def of(cls, unit: str, tasks: Iterable[str | Block] = ()) -> Assignment:
        """An assignment from the unit's name (a bold line) and its tasks ("-" bullets)."""
        return cls(heading=Paragraph.of(unit, bold=True), tasks=_bullets(tasks))


# --------------------------------------------------------------------------------------------
# The outline
# --------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class DivisionForm:
    """How one division's line was numbered: its kind, label, marker and raw line.

    These are the fields of :class:`~vnplan.model.Division` that are form, not
    content; :class:`OutlineSection` adds the heading text.
    """

    kind: DivisionKind
    label: str | None = None
    marker: str | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    @classmethod
    def numbered(cls, kind: DivisionKind, number: int) -> DivisionForm:
        """The standard form for the ``number``-th division of a kind.

        >>> DivisionForm.numbered(DivisionKind.SECTION, 4).marker
        'IV.'
        >>> DivisionForm.numbered(DivisionKind.ITEM, 2).marker
        '2.'
        """
        label = _roman(number) if kind is DivisionKind.SECTION else str(number)
        return cls(kind=kind, label=label, marker=f"{label}.")

    @classmethod
    def of(cls, division: Division) -> DivisionForm:
        """The form of an existing division.

        >>> DivisionForm.of(bullet("Một ý.")).marker
        '-'
        """
        return cls(
            kind=division.kind,
            label=division.label,
            marker=division.marker,
            raw=division.raw,
            source=division.source,
        )


@attrs.frozen(kw_only=True)
class OutlineSection:
    """A recognised section: its form, its heading as written, and what stands under it.

    ``keys`` are the fields its heading stands for (:func:`section_keys`);
    ``children`` interleave nested sections with slots of content, in order.
    """

    keys: tuple[str, ...]
    form: DivisionForm
    heading: Paragraph
    children: tuple[OutlineEntry, ...] = ()


@attrs.frozen(kw_only=True)
class OutlineSlot:
    """The next ``count`` items of field ``key`` stand here.

    For ``key == "assignments"``, ``forms`` hold how each unit's line was numbered.
    """

    key: str
    count: int
    forms: tuple[DivisionForm, ...] = ()


OutlineEntry: TypeAlias = OutlineSection | OutlineSlot
"""One entry of an outline: a section, or a slot of content."""


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _keys_of(text: str) -> tuple[str, ...]:
    keys = section_keys(text)
    if keys is None:  # pragma: no cover - the skeleton's headings are all in the table
        raise AssertionError(f"standard heading {text!r} is not in HEADING_VARIANTS")
    return keys


def _append_slot(entries: list[OutlineEntry], key: str, form: DivisionForm | None) -> None:
    forms = (form,) if form is not None else ()
    last = entries[-1] if entries else None
    if isinstance(last, OutlineSlot) and last.key == key:
        entries[-1] = OutlineSlot(key=key, count=last.count + 1, forms=last.forms + forms)
    else:
        entries.append(OutlineSlot(key=key, count=1, forms=forms))


# --------------------------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Plan:
    """The content of a Kế hoạch's body, field by field, and how its source arranged it.

    Fields hold body blocks as written: ``purposes`` (mục đích), ``requirements``
    (yêu cầu), ``themes`` (chủ đề), ``slogans`` (khẩu hiệu), ``contents`` (nội
    dung, nhiệm vụ, giải pháp), ``forms`` (hình thức tổ chức), ``schedule``
    (thời gian, tiến độ), ``budget`` (kinh phí), ``assignments`` (tổ chức thực
    hiện, one :class:`Assignment` per unit) and ``implementation`` (the rest of
    that section: an introduction, a reporting note).  ``opening`` holds the
    top-level blocks before the first section (the "Thực hiện …" paragraph),
    ``closing`` those after the last ("Trên đây là Kế hoạch …./."), ``other``
    every top-level block in between that is not a recognised section (e.g.
    "V. CHẾ ĐỘ BÁO CÁO"), kept whole; its place is in ``outline``.

    ``outline`` records how the source arranged its sections: heading text
    and its variant, marker, label, kind, raw line, nesting, and where each
    field's items stand between the nested sections (:class:`OutlineSection`,
    :class:`OutlineSlot`).  It is empty when the arrangement is the one
    :meth:`standard_outline` gives, so a plan read from a standard document
    equals the plan built in code:

    >>> read = Plan.from_body(Body(children=(
    ...     Division(kind=DivisionKind.SECTION, label="I", marker="I.",
    ...              heading=Paragraph.of("NHIỆM VỤ, GIẢI PHÁP"),
    ...              children=(bullet("Tuyên truyền."),)),
    ... )))
    >>> read.outline[0].heading.text, read.content_texts
    ('NHIỆM VỤ, GIẢI PHÁP', ('Tuyên truyền',))
    >>> attrs.evolve(read, outline=()) == Plan.build(contents=["Tuyên truyền."])
    True
    >>> Plan.from_document(read.to_document()) == read
    True

    A plan is *unambiguous* (and ``Plan.from_document(p.to_document()) == p``)
    when its document reads back into the same fields: no item of a field (nor
    a unit's heading) is a division whose heading is in
    :data:`HEADING_VARIANTS`; ``implementation`` holds no numbered division with
    a heading (it would read as a unit); ``opening`` and ``closing`` hold no
    section (a :class:`~vnplan.model.Division` of a structural kind: phần,
    chương, mục, điều, "I.", or with a heading of the table); ``other`` starts
    and ends with an unrecognised section; ``closing`` is empty when the plan
    has no section at all; and ``outline`` is empty or agrees with the fields'
    lengths and differs from :meth:`standard_outline`.  Plans lifted by
    :meth:`from_document` are unambiguous, and so are plans from :meth:`build`
    whose strings are not themselves headings of the table.
    """

    opening: tuple[Block, ...] = ()
    purposes: tuple[Block, ...] = ()
    requirements: tuple[Block, ...] = ()
    themes: tuple[Block, ...] = ()
    slogans: tuple[Block, ...] = ()
    contents: tuple[Block, ...] = ()
    forms: tuple[Block, ...] = ()
    schedule: Schedule = Schedule()
    budget: tuple[Block, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    implementation: tuple[Block, ...] = ()
    other: tuple[Block, ...] = ()
    closing: tuple[Block, ...] = ()
    outline: tuple[OutlineEntry, ...] = ()

    # ----------------------------------------------------------------------------- builders

    @classmethod
    def build(
        cls,
        *,
        opening: str | Iterable[str | Block] = (),
        purposes: Iterable[str | Block] = (),
        requirements: Iterable[str | Block] = (),
        themes: Iterable[str | Block] = (),
        slogans: Iterable[str | Block] = (),
        contents: Iterable[str | Block] = (),
        forms: Iterable[str | Block] = (),
        schedule: Schedule | str | None = None,
        budget: str | Iterable[str | Block] = (),
        assignments: Iterable[Assignment] = (),
        implementation: str | Iterable[str | Block] = (),
        other: Iterable[Block] = (),
        closing: str | Iterable[str | Block] = (),
    ) -> Plan:
        """A plan from plain strings (or blocks, passed through unchanged).

        Purposes, requirements, contents and forms become "-" bullets; themes and
        slogans bullets in quotation marks (“…”); opening, closing, budget and
        implementation paragraphs; a string schedule one paragraph.

        >>> p = Plan.build(slogans=["Nhiệt liệt chào mừng Ngày Sáng tạo"], budget="Ngân sách xã.")
        >>> p.slogans[0].heading.text, p.budget_texts
        ('“Nhiệt liệt chào mừng Ngày Sáng tạo”.', ('Ngân sách xã',))
        >>> p.slogan_texts
        ('Nhiệt liệt chào mừng Ngày Sáng tạo',)
        """
        if isinstance(schedule, str):
            schedule = Schedule.of(schedule)
        return cls(
            opening=_paragraphs(opening),
            purposes=_bullets(purposes),
            requirements=_bullets(requirements),
            themes=_bullets(_quoted(t) if isinstance(t, str) else t for t in themes),
            slogans=_bullets(_quoted(s) if isinstance(s, str) else s for s in slogans),
            contents=_bullets(contents),
            forms=_bullets(forms),
            schedule=schedule if schedule is not None else Schedule(),
            budget=_paragraphs(budget),
            assignments=tuple(assignments),
            implementation=_paragraphs(implementation),
            other=tuple(other),
            closing=_paragraphs(closing),
        )

    # ----------------------------------------------------------------------------- typed access

    @property
    def purpose_texts(self) -> tuple[str, ...]:
        """Each purpose's text, without its marker, Markdown or final punctuation.

        >>> Plan.build(purposes=["**Hưởng ứng** Ngày Sáng tạo;"]).purpose_texts
        ('Hưởng ứng Ngày Sáng tạo',)
        """
        return tuple(_item_text(b) for b in self.purposes)

    @property
    def requirement_texts(self) -> tuple[str, ...]:
        """Each requirement's text."""
        return tuple(_item_text(b) for b in self.requirements)

    @property
    def content_texts(self) -> tuple[str, ...]:
        """Each content item's text (its heading line, for a division)."""
        return tuple(_item_text(b) for b in self.contents)

    @property
    def form_texts(self) -> tuple[str, ...]:
        """Each form of organisation's text."""
        return tuple(_item_text(b) for b in self.forms)

    @property
    def budget_texts(self) -> tuple[str, ...]:
        """Each funding paragraph's text."""
        return tuple(_item_text(b) for b in self.budget)

    @property
    def theme_texts(self) -> tuple[str, ...]:
        """Every theme, quotation marks and Markdown stripped.

        A theme is a quoted phrase (“…”, "…" or «…») in ``themes``, nested
        items included, or a bare item with no quote and no children; an
        unquoted note paragraph is not a theme.

        >>> group = bullet("Ngày Sở hữu trí tuệ thế giới (26/4): *“Sở hữu trí tuệ”*.")
        >>> Plan(themes=(group, Paragraph.of("Các đơn vị chủ động thêm chủ đề."))).theme_texts
        ('Sở hữu trí tuệ',)
        """
        return tuple(text for block in self.themes for text in _quoted_items(block))

    @property
    def slogan_texts(self) -> tuple[str, ...]:
        """Every slogan, as :attr:`theme_texts` reads themes."""
        return tuple(text for block in self.slogans for text in _quoted_items(block))

    @property
    def units(self) -> tuple[str, ...]:
        """The name of each assigned unit, in order.

        >>> units = [Assignment.of("Phòng Kinh tế"), Assignment.of("Công an xã")]
        >>> Plan.build(assignments=units).units
        ('Phòng Kinh tế', 'Công an xã')
        """
        return tuple(a.unit for a in self.assignments)

    # ----------------------------------------------------------------------------- outline

    def standard_outline(self) -> tuple[OutlineEntry, ...]:
        """The outline :meth:`to_document` uses when ``outline`` is empty.

        Sections of :data:`STANDARD_SKELETON` whose fields are non-empty, numbered
        I., II., … in order; then a slot for ``other``.

        >>> [e.heading.text for e in Plan.build(budget="Ngân sách.").standard_outline()]
        ['KINH PHÍ']
        """
        return _standard_outline(self, first=1)

    @property
    def effective_outline(self) -> tuple[OutlineEntry, ...]:
        """``outline``, or :meth:`standard_outline` when it is empty.

        >>> [type(e).__name__ for e in Plan.build(contents=["Tuyên truyền."]).effective_outline]
        ['OutlineSection']
        """
        return self.outline or self.standard_outline()

    # ----------------------------------------------------------------------------- documents

    def to_body(self) -> Body:
        """The body: opening, the sections as the outline arranges them, closing.

        Content the outline has no slot for (a plan changed after it was read)
        is written in standard sections after the outline's; nothing is dropped.

        >>> read = Plan.from_body(Plan.build(contents=["Tuyên truyền."]).to_body())
        >>> grown = attrs.evolve(read, budget=(Paragraph.of("Ngân sách xã."),))
        >>> [f"{d.marker} {d.heading.text}" for d in grown.to_body().children]
        ['I. NỘI DUNG', 'II. KINH PHÍ']
        """
        queues = _Queues(self)
        outline = self.effective_outline
        totals = _slot_totals(outline)
        seen: dict[str, int] = {}
        blocks = _render(outline, queues, totals, seen)
        leftover = queues.leftover()
        if leftover is not None:
            first = 1 + sum(
                1
                for entry in outline
                if isinstance(entry, OutlineSection) and entry.form.kind is DivisionKind.SECTION
            )
            extra = _standard_outline(leftover, first=first)
            rest = _Queues(leftover)
            blocks.extend(_render(extra, rest, _slot_totals(extra), {}))
        return Body(children=(*self.opening, *blocks, *self.closing))

    def to_document(self, envelope: Document | None = None, **components: Any) -> Document:
        """The generic :class:`~vnplan.model.Document` of this plan.

        The body is :meth:`to_body`; every other component comes from
        ``envelope`` (whose body is replaced; its doctype and title are kept as
        they are) and then from the keyword overrides (``issuer=…``,
        ``number=…``, …).  Without an envelope the document is a "KH" with the
        title "KẾ HOẠCH".

        >>> from vnplan import number
        >>> plan = Plan.build(contents=["Tuyên truyền."])
        >>> doc = plan.to_document(number=number.parse("Số: 5/KH-UBND"))
        >>> doc.doctype, doc.number.symbol, doc.body.children[0].heading.text
        ('KH', 'KH-UBND', 'NỘI DUNG')
        """
        if "body" in components:
            raise TypeError("to_document() got an unexpected keyword argument 'body'")
        base = (
            envelope
            if envelope is not None
            else Document(doctype="KH", title=Title(text="KẾ HOẠCH"))
        )
        return attrs.evolve(base, body=self.to_body(), **components)

    @classmethod
    def from_body(cls, body: Body) -> Plan:
        """Lift a body into a plan; never raises, never drops a block.

        >>> body = Body(children=(
        ...     Paragraph.of("Thực hiện Kế hoạch số 178/KH-UBND, UBND xã ban hành Kế hoạch:"),
        ...     Division(kind=DivisionKind.SECTION, label="I", marker="I.",
        ...              heading=Paragraph.of("MỤC ĐÍCH VÀ YÊU CẦU"),
        ...              children=(bullet("Hưởng ứng."),)),
        ...     Division(kind=DivisionKind.SECTION, label="II", marker="II.",
        ...              heading=Paragraph.of("CHẾ ĐỘ BÁO CÁO")),
        ... ))
        >>> plan = Plan.from_body(body)
        >>> plan.purpose_texts, plan.other[0].heading.text, len(plan.opening)
        (('Hưởng ứng',), 'CHẾ ĐỘ BÁO CÁO', 1)
        >>> plan.to_body() == body
        True
        """
        children = body.children
        structural = [i for i, block in enumerate(children) if _is_structural(block)]
        acc = _Accumulator()
        entries: list[OutlineEntry] = []
        if not structural:
            acc.blocks["opening"].extend(children)
        else:
            first, last = structural[0], structural[-1]
            acc.blocks["opening"].extend(children[:first])
            acc.blocks["closing"].extend(children[last + 1 :])
            for block in children[first : last + 1]:
                keys = _recognise(block)
                if keys is not None and isinstance(block, Division):
                    entries.append(_read_section(block, keys, acc))
                else:
                    acc.blocks[OTHER].append(block)
                    _append_slot(entries, OTHER, None)
        plan = acc.plan()
        outline = tuple(entries)
        if outline != plan.standard_outline():
            plan = attrs.evolve(plan, outline=outline)
        return plan

    @classmethod
    def from_document(cls, doc: Document) -> Plan:
        """Lift a document's body into a plan (the envelope is not part of the view).

        >>> doc = Plan.build(purposes=["Hưởng ứng."]).to_document()
        >>> Plan.from_document(doc).purpose_texts
        ('Hưởng ứng',)
        """
        return cls.from_body(doc.body)


# --------------------------------------------------------------------------------------------
# Reading and writing, privately
# --------------------------------------------------------------------------------------------

_ALL_BLOCK_KEYS = ("opening", *BLOCK_FIELDS, OTHER, "closing")


class _Accumulator:
    """The fields of a plan being read, as lists."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[Block]] = {key: [] for key in _ALL_BLOCK_KEYS}
        self.assignments: list[Assignment] = []

    def plan(self) -> Plan:
        b = self.blocks
        return Plan(
            opening=tuple(b["opening"]),
            purposes=tuple(b["purposes"]),
            requirements=tuple(b["requirements"]),
            themes=tuple(b["themes"]),
            slogans=tuple(b["slogans"]),
            contents=tuple(b["contents"]),
            forms=tuple(b["forms"]),
            schedule=Schedule(blocks=tuple(b[SCHEDULE])),
            budget=tuple(b["budget"]),
            assignments=tuple(self.assignments),
            implementation=tuple(b["implementation"]),
            other=tuple(b[OTHER]),
            closing=tuple(b["closing"]),
        )


def _read_section(division: Division, keys: tuple[str, ...], acc: _Accumulator) -> OutlineSection:
    entries: list[OutlineEntry] = []
    for child in division.children:
        child_keys = _recognise(child)
        if child_keys is not None and isinstance(child, Division):
            entries.append(_read_section(child, child_keys, acc))
            continue
        key = _home(keys, child)
        if key == ASSIGNMENTS and isinstance(child, Division) and child.heading is not None:
            acc.assignments.append(Assignment(heading=child.heading, tasks=child.children))
            _append_slot(entries, key, DivisionForm.of(child))
        else:
            acc.blocks[key].append(child)
            _append_slot(entries, key, None)
    heading = division.heading if division.heading is not None else Paragraph()
    return OutlineSection(
        keys=keys, form=DivisionForm.of(division), heading=heading, children=tuple(entries)
    )


class _Queues:
    """The plan's content, taken in order by the slots of an outline."""

    def __init__(self, plan: Plan) -> None:
        self.blocks: dict[str, tuple[Block, ...]] = {
            "purposes": plan.purposes,
            "requirements": plan.requirements,
            "themes": plan.themes,
            "slogans": plan.slogans,
            "contents": plan.contents,
            "forms": plan.forms,
            SCHEDULE: plan.schedule.blocks,
            "budget": plan.budget,
            "implementation": plan.implementation,
            OTHER: plan.other,
        }
        self.assignments = plan.assignments
        self.taken: dict[str, int] = {}

    def remaining(self, key: str) -> int:
        total = len(self.assignments) if key == ASSIGNMENTS else len(self.blocks.get(key, ()))
        return max(total - self.taken.get(key, 0), 0)

    def take_blocks(self, key: str, count: int) -> tuple[Block, ...]:
        start = self.taken.get(key, 0)
        self.taken[key] = start + count
        return self.blocks.get(key, ())[start : start + count]

    def take_assignments(self, count: int) -> tuple[Assignment, ...]:
        start = self.taken.get(ASSIGNMENTS, 0)
        self.taken[ASSIGNMENTS] = start + count
        return self.assignments[start : start + count]

    def leftover(self) -> Plan | None:
        """A plan of what no slot took, or ``None`` when everything was taken."""
        rest = {key: self.blocks[key][self.taken.get(key, 0) :] for key in self.blocks}
        units = self.assignments[self.taken.get(ASSIGNMENTS, 0) :]
        if not units and not any(rest.values()):
            return None
        return Plan(
            purposes=rest["purposes"],
            requirements=rest["requirements"],
            themes=rest["themes"],
            slogans=rest["slogans"],
            contents=rest["contents"],
            forms=rest["forms"],
            schedule=Schedule(blocks=rest[SCHEDULE]),
            budget=rest["budget"],
            assignments=units,
            implementation=rest["implementation"],
            other=rest[OTHER],
        )


def _iter_slots(entries: Iterable[OutlineEntry]) -> Iterator[OutlineSlot]:
    for entry in entries:
        if isinstance(entry, OutlineSlot):
            yield entry
        else:
            yield from _iter_slots(entry.children)


def _slot_totals(outline: tuple[OutlineEntry, ...]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for slot in _iter_slots(outline):
        totals[slot.key] = totals.get(slot.key, 0) + 1
    return totals


def _render(
    entries: Iterable[OutlineEntry],
    queues: _Queues,
    totals: dict[str, int],
    seen: dict[str, int],
) -> list[Block]:
    out: list[Block] = []
    for entry in entries:
        if isinstance(entry, OutlineSection):
            out.append(
                Division(
                    kind=entry.form.kind,
                    label=entry.form.label,
                    marker=entry.form.marker,
                    heading=entry.heading,
                    children=tuple(_render(entry.children, queues, totals, seen)),
                    raw=entry.form.raw,
                    source=entry.form.source,
                )
            )
            continue
        seen[entry.key] = seen.get(entry.key, 0) + 1
        available = queues.remaining(entry.key)
        is_last = seen[entry.key] >= totals.get(entry.key, 0)
        count = available if is_last else min(max(entry.count, 0), available)
        if entry.key == ASSIGNMENTS:
            for index, unit in enumerate(queues.take_assignments(count)):
                form = (
                    entry.forms[index]
                    if index < len(entry.forms)
                    else DivisionForm.numbered(DivisionKind.ITEM, index + 1)
                )
                out.append(
                    Division(
                        kind=form.kind,
                        label=form.label,
                        marker=form.marker,
                        heading=unit.heading,
                        children=unit.tasks,
                        raw=form.raw,
                        source=form.source,
                    )
                )
        else:
            out.extend(queues.take_blocks(entry.key, count))
    return out


def _field_size(plan: Plan, key: str) -> int:
    if key == ASSIGNMENTS:
        return len(plan.assignments)
    if key == SCHEDULE:
        return len(plan.schedule.blocks)
    value: tuple[Block, ...] = getattr(plan, key)
    return len(value)


def _slot(plan: Plan, key: str) -> OutlineSlot:
    size = _field_size(plan, key)
    forms: tuple[DivisionForm, ...] = ()
    if key == ASSIGNMENTS:
        forms = tuple(DivisionForm.numbered(DivisionKind.ITEM, n) for n in range(1, size + 1))
    return OutlineSlot(key=key, count=size, forms=forms)


def _standard_outline(plan: Plan, *, first: int) -> tuple[OutlineEntry, ...]:
    entries: list[OutlineEntry] = []
    number = first
    for heading, members in STANDARD_SKELETON:
        present = [(text, key) for text, key in members if _field_size(plan, key)]
        if not present:
            continue
        children: list[OutlineEntry] = []
        item = 0
        for text, key in present:
            if text is None:
                children.append(_slot(plan, key))
                continue
            item += 1
            children.append(
                OutlineSection(
                    keys=_keys_of(text),
                    form=DivisionForm.numbered(DivisionKind.ITEM, item),
                    heading=Paragraph.of(text, bold=True),
                    children=(_slot(plan, key),),
                )
            )
        entries.append(
            OutlineSection(
                keys=_keys_of(heading),
                form=DivisionForm.numbered(DivisionKind.SECTION, number),
                heading=Paragraph.of(heading, bold=True),
                children=tuple(children),
            )
        )
        number += 1
    if plan.other:
        entries.append(OutlineSlot(key=OTHER, count=len(plan.other)))
    return tuple(entries)
