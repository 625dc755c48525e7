"""Body and plan rules on real text (seeds and corpus from ../shared).

Every rule is shown firing (on a real text, or on a real text minimally altered, the
alteration stated) and not firing.  The table below is the whole output of both
families, in draft mode, on every seed and corpus document: anything more is a false
alarm, anything less a miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import document_text
from vnplan import read, rules
from vnplan.doctypes.plan import Assignment, Plan, Schedule
from vnplan.findings import Finding, Severity
from vnplan.model import (
    Body,
    Division,
    DivisionKind,
    Document,
    IssueLine,
    Paragraph,
    PartialDate,
    Recipient,
    Recipients,
)

THIEU_TRUNG = "ke-hoach-thieu-trung-2026.txt"
YEN_NGHIA = "ke-hoach-yen-nghia-2026.txt"
FAMILIES = ("body.", "plan.")
# The capitalisation rules (Phụ lục II) also report on the body; their own tests pin them.
CAPITALISATION = ("body.capital-", "body.lower-")


_text = document_text


def _findings(text: str, mode: str = "draft") -> list[Finding]:
    doc, _ = read.text(text)
    return [
        f
        for f in rules.validate(doc, mode=mode).findings
        if f.code.startswith(FAMILIES) and not f.code.startswith(CAPITALISATION)
    ]


def _of(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def _status(doc: Document, code: str) -> str:
    report = rules.validate(doc, mode="draft")
    return next(s.status.value for s in report.rules if s.code == code)


# --------------------------------------------------------------------------- the whole output

EXPECTED: dict[str, set[str]] = {
    # The seeds: the clerk's note (the doubled word) and no funding section (practice).
    THIEU_TRUNG: {"body.doubled-word", "plan.funding-section"},
    YEN_NGHIA: {"plan.funding-section"},
    "02_kehoach_ubnd-tinh-lao-cai-chi-thi-11-khoang-san.txt": set(),
    "03_kehoach_so-cong-thuong-lao-cai-de-an-08.txt": {"plan.funding-section"},
    "05_kehoach_so-cong-thuong-lao-cai-kiem-tra-cap-gcn.txt": {"plan.funding-section"},
    # 07: "3.2." printed twice, and "4." missing under TỔ CHỨC THỰC HIỆN (1, 2, 3, 5 …).
    "07_kehoach_mttq-xa-luong-minh-bau-cu.txt": {
        "body.numbering-duplicate", "body.numbering-sequence", "plan.funding-section"},
    "11_kehoach_so-cong-thuong-lao-cai-huan-luyen-vlncn.txt": {"plan.funding-section"},
    "12_quyetdinh_bo-xay-dung-giai-phap-pccc.txt": set(),
    "14_quyetdinh_to-giup-viec-cchc-lam-dong-du-thao.txt": set(),
    # 16: "a) … e) f) g) h) k)": f) is no Vietnamese letter, and i) is skipped.
    "16_congvan_ubnd-tinh-lao-cai-quan-ly-vlncn.txt": {
        "body.point-letter", "body.numbering-sequence"},
    "17_congvan_so-nnmt-lao-cai-y-kien-ccn-bao-dap.txt": set(),
    "19_congvan_so-cong-thuong-lao-cai-kh-kiem-tra-nghiem-thu.txt": set(),
    "21_thongbao_vp-ubnd-tinh-lao-cai-ket-luan-ccn.txt": set(),
    "22_baocao_so-cong-thuong-lao-cai-thang-atvsld.txt": set(),
    "24_totrinh_so-cong-thuong-lao-cai-vbqppl-tien-chat.txt": set(),
    "26_congvan_ubnd-tinh-lam-dong-giao-snv-gop-y-8151.txt": set(),
    "28_baocao_doan-kiem-tra-sct-lao-cai-ket-qua-kiem-tra.txt": set(),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_families_report_exactly_what_a_clerk_would(
    name: str, seeds_dir: Path, corpus_dir: Path
) -> None:
    folder = seeds_dir if name.startswith("ke-hoach") else corpus_dir
    found = _findings(_text(folder / name))
    assert {f.code for f in found} == EXPECTED[name]
    assert all(f.severity is not Severity.ERROR for f in found)


def test_no_rule_of_the_families_crashes_on_the_real_texts(
    seeds_dir: Path, corpus_dir: Path
) -> None:
    for path in [*sorted(seeds_dir.glob("*.txt")), *sorted(corpus_dir.glob("*.txt"))]:
        doc, _ = read.text(_text(path))
        for status in rules.validate(doc, mode="draft").rules:
            if status.code.startswith(FAMILIES):
                assert "crashed" not in (status.reason or ""), (path.name, status)


# --------------------------------------------------------------------------- numbering


def test_a_repeated_number_and_a_gap_in_corpus_07(corpus_dir: Path) -> None:
    found = _findings(_text(corpus_dir / "07_kehoach_mttq-xa-luong-minh-bau-cu.txt"))
    (duplicate,) = _of(found, "body.numbering-duplicate")
    assert (duplicate.observed, duplicate.expected, duplicate.line) == ("3.2.", "3.3.", 73)
    assert duplicate.severity is Severity.WARNING
    (gap,) = _of(found, "body.numbering-sequence")
    assert (gap.observed, gap.expected, gap.line) == ("5.", "4.", 151)
    assert gap.path is not None and gap.path.startswith("body.children[")


def test_corpus_16_letters_f_and_skips_i(corpus_dir: Path) -> None:
    found = _findings(_text(corpus_dir / "16_congvan_ubnd-tinh-lao-cai-quan-ly-vlncn.txt"))
    (letter,) = _of(found, "body.point-letter")
    assert (letter.observed, letter.line, letter.severity) == ("f)", 135, Severity.WARNING)
    (skip,) = _of(found, "body.numbering-sequence")
    assert (skip.observed, skip.expected, skip.line) == ("k)", "i)", 152)


def test_the_full_vietnamese_alphabet_passes(corpus_dir: Path) -> None:
    """14 runs a) … đ) … i) k) l) m) n) o) p) and numbers its articles 1–4 (Quy chế: 1–7)."""
    found = _findings(_text(corpus_dir / "14_quyetdinh_to-giup-viec-cchc-lam-dong-du-thao.txt"))
    assert not found


def test_a_skipped_section_fires(seeds_dir: Path) -> None:
    # Altered: "III. TỔ CHỨC THỰC HIỆN" renumbered "IV.".
    text = _text(seeds_dir / THIEU_TRUNG).replace("III. TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN")
    (gap,) = _of(_findings(text), "body.numbering-sequence")
    assert (gap.observed, gap.expected) == ("IV.", "III.")


def test_a_skipped_article_fires(corpus_dir: Path) -> None:
    # Altered: "Điều 3." renumbered "Điều 4." (articles run on through the document).
    name = "12_quyetdinh_bo-xay-dung-giai-phap-pccc.txt"
    text = _text(corpus_dir / name).replace("Điều 3. Tổ chức", "Điều 4. Tổ chức")
    (gap,) = _of(_findings(text), "body.numbering-sequence")
    assert (gap.observed, gap.expected) == ("Điều 4.", "Điều 3.")


def test_a_sub_item_under_the_wrong_item_fires(corpus_dir: Path) -> None:
    # Altered: the first sub-item of item 2, "2.1.", printed "1.1.".
    name = "07_kehoach_mttq-xa-luong-minh-bau-cu.txt"
    text = _text(corpus_dir / name).replace("\n2.1. Chuẩn bị", "\n1.1. Chuẩn bị")
    found = _findings(text)
    (prefix,) = _of(found, "body.subitem-prefix")
    assert (prefix.observed, prefix.expected) == ("1.1.", "2.1.")
    assert "body.subitem-prefix" not in EXPECTED[name]


def test_a_new_list_after_prose_may_start_again() -> None:
    body = Body(children=(
        Division(kind=DivisionKind.ITEM, label="1", marker="1.", heading=Paragraph.of("A")),
        Division(kind=DivisionKind.ITEM, label="2", marker="2.", heading=Paragraph.of("B")),
        Paragraph.of("Ngoài ra:"),
        Division(kind=DivisionKind.ITEM, label="1", marker="1.", heading=Paragraph.of("C")),
        Division(kind=DivisionKind.ITEM, label="1", marker="1.", heading=Paragraph.of("D")),
    ))
    report = rules.validate(Document(doctype="CV", body=body), mode="draft")
    codes = [f.code for f in report.findings if f.code.startswith("body.numbering")]
    assert codes == ["body.numbering-duplicate"]  # the restart passes; the second "1." not


# --------------------------------------------------------------------------- section headings


def test_a_lower_case_section_heading_fires(seeds_dir: Path) -> None:
    # Altered: "II. NỘI DUNG" written "II. Nội dung".
    text = _text(seeds_dir / THIEU_TRUNG).replace("II. NỘI DUNG", "II. Nội dung")
    (hit,) = _of(_findings(text), "body.section-upper")
    assert (hit.observed, hit.expected, hit.severity) == ("Nội dung", "NỘI DUNG", Severity.WARNING)
    assert hit.line == 29


def test_capital_section_headings_pass(seeds_dir: Path) -> None:
    doc, _ = read.text(_text(seeds_dir / YEN_NGHIA))
    assert _status(doc, "body.section-upper") == "passed"


# --------------------------------------------------------------------------- doubled words


def test_thieu_trung_doubles_a_word_across_the_page_break(seeds_dir: Path) -> None:
    """The clerk's note: "nhiệm vụ" / "vụ của từng" (a warning in draft mode)."""
    (hit,) = _of(_findings(_text(seeds_dir / THIEU_TRUNG)), "body.doubled-word")
    assert hit.severity is Severity.WARNING
    assert hit.line == 37
    assert hit.observed == "nhiệm vụ vụ của" and hit.expected == "nhiệm vụ của"
    assert "sang trang" in hit.message and "page break" in hit.message_en


