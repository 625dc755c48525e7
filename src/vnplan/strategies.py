"""Hypothesis strategies for every vnplan model value, composed into whole documents.

This module is for property-based tests, of vnplan itself and of code built on
it: each public function returns a Hypothesis ``SearchStrategy`` that draws one
kind of model value (an :class:`~vnplan.model.Organization`, a số và ký hiệu, a
body tree, a whole :class:`~vnplan.model.Document`), and the bigger strategies
are built from the smaller ones.  It needs the extra ``vnplan[hypothesis]``;
nothing else in vnplan imports Hypothesis (except the small plugin module that
registers these strategies for :func:`hypothesis.strategies.from_type`).

What the strategies draw:

- realistic Vietnamese text (NFC, as the model stores it) from small word
  lists, and now and then arbitrary ``st.text()`` (NFC-normalised) so that
  serializers and renderers meet odd characters;
- every component both without ``raw`` (built in code) and with one (as read:
  the canonical text, a slip such as "Số:6791 /" or "Lưu VT", or odd text);
- ``source`` both ``None`` and a :class:`~vnplan.source.Source` (it compares
  ``eq=False``, so it never changes equality);
- small sizes (lists of at most 3–4 items, bodies at most 3 levels deep), so
  that tests stay fast.

The documents drawn are *not* valid by construction: components are present or
absent independently of what the type requires, and numbers need not match the
type.  They are the material for round trips and for rules that must never
crash.  Usage (``pip install "vnplan[hypothesis]"``)::

    from hypothesis import given
    from vnplan import content_of, serialize
    from vnplan.strategies import documents

    @given(documents(doctype="KH"))
    def test_json_round_trip(doc):
        back = serialize.from_json(serialize.to_json(doc), type(doc))
        assert content_of(back) == content_of(doc)

This module must never be imported by the rest of vnplan: Hypothesis is an
optional dependency.
"""

from __future__ import annotations

import datetime
import functools
import string
from collections.abc import Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnplan import doctypes
from vnplan.doctypes import DocumentType
from vnplan.model import (
    BASIS_VERBS,
    MOTTO,
    NATIONAL_NAME,
    Abstract,
    Address,
    Addressee,
    Addressees,
    Appendix,
    ArchiveLine,
    AuthorityLine,
    AuthorityMark,
    AuthorityStep,
    BasisEntry,
    BasisForm,
    Block,
    Body,
    BodyKind,
    Citation,
    Division,
    DivisionKind,
    Document,
    ElectronicSignature,
    EnactingFormula,
    IssueLine,
    Level,
    Marks,
    NationalHeader,
    Organization,
    Paragraph,
    PartialDate,
    Recipient,
    Recipients,
    Run,
    Seal,
    Secrecy,
    Signature,
    Table,
    TableCell,
    TableRow,
    Title,
    Urgency,
    format_date,
)
from vnplan.number import DocumentNumber, NumberStyle
from vnplan.number import format as format_number
from vnplan.source import Join, JoinKind, Source
from vnplan.text import nfc

__all__ = [
    "abstracts",
    "addressee_entries",
    "addressees",
    "addresses",
    "appendices",
    "archive_lines",
    "authority_lines",
    "authority_steps",
    "basis_entries",
    "bodies",
    "citations",
    "divisions",
    "document_numbers",
    "documents",
    "electronic_signatures",
    "enacting_formulas",
    "issue_lines",
    "joins",
    "marks",
    "national_headers",
    "organizations",
    "paragraphs",
    "partial_dates",
    "recipient_entries",
    "recipients",
    "runs",
    "seals",
    "signatures",
    "sources",
    "table_cells",
    "table_rows",
    "tables",
    "titles",
]

_T = TypeVar("_T")


# --------------------------------------------------------------------------- word lists


def _words(*items: str) -> tuple[str, ...]:
    return tuple(nfc(item) for item in items)


_PLACES = _words(
    "Thiệu Trung", "Yên Nghĩa", "Phú Lợi", "Lào Cai", "Hà Nội", "Thanh Hóa", "Đà Nẵng",
    "Huế", "Cần Thơ", "Quảng Ninh", "Đắk Lắk", "Bắc Ninh", "Thành phố Hồ Chí Minh",
)
_WORDS = _words(
    "kế hoạch", "triển khai", "thực hiện", "công tác", "chuyển đổi số", "năm", "phát triển",
    "khoa học", "công nghệ", "đổi mới sáng tạo", "tuyên truyền", "phổ biến", "giáo dục",
    "pháp luật", "cải cách", "hành chính", "nâng cao", "hiệu quả", "quản lý", "nhà nước",
    "văn hóa", "xã hội", "phòng", "chống", "thiên tai", "an toàn", "giao thông", "người dân",
    "doanh nghiệp", "trên", "địa bàn", "xã", "tỉnh", "về", "việc", "của", "và", "các",
    "những", "được", "bảo đảm", "kinh phí", "tổ chức", "hội nghị", "kết quả", "tháng",
    "quý", "thủy lợi", "hoà bình", "thuỷ sản", "khỏe mạnh", "Nghị quyết", "số", "2026",
    "đến", "trước", "ngày", "tiếp tục", "đẩy mạnh", "lương", "nâng bậc", "ĐỘT PHÁ",
)
_SURNAMES = _words("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ")
_MIDDLE = _words("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc")
_GIVEN = _words(
    "An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lợi", "Nghĩa", "Tuấn", "Thủy", "Yến", "Ánh"
)
_ORG_HEADS = _words(
    "Ủy ban nhân dân xã", "Ủy ban nhân dân phường", "Ủy ban nhân dân tỉnh", "Sở Công Thương tỉnh",
    "Sở Khoa học và Công nghệ tỉnh", "Hội đồng nhân dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    "Đảng ủy xã", "Văn phòng Ủy ban nhân dân tỉnh", "Phòng Văn hóa - Xã hội xã",
)
_MINISTRIES = _words("Bộ Nội vụ", "Bộ Tài chính", "Bộ Xây dựng", "Chính phủ", "Văn phòng Chính phủ")
_ISSUER_CODES = _words(
    "UBND", "SKH", "BNV", "SCT", "SNNMT", "MTTQ", "BTC", "HĐND", "BCĐ", "ĐU", "SKHCN", "BXD"
)
_UNIT_CODES = _words("VHXH", "KT", "VP", "KHTC", "CN", "ĐMST&SHTT", "TCCB", "BTT", "NV", "TH")
_NORMATIVE_ISSUERS = _words("CP", "TTg", "BNV", "BTC", "HĐND", "UBND", "BCT")
_NORMATIVE_CODES = _words("NĐ", "TT", "QĐ", "NQ", "TTLT")
_PARTY_CODES = _words("NQ", "CT", "KH", "HD", "KL", "TB", "QĐ", "CV")
_PARTY_ISSUERS = _words("TW", "BCĐ57", "ĐU", "VPTW", "TU", "HU", "ĐUK")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "IX", "X")
_POINT_LETTERS = _words("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k")
_POSITIONS = _words(
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG",
    "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "BÍ THƯ", "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN",
    "BAN THƯỜNG VỤ", "ỦY BAN NHÂN DÂN XÃ THIỆU TRUNG",
)
_CITED_TYPES: tuple[tuple[str, str | None], ...] = tuple(
    (nfc(name), code)
    for name, code in (
        ("Kế hoạch", "KH"),
        ("Quyết định", "QĐ"),
        ("Nghị quyết", "NQ"),
        ("Nghị định", None),
        ("Thông tư", None),
        ("Luật", None),
        ("công văn", "CV"),
        ("Chỉ thị", "CT"),
        ("Hướng dẫn", "HD"),
    )
)
_PURPOSES = _words("để b/c", "để t/h", "để biết", "để phối hợp", "b/c")
_HOLDERS = _words("VT", "VHXH", "VP", "KT", "TCCB", "NV", "KHTC")
_CIRCULATION = _words("LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI", "DỰ THẢO", "Dự thảo lần 2")
_NAME_TITLES = _words("Đại tá", "TS.", "ThS.", "Thượng tá")
_SEAL_RAWS = _words("(Đã ký và đóng dấu)", "(ký, đóng dấu)", "(Chữ ký, dấu)", "[Đã ký]")

