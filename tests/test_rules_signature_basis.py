"""Signature and basis rules on real text (seeds and corpus from ../shared).

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
from vnplan.model import (
    AuthorityLine,
    AuthorityStep,
    BasisEntry,
    BasisForm,
    Body,
    Citation,
    Document,
    DocumentNumber,
    Organization,
    Paragraph,
    PartialDate,
    Signature,
)
from vnplan.rules import Profile, Status
from vnplan.strategies import documents

FAMILY = ("basis.", "signature.")
THIEU_TRUNG = "ke-hoach-thieu-trung-2026.txt"
YEN_NGHIA = "ke-hoach-yen-nghia-2026.txt"


_text = document_text


def _corpus(corpus_dir: Path, prefix: str) -> str:
    return _text(next(corpus_dir.glob(f"{prefix}_*.txt")))


def _report(text: str, mode: str = "draft", profile: str | Profile = "nd30") -> rules.Report:
    doc, _ = read.text(text)
    return rules.validate(doc, mode=mode, profile=profile)


def _found(text: str, code: str, mode: str = "draft",
           profile: str | Profile = "nd30") -> list[Finding]:
    return [f for f in _report(text, mode, profile).findings if f.code == code]


def _status(text: str, code: str, mode: str = "draft") -> Status:
    return next(s.status for s in _report(text, mode).rules if s.code == code)


def _family(text: str, mode: str = "draft") -> Counter[tuple[str, str]]:
    return Counter((f.code, f.severity.value) for f in _report(text, mode).findings
                   if f.code.startswith(FAMILY))


# --------------------------------------------------------------------------- the seeds' notes


def test_thieu_trung_clerk_notes(seeds_dir: Path) -> None:
    found = _family(_text(seeds_dir / THIEU_TRUNG))
    assert found == Counter({
        # "kế hoạch số 178/KH-UBND … của Sở Khoa học và Công nghệ tỉnh": the Sở's own code
        ("basis.cited-issuer-code", "warning"): 1,
        # "kế hoạch số 178/…": the type name of a specific document is capitalised
        ("basis.cited-type-capital", "info"): 1,
        # "UBND xã Thiệu Trung xây dựng Kế hoạch", signed "KT. CHỦ TỊCH" without TM.
        ("signature.collective", "warning"): 1,
    })


def test_yen_nghia_clerk_notes(seeds_dir: Path) -> None:
    found = _family(_text(seeds_dir / YEN_NGHIA))
    assert found == Counter({
        ("basis.cited-type-capital", "info"): 1,  # "công văn số 2374/…"
        ("basis.short-form", "info"): 1,  # 57-NQ/TW cited in full again in the body
    })
    # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Bá Tiến" is right.
    assert not any(code.startswith("signature.") for code, _ in found)


# --------------------------------------------------------------------------- the corpus

# What the two families report on each corpus document in draft mode (nd30 profile), each
# reviewed against the corpus README: the README's notes where it has them (03, 05, 11: the
# "Căn cứ" punctuation; 14: placeholders; 28: the title under the name), otherwise findings the
# decree's text justifies (laws cited with their number, Phụ lục I, mục II.6.a; a document cited
# in full a second time, mục II.6.b; a people's committee letter signed "KT. CHỦ TỊCH" without
# "TM." — an info by design).
CORPUS: dict[str, dict[str, int]] = {
    "02": {"basis.short-form": 1},
    "03": {"basis.law-by-name": 2, "basis.short-form": 3, "basis.list-punctuation": 1},
    "05": {"basis.short-form": 2, "basis.list-punctuation": 2},
    "07": {"basis.law-by-name": 4, "basis.short-form": 1},
    "11": {"basis.short-form": 2, "basis.list-punctuation": 2},
    "12": {"basis.law-by-name": 3},
    "14": {"basis.citation-blank": 1},
    "16": {"signature.collective": 1},
    "17": {"basis.short-form": 2},
    "19": {},
    "21": {},
    "22": {"basis.short-form": 1},
    "24": {"basis.law-by-name": 2, "basis.short-form": 1},
    "26": {},
    "28": {"basis.short-form": 2, "signature.name-title": 1},
}


@pytest.mark.parametrize("prefix", sorted(CORPUS))
def test_corpus_reviewed(corpus_dir: Path, prefix: str) -> None:
    found = Counter(code for code, _ in _family(_corpus(corpus_dir, prefix)).elements())
    assert dict(found) == CORPUS[prefix]


def test_no_family_rule_crashes_on_real_text(corpus_dir: Path, seeds_dir: Path) -> None:
    paths = sorted(corpus_dir.glob("*.txt")) + sorted(seeds_dir.glob("*.txt"))
    for path in paths:
        for status in _report(_text(path)).rules:
            if status.code.startswith(FAMILY) and status.status is Status.NOT_EVALUATED:
                assert "crashed" not in (status.reason or ""), (path.name, status)


# --------------------------------------------------------------------------- basis


def test_citation_complete_fires_on_a_bare_first_mention(seeds_dir: Path) -> None:
    text = _text(seeds_dir / THIEU_TRUNG)
    # Alteration: the cited plan's date and issuer are dropped.
    altered = text.replace("178/KH-UBND ngày 19/4/2026 của Sở Khoa học và Công nghệ tỉnh về",
                           "178/KH-UBND về")
    (hit,) = _found(altered, "basis.citation-complete")
    assert hit.severity is Severity.WARNING and hit.line == 13
    assert "ngày ban hành" in hit.message and "cơ quan ban hành" in hit.message
    assert "trích yếu" not in hit.message
    assert not _found(text, "basis.citation-complete")


def test_citation_complete_silent_on_full_citations(corpus_dir: Path, seeds_dir: Path) -> None:
    # Chains ("Kế hoạch số 58 … triển khai Kế hoạch số 38 …") and "Xét đề nghị … tại Văn bản
    # số …" (cited by proposer, number and date) are complete as written.
    for text in (_text(seeds_dir / YEN_NGHIA), _corpus(corpus_dir, "05"),
                 _corpus(corpus_dir, "28"), _corpus(corpus_dir, "12")):
        assert not _found(text, "basis.citation-complete")


def test_citation_blank_is_mode_dependent(corpus_dir: Path) -> None:
    text = _corpus(corpus_dir, "14")  # "Quyết định …/QĐ-BCĐ ngày … tháng … năm 2025"
    (draft,) = _found(text, "basis.citation-blank")
    (final,) = _found(text, "basis.citation-blank", mode="final")
    assert draft.severity is Severity.INFO and final.severity is Severity.ERROR
    assert draft.path == "basis[4].citation"


def test_citation_blank_silent_on_unusual_numbers(corpus_dir: Path) -> None:
    # "Văn bản số 21.4/GĐN", "số 01.6/GĐN/KSYB": firms' numbers, not blanks.
    for prefix in ("05", "11", "12"):
        assert not _found(_corpus(corpus_dir, prefix), "basis.citation-blank")


def test_law_by_name(corpus_dir: Path) -> None:
    # "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 …"
    hits = _found(_corpus(corpus_dir, "12"), "basis.law-by-name")
    assert [(h.path, h.severity) for h in hits] == [
        ("basis[0].citation", Severity.INFO), ("basis[1].citation", Severity.INFO),
        ("basis[1].citations[0]", Severity.INFO)]
    # "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;": by name.
    assert not _found(_corpus(corpus_dir, "14"), "basis.law-by-name")
    assert not _found(_corpus(corpus_dir, "05"), "basis.law-by-name")


def test_cited_type_code(seeds_dir: Path, corpus_dir: Path) -> None:
    text = _text(seeds_dir / THIEU_TRUNG)
    # Alteration: the cited plan's symbol carries a decision's code.
    (hit,) = _found(text.replace("178/KH-UBND", "178/QĐ-UBND"), "basis.cited-type-code")
    assert hit.severity is Severity.WARNING and "QĐ" in hit.message
    assert not _found(text, "basis.cited-type-code")
    # Party numbers ("57-NQ/TW", "20-KH/BCĐ57"), normative ones ("181/2024/NĐ-CP") agree.
    for other in (_text(seeds_dir / YEN_NGHIA), _corpus(corpus_dir, "03"),
                  _corpus(corpus_dir, "05"), _corpus(corpus_dir, "07")):
        assert not _found(other, "basis.cited-type-code")


def test_cited_issuer_code(seeds_dir: Path, corpus_dir: Path) -> None:
    (hit,) = _found(_text(seeds_dir / THIEU_TRUNG), "basis.cited-issuer-code")
    assert hit.severity is Severity.WARNING and hit.path == "basis[0].citation"
    assert "UBND" in hit.message and "Sở Khoa học và Công nghệ tỉnh" in hit.message
    # "2374/SKH-CN-ĐMST&SHTT … của Sở Khoa học và Công nghệ Hà Nội"; "QĐ-TTg … của Thủ tướng
    # Chính phủ"; "QĐ-UBND … của Chủ tịch Ủy ban nhân dân tỉnh"; "QĐ-SCT … của Giám đốc Sở".
    for other in (_text(seeds_dir / YEN_NGHIA), _corpus(corpus_dir, "03"),
                  _corpus(corpus_dir, "05"), _corpus(corpus_dir, "24")):
        assert not _found(other, "basis.cited-issuer-code")


def test_cited_date(corpus_dir: Path, seeds_dir: Path) -> None:
    text = _corpus(corpus_dir, "12")  # dated 29 tháng 6 năm 2026
    assert _status(text, "basis.cited-date") is Status.PASSED
    # Alteration: a cited decree is dated after the decision.
    altered = text.replace("ngày 15 tháng 5 năm 2025 của Chính",
                           "ngày 15 tháng 7 năm 2026 của Chính")
    (hit,) = _found(altered, "basis.cited-date")
    assert hit.severity is Severity.ERROR and "15/07/2026" in hit.message
    # A draft with a blank day cannot be judged.
    assert _status(_text(seeds_dir / YEN_NGHIA), "basis.cited-date") is Status.NOT_EVALUATED


def test_short_form(seeds_dir: Path) -> None:
    (hit,) = _found(_text(seeds_dir / YEN_NGHIA), "basis.short-form")
    assert hit.severity is Severity.INFO and hit.line == 59
    assert hit.path is not None and hit.path.startswith("body.children[")
    assert hit.expected == "Nghị quyết số 57-NQ/TW"
    assert not _found(_text(seeds_dir / THIEU_TRUNG), "basis.short-form")


def test_list_punctuation(corpus_dir: Path) -> None:
    # 05: "A Căn cứ line ends with '.' instead of ';'" (corpus README).
    hits = _found(_corpus(corpus_dir, "05"), "basis.list-punctuation")
    assert [(h.path, h.line, h.severity) for h in hits] == [
        ("basis[2]", 17, Severity.WARNING), ("basis[4]", 19, Severity.WARNING)]
    # The italic list of a decision, ";" then "Theo đề nghị của … ." — right.
    text = _corpus(corpus_dir, "12")
    assert _status(text, "basis.list-punctuation") is Status.PASSED
    assert _status(_corpus(corpus_dir, "14"), "basis.list-punctuation") is Status.PASSED
    # Alteration: the last line of the list loses its full stop.
    (hit,) = _found(text.replace("và Vật liệu\nxây dựng.", "và Vật liệu\nxây dựng"),
                    "basis.list-punctuation")
    assert hit.path == "basis[5]" and hit.expected == "…."
    # A tờ trình's "Căn cứ …;" lines followed by prose; a plan's "Thực hiện …" paragraph.
    assert not _found(_corpus(corpus_dir, "24"), "basis.list-punctuation")
    assert _status(_corpus(corpus_dir, "02"), "basis.list-punctuation") is Status.NOT_APPLICABLE


def test_cited_type_capital(seeds_dir: Path, corpus_dir: Path) -> None:
    (hit,) = _found(_text(seeds_dir / THIEU_TRUNG), "basis.cited-type-capital")
    assert hit.severity is Severity.INFO and hit.observed is not None
    assert hit.expected is not None and hit.expected.startswith("Kế hoạch số 178/KH-UBND")
    (other,) = _found(_text(seeds_dir / YEN_NGHIA), "basis.cited-type-capital")
    assert other.expected is not None and other.expected.startswith("Công văn số 2374/")
    # "văn bản số 21.4/GĐN" is not a type name.
    assert not _found(_corpus(corpus_dir, "05"), "basis.cited-type-capital")


# --------------------------------------------------------------------------- signature


def test_signature_present(seeds_dir: Path) -> None:
    text = _text(seeds_dir / YEN_NGHIA)
    assert _status(text, "signature.present") is Status.PASSED
    # Alteration: the signature block is removed.
    altered = text.replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Bá Tiến", "")
    (hit,) = _found(altered, "signature.present")
    assert hit.severity is Severity.ERROR and hit.path == "signatures"
    # Alteration, further: the plan is issued with a decision (Mẫu 1.3), so it has no
    # signature of its own.
    attached = altered.replace("phường Yên Nghĩa năm 2026\n",
                               "phường Yên Nghĩa năm 2026\n(Kèm theo Quyết định số …/QĐ-UBND)\n",
                               1)
    assert _status(attached, "signature.present") is Status.NOT_APPLICABLE


def test_mark_dot(seeds_dir: Path, corpus_dir: Path) -> None:
    text = _text(seeds_dir / YEN_NGHIA)
    # Alteration: the Party form "T/M." in a state body's document.
    (party,) = _found(text.replace("TM. ỦY BAN", "T/M. ỦY BAN"), "signature.mark-dot")
    assert party.severity is Severity.WARNING and "Đảng" in party.message
    assert party.expected == "TM. ỦY BAN NHÂN DÂN"
    # Alteration: "KT" without its dot.
    (bare,) = _found(text.replace("KT. CHỦ TỊCH", "KT CHỦ TỊCH"), "signature.mark-dot")
    assert bare.path == "signatures[0].authority[1]" and bare.expected == "KT. CHỦ TỊCH"
    for other in (text, _corpus(corpus_dir, "12"), _corpus(corpus_dir, "26")):
        assert not _found(other, "signature.mark-dot")


def test_kt_deputy(seeds_dir: Path, corpus_dir: Path) -> None:
    text = _text(seeds_dir / THIEU_TRUNG)
    # Alteration: "KT. CHỦ TỊCH" over "CHỦ TỊCH" instead of the deputy's title.
    (hit,) = _found(text.replace("PHÓ CHỦ TỊCH**", "CHỦ TỊCH**"), "signature.kt-deputy")
    assert hit.severity is Severity.WARNING and hit.expected == "PHÓ CHỦ TỊCH"
    # "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
    for other in (text, _text(seeds_dir / YEN_NGHIA), _corpus(corpus_dir, "12"),
                  _corpus(corpus_dir, "17")):
        assert _status(other, "signature.kt-deputy") is Status.PASSED
    # "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG": no KT.
    assert _status(_corpus(corpus_dir, "26"), "signature.kt-deputy") is Status.NOT_APPLICABLE


def test_collective(seeds_dir: Path, corpus_dir: Path) -> None:
    # The opening says "UBND xã Thiệu Trung xây dựng Kế hoạch": a warning (at most).
    (warning,) = _found(_text(seeds_dir / THIEU_TRUNG), "signature.collective")
    assert warning.severity is Severity.WARNING and warning.line == 122
    # A provincial committee's letter signed "KT. CHỦ TỊCH": legitimate, reported as an info.
    (info,) = _found(_corpus(corpus_dir, "16"), "signature.collective")
    assert info.severity is Severity.INFO
    # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (Yên Nghĩa, 02); "TL. CHỦ TỊCH" (26).
    for other in (_text(seeds_dir / YEN_NGHIA), _corpus(corpus_dir, "02"),
                  _corpus(corpus_dir, "26")):
        assert not _found(other, "signature.collective")
    # A Sở is not a collective body.
    assert _status(_corpus(corpus_dir, "17"), "signature.collective") is Status.NOT_APPLICABLE


def test_collective_authority_line() -> None:
    # Built in code: a decision whose authority line names the committee itself.
    doc = Document(
        doctype="QĐ",
        issuer=Organization(name="Ủy ban nhân dân xã Phú Lợi", collective=True),
        signatures=(Signature(authority=(AuthorityStep(title="CHỦ TỊCH"),),
                              signer="Nguyễn Văn An"),),
    )
    info = [f for f in rules.validate(doc).findings if f.code == "signature.collective"]
    assert [f.severity for f in info] == [Severity.INFO]
    acting = Document(doctype="QĐ", issuer=doc.issuer, signatures=doc.signatures,
                      authority_line=AuthorityLine(text="ỦY BAN NHÂN DÂN XÃ PHÚ LỢI"))
    warning = [f for f in rules.validate(acting).findings if f.code == "signature.collective"]
    assert [f.severity for f in warning] == [Severity.WARNING]
    # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" issues it: the chairman's own competence, no finding.
    own = Document(doctype="QĐ", issuer=doc.issuer, signatures=doc.signatures,
                   authority_line=AuthorityLine(text="CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ LỢI"))
    assert not [f for f in rules.validate(own).findings if f.code == "signature.collective"]


def test_title_case(seeds_dir: Path, corpus_dir: Path) -> None:
    text = _text(seeds_dir / YEN_NGHIA)
    # Alteration: the position written in normal case.
    (hit,) = _found(text.replace("PHÓ CHỦ TỊCH", "Phó Chủ tịch"), "signature.title-case")
    assert hit.severity is Severity.WARNING and hit.expected == "PHÓ CHỦ TỊCH"
    # 07 writes "Phó chỉ tịch" in its body, never in the signature.
    for other in (text, _corpus(corpus_dir, "07"), _corpus(corpus_dir, "14")):
        assert not _found(other, "signature.title-case")


def test_signer_name_is_mode_dependent(seeds_dir: Path) -> None:
    text = _text(seeds_dir / YEN_NGHIA)
    # Alteration: the signer's name left blank.
    altered = text.replace("Nguyễn Bá Tiến", "")
    (draft,) = _found(altered, "signature.signer-name")
    (final,) = _found(altered, "signature.signer-name", mode="final")
    assert draft.severity is Severity.INFO and final.severity is Severity.ERROR
    assert not _found(text, "signature.signer-name", mode="final")


def test_academic_title(seeds_dir: Path) -> None:
    text = _text(seeds_dir / YEN_NGHIA)
    # Alteration: a doctor's title before the name.
    altered = text.replace("Nguyễn Bá Tiến", "TS. Nguyễn Bá Tiến")
    (hit,) = _found(altered, "signature.academic-title")
    assert hit.severity is Severity.ERROR and hit.expected == "Nguyễn Bá Tiến"
    assert not _found(altered, "signature.signer-name")  # the name is there, behind "TS."
    assert not _found(text, "signature.academic-title")
    # The decree's exception (education, health, science, armed forces) through a profile.
    school = Profile(name="school", description="a university",
                     settings={"academic_titles_allowed": True})
    assert not _found(altered, "signature.academic-title", profile=school)


def test_name_title(corpus_dir: Path, seeds_dir: Path) -> None:
    # 28: "TRƯỞNG ĐOÀN / Hoàng Văn Thuân / PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG".
    (hit,) = _found(_corpus(corpus_dir, "28"), "signature.name-title")
    assert hit.severity is Severity.WARNING and hit.observed == "PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG"
    # 14: "TỔ TRƯỞNG / GIÁM ĐỐC SỞ NỘI VỤ / Đỗ Văn Chung": the second title above the name.
    for other in (_corpus(corpus_dir, "14"), _text(seeds_dir / YEN_NGHIA)):
        assert not _found(other, "signature.name-title")


# --------------------------------------------------------------------------- odd documents

ODD = Document(
    doctype="QĐ",
    issuer=Organization(name="", collective=True),
    basis=(
        BasisEntry(verb="", citation=Citation(), text="", form=BasisForm.LIST),
        BasisEntry(verb="Căn cứ", citation=Citation(type_name="", number=DocumentNumber(),
                                                   date=PartialDate(year=3000)),
                   citations=(Citation(type_name="luật", issuer="UBND"),), text=None),
        BasisEntry(verb="Theo đề nghị của", text="Theo đề nghị của ;", form=BasisForm.PROSE),
    ),
    body=Body(children=(Paragraph.of("Quyết định số 1/QĐ-UBND ngày 1/1/2026 của UBND; "
                                     "Quyết định số 1/QĐ-UBND ngày 1/1/2026 của UBND"),)),
    signatures=(Signature(authority=(AuthorityStep(title=""), AuthorityStep(title="KT. "),
                                     AuthorityStep(title="T/M"), AuthorityStep(title="KT X"))),
                Signature()),
)


def test_odd_documents_do_not_crash() -> None:
    for doc in (ODD, Document(doctype="CV"), Document(doctype="KH", signatures=(Signature(),))):
        for mode in ("draft", "final"):
            report = rules.validate(doc, mode=mode)
            for status in report.rules:
                if status.code.startswith(FAMILY):
                    assert "crashed" not in (status.reason or ""), status


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_do_not_crash(doc: Document) -> None:
    for status in rules.validate(doc, mode="draft").rules:
        if status.code.startswith(FAMILY):
            assert "crashed" not in (status.reason or ""), status