def test_a_page_break_without_a_doubled_word_passes(seeds_dir: Path) -> None:
    """Yên Nghĩa breaks a paragraph across a page ("trọng tâm là" / "giới thiệu")."""
    doc, _ = read.text(_text(seeds_dir / YEN_NGHIA))
    joins = [j for p in doc.body.paragraphs() if p.source for j in p.source.joins]
    assert joins  # the reader joined the two halves
    assert _status(doc, "body.doubled-word") == "passed"


def test_words_doubled_inside_a_sentence_are_not_judged(seeds_dir: Path) -> None:
    # Altered: reduplication inside one line ("người người, nhà nhà"), no join there.
    text = _text(seeds_dir / YEN_NGHIA).replace(
        "Vận động Nhân dân ứng dụng", "Vận động người người, nhà nhà ứng dụng")
    assert not _of(_findings(text), "body.doubled-word")


def test_reduplication_at_a_break_is_not_a_slip(seeds_dir: Path) -> None:
    # Altered: the page break now falls inside "người người" (a reduplicative word).
    text = _text(seeds_dir / YEN_NGHIA).replace(
        "trọng tâm là\n\ngiới thiệu", "trọng tâm là để người\n\nngười thi đua giới thiệu")
    assert not _of(_findings(text), "body.doubled-word")


