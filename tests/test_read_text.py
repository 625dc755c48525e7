"""Tests of read.text on the seeds and the corpus (read from ../shared, never copied).

Each real document: its facts asserted; the token rule (every whitespace token
of the input is in render.text(read.text(s)), Markdown markers and form feeds
aside, dropped page numbers reported); idempotence (read → render → read gives
the same Document, raw included).
"""

from __future__ import annotations

import collections
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import document_text
from vnplan import read, render
from vnplan.model import Document, Level, content_of

SEEDS = ("ke-hoach-thieu-trung-2026.txt", "ke-hoach-yen-nghia-2026.txt")
CORPUS = (
    "02_kehoach_ubnd-tinh-lao-cai-chi-thi-11-khoang-san.txt",
    "03_kehoach_so-cong-thuong-lao-cai-de-an-08.txt",
    "05_kehoach_so-cong-thuong-lao-cai-kiem-tra-cap-gcn.txt",
    "07_kehoach_mttq-xa-luong-minh-bau-cu.txt",
    "11_kehoach_so-cong-thuong-lao-cai-huan-luyen-vlncn.txt",
    "12_quyetdinh_bo-xay-dung-giai-phap-pccc.txt",
    "14_quyetdinh_to-giup-viec-cchc-lam-dong-du-thao.txt",
    "16_congvan_ubnd-tinh-lao-cai-quan-ly-vlncn.txt",
    "17_congvan_so-nnmt-lao-cai-y-kien-ccn-bao-dap.txt",
    "19_congvan_so-cong-thuong-lao-cai-kh-kiem-tra-nghiem-thu.txt",
    "21_thongbao_vp-ubnd-tinh-lao-cai-ket-luan-ccn.txt",
    "22_baocao_so-cong-thuong-lao-cai-thang-atvsld.txt",
    "24_totrinh_so-cong-thuong-lao-cai-vbqppl-tien-chat.txt",
    "26_congvan_ubnd-tinh-lam-dong-giao-snv-gop-y-8151.txt",
    "28_baocao_doan-kiem-tra-sct-lao-cai-ket-qua-kiem-tra.txt",
)


_text_of = document_text


def _tokens(text: str) -> collections.Counter[str]:
    counter: collections.Counter[str] = collections.Counter()
    for token in unicodedata.normalize("NFC", text).replace("\f", " ").split():
        token = token.replace("*", "")
        if token:
            counter[token] += 1
    return counter


@pytest.fixture(params=SEEDS + CORPUS)
def document_text(request: pytest.FixtureRequest, seeds_dir: Path, corpus_dir: Path) -> str:
    name: str = request.param
    folder = seeds_dir if name in SEEDS else corpus_dir
    return _text_of(folder / name)


def _read(folder: Path, name: str) -> tuple[Document, list[str]]:
    doc, findings = read.text(_text_of(folder / name))
    return doc, [f.code for f in findings]


def test_the_token_rule(document_text: str) -> None:
    doc, findings = read.text(document_text)
    dropped = collections.Counter(
        f.observed for f in findings if f.code == "read.body.page-number-dropped" and f.observed
    )
    missing = _tokens(document_text) - _tokens(render.text(doc)) - dropped
    assert not missing, sorted(missing)[:10]


def test_reading_its_own_output_is_idempotent(document_text: str) -> None:
    first, _ = read.text(document_text)
    again, _ = read.text(render.text(first))
    assert again == first


def test_crlf_and_nfd_read_the_same(document_text: str) -> None:
    doc, _ = read.text(document_text)
    variant = unicodedata.normalize("NFD", document_text).replace("\n", "\r\n")
    assert read.text(variant)[0] == doc


# --------------------------------------------------------------------------- the seeds


