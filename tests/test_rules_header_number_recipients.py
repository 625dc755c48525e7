"""Header, number and recipient rules on real text (seeds and corpus from ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import document_text
from vnplan import read, rules
from vnplan.findings import Severity
from vnplan.model import Document

_text = document_text


def _codes(
    text: str, mode: str = "draft", family: tuple[str, ...] = ("header", "number", "recipients")
) -> dict[str, Severity]:
    doc, _ = read.text(text)
    report = rules.validate(doc, mode=mode)
    return {f.code: f.severity for f in report.findings if f.code.startswith(family)}


def _codes_of(doc: Document, mode: str = "draft") -> set[str]:
    return {f.code for f in rules.validate(doc, mode=mode).findings}


# --------------------------------------------------------------------------- the seeds' notes


def test_thieu_trung_clerk_notes(seeds_dir: Path) -> None:
    found = _codes(_text(seeds_dir / "ke-hoach-thieu-trung-2026.txt"))
    assert found["header.national-name"] is Severity.ERROR
    assert found["header.motto"] is Severity.ERROR
    assert found["header.issuer"] is Severity.ERROR
    assert found["number.blank-sequence"] is Severity.INFO
    assert found["number.no-spaces"] is Severity.ERROR
    assert found["recipients.archive-colon"] is Severity.ERROR


def test_yen_nghia_clerk_notes(seeds_dir: Path) -> None:
    found = _codes(_text(seeds_dir / "ke-hoach-yen-nghia-2026.txt"))
    assert found["number.blank-sequence"] is Severity.INFO
    assert "number.no-spaces" not in found  # "Số: /KH-UBND" has no space in the symbol
    assert found["recipients.archive-colon"] is Severity.ERROR
    assert "recipients.purpose" not in found  # "(để b/c)", "(để p/h)", "(để t/h)" well formed


# --------------------------------------------------------------------------- the corpus

CLEAN_HEADERS = (
    "02_kehoach_ubnd-tinh-lao-cai-chi-thi-11-khoang-san.txt",
    "12_quyetdinh_bo-xay-dung-giai-phap-pccc.txt",
    "16_congvan_ubnd-tinh-lao-cai-quan-ly-vlncn.txt",
    "21_thongbao_vp-ubnd-tinh-lao-cai-ket-luan-ccn.txt",
    "22_baocao_so-cong-thuong-lao-cai-thang-atvsld.txt",
)


@pytest.mark.parametrize("name", CLEAN_HEADERS)
def test_no_header_finding_where_the_header_is_complete(name: str, corpus_dir: Path) -> None:
    assert not [c for c in _codes(_text(corpus_dir / name)) if c.startswith("header.")]


def test_the_old_tone_style_is_accepted(corpus_dir: Path) -> None:
    """03 prints "CỘNG HOÀ": the decree's own tables do too."""
    assert "header.national-name" not in _codes(
        _text(
            corpus_dir
            / CLEAN_HEADERS[0].replace(
                "02_kehoach_ubnd-tinh-lao-cai-chi-thi-11-khoang-san",
                "03_kehoach_so-cong-thuong-lao-cai-de-an-08",
            )
        )
    )


def test_en_dash_in_the_motto_is_an_info(corpus_dir: Path) -> None:
    # Altered: the motto's hyphens replaced with en dashes.
    text = _text(corpus_dir / CLEAN_HEADERS[1]).replace(
        "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"
    )
    assert _codes(text)["header.motto"] is Severity.INFO


def test_no_district_above_a_commune_body_after_the_reform(corpus_dir: Path) -> None:
    # Altered: 12's issuer renamed to a district committee (the document is dated 2026).
    text = _text(corpus_dir / CLEAN_HEADERS[1]).replace("BỘ XÂY DỰNG", "UBND HUYỆN BẢO THẮNG", 1)
    assert "header.no-district" in _codes(text)
    assert "header.no-district" not in _codes(_text(corpus_dir / CLEAN_HEADERS[1]))


