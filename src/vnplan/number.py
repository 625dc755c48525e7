"""Số và ký hiệu: the number and symbol of a document ("Số: 12/KH-UBND").

The rule (Nghị định 30/2020/NĐ-CP, Điều 15; Phụ lục I, Phần I, mục II.3; the
type codes are the table of Phụ lục III):

* The *số* (sequence number) counts the documents an agency issues in a year,
  from 01 on 1 January to 31 December.  It is written in Arabic numerals, and
  a number below 10 takes a leading zero: "05", never "5".
* The *ký hiệu* (symbol) follows after a slash.  For a document with a type
  name it is the type code and then the issuer's abbreviation ("KH-UBND",
  "QĐ-BNV", "TTr-SCT").  A *công văn* has no type code: its symbol is the
  issuer and then the drafting unit or field ("UBND-VHXH", "BNV-VP").
* Groups are joined by hyphens, with no spaces anywhere; the symbol is written
  in capitals, except the official codes that keep a lower-case letter (TTr,
  CTr, QyĐ, TrS).
* An administrative number has no year.  Normative documents (văn bản quy
  phạm pháp luật) carry the year inside, "30/2020/NĐ-CP", and Party documents
  use "57-NQ/TW"; both come from other regimes, but vnplan reads them as well.

A printed line starts with "Số: ".  Drafts leave the number blank ("Số: /KH-UBND");
it is given after signing.

``parse`` is lenient: it reads whatever was written and never raises on a string.

>>> n = parse("Số: 12/KH-UBND")
>>> n.seq, n.symbol, n.type_code, n.issuer_code
(12, 'KH-UBND', 'KH', 'UBND')
>>> n = parse("Số: /KH- UBND")
>>> n.is_blank, n.symbol, n.raw
(True, 'KH-UBND', 'Số: /KH- UBND')
>>> n = parse("30/2020/NĐ-CP")
>>> n.style.value, n.seq, n.year, n.symbol
('normative', 30, 2020, 'NĐ-CP')
>>> parse("46 - CT/TW").symbol
'CT/TW'

``validate`` is strict: it returns the compact form of a well-formed number.

>>> validate("Số: 05/BNV-VP")
'05/BNV-VP'
>>> validate("123/UBND-VHXH")
'123/UBND-VHXH'

A wrong shape raises :class:`~vnplan.errors.InvalidFormat`:

>>> validate("12-KH-UBND")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidFormat: missing '/' between the number and the symbol \
(thiếu dấu "/" giữa số và ký hiệu) [at number]
>>> validate("12/KH- UBND")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidFormat: the number and symbol must not contain spaces \
(số và ký hiệu không được có dấu cách) [at number]
>>> validate("12/KH\u2013UBND")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidFormat: invalid character '\u2013' in the number \
(ký tự '\u2013' không hợp lệ trong số và ký hiệu) [at number]
>>> validate("12/")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidFormat: the symbol (ký hiệu) is missing (thiếu ký hiệu) [at number]
>>> validate("12/KH--UBND")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidFormat: the symbol has an empty group (ký hiệu có nhóm trống) [at number]
>>> validate("Số: /KH-UBND")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidFormat: the sequence number is blank (chưa có số) [at number]

A well-formed number with a wrong part raises :class:`~vnplan.errors.InvalidComponent`:

>>> validate("5/KH-UBND")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidComponent: a number below 10 takes a leading zero: 05 \
(số nhỏ hơn 10 phải ghi thêm số 0 ở trước: 05) [at number]
>>> validate("00/KH-UBND")
Traceback (most recent call last):
    ...
vnplan.errors.InvalidComponent: the sequence number starts at 01 (số bắt đầu từ 01) [at number]

``format`` prints the canonical form the decree prescribes:

>>> format("Số: 5 / KH-UBND", prefix=True)
'Số: 05/KH-UBND'
>>> format(DocumentNumber(symbol="KH-UBND"), prefix=True)
'Số: /KH-UBND'

This module knows only the text of a number: it never looks at the rest of the
document, and it reports the slips of a draft through ``validate`` (or the
rules), never by changing what ``parse`` read.
"""

from __future__ import annotations

import enum
import unicodedata

import attrs

from vnplan.errors import InvalidComponent, InvalidFormat
from vnplan.source import Source
from vnplan.text import nfc

