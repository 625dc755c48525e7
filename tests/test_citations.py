"""Tests of vnplan.read._citations: extract cited documents with spans, resolve short forms."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnplan.doctypes import all_types
from vnplan.model import Citation
from vnplan.model.issue_line import PartialDate
from vnplan.number import format as format_number
from vnplan.read._citations import citations, extract, resolve
from vnplan.text import nfc

# --------------------------------------------------------------------------- helpers


def _one(text: str) -> Citation:
    found = citations(text)
    assert len(found) == 1, found
    return found[0]


def _number(citation: Citation) -> str | None:
    """The canonical số và ký hiệu of a citation ("57-NQ/TW", "55/2024/QH15")."""
    return None if citation.number is None else format_number(citation.number)


def _numbers(found: list[Citation]) -> list[str | None]:
    return [_number(c) for c in found]


def _assert_spans(text: str, found: list[Citation]) -> None:
    """Every span slices the NFC text to its raw; spans are ordered and never overlap."""
    normal = nfc(text)
    previous_end = 0
    for citation in found:
        assert citation.source is not None and citation.source.span is not None
        start, end = citation.source.span
        assert previous_end <= start < end <= len(normal)
        assert normal[start:end] == citation.raw
        if citation.number is not None and citation.number.source is not None:
            number_span = citation.number.source.span
            assert number_span is not None
            assert start <= number_span[0] < number_span[1] <= end
        previous_end = end


def _line(path: Path, prefix: str) -> str:
    """The first line of a shared file that starts (after blanks) with ``prefix``."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith(prefix):
            return line
    raise AssertionError(f"no line starting with {prefix!r} in {path.name}")


def _joined(text: str) -> str:
    """The text as a reader gives it: the lines a PDF wrapped joined with one blank."""
    return " ".join(text.split())


def _file(folder: Path, prefix: str) -> Path:
    matches = sorted(folder.glob(f"{prefix}*.txt"))
    assert matches, f"no {prefix}*.txt in {folder}"
    return matches[0]


# --------------------------------------------------------------------------- shapes


def test_plan_with_date_issuer_and_title() -> None:
    text = (
        "Thực hiện kế hoạch số 179/KH-UBND ngày 18/4/2026 của Sở Tư pháp tỉnh về việc tổ "
        "chức tuyên truyền Ngày Pháp luật; UBND xã xây dựng Kế hoạch."
    )
    c = _one(text)
    assert c.type_name == "kế hoạch"
    assert c.doctype == "KH"
    assert c.number is not None
    assert (c.number.seq, c.number.symbol) == (179, "KH-UBND")
    assert c.date == PartialDate(year=2026, month=4, day=18)
    assert c.issuer == "Sở Tư pháp tỉnh"
    assert c.title == "tổ chức tuyên truyền Ngày Pháp luật"
    assert not c.short_form
    assert c.raw is not None and c.raw.startswith("kế hoạch số 179")
    _assert_spans(text, [c])


def test_official_letter_is_cv_and_keeps_its_ampersand() -> None:
    text = (
        "Thực hiện công văn số 2375/SKH-CN-ĐMST&SHTT ngày 21/4/2026 của Sở Nội vụ Hà Nội "
        "về việc hưởng ứng Ngày Sáng tạo (21/4); Kế hoạch"
    )
    c = _one(text)
    assert (c.type_name, c.doctype) == ("công văn", "CV")
    assert c.number is not None and c.number.symbol == "SKH-CN-ĐMST&SHTT"
    assert c.issuer == "Sở Nội vụ Hà Nội"
    assert c.title == "hưởng ứng Ngày Sáng tạo (21/4)"
    _assert_spans(text, [c])


def test_comma_before_the_date() -> None:
    c = _one("Nghị quyết số 72/NQ-CP, ngày 02/04/2025 của Chính phủ về sửa đổi, bổ sung")
    assert (c.doctype, _number(c)) == ("NQ", "72/NQ-CP")
    assert c.date == PartialDate(year=2025, month=4, day=2)
    assert c.issuer == "Chính phủ"
    assert c.title == "sửa đổi, bổ sung"


