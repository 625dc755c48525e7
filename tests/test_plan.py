"""Tests of vnplan.doctypes.plan: the heading table, typed access, the builder and the laws.

The seeds' bodies are built by hand below from short paraphrases (there is no
text reader yet); the exact headings, unit names and counts are checked against
the seed files in ``../shared/seeds`` at run time.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnplan import number
from vnplan.doctypes.plan import (
    ASSIGNMENTS,
    HEADING_VARIANTS,
    OTHER,
    STANDARD_SKELETON,
    Assignment,
    DivisionForm,
    OutlineSection,
    OutlineSlot,
    Plan,
    Schedule,
    block_text,
    bullet,
    section_keys,
)
from vnplan.model import (
    Abstract,
    Block,
    Body,
    Division,
    DivisionKind,
    Document,
    IssueLine,
    Organization,
    Paragraph,
    PartialDate,
    Run,
    Table,
    TableCell,
    TableRow,
    Title,
)

SECTION = DivisionKind.SECTION
ITEM = DivisionKind.ITEM
POINT = DivisionKind.POINT
LABELLED = DivisionKind.LABELLED
BULLET = DivisionKind.BULLET


# ------------------------------------------------------------------------------------------------
# Small builders for hand-made bodies
# ------------------------------------------------------------------------------------------------


def div(kind: DivisionKind, label: str | None, heading: str, *children: Block) -> Division:
    marker = {SECTION: f"{label}.", ITEM: f"{label}.", POINT: f"{label})"}.get(kind, label)
    return Division(
        kind=kind,
        label=label,
        marker=marker,
        heading=Paragraph.of(heading, bold=kind is not BULLET),
        children=children,
    )


def sec(label: str, heading: str, *children: Block) -> Division:
    return div(SECTION, label, heading, *children)


def item(label: str, heading: str, *children: Block) -> Division:
    return div(ITEM, label, heading, *children)


def point(label: str, heading: str, *children: Block) -> Division:
    return div(POINT, label, heading, *children)


def labelled(heading: str, *children: Block) -> Division:
    return div(LABELLED, "*", heading, *children)


def plus(text: str) -> Division:
    return Division(kind=BULLET, label="+", marker="+", heading=Paragraph.of(text))


def para(text: str) -> Paragraph:
    return Paragraph.of(text)


# ------------------------------------------------------------------------------------------------
# The heading table
# ------------------------------------------------------------------------------------------------

PR = ("purposes", "requirements")
TO_CHUC = (ASSIGNMENTS, "implementation")


@pytest.mark.parametrize(
    ("heading", "keys"),
    [
        ("MỤC ĐÍCH, YÊU CẦU", PR),
        ("MỤC ĐÍCH VÀ YÊU CẦU", PR),
        ("Mục đích", ("purposes",)),
        ("Mục đích:", ("purposes",)),
        ("Yêu cầu", ("requirements",)),
        ("NỘI DUNG", ("contents",)),
        ("NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP", ("contents",)),
        ("NỘI DUNG THỰC HIỆN", ("contents",)),
        ("NHIỆM VỤ CỤ THỂ", ("contents",)),
        ("NHIỆM VỤ, GIẢI PHÁP", ("contents",)),
        ("NHIỆM VỤ VÀ GIẢI PHÁP", ("contents",)),
        ("NHIỆM VỤ TRỌNG TÂM", ("contents",)),
        ("CÁC GIẢI PHÁP THỰC HIỆN", ("contents",)),
        ("NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN", ("contents",)),
        ("CHỦ ĐỀ, KHẨU HIỆU VÀ NỘI DUNG", ("themes", "slogans", "contents")),
        ("Chủ đề và khẩu hiệu tuyên truyền", ("themes", "slogans")),
        ("*** Chủ đề và khẩu hiệu tuyên truyền:**", ("themes", "slogans")),
        ("Chủ đề", ("themes",)),
        ("Chủ đề:", ("themes",)),
        ("Khẩu hiệu", ("slogans",)),
        ("HÌNH THỨC TỔ CHỨC", ("forms",)),
        ("*** Hình thức tổ chức**", ("forms",)),
        ("THỜI GIAN THỰC HIỆN", ("schedule",)),
        ("Thời gian thực hiện:**", ("schedule",)),
        ("** Thời gian tổ chức**", ("schedule",)),
        ("TIẾN ĐỘ THỰC HIỆN", ("schedule",)),
        ("THỜI GIAN, ĐỊA ĐIỂM", ("schedule",)),
        ("KINH PHÍ", ("budget",)),
        ("KINH PHÍ THỰC HIỆN", ("budget",)),
        ("TỔ CHỨC THỰC HIỆN", TO_CHUC),
        ("Tổ  chức thực  hiện ", TO_CHUC),
        ("TỔ CHỨC THỰC HIỆN  ", TO_CHUC),
    ],
)
def test_heading_variants_map_to_their_fields(heading: str, keys: tuple[str, ...]) -> None:
    assert section_keys(heading) == keys
    assert section_keys(Paragraph.of(heading)) == keys


@pytest.mark.parametrize(
    "heading",
    [
        "CHẾ ĐỘ BÁO CÁO",
        "MỤC TIÊU GIAI ĐOẠN 2026-2030",
        "Nội dung kiểm tra",
        "Thời gian kiểm tra: 13h30’ ngày 29/4/2026 (Thứ Tư).",
        "Phòng Văn hóa - Xã hội",
        "",
    ],
)
def test_other_headings_are_not_recognised(heading: str) -> None:
    assert section_keys(heading) is None


def test_section_keys_of_nothing_is_none() -> None:
    assert section_keys(None) is None


def test_the_table_has_one_entry_per_folded_variant() -> None:
    from vnplan.text import fold

    folded = [fold(variant) for variant, _ in HEADING_VARIANTS]
    assert len(folded) == len(set(folded))


def test_the_standard_skeleton_writes_only_headings_of_the_table() -> None:
    for heading, members in STANDARD_SKELETON:
        keys = section_keys(heading)
        assert keys is not None
        assert {key for _, key in members} <= set(keys)
        for text, key in members:
            if text is not None:
                assert section_keys(text) == (key,)


_ROMAN_LINE = re.compile(r"^\s*\**\s*([IVX]+)\.\s+(.+?)\s*$")
_UNRECOGNISED_IN_CORPUS = {"CHẾ ĐỘ BÁO CÁO", "MỤC TIÊU GIAI ĐOẠN 2026-2030"}


@pytest.mark.shared
@pytest.mark.parametrize("prefix", ["02", "03", "05", "07", "11"])
def test_the_corpus_plans_sections_are_in_the_table(prefix: str) -> None:
    """Every Roman-numbered heading of the corpus plans (before "Nơi nhận") is known."""
    from conftest import shared_path

    folder = shared_path("corpus")
    (path,) = folder.glob(f"{prefix}_kehoach_*.txt")
    text = path.read_text(encoding="utf-8").split("Nơi nhận")[0]
    headings = [m.group(2) for line in text.splitlines() if (m := _ROMAN_LINE.match(line))]
    assert len(headings) >= 3
    unknown = {h for h in headings if section_keys(h) is None}
    assert unknown <= _UNRECOGNISED_IN_CORPUS


# ------------------------------------------------------------------------------------------------
# Schedule
# ------------------------------------------------------------------------------------------------


def pd(day: int | None, month: int | None, year: int | None) -> PartialDate:
    return PartialDate(year=year, month=month, day=day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Từ ngày 20/4/2026 đến hết ngày Khoa học và Công nghệ (18/5/2026).",
            pd(20, 4, 2026),
            pd(18, 5, 2026),
        ),
        ("Từ ngày ban hành Kế hoạch đến hết ngày 19/5/2026.", None, pd(19, 5, 2026)),
        ("từ ngày 20/4 đến ngày 18/5/2026", pd(20, 4, 2026), pd(18, 5, 2026)),
        (
            "Thời gian hoàn thành: tháng 11/2025 đến tháng 4/2026;",
            pd(None, 11, 2025),
            pd(None, 4, 2026),
        ),
        ("Ngày 21 tháng 4 năm 2026.", pd(21, 4, 2026), pd(21, 4, 2026)),
        ("Từ ngày 06/7/2026.", pd(6, 7, 2026), None),
        ("Hoàn thành trước ngày 30/6/2026.", None, pd(30, 6, 2026)),
        ("20/4/2026 - 18/5/2026", pd(20, 4, 2026), pd(18, 5, 2026)),
        ("Trong năm 2026.", pd(None, None, 2026), pd(None, None, 2026)),
        ("Thường xuyên.", None, None),
        ("", None, None),
    ],
)
def test_schedule_reads_its_dates(
    text: str, start: PartialDate | None, end: PartialDate | None
) -> None:
    schedule = Schedule.of(text)
    assert (schedule.start, schedule.end) == (start, end)


def test_schedule_reads_dates_in_nested_blocks() -> None:
    first = bullet("Bắt đầu:", para("Từ ngày 01/6/2026"))
    schedule = Schedule(blocks=(first, para("đến 30/6/2026")))
    assert schedule.start == pd(1, 6, 2026)
    assert schedule.end == pd(30, 6, 2026)


full_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
partial_dates = st.one_of(
    full_dates.map(PartialDate.from_date),
    st.builds(
        PartialDate,
        year=st.integers(1990, 2100),
        month=st.integers(1, 12),
    ),
    st.builds(PartialDate, year=st.integers(1990, 2100)),
)


@settings(max_examples=60)
@given(start=st.none() | partial_dates | full_dates, end=st.none() | partial_dates)
def test_schedule_between_reads_back(
    start: PartialDate | dt.date | None, end: PartialDate | None
) -> None:
    schedule = Schedule.between(start, end)
    expected_start = PartialDate.from_date(start) if isinstance(start, dt.date) else start
    if expected_start is None and end is None:
        assert schedule.blocks == ()
    assert schedule.start == expected_start
    assert schedule.end == end


# ------------------------------------------------------------------------------------------------
# Assignments, themes, builders
# ------------------------------------------------------------------------------------------------


def test_assignment_unit_and_tasks() -> None:
    a = Assignment.of("Phòng Văn hóa - Xã hội", tasks=["Chủ trì tham mưu.", bullet("Tổng hợp;")])
    assert a.unit == "Phòng Văn hóa - Xã hội"
    assert a.task_texts == ("Chủ trì tham mưu", "Tổng hợp")
    assert a.heading.runs[0].bold
    run_in = Assignment(heading=Paragraph.of("**Phòng Quản lý Công nghiệp:** Là đầu mối."))
    assert run_in.unit == "Phòng Quản lý Công nghiệp"
    assert run_in.task_texts == ("Là đầu mối",)
    assert Plan.build(purposes=["Theo **mẫu** tại Phụ lục (*)."]).purpose_texts == (
        "Theo mẫu tại Phụ lục (*)",
    )
    trailing = Assignment(heading=Paragraph.of("Các Sở, ban, ngành; UBND các xã:"))
    assert trailing.unit == "Các Sở, ban, ngành; UBND các xã"
    assert trailing.task_texts == ()


def test_theme_texts_strip_quotes_markers_and_skip_notes() -> None:
    plan = Plan(
        themes=(
            bullet("Ngày Sáng tạo (21/4)", plus("*“Hành động đột phá”*."), plus("“Lan tỏa”.")),
            bullet("Ngày Sở hữu trí tuệ (26/4): *“Sẵn sàng - Bắt đầu”*."),
            para("Các đơn vị chủ động xây dựng thêm chủ đề phù hợp."),
            bullet("Chủ đề không ngoặc kép;"),
        ),
        slogans=(para('"Nhiệt liệt chào mừng"'), para("«Chào mừng 18/5»")),
    )
    assert plan.theme_texts == (
        "Hành động đột phá",
        "Lan tỏa",
        "Sẵn sàng - Bắt đầu",
        "Chủ đề không ngoặc kép",
    )
    assert plan.slogan_texts == ("Nhiệt liệt chào mừng", "Chào mừng 18/5")


def test_build_makes_blocks_from_strings() -> None:
    opening = "Thực hiện Kế hoạch số 1/KH-UBND, UBND xã ban hành Kế hoạch như sau:"
    plan = Plan.build(
        opening=opening,
        purposes=["Hưởng ứng.", "Lan tỏa;"],
        requirements=["Thiết thực."],
        themes=["Đổi mới", "“Đã có ngoặc”"],
        contents=["Tuyên truyền."],
        forms=["Treo băng rôn."],
        schedule="Từ ngày 20/4/2026 đến ngày 18/5/2026.",
        budget=["Ngân sách xã."],
        implementation="Các đơn vị báo cáo kết quả.",
        assignments=[Assignment.of("Công an xã", tasks=["Bảo đảm an ninh."])],
        closing="Trên đây là Kế hoạch./.",
    )
    assert plan.purpose_texts == ("Hưởng ứng", "Lan tỏa")
    assert plan.requirement_texts == ("Thiết thực",)
    assert plan.theme_texts == ("Đổi mới", "Đã có ngoặc")
    assert plan.content_texts == ("Tuyên truyền",)
    assert plan.form_texts == ("Treo băng rôn",)
    assert plan.budget_texts == ("Ngân sách xã",)
    assert plan.units == ("Công an xã",)
    assert plan.schedule.end == pd(18, 5, 2026)
    assert plan.opening == (para(opening),)
    assert plan.closing == (para("Trên đây là Kế hoạch./."),)
    assert plan.implementation == (para("Các đơn vị báo cáo kết quả."),)
    assert plan.outline == ()


def _headings(blocks: tuple[Block, ...]) -> list[str]:
    out = []
    for block in blocks:
        if isinstance(block, Division) and block.kind is not BULLET:
            assert block.heading is not None
            out.append(f"{block.marker} {block.heading.text}")
    return out


def test_to_document_writes_the_standard_skeleton() -> None:
    plan = Plan.build(
        opening="Thực hiện …, UBND xã ban hành Kế hoạch như sau:",
        purposes=["Hưởng ứng."],
        requirements=["Thiết thực."],
        slogans=["Chào mừng"],
        contents=["Tuyên truyền."],
        forms=["Treo băng rôn."],
        schedule=Schedule.between(dt.date(2026, 4, 20), dt.date(2026, 5, 18)),
        budget="Ngân sách xã.",
        implementation="Các đơn vị báo cáo.",
        assignments=[Assignment.of("Phòng Kinh tế"), Assignment.of("Công an xã")],
        closing="Trên đây là Kế hoạch./.",
    )
    doc = plan.to_document()
    assert doc.doctype == "KH"
    assert doc.title == Title(text="KẾ HOẠCH")
    top = doc.body.children
    assert isinstance(top[0], Paragraph) and isinstance(top[-1], Paragraph)
    assert _headings(top) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. CHỦ ĐỀ, KHẨU HIỆU",
        "III. NỘI DUNG",
        "IV. HÌNH THỨC TỔ CHỨC",
        "V. THỜI GIAN THỰC HIỆN",
        "VI. KINH PHÍ",
        "VII. TỔ CHỨC THỰC HIỆN",
    ]
    first, second, *_, last = (b for b in top if isinstance(b, Division))
    assert _headings(first.children) == ["1. Mục đích", "2. Yêu cầu"]
    assert _headings(second.children) == ["1. Khẩu hiệu"]
    assert isinstance(last.children[0], Paragraph)
    assert _headings(last.children) == ["1. Phòng Kinh tế", "2. Công an xã"]
    assert Plan.from_document(doc) == plan


def test_only_non_empty_sections_appear_and_are_renumbered() -> None:
    plan = Plan.build(requirements=["Thiết thực."], assignments=[Assignment.of("Phòng Kinh tế")])
    top = plan.to_document().body.children
    assert _headings(top) == ["I. MỤC ĐÍCH, YÊU CẦU", "II. TỔ CHỨC THỰC HIỆN"]
    assert isinstance(top[0], Division)
    assert _headings(top[0].children) == ["1. Yêu cầu"]
    assert Plan().to_document().body == Body()


def test_to_document_takes_the_envelope_and_overrides() -> None:
    envelope = Document(
        doctype="KH",
        national=None,
        issuer=Organization(name="ỦY BAN NHÂN DÂN XÃ THIỆU TRUNG"),
        number=number.parse("Số: /KH- UBND"),
        title=Title(text="KẾ HOẠCH", raw="KẾ HOẠCH"),
        abstract=Abstract(text="Tổ chức tuyên truyền năm 2026"),
        body=Body(children=(para("cũ"),)),
    )
    plan = Plan.build(contents=["Tuyên truyền."])
    doc = plan.to_document(envelope, issue_line=IssueLine(place="Thiệu Trung"))
    assert doc.body == plan.to_body()
    assert doc.issue_line == IssueLine(place="Thiệu Trung")
    assert attrs.evolve(doc, body=envelope.body, issue_line=None) == envelope
    untitled = plan.to_document(Document(doctype="KH"))
    assert untitled.title is None  # the envelope is taken as it is
    assert plan.to_document(title=Title(text="KẾ HOẠCH", raw="KẾ  HOẠCH")).title is not None
    with pytest.raises(TypeError):
        plan.to_document(body=Body())


# ------------------------------------------------------------------------------------------------
# The seeds, built by hand (short paraphrases; headings and units as in the seeds)
# ------------------------------------------------------------------------------------------------

THIEU_TRUNG_UNITS = (
    "Phòng Văn hóa - Xã hội",
    "Văn phòng HĐND – UBND",
    "Phòng Kinh tế",
    "Trung tâm Phục vụ hành chính công",
    "Trung tâm Cung ứng dịch vụ công",
    "Tổ công nghệ số cộng đồng các thôn",
)
THIEU_TRUNG_SCHEDULE = "Từ ngày 20/4/2026 đến hết ngày Khoa học và Công nghệ (18/5/2026)."

YEN_NGHIA_UNITS = (
    "Phòng Văn hóa - Xã hội phường",
    "Văn phòng HĐND & UBND phường",
    "Phòng Kinh tế - Hạ tầng và Đô thị phường",
    "Công an phường",
    "Trạm y tế, các trường học đóng trên địa bàn phường",
    "Trung tâm Văn hoá, Thông tin và Thể thao phường",
    "Tổ chức đổi số cộng đồng các tổ dân phố",
    "Đề nghị UBNDTTQ Việt Nam phường; các tổ chức chính trị - xã hội phường",
)
YEN_NGHIA_SCHEDULE = "Từ ngày ban hành Kế hoạch đến hết ngày 19/5/2026."


def bullets(*texts: str) -> tuple[Division, ...]:
    return tuple(bullet(text) for text in texts)


def thieu_trung_body() -> Body:
    units = [
        item(str(n), unit, *bullets(f"Nhiệm vụ {n}.1.", f"Nhiệm vụ {n}.2."))
        for n, unit in enumerate(THIEU_TRUNG_UNITS, start=1)
    ]
    return Body(
        children=(
            para(
                "Thực hiện kế hoạch số 178/KH-UBND ngày 19/4/2026 của Sở Khoa học và Công nghệ "
                "tỉnh, UBND xã Thiệu Trung xây dựng Kế hoạch với các nội dung sau:"
            ),
            sec(
                "I",
                "MỤC ĐÍCH, YÊU CẦU",
                item("1", "Mục đích:", *bullets("Hưởng ứng.", "Thúc đẩy cơ chế.", "Kết nối.")),
                item("2", "Yêu cầu:", para("Thiết thực, hiệu quả, tiết kiệm.")),
            ),
            sec(
                "II",
                "NỘI DUNG",
                *bullets("Tuyên truyền.", "Phổ biến.", "Phát động.", "Biểu dương.", "Xây dựng"),
                labelled(
                    "** Chủ đề và khẩu hiệu tuyên truyền:**",
                    point(
                        "a",
                        "Chủ đề:",
                        bullet("“Đổi mới sáng tạo - Hành động đột phá”."),
                        bullet("“Đổi mới sáng tạo - Chuyển đổi nhanh hơn”."),
                    ),
                    point("b", "Khẩu hiệu:", para("“Nhiệt liệt chào mừng - 21/4/2026”.")),
                    para("Các phòng, đơn vị chủ động xây dựng thêm chủ đề, khẩu hiệu."),
                ),
                labelled("** Hình thức tổ chức**", *bullets("Treo băng rôn.", "Hội nghị.")),
                labelled("** Thời gian thực hiện:**", para(THIEU_TRUNG_SCHEDULE)),
            ),
            sec("III", "TỔ CHỨC THỰC HIỆN", *units),
            para("Trên đây là Kế hoạch tuyên truyền năm 2026, đề nghị các đơn vị triển khai./."),
        )
    )


def yen_nghia_body() -> Body:
    tasks = (3, 0, 0, 2, 2, 2, 4, 4)
    units = []
    for n, (unit, count) in enumerate(zip(YEN_NGHIA_UNITS, tasks, strict=True), start=1):
        children: tuple[Block, ...] = (
            bullets(*(f"Nhiệm vụ {n}.{k}." for k in range(1, count + 1)))
            if count
            else (para(f"Phối hợp thực hiện nhiệm vụ {n}."),)
        )
        units.append(item(str(n), unit, *children))
    return Body(
        children=(
            para(
                "Thực hiện công văn số 2374/SKH-CN-ĐMST&SHTT ngày 20/4/2026 của Sở Khoa học và "
                "Công nghệ Hà Nội; UBND phường Yên Nghĩa xây dựng kế hoạch, cụ thể như sau:"
            ),
            sec(
                "I",
                "MỤC ĐÍCH VÀ YÊU CẦU",
                item("1", "Mục đích", *bullets("Hưởng ứng.", "Thúc đẩy.", "Kết nối.", "Nâng cao.")),
                item("2", "Yêu cầu", *bullets("Thiết thực.", "Chuyển đổi số.")),
            ),
            sec(
                "II",
                "CHỦ ĐỀ, KHẨU HIỆU VÀ NỘI DUNG",
                item(
                    "1",
                    "Chủ đề",
                    bullet(
                        "Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4)",
                        plus("*“Đổi mới sáng tạo - Hành động đột phá”*."),
                        plus("*“Đổi mới sáng tạo - Chuyển đổi nhanh hơn”*."),
                    ),
                    bullet("Ngày Sở hữu trí tuệ thế giới (26/4): *“Sở hữu trí tuệ và Thể thao”*."),
                    bullet("Ngày Khoa học và Công nghệ Việt Nam (18/5): *“Khoa học, công nghệ”*."),
                ),
                item(
                    "2",
                    "Khẩu hiệu",
                    *bullets(
                        "*“Nhiệt liệt chào mừng Ngày Sáng tạo - 21/4/2026”*.",
                        "*“Nhiệt liệt chào mừng Ngày Sở hữu trí tuệ thế giới 26/4”*.",
                        "*“Nhiệt liệt chào mừng ngày Khoa học và Công nghệ Việt Nam 18/5”*.",
                    ),
                ),
                item("3", "Nội dung", *bullets("Tuyên truyền.", "Phổ biến.", "Lan tỏa.")),
            ),
            sec(
                "III",
                "HÌNH THỨC TỔ CHỨC",
                *bullets("Treo băng rôn;", "Truyền thông;", "Tọa đàm;"),
                labelled("** Thời gian tổ chức**", para(YEN_NGHIA_SCHEDULE)),
            ),
            sec("IV", "TỔ CHỨC THỰC HIỆN", *units),
            para("Trên đây là Kế hoạch hưởng ứng năm 2026. Đề nghị các đơn vị thực hiện./."),
        )
    )


def seed_document(body: Body, place: str, month: int | None) -> Document:
    return Document(
        doctype="KH",
        national=None,
        number=number.parse("Số: /KH-UBND"),
        issue_line=IssueLine(place=place, date=PartialDate(year=2026, month=month)),
        title=Title(text="KẾ HOẠCH", raw="KẾ HOẠCH"),
        abstract=Abstract(text="Hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới năm 2026"),
        body=body,
    )


def test_thieu_trung_facts() -> None:
    plan = Plan.from_document(seed_document(thieu_trung_body(), "Thiệu Trung", None))
    assert len(plan.opening) == 1 and len(plan.closing) == 1
    assert len(plan.purposes) == 3 and len(plan.requirements) == 1
    assert len(plan.contents) == 5
    assert len(plan.theme_texts) == 2
    assert plan.theme_texts[0] == "Đổi mới sáng tạo - Hành động đột phá"
    assert len(plan.slogan_texts) == 1
    assert len(plan.forms) == 2
    assert plan.units == THIEU_TRUNG_UNITS
    assert plan.assignments[2].task_texts == ("Nhiệm vụ 3.1", "Nhiệm vụ 3.2")
    assert plan.schedule.start == pd(20, 4, 2026)
    assert plan.schedule.end == pd(18, 5, 2026)
    assert plan.budget == ()
    assert plan.other == ()
    assert plan.outline != ()  # the run-in headings are not the standard skeleton


def test_yen_nghia_facts() -> None:
    plan = Plan.from_document(seed_document(yen_nghia_body(), "Yên Nghĩa", 4))
    assert len(plan.purposes) == 4 and len(plan.requirements) == 2
    assert len(plan.themes) == 3  # three days, each with its theme(s)
    assert len(plan.theme_texts) == 4
    assert len(plan.slogans) == 3 and len(plan.slogan_texts) == 3
    assert plan.slogan_texts[1] == "Nhiệt liệt chào mừng Ngày Sở hữu trí tuệ thế giới 26/4"
    assert len(plan.contents) == 3
    assert len(plan.forms) == 3
    assert plan.units == YEN_NGHIA_UNITS
    assert plan.assignments[1].task_texts == ("Phối hợp thực hiện nhiệm vụ 2",)
    assert plan.schedule.start is None
    assert plan.schedule.end == pd(19, 5, 2026)
    assert plan.budget == ()
    assert plan.other == ()


@pytest.mark.parametrize(
    "doc",
    [
        seed_document(thieu_trung_body(), "Thiệu Trung", None),
        seed_document(yen_nghia_body(), "Yên Nghĩa", 4),
    ],
    ids=["thieu-trung", "yen-nghia"],
)
def test_seed_structures_round_trip(doc: Document) -> None:
    plan = Plan.from_document(doc)
    assert plan.to_document(envelope=doc) == doc
    assert Plan.from_document(plan.to_document()) == plan
    standard = attrs.evolve(plan, outline=())
    assert Plan.from_document(standard.to_document()) == standard


def test_thieu_trung_outline_records_the_run_in_headings() -> None:
    plan = Plan.from_body(thieu_trung_body())
    noi_dung = plan.outline[1]
    assert isinstance(noi_dung, OutlineSection)
    assert noi_dung.keys == ("contents",)
    assert noi_dung.children[0] == OutlineSlot(key="contents", count=5)
    chu_de = noi_dung.children[1]
    assert isinstance(chu_de, OutlineSection)
    assert chu_de.form.kind is LABELLED
    assert chu_de.keys == ("themes", "slogans")
    assert [type(c).__name__ for c in chu_de.children] == [
        "OutlineSection",
        "OutlineSection",
        "OutlineSlot",
    ]
    units = plan.outline[2]
    assert isinstance(units, OutlineSection)
    assert units.children == (
        OutlineSlot(
            key=ASSIGNMENTS,
            count=6,
            forms=tuple(DivisionForm.numbered(ITEM, n) for n in range(1, 7)),
        ),
    )


def _seed_lines(name: str) -> list[str]:
    from conftest import shared_path

    path = shared_path("seeds", name)
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def _numbered_after(lines: list[str], start: str) -> list[str]:
    index = next(i for i, line in enumerate(lines) if line.endswith(start))
    out = []
    for line in lines[index + 1 :]:
        if line.startswith("Trên đây"):
            break
        if m := re.match(r"^(\d+)\.\s+(.+)$", line):
            out.append(m.group(2))
    return out


@pytest.mark.shared
def test_the_hand_built_thieu_trung_agrees_with_its_seed() -> None:
    lines = _seed_lines("ke-hoach-thieu-trung-2026.txt")
    assert tuple(_numbered_after(lines, "TỔ CHỨC THỰC HIỆN")) == THIEU_TRUNG_UNITS
    assert THIEU_TRUNG_SCHEDULE in lines
    headings = [block_text(b) for b in thieu_trung_body().divisions() if b.kind is not BULLET]
    for heading in headings:
        if heading not in THIEU_TRUNG_UNITS:
            bare = heading.strip("* :")
            assert any(bare in line for line in lines), heading
    start = lines.index("a) Chủ đề:")
    end = lines.index("b) Khẩu hiệu:")
    assert sum(line.startswith("- “") for line in lines[start:end]) == 2
    assert not any(section_keys(line.split(". ", 1)[-1]) == ("budget",) for line in lines)


@pytest.mark.shared
def test_the_hand_built_yen_nghia_agrees_with_its_seed() -> None:
    lines = _seed_lines("ke-hoach-yen-nghia-2026.txt")
    assert tuple(_numbered_after(lines, "TỔ CHỨC THỰC HIỆN")) == YEN_NGHIA_UNITS
    assert YEN_NGHIA_SCHEDULE in lines
    start = lines.index("2. Khẩu hiệu")
    end = lines.index("3. Nội dung")
    assert sum(line.startswith("- *“") for line in lines[start:end]) == 3
    start = lines.index("1. Chủ đề")
    assert sum(line.startswith("- ") for line in lines[start:end]) == 3 + 3
    for heading in ("MỤC ĐÍCH VÀ YÊU CẦU", "CHỦ ĐỀ, KHẨU HIỆU VÀ NỘI DUNG", "HÌNH THỨC TỔ CHỨC"):
        assert any(line.endswith(heading) for line in lines)
    assert not any(section_keys(line.split(". ", 1)[-1]) == ("budget",) for line in lines)


# ------------------------------------------------------------------------------------------------
# Unrecognised sections stay in `other`, in place
# ------------------------------------------------------------------------------------------------


def _report_section(label: str) -> Division:
    return sec(label, "CHẾ ĐỘ BÁO CÁO", bullet("Các đơn vị báo cáo trước ngày 10/12."))


def test_an_extra_section_lands_in_other_at_the_end() -> None:
    body = Body(
        children=(
            para("Thực hiện …, UBND tỉnh ban hành Kế hoạch:"),
            sec("I", "MỤC ĐÍCH, YÊU CẦU", item("1", "Mục đích", *bullets("Hưởng ứng."))),
            sec("II", "NHIỆM VỤ, GIẢI PHÁP", item("1", "Công tác tuyên truyền", para("…"))),
            sec("III", "KINH PHÍ THỰC HIỆN", para("Ngân sách nhà nước.")),
            sec("IV", "TỔ CHỨC THỰC HIỆN", item("1", "Sở Công Thương", para("Chủ trì."))),
            _report_section("V"),
            para("Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo./."),
        )
    )
    doc = seed_document(body, "Lào Cai", None)
    plan = Plan.from_document(doc)
    assert plan.other == (_report_section("V"),)
    assert plan.outline[-1] == OutlineSlot(key=OTHER, count=1)
    assert plan.budget_texts == ("Ngân sách nhà nước",)
    assert plan.units == ("Sở Công Thương",)
    assert plan.to_document(envelope=doc) == doc
    assert Plan.from_document(plan.to_document()) == plan


def test_an_extra_section_keeps_its_place_in_the_middle() -> None:
    body = Body(
        children=(
            sec("I", "MỤC ĐÍCH", *bullets("Hưởng ứng.")),
            _report_section("II"),
            para("(Một số nhiệm vụ có Phụ lục kèm theo)"),
            sec("III", "TỔ CHỨC THỰC HIỆN", item("1", "Sở Công Thương")),
        )
    )
    plan = Plan.from_body(body)
    assert plan.other == (_report_section("II"), para("(Một số nhiệm vụ có Phụ lục kèm theo)"))
    assert [type(e).__name__ for e in plan.outline] == [
        "OutlineSection",
        "OutlineSlot",
        "OutlineSection",
    ]
    assert plan.to_body() == body


def test_a_built_plan_with_other_sections_round_trips() -> None:
    plan = Plan.build(purposes=["Hưởng ứng."], other=[_report_section("V")], closing="Hết./.")
    assert _headings(plan.to_body().children) == ["I. MỤC ĐÍCH, YÊU CẦU", "V. CHẾ ĐỘ BÁO CÁO"]
    assert Plan.from_document(plan.to_document()) == plan


def test_a_body_without_sections_is_all_opening() -> None:
    body = Body(children=(para("Một đoạn."), bullet("Một ý.")))
    plan = Plan.from_body(body)
    assert plan == Plan(opening=body.children)
    assert plan.to_body() == body


def test_content_added_after_reading_is_not_dropped() -> None:
    plan = Plan.from_body(thieu_trung_body())
    grown = attrs.evolve(
        plan,
        assignments=(*plan.assignments, Assignment.of("Công an xã")),
        budget=(para("Ngân sách xã."),),
    )
    again = Plan.from_document(grown.to_document())
    assert again.units == (*THIEU_TRUNG_UNITS, "Công an xã")
    assert again.budget == (para("Ngân sách xã."),)
    assert again.themes == plan.themes
    shrunk = attrs.evolve(plan, purposes=plan.purposes[:1], assignments=())
    again = Plan.from_document(shrunk.to_document())
    assert again.purposes == plan.purposes[:1]
    assert again.assignments == ()
    assert again.contents == plan.contents


# ------------------------------------------------------------------------------------------------
# Hypothesis: building blocks, plans, documents
# ------------------------------------------------------------------------------------------------

WORDS = (
    "tuyên truyền",
    "phổ biến",
    "sáng tạo",
    "đơn vị",
    "Nhân dân",
    "kết quả",
    "hội nghị",
    "băng rôn",
    "thôn",
    "chuyển đổi số",
    "mô hình",
    "ngày 20/4/2026",
    "“Đổi mới”",
)
safe_texts = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    st.sampled_from(["", ".", ";", ":", "./."]),
)


@st.composite
def paragraphs(draw: st.DrawFn, texts: st.SearchStrategy[str] = safe_texts) -> Paragraph:
    runs = draw(
        st.lists(
            st.builds(Run, text=texts, bold=st.booleans(), italic=st.booleans()),
            min_size=1,
            max_size=2,
        )
    )
    paragraph = Paragraph(runs=tuple(runs))
    if draw(st.booleans()):
        paragraph = attrs.evolve(paragraph, raw=paragraph.text)
    return paragraph


tables = st.builds(
    lambda cells: Table(rows=(TableRow(cells=tuple(TableCell(paragraphs=(c,)) for c in cells)),)),
    st.lists(paragraphs(), min_size=1, max_size=2),
)


@st.composite
def bullets_of(draw: st.DrawFn, children: st.SearchStrategy[Block] | None = None) -> Division:
    mark = draw(st.sampled_from(["-", "+", "–"]))
    kids: list[Block] = draw(st.lists(children, max_size=2)) if children is not None else []
    return Division(
        kind=BULLET,
        label=mark,
        marker=mark,
        heading=draw(paragraphs()),
        children=tuple(kids),
        raw=draw(st.none() | st.just(f"{mark} raw")),
    )


@st.composite
def numbered(draw: st.DrawFn, children: st.SearchStrategy[Block]) -> Division:
    kind, label, marker = draw(
        st.sampled_from(
            [
                (ITEM, "1", "1."),
                (ITEM, "2.1", "2.1."),
                (POINT, "a", "a)"),
                (POINT, "đ", "đ)"),
                (LABELLED, None, "*"),
                (SECTION, "IX", "IX."),
            ]
        )
    )
    return Division(
        kind=kind,
        label=label,
        marker=marker,
        heading=draw(paragraphs()),
        children=tuple(draw(st.lists(children, max_size=2))),
    )


leaf_blocks: st.SearchStrategy[Block] = st.one_of(paragraphs(), bullets_of(), tables)
content_blocks: st.SearchStrategy[Block] = st.one_of(
    paragraphs(),
    bullets_of(st.one_of(paragraphs(), bullets_of())),
    numbered(leaf_blocks),
    tables,
)
"""Items of a plan's fields: none has a heading of the table."""
loose_blocks: st.SearchStrategy[Block] = st.one_of(paragraphs(), bullets_of(), tables)
"""Blocks that are no section and no unit: opening, closing, implementation."""

