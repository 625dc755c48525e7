"""Tests for vnplan.number: the số và ký hiệu (document number and symbol)."""

from __future__ import annotations

import random
import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan import number
from vnplan.errors import InvalidComponent, InvalidFormat, VnplanError
from vnplan.number import (
    NORMATIVE_TYPE_CODES,
    TYPE_CODES,
    DocumentNumber,
    NumberStyle,
    compact,
    is_valid,
    parse,
    validate,
)
from vnplan.source import Source
from vnplan.text import nfc

ADMIN = NumberStyle.ADMINISTRATIVE
NORMATIVE = NumberStyle.NORMATIVE
PARTY = NumberStyle.PARTY

# --------------------------------------------------------------------------- parse: real shapes

SHAPES = [
    # text, seq, year, symbol, style
    ("12/KH-UBND", 12, None, "KH-UBND", ADMIN),
    ("Số: 05/BNV-VP", 5, None, "BNV-VP", ADMIN),
    ("123/UBND-VHXH", 123, None, "UBND-VHXH", ADMIN),
    ("2374/SKH-CN-ĐMST&SHTT", 2374, None, "SKH-CN-ĐMST&SHTT", ADMIN),
    ("16/KH-MTTQ-BTT", 16, None, "KH-MTTQ-BTT", ADMIN),
    ("30/2020/NĐ-CP", 30, 2020, "NĐ-CP", NORMATIVE),
    ("55/2024/QH15", 55, 2024, "QH15", NORMATIVE),
    ("05/2025/QĐ-UBND", 5, 2025, "QĐ-UBND", NORMATIVE),
    ("Số:    /2026/NQ-HĐND", None, 2026, "NQ-HĐND", NORMATIVE),
    ("…/…/NQ-HĐND", None, None, "NQ-HĐND", NORMATIVE),
    ("QĐ-TTg", None, None, "QĐ-TTg", ADMIN),
    ("57-NQ/TW", 57, None, "NQ/TW", PARTY),
    ("20-KH/BCĐ57", 20, None, "KH/BCĐ57", PARTY),
    ("Số 05-KH/ĐU", 5, None, "KH/ĐU", PARTY),
    ("46 - CT/TW", 46, None, "CT/TW", PARTY),
    ("Số:6791 /SNNMT-KHTC", 6791, None, "SNNMT-KHTC", ADMIN),
    ("Số:6791 /", 6791, None, None, ADMIN),
    ("Số: /KH- UBND", None, None, "KH-UBND", ADMIN),
    ("Số:            /TTr - SCT", None, None, "TTr-SCT", ADMIN),
    ("Số: /ĐKT-SCT", None, None, "ĐKT-SCT", ADMIN),
    ("Số:      /KH-UBND", None, None, "KH-UBND", ADMIN),
    ("Số:\t\t/KH-UBND", None, None, "KH-UBND", ADMIN),
    ("…/QĐ-BCĐ", None, None, "QĐ-BCĐ", ADMIN),
    (".../KH-UBND", None, None, "KH-UBND", ADMIN),
    ("Số: . . . /KH-UBND", None, None, "KH-UBND", ADMIN),
    ("/KH-UBND", None, None, "KH-UBND", ADMIN),
    ("Số: 1074/QĐ-BXD", 1074, None, "QĐ-BXD", ADMIN),
    ("Số : 12/KH-UBND", 12, None, "KH-UBND", ADMIN),
    ("số: 12/KH-UBND", 12, None, "KH-UBND", ADMIN),
    ("SỐ: 12/KH-UBND", 12, None, "KH-UBND", ADMIN),
    ("Số 12/KH-UBND", 12, None, "KH-UBND", ADMIN),
    ("Số12/KH-UBND", 12, None, "KH-UBND", ADMIN),
    ("12/KH\u2013UBND", 12, None, "KH-UBND", ADMIN),  # en dash read as a hyphen
    ("Số: 12/KH-UBND.", 12, None, "KH-UBND", ADMIN),
    # a header line: the place name after the number is not part of it
    ("Số: 193 /UBND-KT                    Lào Cai, ngày", 193, None, "UBND-KT", ADMIN),
    ("Số: 12/KH-UBND (Dự thảo)", 12, None, "KH-UBND", ADMIN),
]


@pytest.mark.parametrize(("text", "seq", "year", "symbol", "style"), SHAPES)
def test_parse_shapes(
    text: str, seq: int | None, year: int | None, symbol: str | None, style: NumberStyle
) -> None:
    n = parse(text)
    assert (n.seq, n.year, n.symbol, n.style) == (seq, year, symbol, style)
    assert n.raw == nfc(text).strip()
    assert n.is_blank == (seq is None)


