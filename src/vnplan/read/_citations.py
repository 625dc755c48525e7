"""Citations of other documents (trích dẫn văn bản): extract them with spans, resolve short forms.

The rule (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.a–b): the first time
a document is cited it is cited in full — tên loại (type), số và ký hiệu (number
and symbol), ngày ban hành (date), cơ quan ban hành (issuer) and trích yếu
(abstract) — except laws and ordinances (Luật, Pháp lệnh), which are cited by type
and name only; after that, the type and the number are enough.

This module follows eyecite's three verbs, less the third:

* :func:`extract` finds every cited document in order, each with its
  ``source.span`` — a ``(start, end)`` range into the **NFC** form of the input
  (the input is normalised with :func:`vnplan.text.nfc` first), so that
  ``nfc(text)[start:end] == citation.raw``;
* :func:`resolve` fills each short later mention (type and number only) from
  the first full mention of the same number;
* :func:`citations` is ``resolve(extract(text))``, the public entry point
  (``vnplan.read.citations``).

>>> text = ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột "
...         "phá phát triển khoa học, công nghệ; Kế hoạch số 12/KH-UBND ngày 05/02/2026 "
...         "của UBND xã thực hiện Nghị quyết số 57-NQ/TW.")
>>> first, plan, again = citations(text)
>>> first.type_name, first.doctype, first.number.symbol, first.issuer
('Nghị quyết', 'NQ', 'NQ/TW', 'Bộ Chính trị')
>>> first.date, first.title
(PartialDate(year=2024, month=12, day=22), 'đột phá phát triển khoa học, công nghệ')
>>> plan.number.seq, plan.issuer, plan.title
(12, 'UBND xã', 'thực hiện')
>>> again.short_form, again.raw, again.issuer, again.date.year
(True, 'Nghị quyết số 57-NQ/TW', 'Bộ Chính trị', 2024)
>>> start, end = again.source.span
>>> text[start:end] == again.raw
True

Laws are read by name, with or without a number; a draft's blanks are kept:

>>> law, decision = extract("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 "
...                         "năm 2025;\\nCăn cứ Quyết định …/QĐ-BCĐ ngày … tháng … năm 2025;")
>>> law.type_name, law.title, law.date, law.short_form
('Luật', 'Tổ chức chính quyền địa phương', PartialDate(year=2025, month=6, day=16), False)
>>> decision.number.seq is None, decision.number.symbol, decision.date
(True, 'QĐ-BCĐ', PartialDate(year=2025, month=None, day=None))

Generic uses of a type name are not citations:

>>> extract("Các kế hoạch này và Quyết định này; Kế hoạch tuyên truyền Ngày Sáng tạo.")
[]

What this module must never do:

* raise on a ``str`` (whatever the input, it returns a list, possibly empty);
* run a pattern that can backtrack: every regular expression here is a flat
  alternation of literal type names, and every other part of a citation is read
  by hand-written scanners over a bounded window (a number at most
  60 characters, an issuer 120, a law's name 150, a trích yếu 300), so a
  megabyte of adversarial text takes time linear in its length;
* let two citations overlap: a trích yếu or issuer ends where the next citation
  begins, and the results are in order of appearance;
* judge: it reports what was written ("kế hoạch" in lower case, a Party number
  cited as "46 - CT/TW", a full citation given twice); the rules judge it.

An issuer, a trích yếu and a law's name end at a line break: give this module
logical paragraphs (a reader joins the lines a PDF wrapped) for the best result.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from vnplan.doctypes.registry import all_types, by_name
from vnplan.model.citation import Citation
from vnplan.model.issue_line import PartialDate
from vnplan.number import DocumentNumber, parse
from vnplan.source import Source
from vnplan.text import fold, nfc

__all__ = ["citations", "extract", "resolve"]

# --------------------------------------------------------------------------- vocabulary

_EXTRA_TYPES: tuple[str, ...] = (
    "Luật",
    "Bộ luật",
    "Pháp lệnh",
    "Hiến pháp",
    "Nghị định",
    "Thông tư",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Kết luận",
    "Thông tri",
    "Văn bản",
    "Công điện",
    "Chỉ thị",
)
"""Types cited in administrative texts besides the catalogue of Điều 7 (normative, Party)."""

_LAW_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"})
"""Types that may be cited by name alone, with no number (mục II.6.b)."""

_KNOWN_QUALIFIERS = frozenset({"hành động", "liên tịch", "liên ngành", "liên bộ", "phối hợp"})
"""Words that may stand between a type name and "số" after any spelling of the type."""

_MAX_NUMBER = 60
_MAX_ISSUER = 120
_MAX_LAW_NAME = 150
_MAX_TITLE = 300
_MAX_QUALIFIER_WORDS = 6
_MAX_GAP = 8  # whitespace (and one comma) skipped between two parts of a citation
_MAX_DATE_FILL = 24  # blanks and placeholders skipped inside a date
_MAX_WORD = 80

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
_PLACEHOLDERS = frozenset(".…_")
_SEPARATORS = _DASHES | {"/"}
_DIGITS = frozenset("0123456789")

# Words (lower case, as written) that end an issuer; the multi-word ones are tuples.
_ISSUER_STOPS: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "về", "ngày", "thực hiện", "triển khai", "quy định", "ban hành", "phê duyệt",
        "hướng dẫn", "tổ chức", "sửa đổi", "tiến hành", "thành lập", "điều chỉnh",
        "hưởng ứng", "đôn đốc", "phúc đáp", "có", "cấp", "gửi", "kèm", "đã",
        "được", "tại", "theo", "trong", "đối với", "để", "nhằm", "với", "cho", "trên",
        "đề nghị", "là", "v/v",
    )
)  # fmt: skip
# Of those, the verbs with which a trích yếu may begin without "về việc".
_TITLE_VERBS: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "thực hiện", "triển khai", "quy định", "ban hành", "phê duyệt", "hướng dẫn",
        "tổ chức", "sửa đổi", "tiến hành", "thành lập", "điều chỉnh", "hưởng ứng",
        "đôn đốc", "phúc đáp",
    )
)  # fmt: skip
# Words that end a law's name (lower case, as written).
_LAW_STOPS: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "ngày", "đã", "được", "về", "thì", "khi", "nhằm", "để", "có hiệu", "hiện hành",
        "quy định", "và các", "hướng dẫn", "thi hành", "trong", "đối với", "các", "những",
        "cùng",
    )
)  # fmt: skip
# After ", " inside a trích yếu, a word that begins the sentence's subject ends it
# ("… năm 2026, UBND xã Thiệu Trung xây dựng Kế hoạch …").
_SUBJECT_STARTS = frozenset(
    {"UBND", "Ủy", "Uỷ", "UBMTTQ", "Sở", "Ban", "Phòng", "Đảng", "HĐND", "Hội", "Bộ", "Chủ",
     "Cục", "Chi", "Đoàn", "Giám", "Văn", "Trường", "Viện", "Tỉnh", "Huyện", "Xã", "Phường"}
)  # fmt: skip
_ASIDES = ("(sau đây", "(viết tắt", "(gọi tắt", "(dưới đây")
_TRAILING_WORDS = frozenset({"và", "hoặc", "của", "các", "cùng", "với", "tại", "theo"})
_ABOUT = (("về", "việc"), ("v/v",), ("về",))
# After ", " these end a trích yếu: the sentence goes on ("…, cụ thể như sau:").
_TITLE_TAILS: frozenset[tuple[str, ...]] = frozenset(
    {("cụ", "thể"), ("như", "sau"), ("trong", "đó"), ("đồng", "thời"), ("sau", "đây")}
)

# The old placement of the tone mark on oa, oe, uy ("thoả", "uỷ") for the catalogue's names.
_OLD_TONES = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}  # fmt: skip


@attrs.frozen
class _Vocabulary:
    """The type names known when ``extract`` runs, and the one pattern that finds them."""

    pattern: re.Pattern[str]
    canonical: dict[str, str]  # fold(written name) -> name as the list spells it
    seen: dict[str, str | None] = attrs.field(factory=dict)  # written -> name, a memo

    def base(self, written: str) -> str | None:
        """The listed name a written type name stands for ("KẾ  HOẠCH" -> "Kế hoạch")."""
        if written in self.seen:
            return self.seen[written]
        name = self.canonical.get(fold(written))
        if len(self.seen) < 4096:
            self.seen[written] = name
        return name


@functools.lru_cache(maxsize=8)
def _vocabulary(names: tuple[str, ...]) -> _Vocabulary:
    canonical: dict[str, str] = {}
    spellings: set[str] = set()
    for name in names:
        canonical.setdefault(fold(name), name)
        old = name
        for new_style, old_style in _OLD_TONES.items():
            old = old.replace(new_style, old_style)
        spellings.update({name, old})
    # Longest first, so that "Thông tư liên tịch" wins over "Thông tư".  A flat
    # alternation of literals (words joined by a bounded run of blanks) cannot
    # backtrack beyond its own length.
    alternatives = sorted(spellings, key=lambda s: (-len(s), s))
    blank = "[^\\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]{1,3}"  # a run of blanks on one line
    body = "|".join(blank.join(map(re.escape, s.split())) for s in alternatives)
    return _Vocabulary(pattern=re.compile(f"(?:{body})(?!\\w)", re.IGNORECASE), canonical=canonical)


def _current_vocabulary() -> _Vocabulary:
    names = tuple(t.name_vi for t in all_types())
    extra = tuple(n for n in _EXTRA_TYPES if n not in names)
    return _vocabulary(names + extra)


# --------------------------------------------------------------------------- small scanners


def _is_hspace(ch: str) -> bool:
    return ch.isspace() and ch not in _LINE_BREAKS


def _skip_hspace(text: str, i: int, limit: int) -> int:
    while i < limit and _is_hspace(text[i]):
        i += 1
    return i


def _skip_gap(text: str, i: int, limit: int, *, comma: bool = True) -> int:
    """Skip blanks (at most one line break) and, if allowed, one comma; bounded."""
    end = min(limit, i + _MAX_GAP)
    breaks = 0
    commas = 0
    while i < end:
        ch = text[i]
        if ch in _LINE_BREAKS:
            breaks += 1
            if breaks > 1:
                break
        elif ch == ",":
            commas += 1
            if not comma or commas > 1:
                break
        elif not ch.isspace():
            break
        i += 1
    return i


def _word_end(text: str, i: int, limit: int) -> int:
    """End of the word at ``i``: letters and digits, with "-", "/", "&", "." inside.

    A word longer than ``_MAX_WORD`` is cut there: no scan goes far on one word.
    """
    limit = min(limit, i + _MAX_WORD)
    j = i
    while j < limit:
        ch = text[j]
        if ch.isalnum() or (
            ch in "-/&."
            and j > i
            and j + 1 < limit
            and text[j - 1].isalnum()
            and text[j + 1].isalnum()
        ):
            j += 1
        else:
            break
    return j


def _words_at(text: str, i: int, count: int, limit: int) -> tuple[tuple[str, ...], int]:
    """Up to ``count`` words from ``i`` separated by blanks on one line, and the end."""
    limit = min(limit, i + count * (_MAX_WORD + _MAX_GAP))
    words: list[str] = []
    pos = i
    end = i
    for _ in range(count):
        start = _skip_hspace(text, pos, limit) if words else pos
        stop = _word_end(text, start, limit)
        if stop == start:
            break
        words.append(text[start:stop])
        end = pos = stop
    return tuple(words), end


def _phrase_at(text: str, i: int, limit: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The end of a phrase of ``phrases`` (matched as written) starting at ``i``, or -1."""
    first_end = _word_end(text, i, limit)
    if first_end == i or text[i:first_end] not in _first_words(phrases):
        return -1
    words, _ = _words_at(text, i, 3, limit)
    for size in (3, 2, 1):
        if len(words) >= size and words[:size] in phrases:
            _, end = _words_at(text, i, size, limit)
            return end
    return -1