_AUTHORITY_HEADS = _words("CHỦ TỊCH", "GIÁM ĐỐC", "BỘ TRƯỞNG", "HỘI ĐỒNG NHÂN DÂN")
_NATIONAL_NAMES = (NATIONAL_NAME, nfc("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
_MOTTOS = (MOTTO, nfc("Độc lập – Tự do – Hạnh phúc"), nfc("Độc lập-Tự do-Hạnh phúc"))
_FORMULAS = _words("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:")
_EMAILS = ("vanthu@example.gov.vn", "ubnd@example.gov.vn")
_BULLETS = ("-", "+", "•", "*")

# Strategies are built once and shared: Hypothesis validates every new strategy
# object, so building them inside a draw would make each draw (and shrinking,
# and the "explain" phase) many times slower.
_BOOLS = st.booleans()
_QUARTER = st.integers(0, 3)
_EIGHTH = st.integers(0, 7)
_WORD = st.sampled_from(_WORDS)
_ODD_TEXT: st.SearchStrategy[str] = st.text(max_size=12).map(nfc)
"""Arbitrary text, NFC-normalised: what serializers and renderers must survive."""


# --------------------------------------------------------------------------- draw helpers
#
# Plain functions of ``draw``: cheaper than nested composite strategies, and they
# shrink the same way (every choice shrinks towards the first option or None).


def _pick(draw: st.DrawFn, options: Sequence[_T]) -> _T:
    """One of ``options``, shrinking towards the first."""
    return options[draw(st.integers(0, len(options) - 1))]


def _maybe(draw: st.DrawFn, strategy: st.SearchStrategy[_T]) -> _T | None:
    """``None`` or a draw of ``strategy`` (shrinks to ``None``)."""
    return draw(strategy) if draw(_BOOLS) else None


def _odd(draw: st.DrawFn, value: str) -> str:
    """``value``, or about one time in eight arbitrary text instead."""
    return draw(_ODD_TEXT) if draw(_EIGHTH) == 7 else value


def _text(draw: st.DrawFn, min_words: int = 1, max_words: int = 6) -> str:
    """A phrase of Vietnamese words, or now and then arbitrary text."""
    if draw(_EIGHTH) == 7:
        return draw(_ODD_TEXT)
    return nfc(" ".join(draw(st.lists(_WORD, min_size=min_words, max_size=max_words))))


def _person_name(draw: st.DrawFn) -> str:
    parts = [_pick(draw, _SURNAMES)]
    if draw(_BOOLS):
        parts.append(_pick(draw, _MIDDLE))
    parts.append(_pick(draw, _GIVEN))
    return _odd(draw, nfc(" ".join(parts)))


def _org_name(draw: st.DrawFn) -> str:
    if draw(_BOOLS):
        name = nfc(f"{_pick(draw, _ORG_HEADS)} {_pick(draw, _PLACES)}")
    else:
        name = _pick(draw, _MINISTRIES)
    return _odd(draw, name)


def _raw(draw: st.DrawFn, canonical: str, *variants: str) -> str | None:
    """``None`` (built in code), the canonical text, one of its slips, or odd text."""
    choice = draw(_QUARTER)
    if choice == 0:
        return None
    if choice == 2 and variants:
        return nfc(_pick(draw, variants))
    return _odd(draw, nfc(canonical))


def _upper(text: str) -> str:
    return nfc(text.upper())


def _tuple(draw: st.DrawFn, strategy: st.SearchStrategy[_T], max_size: int = 3) -> tuple[_T, ...]:
    """A tuple of at most ``max_size`` draws of ``strategy``.

    Drawn as a list and converted here, not with ``.map(tuple)``: Hypothesis records
    every mapped or ``builds`` value to print it as a call, and its printer's cost
    doubles with each nested level of such values (a falsifying document took a
    minute to print).
    """
    return tuple(draw(st.lists(strategy, max_size=max_size)))


def _source_of(draw: st.DrawFn) -> Source | None:
    return _maybe(draw, _SOURCES)


# --------------------------------------------------------------------------- source


@st.composite
def _join(draw: st.DrawFn) -> Join:
    return Join(offset=draw(st.integers(0, 500)), kind=_pick(draw, tuple(JoinKind)))


def joins() -> st.SearchStrategy[Join]:
    """A :class:`Join`: where a reader glued two physical lines."""
    return _JOINS


@st.composite
def _source(draw: st.DrawFn) -> Source:
    line = _maybe(draw, st.integers(1, 2000))
    end_line = None if line is None else _maybe(draw, st.integers(line, line + 20))
    span = None
    if draw(_BOOLS):
        start = draw(st.integers(0, 5000))
        span = (start, start + draw(st.integers(0, 200)))
    return Source(line=line, end_line=end_line, span=span, joins=_tuple(draw, _JOINS, 2))


def sources() -> st.SearchStrategy[Source]:
    """A :class:`Source`: lines, a character span and joins, any of them missing."""
    return _SOURCES


# --------------------------------------------------------------------------- organization


@st.composite
def _organization(draw: st.DrawFn, with_parent: bool) -> Organization:
    name = _org_name(draw) if draw(_BOOLS) else None
    short = _pick(draw, _ISSUER_CODES) if draw(_BOOLS) else None
    parent = _maybe(draw, _PARENT_ORGANIZATIONS) if with_parent else None
    lines = [_upper(name)] if name else []
    if parent is not None and parent.name:
        lines.insert(0, _upper(parent.name))
    canonical = "\n".join(lines) or (short or "")
    return Organization(
        name=name,
        short=short,
        parent=parent,
        collective=_maybe(draw, _BOOLS),
        level=_pick(draw, (None, *Level)),
        seat=_pick(draw, (None, *_PLACES)),
        kind=_pick(draw, (None, *BodyKind)),
        inferred=draw(_BOOLS),
        raw=_raw(draw, canonical, canonical.replace("\n", " "), name or ""),
        source=_source_of(draw),
    )


def organizations() -> st.SearchStrategy[Organization]:
    """An :class:`Organization` (cơ quan ban hành), possibly with a parent body (one level)."""
    return _ORGANIZATIONS


# --------------------------------------------------------------------------- số và ký hiệu


def _number_codes() -> tuple[str, ...]:
    """The type codes of the registered types, read when drawn (plugins may add some)."""
    return tuple(sorted({t.number_code for t in doctypes.all_types() if t.number_code}))


def _admin_symbol(draw: st.DrawFn) -> str:
    if draw(_BOOLS):  # công văn: issuer, then unit(s)
        groups = [_pick(draw, _ISSUER_CODES), _pick(draw, _UNIT_CODES)]
        if draw(_BOOLS):
            groups.append(_pick(draw, _UNIT_CODES))
    else:
        groups = [_pick(draw, _number_codes()), _pick(draw, _ISSUER_CODES)]
        if draw(_BOOLS):
            groups.append(_pick(draw, _UNIT_CODES))
    return nfc("-".join(groups))


def _normative_symbol(draw: st.DrawFn) -> str:
    if draw(_BOOLS):
        return f"QH{draw(st.integers(11, 15))}"
    return nfc(f"{_pick(draw, _NORMATIVE_CODES)}-{_pick(draw, _NORMATIVE_ISSUERS)}")


def _party_symbol(draw: st.DrawFn) -> str:
    return nfc(f"{_pick(draw, _PARTY_CODES)}/{_pick(draw, _PARTY_ISSUERS)}")


def _number_slips(canonical: str) -> tuple[str, ...]:
    """What drafts and scans make of a canonical number ("Số:6791 /", "KH- UBND", "…/")."""
    body = canonical.removeprefix("Số: ").removeprefix("Số ")
    return (
        "Số:" + body,
        "Số: " + body.replace("/", " /", 1),
        "Số: " + body.replace("-", "- ", 1),
        "Số " + body.replace("-", " - ", 1),
        body,
        "Số: …" + body if body.startswith(("/", "-")) else "Số:  " + body,
        "SỐ: " + body,
    )


@st.composite
def _document_number(draw: st.DrawFn, style: NumberStyle | None) -> DocumentNumber:
    if style is None:
        style = _pick(draw, tuple(NumberStyle))
    seq = _maybe(draw, st.integers(0, 9999))
    year = None
    if style is NumberStyle.NORMATIVE:
        year = _maybe(draw, st.integers(1990, 2035))
        symbol = _normative_symbol(draw) if draw(_BOOLS) else None
    elif style is NumberStyle.PARTY:
        symbol = _party_symbol(draw) if draw(_BOOLS) else None
    else:
        symbol = _admin_symbol(draw) if draw(_BOOLS) else None
    number = DocumentNumber(seq=seq, year=year, symbol=symbol, style=style)
    canonical = format_number(number, prefix=True)
    return attrs.evolve(
        number, raw=_raw(draw, canonical, *_number_slips(canonical)), source=_source_of(draw)
    )


def document_numbers(style: NumberStyle | None = None) -> st.SearchStrategy[DocumentNumber]:
    """A :class:`DocumentNumber` (số và ký hiệu) of ``style``, or of any style when ``None``.

    Administrative ("12/KH-UBND"), công văn ("123/UBND-VHXH", "2374/SKH-CN-ĐMST&SHTT"),
    normative ("30/2020/NĐ-CP", "55/2024/QH15") and Party ("57-NQ/TW") shapes; the
    sequence number, year or symbol may be blank, ``raw`` a slip of the canonical text.
    """
    return _NUMBERS[style]


# --------------------------------------------------------------------------- issue line


_PARTIAL_SHAPES = (
    (True, True, False),
    (True, False, False),
    (False, False, False),
    (False, True, True),
    (True, False, True),
    (False, False, True),
)


@st.composite
def _partial_date(draw: st.DrawFn, complete: bool | None) -> PartialDate:
    year = draw(st.integers(1945, 2100))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 31))
    if complete:
        return PartialDate(year=year, month=month, day=day)
    shapes = _PARTIAL_SHAPES if complete is False else ((True, True, True), *_PARTIAL_SHAPES)
    keep_year, keep_month, keep_day = _pick(draw, shapes)
    return PartialDate(
        year=year if keep_year else None,
        month=month if keep_month else None,
        day=day if keep_day else None,
    )


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """A :class:`PartialDate`: complete, or with day, month or year blank (as in drafts)."""
    return _PARTIAL_DATES[None]


