"""The place and date line (địa danh và thời gian ban hành), with partial dates.

Decree 30, Phụ lục I, Phần I, mục II.4: "<Place>, ngày DD tháng MM năm YYYY",
days 1–9 and months 1–2 written with a leading zero, months 3–12 without.  A
draft leaves the day, or day and month, blank until the clerk registers the
document ("Thiệu Trung, ngày tháng năm 2026"), so every part of the date may be
``None``.  The canonical line is written here, once, by hand: babel has no
pattern for "zero before months 1 and 2 only".

>>> line = IssueLine(place="Phú Lợi", date=PartialDate(year=2026, month=2, day=5))
>>> line.canonical()
'Phú Lợi, ngày 05 tháng 02 năm 2026'
>>> IssueLine(place="Yên Nghĩa", date=PartialDate(year=2026, month=4)).canonical()
'Yên Nghĩa, ngày tháng 4 năm 2026'
>>> format_date(PartialDate(year=2026, month=4, day=21))
'ngày 21 tháng 4 năm 2026'
"""

from __future__ import annotations

import datetime as _dt

import attrs

from vnplan.source import Source

__all__ = ["IssueLine", "PartialDate", "format_date", "format_day", "format_month"]


@attrs.frozen(kw_only=True)
class PartialDate:
    """A calendar date any part of which may be unknown or blank.

    No calendar check is made here (a draft may say "ngày 31 tháng 4"): the
    rules report impossible dates; :meth:`to_date` returns ``None`` for them.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def is_complete(self) -> bool:
        """Whether year, month and day are all present."""
        return self.year is not None and self.month is not None and self.day is not None

    def to_date(self) -> _dt.date | None:
        """The :class:`datetime.date`, or ``None`` when incomplete or not a real date.

        >>> PartialDate(year=2026, month=2, day=30).to_date() is None
        True
        """
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """The complete partial date of a :class:`datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)


def format_day(day: int | None) -> str:
    """The day as the date line writes it: zero before 1–9, blank when unknown."""
    return "" if day is None else f"{day:02d}" if 0 <= day < 10 else str(day)


def format_month(month: int | None) -> str:
    """The month as the date line writes it: zero before 1 and 2 only, blank when unknown."""
    return "" if month is None else f"{month:02d}" if month in (1, 2) else str(month)


def format_date(date: PartialDate) -> str:
    """The decree's long date form; blank parts leave the words standing alone.

    >>> format_date(PartialDate(year=2026))
    'ngày tháng năm 2026'
    """
    year = "" if date.year is None else str(date.year)
    parts = ["ngày", format_day(date.day), "tháng", format_month(date.month), "năm", year]
    return " ".join(part for part in parts if part)


@attrs.frozen(kw_only=True)
class IssueLine:
    """Place name and date of issue; ``raw`` is the line as printed."""

    place: str | None = None
    date: PartialDate = PartialDate()
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    def canonical(self) -> str:
        """The line as the decree prescribes it for these parts."""
        date = format_date(self.date)
        return f"{self.place}, {date}" if self.place else date