@functools.cache
def _first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases)


def _is_word(text: str, i: int, word: str) -> bool:
    """Whether ``word`` (any case) stands at ``i`` as a whole word."""
    end = i + len(word)
    if text[i:end].casefold() != word:
        return False
    return end >= len(text) or not text[end].isalnum()


def _trim(text: str, start: int, end: int) -> int:
    """Pull ``end`` back over blanks, stray punctuation and dangling connectives."""
    while end > start:
        while end > start and (text[end - 1].isspace() or text[end - 1] in ',:-–—“"‘('):
            end -= 1
        word_start = end
        while word_start > start and text[word_start - 1].isalnum():
            word_start -= 1
        if word_start < end and text[word_start:end] in _TRAILING_WORDS and word_start > start:
            end = word_start
            continue
        break
    return end


# --------------------------------------------------------------------------- numbers and dates


def _scan_number(text: str, i: int) -> int:
    """The end of a số và ký hiệu starting at ``i`` (a digit, a placeholder or "/"), or -1.

    Mirrors :func:`vnplan.number.parse`: blanks count only next to a separator
    ("46 - CT/TW") or, before the first separator, next to a placeholder.
    """
    n = len(text)
    if i >= n or not (text[i] in _DIGITS or text[i] in _PLACEHOLDERS or text[i] == "/"):
        return -1
    limit = min(n, i + _MAX_NUMBER)
    pos = i
    end = i
    seen_separator = False
    while pos < limit:
        ch = text[pos]
        if _is_hspace(ch):
            j = _skip_hspace(text, pos, limit)
            if j >= limit:
                break
            joiners = _SEPARATORS if seen_separator else _SEPARATORS | _PLACEHOLDERS
            if text[pos - 1] in joiners or text[j] in joiners:
                pos = j
                continue
            break
        if not (ch.isalnum() or ch == "&" or ch in _SEPARATORS or ch in _PLACEHOLDERS):
            break
        if ch in _SEPARATORS:
            seen_separator = True
        pos += 1
        end = pos
    # A full stop or an ellipsis after the number ends the sentence, not the number.
    trimmed = end
    while trimmed > i and text[trimmed - 1] in _PLACEHOLDERS:
        trimmed -= 1
    if trimmed > i and (text[trimmed - 1].isalnum()):
        end = trimmed
    return end