def _date_slips(date: PartialDate) -> tuple[str, ...]:
    day = "" if date.day is None else str(date.day)
    month = "" if date.month is None else f"{date.month:02d}"
    year = "" if date.year is None else str(date.year)
    return (
        f"ngày {day} tháng {month} năm {year}",
        f"ngày  {day}  tháng  {month}  năm {year}",
        f"ngày {day}/{month}/{year}",
    )


@st.composite
def _issue_line(draw: st.DrawFn, complete: bool | None) -> IssueLine:
    place = _pick(draw, _PLACES) if complete or draw(_BOOLS) else None
    date = draw(_PARTIAL_DATES[complete])
    canonical = IssueLine(place=place, date=date).canonical()
    slips = tuple(f"{place}, {slip}" if place else slip for slip in _date_slips(date))
    return IssueLine(
        place=place,
        date=date,
        raw=_raw(draw, canonical, *slips, canonical.replace(", ", " , ")),
        source=_source_of(draw),
    )


def issue_lines(complete: bool | None = None) -> st.SearchStrategy[IssueLine]:
    """An :class:`IssueLine` (địa danh, ngày tháng năm).

    ``complete=True``: a place and a full date; ``False``: a partial date (a draft);
    ``None``: either.
    """
    return _ISSUE_LINES[complete]