__all__ = [
    "NORMATIVE_TYPE_CODES",
    "TYPE_CODES",
    "DocumentNumber",
    "NumberStyle",
    "compact",
    "format",
    "is_valid",
    "parse",
    "validate",
]


TYPE_CODES: frozenset[str] = frozenset(
    {
        "NQ",  # Nghị quyết (cá biệt)
        "QĐ",  # Quyết định (cá biệt)
        "CT",  # Chỉ thị
        "QC",  # Quy chế
        "QyĐ",  # Quy định
        "TC",  # Thông cáo
        "TB",  # Thông báo
        "HD",  # Hướng dẫn
        "CTr",  # Chương trình
        "KH",  # Kế hoạch
        "PA",  # Phương án
        "ĐA",  # Đề án
        "DA",  # Dự án
        "BC",  # Báo cáo
        "BB",  # Biên bản
        "TTr",  # Tờ trình
        "HĐ",  # Hợp đồng
        "CĐ",  # Công điện
        "BGN",  # Bản ghi nhớ
        "BTT",  # Bản thỏa thuận
        "GUQ",  # Giấy ủy quyền
        "GM",  # Giấy mời
        "GGT",  # Giấy giới thiệu
        "GNP",  # Giấy nghỉ phép
        "PG",  # Phiếu gửi
        "PC",  # Phiếu chuyển
        "PB",  # Phiếu báo
        "SY",  # Bản sao y
        "TrS",  # Bản trích sao
        "SL",  # Bản sao lục
    }
)
"""The type codes of administrative documents and copies (Phụ lục III, mục I), as spelled there."""

NORMATIVE_TYPE_CODES: frozenset[str] = frozenset(
    {
        "NĐ",  # Nghị định
        "TT",  # Thông tư
        "TTLT",  # Thông tư liên tịch
        "L",  # Luật (lệnh công bố: L-CTN)
        "PL",  # Pháp lệnh
    }
)
"""Type codes seen only in normative numbers ("30/2020/NĐ-CP"); NQ and QĐ are in TYPE_CODES."""

# Party documents (Hướng dẫn 36-HD/VPTW) also use KL (kết luận), TT (thông tri)
# and CV (công văn).
_PARTY_EXTRA_CODES = frozenset({"KL", "TT", "CV"})

_ADMIN_LOOKUP = {code.casefold(): code for code in TYPE_CODES}
_NORMATIVE_LOOKUP = {code.casefold(): code for code in TYPE_CODES | NORMATIVE_TYPE_CODES}
_PARTY_LOOKUP = {code.casefold(): code for code in TYPE_CODES | _PARTY_EXTRA_CODES}

_DIGITS = frozenset("0123456789")
# Hyphen-minus and the dashes a word processor puts in its place; parse reads them all as "-".
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
# What drafts write where the number will go: "…/KH-UBND", ".../KH-UBND".
_PLACEHOLDERS = frozenset(".…_")
_PLACEHOLDER_CHARS = "".join(sorted(_PLACEHOLDERS))
_SEPARATORS = frozenset("/-")
_SYMBOL_PUNCTUATION = frozenset("/-&")

# parse reads at most this many characters: a number line is short, and the
# rest of an absurd input is kept in ``raw`` but never scanned.
_MAX_SCAN = 1000
# Longest digit run parse turns into ``seq``; longer runs are unreadable (None).
_MAX_PARSE_DIGITS = 9
# Longest sequence number validate accepts: a yearly register never reaches a million.
_MAX_SEQ_DIGITS = 6

_WHERE = "number"


class NumberStyle(enum.Enum):
    """Which regime the number follows."""

    ADMINISTRATIVE = "administrative"
    """Nghị định 30: "12/KH-UBND", "123/UBND-VHXH" (công văn), "/KH-UBND" (blank)."""
    NORMATIVE = "normative"
    """Văn bản quy phạm pháp luật, year inside: "30/2020/NĐ-CP", "55/2024/QH15"."""
    PARTY = "party"
    """Party documents: "57-NQ/TW", "20-KH/BCĐ57", "05-KH/ĐU"."""