def test_seed_thieu_trung(seeds_dir: Path) -> None:
    doc, codes = _read(seeds_dir, SEEDS[0])
    assert doc.doctype == "KH"
    assert doc.national is None
    assert "read.header.national-missing" in codes
    assert "read.header.issuer-missing" in codes
    assert doc.issuer is not None and doc.issuer.inferred
    assert doc.issuer.name == "Ủy ban nhân dân xã Thiệu Trung"
    assert doc.issuer.level is Level.COMMUNE
    assert doc.number is not None
    assert (doc.number.raw, doc.number.seq, doc.number.symbol) == ("Số: /KH- UBND", None, "KH-UBND")
    assert doc.issue_line is not None and doc.issue_line.place == "Thiệu Trung"
    date = doc.issue_line.date
    assert (date.year, date.month, date.day) == (2026, None, None)
    assert doc.abstract is not None and doc.abstract.text.endswith("thế giới năm 2026")
    assert doc.addressees is not None
    assert [a.name for a in doc.addressees.entries] == ["Sở Khoa học và Công nghệ tỉnh"]
    assert len(doc.basis) == 1 and doc.basis[0].verb == "Thực hiện"
    assert [d.marker for d in doc.body.children[:3]] == ["I.", "II.", "III."]
    assert len(doc.signatures) == 1
    signature = doc.signatures[0]
    assert [s.canonical() for s in signature.authority] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signature.signer == "Trần Ngọc Tùng"
    assert doc.recipients is not None and len(doc.recipients.entries) == 4
    assert doc.recipients.archive is not None
    assert doc.recipients.archive.raw == "- Lưu VT, VHXH."
    assert doc.recipients.archive.holders == ("VT", "VHXH")


def test_seed_thieu_trung_keeps_the_page_break_join(seeds_dir: Path) -> None:
    """'nhiệm vụ' / 'vụ của': one paragraph, the join recorded as a page break."""
    doc, _ = _read(seeds_dir, SEEDS[0])
    joined = [
        p
        for p in doc.body.paragraphs()
        if p.source is not None and any(j.kind.value == "page_break" for j in p.source.joins)
    ]
    assert joined, "the paragraph split by a page break was not joined"
    assert any("nhiệm vụ vụ của" in p.text for p in joined)


def test_seed_yen_nghia(seeds_dir: Path) -> None:
    doc, codes = _read(seeds_dir, SEEDS[1])
    assert doc.doctype == "KH"
    assert "read.header.national-missing" in codes
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân phường Yên Nghĩa"
    assert doc.number is not None and doc.number.seq is None
    assert doc.issue_line is not None
    assert (doc.issue_line.date.month, doc.issue_line.date.day) == (4, None)
    assert doc.addressees is None
    assert doc.abstract is not None and doc.abstract.text.startswith("Hưởng ứng Ngày Sáng tạo")
    assert len(doc.basis) == 1
    assert [d.marker for d in doc.body.children[:4]] == ["I.", "II.", "III.", "IV."]
    signature = doc.signatures[0]
    assert [s.canonical() for s in signature.authority] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]
    assert signature.signer == "Nguyễn Bá Tiến"
    assert doc.recipients is not None and len(doc.recipients.entries) == 7
    purposes = {r.purpose for r in doc.recipients.entries if r.purpose}
    assert {"để b/c", "để p/h", "để t/h"} <= purposes


# --------------------------------------------------------------------------- the corpus