# --------------------------------------------------------------------------- heading lines


@st.composite
def _national_header(draw: st.DrawFn) -> NationalHeader:
    return NationalHeader(
        name_raw=_odd(draw, _pick(draw, _NATIONAL_NAMES)) if draw(_BOOLS) else None,
        motto_raw=_odd(draw, _pick(draw, _MOTTOS)) if draw(_BOOLS) else None,
        source=_source_of(draw),
    )


def national_headers() -> st.SearchStrategy[NationalHeader]:
    """A :class:`NationalHeader` (Quốc hiệu và Tiêu ngữ), canonical or as some source printed it."""
    return _NATIONAL_HEADERS


def _title_of(draw: st.DrawFn, text: str) -> Title:
    return Title(
        text=text,
        raw=_raw(draw, text, " ".join(text), text.title(), f"  {text}"),
        source=_source_of(draw),
    )


@st.composite
def _title(draw: st.DrawFn) -> Title:
    type_names = tuple(nfc(t.title_text) for t in doctypes.all_types())
    return _title_of(draw, _odd(draw, _pick(draw, type_names)))


def titles() -> st.SearchStrategy[Title]:
    """A :class:`Title` (tên loại), e.g. "KẾ HOẠCH"."""
    return _TITLES


def _abstract_of(draw: st.DrawFn, prefix: str | None) -> Abstract:
    text = _text(draw, 2, 8)
    canonical = Abstract(text=text, prefix=prefix).canonical()
    return Abstract(
        text=text,
        prefix=prefix,
        raw=_raw(
            draw, canonical, canonical.replace(" ", "\n", 1), canonical.replace("V/v", "V/V")
        ),
        source=_source_of(draw),
    )


@st.composite
def _abstract(draw: st.DrawFn) -> Abstract:
    return _abstract_of(draw, _pick(draw, (None, "V/v")))


def abstracts() -> st.SearchStrategy[Abstract]:
    """An :class:`Abstract` (trích yếu), with the "V/v" prefix of a công văn or without."""
    return _ABSTRACTS


@st.composite
def _authority_line(draw: st.DrawFn) -> AuthorityLine:
    head = _pick(draw, _AUTHORITY_HEADS)
    org = _pick(draw, _ORG_HEADS + _MINISTRIES)
    text = _odd(draw, _upper(f"{head} {org} {_pick(draw, _PLACES)}"))
    return AuthorityLine(
        text=text, raw=_raw(draw, text, text.replace(" ", "\n", 2)), source=_source_of(draw)
    )


def authority_lines() -> st.SearchStrategy[AuthorityLine]:
    """An :class:`AuthorityLine` (thẩm quyền ban hành) of a decision or resolution."""
    return _AUTHORITY_LINES


@st.composite
def _enacting_formula(draw: st.DrawFn) -> EnactingFormula:
    text = _pick(draw, _FORMULAS)
    return EnactingFormula(
        text=text,
        raw=_raw(draw, text, text.rstrip(":"), text.replace(":", " :"), text.title()),
        source=_source_of(draw),
    )


def enacting_formulas() -> st.SearchStrategy[EnactingFormula]:
    """An :class:`EnactingFormula`: "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:"."""
    return _ENACTING_FORMULAS


# --------------------------------------------------------------------------- addressees


@st.composite
def _addressee(draw: st.DrawFn) -> Addressee:
    name = _org_name(draw)
    return Addressee(
        name=name,
        raw=_raw(draw, f"- {name};", f"- {name}.", f"-{name};", name),
        source=_source_of(draw),
    )


def addressee_entries() -> st.SearchStrategy[Addressee]:
    """One :class:`Addressee` of a "Kính gửi" block."""
    return _ADDRESSEE_ENTRIES


@st.composite
def _addressees(draw: st.DrawFn) -> Addressees:
    entries = _tuple(draw, _ADDRESSEE_ENTRIES, 3)
    inline = len(entries) == 1 and draw(_BOOLS)
    if inline:
        canonical = f"Kính gửi: {entries[0].name}."
    else:
        canonical = "\n".join(["Kính gửi:", *(f"- {e.name};" for e in entries)])
    return Addressees(
        entries=entries,
        inline=inline,
        raw=_raw(draw, canonical, canonical.replace("Kính gửi:", "Kính gửi")),
        source=_source_of(draw),
    )


