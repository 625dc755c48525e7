"""Plan rules (Kế hoạch): the expected sections, the schedule, the assignments.

Practice, not law [P]: Decree 30 regulates how a plan looks (Phụ lục III, Mẫu
1.4), not what it says.  Real 2025–2026 plans (the seeds and the corpus) have
"MỤC ĐÍCH, YÊU CẦU", a content part ("NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP", …),
usually "KINH PHÍ" and "TỔ CHỨC THỰC HIỆN" unit by unit; a missing one is a
warning.  The schedule starts no later than it ends and does not end before the
plan is issued; each assignment names the unit (or person) that carries it out;
a unit given tasks is normally among the recipients, unless the recipients name
such units as a group ("Các phòng, đơn vị thuộc xã") — an info at most.  The
plan is read through :class:`vnplan.doctypes.plan.Plan`, lifted once per
validation.

>>> from vnplan import rules
>>> from vnplan.doctypes.plan import Plan
>>> doc = Plan.build(purposes=["Hưởng ứng."], contents=["Tuyên truyền."]).to_document()
>>> sorted(f.code for f in rules.validate(doc).findings if f.component.value == "plan")
['plan.funding-section', 'plan.implementation-section']
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable, Iterator

from vnplan.doctypes.plan import (
    ASSIGNMENTS,
    SCHEDULE,
    Assignment,
    OutlineEntry,
    OutlineSection,
    Plan,
)
from vnplan.findings import Component, Severity
from vnplan.model import Body, Division, DivisionKind, Paragraph, PartialDate
from vnplan.rules._engine import PRACTICE, Context, Hit, NotApplicable, NotEvaluated, rule
from vnplan.rules.body import blocks_with_paths
from vnplan.text import fold, squash

__all__: list[str] = []

_PLAN = ("KH",)


def _plan(ctx: Context) -> Plan:
    body = ctx.document.body
    if not isinstance(body, Body) or not body.children:
        raise NotApplicable("empty body")
    plan: Plan = ctx.cached("plan", lambda: Plan.from_document(ctx.document))
    return plan


def _sections(entries: Iterable[OutlineEntry]) -> Iterator[OutlineSection]:
    for entry in entries:
        if isinstance(entry, OutlineSection):
            yield entry
            yield from _sections(entry.children)


def _keys(plan: Plan) -> set[str]:
    return {key for section in _sections(plan.effective_outline) for key in section.keys}


def _headings(ctx: Context) -> dict[int, tuple[str, int | None]]:
    """Each division heading of the body, by identity, with its path and line."""

    def make() -> dict[int, tuple[str, int | None]]:
        found: dict[int, tuple[str, int | None]] = {}
        body = ctx.document.body
        children = body.children if isinstance(body, Body) else ()
        for block, path in blocks_with_paths(children, "body"):
            if isinstance(block, Division) and block.heading is not None:
                line = None if block.source is None else block.source.line
                found[id(block.heading)] = (f"{path}.heading", line)
        return found

    headings: dict[int, tuple[str, int | None]] = ctx.cached("plan.headings", make)
    return headings


def _where(ctx: Context, heading: Paragraph | None) -> tuple[str, int | None]:
    if heading is None:
        return "body", None
    return _headings(ctx).get(id(heading), ("body", None))


# --------------------------------------------------------------------------------------------
# The expected sections
# --------------------------------------------------------------------------------------------


def _heading_starts(ctx: Context) -> list[str]:
    """Every heading of a numbered or labelled division, folded, without Markdown markers."""

    def make() -> list[str]:
        body = ctx.document.body
        children = body.children if isinstance(body, Body) else ()
        return [fold(squash(block.heading.text.replace("*", "")))
                for block, _ in blocks_with_paths(children, "body")
                if isinstance(block, Division) and block.heading is not None
                and block.kind is not DivisionKind.BULLET]

    starts: list[str] = ctx.cached("plan.heading-texts", make)
    return starts


def _missing(ctx: Context, keys: tuple[str, ...], starts: tuple[str, ...], name_vi: str,
             name_en: str, expected: str) -> Iterator[Hit]:
    """One hit when no section of ``keys`` is recognised and no heading opens with ``starts``.

    The second test lets a heading the plan view does not know ("Kinh phí: từ ngân
    sách xã.", run in) count as the section.
    """
    plan = _plan(ctx)
    present = _keys(plan)
    if not present:
        raise NotEvaluated("no section heading of the plan was recognised")
    folded = tuple(fold(start) for start in starts)
    if not present.intersection(keys) and not any(
        heading.startswith(folded) for heading in _heading_starts(ctx)
    ):
        yield Hit(message=f"Kế hoạch không có phần “{name_vi}”",
                  message_en=f"The plan has no '{name_en}' section", path="body",
                  expected=expected)


@rule(
    "plan.purpose-section",
    component=Component.PLAN,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Kế hoạch có phần “Mục đích, yêu cầu”",
    title_en="The plan states its purposes and requirements",
    doctypes=_PLAN,
)
def purpose_section(ctx: Context) -> Iterator[Hit]:
    yield from _missing(ctx, ("purposes", "requirements"), ("mục đích", "yêu cầu"),
                        "Mục đích, yêu cầu",
                        "purposes and requirements", "I. MỤC ĐÍCH, YÊU CẦU")


@rule(
    "plan.content-section",
    component=Component.PLAN,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Kế hoạch có phần nội dung (nội dung, nhiệm vụ, giải pháp)",
    title_en="The plan has a content section (contents, tasks, solutions)",
    doctypes=_PLAN,
)
def content_section(ctx: Context) -> Iterator[Hit]:
    yield from _missing(ctx, ("contents", "themes", "slogans", "forms"),
                        ("nội dung", "nhiệm vụ", "giải pháp"), "Nội dung",
                        "content", "NỘI DUNG")


@rule(
    "plan.implementation-section",
    component=Component.PLAN,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Kế hoạch có phần “Tổ chức thực hiện”",
    title_en="The plan has an implementation section",
    doctypes=_PLAN,
)
def implementation_section(ctx: Context) -> Iterator[Hit]:
    yield from _missing(ctx, (ASSIGNMENTS, "implementation"), ("tổ chức thực hiện", "phân công"),
                        "Tổ chức thực hiện",
                        "implementation", "TỔ CHỨC THỰC HIỆN")


@rule(
    "plan.funding-section",
    component=Component.PLAN,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Kế hoạch có phần “Kinh phí”",
    title_en="The plan has a funding section",
    doctypes=_PLAN,
)
def funding_section(ctx: Context) -> Iterator[Hit]:
    yield from _missing(ctx, ("budget",), ("kinh phí", "nguồn kinh phí"), "Kinh phí", "funding",
                        "KINH PHÍ")


# --------------------------------------------------------------------------------------------
# The schedule
# --------------------------------------------------------------------------------------------


def _earliest(date: PartialDate | None) -> _dt.date | None:
    """The first day a partial date may mean (``None`` without a year or when impossible)."""
    if date is None or date.year is None:
        return None
    try:
        return _dt.date(date.year, date.month or 1, date.day or 1)
    except (ValueError, TypeError, OverflowError):
        return None


def _latest(date: PartialDate | None) -> _dt.date | None:
    """The last day a partial date may mean."""
    if date is None or date.year is None:
        return None
    try:
        month = date.month or 12
        day = date.day or calendar.monthrange(date.year, month)[1]
        return _dt.date(date.year, month, day)
    except (ValueError, TypeError, OverflowError, calendar.IllegalMonthError):
        return None


def _schedule_where(ctx: Context, plan: Plan) -> tuple[str, int | None]:
    for section in _sections(plan.effective_outline):
        if SCHEDULE in section.keys:
            return _where(ctx, section.heading)
    return "body", None


def _short(date: PartialDate) -> str:
    parts = [str(part) for part in (date.day, date.month, date.year) if part is not None]
    return "/".join(parts)


@rule(
    "plan.schedule-order",
    component=Component.PLAN,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Thời gian thực hiện bắt đầu không muộn hơn khi kết thúc",
    title_en="The schedule does not start after it ends",
    doctypes=_PLAN,
)
def schedule_order(ctx: Context) -> Iterator[Hit]:
    plan = _plan(ctx)
    if not plan.schedule.blocks:
        raise NotApplicable("no schedule section")
    start, end = plan.schedule.start, plan.schedule.end
    first, last = _earliest(start), _latest(end)
    if start is None or end is None or first is None or last is None:
        raise NotApplicable("the schedule does not state both its start and its end")
    if first > last:
        path, line = _schedule_where(ctx, plan)
        yield Hit(message=f"Thời gian thực hiện bắt đầu ({_short(start)}) sau khi kết thúc "
                          f"({_short(end)})",
                  message_en=f"The schedule starts ({_short(start)}) after it ends "
                             f"({_short(end)})",
                  path=path, line=line, expected=f"≤ {_short(end)}", observed=_short(start))


@rule(
    "plan.schedule-after-issue",
    component=Component.PLAN,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Thời gian thực hiện không kết thúc trước ngày ban hành",
    title_en="The schedule does not end before the date of issue",
    doctypes=_PLAN,
)
def schedule_after_issue(ctx: Context) -> Iterator[Hit]:
    plan = _plan(ctx)
    if not plan.schedule.blocks:
        raise NotApplicable("no schedule section")
    end = plan.schedule.end
    last = _latest(end)
    if end is None or last is None:
        raise NotApplicable("the schedule states no end")
    issue_line = ctx.document.issue_line
    issued = None if issue_line is None else issue_line.date
    earliest = _earliest(issued)
    if issued is None or earliest is None:
        raise NotEvaluated("the year of issue is unknown")
    if earliest > last:
        path, line = _schedule_where(ctx, plan)
        yield Hit(message=f"Thời gian thực hiện kết thúc ({_short(end)}) trước ngày ban hành "
                          f"({_short(issued)})",
                  message_en=f"The schedule ends ({_short(end)}) before the date of issue "
                             f"({_short(issued)})",
                  path=path, line=line, expected=f"≥ {_short(issued)}", observed=_short(end))


# --------------------------------------------------------------------------------------------
# Assignments
# --------------------------------------------------------------------------------------------

_UNIT_WORDS = (
    "phòng", "ban", "sở", "ngành", "văn phòng", "trung tâm", "công an", "ủy ban", "ubnd", "ub",
    "hđnd", "hội đồng", "mttq", "mặt trận", "tổ", "đội", "trạm", "trường", "chi cục", "cục",
    "bộ", "thanh tra", "thuế", "kho bạc", "quân sự", "đảng ủy", "chi bộ", "hội", "đoàn",
    "công ty", "điện lực", "bảo hiểm", "ngân hàng", "bệnh viện", "viện", "đài", "báo",
    "bưu điện", "chi nhánh", "cơ quan", "đơn vị", "doanh nghiệp", "hợp tác xã", "xã", "phường",
    "thôn", "tỉnh", "thành phố", "huyện", "chủ tịch", "giám đốc", "thủ trưởng", "lãnh đạo",
    "cán bộ", "chuyên viên", "đồng chí", "đ/c", "thành viên", "trưởng", "phó", "bí thư",
    "người đứng đầu",
)
_UNIT = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(fold(word)) for word in _UNIT_WORDS) + r")(?!\w)"
)
_NOT_ASSIGNMENTS = tuple(
    fold(word)
    for word in ("chế độ", "trách nhiệm thực hiện", "phân công", "kinh phí", "thời gian",
                 "tiến độ", "khen thưởng", "điều khoản", "hiệu lực", "tổ chức thực hiện")
)
"""Sub-headings of "TỔ CHỨC THỰC HIỆN" that are topics, not a unit's assignment."""


def _assignments(plan: Plan) -> tuple[Assignment, ...]:
    if not plan.assignments:
        raise NotApplicable("no unit-by-unit assignments")
    return plan.assignments


@rule(
    "plan.assignment-unit",
    component=Component.PLAN,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Mỗi phần phân công nêu đơn vị (người) thực hiện",
    title_en="Each assignment names the unit (or person) that carries it out",
    doctypes=_PLAN,
)
def assignment_unit(ctx: Context) -> Iterator[Hit]:
    for assignment in _assignments(_plan(ctx)):
        text = fold(squash(assignment.heading.text.replace("*", "")))
        if not text or text.startswith(_NOT_ASSIGNMENTS) or _UNIT.search(text):
            continue
        path, line = _where(ctx, assignment.heading)
        yield Hit(message=f"Phần phân công “{assignment.unit}” không nêu đơn vị thực hiện",
                  message_en=f"Assignment '{assignment.unit}' names no unit",
                  path=path, line=line, observed=assignment.unit)


# --- units among the recipients ------------------------------------------------------------

_ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "ub": "ủy ban",
    "vn": "việt nam",
    "tp": "thành phố",
}
_FILLER = frozenset(
    {"các", "những", "của", "trên", "địa", "bàn", "đơn", "vị", "thuộc", "và", "đóng", "tại"}
)
_PEOPLE = tuple(
    fold(word)
    for word in ("chủ tịch", "phó chủ tịch", "các phó chủ tịch", "giám đốc", "phó giám đốc",
                 "thủ trưởng", "trưởng", "phó", "cán bộ", "chuyên viên", "đồng chí", "đ/c",
                 "lãnh đạo", "thành viên", "bí thư", "người đứng đầu", "pct", "các đồng chí")
)
_UNIT_STARTS = tuple(
    fold(word)
    for word in ("phòng", "văn phòng", "sở", "ban", "trung tâm", "công an", "ủy ban", "ubnd",
                 "hội đồng", "hđnd", "tổ", "đội", "trạm", "trường", "chi cục", "cục", "bộ",
                 "thanh tra", "thuế", "kho bạc", "đảng ủy", "mặt trận", "mttq", "hội", "đoàn",
                 "công ty", "điện lực", "bảo hiểm", "ngân hàng", "bệnh viện", "viện", "đài",
                 "bưu điện", "chi nhánh", "các", "liên đoàn", "hợp tác xã")
)
_GROUP_ALL = tuple(
    fold(word) for word in ("đơn vị", "cơ quan", "ban, ngành", "sở, ngành", "ban ngành",
                            "sở ngành", "ngành")
)
_GROUP_KINDS = tuple(
    fold(word) for word in ("tổ chức", "cơ sở", "chi cục", "văn phòng", "trung tâm", "ban quản lý",
                            "đoàn thể", "phòng", "sở", "ban", "trường", "trạm", "hội", "tổ")
)
_WORD = re.compile(r"\w+(?:/\w+)?")
_LIST = re.compile(r"^(?P<kind>[^:]{1,30}):\s*(?P<items>.+)$")