@attrs.frozen(kw_only=True)
class DocumentNumber:
    """A số và ký hiệu as written: the sequence number, the symbol and, for laws, the year.

    ``raw`` is the verbatim text (NFC) when the number was read, ``None`` when it
    was built in code.  Every parsed field may be ``None``: ``seq`` is ``None``
    for the blank number of a draft, ``symbol`` (the ký hiệu, compact: no
    spaces) when there is none.

    >>> n = DocumentNumber(seq=16, symbol="KH-MTTQ-BTT")
    >>> n.groups, n.type_code, n.issuer_code, n.is_blank
    (('KH', 'MTTQ', 'BTT'), 'KH', 'MTTQ', False)
    """

    raw: str | None = None
    seq: int | None = None
    year: int | None = None
    symbol: str | None = None
    style: NumberStyle = NumberStyle.ADMINISTRATIVE
    source: Source | None = attrs.field(default=None, eq=False)

    @property
    def groups(self) -> tuple[str, ...]:
        """The groups of the symbol: split on "-", or for a Party number on "/".

        >>> parse("2374/SKH-CN-ĐMST&SHTT").groups
        ('SKH', 'CN', 'ĐMST&SHTT')
        >>> parse("57-NQ/TW").groups
        ('NQ', 'TW')
        >>> DocumentNumber().groups
        ()
        """
        if self.symbol is None:
            return ()
        separator = "/" if self.style is NumberStyle.PARTY else "-"
        return tuple(self.symbol.split(separator))

    @property
    def type_code(self) -> str | None:
        """The official type code the symbol starts with, in its official spelling, or ``None``.

        A công văn has none.  The code is matched regardless of case, so a
        symbol written "TTR-SCT" reports "TTr" (the symbol itself keeps "TTR").

        >>> parse("15/QĐ-BNV").type_code
        'QĐ'
        >>> parse("123/UBND-VHXH").type_code is None
        True
        >>> parse("/TTR-SCT").type_code
        'TTr'
        >>> parse("30/2020/NĐ-CP").type_code
        'NĐ'
        """
        if self.symbol is None:
            return None
        if self.style is NumberStyle.PARTY:
            first = self.symbol.split("/", 1)[0].split("-", 1)[0]
            return _PARTY_LOOKUP.get(first.casefold())
        first = self.symbol.split("-", 1)[0]
        if self.style is NumberStyle.NORMATIVE:
            return _NORMATIVE_LOOKUP.get(first.casefold())
        return _ADMIN_LOOKUP.get(first.casefold())

    @property
    def issuer_code(self) -> str | None:
        """The abbreviation of the issuer, or ``None``.

        Administrative: the group after the type code (for a công văn, the
        first group); Party: what follows "/"; normative: the last group.

        >>> parse("16/KH-MTTQ-BTT").issuer_code
        'MTTQ'
        >>> parse("123/UBND-VHXH").issuer_code
        'UBND'
        >>> parse("20-KH/BCĐ57").issuer_code
        'BCĐ57'
        >>> parse("55/2024/QH15").issuer_code
        'QH15'
        """
        if self.symbol is None:
            return None
        if self.style is NumberStyle.PARTY:
            _, slash, issuer = self.symbol.partition("/")
            return issuer if slash and issuer else None
        groups = self.groups
        if self.style is NumberStyle.NORMATIVE:
            if len(groups) == 1 and self.type_code is not None:
                return None
            return groups[-1] or None
        if self.type_code is not None:
            return (groups[1] or None) if len(groups) > 1 else None
        return groups[0] or None

    @property
    def is_blank(self) -> bool:
        """Whether the sequence number is blank, as in a draft ("Số: /KH-UBND").

        >>> parse("…/QĐ-BCĐ").is_blank
        True
        """
        return self.seq is None


# --------------------------------------------------------------------------- helpers


def _prefix_end(text: str, start: int = 0) -> int:
    """The index after a "Số:" prefix at ``start`` and the whitespace after it.

    Recognises "Số", "số", "SỐ" with or without a colon (Party numbers write
    "Số 57-NQ/TW"), spaces before the colon, and the unaccented "So:" (only with
    its colon).  Returns ``start`` when there is no prefix.
    """
    head = text[start : start + 2].casefold()
    if head not in ("số", "so"):
        return start
    end = len(text)
    after = start + 2
    k = after
    while k < end and text[k].isspace():
        k += 1
    if k < end and text[k] == ":":
        k += 1
    elif head == "so" or (after < end and text[after].isalpha()):
        return start
    while k < end and text[k].isspace():
        k += 1
    return k