def test_party_resolution() -> None:
    c = _one("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá")
    assert c.number is not None
    assert (c.number.seq, c.number.symbol, c.number.style.value) == (57, "NQ/TW", "party")
    assert (c.doctype, c.issuer, c.title) == ("NQ", "Bộ Chính trị", "đột phá")
    assert c.date == PartialDate(year=2024, month=12, day=22)


def test_type_name_with_a_qualifier() -> None:
    text = "Kế hoạch hành động số 21-KH/BCĐ57 ngày 20/01/2026 của Ban Chỉ đạo 57 Đảng ủy"
    c = _one(text)
    assert (c.type_name, c.doctype, _number(c)) == ("Kế hoạch", "KH", "21-KH/BCĐ57")
    assert c.issuer == "Ban Chỉ đạo 57 Đảng ủy"
    assert c.raw == text


def test_a_citation_inside_another_ends_its_title() -> None:
    text = (
        "Kế hoạch số 58/KH-UBND ngày 05/02/2026 của UBND phường Phú Lợi về việc Triển "
        "khai Kế hoạch số 38/KH-UBND ngày 27/01/2026 của UBND Thành phố thực hiện Chỉ thị"
    )
    first, second = citations(text)
    assert (_number(first), _number(second)) == ("58/KH-UBND", "38/KH-UBND")
    assert first.issuer == "UBND phường Phú Lợi"
    assert first.title == "Triển khai"
    assert second.issuer == "UBND Thành phố"
    assert second.date == PartialDate(year=2026, month=1, day=27)
    _assert_spans(text, [first, second])


def test_law_by_name_with_a_long_date() -> None:
    c = _one("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
    assert (c.type_name, c.doctype, c.number) == ("Luật", None, None)
    assert c.title == "Tổ chức chính quyền địa phương"
    assert c.date == PartialDate(year=2025, month=6, day=16)
    assert not c.short_form


def test_law_by_name_and_number() -> None:
    c = _one("Căn cứ Luật Ngân sách nhà nước số 72/2025/QH15 ngày 25/6/2025;")
    assert c.title == "Ngân sách nhà nước"
    assert c.number is not None
    assert (c.number.seq, c.number.year, c.number.symbol) == (72, 2025, "QH15")
    assert not c.short_form  # a law cited by name is a full citation


@pytest.mark.parametrize(
    ("text", "type_name", "title"),
    [
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật;", "Luật",
         "Ban hành văn bản quy phạm pháp luật"),
        ("theo Bộ luật Lao động đã được sửa đổi", "Bộ luật", "Lao động"),
        ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng.", "Pháp lệnh",
         "Ưu đãi người có công với cách mạng"),
        ("Luật Phòng, chống tác hại của rượu, bia được sửa đổi", "Luật",
         "Phòng, chống tác hại của rượu, bia"),
        ("theo Luật Đất đai, Luật Nhà ở", "Luật", "Đất đai"),
        ("Luật Đất đai\nđược sửa đổi", "Luật", "Đất đai"),
        ("Luật Thanh niên và các văn bản", "Luật", "Thanh niên"),
    ],
)  # fmt: skip
def test_a_law_name_ends_where_the_text_goes_on(text: str, type_name: str, title: str) -> None:
    c = citations(text)[0]
    assert (c.type_name, c.title, c.number) == (type_name, title, None)


