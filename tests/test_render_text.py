"""Tests of vnplan.render.text: the layout, raws verbatim, lossless on examples, never raises."""

from __future__ import annotations

import types
import unicodedata
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from vnplan import examples, render
from vnplan.model import (
    Abstract,
    Addressee,
    Addressees,
    Appendix,
    ArchiveLine,
    AuthorityLine,
    AuthorityMark,
    AuthorityStep,
    BasisEntry,
    BasisForm,
    Body,
    Citation,
    Division,
    DivisionKind,
    Document,
    EnactingFormula,
    IssueLine,
    Marks,
    NationalHeader,
    Organization,
    Paragraph,
    PartialDate,
    Recipient,
    Recipients,
    Run,
    Secrecy,
    Signature,
    Table,
    TableCell,
    TableRow,
    Title,
    Urgency,
)
from vnplan.number import DocumentNumber
from vnplan.strategies import documents

# ------------------------------------------------------------------- documents built in code


def _bullet(text: str) -> Division:
    return Division(kind=DivisionKind.BULLET, label="-", heading=Paragraph.of(text))


def _draft_plan() -> Document:
    """A commune plan as a draft: blank number and day/month, no national name, inline addressee."""
    return Document(
        doctype="KH",
        national=None,
        issuer=Organization(
            name="Ủy ban nhân dân xã Phú Lợi",
            short="UBND",
            parent=Organization(name="Ủy ban nhân dân tỉnh Hòa Bình Xanh"),
        ),
        number=DocumentNumber(symbol="KH-UBND"),
        issue_line=IssueLine(place="Phú Lợi", date=PartialDate(year=2026)),
        title=Title(text="KẾ HOẠCH"),
        abstract=Abstract(text="Tổ chức Ngày Sáng tạo năm 2026"),
        addressees=Addressees(entries=(Addressee(name="Sở Khoa học và Công nghệ"),), inline=True),
        basis=(
            BasisEntry(
                verb="Thực hiện",
                form=BasisForm.PROSE,
                citation=Citation(
                    type_name="Kế hoạch",
                    number=DocumentNumber(seq=178, symbol="KH-UBND"),
                    date=PartialDate(year=2026, month=4, day=9),
                    issuer="Ủy ban nhân dân tỉnh",
                    title="tổ chức Ngày Sáng tạo",
                ),
            ),
        ),
        body=Body(
            children=(
                Division(
                    kind=DivisionKind.SECTION,
                    label="I",
                    heading=Paragraph.of("MỤC ĐÍCH, YÊU CẦU", bold=True),
                    children=(
                        Division(
                            kind=DivisionKind.ITEM,
                            label="1",
                            heading=Paragraph.of("Mục đích:"),
                            children=(_bullet("Hưởng ứng Ngày Sáng tạo."),),
                        ),
                        Division(
                            kind=DivisionKind.ITEM,
                            label="2",
                            heading=Paragraph.of("Yêu cầu:"),
                            children=(
                                Paragraph(
                                    runs=(
                                        Run(text="Thiết thực, "),
                                        Run(text="hiệu quả", bold=True),
                                        Run(text="."),
                                    )
                                ),
                            ),
                        ),
                    ),
                ),
                Division(
                    kind=DivisionKind.SECTION,
                    label="II",
                    heading=Paragraph.of("NỘI DUNG"),
                    children=(
                        Division(
                            kind=DivisionKind.POINT,
                            label="a",
                            heading=Paragraph.of("Chủ đề:"),
                            children=(_bullet("Đổi mới sáng tạo."), _bullet("Hành động.")),
                        ),
                    ),
                ),
                Paragraph.of("Trên đây là Kế hoạch của Ủy ban nhân dân xã./."),
            )
        ),
        recipients=Recipients(
            entries=(
                Recipient(name="Như trên", reference="trên"),
                Recipient(name="TT Đảng ủy xã", purpose="để b/c"),
            ),
            archive=ArchiveLine(holders=("VT", "VHXH")),
        ),
        signatures=(
            Signature(
                authority=(
                    AuthorityStep(mark=AuthorityMark.TM, title="ỦY BAN NHÂN DÂN"),
                    AuthorityStep(mark=AuthorityMark.KT, title="CHỦ TỊCH"),
                    AuthorityStep(title="PHÓ CHỦ TỊCH"),
                ),
                signer="Lê Thị Mai",
            ),
        ),
    )