def addressees() -> st.SearchStrategy[Addressees]:
    """An :class:`Addressees` block (Kính gửi), with up to three entries."""
    return _ADDRESSEES


# --------------------------------------------------------------------------- citations, basis


@st.composite
def _citation(draw: st.DrawFn) -> Citation:
    type_name, code = _pick(draw, _CITED_TYPES)
    number = _maybe(draw, _NUMBERS[None])
    date = _maybe(draw, _PARTIAL_DATES[None])
    issuer = _org_name(draw) if draw(_BOOLS) else None
    title = _text(draw, 2, 6) if draw(_BOOLS) else None
    parts = [type_name]
    if number is not None:
        parts.append("số " + format_number(number))
    if date is not None:
        parts.append(format_date(date))
    if issuer:
        parts.append(f"của {issuer}")
    if title:
        parts.append(f"về {title}")
    canonical = " ".join(parts)
    return Citation(
        type_name=_odd(draw, type_name) if draw(_BOOLS) else None,
        doctype=code if code and draw(_BOOLS) else None,
        number=number,
        date=date,
        issuer=issuer,
        title=title,
        short_form=draw(_BOOLS),
        raw=_raw(draw, canonical, canonical.replace(" số ", " ", 1)),
        source=_source_of(draw),
    )


def citations() -> st.SearchStrategy[Citation]:
    """A :class:`Citation`: a cited document's type, number, date, issuer and title."""
    return _CITATIONS


@st.composite
def _basis_entry(draw: st.DrawFn) -> BasisEntry:
    verb = _odd(draw, _pick(draw, BASIS_VERBS))
    citation = _maybe(draw, _CITATIONS)
    more = _tuple(draw, _CITATIONS, 2)
    text = _text(draw, 3, 10) if draw(_BOOLS) else None
    form = _pick(draw, tuple(BasisForm))
    end = ";" if form is BasisForm.LIST else ""
    canonical = " ".join(x for x in (verb, text) if x) + end
    return BasisEntry(
        verb=verb,
        citation=citation,
        citations=more,
        text=text,
        form=form,
        raw=_raw(draw, canonical, canonical.rstrip(";") + ".", canonical.rstrip(";")),
        source=_source_of(draw),
    )


def basis_entries() -> st.SearchStrategy[BasisEntry]:
    """A :class:`BasisEntry` (căn cứ): verb, cited documents, text, list or prose form."""
    return _BASIS_ENTRIES


# --------------------------------------------------------------------------- body


@st.composite
def _run(draw: st.DrawFn) -> Run:
    return Run(text=_text(draw, 1, 8), bold=draw(_BOOLS), italic=draw(_BOOLS),
               underline=draw(_BOOLS))


def runs() -> st.SearchStrategy[Run]:
    """A :class:`Run`: a stretch of text with one style."""
    return _RUNS


@st.composite
def _paragraph(draw: st.DrawFn) -> Paragraph:
    items = _tuple(draw, _RUNS, 3)
    # Runs after the first usually start with the space that separates them.
    items = tuple(
        attrs.evolve(run, text=nfc(" " + run.text)) if i and draw(_BOOLS) else run
        for i, run in enumerate(items)
    )
    text = "".join(run.text for run in items)
    return Paragraph(
        runs=items,
        raw=_raw(draw, text, f"  {text}", text.replace(" ", "  ", 1), f"{text}\n"),
        source=_source_of(draw),
    )


def paragraphs() -> st.SearchStrategy[Paragraph]:
    """A :class:`Paragraph` of up to three runs."""
    return _PARAGRAPHS


@st.composite
def _table_cell(draw: st.DrawFn) -> TableCell:
    return TableCell(
        paragraphs=_tuple(draw, _PARAGRAPHS, 2),
        col_span=draw(st.integers(1, 3)),
        row_span=draw(st.integers(1, 3)),
    )


@st.composite
def _table_row(draw: st.DrawFn) -> TableRow:
    return TableRow(cells=_tuple(draw, _TABLE_CELLS, 3), header=draw(_BOOLS))


def table_cells() -> st.SearchStrategy[TableCell]:
    """A :class:`TableCell`: up to two paragraphs, spanning one to three columns or rows."""
    return _TABLE_CELLS


def table_rows() -> st.SearchStrategy[TableRow]:
    """A :class:`TableRow` of up to three cells, a heading row or not."""
    return _TABLE_ROWS


@st.composite
def _table(draw: st.DrawFn) -> Table:
    rows = _tuple(draw, _TABLE_ROWS, 3)
    lines = [" | ".join(cell.text.replace("\n", " ") for cell in row.cells) for row in rows]
    canonical = "\n".join(lines)
    return Table(
        rows=rows,
        raw=_raw(draw, canonical, canonical.replace(" | ", "\t")),
        source=_source_of(draw),
    )


def tables() -> st.SearchStrategy[Table]:
    """A :class:`Table` of up to three rows."""
    return _TABLES


def _marker(draw: st.DrawFn, kind: DivisionKind) -> tuple[str | None, str | None]:
    """The label and marker a division of ``kind`` prints: ("I", "I."), ("a", "a)")."""
    if draw(_EIGHTH) == 7:  # a reader could not tell
        return (None, None)
    label: str | None
    options: tuple[str, ...]
    if kind in (DivisionKind.PART, DivisionKind.CHAPTER, DivisionKind.SECTION):
        label = _pick(draw, _ROMAN)
        if kind is DivisionKind.PART:
            options = (f"Phần {label}", f"PHẦN {label}", f"Phần thứ {label}")
        elif kind is DivisionKind.CHAPTER:
            options = (f"Chương {label}", f"CHƯƠNG {label}")
        else:
            options = (f"{label}.", f"{label}/", label)
    elif kind in (DivisionKind.MUC, DivisionKind.SUBMUC, DivisionKind.ARTICLE):
        label = str(draw(st.integers(1, 12)))
        if kind is DivisionKind.MUC:
            options = (f"Mục {label}", f"MỤC {label}")
        elif kind is DivisionKind.SUBMUC:
            options = (f"Tiểu mục {label}",)
        else:
            options = (f"Điều {label}.", f"Điều {label}")
    elif kind is DivisionKind.ITEM:
        label = ".".join(str(n) for n in draw(st.lists(st.integers(1, 12), min_size=1, max_size=3)))
        options = (f"{label}.", label, f"{label})")
    elif kind is DivisionKind.POINT:
        label = _pick(draw, _POINT_LETTERS)
        options = (f"{label})", f"{label}.", f"{label}/")
    elif kind is DivisionKind.BULLET:
        label = _pick(draw, _BULLETS)
        options = (label,)
    else:  # LABELLED: an unnumbered run-in heading
        label = None
        options = ("*", "", "-")
    return (None if label is None else nfc(label), nfc(_pick(draw, options)))