assignments = st.builds(
    Assignment,
    heading=paragraphs(),
    tasks=st.lists(content_blocks, max_size=2).map(tuple),
)


@st.composite
def other_sections(draw: st.DrawFn) -> Division:
    heading = draw(st.sampled_from(["CHẾ ĐỘ BÁO CÁO", "MỤC TIÊU GIAI ĐOẠN 2026-2030"]) | safe_texts)
    return Division(
        kind=draw(st.sampled_from([SECTION, DivisionKind.PART, DivisionKind.CHAPTER])),
        label="V",
        marker="V.",
        heading=Paragraph.of(heading),
        children=tuple(draw(st.lists(content_blocks, max_size=2))),
    )


@st.composite
def others(draw: st.DrawFn) -> tuple[Block, ...]:
    """`other` as a plan holds it: starting and ending with a section."""
    first = draw(other_sections())
    if not draw(st.booleans()):
        return (first,)
    middle = draw(st.lists(loose_blocks | other_sections(), max_size=2))
    return (first, *middle, draw(other_sections()))


def fields(
    blocks: st.SearchStrategy[Block] = content_blocks,
) -> st.SearchStrategy[tuple[Block, ...]]:
    return st.lists(blocks, max_size=3).map(tuple)


@st.composite
def built_plans(draw: st.DrawFn) -> Plan:
    """Plans as code builds them: no outline, unambiguous content."""
    plan = Plan(
        opening=draw(st.lists(loose_blocks, max_size=2).map(tuple)),
        purposes=draw(fields()),
        requirements=draw(fields()),
        themes=draw(fields()),
        slogans=draw(fields()),
        contents=draw(fields()),
        forms=draw(fields()),
        schedule=Schedule(blocks=draw(fields())),
        budget=draw(fields()),
        assignments=tuple(draw(st.lists(assignments, max_size=3))),
        implementation=draw(fields(loose_blocks)),
        other=draw(st.just(()) | others()),
    )
    if plan.to_body().children != plan.opening:
        plan = attrs.evolve(plan, closing=draw(st.lists(loose_blocks, max_size=2).map(tuple)))
    return plan


