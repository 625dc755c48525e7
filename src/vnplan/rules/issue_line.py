"""Issue-line rules: địa danh và thời gian ban hành văn bản (ô 4).

Decree 30, Điều 8.2.d and Phụ lục I, Phần I, mục II.4: "<Place>, ngày DD
tháng MM năm YYYY".  The place is the official name of the unit where the
issuer has its seat — for a central body the province-level city of its seat
("Hà Nội"), for a provincial body or department the province, for a commune body
the commune — and a unit named after a person or a number is written in full
("Thành phố Hồ Chí Minh"); a comma follows the place (II.4.c).  The date is
written in full, with a zero before days 1–9 and months 1 and 2 only (II.4.b),
and must be a real calendar date.  A draft leaves the day and month blank until
the registry dates it: each blank part is one finding, an info in draft mode and
an error in final mode (Điều 15.2).

The place is checked against the post-reform unit list (:mod:`vnplan.places`),
so those two rules are in force from 1 July 2025; for an earlier or undated
document they report "not evaluated".

>>> from vnplan import read, rules
>>> doc, _ = read.text("BỘ NỘI VỤ\\n\\nSố: 12/BNV-VP\\n\\nHà Nội, ngày 5 tháng 3 năm 2026\\n")
>>> report = rules.validate(doc)
>>> [(f.code, f.expected, f.observed) for f in report.findings if f.code.startswith("issue_")]
[('issue_line.date-padding', '05', '5')]
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from vnplan import places as _places
from vnplan.doctypes import get as _doctype
from vnplan.errors import UnknownDocumentType
from vnplan.findings import Component, Severity
from vnplan.model import IssueLine, Organization
from vnplan.model.issue_line import format_day, format_month
from vnplan.model.organization import BodyKind, Level
from vnplan.rules._engine import PRACTICE, Context, Hit, NotApplicable, NotEvaluated, rule
from vnplan.text import fold, squash

_REFORM = _dt.date(2025, 7, 1)
_PLACE_SOURCE = "NĐ 30/2020, Phụ lục I, Phần I, mục II.4.a"


def _line(ctx: Context) -> IssueLine:
    found = ctx.document.issue_line
    if found is None:
        raise NotApplicable("no place and date line")
    return found


def _line_number(found: IssueLine) -> int | None:
    return None if found.source is None else found.source.line


def _raw(found: IssueLine) -> str:
    """The printed line without Markdown emphasis, NFC; NotApplicable when built in code."""
    if found.raw is None or not found.raw.strip():
        raise NotApplicable("built in code (no printed line)")
    return squash(found.raw.replace("*", ""))


@rule(
    "issue_line.present",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 8.2.d; Phụ lục I, Phần I, mục II.4",
    title="Có địa danh và thời gian ban hành",
    title_en="The place and date line is present",
)
def present(ctx: Context) -> Iterator[Hit]:
    try:
        required = "issue_line" in _doctype(ctx.document.doctype).requires
    except UnknownDocumentType:
        raise NotEvaluated(f"unknown document type {ctx.document.doctype!r}") from None
    if not required:
        raise NotApplicable("the document type has no place and date line")
    if ctx.document.issue_line is None:
        yield Hit(message="Thiếu địa danh và thời gian ban hành văn bản",
                  message_en="The place and date line is missing", path="issue_line",
                  expected="<Địa danh>, ngày … tháng … năm …")


_PARTS = (("day", "ngày", "day"), ("month", "tháng", "month"), ("year", "năm", "year"))


@rule(
    "issue_line.blank-date",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 15.2; Phụ lục I, Phần I, mục II.4.b",
    title="Ngày, tháng, năm ban hành đã được ghi",
    title_en="The day, month and year of issue are filled in",
)
def blank_date(ctx: Context) -> Iterator[Hit]:
    """One finding per blank part (day, month, year): info in draft mode, error in final."""
    found = _line(ctx)
    for attribute, word, english in _PARTS:
        if getattr(found.date, attribute) is None:
            yield Hit(message=f"Chưa ghi {word} ban hành (văn thư ghi khi đăng ký văn bản)",
                      message_en=f"The {english} of issue is blank (the registry fills it in)",
                      path=f"issue_line.date.{attribute}", line=_line_number(found),
                      observed=found.raw or None, severity=ctx.blank_severity())


@rule(
    "issue_line.real-date",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.4.b",
    title="Ngày ban hành là một ngày có thật",
    title_en="The date of issue is a real calendar date",
)
def real_date(ctx: Context) -> Iterator[Hit]:
    found = _line(ctx)
    date = found.date
    wrong = (
        (date.month is not None and not 1 <= date.month <= 12)
        or (date.day is not None and not 1 <= date.day <= 31)
        or (date.is_complete and date.to_date() is None)
    )
    if wrong:
        shown = "/".join("…" if part is None else str(part)
                         for part in (date.day, date.month, date.year))
        yield Hit(message=f"Ngày ban hành {shown} không có trong lịch",
                  message_en=f"The date of issue {shown} does not exist",
                  path="issue_line.date", line=_line_number(found),
                  observed=found.raw or shown)


_WRITTEN_DAY = re.compile(r"\bngày\s*([0-9]+)", re.IGNORECASE)
_WRITTEN_MONTH = re.compile(r"\btháng\s*([0-9]+)", re.IGNORECASE)


@rule(
    "issue_line.date-padding",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.4.b",
    title="Số 0 trước ngày 1–9 và tháng 1, 2 (và chỉ ở đó)",
    title_en="A zero before days 1–9 and months 1 and 2, and only there",
)
def date_padding(ctx: Context) -> Iterator[Hit]:
    """A missing zero is an error; a zero before months 3–12 a warning (the decree's examples)."""
    found = _line(ctx)
    raw = _raw(found)
    line = _line_number(found)
    day = _WRITTEN_DAY.search(raw)
    if day is not None:
        digits = day.group(1)
        value = int(digits)
        if 1 <= value <= 9 and digits != format_day(value):
            yield Hit(message=f"Ngày {digits} phải viết {format_day(value)}",
                      message_en=f"Write day {format_day(value)}, not {digits}",
                      path="issue_line.date.day", line=line, expected=format_day(value),
                      observed=digits)
    month = _WRITTEN_MONTH.search(raw)
    if month is not None:
        digits = month.group(1)
        value = int(digits)
        if value in (1, 2) and digits != format_month(value):
            yield Hit(message=f"Tháng {digits} phải viết {format_month(value)}",
                      message_en=f"Write month {format_month(value)}, not {digits}",
                      path="issue_line.date.month", line=line, expected=format_month(value),
                      observed=digits)
        elif 3 <= value <= 12 and digits != format_month(value):
            yield Hit(message=f"Tháng {value} không ghi số 0 phía trước ({digits})",
                      message_en=f"Month {value} takes no leading zero ({digits})",
                      path="issue_line.date.month", line=line, expected=format_month(value),
                      observed=digits, severity=Severity.WARNING)


_GLUED = re.compile(
    r"(?:ngày|tháng|năm)(?=[0-9])|(?<=[0-9])(?:ngày|tháng|năm)|,(?=\S)|\s+,",
    re.IGNORECASE,
)


@rule(
    "issue_line.spacing",
    component=Component.ISSUE_LINE,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Dấu cách giữa các thành phần của dòng ngày tháng",
    title_en="Spaces between the parts of the date line",
)
def spacing(ctx: Context) -> Iterator[Hit]:
    """Missing spaces ("tháng 01năm", ",ngày") and a space before the comma; wide gaps are not
    reported (a draft leaves room for the day and month)."""
    found = _line(ctx)
    raw = _raw(found)
    for match in _GLUED.finditer(raw):
        start, end = max(0, match.start() - 6), min(len(raw), match.end() + 6)
        excerpt = raw[start:end].strip()
        yield Hit(message=f"Thiếu hoặc thừa dấu cách: “{excerpt}”",
                  message_en=f"A missing or stray space: '{excerpt}'",
                  path="issue_line.raw", line=_line_number(found), observed=excerpt,
                  expected=found.canonical() if found.place else None)


@rule(
    "issue_line.comma",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.4.c",
    title="Sau địa danh có dấu phẩy",
    title_en="A comma follows the place name",
)
def comma(ctx: Context) -> Iterator[Hit]:
    found = _line(ctx)
    if not found.place:
        raise NotApplicable("no place name")
    raw = _raw(found)
    place = squash(found.place)
    if not raw.startswith(place):
        raise NotEvaluated("the place name cannot be located in the printed line")
    if not raw[len(place):].lstrip().startswith(","):
        yield Hit(message="Thiếu dấu phẩy sau địa danh", message_en="No comma after the place name",
                  path="issue_line.raw", line=_line_number(found), observed=raw,
                  expected=found.canonical())


@rule(
    "issue_line.place-present",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source=_PLACE_SOURCE,
    title="Dòng ngày tháng có địa danh",
    title_en="The date line names the place",
)
def place_present(ctx: Context) -> Iterator[Hit]:
    found = _line(ctx)
    if not (found.place or "").strip():
        yield Hit(message="Thiếu địa danh trước ngày tháng ban hành",
                  message_en="The place name is missing before the date", path="issue_line.place",
                  line=_line_number(found), observed=found.raw,
                  expected="<Địa danh>, " + found.canonical())


# ----------------------------------------------------------------- the place


def _after_reform(ctx: Context) -> None:
    """NotEvaluated unless the document is dated (even partly) from 1 July 2025."""
    date = _line(ctx).date
    if date.year is None:
        raise NotEvaluated("the year of issue is blank: the post-2025 unit list may not apply")
    if date.year < _REFORM.year or (
        date.year == _REFORM.year and date.month is not None and date.month < _REFORM.month
    ):
        raise NotEvaluated("dated before 1 July 2025: the unit list has no pre-reform data")
    if date.year == _REFORM.year and date.month is None:
        raise NotEvaluated("the month is blank: cannot tell whether dated from 1 July 2025")


_CITY_ABBREVIATION = re.compile(r"^(?:TP|Tp|tp)\s*\.?\s*(?=\S)")
_HCM = re.compile(r"^(?:thành phố\s*)?(?:hcm|hồ chí minh)$", re.IGNORECASE)


def _resolve(name: str) -> list[_places.Place]:
    """The units a written place name can denote ("TP. Hồ Chí Minh", "TP.HCM" included)."""
    text = _CITY_ABBREVIATION.sub("Thành phố ", squash(name))
    if _HCM.match(text):
        text = "Thành phố Hồ Chí Minh"
    return _places.find(text)


_ARMED = re.compile(
    r"CÔNG AN|QUÂN SỰ|QUỐC PHÒNG|BIÊN PHÒNG|QUÂN KHU|QUÂN ĐOÀN|QUÂN ĐỘI|BỘ ĐỘI|CẢNH SÁT|HẢI QUÂN"
)
_PROVINCE_IN_NAME = re.compile(r"\b(?:TỈNH|THÀNH PHỐ)\s+(.+)$")


def _chain(body: Organization) -> list[Organization]:
    result: list[Organization] = []
    current: Organization | None = body
    while current is not None and len(result) < 8:
        result.append(current)
        current = current.parent
    return result


def _expected_units(body: Organization, observed: list[_places.Place]) -> list[_places.Place]:
    """The units whose name the issuer's date line should carry; NotEvaluated when unknown."""
    chain = _chain(body)
    names = [(item.name or "").upper() for item in chain]
    if any(_ARMED.search(name) for name in names):
        raise NotApplicable("armed forces: the Ministries of Public Security and Defence decide")
    if body.kind in (BodyKind.PARTY, BodyKind.ENTERPRISE):
        raise NotApplicable("not a state body (the rule names state bodies)")
    seat = (body.seat or "").strip()
    if body.level is Level.CENTRAL:
        if seat:
            return _places.find(seat, level=Level.PROVINCE)
        capital = _places.find("Hà Nội", level=Level.PROVINCE)
        if body.parent is None or set(capital) & set(observed):
            return capital  # ministries and the Government sit in Hà Nội
        raise NotEvaluated("the seat of this central body is unknown")
    if body.level is Level.PROVINCE:
        if not seat:
            raise NotEvaluated("the issuer's seat is unknown")
        return _places.find(seat, level=Level.PROVINCE)
    if body.level is Level.COMMUNE:
        if not seat:
            raise NotEvaluated("the issuer's seat is unknown")
        units = _places.find(seat, level=Level.COMMUNE)
        provinces: set[str] = set()
        for name in names:
            match = _PROVINCE_IN_NAME.search(name)
            if match is not None:
                provinces.update(p.province for p in _places.find(match.group(1).strip(),
                                                                  level=Level.PROVINCE))
        narrowed = [unit for unit in units if unit.province in provinces]
        return narrowed or units
    raise NotEvaluated("the issuer's level (central, province, commune) is unknown")


@rule(
    "issue_line.place",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source=_PLACE_SOURCE,
    title="Địa danh là đơn vị hành chính nơi cơ quan ban hành đóng trụ sở",
    title_en="The place is the unit where the issuer has its seat",
    effective_from=_REFORM,
)
def place(ctx: Context) -> Iterator[Hit]:
    """Central bodies: the city of their seat; provincial bodies and departments: the province;
    commune bodies: the commune.  A warning, not an error, when the issuer was inferred."""
    found = _line(ctx)
    if not (found.place or "").strip():
        raise NotApplicable("no place name")
    body = ctx.document.issuer
    if body is None:
        raise NotEvaluated("no issuer: its seat is unknown")
    _after_reform(ctx)
    observed = _resolve(found.place or "")
    expected = _expected_units(body, observed)
    if not expected:
        raise NotEvaluated(f"the issuer's seat {body.seat!r} is not a unit of the post-2025 list")
    if set(expected) & set(observed):
        return
    written = sorted({_places.place_name(unit) for unit in expected})
    shown = " / ".join(written)
    yield Hit(message=f"Địa danh “{found.place}” không phải nơi cơ quan ban hành đóng trụ sở "
                      f"(phải là “{shown}”)",
              message_en=f"The place '{found.place}' is not where the issuer has its seat "
                         f"('{shown}')",
              path="issue_line.place", line=_line_number(found), observed=found.place,
              expected=shown, severity=Severity.WARNING if body.inferred else None)


@rule(
    "issue_line.place-full-name",
    component=Component.ISSUE_LINE,
    severity=Severity.ERROR,
    source=_PLACE_SOURCE,
    title="Đơn vị đặt theo tên người, chữ số ghi tên đầy đủ",
    title_en="A unit named after a person or a number is written in full",
    effective_from=_REFORM,
)
def place_full_name(ctx: Context) -> Iterator[Hit]:
    found = _line(ctx)
    written = squash(found.place or "")
    if not written:
        raise NotApplicable("no place name")
    _after_reform(ctx)
    units = _resolve(written)
    full = {_places.place_name(unit) for unit in units}
    if len(full) != 1:
        raise NotApplicable("the place is not one known unit")
    (name,) = full
    if fold(name) == fold(units[0].bare_name) or fold(written) == fold(name):
        return
    yield Hit(message=f"Địa danh phải ghi đầy đủ “{name}”, không viết “{written}”",
              message_en=f"Write the place in full, '{name}', not '{written}'",
              path="issue_line.place", line=_line_number(found), observed=written,
              expected=name)