def test_amending_law_keeps_the_law_it_amends_in_its_name() -> None:
    c = _one("Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản;")
    assert c.title == "sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kế hoạch số 12/KH-UBND ngày 19/4/2026", PartialDate(year=2026, month=4, day=19)),
        ("Kế hoạch số 12/KH-UBND ngày 04/02/2026", PartialDate(year=2026, month=2, day=4)),
        ("Kế hoạch số 12/KH-UBND ngày 16 tháng 6 năm 2025",
         PartialDate(year=2025, month=6, day=16)),
        ("Kế hoạch số 12/KH-UBND ngày 19\ntháng 02 năm 2025",
         PartialDate(year=2025, month=2, day=19)),
        ("Kế hoạch số 12/KH-UBND ngày … tháng … năm 2025", PartialDate(year=2025)),
        ("Kế hoạch số 12/KH-UBND ngày    tháng 4 năm 2026", PartialDate(year=2026, month=4)),
        ("Kế hoạch số 12/KH-UBND tháng 4 năm 2026", PartialDate(year=2026, month=4)),
    ],
)  # fmt: skip
def test_dates(text: str, date: PartialDate) -> None:
    c = _one(text)
    assert c.date == date
    assert c.raw == text


def test_not_a_date_is_left_out() -> None:
    c = _one("Nghị quyết số 57-NQ/TW ngày càng đi vào cuộc sống")
    assert c.date is None
    assert c.raw == "Nghị quyết số 57-NQ/TW"


def test_doubled_so_and_spaces_inside_a_party_number() -> None:
    c = _one("Thực hiện Chỉ thị số số 46 - CT/TW của Bộ Chính trị")
    assert c.number is not None
    assert (c.number.seq, c.number.symbol) == (46, "CT/TW")
    assert (c.type_name, c.doctype, c.issuer) == ("Chỉ thị", "CT", "Bộ Chính trị")


def test_placeholder_number_of_a_draft() -> None:
    text = "Căn cứ Quyết định số …/QĐ-BCĐ ngày … tháng … năm 2025 của Trưởng Ban Chỉ đạo;"
    c = _one(text)
    assert c.number is not None
    assert (c.number.seq, c.number.symbol) == (None, "QĐ-BCĐ")
    assert c.date == PartialDate(year=2025)
    assert c.issuer == "Trưởng Ban Chỉ đạo"
    # the draft may also leave out "số"
    bare = _one("Căn cứ Quyết định …/QĐ-BCĐ ngày … tháng … năm 2025;")
    assert bare.number is not None and bare.number.symbol == "QĐ-BCĐ"


@pytest.mark.parametrize(
    "text",
    [
        "Các kế hoạch đã ban hành; kế hoạch này được triển khai.",
        "Kế hoạch tuyên truyền Ngày Sáng tạo và Đổi mới sáng tạo thế giới năm 2026",
        "Quyết định này có hiệu lực kể từ ngày ký.",
        "theo quy định của pháp luật Nhà nước",
        "Gói thầu số 13 và phụ lục số 2",
        "Ban Quản lý dự án đầu tư xây dựng số 1",
        "Chỉ thị 11 của Ban Thường vụ Tỉnh ủy",
        "Số: /KH- UBND",
        "LUẬT ĐẤT ĐAI",
        "Báo cáo số liệu và thông báo số lượng",
    ],
)
def test_generic_uses_are_not_citations(text: str) -> None:
    assert citations(text) == []


@pytest.mark.parametrize("doctype", list(all_types()), ids=lambda t: t.code)
def test_every_catalogue_type_is_known(doctype: object) -> None:
    from vnplan.doctypes import DocumentType

    assert isinstance(doctype, DocumentType)
    c = _one(f"theo {doctype.name_vi} số 12/AB-UBND ngày 01/02/2026 của UBND xã")
    assert (c.type_name, c.doctype) == (doctype.name_vi, doctype.code)