def heading_styles(variant: str) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            variant,
            variant.lower(),
            variant[:1] + variant[1:].lower(),
            f"{variant}:",
            f"** {variant[:1] + variant[1:].lower()}:**",
            f"*** {variant}**",
            f" {variant}  ",
        ]
    )


FORMS = [
    (SECTION, "I", "I."),
    (SECTION, "IV", "IV."),
    (ITEM, "1", "1."),
    (ITEM, "3", "3."),
    (POINT, "a", "a)"),
    (POINT, "b", "b)"),
    (LABELLED, None, "*"),
    (LABELLED, None, None),
    (BULLET, "-", "-"),
    (DivisionKind.PART, "I", "Phần I"),
]


@st.composite
def recognised_sections(draw: st.DrawFn, depth: int) -> Division:
    """A section with a heading variant of the table, a random form and random children."""
    variant, keys = draw(st.sampled_from(HEADING_VARIANTS))
    text = draw(heading_styles(variant))
    kind, label, marker = draw(st.sampled_from(FORMS))
    choices: list[st.SearchStrategy[Block]] = [content_blocks]
    if ASSIGNMENTS in keys:
        choices.append(numbered(content_blocks))
    if depth > 0:
        choices.append(recognised_sections(depth - 1))
    children = draw(st.lists(st.one_of(choices), max_size=4))
    return Division(
        kind=kind,
        label=label,
        marker=marker,
        heading=Paragraph(
            runs=(Run(text=text, bold=draw(st.booleans())),),
            raw=draw(st.none() | st.just(text)),
        ),
        children=tuple(children),
        raw=draw(st.none() | st.just(f"{marker or ''} {text}")),
    )