@st.composite
def _division(draw: st.DrawFn, max_depth: int) -> Division:
    kind = _pick(draw, tuple(DivisionKind))
    label, marker = _marker(draw, kind)
    heading = _maybe(draw, _PARAGRAPHS)
    children = _tuple(draw, _blocks(max_depth - 1), 3)
    canonical = " ".join(x for x in (marker, heading.text if heading else None) if x)
    return Division(
        kind=kind,
        label=label,
        marker=marker,
        heading=heading,
        children=children,
        raw=_raw(draw, canonical, canonical.replace(" ", "", 1)),
        source=_source_of(draw),
    )


@functools.cache
def _blocks(max_depth: int) -> st.SearchStrategy[Block]:
    """A paragraph, a table or (``max_depth`` ≥ 1) a division at most that deep."""
    if max_depth < 1:
        return st.one_of(_PARAGRAPHS, _TABLES)
    return st.one_of(_PARAGRAPHS, _TABLES, _divisions(max_depth))


@functools.cache
def _divisions(max_depth: int) -> st.SearchStrategy[Division]:
    return _division(max_depth)


@st.composite
def _body(draw: st.DrawFn, max_depth: int) -> Body:
    return Body(children=_tuple(draw, _blocks(max_depth), 4))


@functools.cache
def _bodies(max_depth: int) -> st.SearchStrategy[Body]:
    return _body(max_depth)


def _check_depth(max_depth: int) -> None:
    if not isinstance(max_depth, int) or isinstance(max_depth, bool) or max_depth < 1:
        raise InvalidArgument(f"max_depth must be an integer >= 1, got {max_depth!r}")


def divisions(max_depth: int = 2) -> st.SearchStrategy[Division]:
    """A :class:`Division` (phần, mục, điều, khoản, điểm, bullet…), nested ``max_depth`` deep."""
    _check_depth(max_depth)
    return _divisions(max_depth)


def bodies(max_depth: int = 2) -> st.SearchStrategy[Body]:
    """A :class:`Body`: up to four blocks, divisions nested at most ``max_depth`` deep."""
    _check_depth(max_depth)
    return _bodies(max_depth)


# --------------------------------------------------------------------------- signature


@st.composite
def _authority_step(draw: st.DrawFn) -> AuthorityStep:
    mark = _pick(draw, (None, *AuthorityMark))
    title = _odd(draw, _pick(draw, _POSITIONS))
    canonical = AuthorityStep(title=title, mark=mark).canonical()
    slips = (canonical.replace(". ", ".", 1), canonical.replace(".", "", 1), canonical.title())
    return AuthorityStep(
        title=title, mark=mark, raw=_raw(draw, canonical, *slips), source=_source_of(draw)
    )


def authority_steps() -> st.SearchStrategy[AuthorityStep]:
    """An :class:`AuthorityStep`: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"."""
    return _AUTHORITY_STEPS


@st.composite
def _seal(draw: st.DrawFn) -> Seal:
    present = _maybe(draw, _BOOLS)
    return Seal(present=present, raw=_odd(draw, _pick(draw, _SEAL_RAWS)) if draw(_BOOLS) else None)


def seals() -> st.SearchStrategy[Seal]:
    """A :class:`Seal` (dấu): present, absent or unknown."""
    return _SEALS


_TIMES = st.datetimes(
    min_value=datetime.datetime(2000, 1, 1), max_value=datetime.datetime(2040, 12, 31)
)
_SERIALS = st.text(string.hexdigits[:16], min_size=8, max_size=16)


@st.composite
def _electronic_signature(draw: st.DrawFn) -> ElectronicSignature:
    signed_at = _maybe(draw, _TIMES)
    return ElectronicSignature(
        signer=_person_name(draw) if draw(_BOOLS) else None,
        organization=_org_name(draw) if draw(_BOOLS) else None,
        signed_at=None
        if signed_at is None
        else signed_at.replace(microsecond=0).isoformat() + "+07:00",
        serial=_maybe(draw, _SERIALS),
    )


def electronic_signatures() -> st.SearchStrategy[ElectronicSignature]:
    """An :class:`ElectronicSignature`: signer, organization, ISO time, serial."""
    return _ELECTRONIC_SIGNATURES


@st.composite
def _signature(draw: st.DrawFn) -> Signature:
    steps = _tuple(draw, _AUTHORITY_STEPS, 3)
    signer = _person_name(draw) if draw(_BOOLS) else None
    seal = _maybe(draw, _SEALS)
    lines = [step.canonical() for step in steps]
    if seal is not None and seal.raw:
        lines.append(seal.raw)
    if signer:
        lines.append(signer)
    canonical = "\n".join(lines)
    return Signature(
        authority=steps,
        signer=signer,
        name_title=_pick(draw, (None, *_NAME_TITLES)),
        seal=seal,
        electronic=_maybe(draw, _ELECTRONIC_SIGNATURES),
        raw=_raw(draw, canonical, canonical.replace("\n", "\n\n")),
        source=_source_of(draw),
    )


def signatures() -> st.SearchStrategy[Signature]:
    """A :class:`Signature` block: authority steps, signer, seal, electronic signature."""
    return _SIGNATURES


# --------------------------------------------------------------------------- recipients