def test_number_slips_in_the_corpus(corpus_dir: Path) -> None:
    """17 "Số:6791 /…" (no space after the colon, a space before the slash); 24 "TTr - SCT"."""
    found = _codes(_text(corpus_dir / "17_congvan_so-nnmt-lao-cai-y-kien-ccn-bao-dap.txt"))
    assert "number.prefix" in found and "number.no-spaces" in found
    found = _codes(_text(corpus_dir / "24_totrinh_so-cong-thuong-lao-cai-vbqppl-tien-chat.txt"))
    assert "number.no-spaces" in found
    assert "number.type-code" not in found


def test_report_numbered_without_its_type_code(corpus_dir: Path) -> None:
    """28: a Báo cáo numbered "Số: /ĐKT-SCT", with no BC code."""
    found = _codes(_text(corpus_dir / "28_baocao_doan-kiem-tra-sct-lao-cai-ket-qua-kiem-tra.txt"))
    assert found["number.type-code"] is Severity.ERROR


def test_leading_zero(corpus_dir: Path) -> None:
    text = _text(corpus_dir / CLEAN_HEADERS[1])
    assert "number.leading-zero" not in _codes(text, mode="final")
    # Altered: 1074 renumbered 7.
    assert "number.leading-zero" in _codes(text.replace("1074/QĐ-BXD", "7/QĐ-BXD"), mode="final")


def test_final_mode_blank_number_is_an_error(corpus_dir: Path) -> None:
    found = _codes(_text(corpus_dir / CLEAN_HEADERS[0]), mode="final")
    assert found["number.blank-sequence"] is Severity.ERROR


def test_archive_line_slips(corpus_dir: Path) -> None:
    """07 "- Lưu: MTTQ" (no VT, no full stop); 26 "Lưu: VT, NC.Châu" (no full stop)."""
    found = _codes(_text(corpus_dir / "07_kehoach_mttq-xa-luong-minh-bau-cu.txt"))
    assert "recipients.archive-vt" in found and "recipients.archive-full-stop" in found
    found = _codes(_text(corpus_dir / "26_congvan_ubnd-tinh-lam-dong-giao-snv-gop-y-8151.txt"))
    assert "recipients.archive-full-stop" in found
    assert "recipients.archive-colon" not in found


def test_as_above_only_with_addressees(corpus_dir: Path) -> None:
    letter = _text(corpus_dir / "16_congvan_ubnd-tinh-lao-cai-quan-ly-vlncn.txt")
    assert "recipients.as-above" not in _codes(letter)
    decision = _text(corpus_dir / CLEAN_HEADERS[1])
    assert "recipients.as-above" not in _codes(decision)  # "Như Điều 3", not "Như trên"


def test_entry_format(corpus_dir: Path) -> None:
    text = _text(corpus_dir / CLEAN_HEADERS[1])
    assert "recipients.entry-format" not in _codes(text)
    # Altered: one recipient loses its closing semicolon.
    assert "recipients.entry-format" in _codes(
        text.replace("- Văn phòng Chính phủ;", "- Văn phòng Chính phủ")
    )


def test_recipients_present(corpus_dir: Path) -> None:
    text = _text(corpus_dir / CLEAN_HEADERS[1])
    assert "recipients.present" not in _codes(text)
    # Altered: the "Nơi nhận" block cut off.
    cut = text[: text.index("Nơi nhận:")]
    assert "recipients.present" in _codes(cut)


def test_a_name_in_parentheses_is_not_a_purpose(corpus_dir: Path) -> None:
    """16: "CVP, PCVP UBND tỉnh (Bích)" names the drafter's contact, not a purpose."""
    text = _text(corpus_dir / "16_congvan_ubnd-tinh-lao-cai-quan-ly-vlncn.txt")
    doc, _ = read.text(text)
    assert doc.recipients is not None
    assert all(r.purpose is None for r in doc.recipients.entries)
    assert "recipients.purpose" not in _codes(text)
    found = _codes(_text(corpus_dir / "12_quyetdinh_bo-xay-dung-giai-phap-pccc.txt"))
    assert "recipients.purpose" not in found  # "(để b/c)" is well formed