def _number_after_so(text: str, i: int, limit: int) -> tuple[int, int] | None:
    """After the word "số" at ``i``: the span of the number that follows, or ``None``."""
    limit = min(limit, i + 2 * _MAX_GAP + 4 + _MAX_NUMBER)
    pos = i + 2
    pos = _skip_hspace(text, pos, limit)
    if pos < limit and text[pos] == ":":
        pos += 1
    pos = _skip_gap(text, pos, limit, comma=False)
    if pos < limit and _is_word(text, pos, "số"):  # "Chỉ thị số số 46 - CT/TW"
        pos = _skip_gap(text, pos + 2, limit, comma=False)
    if pos >= limit:
        return None
    end = _scan_number(text, pos)
    if end <= pos or end > limit:
        return None
    return pos, end


def _digits(text: str, i: int, limit: int, most: int) -> tuple[int | None, int]:
    j = i
    while j < limit and text[j] in _DIGITS and j - i <= most:
        j += 1
    if j == i or j - i > most:
        return None, i
    return int(text[i:j]), j


def _skip_fill(text: str, i: int, limit: int) -> int:
    """Skip blanks and placeholders ("ngày … tháng … năm"); bounded."""
    end = min(limit, i + _MAX_DATE_FILL)
    while i < end and (text[i].isspace() or text[i] in _PLACEHOLDERS):
        i += 1
    return i