@pytest.mark.parametrize(
    ("name", "number", "doctype"),
    [
        ("Nghị định", "30/2020/NĐ-CP", "NĐ"),
        ("Thông tư", "01/2011/TT-BNV", "TT"),
        ("Thông tư liên tịch", "01/2015/TTLT-BNV-BTC", "TTLT"),
        ("Kết luận", "123-KL/TW", "KL"),
        ("Thông tri", "01-TT/TW", "TT"),
        ("Văn bản", "17/TB-NM", "TB"),
        ("Văn bản", "606/BCT-ATMT", None),
        ("Công điện", "12/CĐ-TTg", "CĐ"),
        ("Chỉ thị", "46-CT/TW", "CT"),
        ("Nghị quyết liên tịch", "01/2016/NQLT-CP-UBTW", None),
        ("Luật", "55/2024/QH15", None),
    ],
)
def test_other_types(name: str, number: str, doctype: str | None) -> None:
    c = _one(f"Căn cứ {name} số {number} ngày 01/02/2026;")
    assert (c.type_name, _number(c), c.doctype) == (name, number, doctype)


def test_type_name_without_so_needs_a_symbol() -> None:
    c = _one("thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị")
    assert (_number(c), c.issuer) == ("57-NQ/TW", "Bộ Chính trị")


def test_lower_case_type_needs_a_symbol() -> None:
    assert citations("kế hoạch số 5 ngày 1/1/2026") == []
    bare = _one("Kế hoạch số 05 ngày 1/1/2026").number
    assert bare is not None and (bare.seq, bare.symbol) == (5, None)


def test_title_after_a_verb_and_an_aside() -> None:
    text = (
        "Căn cứ Nghị định số 33/2025/NĐ-CP ngày 25/02/2025 của Chính phủ quy định "
        "chức năng, nhiệm vụ của Bộ Xây dựng;"
    )
    c = _one(text)
    assert (c.issuer, c.title) == ("Chính phủ", "quy định chức năng, nhiệm vụ của Bộ Xây dựng")
    aside = _one(
        "Quyết định số 1051/QĐ-SCT ngày 07/3/2026 của Giám đốc Sở Công Thương "
        "(sau đây gọi tắt là Tổ) về việc kiểm tra."
    )
    assert (aside.issuer, aside.title) == ("Giám đốc Sở Công Thương", "kiểm tra")


def test_title_stops_at_the_subject_of_the_sentence() -> None:
    c = _one("Thực hiện Kế hoạch số 1/KH-SKHCN ngày 19/4/2026 của Sở về việc tổ chức, UBND xã")
    assert c.title == "tổ chức"


# --------------------------------------------------------------------------- resolve


def test_short_mention_is_filled_from_the_first_full_mention() -> None:
    text = (
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá; "
        "thực hiện Nghị quyết số 57 - NQ/TW."
    )
    full, short = citations(text)
    assert not full.short_form
    assert short.short_form
    assert short.raw == "Nghị quyết số 57 - NQ/TW"
    assert (short.date, short.issuer, short.title) == (full.date, full.issuer, full.title)
    assert short.source is not None and full.source is not None
    assert short.source.span != full.source.span
    _assert_spans(text, [full, short])


def test_resolve_keeps_repeats_and_lone_short_mentions() -> None:
    text = (
        "Nghị định số 44/2016/NĐ-CP; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; "
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ."
    )
    raw = extract(text)
    assert [c.short_form for c in raw] == [True, False, False]
    resolved = resolve(raw)
    assert resolved == raw  # a lone short mention and a repeated full one stay as they are
    assert resolved[0].issuer is None


def test_resolve_takes_only_an_earlier_full_mention() -> None:
    text = "Kế hoạch số 05/KH-UBND; Kế hoạch số 05/KH-UBND ngày 02/02/2026 của UBND xã"
    short, full = citations(text)
    assert short.short_form and short.issuer is None
    assert full.issuer == "UBND xã"


def test_resolve_is_by_number_not_by_spelling() -> None:
    found = citations("Kế hoạch số 5/KH-UBND ngày 02/02/2026 của UBND xã; kế hoạch số 05/kh-ubnd")
    assert found[1].short_form and found[1].issuer == "UBND xã"
    assert found[1].type_name == "kế hoạch"