def test_several_words_doubled_at_a_break_fire_once(seeds_dir: Path) -> None:
    # Altered: the line after the page break repeats "trọng tâm là".
    text = _text(seeds_dir / YEN_NGHIA).replace(
        "trọng tâm là\n\ngiới thiệu", "trọng tâm là\n\ntrọng tâm là giới thiệu")
    (hit,) = _of(_findings(text), "body.doubled-word")
    assert hit.message.startswith("Từ “trọng tâm là”")


def test_a_word_doubled_at_a_line_wrap_fires(corpus_dir: Path) -> None:
    # Altered: the PDF line "… quy định sửa" now ends "sửa đổi" before "đổi, bổ sung".
    name = "16_congvan_ubnd-tinh-lao-cai-quan-ly-vlncn.txt"
    text = _text(corpus_dir / name).replace("quy định sửa\n", "quy định sửa đổi\n")
    (hit,) = _of(_findings(text), "body.doubled-word")
    assert "xuống dòng" in hit.message and "line break" in hit.message_en


# --------------------------------------------------------------------------- closing mark


def test_a_missing_closing_mark_is_an_info(seeds_dir: Path) -> None:
    # Altered: the last paragraph ends "pháp luật." instead of "pháp luật./.".
    text = _text(seeds_dir / THIEU_TRUNG).replace("pháp luật./.", "pháp luật.")
    (hit,) = _of(_findings(text), "body.closing-mark")
    assert hit.severity is Severity.INFO and hit.line == 112
    assert hit.expected is not None and hit.expected.endswith("pháp luật./.")