def _scan_date(text: str, i: int, limit: int) -> tuple[PartialDate, int] | None:
    """A date after ``i`` (past a gap and one comma): "ngày 19/4/2026", "ngày … tháng … năm
    2025", "tháng 4 năm 2026", "năm 2024"; the date and its end, or ``None``."""
    limit = min(limit, i + 4 * _MAX_DATE_FILL + 40)
    pos = _skip_gap(text, i, limit)
    if pos >= limit:
        return None
    day: int | None = None
    if _is_word(text, pos, "ngày"):
        after = pos + 4
        pos = _skip_gap(text, after, limit, comma=False)
        value, end = _digits(text, pos, limit, 2)
        if value is not None and end < limit and text[end] == "/":  # 19/4/2026
            month, end2 = _digits(text, end + 1, limit, 2)
            if month is not None and end2 < limit and text[end2] == "/":
                year, end3 = _digits(text, end2 + 1, limit, 4)
                if year is not None and end3 - end2 == 5:
                    if end3 < len(text) and (text[end3].isalnum() or text[end3] == "/"):
                        return None
                    return PartialDate(year=year, month=month, day=value), end3
            return None
        pos = _skip_fill(text, after, limit)
        day, end = _digits(text, pos, limit, 2)
        pos = _skip_fill(text, end, limit) if day is not None else pos
        if not (pos < limit and _is_word(text, pos, "tháng")):
            return None
    if _is_word(text, pos, "tháng"):
        after = pos + 5
        pos = _skip_fill(text, after, limit)
        month, end = _digits(text, pos, limit, 2)
        pos = _skip_fill(text, end, limit) if month is not None else pos
        if not (pos < limit and _is_word(text, pos, "năm")):
            return None
        after = pos + 3
        pos = _skip_fill(text, after, limit)
        year, end = _digits(text, pos, limit, 4)
        if year is not None and (end - pos != 4 or (end < len(text) and text[end].isalnum())):
            return None
        return PartialDate(year=year, month=month, day=day), (end if year is not None else after)
    if day is None and _is_word(text, pos, "năm"):
        pos = _skip_hspace(text, pos + 3, limit)
        year, end = _digits(text, pos, limit, 4)
        if year is None or end - pos != 4 or (end < len(text) and text[end].isalnum()):
            return None
        return PartialDate(year=year), end
    return None


# --------------------------------------------------------------------------- heads