def test_parse_keeps_raw_verbatim() -> None:
    assert parse("Số: /KH- UBND").raw == "Số: /KH- UBND"
    assert parse("  Số:            /TTr - SCT \n").raw == "Số:            /TTr - SCT"


def test_parse_normalises_nfd() -> None:
    text = unicodedata.normalize("NFD", "Số: 12/QĐ-UBND")
    n = parse(text)
    assert n.raw == "Số: 12/QĐ-UBND"
    assert n.seq == 12
    assert n.symbol == "QĐ-UBND"
    assert n.type_code == "QĐ"


@pytest.mark.parametrize(
    ("text", "groups", "type_code", "issuer_code"),
    [
        ("12/KH-UBND", ("KH", "UBND"), "KH", "UBND"),
        ("123/UBND-VHXH", ("UBND", "VHXH"), None, "UBND"),
        ("16/KH-MTTQ-BTT", ("KH", "MTTQ", "BTT"), "KH", "MTTQ"),
        ("2374/SKH-CN-ĐMST&SHTT", ("SKH", "CN", "ĐMST&SHTT"), None, "SKH"),
        ("Số: /TTr - SCT", ("TTr", "SCT"), "TTr", "SCT"),
        ("/TTR-SCT", ("TTR", "SCT"), "TTr", "SCT"),  # the model keeps "TTR"
        ("/QyĐ-UBND", ("QyĐ", "UBND"), "QyĐ", "UBND"),
        ("QĐ-TTg", ("QĐ", "TTg"), "QĐ", "TTg"),
        ("/KH", ("KH",), "KH", None),
        ("30/2020/NĐ-CP", ("NĐ", "CP"), "NĐ", "CP"),
        ("05/2025/QĐ-UBND", ("QĐ", "UBND"), "QĐ", "UBND"),
        ("55/2024/QH15", ("QH15",), None, "QH15"),
        ("57-NQ/TW", ("NQ", "TW"), "NQ", "TW"),
        ("20-KH/BCĐ57", ("KH", "BCĐ57"), "KH", "BCĐ57"),
        ("12-KL/TW", ("KL", "TW"), "KL", "TW"),
        ("57-NQ", ("NQ",), "NQ", None),
        ("Số:6791 /", (), None, None),
    ],
)
def test_properties(
    text: str, groups: tuple[str, ...], type_code: str | None, issuer_code: str | None
) -> None:
    n = parse(text)
    assert n.groups == groups
    assert n.type_code == type_code
    assert n.issuer_code == issuer_code


def test_nd_is_not_an_administrative_type_code() -> None:
    # "NĐ" counts only in normative numbers; an administrative "NĐ-…" reads as a công văn.
    assert parse("12/NĐ-CP").type_code is None
    assert parse("12/2020/NĐ-CP").type_code == "NĐ"


@pytest.mark.parametrize("text", ["", "   ", "abc", "////", "Số", "Số:", "Số vố", "::", "-", "…"])
def test_parse_junk(text: str) -> None:
    n = parse(text)
    assert n.raw == text.strip()
    assert n.seq is None
    assert n.year is None


def test_parse_junk_fields() -> None:
    assert parse("").symbol is None
    assert parse("////").symbol is None
    assert parse("Số:").symbol is None


def test_parse_never_fails_on_huge_inputs() -> None:
    """Huge inputs are handled (speed is measured in benchmarks/, never asserted here)."""
    rng = random.Random(30)
    alphabet = "0123456789/-– Số:.…KHUBNDĐ&\t"
    inputs = [
        "".join(rng.choice(alphabet) for _ in range(1_000_000)),
        "1" * 1_000_000,
        "Số" * 500_000,
        "-" * 1_000_000,
        " " * 1_000_000 + "12/KH-UBND",
        "12/" + "A" * 1_000_000,
    ]
    for text in inputs:
        n = parse(text)
        assert compact(text) == compact(compact(text))
        assert isinstance(is_valid(text), bool)
        assert n.raw == nfc(text).strip()


def test_huge_digit_run_is_unreadable_not_an_error() -> None:
    assert parse("9" * 5000 + "/KH-UBND").seq is None
    with pytest.raises(InvalidComponent):
        validate("9" * 5000 + "/KH-UBND")


# --------------------------------------------------------------------------- the value class