# --------------------------------------------------------------------------- spans, NFC, lines


def test_spans_index_the_nfc_text() -> None:
    text = unicodedata.normalize("NFD", "Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị;")
    c = _one(text)
    assert c.source is not None and c.source.span is not None
    start, end = c.source.span
    assert nfc(text)[start:end] == c.raw == "Nghị quyết số 57-NQ/TW của Bộ Chính trị"
    assert unicodedata.is_normalized("NFC", c.raw)


def test_source_lines() -> None:
    text = "Dòng một\nCăn cứ Luật số 87/2025/QH15 ngày 25 tháng\n6 năm 2025;\nhết"
    c = _one(text)
    assert c.source is not None
    assert (c.source.line, c.source.end_line) == (2, 3)


# --------------------------------------------------------------------------- real texts


@pytest.mark.shared
def test_seed_thieu_trung_opening(seeds_dir: Path) -> None:
    line = _line(seeds_dir / "ke-hoach-thieu-trung-2026.txt", "Thực hiện")
    found = citations(line)
    assert _numbers(found) == ["178/KH-UBND"]
    (c,) = found
    assert c.date == PartialDate(year=2026, month=4, day=19)
    assert c.issuer == "Sở Khoa học và Công nghệ tỉnh"
    assert c.title is not None and c.title.startswith("tổ chức tuyên truyền")
    assert "UBND xã" not in c.title
    _assert_spans(line, found)


@pytest.mark.shared
def test_seed_yen_nghia_opening(seeds_dir: Path) -> None:
    line = _line(seeds_dir / "ke-hoach-yen-nghia-2026.txt", "Thực hiện công văn số 2374")
    found = citations(line)
    assert _numbers(found) == [
        "2374/SKH-CN-ĐMST&SHTT",
        "58/KH-UBND",
        "38/KH-UBND",
        "20-KH/BCĐ57",
        "57-NQ/TW",
    ]
    assert [c.doctype for c in found] == ["CV", "KH", "KH", "KH", "NQ"]
    assert [c.issuer for c in found] == [
        "Sở Khoa học và Công nghệ Hà Nội",
        "UBND phường Yên Nghĩa",
        "UBND Thành phố",
        "Ban Chỉ đạo 57 Thành ủy",
        "Bộ Chính trị",
    ]
    assert not any(c.short_form for c in found)
    _assert_spans(line, found)


@pytest.mark.shared
def test_seed_yen_nghia_body(seeds_dir: Path) -> None:
    text = (seeds_dir / "ke-hoach-yen-nghia-2026.txt").read_text(encoding="utf-8")
    found = citations(text)
    _assert_spans(text, found)
    numbers = _numbers(found)
    assert "71/NQ-CP" in numbers
    resolution = found[numbers.index("71/NQ-CP")]
    assert (resolution.issuer, resolution.date) == (
        "Chính phủ",
        PartialDate(year=2025, month=4, day=1),
    )
    mentions = [c for c in found if _number(c) == "57-NQ/TW"]
    assert [c.short_form for c in mentions] == [False, False, True]
    second = mentions[1]  # cited in full a second time, in the body: reported as it is
    assert second.raw is not None and second.raw.startswith("Nghị quyết số 57-NQ/TW, ngày")
    assert second.issuer == "Bộ Chính trị"
    last = mentions[2]  # "… thực hiện Nghị quyết số 57-NQ/TW;" inside 71/NQ-CP's abstract
    assert last.raw == "Nghị quyết số 57-NQ/TW"
    assert last.issuer == "Bộ Chính trị"


