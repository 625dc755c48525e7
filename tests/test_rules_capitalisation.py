"""Capitalisation rules in the body (Phụ lục II) on real text: seeds, corpus, the decree.

Each rule is shown firing and not firing on a real document; where no real text
has the slip, a real text is altered minimally and the alteration is stated in a
comment next to the ``replace``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from conftest import document_text
from vnplan import read, rules
from vnplan.findings import Finding, Severity
from vnplan.model import Body, Division, DivisionKind, Document, Paragraph, Run
from vnplan.rules import Status
from vnplan.strategies import documents

CODES = (
    "body.capital-nha-nuoc",
    "body.capital-nhan-dan",
    "body.capital-division-ref",
    "body.lower-clause-ref",
    "body.lower-unit-noun",
)
THIEU_TRUNG = "ke-hoach-thieu-trung-2026.txt"
YEN_NGHIA = "ke-hoach-yen-nghia-2026.txt"


_text = document_text


def _corpus(corpus_dir: Path, prefix: str) -> str:
    return _text(next(corpus_dir.glob(f"{prefix}_*.txt")))


def _family(text: str, mode: str = "draft") -> list[Finding]:
    doc, _ = read.text(text)
    return [f for f in rules.validate(doc, mode=mode).findings if f.code in CODES]


def _of(text: str, code: str) -> list[Finding]:
    return [f for f in _family(text) if f.code == code]


def _status(doc: Document, code: str) -> Status:
    return next(s.status for s in rules.validate(doc, mode="draft").rules if s.code == code)


# --------------------------------------------------------------------------- the whole output

EXPECTED: dict[str, Counter[tuple[str, str]]] = {
    # The clerk's notes name no capital slip in the body of either seed.  Yên Nghĩa writes
    # "các nền tảng số của Thành phố Hà Nội": "thành phố Hà Nội" (mục III.1.a; only "Thủ đô Hà
    # Nội" and "Thành phố Hồ Chí Minh" are special, III.1.c).
    THIEU_TRUNG: Counter(),
    YEN_NGHIA: Counter({("body.lower-unit-noun", "Thành phố Hà Nội"): 1}),
    # 02: "đến nhân dân", "vận động nhân dân" in one paragraph (it writes "Nhân dân" elsewhere);
    # its many "quản lý nhà nước", "ngân sách nhà nước", "cơ quan nhà nước" are right.
    "02": Counter({("body.capital-nhan-dan", "nhân dân"): 2}),
    "03": Counter(),
    "05": Counter(),
    # 07: "vận động nhân dân" three times; "tại mục II Kế hoạch này" four times (V.7).
    "07": Counter({("body.capital-nhan-dan", "nhân dân"): 3,
                   ("body.capital-division-ref", "mục II"): 4}),
    "11": Counter(),
    "12": Counter(),
    "14": Counter(),
    # 16: "chấp hành nghiêm các quy định của nhà nước": the State.
    "16": Counter({("body.capital-nha-nuoc", "nhà nước"): 1}),
    "17": Counter(),
    "19": Counter(),
    "21": Counter(),
    "22": Counter(),
    "24": Counter(),
    "26": Counter(),
    "28": Counter(),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_family_reports_exactly_what_a_clerk_would(
    name: str, seeds_dir: Path, corpus_dir: Path
) -> None:
    text = _text(seeds_dir / name) if name.startswith("ke-hoach") else _corpus(corpus_dir, name)
    found = _family(text)
    assert Counter((f.code, f.observed) for f in found) == EXPECTED[name]
    assert all(f.severity is Severity.INFO for f in found)
    assert all(f.path is not None and f.line is not None for f in found)


def test_the_corpus_is_covered(corpus_dir: Path) -> None:
    prefixes = {path.name.split("_")[0] for path in corpus_dir.glob("*.txt")}
    assert prefixes <= set(EXPECTED)


def test_no_rule_of_the_family_crashes_on_the_real_texts(
    seeds_dir: Path, corpus_dir: Path
) -> None:
    for path in [*sorted(seeds_dir.glob("*.txt")), *sorted(corpus_dir.glob("*.txt"))]:
        doc, _ = read.text(_text(path))
        for status in rules.validate(doc, mode="draft").rules:
            if status.code in CODES:
                assert status.status in {Status.PASSED, Status.FAILED}, (path.name, status)


def test_metadata() -> None:
    for code in CODES:
        entry = rules.get_rule(code)
        assert entry.severity is Severity.INFO
        assert entry.source.startswith("NĐ 30/2020, Phụ lục II, mục ")
        assert entry.title and entry.title_en


# --------------------------------------------------------------------------- Nhà nước


def test_nha_nuoc_fires_on_the_state(corpus_dir: Path) -> None:
    (hit,) = _of(_corpus(corpus_dir, "16"), "body.capital-nha-nuoc")
    assert (hit.observed, hit.expected, hit.line) == ("nhà nước", "Nhà nước", 111)
    assert "của nhà nước" in hit.message
    assert hit.path is not None and hit.path.startswith("body.children[")


def test_nha_nuoc_leaves_the_compounds_alone(corpus_dir: Path) -> None:
    text = _corpus(corpus_dir, "02")
    # "quản lý nhà nước", "ngân sách nhà nước", "cơ quan nhà nước": lower case is right.
    assert text.count("quản lý nhà nước") > 5 and "ngân sách nhà nước" in text
    assert _of(text, "body.capital-nha-nuoc") == []


def test_nha_nuoc_after_dang(seeds_dir: Path) -> None:
    text = _text(seeds_dir / THIEU_TRUNG)
    assert _of(text, "body.capital-nha-nuoc") == []
    # Altered: the seed's "của Đảng và Nhà nước" with the State in lower case.
    altered = text.replace("của Đảng và Nhà nước", "của Đảng và nhà nước")
    (hit,) = _of(altered, "body.capital-nha-nuoc")
    assert (hit.observed, hit.expected) == ("nhà nước", "Nhà nước")


# --------------------------------------------------------------------------- Nhân dân


def test_nhan_dan_fires_on_the_people(corpus_dir: Path) -> None:
    hits = _of(_corpus(corpus_dir, "07"), "body.capital-nhan-dan")
    assert [hit.line for hit in hits] == [24, 25, 158]
    assert all("vận động nhân dân" in hit.message for hit in hits)
    assert {hit.expected for hit in hits} == {"Nhân dân"}


def test_nhan_dan_leaves_the_names_of_bodies_alone(corpus_dir: Path) -> None:
    # 21 names "Ủy ban nhân dân tỉnh" and "Hội đồng nhân dân": lower case inside the names.
    text = _corpus(corpus_dir, "21")
    assert "Ủy ban nhân dân" in text
    assert _of(text, "body.capital-nhan-dan") == []


# --------------------------------------------------------------------------- references


def test_division_ref_fires_on_a_part_of_this_plan(corpus_dir: Path) -> None:
    hits = _of(_corpus(corpus_dir, "07"), "body.capital-division-ref")
    assert [(hit.observed, hit.expected, hit.line) for hit in hits] == [
        ("mục II", "Mục II", line) for line in (141, 146, 152, 156)
    ]


def test_division_ref_fires_on_a_lower_case_article(corpus_dir: Path) -> None:
    text = _corpus(corpus_dir, "05")
    assert _of(text, "body.capital-division-ref") == []
    # Altered: "quy định tại Điều 9 Nghị định số 181/…" with "điều" in lower case.
    altered = text.replace("tại Điều 9 Nghị định", "tại điều 9 Nghị định")
    (hit,) = _of(altered, "body.capital-division-ref")
    assert (hit.observed, hit.expected) == ("điều 9", "Điều 9")


def test_division_ref_leaves_the_plans_own_outline_alone(seeds_dir: Path) -> None:
    # "với chủ đề nêu tại phần II;": the plan's outline, no document named: not judged.
    text = _text(seeds_dir / YEN_NGHIA)
    assert "tại phần II;" in text
    assert _of(text, "body.capital-division-ref") == []


def test_clause_ref_right_as_written(corpus_dir: Path) -> None:
    # 19: "điểm a khoản 5 Điều 18 Luật số 55/2024/QH15": the decree's own pattern.
    text = _corpus(corpus_dir, "19")
    assert "điểm a khoản 5 Điều 18" in text
    assert _of(text, "body.lower-clause-ref") == []
    assert _of(text, "body.capital-division-ref") == []


def test_clause_ref_fires_inside_a_sentence(corpus_dir: Path) -> None:
    text = _corpus(corpus_dir, "22")
    assert _of(text, "body.lower-clause-ref") == []
    # Altered: "Theo quy định tại khoản 2 Điều 16 …" with "Khoản" capitalised.
    altered = text.replace("tại khoản 2 Điều 16", "tại Khoản 2 Điều 16")
    (hit,) = _of(altered, "body.lower-clause-ref")
    assert (hit.observed, hit.expected, hit.line) == ("Khoản 2", "khoản 2", 42)
    # Altered: "Điểm a" inside the sentence too.
    altered = text.replace("tại khoản 2 Điều 16", "tại Điểm a, khoản 2 Điều 16")
    (hit,) = _of(altered, "body.lower-clause-ref")
    assert (hit.observed, hit.expected) == ("Điểm a", "điểm a")


def test_clause_ref_allows_a_capital_opening_a_sentence(corpus_dir: Path) -> None:
    # Altered: the paragraph now opens with "Khoản 2 Điều 16 …" (a sentence's first word).
    altered = _corpus(corpus_dir, "22").replace("Theo quy định tại khoản 2 Điều 16",
                                                "Khoản 2 Điều 16")
    assert _of(altered, "body.lower-clause-ref") == []


# --------------------------------------------------------------------------- administrative units


def test_unit_noun_fires_on_thanh_pho_ha_noi(seeds_dir: Path) -> None:
    (hit,) = _of(_text(seeds_dir / YEN_NGHIA), "body.lower-unit-noun")
    assert (hit.observed, hit.expected, hit.line) == ("Thành phố Hà Nội", "thành phố Hà Nội", 59)


def test_unit_noun_allows_thanh_pho_ho_chi_minh(seeds_dir: Path) -> None:
    # Altered: the same sentence naming "Thành phố Hồ Chí Minh" (mục III.1.c).
    text = _text(seeds_dir / YEN_NGHIA).replace("của Thành phố Hà Nội", "của Thành phố Hồ Chí Minh")
    assert _of(text, "body.lower-unit-noun") == []


def test_unit_noun_fires_on_a_commune(seeds_dir: Path) -> None:
    text = _text(seeds_dir / THIEU_TRUNG)
    assert _of(text, "body.lower-unit-noun") == []
    # Altered: "… báo cáo UBND xã." names the commune, with a capital "Xã" mid-sentence.
    altered = text.replace("báo cáo UBND xã.", "báo cáo UBND Xã Thiệu Trung.", 1)
    assert altered != text
    hits = _of(altered, "body.lower-unit-noun")
    assert [(hit.observed, hit.expected) for hit in hits] == [
        ("Xã Thiệu Trung", "xã Thiệu Trung")
    ]


def test_unit_noun_leaves_party_committees_and_lists_alone(corpus_dir: Path) -> None:
    # 02: "Ban Thường vụ Tỉnh ủy"; 24: "các xã, phường: Sa Pa, Bản Liền, …"; 28: "kho Bản Giõng".
    for prefix in ("02", "24", "28"):
        assert _of(_corpus(corpus_dir, prefix), "body.lower-unit-noun") == []


# --------------------------------------------------------------------------- the decree's examples


def test_the_decrees_own_examples_pass(seeds_dir: Path) -> None:
    # seeds_dir already skips (or fails under CI) when ../shared is missing; the decree's
    # Phụ lục II belongs to ../shared as much as the seeds do, so its absence is a failure.
    source = seeds_dir.parent / "domain" / "source" / "phu-luc-II-viet-hoa.md"
    assert source.exists(), f"{source} is missing from ../shared"
    lines = [line for line in source.read_text(encoding="utf-8").split("\n") if line.strip()]
    # Phụ lục II as a body: "điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I", "Tiểu mục 1",
    # "Quận 1, Phường Điện Biên Phủ", "Thủ đô Hà Nội, Thành phố Hồ Chí Minh", "tỉnh Nam Định".
    doc = Document(doctype="KH", body=Body(children=tuple(Paragraph.of(line) for line in lines)))
    report = rules.validate(doc, mode="draft")
    assert [f for f in report.findings if f.code in CODES] == []


# --------------------------------------------------------------------------- odd documents


def test_not_applicable_without_body_text() -> None:
    for code in CODES:
        assert _status(Document(doctype="KH"), code) is Status.NOT_APPLICABLE


def test_headings_and_attachments_are_judged() -> None:
    heading = Division(kind=DivisionKind.SECTION, label="I", marker="I.",
                       heading=Paragraph.of("Tuyên truyền đến nhân dân"))
    attached = Document(doctype="QC", body=Body(children=(Paragraph.of(
        "Theo Khoản 2 Điều 5 của quy chế."),)))
    doc = Document(doctype="QĐ", body=Body(children=(heading,)), attachments=(attached,))
    found = {(f.code, f.path) for f in rules.validate(doc).findings if f.code in CODES}
    assert found == {
        ("body.capital-nhan-dan", "body.children[0].heading"),
        ("body.lower-clause-ref", "attachments[0].body.children[0]"),
    }


def test_all_upper_lines_are_left_alone() -> None:
    doc = Document(doctype="KH", body=Body(children=(
        Paragraph.of("TUYÊN TRUYỀN TẠI TỈNH LÀO CAI THEO KHOẢN 2"),)))
    assert [f for f in rules.validate(doc).findings if f.code in CODES] == []


def test_odd_runs_do_not_crash() -> None:
    odd = Paragraph(runs=(Run(text=None), Run(text="của nhà nước")))  # type: ignore[arg-type]
    doc = Document(doctype="KH", body=Body(children=(odd, None)))  # type: ignore[arg-type]
    report = rules.validate(doc)
    assert [f.code for f in report.findings if f.code in CODES] == ["body.capital-nha-nuoc"]
    for status in report.rules:
        if status.code in CODES:
            assert "crash" not in (status.reason or "")


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents())
def test_never_crashes_on_any_document(doc: Document) -> None:
    for status in rules.validate(doc, mode="draft").rules:
        if status.code in CODES:
            assert status.status is not Status.NOT_EVALUATED, status