@st.composite
def _recipient(draw: st.DrawFn) -> Recipient:
    kind = draw(st.integers(0, 2))
    reference: str | None
    if kind == 1:
        name, reference = nfc("Như trên"), nfc("trên")
    elif kind == 2:
        article = draw(st.integers(1, 5))
        name, reference = nfc(f"Như Điều {article}"), nfc(f"Điều {article}")
    else:
        name, reference = _org_name(draw), None
    purpose = _pick(draw, (None, *_PURPOSES))
    canonical = f"- {name} ({purpose});" if purpose else f"- {name};"
    return Recipient(
        name=name,
        purpose=purpose,
        reference=reference,
        raw=_raw(draw, canonical, canonical.rstrip(";"), "+ " + canonical[2:]),
        source=_source_of(draw),
    )


def recipient_entries() -> st.SearchStrategy[Recipient]:
    """One :class:`Recipient` of "Nơi nhận": a body, "Như trên", "Như Điều 3", with a purpose."""
    return _RECIPIENT_ENTRIES


_DRAFTERS = st.text(string.ascii_uppercase, min_size=2, max_size=4)


@st.composite
def _archive_line(draw: st.DrawFn) -> ArchiveLine:
    holders = _tuple(draw, st.sampled_from(_HOLDERS), 3)
    drafter = _maybe(draw, _DRAFTERS)
    line = ArchiveLine(
        holders=holders,
        copies=_maybe(draw, st.integers(1, 20)),
        drafter=drafter,
        issued_copies=_maybe(draw, st.integers(1, 200)) if drafter else None,
    )
    canonical = "- " + line.canonical()
    slips = (canonical.replace("Lưu:", "Lưu"), canonical.replace(": ", ":"), line.canonical())
    return attrs.evolve(line, raw=_raw(draw, canonical, *slips), source=_source_of(draw))


def archive_lines() -> st.SearchStrategy[ArchiveLine]:
    """An :class:`ArchiveLine` ("Lưu: VT, VHXH (02). NVA.(05)"), with its slips in ``raw``."""
    return _ARCHIVE_LINES


@st.composite
def _recipients(draw: st.DrawFn) -> Recipients:
    entries = _tuple(draw, _RECIPIENT_ENTRIES, 4)
    archive = _maybe(draw, _ARCHIVE_LINES)
    lines = ["Nơi nhận:", *(e.raw or f"- {e.name};" for e in entries)]
    if archive is not None:
        lines.append(archive.raw or "- " + archive.canonical())
    canonical = "\n".join(lines)
    return Recipients(
        entries=entries,
        archive=archive,
        raw=_raw(draw, canonical, canonical.replace("Nơi nhận:", "Nơi nhận")),
        source=_source_of(draw),
    )


def recipients() -> st.SearchStrategy[Recipients]:
    """A :class:`Recipients` block (Nơi nhận): up to four entries and the archive line."""
    return _RECIPIENTS


# --------------------------------------------------------------------------- marks, address


@st.composite
def _marks(draw: st.DrawFn) -> Marks:
    urgency = _pick(draw, (None, *Urgency))
    secrecy = _pick(draw, (None, *Secrecy))
    count = draw(st.integers(0, 2))
    circulation = tuple(_odd(draw, _pick(draw, _CIRCULATION)) for _ in range(count))
    printed = [m.value for m in (urgency, secrecy) if m is not None] + list(circulation)
    canonical = "\n".join(printed)
    return Marks(
        urgency=urgency,
        secrecy=secrecy,
        circulation=circulation,
        raw=_raw(draw, canonical, canonical.title()) if printed else None,
        source=_source_of(draw),
    )


def marks() -> st.SearchStrategy[Marks]:
    """A :class:`Marks` value: urgency (KHẨN…), secrecy (MẬT…), circulation notes."""
    return _MARKS


_PHONES = st.text("0123456789", min_size=9, max_size=11)


@st.composite
def _address(draw: st.DrawFn) -> Address:
    text = nfc(f"Số 1 đường Lê Lợi, {_pick(draw, _PLACES)}") if draw(_BOOLS) else None
    phone = _maybe(draw, _PHONES)
    email = _pick(draw, (None, *_EMAILS))
    parts = [x for x in (text, phone and f"ĐT: {phone}", email and f"Email: {email}") if x]
    canonical = "; ".join(parts)
    return Address(
        text=text,
        phone=phone,
        fax=_maybe(draw, _PHONES),
        email=email,
        website=_pick(draw, (None, "https://example.gov.vn")),
        raw=_raw(draw, canonical, canonical.replace("; ", "\n")),
        source=_source_of(draw),
    )


def addresses() -> st.SearchStrategy[Address]:
    """An :class:`Address` block (ô 13): address, phone, fax, e-mail, website."""
    return _ADDRESSES


# --------------------------------------------------------------------------- appendix


@st.composite
def _appendix(draw: st.DrawFn) -> Appendix:
    label = nfc(f"Phụ lục {_pick(draw, _ROMAN)}") if draw(_BOOLS) else None
    title = _upper(_text(draw, 2, 6)) if draw(_BOOLS) else None
    accompanying = None
    if draw(_BOOLS):
        number = format_number(draw(_NUMBERS[NumberStyle.ADMINISTRATIVE]))
        date = format_date(draw(_PARTIAL_DATES[None]))
        accompanying = nfc(f"(Kèm theo Kế hoạch số {number} {date})")
    canonical = "\n".join(x for x in (label, title, accompanying) if x)
    return Appendix(
        label=label,
        title=title,
        accompanying=accompanying,
        body=draw(_bodies(1)),
        raw=_raw(draw, canonical, canonical.upper()),
        source=_source_of(draw),
    )


def appendices() -> st.SearchStrategy[Appendix]:
    """An :class:`Appendix` (phụ lục): label, title, "(Kèm theo …)" line and a shallow body."""
    return _APPENDICES


# --------------------------------------------------------------------------- documents