class _Name:
    """A name as folded words, with the words that were written as capital abbreviations."""

    def __init__(self, text: str) -> None:
        self.words: list[str] = []
        self.acronyms: set[int] = set()
        for match in _WORD.finditer(squash(text)):
            written = match.group(0)
            word = fold(written)
            expansion = _ABBREVIATIONS.get(word)
            if expansion is not None:
                self.words.extend(expansion.split())
                continue
            if word in _FILLER:
                continue
            if len(written) >= 2 and written.isupper() and written.isalpha():
                self.acronyms.add(len(self.words))
            self.words.append(word)


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word)


def _within(part: _Name, whole: _Name) -> bool:
    """Whether every word of ``part`` is in ``whole`` (abbreviations spelled by initials)."""
    if len(part.words) < 2 and not part.acronyms:
        return False
    words = set(whole.words)
    for index, word in enumerate(part.words):
        if word in words:
            continue
        if index in part.acronyms and _spells(word, whole.words):
            continue
        return False
    return True


def _spells(acronym: str, words: list[str]) -> bool:
    size = len(acronym)
    return any(_initials(words[i:i + size]) == acronym for i in range(len(words) - size + 1))


def _same(a: _Name, b: _Name) -> bool:
    return _within(a, b) or _within(b, a)


def _recipient_parts(name: str) -> list[str]:
    """A recipient entry split into the units it names ("Các Sở: A, B" -> "Sở A", "Sở B")."""
    text = squash(name)
    listed = _LIST.match(text)
    if listed is not None:
        kind = re.sub(r"^(?:các|Các)\s+", "", listed.group("kind")).strip()
        return [f"{kind} {item.strip()}" for item in re.split(r"[,;]", listed.group("items"))
                if item.strip()]
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def _group_covers(recipient: str, unit: str) -> bool:
    """Whether a group recipient ("Các phòng, đơn vị thuộc xã") takes in ``unit``."""
    text = fold(recipient)
    if not text.startswith("các "):
        return False
    rest = text[4:]
    if any(word in rest and pattern.search(rest) for word, pattern in _GROUP_ALL_WORDS):
        return True
    folded_unit = fold(unit)
    for kind, pattern in _GROUP_KIND_WORDS:
        if rest.startswith(kind) and pattern.search(folded_unit):
            return True
    return False