def test_document_number_is_frozen_slotted_keyword_only() -> None:
    n = DocumentNumber(seq=12, symbol="KH-UBND")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        n.seq = 13  # type: ignore[misc]
    assert not hasattr(n, "__dict__")
    with pytest.raises(TypeError):
        DocumentNumber(None, 12)  # type: ignore[call-arg]
    assert [f.name for f in attrs.fields(DocumentNumber)] == [
        "raw",
        "seq",
        "year",
        "symbol",
        "style",
        "source",
    ]


def test_source_is_not_compared() -> None:
    a = DocumentNumber(seq=12, symbol="KH-UBND", source=Source(line=3))
    b = DocumentNumber(seq=12, symbol="KH-UBND")
    assert a == b
    assert a != attrs.evolve(b, raw="12/KH-UBND")


def test_type_codes() -> None:
    assert len(TYPE_CODES) == 30
    assert {"TTr", "CTr", "QyĐ", "TrS", "KH", "QĐ", "SY", "SL"} <= TYPE_CODES
    assert {"NĐ", "TT", "TTLT", "L", "PL"} == NORMATIVE_TYPE_CODES
    assert not TYPE_CODES & NORMATIVE_TYPE_CODES
    # case-insensitive lookups must stay unambiguous
    folded = [c.casefold() for c in TYPE_CODES | NORMATIVE_TYPE_CODES]
    assert len(folded) == len(set(folded))


def test_all() -> None:
    assert sorted(number.__all__) == sorted(
        [
            "DocumentNumber",
            "NumberStyle",
            "TYPE_CODES",
            "NORMATIVE_TYPE_CODES",
            "parse",
            "compact",
            "validate",
            "is_valid",
            "format",
        ]
    )


# --------------------------------------------------------------------------- compact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số: /KH- UBND", "/KH-UBND"),
        ("46 - CT/TW", "46-CT/TW"),
        ("Số:6791 /", "6791/"),
        ("  Số : 12 / KH - UBND ", "12/KH-UBND"),
        ("Số 57-NQ/TW", "57-NQ/TW"),
        ("12/KH-UBND", "12/KH-UBND"),
        ("Số:Số: 12/KH", "12/KH"),
        ("", ""),
    ],
)
def test_compact(text: str, expected: str) -> None:
    assert compact(text) == expected


# --------------------------------------------------------------------------- validate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/KH-UBND", "12/KH-UBND"),
        ("Số: 05/BNV-VP", "05/BNV-VP"),
        ("Số:05/BNV-VP", "05/BNV-VP"),
        ("  Số :  05/BNV-VP  ", "05/BNV-VP"),
        ("123/UBND-VHXH", "123/UBND-VHXH"),
        ("2374/SKH-CN-ĐMST&SHTT", "2374/SKH-CN-ĐMST&SHTT"),
        ("16/KH-MTTQ-BTT", "16/KH-MTTQ-BTT"),
        ("Số: 1074/QĐ-BXD", "1074/QĐ-BXD"),
        ("10/TTr-SCT", "10/TTr-SCT"),
        ("729/QĐ-TTg", "729/QĐ-TTg"),
        ("30/2020/NĐ-CP", "30/2020/NĐ-CP"),
        ("55/2024/QH15", "55/2024/QH15"),
        ("05/2025/QĐ-UBND", "05/2025/QĐ-UBND"),
        ("57-NQ/TW", "57-NQ/TW"),
        ("Số 20-KH/BCĐ57", "20-KH/BCĐ57"),
        ("05-KH/ĐU", "05-KH/ĐU"),
        ("999999/KH-UBND", "999999/KH-UBND"),
        (unicodedata.normalize("NFD", "Số: 12/QĐ-UBND"), "12/QĐ-UBND"),
    ],
)
def test_validate_valid(text: str, expected: str) -> None:
    assert validate(text) == expected
    assert is_valid(text)


INVALID_FORMAT = [
    "",  # empty
    "Số:",  # empty after the prefix
    "12-KH-UBND",  # no slash
    "QĐ-TTg",  # no number, no slash
    "12/",  # no symbol
    "Số:6791 /",  # space, and no symbol
    "12/KH--UBND",  # empty group
    "12/KH-UBND-",  # empty group at the end
    "12/-KH",  # empty group at the start
    "/KH-UBND",  # blank number
    "Số: /KH-UBND",  # blank number
    "…/QĐ-BCĐ",  # a placeholder
    "12/KH- UBND",  # space inside the symbol
    "Số: /KH- UBND",
    "Số:            /TTr - SCT",
    "Số:6791 /SNNMT-KHTC",  # space before the slash
    "46 - CT/TW",
    "12 /KH-UBND",
    "12/KH\u2013UBND",  # en dash
    "12/KH.UBND",  # bad character
    "12/KH_UBND",
    "12/KH-UBND.",
    "1a/KH-UBND",  # number not in Arabic numerals
    "XII/KH-UBND",
    "12/12-UBND",  # a group starting with a digit
    "12/&KH",
    "30/20/NĐ-CP",  # year not four digits
    "30//NĐ-CP",
    "30/2020/NĐ/CP",  # extra slash
    "57-NQ/TW/X",
    "57-/TW",  # Party: empty type part
    "57-NQ/",  # Party: empty issuer
    "-NQ/TW",  # Party: blank number
    "12/KH-漢",  # not a Latin letter
    "Số: Số: 12/KH-UBND",  # doubled prefix
]