def _scan(text: str, start: int) -> str:
    """The number at ``start``, compacted: whitespace dropped, dashes made "-".

    Whitespace is a slip inside the number only next to a separator ("6791 /",
    "KH- UBND", "46 - CT") or, before the first separator, next to a
    placeholder ("… …/"); anywhere else it ends the number, so the place name
    that follows on a header line ("193 /UBND-KT    Lào Cai") is left out.
    Any character that cannot be part of a number ends it too.
    """
    out: list[str] = []
    seen_separator = False
    end = len(text)
    i = start
    while i < end:
        ch = text[i]
        if ch.isspace():
            j = i
            while j < end and text[j].isspace():
                j += 1
            if j >= end:
                break
            joiners = _SEPARATORS if seen_separator else _SEPARATORS | _PLACEHOLDERS
            after = "-" if text[j] in _DASHES else text[j]
            before = out[-1] if out else ""
            if before in joiners or after in joiners:
                i = j
                continue
            break
        if ch in _DASHES:
            ch = "-"
        if not (ch.isalpha() or ch in _DIGITS or ch in _SYMBOL_PUNCTUATION or ch in _PLACEHOLDERS):
            break
        if ch in _SEPARATORS:
            seen_separator = True
        out.append(ch)
        i += 1
    return "".join(out).rstrip(_PLACEHOLDER_CHARS)


def _is_seqish(text: str) -> bool:
    """Whether ``text`` can stand where the sequence number goes (digits, placeholders, nothing)."""
    return all(ch in _DIGITS or ch in _PLACEHOLDERS for ch in text)


def _read_seq(text: str) -> int | None:
    digits = text.strip(_PLACEHOLDER_CHARS)
    if digits and len(digits) <= _MAX_PARSE_DIGITS and all(ch in _DIGITS for ch in digits):
        return int(digits)
    return None


def _read_symbol(text: str) -> str | None:
    if any(ch.isalpha() or ch in _DIGITS for ch in text):
        return text
    return None


def _interpret(body: str, raw: str) -> DocumentNumber:
    """Build the DocumentNumber a compacted number ``body`` describes."""
    administrative, normative, party = (
        NumberStyle.ADMINISTRATIVE,
        NumberStyle.NORMATIVE,
        NumberStyle.PARTY,
    )
    left, slash, right = body.partition("/")
    if not slash:
        head, dash, tail = body.partition("-")
        if dash and _is_seqish(head):  # "57-NQ": a Party number without its issuer
            return DocumentNumber(
                raw=raw, seq=_read_seq(head), symbol=_read_symbol(tail), style=party
            )
        if _is_seqish(body):  # "6791", or nothing at all
            return DocumentNumber(raw=raw, seq=_read_seq(body))
        return DocumentNumber(raw=raw, symbol=_read_symbol(body))  # "QĐ-TTg"
    if "-" in left:
        head, _, tail = left.partition("-")
        if _is_seqish(head):  # "57-NQ/TW", "-KH/ĐU"
            return DocumentNumber(
                raw=raw, seq=_read_seq(head), symbol=_read_symbol(tail + "/" + right), style=party
            )
        return DocumentNumber(raw=raw, symbol=_read_symbol(body), style=administrative)
    if _is_seqish(left):
        year_text, slash2, rest = right.partition("/")
        if slash2:
            is_year = len(year_text) == 4 and all(ch in _DIGITS for ch in year_text)
            if is_year or all(ch in _PLACEHOLDERS for ch in year_text):
                return DocumentNumber(
                    raw=raw,
                    seq=_read_seq(left),
                    year=int(year_text) if is_year else None,
                    symbol=_read_symbol(rest),
                    style=normative,
                )
        return DocumentNumber(raw=raw, seq=_read_seq(left), symbol=_read_symbol(right))
    if left[:1].isalpha():  # "NQ/TW": a Party symbol with no number
        return DocumentNumber(raw=raw, symbol=_read_symbol(body), style=party)
    return DocumentNumber(raw=raw, symbol=_read_symbol(body))


def _is_letter(ch: str) -> bool:
    """A Latin letter, with or without Vietnamese diacritics (the only letters a ký hiệu takes)."""
    if not ch.isalpha():
        return False
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN ")