def _number_for(draw: st.DrawFn, doctype: DocumentType) -> DocumentNumber:
    """An administrative number whose symbol names this type (a công văn's: issuer and unit)."""
    issuer = _pick(draw, _ISSUER_CODES)
    if doctype.number_code:
        symbol = f"{doctype.number_code}-{issuer}"
    else:
        symbol = f"{issuer}-{_pick(draw, _UNIT_CODES)}"
    number = DocumentNumber(seq=_maybe(draw, st.integers(1, 9999)), symbol=nfc(symbol))
    canonical = format_number(number, prefix=True)
    return attrs.evolve(
        number, raw=_raw(draw, canonical, *_number_slips(canonical)), source=_source_of(draw)
    )


@st.composite
def _document(draw: st.DrawFn, doctype: str | None, attachments: bool) -> Document:
    """A document of ``doctype`` whose components are independently present or absent.

    The later ``valid=True`` / ``flaws=(...)`` documents will draw the same
    components, but choose which are present from the type's ``requires`` and
    ``forbids`` and derive the number, title and signature from the issuer.
    """
    if doctype is None:
        doctype = _pick(draw, tuple(t.code for t in doctypes.all_types()))
    dtype = doctypes.get(doctype)
    national = _pick(draw, ("canonical", None, "drawn"))
    number = None
    if draw(_BOOLS):
        number = _number_for(draw, dtype) if draw(_BOOLS) else draw(_NUMBERS[None])
    title = None
    if draw(_BOOLS):
        title = _title_of(draw, nfc(dtype.title_text)) if draw(_BOOLS) else draw(_TITLES)
    abstract = None
    if draw(_BOOLS):
        abstract = _abstract_of(draw, "V/v" if dtype.number_code is None else None)
    return Document(
        doctype=doctype,
        national=NationalHeader()
        if national == "canonical"
        else None
        if national is None
        else draw(_NATIONAL_HEADERS),
        issuer=_maybe(draw, _ORGANIZATIONS),
        number=number,
        issue_line=_maybe(draw, _ISSUE_LINES[None]),
        marks=draw(_MARKS) if draw(_BOOLS) else Marks(),
        title=title,
        abstract=abstract,
        authority_line=_maybe(draw, _AUTHORITY_LINES),
        addressees=_maybe(draw, _ADDRESSEES),
        basis=_tuple(draw, _BASIS_ENTRIES, 3),
        enacting_formula=_maybe(draw, _ENACTING_FORMULAS),
        body=draw(_bodies(2)),
        signatures=_tuple(draw, _SIGNATURES, 2),
        recipients=_maybe(draw, _RECIPIENTS),
        appendices=_tuple(draw, _APPENDICES, 2),
        attachments=_tuple(draw, _documents(None, False), 1) if attachments else (),
        address=_maybe(draw, _ADDRESSES),
        source=_source_of(draw),
    )


@functools.cache
def _documents(doctype: str | None, attachments: bool) -> st.SearchStrategy[Document]:
    return _document(doctype, attachments)


def documents(doctype: str | None = None) -> st.SearchStrategy[Document]:
    """A :class:`Document` of type ``doctype`` (any registered type when ``None``).

    Components are present or absent independently, so most documents are not
    valid under the decree; attachments are documents without attachments of
    their own.  An unknown ``doctype`` raises
    :class:`~vnplan.errors.UnknownDocumentType` at once.
    """
    # Later issue: documents(doctype=None, valid=True, flaws=()) will draw documents valid
    # by construction (or with exactly the named flaws) from the same component strategies;
    # this arbitrary-document strategy stays as the valid=False case.
    if doctype is not None:
        doctypes.get(doctype)
    return _documents(doctype, True)


# --------------------------------------------------------------------------- shared instances

_JOINS = _join()
_SOURCES = _source()
_PARENT_ORGANIZATIONS = _organization(with_parent=False)
_ORGANIZATIONS = _organization(with_parent=True)
_NUMBERS = {style: _document_number(style) for style in (None, *NumberStyle)}
_PARTIAL_DATES = {complete: _partial_date(complete) for complete in (None, True, False)}
_ISSUE_LINES = {complete: _issue_line(complete) for complete in (None, True, False)}
_NATIONAL_HEADERS = _national_header()
_TITLES = _title()
_ABSTRACTS = _abstract()
_AUTHORITY_LINES = _authority_line()
_ENACTING_FORMULAS = _enacting_formula()
_ADDRESSEE_ENTRIES = _addressee()
_ADDRESSEES = _addressees()
_CITATIONS = _citation()
_BASIS_ENTRIES = _basis_entry()
_RUNS = _run()
_PARAGRAPHS = _paragraph()
_TABLE_CELLS = _table_cell()
_TABLE_ROWS = _table_row()
_TABLES = _table()
_AUTHORITY_STEPS = _authority_step()
_SEALS = _seal()
_ELECTRONIC_SIGNATURES = _electronic_signature()
_SIGNATURES = _signature()
_RECIPIENT_ENTRIES = _recipient()
_ARCHIVE_LINES = _archive_line()
_RECIPIENTS = _recipients()
_MARKS = _marks()
_ADDRESSES = _address()
_APPENDICES = _appendix()


def _by_class() -> dict[type[Any], st.SearchStrategy[Any]]:
    """Each model class and its strategy, for the Hypothesis plugin (``_hypothesis_plugin``)."""
    return {
        Source: sources(),
        Join: joins(),
        Organization: organizations(),
        DocumentNumber: document_numbers(),
        PartialDate: partial_dates(),
        IssueLine: issue_lines(),
        NationalHeader: national_headers(),
        Title: titles(),
        Abstract: abstracts(),
        AuthorityLine: authority_lines(),
        EnactingFormula: enacting_formulas(),
        Addressee: addressee_entries(),
        Addressees: addressees(),
        Citation: citations(),
        BasisEntry: basis_entries(),
        Run: runs(),
        Paragraph: paragraphs(),
        TableCell: table_cells(),
        TableRow: table_rows(),
        Table: tables(),
        Division: divisions(),
        Body: bodies(),
        AuthorityStep: authority_steps(),
        Seal: seals(),
        ElectronicSignature: electronic_signatures(),
        Signature: signatures(),
        Recipient: recipient_entries(),
        ArchiveLine: archive_lines(),
        Recipients: recipients(),
        Marks: marks(),
        Address: addresses(),
        Appendix: appendices(),
        Document: documents(),
    }