@pytest.mark.parametrize("text", INVALID_FORMAT)
def test_validate_invalid_format(text: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        validate(text)
    assert info.value.where == "number"
    assert info.value.message and info.value.message_en
    assert info.value.message != info.value.message_en
    assert not is_valid(text)


INVALID_COMPONENT = [
    "0/KH-UBND",  # zero
    "00/KH-UBND",
    "5/KH-UBND",  # no leading zero below 10
    "Số: 5/BNV-VP",
    "005/KH-UBND",  # too many zeros
    "012/KH-UBND",  # a leading zero from 10 up
    "1234567/KH-UBND",  # implausibly large
    "5/2020/NĐ-CP",
    "5-NQ/TW",
    "12/kh-ubnd",  # lower case
    "12/KH-ubnd",
    "57-nq/TW",
]


@pytest.mark.parametrize("text", INVALID_COMPONENT)
def test_validate_invalid_component(text: str) -> None:
    with pytest.raises(InvalidComponent) as info:
        validate(text)
    assert info.value.where == "number"
    assert not is_valid(text)


def test_validate_messages() -> None:
    with pytest.raises(InvalidComponent, match="05"):
        validate("5/KH-UBND")
    with pytest.raises(InvalidFormat, match="spaces"):
        validate("12/KH- UBND")
    with pytest.raises(InvalidFormat, match="blank"):
        validate("/KH-UBND")


def test_errors_are_value_errors() -> None:
    for cls in (InvalidFormat, InvalidComponent):
        assert issubclass(cls, ValueError)
        assert issubclass(cls, VnplanError)
    with pytest.raises(ValueError):
        validate("12-KH")
    with pytest.raises(ValueError):
        validate("5/KH-UBND")


def test_validate_upper_case_official_code_is_a_rule_matter() -> None:
    # "TTR" for "TTr" is reported by a rule, not refused by validate.
    assert validate("12/TTR-SCT") == "12/TTR-SCT"


# --------------------------------------------------------------------------- format


@pytest.mark.parametrize(
    ("value", "expected", "expected_prefixed"),
    [
        (DocumentNumber(seq=5, symbol="BNV-VP"), "05/BNV-VP", "Số: 05/BNV-VP"),
        (DocumentNumber(seq=12, symbol="KH-UBND"), "12/KH-UBND", "Số: 12/KH-UBND"),
        (DocumentNumber(seq=None, symbol="KH-UBND"), "/KH-UBND", "Số: /KH-UBND"),
        (DocumentNumber(seq=123, symbol="UBND-VHXH"), "123/UBND-VHXH", "Số: 123/UBND-VHXH"),
        (
            DocumentNumber(seq=30, year=2020, symbol="NĐ-CP", style=NORMATIVE),
            "30/2020/NĐ-CP",
            "Số: 30/2020/NĐ-CP",
        ),
        (
            DocumentNumber(seq=5, year=2025, symbol="QĐ-UBND", style=NORMATIVE),
            "05/2025/QĐ-UBND",
            "Số: 05/2025/QĐ-UBND",
        ),
        (
            DocumentNumber(year=2026, symbol="NQ-HĐND", style=NORMATIVE),
            "/2026/NQ-HĐND",
            "Số: /2026/NQ-HĐND",
        ),
        (DocumentNumber(seq=57, symbol="NQ/TW", style=PARTY), "57-NQ/TW", "Số 57-NQ/TW"),
        (DocumentNumber(seq=5, symbol="KH/ĐU", style=PARTY), "05-KH/ĐU", "Số 05-KH/ĐU"),
        (DocumentNumber(symbol="KH/ĐU", style=PARTY), "-KH/ĐU", "Số -KH/ĐU"),
        (DocumentNumber(seq=6791), "6791/", "Số: 6791/"),
    ],
)
def test_format(value: DocumentNumber, expected: str, expected_prefixed: str) -> None:
    assert number.format(value) == expected
    assert number.format(value, prefix=True) == expected_prefixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số: /KH- UBND", "/KH-UBND"),
        ("Số:            /TTr - SCT", "/TTr-SCT"),
        ("5/KH-UBND", "05/KH-UBND"),
        ("46 - CT/TW", "46-CT/TW"),
        ("…/QĐ-BCĐ", "/QĐ-BCĐ"),
        ("Số:6791 /SNNMT-KHTC", "6791/SNNMT-KHTC"),
    ],
)
def test_format_str(text: str, expected: str) -> None:
    assert number.format(text) == expected