@st.composite
def plan_bodies(draw: st.DrawFn) -> Body:
    """Bodies of plans: opening, recognised sections (some nested), other sections, closing."""
    middle = draw(
        st.lists(
            st.one_of(recognised_sections(2), recognised_sections(0), other_sections()),
            min_size=1,
            max_size=5,
        )
    )
    return Body(
        children=(
            *draw(st.lists(loose_blocks, max_size=2)),
            *middle,
            *draw(st.lists(loose_blocks, max_size=2)),
        )
    )


def documents_with(bodies: st.SearchStrategy[Body]) -> st.SearchStrategy[Document]:
    return st.builds(
        Document,
        doctype=st.just("KH"),
        national=st.none(),
        number=st.just(number.parse("Số: /KH-UBND")),
        title=st.just(Title(text="KẾ HOẠCH")) | st.none(),
        body=bodies,
    )


def plans() -> st.SearchStrategy[Plan]:
    """Plans: built in code, or lifted from documents (then with an outline of their own)."""
    return st.one_of(built_plans(), plan_bodies().map(Plan.from_body))


@settings(max_examples=150, deadline=None)
@given(plans())
def test_law_plan_to_document_and_back_is_the_plan(plan: Plan) -> None:
    assert Plan.from_document(plan.to_document()) == plan