@attrs.frozen
class _Head:
    """The part of a citation that identifies it: type, and number or (for a law) name."""

    start: int
    end: int
    type_name: str
    base: str
    number: tuple[int, int] | None = None
    name: tuple[int, int] | None = None


def _type_at(text: str, i: int, vocab: _Vocabulary) -> re.Match[str] | None:
    """The type name standing as a whole word at ``i``, or ``None``."""
    match = vocab.pattern.match(text, i)
    if match is None or (i > 0 and text[i - 1].isalnum()):
        return None
    return match


def _previous_word(text: str, i: int) -> str:
    j = i
    while j > 0 and _is_hspace(text[j - 1]) and i - j < 4:
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalnum() and j - k < 10:
        k -= 1
    return text[k:j].casefold()


def _read_head(text: str, match: re.Match[str], vocab: _Vocabulary, *, deep: bool) -> _Head | None:
    """Read a citation's head from a type-name match; ``None`` when it is a generic use.

    ``deep=False`` is the cheap check used inside a law's name: a law cited by
    name is recognised by its first word only, never scanned.
    """
    n = len(text)
    start, j = match.start(), match.end()
    if start > 0 and text[start - 1].isalnum():
        return None
    written = match.group(0)
    base = vocab.base(written)
    if base is None:
        return None
    if base == "Luật" and _previous_word(text, start) == "pháp":  # "pháp luật"
        return None
    type_name = " ".join(written.split())
    capital = written[0].isupper()
    is_law = base in _LAW_TYPES
    limit = min(n, j + 200)
    k = _skip_hspace(text, j, limit)
    if k >= n:
        return None
    if k > j and _is_word(text, k, "số"):
        span = _number_after_so(text, k, limit)
        if span is None or not (capital or _has_symbol(text, *span)):
            return None
        return _Head(start=start, end=span[1], type_name=type_name, base=base, number=span)
    if text[k] in _DIGITS or text[k] in _PLACEHOLDERS:  # "Nghị quyết 57-NQ/TW", "…/QĐ-BCĐ"
        end = _scan_number(text, k)
        if end <= k or not _has_symbol(text, k, end, letter=True):
            return None
        return _Head(start=start, end=end, type_name=type_name, base=base, number=(k, end))
    if k == j:
        return None
    if is_law:
        return _read_law(text, start, j, k, type_name, base, vocab, deep=deep)
    return _read_qualified(text, start, k, type_name, base, vocab, capital=capital)


def _has_symbol(text: str, start: int, end: int, *, letter: bool = False) -> bool:
    """Whether the number has a separator (and, if asked, a letter) — not a bare count."""
    body = text[start:end]
    if not any(ch in _SEPARATORS for ch in body):
        return all(ch in _PLACEHOLDERS for ch in body) and not letter
    return not letter or any(ch.isalpha() for ch in body)


def _read_qualified(
    text: str, start: int, k: int, type_name: str, base: str, vocab: _Vocabulary, *, capital: bool
) -> _Head | None:
    """A type name with words before "số": "Kế hoạch hành động số 20-KH/BCĐ57".

    Known qualifiers ("hành động", "liên tịch") go with any spelling; other words
    only after a capitalised type name and before a number with a symbol
    ("Thông báo nổ mìn số 17/TB-NM"), so that "dự án đầu tư xây dựng số 1" is no
    citation.
    """
    n = len(text)
    limit = min(n, k + 120)
    pos = k
    words: list[str] = []
    for _ in range(_MAX_QUALIFIER_WORDS + 1):
        if pos >= limit:
            return None
        if _is_word(text, pos, "số"):
            break
        if len(words) == _MAX_QUALIFIER_WORDS or _type_at(text, pos, vocab) is not None:
            return None
        end = _word_end(text, pos, limit)
        if end == pos or not text[pos:end].isalpha():
            return None
        words.append(text[pos:end])
        nxt = _skip_hspace(text, end, limit)
        if nxt == end:
            return None
        pos = nxt
    else:
        return None
    span = _number_after_so(text, pos, limit)
    if span is None:
        return None
    known = " ".join(words).casefold() in _KNOWN_QUALIFIERS
    if not known and not (capital and _has_symbol(text, *span, letter=True)):
        return None
    if known and not (capital or _has_symbol(text, *span)):
        return None
    return _Head(start=start, end=span[1], type_name=type_name, base=base, number=span)