def _fail_format(message_vi: str, message_en: str) -> InvalidFormat:
    return InvalidFormat(message_vi, message_en, where=_WHERE)


def _fail_component(message_vi: str, message_en: str) -> InvalidComponent:
    return InvalidComponent(message_vi, message_en, where=_WHERE)


def _check_symbol_shape(symbol: str) -> None:
    if not symbol:
        raise _fail_format("thiếu ký hiệu", "the symbol (ký hiệu) is missing")
    if "/" in symbol:
        raise _fail_format('ký hiệu có dấu "/" thừa', "the symbol has an extra '/'")
    for group in symbol.split("-"):
        if not group:
            raise _fail_format("ký hiệu có nhóm trống", "the symbol has an empty group")
        if not _is_letter(group[0]):
            raise _fail_format(
                "mỗi nhóm của ký hiệu phải bắt đầu bằng chữ cái",
                "each group of the symbol must begin with a letter",
            )


def _check_symbol_case(symbol: str) -> None:
    for group in symbol.replace("/", "-").split("-"):
        if group[0].islower():
            raise _fail_component(
                f"ký hiệu phải viết in hoa: {group!r}",
                f"the symbol is written in capitals: {group!r}",
            )


def _check_seq_shape(seq: str) -> None:
    if not seq:
        raise _fail_format("chưa có số", "the sequence number is blank")
    if not all(ch in _DIGITS for ch in seq):
        raise _fail_format(
            "số phải viết bằng chữ số Ả Rập", "the sequence number must be in Arabic numerals"
        )


def _check_seq_value(seq: str) -> None:
    if len(seq) > _MAX_SEQ_DIGITS:
        raise _fail_component("số quá lớn", "the sequence number is implausibly large")
    value = int(seq)
    if value == 0:
        raise _fail_component("số bắt đầu từ 01", "the sequence number starts at 01")
    expected = f"{value:02d}"
    if seq != expected:
        if value < 10:
            raise _fail_component(
                f"số nhỏ hơn 10 phải ghi thêm số 0 ở trước: {expected}",
                f"a number below 10 takes a leading zero: {expected}",
            )
        raise _fail_component(
            f"số từ 10 trở lên ghi không có số 0 ở trước: {expected}",
            f"a number from 10 up is written without a leading zero: {expected}",
        )


# --------------------------------------------------------------------------- verbs


def parse(text: str) -> DocumentNumber:
    """Read a số và ký hiệu leniently; never raises on a string.

    The "Số:" prefix is optional; slips in spacing ("Số:6791 /SNNMT-KHTC",
    "46 - CT/TW", "/KH- UBND") are read through, placeholders for a blank number
    ("…", "...", spaces) give ``seq=None``, dashes read as "-", and what cannot be
    read is ``None``.  ``raw`` keeps the text NFC'd and stripped at its ends.
    Text after the number ("12/KH-UBND   Lào Cai, ngày …") is not part of it.

    >>> parse("Số:6791 /SNNMT-KHTC")
    DocumentNumber(raw='Số:6791 /SNNMT-KHTC', seq=6791, year=None, symbol='SNNMT-KHTC', \
style=<NumberStyle.ADMINISTRATIVE: 'administrative'>, source=None)
    >>> n = parse("20-KH/BCĐ57")
    >>> n.style.name, n.seq, n.symbol
    ('PARTY', 20, 'KH/BCĐ57')
    >>> parse("QĐ-TTg").seq is None
    True
    >>> parse("abc////").symbol
    'abc////'
    """
    raw = nfc(text).strip()
    window = raw[:_MAX_SCAN]
    return _interpret(_scan(window, _prefix_end(window)), raw)


def compact(text: str) -> str:
    """NFC, without the "Số:" prefix and without any whitespace (python-stdnum's ``compact``).

    It does not judge: the result is what ``validate`` checks.

    >>> compact("Số: /KH- UBND")
    '/KH-UBND'
    >>> compact("46 - CT/TW")
    '46-CT/TW'
    """
    squeezed = nfc("".join(nfc(text).split()))
    start = 0
    while True:  # "Số:Số:" would otherwise leave a prefix for a second call
        after = _prefix_end(squeezed, start)
        if after == start:
            break
        start = after
    return nfc(squeezed[start:])