def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


# Compiled once; a cheap substring test runs before each search.
_GROUP_ALL_WORDS = tuple((word, _whole_word(word)) for word in _GROUP_ALL)
_GROUP_KIND_WORDS = tuple((kind, _whole_word(kind)) for kind in _GROUP_KINDS)


def _is_unit_name(unit: str) -> bool:
    """Whether an assignment's heading is a unit's name (not a sentence, not a person)."""
    text = fold(squash(unit.replace("*", "")))
    if not text or len(text.split()) > 12 or re.search(r"[.!?]\s|[.!?]$", text):
        return False
    bare = text[4:] if text.startswith("các ") else text
    if bare.startswith(_PEOPLE):
        return False
    return text.startswith(_UNIT_STARTS)


@rule(
    "plan.units-in-recipients",
    component=Component.PLAN,
    severity=Severity.INFO,
    source=PRACTICE,
    title="Đơn vị được giao nhiệm vụ có trong nơi nhận",
    title_en="Units given tasks are among the recipients",
    doctypes=_PLAN,
)
def units_in_recipients(ctx: Context) -> Iterator[Hit]:
    assignments = _assignments(_plan(ctx))
    recipients = ctx.document.recipients
    if recipients is None:
        raise NotApplicable("no recipients block")
    names = [entry.name for entry in recipients.entries if entry.name]
    if ctx.document.addressees is not None:
        names.extend(entry.name for entry in ctx.document.addressees.entries if entry.name)
    if not names:
        raise NotApplicable("no recipient named")
    parts = [_Name(part) for name in names for part in _recipient_parts(name)]
    for assignment in assignments:
        unit = assignment.unit
        if not _is_unit_name(unit):
            continue
        if any(_group_covers(name, unit) for name in names):
            continue
        wanted = [_Name(piece) for piece in re.split(r"[;]", unit) if piece.strip()]
        if all(any(_same(piece, part) for part in parts) for piece in wanted):
            continue
        path, line = _where(ctx, assignment.heading)
        yield Hit(message=f"Đơn vị “{unit}” được giao nhiệm vụ nhưng không có trong nơi nhận",
                  message_en=f"Unit '{unit}' is given tasks but is not among the recipients",
                  path=path, line=line, expected=f"- {unit};", observed=unit)