@pytest.mark.shared
def test_corpus_12_decision_bases(corpus_dir: Path) -> None:
    path = _file(corpus_dir, "12_")
    raw_text = path.read_text(encoding="utf-8")
    found = citations(raw_text)
    _assert_spans(raw_text, found)
    for number in ("55/2024/QH15", "64/2025/QH15", "87/2025/QH15", "33/2025/NĐ-CP",
                   "105/2025/NĐ-CP", "235/QĐ-TTg"):  # fmt: skip
        assert number in _numbers(found)
    # The "Căn cứ" block, its wrapped lines joined as a reader joins them.
    lines = raw_text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip().startswith("Căn cứ"))
    last = next(i for i, line in enumerate(lines) if line.strip().startswith("Theo đề nghị"))
    block = _joined("\n".join(lines[first:last]))
    bases = citations(block)
    _assert_spans(block, bases)
    assert [(c.type_name, _number(c)) for c in bases] == [
        ("Luật", "55/2024/QH15"),
        ("Luật", "64/2025/QH15"),
        ("Luật", "87/2025/QH15"),
        ("Nghị định", "33/2025/NĐ-CP"),
        ("Nghị định", "105/2025/NĐ-CP"),
        ("Luật", None),
        ("Quyết định", "235/QĐ-TTg"),
        ("Luật", None),
    ]
    law = bases[0]
    assert law.title == "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"
    assert law.date == PartialDate(year=2024, month=11, day=29)
    assert bases[1].title == "Ban hành văn bản quy phạm pháp luật"
    assert bases[1].date == PartialDate(year=2025, month=2, day=19)
    assert bases[2].date == PartialDate(year=2025, month=6, day=25)
    assert [c.issuer for c in bases[3:5]] == ["Chính phủ", "Chính phủ"]
    assert bases[3].title is not None and bases[3].title.startswith("quy định chức năng")
    assert bases[5].title == "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"  # law by name only
    assert bases[6].issuer == "Thủ tướng Chính phủ"
    assert bases[6].date == PartialDate(year=2025, month=1, day=25)


@pytest.mark.shared
def test_corpus_14_draft_decision_bases(corpus_dir: Path) -> None:
    text = _file(corpus_dir, "14_").read_text(encoding="utf-8")
    found = citations(text)
    _assert_spans(text, found)
    assert _numbers(found)[:5] == [None, "76/NQ-CP", "378/QĐ-UBND", "688/QĐ-BCĐ", "/QĐ-BCĐ"]
    law = found[0]
    assert (law.type_name, law.title) == ("Luật", "Tổ chức chính quyền địa phương")
    assert law.date == PartialDate(year=2025, month=6, day=16)
    assert found[2].issuer == "Ủy ban nhân dân tỉnh"
    assert found[2].title is not None and found[2].title.startswith("thành lập Ban Chỉ đạo")
    blank = found[4]
    assert blank.number is not None and blank.number.seq is None
    assert blank.date == PartialDate(year=2025)
    assert blank.issuer == "Trưởng Ban Chỉ đạo"


@pytest.mark.shared
def test_corpus_07_laws_and_party_documents(corpus_dir: Path) -> None:
    line = _line(_file(corpus_dir, "07_"), "Căn cứ Luật Bầu cử")
    found = citations(line)
    _assert_spans(line, found)
    assert _numbers(found) == [
        "85/2015/QH13",
        "83/2025/QH15",
        "75/2015/QH13",
        "97/2025/QH15",
        None,
        None,
        None,
        None,
        "46-CT/TW",
        "06/KH-MTTW-BTT",
        "33/KH-MTTQ-BTT",
        "21-KH/ĐU",
        "46-CT/TW",
    ]
    assert [c.title for c in found[4:8]] == [
        "Mặt trận Tổ quốc Việt Nam",
        "Công đoàn",
        "Thanh niên",
        "Thực hiện dân chủ ở cơ sở",
    ]
    assert found[0].date == PartialDate(year=2015, month=6, day=25)
    assert found[8].issuer == found[12].issuer == "Bộ Chính trị"
    assert not found[12].short_form  # cited in full a second time