def test_the_closing_mark_passes_on_every_real_text(seeds_dir: Path, corpus_dir: Path) -> None:
    for path in [*seeds_dir.glob("*.txt"), *corpus_dir.glob("*.txt")]:
        doc, _ = read.text(_text(path))
        assert _status(doc, "body.closing-mark") == "passed", path.name


# --------------------------------------------------------------------------- plan sections


def test_neither_seed_has_a_funding_section(seeds_dir: Path) -> None:
    for name in (THIEU_TRUNG, YEN_NGHIA):
        (hit,) = _of(_findings(_text(seeds_dir / name)), "plan.funding-section")
        assert hit.severity is Severity.WARNING and hit.source == rules.PRACTICE


def test_corpus_02_has_every_section(corpus_dir: Path) -> None:
    doc, _ = read.text(_text(corpus_dir / "02_kehoach_ubnd-tinh-lao-cai-chi-thi-11-khoang-san.txt"))
    for code in ("plan.purpose-section", "plan.content-section", "plan.implementation-section",
                 "plan.funding-section"):
        assert _status(doc, code) == "passed"


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        # Altered: the purposes heading and its two sub-headings renamed.
        ("I. MỤC ĐÍCH, YÊU CẦU", "I. NHỮNG ĐIỂM CHÍNH", "plan.purpose-section"),
        # Altered: "II. NỘI DUNG" renamed to a heading that is no content heading.
        ("II. NỘI DUNG", "II. THÔNG TIN", "plan.content-section"),
        # Altered: "III. TỔ CHỨC THỰC HIỆN" renamed.
        ("III. TỔ CHỨC THỰC HIỆN", "III. CÁC ĐƠN VỊ", "plan.implementation-section"),
    ],
)
def test_a_missing_section_fires(seeds_dir: Path, old: str, new: str, code: str) -> None:
    text = _text(seeds_dir / THIEU_TRUNG).replace(old, new)
    text = text.replace("1. Mục đích:", "1. Ý nghĩa:").replace("2. Yêu cầu:", "2. Cách làm:")
    (hit,) = _of(_findings(text), code)
    assert hit.severity is Severity.WARNING and hit.path == "body"


def test_a_run_in_funding_heading_counts(seeds_dir: Path) -> None:
    # Altered: the run-in heading "* Hình thức tổ chức" made "* Kinh phí: ngân sách xã."
    text = _text(seeds_dir / THIEU_TRUNG).replace(
        "*** Hình thức tổ chức**", "*** Kinh phí: ngân sách xã.**")
    assert not _of(_findings(text), "plan.funding-section")


def test_the_plan_rules_are_for_plans_only(corpus_dir: Path) -> None:
    doc, _ = read.text(_text(corpus_dir / "12_quyetdinh_bo-xay-dung-giai-phap-pccc.txt"))
    assert _status(doc, "plan.funding-section") == "not_applicable"


# --------------------------------------------------------------------------- schedule


def test_a_schedule_starting_after_its_end_fires(seeds_dir: Path) -> None:
    # Altered: the start moved from 20/4/2026 to 20/6/2026 (the end stays 18/5/2026).
    text = _text(seeds_dir / THIEU_TRUNG).replace("Từ ngày 20/4/2026", "Từ ngày 20/6/2026")
    (hit,) = _of(_findings(text), "plan.schedule-order")
    assert (hit.observed, hit.line) == ("20/6/2026", 69)


def test_the_seed_schedules_pass(seeds_dir: Path) -> None:
    doc, _ = read.text(_text(seeds_dir / THIEU_TRUNG))
    assert _status(doc, "plan.schedule-order") == "passed"
    assert _status(doc, "plan.schedule-after-issue") == "passed"  # issued "năm 2026": no proof
    doc, _ = read.text(_text(seeds_dir / YEN_NGHIA))
    assert _status(doc, "plan.schedule-order") == "not_applicable"  # "Từ ngày ban hành …"
    assert _status(doc, "plan.schedule-after-issue") == "passed"  # April vs 19/5