# file: (doctype, number seq, symbol, (year, month, day), issuer name, parent name,
#        signer, recipient entries)
FACTS: dict[str, tuple[object, ...]] = {
    CORPUS[0]: ("KH", None, "KH-UBND", (2026, None, None), "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", None,
                "Nguyễn Thành Sinh", 10),
    CORPUS[1]: ("KH", None, "KH-SCT", (2026, 4, None), "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI",
                "Trịnh Văn Thành", 5),
    CORPUS[2]: ("KH", None, "KH-SCT", (2026, 4, None), "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI",
                "Hoàng Văn Thuân", 1),
    CORPUS[3]: ("KH", 16, "KH-MTTQ-BTT", (2025, 11, 18), "BAN THƯỜNG TRỰC",
                "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "Lan Thị Vân", 9),
    CORPUS[4]: ("KH", None, "KH-SCT", (2026, 6, None), "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI",
                "Hoàng Văn Thuân", 1),
    CORPUS[5]: ("QĐ", 1074, "QĐ-BXD", (2026, 6, 29), "BỘ XÂY DỰNG", None, "Phạm Minh Hà", 10),
    CORPUS[6]: ("QĐ", None, "QĐ-TGV", (2025, 8, None), "TỔ GIÚP VIỆC VỀ CẢI CÁCH HÀNH CHÍNH",
                "BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06", "Đỗ Văn Chung", 1),
    CORPUS[7]: ("CV", 193, "UBND-KT", (2026, 1, 10), "UỶ BAN NHÂN DÂN TỈNH LÀO CAI", None,
                "Nguyễn Thành Sinh", 4),
    CORPUS[8]: ("CV", 6791, "SNNMT-KHTC", (2026, 7, 17), "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                "UBND TỈNH LÀO CAI", "Phạm Bình Minh", 4),
    CORPUS[9]: ("CV", 1629, "SCT-CN", (2026, 3, 27), "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI",
                "Hoàng Văn Thuân", 3),
    CORPUS[10]: ("TB", None, "TB-VP", (2026, 6, None), "VĂN PHÒNG", "UBND TỈNH LÀO CAI",
                 "Lê Trí Hà", 9),
    CORPUS[11]: ("BC", None, "BC-SCT", (2026, 6, None), "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI",
                 "Hoàng Văn Thuân", 2),
    CORPUS[12]: ("TTr", None, "TTr-SCT", (2026, 5, None), "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI",
                 "Hoàng Chí Hiền", 3),
    CORPUS[13]: ("CV", None, "UBND-NC", (2025, 9, None), "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", None,
                 "Nguyễn Nhân Bản", 2),
    CORPUS[14]: ("BC", None, "ĐKT-SCT", (2026, 4, None), "ĐOÀN KIỂM TRA", "SỞ CÔNG THƯƠNG LÀO CAI",
                 "Hoàng Văn Thuân", 3),
}  # fmt: skip


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_facts(name: str, corpus_dir: Path) -> None:
    doctype, seq, symbol, date, issuer, parent, signer, recipients = FACTS[name]
    doc, codes = _read(corpus_dir, name)
    assert doc.doctype == doctype
    assert doc.national is not None, "every corpus document prints the national name"
    assert "read.header.national-missing" not in codes
    assert doc.number is not None
    assert (doc.number.seq, doc.number.symbol) == (seq, symbol)
    assert doc.issue_line is not None
    assert (doc.issue_line.date.year, doc.issue_line.date.month, doc.issue_line.date.day) == date
    assert doc.issuer is not None and doc.issuer.name == issuer
    assert (doc.issuer.parent.name if doc.issuer.parent else None) == parent
    assert doc.signatures and doc.signatures[0].signer == signer
    assert doc.recipients is not None and len(doc.recipients.entries) == recipients
    assert doc.recipients.archive is not None
    assert doc.title is not None or doc.abstract is not None


def test_corpus_letters_carry_their_v_v_abstract(corpus_dir: Path) -> None:
    for name in (CORPUS[7], CORPUS[8], CORPUS[9], CORPUS[13]):
        doc, _ = _read(corpus_dir, name)
        assert doc.title is None
        assert doc.abstract is not None and doc.abstract.prefix == "V/v"
        assert doc.addressees is not None and doc.addressees.entries


def test_corpus_decision_structure(corpus_dir: Path) -> None:
    doc, _ = _read(corpus_dir, CORPUS[5])
    assert doc.authority_line is not None and doc.authority_line.text == "BỘ TRƯỞNG BỘ XÂY DỰNG"
    assert doc.enacting_formula is not None
    assert [d.marker for d in doc.body.children] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert all(entry.form.value == "list" for entry in doc.basis)
    assert doc.basis[-1].verb == "Theo đề nghị của"
    assert [s.canonical() for s in doc.signatures[0].authority] == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]


def test_corpus_decision_with_its_attached_regulation(corpus_dir: Path) -> None:
    doc, _ = _read(corpus_dir, CORPUS[6])
    assert [a.doctype for a in doc.attachments] == ["QC"]
    attached = doc.attachments[0]
    assert attached.title is not None and attached.title.text.startswith("QUY CHẾ")
    assert any(d.kind.value == "chapter" for d in attached.body.divisions())


def test_corpus_page_numbers_are_dropped_and_reported(corpus_dir: Path) -> None:
    doc, codes = _read(corpus_dir, CORPUS[7])
    assert codes.count("read.body.page-number-dropped") == 3
    assert all("\f" not in p.text for p in doc.body.paragraphs())


def test_corpus_appendices(corpus_dir: Path) -> None:
    doc, _ = _read(corpus_dir, CORPUS[0])
    assert [a.label for a in doc.appendices] == ["Phụ lục"]
    assert doc.appendices[0].accompanying is not None
    doc, _ = _read(corpus_dir, CORPUS[2])
    assert doc.appendices and doc.appendices[0].label is None
    assert doc.appendices[0].title is not None


def test_corpus_report_prints_a_title_under_the_name(corpus_dir: Path) -> None:
    doc, _ = _read(corpus_dir, CORPUS[14])
    signature = doc.signatures[0]
    assert [s.canonical() for s in signature.authority] == ["TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN"]
    assert signature.name_title == "PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG"


# --------------------------------------------------------------------------- properties

_WORDS = st.sampled_from(
    [
        "Số:", "/KH-UBND", "KẾ HOẠCH", "Kính gửi:", "Căn cứ", "Thực hiện", "Nơi nhận:", "- Lưu:",
        "VT,", "TM.", "KT. CHỦ TỊCH", "I.", "1.", "a)", "-", "+", "Điều 1.", "ngày", "tháng",
        "năm 2026", "Lào Cai,", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phụ lục", "V/v",
        "QUYẾT ĐỊNH:", "**", "\f", "\t", "   ", "Nguyễn Văn A", "(Kèm theo", "3", "UBND",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=40).map(" ".join))
def test_read_never_raises_on_document_like_text(text: str) -> None:
    doc, findings = read.text(text.replace("  ", "\n"))
    assert isinstance(doc, Document)
    assert isinstance(findings, list)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_read_never_raises_on_any_text(text: str) -> None:
    doc, _ = read.text(text)
    assert isinstance(doc, Document)


def test_bundled_examples_survive_render_and_read() -> None:
    """What the text form carries comes back (the issuer's case aside: headers print it upper)."""
    from vnplan import examples

    for name in examples.names():
        doc = content_of(examples.load(name))
        again = content_of(read.text(render.text(doc))[0])
        assert again.doctype == doc.doctype
        assert again.number == doc.number
        assert again.issue_line == doc.issue_line
        assert again.title == doc.title
        assert again.abstract == doc.abstract
        assert again.authority_line == doc.authority_line
        assert again.enacting_formula == doc.enacting_formula
        assert [s.authority for s in again.signatures] == [s.authority for s in doc.signatures]
        assert [s.signer for s in again.signatures] == [s.signer for s in doc.signatures]
        assert again.recipients is not None and doc.recipients is not None
        assert again.recipients.archive == doc.recipients.archive
        assert [r.name for r in again.recipients.entries] == [
            r.name for r in doc.recipients.entries
        ]
        assert again.issuer is not None and doc.issuer is not None
        assert again.issuer.name == doc.issuer.name.upper()


CITED = {
    CORPUS[0]: ["11-CT/TU"],
    CORPUS[5]: ["55/2024/QH15", "64/2025/QH15", "33/2025/NĐ-CP", "105/2025/NĐ-CP", "235/QĐ-TTg"],
    CORPUS[6]: ["76/NQ-CP", "378/QĐ-UBND", "688/QĐ-BCĐ", "/QĐ-BCĐ"],
    CORPUS[11]: ["606/BCT-ATMT"],
    CORPUS[14]: ["1050/QĐ-SCT"],
    CORPUS[3]: ["85/2015/QH13"],
    CORPUS[12]: ["42/2024/QH15", "181/2024/NĐ-CP", "482/QĐ-UBND"],
    CORPUS[1]: ["35-NQ/TU", "525/QĐ-UBND", "35/2022/NĐ-CP", "32/2024/NĐ-CP", "61/2024/QH15",
                "71/2025/QH15", "786/QĐ-TTg", "08/"],  # "Đề án số 08": a number, no symbol
    CORPUS[2]: ["181/2024/NĐ-CP", "1883/QĐ-UBND", "05/2025/QĐ-UBND", "2797/QĐ-SCT",
                "05/2026/VLN/CV-LV"],
}  # fmt: skip

ABSTRACTS = {
    CORPUS[0]: "Triển khai thực hiện Chỉ thị số 11-CT/TU",
    CORPUS[1]: "Thực hiện Đề án số 08 về phát triển công nghiệp",
    CORPUS[2]: "Kiểm tra, cấp Giấy chứng nhận huấn luyện",
    CORPUS[3]: "Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI",
    CORPUS[4]: "Huấn luyện, kiểm tra, cấp Giấy chứng nhận",
    CORPUS[5]: "Ban hành các giải pháp kỹ thuật nâng cao an toàn",
    CORPUS[6]: "Về việc phê duyệt thành viên và ban hành Quy chế",
    CORPUS[7]: "tăng cường công tác quản lý, giám sát hoạt động VLNCN",
    CORPUS[8]: "tham gia ý kiến thẩm định hồ sơ đề nghị",
    CORPUS[9]: "kế hoạch kiểm tra công tác nghiệm thu",
    CORPUS[10]: "Kết luận của đồng chí Nguyễn Tuấn Anh",
    CORPUS[11]: "Kết quả thực hiện Tháng hành động về an toàn",
    CORPUS[12]: "Về việc ban hành Quyết định quy định cơ quan tiếp nhận",
    CORPUS[13]: "tham gia góp ý dự thảo Báo cáo theo Công văn số 8151/BNV-CCHC",
    CORPUS[14]: "Kết quả kiểm tra việc chấp hành các quy định",
}


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_abstracts(name: str, corpus_dir: Path) -> None:
    doc, _ = _read(corpus_dir, name)
    assert doc.abstract is not None
    assert doc.abstract.text.startswith(ABSTRACTS[name])


@pytest.mark.parametrize("name", sorted(CITED))
def test_corpus_cited_documents_in_the_basis(name: str, corpus_dir: Path) -> None:
    """Each basis entry's main citation, in order (checked by hand against the text)."""
    from vnplan import number

    doc, _ = _read(corpus_dir, name)
    cited = [
        number.format(entry.citation.number)
        for entry in doc.basis
        if entry.citation is not None and entry.citation.number is not None
    ]
    assert cited == CITED[name]


def test_seed_cited_documents(seeds_dir: Path) -> None:
    from vnplan import number

    doc, _ = _read(seeds_dir, SEEDS[0])
    first = doc.basis[0].citation
    assert first is not None and first.number is not None
    assert number.format(first.number) == "178/KH-UBND"
    assert first.issuer == "Sở Khoa học và Công nghệ tỉnh"
    doc, _ = _read(seeds_dir, SEEDS[1])
    entry = doc.basis[0]
    found = (entry.citation, *entry.citations)
    numbers = [number.format(c.number) for c in found if c is not None and c.number is not None]
    assert numbers == ["2374/SKH-CN-ĐMST&SHTT", "58/KH-UBND", "38/KH-UBND", "20-KH/BCĐ57",
                       "57-NQ/TW"]  # fmt: skip