@pytest.mark.shared
def test_corpus_03_plan_bases(corpus_dir: Path) -> None:
    path = _file(corpus_dir, "03_")
    starts = ("Căn cứ Quyết định", "Căn cứ Nghị định", "Căn cứ Luật")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.startswith(starts)]  # fmt: skip
    found = [c for line in lines for c in citations(line)]
    assert _numbers(found) == [
        "525/QĐ-UBND",
        "35/2022/NĐ-CP",
        "32/2024/NĐ-CP",
        "61/2024/QH15",
        "71/2025/QH15",
        "786/QĐ-TTg",
    ]
    assert found[3].title == "Điện lực"
    assert found[4].title == "Công nghiệp công nghệ số"  # "số số 71/…": the first is the name's
    assert found[5].issuer == "Thủ tướng Chính phủ"


@pytest.mark.shared
def test_corpus_22_report_resolves_its_short_mentions(corpus_dir: Path) -> None:
    text = _file(corpus_dir, "22_").read_text(encoding="utf-8")
    found = citations(text)
    _assert_spans(text, found)
    plans = [c for c in found if _number(c) == "89/KH-UBND"]
    assert [c.short_form for c in plans] == [False, True]
    assert plans[1].issuer == plans[0].issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    assert {"606/BCT-ATMT", "1806/SNV-LĐVL", "752/KH-SCT", "44/2016/NĐ-CP"} <= set(_numbers(found))


@pytest.mark.shared
def test_every_shared_text_reads_with_sound_spans(seeds_dir: Path, corpus_dir: Path) -> None:
    paths = sorted(seeds_dir.glob("*.txt")) + sorted(corpus_dir.glob("*.txt"))
    assert len(paths) >= 10
    for path in paths:
        text = path.read_text(encoding="utf-8")
        _assert_spans(text, citations(text))


# --------------------------------------------------------------------------- properties

_WORDS = [
    "số", "Số", "số:", "ngày", "tháng", "năm", "của", "về", "về việc", "V/v", "Kế hoạch",
    "kế hoạch", "KẾ HOẠCH", "hành động", "Luật", "luật", "Bộ luật", "Pháp lệnh", "Hiến pháp",
    "Nghị quyết", "Quyết định", "Chỉ thị", "Công văn", "Thông tư liên tịch", "pháp", "sửa đổi",
    "UBND", "Sở", "Chính phủ", "Ban", "KH", "NQ", "TW", "QH15", "A", "Đ", "a", "1", "05", "12",
    "2026", "…", "...", ".", ",", ";", ":", "/", "-", " - ", "–", "&", " ", "  ", "\t", "\n",
    "(", ")", "“", "”", "(sau đây", "có hiệu lực", "thực hiện", "\u0301",
]  # fmt: skip

_citation_text = st.lists(st.sampled_from(_WORDS), max_size=60).map("".join)


def _check(text: str) -> None:
    found = citations(text)
    _assert_spans(text, found)
    assert [c.raw for c in extract(text)] == [c.raw for c in found]


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=300)
@given(_citation_text)
def test_never_raises_on_citation_like_text(text: str) -> None:
    _check(text)


@given(st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
def test_never_raises_on_spaced_citation_words(text: str) -> None:
    _check(text)


# --------------------------------------------------------------------------- adversarial size


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch số " * 80_000,
        "Luật " * 200_000,
        "ngày 1/" * 100_000,
        "Luật Ab " * 40_000,
        "Kế hoạch hành động a b c d e " * 30_000,
        "Kế hoạch số 1/KH-UBND ngày 1/1/2026 của " + "Ab " * 300_000,
        "Quyết định số 1" + "-1" * 500_000,
        "Nghị quyết số 1/NQ về a" + ", " * 500_000,
        "ngày … tháng " * 80_000,
    ],
    ids=["ke-hoach-so", "luat", "ngay", "luat-name", "qualifiers", "issuer", "number",
         "commas", "date-fill"],
)  # fmt: skip
def test_a_megabyte_of_near_misses_completes(text: str) -> None:
    found = citations(text)
    assert len(found) <= len(text)