def test_a_schedule_ending_before_the_issue_date_fires(seeds_dir: Path) -> None:
    # Altered: the blank date line dated 20 May 2026, after the schedule's end (18/5/2026).
    text = _text(seeds_dir / THIEU_TRUNG).replace(
        "Thiệu Trung, ngày tháng năm 2026", "Thiệu Trung, ngày 20 tháng 5 năm 2026")
    (hit,) = _of(_findings(text), "plan.schedule-after-issue")
    assert (hit.observed, hit.expected) == ("18/5/2026", "≥ 20/5/2026")


def test_the_issue_date_check_needs_a_year() -> None:
    plan = Plan.build(schedule=Schedule.between(None, PartialDate(year=2026, month=5, day=18)))
    doc = plan.to_document(issue_line=IssueLine(place="Thiệu Trung"))
    assert _status(doc, "plan.schedule-after-issue") == "not_evaluated"


# --------------------------------------------------------------------------- assignments


def test_an_assignment_without_a_unit_fires(seeds_dir: Path) -> None:
    # Altered: the first unit's line "1. Phòng Văn hóa - Xã hội" made "1. Nhiệm vụ chung".
    text = _text(seeds_dir / THIEU_TRUNG).replace(
        "1. Phòng Văn hóa - Xã hội\n", "1. Nhiệm vụ chung\n")
    (hit,) = _of(_findings(text), "plan.assignment-unit")
    assert (hit.observed, hit.line, hit.severity) == ("Nhiệm vụ chung", 75, Severity.WARNING)


def test_the_real_assignments_name_their_units(seeds_dir: Path, corpus_dir: Path) -> None:
    names = [seeds_dir / THIEU_TRUNG, seeds_dir / YEN_NGHIA,
             *sorted(corpus_dir.glob("0*_kehoach_*.txt")), *sorted(corpus_dir.glob("11_*.txt"))]
    for path in names:
        doc, _ = read.text(_text(path))
        assert _status(doc, "plan.assignment-unit") == "passed", path.name


def test_units_missing_from_the_recipients_are_infos(seeds_dir: Path) -> None:
    # Altered: the group recipient "- Các phòng, đơn vị thuộc xã;" removed.
    text = _text(seeds_dir / THIEU_TRUNG).replace("- Các phòng, đơn vị thuộc xã;\n", "")
    found = _of(_findings(text), "plan.units-in-recipients")
    assert [f.observed for f in found] == [
        "Phòng Văn hóa - Xã hội", "Văn phòng HĐND – UBND", "Phòng Kinh tế",
        "Trung tâm Phục vụ hành chính công", "Trung tâm Cung ứng dịch vụ công"]
    assert all(f.severity is Severity.INFO for f in found)
    # "Tổ công nghệ số cộng đồng các thôn" is "Tổ CNSCĐ các đơn vị thôn": not reported.


def test_units_named_as_a_group_or_abbreviated_pass(seeds_dir: Path, corpus_dir: Path) -> None:
    """Groups ("Các phòng, đơn vị thuộc xã", "Các phòng trực thuộc Sở", "Các Sở, ban, ngành")
    and abbreviations ("Chi cục QLTT", "BTT Ủy ban MTTQ VN xã") cover the units."""
    for path in (seeds_dir / THIEU_TRUNG, seeds_dir / YEN_NGHIA,
                 corpus_dir / "02_kehoach_ubnd-tinh-lao-cai-chi-thi-11-khoang-san.txt",
                 corpus_dir / "03_kehoach_so-cong-thuong-lao-cai-de-an-08.txt",
                 corpus_dir / "07_kehoach_mttq-xa-luong-minh-bau-cu.txt"):
        doc, _ = read.text(_text(path))
        assert _status(doc, "plan.units-in-recipients") == "passed", path.name


def test_a_plan_built_in_code_with_its_units_among_the_recipients_passes() -> None:
    plan = Plan.build(
        purposes=["Hưởng ứng."], contents=["Tuyên truyền."], budget="Ngân sách xã.",
        assignments=[Assignment.of("Phòng Kinh tế", tasks=["Lồng ghép."]),
                     Assignment.of("Công an xã", tasks=["Phối hợp."])],
    )
    doc = plan.to_document(recipients=Recipients(entries=(
        Recipient(name="Phòng Kinh tế"), Recipient(name="Công an xã"))))
    report = rules.validate(doc, mode="draft")
    assert not [f for f in report.findings if f.code.startswith("plan.")]