def _read_law(
    text: str,
    start: int,
    j: int,
    k: int,
    type_name: str,
    base: str,
    vocab: _Vocabulary,
    *,
    deep: bool,
) -> _Head | None:
    """A law, code or ordinance cited by name: "Luật Tổ chức chính quyền địa phương …"."""
    written = text[start : start + 1]
    if not written.isupper() or text[start:k].strip().isupper():  # "LUẬT …" is a heading
        return None
    n = len(text)
    first_end = _word_end(text, k, n)
    if first_end == k:
        return None if base != "Hiến pháp" else _Head(start, j, type_name, base)
    first = text[k:first_end]
    amending = first.casefold() == "sửa" and _words_at(text, k, 2, n)[0][1:2] == ("đổi",)
    if not (first[0].isupper() or amending or base == "Hiến pháp"):
        return None
    inner = _type_at(text, k, vocab)
    if inner is not None and vocab.base(inner.group(0)) in _LAW_TYPES:  # "Luật Luật"
        return None
    if not deep:
        return _Head(start=start, end=first_end, type_name=type_name, base=base)
    limit = min(n, k + _MAX_LAW_NAME)
    pos = k
    name_end = k
    number: tuple[int, int] | None = None
    while pos < limit:
        ch = text[pos]
        if _is_hspace(ch):
            pos += 1
            continue
        if ch == ",":
            nxt = _skip_hspace(text, pos + 1, limit)
            if (
                nxt > pos + 1
                and nxt < limit
                and text[nxt].islower()
                and _phrase_at(text, nxt, n, _LAW_STOPS) < 0
                and not _is_word(text, nxt, "số")
            ):
                pos = nxt
                continue
            break
        if ch in _DASHES and pos + 1 < n and _is_hspace(text[pos + 1]):  # "kinh tế - xã hội"
            pos += 1
            continue
        if not ch.isalnum():
            break
        end = _word_end(text, pos, n)
        if end > limit:
            break
        word = text[pos:end]
        if word.casefold() == "số":
            after = _skip_hspace(text, end, limit)
            doubled = after > end and _is_word(text, after, "số")  # "công nghệ số số 71/…"
            span = None if doubled else _number_after_so(text, pos, n)
            if span is not None:
                number = span
                break
        if _phrase_at(text, pos, n, _LAW_STOPS) >= 0:
            break
        if word == "năm" and _scan_date(text, pos, n) is not None:
            break
        if word == "của" and not amending:
            after = _skip_hspace(text, end, limit)
            if after < limit and text[after].isupper():
                break
        inner = _type_at(text, pos, vocab)
        if inner is not None:
            head = _read_head(text, inner, vocab, deep=False)
            if head is not None and not (amending and head.number is None):
                break
        name_end = pos = end
    name_end = _trim(text, k, name_end)
    name = (k, name_end) if name_end > k else None
    if name is None and number is None and base != "Hiến pháp":
        return None
    end = number[1] if number is not None else name_end if name is not None else j
    return _Head(start=start, end=end, type_name=type_name, base=base, number=number, name=name)


def _find_heads(text: str, vocab: _Vocabulary) -> list[_Head]:
    heads: list[_Head] = []
    pos = 0
    while True:
        match = vocab.pattern.search(text, pos)
        if match is None:
            return heads
        head = _read_head(text, match, vocab, deep=True)
        if head is None:
            pos = match.start() + 1
            continue
        heads.append(head)
        pos = max(head.end, match.start() + 1)


# --------------------------------------------------------------------------- tails


def _scan_issuer(text: str, i: int, limit: int) -> tuple[int, int] | None:
    """The issuer after "của" (past a gap and one comma from ``i``): its span, or ``None``."""
    pos = _skip_gap(text, i, limit)
    if pos + 3 > limit or not _is_word(text, pos, "của"):
        return None
    start = _skip_hspace(text, pos + 3, min(limit, pos + 3 + _MAX_GAP))
    if start == pos + 3 or start >= limit or not text[start].isalnum():
        return None
    stop = min(limit, start + _MAX_ISSUER)
    pos = start
    end = start
    while pos < stop:
        ch = text[pos]
        if _is_hspace(ch):
            pos += 1
            continue
        if ch in _DASHES or ch == "&":  # "TTXH - Công an tỉnh", "HĐND & UBND"
            pos += 1
            continue
        if not ch.isalnum():
            break
        word_end = _word_end(text, pos, len(text))
        if word_end > stop:
            break
        if _phrase_at(text, pos, limit, _ISSUER_STOPS) >= 0 and not _acronym_after_ve(
            text, pos, word_end, limit
        ):
            break
        end = pos = word_end
    end = _trim(text, start, end)
    if end <= start:
        return None
    return start, end