@settings(max_examples=60, deadline=None)
@given(built_plans())
def test_built_plans_are_written_in_the_standard_skeleton(plan: Plan) -> None:
    assert Plan.from_document(plan.to_document()).outline == ()
    ours = [
        b.marker
        for b in plan.to_body().children
        if isinstance(b, Division) and section_keys(b.heading) is not None
    ]
    assert ours == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."][: len(ours)]


@settings(max_examples=120, deadline=None)
@given(documents_with(plan_bodies()))
def test_law_document_to_plan_and_back_is_the_document(doc: Document) -> None:
    plan = Plan.from_document(doc)
    assert plan.to_document(envelope=doc) == doc
    assert Plan.from_document(plan.to_document()) == plan


def _recognised_at_top(body: Body) -> bool:
    return any(
        isinstance(b, Division) and section_keys(b.heading) is not None for b in body.children
    )


@settings(max_examples=60, deadline=None)
@given(documents_with(plan_bodies()))
def test_lifted_plans_keep_every_block(doc: Document) -> None:
    plan = Plan.from_document(doc)
    sections = [e for e in plan.effective_outline if isinstance(e, OutlineSection)]
    kept = len(plan.opening) + len(plan.other) + len(plan.closing) + len(sections)
    assert kept == len(doc.body.children)
    assert _recognised_at_top(doc.body) == bool(sections)