DRAFT_PLAN_TEXT = """\
ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH XANH
ỦY BAN NHÂN DÂN XÃ PHÚ LỢI
Số: /KH-UBND
Phú Lợi, ngày tháng năm 2026

KẾ HOẠCH
Tổ chức Ngày Sáng tạo năm 2026

Kính gửi: Sở Khoa học và Công nghệ.

Thực hiện Kế hoạch số 178/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh về tổ chức Ngày Sáng tạo

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích:

- Hưởng ứng Ngày Sáng tạo.

2. Yêu cầu:

Thiết thực, hiệu quả.

II. NỘI DUNG

a) Chủ đề:

- Đổi mới sáng tạo.

- Hành động.

Trên đây là Kế hoạch của Ủy ban nhân dân xã./.

Nơi nhận:
- Như trên;
- TT Đảng ủy xã (để b/c);
- Lưu: VT, VHXH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thị Mai
"""


def test_draft_plan_renders_in_the_seed_shape() -> None:
    assert render.text(_draft_plan()) == DRAFT_PLAN_TEXT


def test_raws_are_printed_verbatim() -> None:
    plan = _draft_plan()
    issuer = plan.issuer
    assert issuer is not None and issuer.parent is not None
    assert plan.number is not None and plan.issue_line is not None
    assert plan.addressees is not None
    section = plan.body.children[0]
    assert isinstance(section, Division)
    doc = attrs.evolve(
        plan,
        national=NationalHeader(
            name_raw="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto_raw="Độc lập-Tự do"
        ),
        issuer=attrs.evolve(
            issuer,
            raw="ỦY BAN NHÂN DÂN\nXÃ PHÚ LỢI",
            parent=attrs.evolve(issuer.parent, raw="UBND TỈNH HÒA BÌNH XANH"),
        ),
        number=attrs.evolve(plan.number, raw="Số: /KH- UBND"),
        issue_line=attrs.evolve(plan.issue_line, raw="Phú Lợi, ngày   tháng   năm 2026"),
        title=Title(text="KẾ HOẠCH", raw="**KẾ HOẠCH**"),
        abstract=Abstract(
            text="Tổ chức Ngày Sáng tạo năm 2026", raw="Tổ chức Ngày Sáng tạo\nnăm 2026"
        ),
        addressees=attrs.evolve(plan.addressees, raw="Kính gửi: Sở Khoa học và Công nghệ tỉnh"),
        basis=(attrs.evolve(plan.basis[0], raw="Thực hiện kế hoạch số 178/KH-UBND …, như sau:"),),
        body=Body(
            children=(
                attrs.evolve(section, raw="I. MỤC ĐÍCH,  YÊU CẦU", children=()),
                Paragraph(runs=(Run(text="Nội dung."),), raw="Nội  dung ."),
                Table(rows=(TableRow(cells=(TableCell(),)),), raw="| a | b |\n| 1 | 2 |"),
            )
        ),
        recipients=Recipients(raw="Nơi nhận:\n\n- Như trên;\n- Lưu VT, VHXH."),
        signatures=(Signature(signer="Trần Ngọc Tùng", raw="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),),
    )
    assert (
        render.text(doc)
        == """\
UBND TỈNH HÒA BÌNH XANH
ỦY BAN NHÂN DÂN
XÃ PHÚ LỢI
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập-Tự do
Số: /KH- UBND
Phú Lợi, ngày   tháng   năm 2026

**KẾ HOẠCH**
Tổ chức Ngày Sáng tạo
năm 2026

Kính gửi: Sở Khoa học và Công nghệ tỉnh

Thực hiện kế hoạch số 178/KH-UBND …, như sau:

I. MỤC ĐÍCH,  YÊU CẦU

Nội  dung .

| a | b |
| 1 | 2 |

Nơi nhận:

- Như trên;
- Lưu VT, VHXH.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""
    )


def test_entry_raws_and_canonical_national_header() -> None:
    doc = Document(
        doctype="TTr",
        addressees=Addressees(
            entries=(
                Addressee(name="Ủy ban nhân dân tỉnh", raw="-  UBND tỉnh;"),
                Addressee(name="Sở Tài chính"),
            )
        ),
        recipients=Recipients(
            entries=(Recipient(name="Như trên", raw="- Như trên,"),),
            archive=ArchiveLine(holders=("VT",), raw="- Lưu VT."),
        ),
        signatures=(
            Signature(
                authority=(
                    AuthorityStep(mark=AuthorityMark.KT, title="GIÁM ĐỐC", raw="KT.GIÁM ĐỐC"),
                ),
                signer="Nguyễn Văn A",
                name_title="Phó Giám đốc",
            ),
        ),
    )
    assert (
        render.text(doc)
        == """\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kính gửi:
-  UBND tỉnh;
- Sở Tài chính.

Nơi nhận:
- Như trên,
- Lưu VT.

KT.GIÁM ĐỐC

Nguyễn Văn A
Phó Giám đốc
"""
    )


def test_cong_van_puts_its_abstract_under_the_number() -> None:
    doc = Document(
        doctype="CV",
        issuer=Organization(name="Ủy ban nhân dân xã Phú Lợi", short="UBND"),
        number=DocumentNumber(seq=5, symbol="UBND-VHXH"),
        issue_line=IssueLine(place="Phú Lợi", date=PartialDate(year=2026, month=3, day=9)),
        marks=Marks(urgency=Urgency.KHAN, secrecy=Secrecy.MAT, circulation=("LƯU HÀNH NỘI BỘ",)),
        abstract=Abstract(text="đăng ký lớp kỹ năng số", prefix="V/v"),
        addressees=Addressees(
            entries=(Addressee(name="Trường Tiểu học"), Addressee(name="Thôn Trung"))
        ),
        body=Body(children=(Paragraph.of("Đề nghị các đơn vị đăng ký./."),)),
        signatures=(
            Signature(
                authority=(
                    AuthorityStep(mark=AuthorityMark.TL, title="CHỦ TỊCH"),
                    AuthorityStep(title="CHÁNH VĂN PHÒNG"),
                ),
                signer="Phạm Thu Hà",
            ),
        ),
        recipients=Recipients(
            entries=(Recipient(name="Như trên", reference="trên"),),
            archive=ArchiveLine(holders=("VT",), copies=2),
        ),
    )
    assert (
        render.text(doc)
        == """\
ỦY BAN NHÂN DÂN XÃ PHÚ LỢI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
KHẨN
MẬT
LƯU HÀNH NỘI BỘ
Số: 05/UBND-VHXH
V/v đăng ký lớp kỹ năng số
Phú Lợi, ngày 09 tháng 3 năm 2026

Kính gửi:
- Trường Tiểu học;
- Thôn Trung.

Đề nghị các đơn vị đăng ký./.

Nơi nhận:
- Như trên;
- Lưu: VT (2).

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Phạm Thu Hà
"""
    )


def _decision() -> Document:
    def article(label: str, text: str, *children: Division) -> Division:
        return Division(
            kind=DivisionKind.ARTICLE, label=label, heading=Paragraph.of(text), children=children
        )

    return Document(
        doctype="QĐ",
        issuer=Organization(name="Bộ Xây dựng", inferred=True),
        national=NationalHeader(),
        number=DocumentNumber(seq=1074, symbol="QĐ-BXD"),
        issue_line=IssueLine(place="Hà Nội", date=PartialDate(year=2026, month=6, day=29)),
        title=Title(text="QUYẾT ĐỊNH"),
        abstract=Abstract(text="Ban hành các giải pháp kỹ thuật"),
        authority_line=AuthorityLine(text="BỘ TRƯỞNG BỘ XÂY DỰNG"),
        basis=(
            BasisEntry(verb="Căn cứ", text="Căn cứ Luật Phòng cháy, chữa cháy số 55/2024/QH15;"),
            BasisEntry(
                verb="Căn cứ",
                citation=Citation(
                    type_name="Nghị định",
                    number=DocumentNumber(seq=33, symbol="NĐ-CP", raw="33/2025/NĐ-CP"),
                    date=PartialDate(year=2025, month=2),
                    issuer="Chính phủ",
                ),
            ),
            BasisEntry(verb="Căn cứ", citation=Citation(raw="Quyết định số 235/QĐ-TTg;")),
            BasisEntry(verb="Theo đề nghị của", text="Theo đề nghị của Vụ trưởng Vụ Khoa học."),
        ),
        enacting_formula=EnactingFormula(text="QUYẾT ĐỊNH:"),
        body=Body(
            children=(
                article("1", "Ban hành kèm theo Quyết định này các giải pháp kỹ thuật."),
                article("2", "Quyết định này có hiệu lực kể từ ngày ký."),
                article(
                    "3",
                    "Tổ chức thực hiện",
                    Division(
                        kind=DivisionKind.ITEM, label="1", heading=Paragraph.of("Các Sở thi hành.")
                    ),
                ),
            )
        ),
        recipients=Recipients(
            entries=(Recipient(name="Như Điều 3", reference="Điều 3"),),
            archive=ArchiveLine(holders=("VT", "Vụ KHCN")),
        ),
        signatures=(
            Signature(
                authority=(
                    AuthorityStep(mark=AuthorityMark.KT, title="BỘ TRƯỞNG"),
                    AuthorityStep(title="THỨ TRƯỞNG"),
                ),
                signer="Phạm Minh Hà",
            ),
        ),
        appendices=(
            Appendix(
                label="Phụ lục I",
                title="DANH MỤC GIẢI PHÁP",
                accompanying="(Kèm theo Quyết định số 1074/QĐ-BXD)",
                body=Body(
                    children=(
                        Table(
                            rows=(
                                TableRow(
                                    header=True,
                                    cells=(
                                        TableCell(paragraphs=(Paragraph.of("TT"),)),
                                        TableCell(paragraphs=(Paragraph.of("Giải pháp"),)),
                                    ),
                                ),
                                TableRow(
                                    cells=(
                                        TableCell(paragraphs=(Paragraph.of("1"),)),
                                        TableCell(
                                            paragraphs=(
                                                Paragraph.of("Lối thoát nạn"),
                                                Paragraph.of("Thang bộ"),
                                            )
                                        ),
                                    )
                                ),
                            )
                        ),
                    )
                ),
            ),
        ),
        attachments=(
            Document(
                doctype="QC",
                national=None,
                title=Title(text="QUY CHẾ"),
                abstract=Abstract(text="Hoạt động của Tổ giúp việc"),
                body=Body(children=(Paragraph.of("Điều khoản chung."),)),
            ),
        ),
    )


def test_decision_prints_authority_list_basis_and_articles() -> None:
    assert (
        render.text(_decision())
        == """\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1074/QĐ-BXD
Hà Nội, ngày 29 tháng 6 năm 2026

QUYẾT ĐỊNH
Ban hành các giải pháp kỹ thuật

BỘ TRƯỞNG BỘ XÂY DỰNG

Căn cứ Luật Phòng cháy, chữa cháy số 55/2024/QH15;
Căn cứ Nghị định số 33/2025/NĐ-CP ngày tháng 02 năm 2025 của Chính phủ
Căn cứ Quyết định số 235/QĐ-TTg;
Theo đề nghị của Vụ trưởng Vụ Khoa học.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này các giải pháp kỹ thuật.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Tổ chức thực hiện

1. Các Sở thi hành.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, Vụ KHCN.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Phạm Minh Hà

Phụ lục I
DANH MỤC GIẢI PHÁP
(Kèm theo Quyết định số 1074/QĐ-BXD)

TT | Giải pháp
1 | Lối thoát nạn / Thang bộ

QUY CHẾ
Hoạt động của Tổ giúp việc

Điều khoản chung.
"""
    )


def test_basis_prose_entries_stand_apart_from_list_runs() -> None:
    doc = Document(
        doctype="KH",
        national=None,
        basis=(
            BasisEntry(verb="Căn cứ", text="Căn cứ A;"),
            BasisEntry(verb="Căn cứ", text="Căn cứ B;"),
            BasisEntry(verb="Thực hiện", text="Thực hiện C,", form=BasisForm.PROSE),
            BasisEntry(verb="Thực hiện", text="Thực hiện D.", form=BasisForm.PROSE),
            BasisEntry(verb="Căn cứ"),
        ),
    )
    assert render.text(doc) == "Căn cứ A;\nCăn cứ B;\n\nThực hiện C,\n\nThực hiện D.\n\nCăn cứ\n"


@pytest.mark.parametrize(
    ("division", "line"),
    [
        (
            Division(kind=DivisionKind.PART, label="I", heading=Paragraph.of("CHUNG")),
            "Phần I CHUNG",
        ),
        (Division(kind=DivisionKind.CHAPTER, label="II"), "Chương II"),
        (Division(kind=DivisionKind.MUC, label="1", heading=Paragraph.of("X")), "Mục 1 X"),
        (Division(kind=DivisionKind.SUBMUC, label="2", heading=Paragraph.of("Y")), "Tiểu mục 2 Y"),
        (Division(kind=DivisionKind.ARTICLE, label="4", heading=Paragraph.of("Z")), "Điều 4. Z"),
        (Division(kind=DivisionKind.SECTION, label="III", heading=Paragraph.of("W")), "III. W"),
        (Division(kind=DivisionKind.ITEM, label="2.1", heading=Paragraph.of("V")), "2.1. V"),
        (Division(kind=DivisionKind.POINT, label="đ", heading=Paragraph.of("U")), "đ) U"),
        (Division(kind=DivisionKind.BULLET, heading=Paragraph.of("T")), "- T"),
        (Division(kind=DivisionKind.BULLET, label="+", heading=Paragraph.of("S")), "+ S"),
        (
            Division(kind=DivisionKind.LABELLED, label="*", heading=Paragraph.of("Chủ đề:")),
            "Chủ đề:",
        ),
        (
            Division(kind=DivisionKind.POINT, label="a", marker="a.", heading=Paragraph.of("R")),
            "a. R",
        ),
        (Division(kind=DivisionKind.ITEM, marker="1.", raw="1 . Q"), "1 . Q"),
        (Division(kind=DivisionKind.ITEM, heading=Paragraph.of("P", italic=True)), "P"),
    ],
)
def test_division_markers(division: Division, line: str) -> None:
    doc = Document(doctype="KH", national=None, body=Body(children=(division,)))
    assert render.text(doc) == line + "\n"


def test_address_and_inferred_issuer() -> None:
    from vnplan.model import Address

    doc = Document(
        doctype="CV",
        national=None,
        issuer=Organization(
            name="Sở Nội vụ", inferred=True, parent=Organization(name="Bộ X", inferred=True)
        ),
        address=Address(text="Số 1 đường A", phone="0200 3 999 999", website="https://x.invalid"),
    )
    expected = "Địa chỉ: Số 1 đường A; ĐT: 0200 3 999 999; Website: https://x.invalid\n"
    assert render.text(doc) == expected


# ------------------------------------------------------------------- lossless on the examples


def _strings(doc: Document) -> Iterator[str]:
    """Every text field of a document the renderer must carry into its text."""
    if doc.issuer is not None and doc.issuer.name:
        yield doc.issuer.name.upper()
    if doc.number is not None and doc.number.symbol:
        yield doc.number.symbol
    if doc.issue_line is not None and doc.issue_line.place:
        yield doc.issue_line.place
    for component in (doc.title, doc.abstract, doc.authority_line, doc.enacting_formula):
        if component is not None:
            yield component.text
    if doc.addressees is not None:
        yield from (entry.name for entry in doc.addressees.entries)
    for entry in doc.basis:
        if entry.text:
            yield entry.text
    bodies = [doc.body, *(appendix.body for appendix in doc.appendices)]
    for body in bodies:
        yield from (paragraph.text for paragraph in body.paragraphs())
        for block in body.walk():
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        yield from (paragraph.text for paragraph in cell.paragraphs)
    if doc.recipients is not None:
        yield from (entry.name for entry in doc.recipients.entries)
        if doc.recipients.archive is not None:
            yield from doc.recipients.archive.holders
    for signature in doc.signatures:
        yield from (step.title for step in signature.authority)
        if signature.signer:
            yield signature.signer
    if doc.address is not None and doc.address.text:
        yield doc.address.text
    for attachment in doc.attachments:
        yield from _strings(attachment)


@pytest.mark.parametrize("name", examples.names())
def test_examples_lose_no_text(name: str) -> None:
    doc = examples.load(name)
    rendered = render.text(doc)
    missing = [value for value in _strings(doc) if value not in rendered]
    assert missing == []
    assert rendered.endswith("\n") and not rendered.endswith("\n\n")
    assert "\n\n\n" not in rendered


def test_render_exposes_text_as_a_function() -> None:
    assert isinstance(render.text, types.FunctionType)
    assert render.__all__ == ["text"]


# --------------------------------------------------------------------------- never raises


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_document_renders_to_nfc_text(doc: Document) -> None:
    rendered = render.text(doc)
    assert isinstance(rendered, str)
    assert rendered.endswith("\n")
    assert unicodedata.is_normalized("NFC", rendered)