def test_format_ignores_raw() -> None:
    n = parse("Số: 5 / KH- UBND")
    assert number.format(n) == "05/KH-UBND"


# --------------------------------------------------------------------------- properties

_LETTERS = "ABCDEGHIKLMNOPQRSTUVXYĐÂĂÊÔƠƯÁÀẢÃẠẾỀỂỄỆÓÒỎÕỌÚÙỦŨỤÍÌỈĨỊ"
_GROUP_CHARS = _LETTERS + "0123456789&"

group_texts = st.one_of(
    st.sampled_from(sorted(TYPE_CODES | NORMATIVE_TYPE_CODES)),
    st.builds(
        lambda first, rest: first + rest,
        st.sampled_from(_LETTERS),
        st.text(alphabet=_GROUP_CHARS, max_size=6),
    ),
)
dashed = st.lists(group_texts, min_size=1, max_size=4).map("-".join)
seqs = st.one_of(st.none(), st.integers(min_value=1, max_value=99999))


@st.composite
def document_numbers(draw: st.DrawFn, complete: bool = False) -> DocumentNumber:
    """A DocumentNumber as code would build it; ``complete`` gives every part."""
    style = draw(st.sampled_from(NumberStyle))
    seq = draw(st.integers(min_value=1, max_value=99999) if complete else seqs)
    party_symbols = st.builds(lambda a, b: f"{a}/{b}", dashed, dashed)
    symbol_st = party_symbols if style is PARTY else dashed
    symbol = draw(symbol_st if complete else st.one_of(st.none(), symbol_st))
    year = None
    if style is NORMATIVE:
        year_st = st.integers(min_value=1945, max_value=2100)
        year = draw(year_st if complete else st.one_of(st.none(), year_st))
    return DocumentNumber(seq=seq, year=year, symbol=symbol, style=style)


@given(document_numbers())
def test_parse_format_round_trip(n: DocumentNumber) -> None:
    for prefix in (False, True):
        text = number.format(n, prefix=prefix)
        parsed = parse(text)
        assert parsed.raw == text
        assert attrs.evolve(parsed, raw=None) == n


@given(document_numbers(complete=True), st.booleans())
def test_complete_numbers_validate(n: DocumentNumber, prefix: bool) -> None:
    text = number.format(n, prefix=prefix)
    assert validate(text) == number.format(n)
    assert attrs.evolve(parse(validate(text)), raw=None) == n


@given(document_numbers(), st.sampled_from([" ", "  ", "\t", " \u00a0"]))
def test_spaced_slips_read_back(n: DocumentNumber, space: str) -> None:
    # Spaces around the separators (a common slip) do not change what parse reads.
    text = number.format(n, prefix=True)
    head, body = text.split(" ", 1)
    slipped = head + space + body.replace("/", space + "/" + space).replace("-", space + "-")
    assert attrs.evolve(parse(slipped), raw=None) == n


_JUNK_ALPHABET = "0123456789/-– Số:.…KHUBNDĐ&\t"
junk = st.one_of(st.text(), st.text(alphabet=_JUNK_ALPHABET))


@given(junk)
def test_parse_never_raises(text: str) -> None:
    n = parse(text)
    assert isinstance(n, DocumentNumber)
    assert n.raw == nfc(text).strip()
    assert n.seq is None or n.seq >= 0
    assert n.year is None or 0 <= n.year <= 9999
    assert n.symbol is None or n.symbol.strip() == n.symbol != ""
    number.format(n)
    _ = (n.groups, n.type_code, n.issuer_code, n.is_blank)


@given(junk)
def test_compact_is_idempotent(text: str) -> None:
    once = compact(text)
    assert compact(once) == once
    assert not any(ch.isspace() for ch in once)


@given(st.one_of(junk, document_numbers().map(lambda n: number.format(n, prefix=True))))
def test_is_valid_implies_validate_equals_compact(text: str) -> None:
    if is_valid(text):
        assert validate(text) == compact(text)
        assert number.format(parse(text)) == validate(text)
    else:
        with pytest.raises((InvalidFormat, InvalidComponent)):
            validate(text)