def _acronym_after_ve(text: str, pos: int, word_end: int, limit: int) -> bool:
    """ "Phòng Cảnh sát QLHC về TTXH": "về" followed by an acronym stays in the issuer."""
    if text[pos:word_end] != "về":
        return False
    after = _skip_hspace(text, word_end, min(limit, word_end + _MAX_GAP))
    words, _ = _words_at(text, after, 1, limit)
    return bool(words) and len(words[0]) > 1 and words[0].isupper()


def _scan_title(text: str, i: int, limit: int, *, verbs: bool) -> tuple[int, int] | None:
    """The trích yếu after "về việc", "V/v", "về" or (with ``verbs``) a verb: its span."""
    pos = _skip_gap(text, i, limit)
    if pos < limit and text[pos] == "(":  # skip "(sau đây viết tắt là …)"
        close = text.find(")", pos, min(limit, pos + 100))
        if close > 0 and not any(ch in _LINE_BREAKS for ch in text[pos:close]):
            pos = _skip_gap(text, close + 1, limit)
    if pos >= limit:
        return None
    start = -1
    words, _ = _words_at(text, pos, 2, limit)
    folded = tuple(w.casefold() for w in words)
    for phrase in _ABOUT:
        if folded[: len(phrase)] == phrase:
            _, after = _words_at(text, pos, len(phrase), limit)
            start = _skip_hspace(text, after, min(limit, after + _MAX_GAP))
            if start == after:
                return None
            break
    else:
        if verbs and _phrase_at(text, pos, limit, _TITLE_VERBS) >= 0:
            start = pos
    if start < 0 or start >= limit:
        return None
    end = _trim(text, start, _title_end(text, start, limit))
    end = _trim(text, start, _close_brackets(text, start, end))
    if end <= start:
        return None
    return start, end


def _close_brackets(text: str, start: int, end: int) -> int:
    """Cut a trích yếu before a bracket or quotation it opens but never closes, or drop an
    extra closing bracket at its end ("… (ban hành kèm" → "…")."""
    for opening, closing in (("(", ")"), ("“", "”")):
        last_open = text.rfind(opening, start, end)
        if last_open >= 0 and text.find(closing, last_open, end) < 0:
            end = last_open
        while end > start and text[end - 1] == closing:
            if text.count(opening, start, end) >= text.count(closing, start, end):
                break
            end -= 1
    return end


def _title_end(text: str, start: int, limit: int) -> int:
    stop = min(limit, start + _MAX_TITLE)
    n = len(text)
    pos = start
    end = start
    depth = 0  # a ")" or "”" closing what opened before the citation ends the trích yếu
    while pos < stop:
        ch = text[pos]
        if ch in _LINE_BREAKS or ch == ";":
            return end
        if ch in "(“":
            depth += 1
        elif ch in ")”":
            if depth == 0:
                return end
            depth -= 1
        if ch == "." and (pos + 1 >= n or text[pos + 1].isspace() or text[pos + 1] in "/."):
            return end
        if ch == "(" and text[pos : pos + 10].casefold().startswith(_ASIDES):
            return end
        if ch == ",":
            after = _skip_hspace(text, pos + 1, min(n, pos + 1 + _MAX_GAP))
            words, _ = _words_at(text, after, 1, n)
            if words and words[0] in _SUBJECT_STARTS:
                return end
            if _phrase_at(text, after, n, _TITLE_TAILS) >= 0:
                return end
        pos += 1
        if not ch.isspace():
            end = pos
    if pos >= stop and stop < limit:  # cut at the last blank, never inside a word
        cut = end
        while cut > start and not text[cut - 1].isspace():
            cut -= 1
        end = cut if cut > start else end
    return end


# --------------------------------------------------------------------------- verbs


def extract(text: str) -> list[Citation]:
    """Every document cited in ``text``, in order of appearance; never raises on a ``str``.

    ``text`` is normalised to NFC first; each citation's ``source.span`` indexes
    that NFC text and ``source.line``/``end_line`` count its lines from 1.  A
    mention with a number but neither date nor issuer has ``short_form=True``;
    :func:`resolve` fills it in.

    >>> [c.number.symbol for c in extract("theo công văn số 2374/SKH-CN ngày 20/4/2026")]
    ['SKH-CN']
    >>> c = extract("Chỉ thị số số 46 - CT/TW của Bộ Chính trị")[0]
    >>> c.number.seq, c.number.symbol, c.issuer, c.raw
    (46, 'CT/TW', 'Bộ Chính trị', 'Chỉ thị số số 46 - CT/TW của Bộ Chính trị')
    """
    text = nfc(text)
    vocab = _current_vocabulary()
    heads = _find_heads(text, vocab)
    doctypes: dict[str, str | None] = {}
    found: list[Citation] = []
    line, line_pos = 1, 0
    for index, head in enumerate(heads):
        limit = heads[index + 1].start if index + 1 < len(heads) else len(text)
        citation, end = _build(text, head, limit, doctypes)
        line += text.count("\n", line_pos, head.start)
        line_pos = head.start
        source = Source(line=line, end_line=line + text.count("\n", head.start, end),
                        span=(head.start, end))  # fmt: skip
        found.append(attrs.evolve(citation, raw=text[head.start : end], source=source))
    return found