any_texts = st.one_of(
    safe_texts,
    st.sampled_from([v for v, _ in HEADING_VARIANTS]),
    st.text(max_size=12),
)
arbitrary_blocks: st.SearchStrategy[Block] = st.recursive(
    st.one_of(paragraphs(any_texts), tables),
    lambda kids: st.builds(
        Division,
        kind=st.sampled_from(DivisionKind),
        label=st.none() | st.text(max_size=3),
        marker=st.none() | st.text(max_size=3),
        heading=st.none() | paragraphs(any_texts),
        children=st.lists(kids, max_size=4).map(tuple),
        raw=st.none() | st.text(max_size=5),
    ),
    max_leaves=16,
)


arbitrary_bodies = st.lists(arbitrary_blocks, max_size=6).map(lambda b: Body(children=tuple(b)))


@settings(max_examples=150, deadline=None)
@given(documents_with(arbitrary_bodies))
def test_from_document_never_raises_and_loses_nothing(doc: Document) -> None:
    plan = Plan.from_document(doc)
    assert plan.to_document(envelope=doc) == doc
    assert Plan.from_document(plan.to_document()) == plan
    # the typed views never raise either
    _ = (plan.theme_texts, plan.slogan_texts, plan.units, plan.content_texts)
    _ = (plan.schedule.start, plan.schedule.end)
    _ = [a.task_texts for a in plan.assignments]


@settings(max_examples=60, deadline=None)
@given(
    plan_bodies().map(Plan.from_body),
    st.lists(assignments, min_size=1, max_size=2),
    fields(),
)
def test_changed_plans_drop_nothing(
    plan: Plan, extra: list[Assignment], more: tuple[Block, ...]
) -> None:
    grown = attrs.evolve(
        plan,
        assignments=(*plan.assignments, *extra),
        purposes=(*plan.purposes, *more),
    )
    again = Plan.from_document(grown.to_document())
    assert again.assignments == grown.assignments
    assert again.purposes == grown.purposes
    assert again.other == grown.other
    assert again.contents == grown.contents