def validate(text: str) -> str:
    """Check a số và ký hiệu strictly and return its compact form.

    Only the "Số:" prefix and the ends of ``text`` may carry whitespace.
    Raises :class:`~vnplan.errors.InvalidFormat` when the shape is wrong (no "/",
    a blank number, no symbol, an empty group, a space or a stray character)
    and :class:`~vnplan.errors.InvalidComponent` when a part is wrong (the
    number 0, "5" for "05", "012" for "12", a group in lower case).

    >>> validate("Số: 1074/QĐ-BXD")
    '1074/QĐ-BXD'
    >>> validate("30/2020/NĐ-CP")
    '30/2020/NĐ-CP'
    >>> validate("Số 57-NQ/TW")
    '57-NQ/TW'
    >>> validate("46 - CT/TW")
    Traceback (most recent call last):
        ...
    vnplan.errors.InvalidFormat: the number and symbol must not contain spaces \
(số và ký hiệu không được có dấu cách) [at number]
    """
    stripped = nfc(text).strip()
    body = stripped[_prefix_end(stripped) :]
    if not body:
        raise _fail_format("số và ký hiệu trống", "the number is empty")
    for ch in body:
        if ch.isspace():
            raise _fail_format(
                "số và ký hiệu không được có dấu cách",
                "the number and symbol must not contain spaces",
            )
    for ch in body:
        if not (_is_letter(ch) or ch in _DIGITS or ch in _SYMBOL_PUNCTUATION):
            raise _fail_format(
                f"ký tự {ch!r} không hợp lệ trong số và ký hiệu",
                f"invalid character {ch!r} in the number",
            )
    left, slash, right = body.partition("/")
    if not slash:
        raise _fail_format(
            'thiếu dấu "/" giữa số và ký hiệu', "missing '/' between the number and the symbol"
        )
    if "-" in left:  # Party: "57-NQ/TW"
        seq, _, type_part = left.partition("-")
        _check_seq_shape(seq)
        _check_symbol_shape(type_part)
        _check_symbol_shape(right)
        symbol = f"{type_part}/{right}"
    else:
        seq = left
        _check_seq_shape(seq)
        year, slash2, rest = right.partition("/")
        if slash2:  # normative: "30/2020/NĐ-CP"
            if len(year) != 4 or not all(ch in _DIGITS for ch in year):
                raise _fail_format("năm phải có 4 chữ số", "the year must have four digits")
            symbol = rest
        else:
            symbol = right
        _check_symbol_shape(symbol)
    _check_seq_value(seq)
    _check_symbol_case(symbol)
    return body


def is_valid(text: str) -> bool:
    """Whether ``validate`` accepts ``text``.

    >>> is_valid("12/KH-UBND"), is_valid("5/KH-UBND"), is_valid("/KH-UBND")
    (True, False, False)
    """
    try:
        validate(text)
    except (InvalidFormat, InvalidComponent):
        return False
    return True


def format(number: DocumentNumber | str, *, prefix: bool = False) -> str:
    """The canonical text of a number: "05/BNV-VP", "/KH-UBND", "30/2020/NĐ-CP", "57-NQ/TW".

    A number below 10 gets its leading zero; a blank number or year is left
    empty.  With ``prefix``, "Số: " comes first ("Số " for a Party number, which
    takes no colon).  A string is parsed first.

    >>> format("Số:6791 /SNNMT-KHTC")
    '6791/SNNMT-KHTC'
    >>> format(DocumentNumber(seq=5, symbol="BNV-VP"), prefix=True)
    'Số: 05/BNV-VP'
    >>> format(DocumentNumber(seq=30, year=2020, symbol="NĐ-CP", style=NumberStyle.NORMATIVE))
    '30/2020/NĐ-CP'
    >>> format("Số 5 - KH/ĐU", prefix=True)
    'Số 05-KH/ĐU'
    """
    if isinstance(number, str):
        number = parse(number)
    seq = "" if number.seq is None else f"{number.seq:02d}"
    symbol = number.symbol or ""
    if number.style is NumberStyle.PARTY:
        body, lead = f"{seq}-{symbol}", "Số "
    elif number.style is NumberStyle.NORMATIVE:
        year = "" if number.year is None else f"{number.year:04d}"
        body, lead = f"{seq}/{year}/{symbol}", "Số: "
    else:
        body, lead = f"{seq}/{symbol}", "Số: "
    return lead + body if prefix else body
