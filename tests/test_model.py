"""Tests of vnplan.model: shapes, canonical forms, content_of."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.model import (
    ArchiveLine,
    AuthorityMark,
    AuthorityStep,
    Body,
    Division,
    DivisionKind,
    Document,
    IssueLine,
    Join,
    JoinKind,
    Paragraph,
    PartialDate,
    Recipients,
    Signature,
    Source,
    Title,
    content_of,
    format_date,
)
from vnplan.model.issue_line import format_day, format_month


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (PartialDate(year=2026, month=2, day=5), "ngày 05 tháng 02 năm 2026"),
        (PartialDate(year=2026, month=1, day=31), "ngày 31 tháng 01 năm 2026"),
        (PartialDate(year=2026, month=4, day=21), "ngày 21 tháng 4 năm 2026"),
        (PartialDate(year=2019, month=6, day=29), "ngày 29 tháng 6 năm 2019"),
        (PartialDate(year=2026, month=12, day=9), "ngày 09 tháng 12 năm 2026"),
        (PartialDate(year=2026, month=4), "ngày tháng 4 năm 2026"),
        (PartialDate(year=2026), "ngày tháng năm 2026"),
    ],
)
def test_the_decree_date_form(date: PartialDate, expected: str) -> None:
    """Phụ lục I, mục II.4: zeros before days 1–9 and months 1–2 only."""
    assert format_date(date) == expected


@given(st.integers(min_value=1, max_value=12))
def test_months_three_to_twelve_take_no_zero(month: int) -> None:
    assert format_month(month).startswith("0") == (month in (1, 2))


@given(st.integers(min_value=1, max_value=31))
def test_days_below_ten_take_a_zero(day: int) -> None:
    assert len(format_day(day)) == 2


def test_issue_line_canonical_with_place() -> None:
    line = IssueLine(place="Thành phố Hồ Chí Minh", date=PartialDate(year=2019, month=6, day=29))
    assert line.canonical() == "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"


def test_partial_date_to_date() -> None:
    assert PartialDate(year=2026, month=2, day=29).to_date() is None
    assert PartialDate(year=2026, month=4).to_date() is None
    complete = PartialDate(year=2024, month=2, day=29)
    assert complete.is_complete
    assert complete.to_date() is not None
    assert PartialDate.from_date(complete.to_date()) == complete  # type: ignore[arg-type]


def test_values_are_frozen_and_keyword_only() -> None:
    title = Title(text="KẾ HOẠCH")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        title.text = "QUYẾT ĐỊNH"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Title("KẾ HOẠCH")  # type: ignore[misc]


def test_source_does_not_take_part_in_equality() -> None:
    a = Paragraph.of("Nội dung", bold=False)
    b = attrs.evolve(a, source=Source(line=3, joins=(Join(offset=2, kind=JoinKind.PAGE_BREAK),)))
    assert a == b


def test_raw_takes_part_in_equality_but_not_in_content() -> None:
    read = Document(
        doctype="KH",
        title=Title(text="KẾ HOẠCH", raw="**KẾ HOẠCH**"),
        recipients=Recipients(archive=ArchiveLine(holders=("VT", "VHXH"), raw="- Lưu VT, VHXH.")),
    )
    built = Document(
        doctype="KH",
        title=Title(text="KẾ HOẠCH"),
        recipients=Recipients(archive=ArchiveLine(holders=("VT", "VHXH"))),
    )
    assert read != built
    assert content_of(read) == built
    assert content_of(content_of(read)) == content_of(read)


def test_content_of_reaches_nested_attachments_and_body() -> None:
    inner = Document(
        doctype="KH",
        body=Body(
            children=(
                Division(
                    kind=DivisionKind.SECTION,
                    label="I",
                    marker="I.",
                    raw="I. MỤC ĐÍCH",
                    heading=Paragraph(runs=(vnplan.Run(text="MỤC ĐÍCH"),), raw="I. MỤC ĐÍCH"),
                ),
            )
        ),
    )
    outer = Document(doctype="QĐ", attachments=(inner,))
    cleared = content_of(outer)
    division = cleared.attachments[0].body.children[0]
    assert isinstance(division, Division)
    assert division.raw is None
    assert division.heading is not None and division.heading.raw is None


def test_signature_chain() -> None:
    signature = Signature(
        authority=(
            AuthorityStep(mark=AuthorityMark.TM, title="ỦY BAN NHÂN DÂN"),
            AuthorityStep(mark=AuthorityMark.KT, title="CHỦ TỊCH"),
            AuthorityStep(title="PHÓ CHỦ TỊCH"),
        ),
        signer="Nguyễn Bá Tiến",
    )
    assert signature.position == "PHÓ CHỦ TỊCH"
    assert next(s.canonical() for s in signature.authority) == "TM. ỦY BAN NHÂN DÂN"
    assert Signature().position is None


def test_archive_line_canonical_forms() -> None:
    assert ArchiveLine(holders=("VT", "HC"), copies=2).canonical() == "Lưu: VT, HC (2)."
    line = ArchiveLine(holders=("VT", "PL"), drafter="PL", issued_copies=300)
    assert line.canonical() == "Lưu: VT, PL. PL.(300)"


def test_body_walk_is_depth_first_in_document_order() -> None:
    body = Body(
        children=(
            Division(
                kind=DivisionKind.SECTION,
                label="I",
                heading=Paragraph.of("A"),
                children=(
                    Division(kind=DivisionKind.ITEM, label="1", heading=Paragraph.of("B")),
                    Paragraph.of("C"),
                ),
            ),
            Paragraph.of("D"),
        )
    )
    assert [p.text for p in body.paragraphs()] == ["A", "B", "C", "D"]
    assert [d.label for d in body.divisions()] == ["I", "1"]


def test_public_names_are_exported_lazily() -> None:
    for name in vnplan.__all__:
        assert getattr(vnplan, name) is not None
    with pytest.raises(AttributeError):
        vnplan.NoSuchThing  # noqa: B018