def _build(
    text: str, head: _Head, limit: int, doctypes: dict[str, str | None]
) -> tuple[Citation, int]:
    end = head.end
    number: DocumentNumber | None = None
    if head.number is not None:
        ns, ne = head.number
        number = attrs.evolve(parse(text[ns:ne]), source=Source(span=(ns, ne)))
    date: PartialDate | None = None
    issuer: str | None = None
    title: str | None = None
    found_date = _scan_date(text, end, limit)
    if found_date is not None:
        date, end = found_date
    found_issuer = _scan_issuer(text, end, limit)
    if found_issuer is not None:
        issuer = text[found_issuer[0] : found_issuer[1]]
        end = found_issuer[1]
        if date is None:
            found_date = _scan_date(text, end, limit)
            if found_date is not None:
                date, end = found_date
    if head.name is not None:
        title = text[head.name[0] : head.name[1]]
    else:
        found_title = _scan_title(text, end, limit, verbs=issuer is not None or date is not None)
        if found_title is not None:
            title = text[found_title[0] : found_title[1]]
            end = found_title[1]
    if head.base not in doctypes:
        registered = by_name(head.base)
        doctypes[head.base] = registered.code if registered is not None else None
    doctype = doctypes[head.base]
    if doctype is None and number is not None:
        doctype = number.type_code
    citation = Citation(
        type_name=head.type_name,
        doctype=doctype,
        number=number,
        date=date,
        issuer=issuer,
        title=" ".join(title.split()) if title is not None else None,
        short_form=number is not None and date is None and issuer is None and head.name is None,
    )
    return citation, end


def _key(number: DocumentNumber | None) -> tuple[int, int | None, str] | None:
    """What identifies a cited document: its number, year and symbol (blank numbers: nothing)."""
    if number is None or number.seq is None or not number.symbol:
        return None
    return number.seq, number.year, number.symbol.casefold()


def resolve(citations: Sequence[Citation]) -> list[Citation]:
    """Fill each short mention from the first full mention of the same number before it.

    A short mention keeps its own ``raw``, ``source``, number and ``short_form=True``
    and takes what it lacks (type code, date, issuer, trích yếu) from the full
    mention.  A full mention that repeats an earlier one is left as it is (the
    rules report "cited in full a second time"); a short mention with no full
    mention before it is left as it is.

    >>> full, short = extract("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ "
    ...                       "về công tác văn thư; Nghị định số 30/2020/NĐ-CP.")
    >>> resolved = resolve([full, short])[1]
    >>> resolved.short_form, resolved.issuer, resolved.title, resolved.raw
    (True, 'Chính phủ', 'công tác văn thư', 'Nghị định số 30/2020/NĐ-CP')
    """
    first_full: dict[tuple[int, int | None, str], Citation] = {}
    resolved: list[Citation] = []
    for citation in citations:
        key = _key(citation.number)
        if key is None:
            resolved.append(citation)
            continue
        if not citation.short_form:
            first_full.setdefault(key, citation)
            resolved.append(citation)
            continue
        full = first_full.get(key)
        if full is None:
            resolved.append(citation)
            continue
        resolved.append(
            attrs.evolve(
                citation,
                type_name=citation.type_name or full.type_name,
                doctype=citation.doctype or full.doctype,
                date=full.date,
                issuer=full.issuer,
                title=citation.title or full.title,
            )
        )
    return resolved


def citations(text: str) -> list[Citation]:
    """Every document cited in ``text``, short later mentions resolved: ``resolve(extract(text))``.

    >>> [(c.number.seq, c.short_form, c.issuer) for c in citations(
    ...     "Kế hoạch số 05/KH-UBND ngày 02/02/2026 của UBND xã; Kế hoạch số 05/KH-UBND")]
    [(5, False, 'UBND xã'), (5, True, 'UBND xã')]
    """
    return resolve(extract(text))
