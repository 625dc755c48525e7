"""Body rules: numbering, section headings, a word doubled at a break, the closing "./.".

Decree 30, Phụ lục I, Phần I, mục II.6.đ: khoản are numbered in Arabic
numerals, điểm "theo thứ tự bảng chữ cái tiếng Việt" (a, b, c, d, đ, e, g, h,
i, k, l …: no f, j, w or z) followed by ")"; phần and chương in Roman numerals,
mục and điều in Arabic numerals.  Numbers and letters run on among siblings
without a gap or a repeat (sections I, II, III; items 1, 2, 3 and 1.1, 1.2
under item 1; points a, b, c); articles run on through the whole document.
The table of mục V (6.b) prints the sections of a document without articles
with number and title in capitals ("I. NHỮNG KẾT QUẢ…").  Practice: a word the
typist doubled where a line or a page broke ("nhiệm vụ / vụ của") is a slip —
judged only at the reader's joins, never as reduplication inside a sentence
("người người"); and the content closes with "./." (every Phụ lục III
template ends so).  Appendices are left to the appendix rules; an attached
document (a Quy chế issued with a decision) is judged like the body.

>>> from vnplan import read, rules
>>> doc, _ = read.text("KẾ HOẠCH\\nA\\n\\nI. MỤC ĐÍCH\\nNội dung.\\n\\nIII. NỘI DUNG\\nVăn bản.\\n")
>>> sorted(f.code for f in rules.validate(doc).findings if f.component.value == "body")
['body.closing-mark', 'body.numbering-sequence']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from vnplan.findings import Component, Severity
from vnplan.model import Block, Body, Division, DivisionKind, JoinKind, Paragraph, Source
from vnplan.rules._engine import PRACTICE, Context, Hit, NotApplicable, rule
from vnplan.text import fold, squash

__all__ = ["LETTERS", "blocks_with_paths", "bodies"]

_NUMBERING_SOURCE = "NĐ 30/2020, Phụ lục I, Phần I, mục II.6.đ"

LETTERS = "abcdđeghiklmnopqrstuvxy"
"""The Vietnamese alphabet in order, as điểm are lettered (no f, j, w, z)."""
_LETTER_INDEX = {letter: index + 1 for index, letter in enumerate(LETTERS)}

# --------------------------------------------------------------------------------------------
# Walking the bodies with their paths
# --------------------------------------------------------------------------------------------


def bodies(ctx: Context) -> list[tuple[str, Body]]:
    """The bodies the body rules judge: the document's, then each attached document's."""
    document = ctx.document
    found: list[tuple[str, Body]] = []
    if isinstance(document.body, Body):
        found.append(("body", document.body))
    for index, attached in enumerate(document.attachments or ()):
        body = getattr(attached, "body", None)
        if isinstance(body, Body):
            found.append((f"attachments[{index}].body", body))
    return found


def blocks_with_paths(blocks: tuple[Block, ...], prefix: str) -> Iterator[tuple[Block, str]]:
    """Every block under ``blocks``, depth first, with its dotted path ("body.children[2]")."""
    for index, block in enumerate(blocks or ()):
        path = f"{prefix}.children[{index}]"
        yield block, path
        if isinstance(block, Division):
            yield from blocks_with_paths(block.children, path)


def _line(source: Source | None) -> int | None:
    return None if source is None else source.line


# --------------------------------------------------------------------------------------------
# Numbering
# --------------------------------------------------------------------------------------------

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_CHECK = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def _roman(label: str) -> int | None:
    """The value of a Roman numeral ("IV" -> 4), or ``None``."""
    if not label or not _ROMAN_CHECK.match(label) or any(c not in _ROMAN_VALUES for c in label):
        return None
    total = 0
    for index, char in enumerate(label):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[label[index + 1]] if index + 1 < len(label) else 0
        total += -value if value < following else value
    return total


def _to_roman(value: int) -> str:
    out = []
    for number, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                            (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


_ROMAN_KINDS = (DivisionKind.SECTION, DivisionKind.PART, DivisionKind.CHAPTER)
_ARABIC_KINDS = (DivisionKind.MUC, DivisionKind.SUBMUC, DivisionKind.ARTICLE)


class _Number(NamedTuple):
    """A division's number: its group among siblings, its value, the prefix of "2.1"."""

    group: tuple[str, int]
    value: int
    prefix: tuple[int, ...] = ()


def _number(division: Division) -> _Number | str | None:
    """The division's number; ``None`` when unnumbered or unreadable; "letter" for f, j, w, z."""
    label = (division.label or "").strip()
    kind = division.kind
    if not label:
        return None
    if kind in _ROMAN_KINDS:
        value = _roman(label) if not label.isdigit() else int(label)
        return None if value is None else _Number((kind.value, 0), value)
    if kind in _ARABIC_KINDS:
        return _Number((kind.value, 0), int(label)) if label.isdigit() else None
    if kind is DivisionKind.ITEM:
        parts = label.split(".")
        if not all(part.isdigit() for part in parts):
            return None
        numbers = tuple(int(part) for part in parts)
        return _Number((kind.value, len(numbers)), numbers[-1], numbers[:-1])
    if kind is DivisionKind.POINT:
        letter = label.lower()
        if len(letter) != 1 or not letter.isalpha():
            return None
        index = _LETTER_INDEX.get(letter)
        return "letter" if index is None else _Number((kind.value, 0), index)
    return None


def _label_for(kind: DivisionKind, value: int, prefix: tuple[int, ...]) -> str:
    if kind in _ROMAN_KINDS:
        return _to_roman(value)
    if kind is DivisionKind.POINT:
        return LETTERS[value - 1] if 1 <= value <= len(LETTERS) else "?"
    return ".".join(str(n) for n in (*prefix, value))


def _marker_for(division: Division, label: str) -> str:
    """The division's marker with ``label`` in place of its own ("3.2." -> "3.3.")."""
    marker = squash((division.marker or "").replace("*", ""))
    own = division.label or ""
    if own and own in marker:
        return marker.replace(own, label, 1)
    return label


class _Slip(NamedTuple):
    kind: str  # "sequence", "duplicate", "letter", "prefix"
    division: Division
    path: str
    expected: str | None
    observed: str
    previous: str | None


def _marker(division: Division) -> str:
    return squash((division.marker or division.label or "").replace("*", ""))


def _sibling_slips(children: tuple[Block, ...], prefix: str, parent: Division | None,
                   out: list[_Slip]) -> None:
    last: dict[tuple[str, int], tuple[int, int, Division]] = {}  # group -> (value, index, div)
    for index, block in enumerate(children or ()):
        if not isinstance(block, Division):
            continue
        path = f"{prefix}.children[{index}]"
        _sibling_slips(block.children, path, block, out)
        if block.kind is DivisionKind.ARTICLE:
            continue  # articles run on through the whole document: see _article_slips
        number = _number(block)
        if number == "letter":
            out.append(_Slip("letter", block, path, None, _marker(block), None))
            continue
        if not isinstance(number, _Number):
            continue
        if (block.kind is DivisionKind.ITEM and number.prefix and parent is not None
                and parent.kind is DivisionKind.ITEM):
            parent_number = _number(parent)
            if isinstance(parent_number, _Number):
                own = (*parent_number.prefix, parent_number.value)
                if number.prefix != own:
                    expected = _label_for(block.kind, number.value, own)
                    out.append(_Slip("prefix", block, path, _marker_for(block, expected),
                                     _marker(block), _marker(parent)))
        previous = last.get(number.group)
        if previous is None:
            if number.value != 1:
                expected = _label_for(block.kind, 1, number.prefix)
                out.append(_Slip("sequence", block, path, _marker_for(block, expected),
                                 _marker(block), None))
            last[number.group] = (number.value, index, block)
            continue
        value, where, before = previous
        if number.value == value:
            out.append(_Slip("duplicate", block, path, _marker_for(
                block, _label_for(block.kind, value + 1, number.prefix)), _marker(block),
                _marker(before)))
            last[number.group] = (value, index, block)
            continue
        restarted = number.value == 1 and index > where + 1
        if number.value != value + 1 and not restarted:
            expected = _label_for(block.kind, value + 1, number.prefix)
            out.append(_Slip("sequence", block, path, _marker_for(block, expected),
                             _marker(block), _marker(before)))
        last[number.group] = (number.value, index, block)


def _article_slips(body: Body, prefix: str, out: list[_Slip]) -> None:
    previous: tuple[int, Division] | None = None
    for block, path in blocks_with_paths(body.children, prefix):
        if not isinstance(block, Division) or block.kind is not DivisionKind.ARTICLE:
            continue
        number = _number(block)
        if not isinstance(number, _Number):
            continue
        if previous is None:
            if number.value != 1:
                out.append(_Slip("sequence", block, path, _marker_for(block, "1"),
                                 _marker(block), None))
        elif number.value == previous[0]:
            out.append(_Slip("duplicate", block, path,
                             _marker_for(block, str(previous[0] + 1)), _marker(block),
                             _marker(previous[1])))
            continue
        elif number.value != previous[0] + 1:
            out.append(_Slip("sequence", block, path, _marker_for(block, str(previous[0] + 1)),
                             _marker(block), _marker(previous[1])))
        previous = (number.value, block)


def _slips(ctx: Context) -> list[_Slip]:
    def make() -> list[_Slip]:
        found: list[_Slip] = []
        for prefix, body in bodies(ctx):
            _sibling_slips(body.children, prefix, None, found)
            _article_slips(body, prefix, found)
        return found

    slips: list[_Slip] = ctx.cached("body.numbering", make)
    return slips


def _numbered(ctx: Context) -> None:
    """NotApplicable unless some body holds a numbered division."""
    for prefix, body in bodies(ctx):
        for block, _ in blocks_with_paths(body.children, prefix):
            if isinstance(block, Division) and block.kind not in (DivisionKind.BULLET,
                                                                   DivisionKind.LABELLED):
                return
    raise NotApplicable("no numbered division")


@rule(
    "body.numbering-sequence",
    component=Component.BODY,
    severity=Severity.WARNING,
    source=_NUMBERING_SOURCE,
    title="Số thứ tự liền mạch, bắt đầu từ 1 (a, I)",
    title_en="Numbers run on without a gap, from 1 (a, I)",
)
def numbering_sequence(ctx: Context) -> Iterator[Hit]:
    _numbered(ctx)
    for slip in _slips(ctx):
        if slip.kind != "sequence":
            continue
        if slip.previous is None:
            message = f"Số thứ tự “{slip.observed}” phải bắt đầu từ “{slip.expected}”"
            english = f"Numbering starts at '{slip.observed}', not at '{slip.expected}'"
        else:
            message = (f"Số thứ tự không liền mạch: sau “{slip.previous}” phải là "
                       f"“{slip.expected}”, không phải “{slip.observed}”")
            english = (f"Numbering skips: after '{slip.previous}' comes '{slip.expected}', "
                       f"not '{slip.observed}'")
        yield Hit(message=message, message_en=english, path=slip.path,
                  line=_line(slip.division.source), expected=slip.expected,
                  observed=slip.observed)


@rule(
    "body.numbering-duplicate",
    component=Component.BODY,
    severity=Severity.WARNING,
    source=_NUMBERING_SOURCE,
    title="Số thứ tự không lặp lại",
    title_en="No number is repeated among siblings",
)
def numbering_duplicate(ctx: Context) -> Iterator[Hit]:
    _numbered(ctx)
    for slip in _slips(ctx):
        if slip.kind == "duplicate":
            yield Hit(message=f"Số thứ tự “{slip.observed}” bị lặp lại",
                      message_en=f"Number '{slip.observed}' is repeated", path=slip.path,
                      line=_line(slip.division.source), expected=slip.expected,
                      observed=slip.observed)


@rule(
    "body.point-letter",
    component=Component.BODY,
    severity=Severity.WARNING,
    source=_NUMBERING_SOURCE,
    title="Điểm đánh theo bảng chữ cái tiếng Việt (không có f, j, w, z)",
    title_en="Points are lettered in the Vietnamese alphabet (no f, j, w, z)",
)
def point_letter(ctx: Context) -> Iterator[Hit]:
    points = [block for _, body in bodies(ctx) for block in body.divisions()
              if block.kind is DivisionKind.POINT]
    if not points:
        raise NotApplicable("no lettered points")
    for slip in _slips(ctx):
        if slip.kind == "letter":
            yield Hit(message=f"Điểm “{slip.observed}” không thuộc bảng chữ cái tiếng Việt "
                              "(a, b, c, d, đ, e, g, h, i, k…)",
                      message_en=f"Point '{slip.observed}' is not a letter of the Vietnamese "
                                 "alphabet (a, b, c, d, đ, e, g, h, i, k…)",
                      path=slip.path, line=_line(slip.division.source),
                      expected="a, b, c, d, đ, e, g, h, i, k…", observed=slip.observed)


@rule(
    "body.subitem-prefix",
    component=Component.BODY,
    severity=Severity.WARNING,
    source=_NUMBERING_SOURCE,
    title="Số của mục con mang số của mục trên (1.1 dưới 1.)",
    title_en="A sub-item's number carries its parent's ('1.1' under '1.')",
)
def subitem_prefix(ctx: Context) -> Iterator[Hit]:
    _numbered(ctx)
    for slip in _slips(ctx):
        if slip.kind == "prefix":
            yield Hit(message=f"Mục “{slip.observed}” nằm dưới “{slip.previous}”: phải đánh "
                              f"“{slip.expected}”",
                      message_en=f"Item '{slip.observed}' stands under '{slip.previous}': "
                                 f"number it '{slip.expected}'",
                      path=slip.path, line=_line(slip.division.source),
                      expected=slip.expected, observed=slip.observed)


# --------------------------------------------------------------------------------------------
# Section headings in capitals
# --------------------------------------------------------------------------------------------

_PARENTHESES = re.compile(r"\([^()]*\)")


@rule(
    "body.section-upper",
    component=Component.BODY,
    severity=Severity.WARNING,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục V (bảng, 6.b)",
    title="Tiêu đề mục “I.” viết in hoa",
    title_en="A section heading ('I.') is in capitals",
)
def section_upper(ctx: Context) -> Iterator[Hit]:
    found = False
    for prefix, body in bodies(ctx):
        for block, path in blocks_with_paths(body.children, prefix):
            if not isinstance(block, Division) or block.kind is not DivisionKind.SECTION:
                continue
            heading = block.heading
            if heading is None or not heading.text:
                continue
            found = True
            text = squash(heading.text.replace("*", ""))
            title, colon, rest = text.partition(":")
            head = title if colon and rest.strip() else text
            letters = _PARENTHESES.sub("", head)
            if any(char.islower() for char in letters):
                yield Hit(message=f"Tiêu đề mục “{_marker(block)} {head}” phải viết in hoa",
                          message_en=f"Section heading '{_marker(block)} {head}' should be "
                                     "in capitals",
                          path=f"{path}.heading", line=_line(block.source),
                          expected=head.upper(), observed=head)
    if not found:
        raise NotApplicable("no section numbered I., II.")


# --------------------------------------------------------------------------------------------
# A word doubled across a line or page break
# --------------------------------------------------------------------------------------------

_REDUPLICATED = frozenset(
    fold(word)
    for word in ("người", "nhà", "ngày", "đêm", "năm", "tháng", "đời", "ai", "đâu", "nơi",
                 "lớp", "chiều", "xa", "mãi", "dần", "thường", "từ", "rất", "cùng", "mỗi")
)
"""Words Vietnamese doubles on purpose ("người người", "dần dần"): never a slip alone."""
_TRAILING = re.compile(r"[,;:.!?…)\]”\"'’]+$")


def _joined_text(block: Paragraph | Division) -> tuple[str, Source] | None:
    """The text the block's joins point into, and its source; ``None`` without joins."""
    source = block.source
    if source is None or not source.joins:
        return None
    if isinstance(block, Paragraph):
        return block.text, source
    if block.heading is None:
        return None
    heading = block.heading.text
    marker = squash((block.marker or "").replace("*", ""))
    full = f"{marker} {heading}" if marker else heading
    # The reader's offsets count the marker's line as printed; accept either text.
    if all(0 < j.offset < len(full) and full[j.offset] == " " for j in source.joins):
        return full, source
    return heading, source


def _alpha(token: str) -> bool:
    return token.isalpha()


def _doubled(left: list[str], right: list[str]) -> int:
    """How many words end ``left`` and open ``right`` alike (3 at most), 0 when none."""
    for size in (3, 2, 1):
        if len(left) < size or len(right) < size:
            continue
        before = left[-size:]
        after = right[:size]
        after_clean = [*after[:-1], _TRAILING.sub("", after[-1])]
        if not all(_alpha(word) for word in before) or not all(_alpha(w) for w in after_clean):
            continue
        if [fold(w) for w in before] != [fold(w) for w in after_clean]:
            continue
        if size == 1 and fold(before[0]) in _REDUPLICATED:
            continue
        return size
    return 0


@rule(
    "body.doubled-word",
    component=Component.BODY,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Không lặp từ ở chỗ xuống dòng hay sang trang",
    title_en="No word doubled across a line or page break",
)
def doubled_word(ctx: Context) -> Iterator[Hit]:
    joined = False
    for prefix, body in bodies(ctx):
        for block, path in blocks_with_paths(body.children, prefix):
            if not isinstance(block, Paragraph | Division):
                continue
            found = _joined_text(block)
            if found is None:
                continue
            text, source = found
            joined = True
            joins = list(source.joins)
            for number, join in enumerate(joins):
                offset = join.offset
                if not 0 < offset < len(text) or text[offset] != " ":
                    continue
                left = text[:offset].split()
                right = text[offset + 1:].split()
                size = _doubled(left[-3:], right[:3])
                if not size:
                    continue
                words = " ".join(left[-size:])
                page = join.kind is JoinKind.PAGE_BREAK
                where_vi = "chỗ sang trang" if page else "chỗ xuống dòng"
                where_en = "a page break" if page else "a line break"
                before = " ".join(left[-size - 1:])
                after = " ".join(right[:size + 1])
                line = source.end_line if number == len(joins) - 1 else source.line
                yield Hit(message=f"Từ “{words}” bị lặp ở {where_vi}: “{before} / {after}”",
                          message_en=f"'{words}' is doubled across {where_en}: "
                                     f"'{before} / {after}'",
                          path=f"{path}.heading" if isinstance(block, Division) else path,
                          line=line if line is not None else source.line,
                          expected=" ".join([*left[-size - 1:], *right[size:size + 1]]),
                          observed=f"{before} {after}")
    if not joined:
        raise NotApplicable("no line or page joined by the reader")


# --------------------------------------------------------------------------------------------
# The closing "./."
# --------------------------------------------------------------------------------------------


@rule(
    "body.closing-mark",
    component=Component.BODY,
    severity=Severity.INFO,
    source=PRACTICE,
    title="Phần nội dung kết thúc bằng “./.”",
    title_en="The content ends with './.'",
)
def closing_mark(ctx: Context) -> Iterator[Hit]:
    body = ctx.document.body
    if not isinstance(body, Body):
        raise NotApplicable("no body")
    paragraphs: list[tuple[Paragraph, str]] = []
    for block, path in blocks_with_paths(body.children, "body"):
        if isinstance(block, Paragraph) and block.text.strip():
            paragraphs.append((block, path))
        elif isinstance(block, Division) and block.heading is not None \
                and block.heading.text.strip():
            paragraphs.append((block.heading, f"{path}.heading"))
    if not paragraphs:
        raise NotApplicable("empty body")
    candidates = paragraphs[-2:] if paragraphs[-1][0].text.strip().startswith("(") else \
        paragraphs[-1:]
    for paragraph, _ in candidates:
        if paragraph.text.rstrip(" *_\t").endswith("./."):
            return
    last, path = paragraphs[-1]
    tail = last.text.rstrip(" *_\t")
    observed = tail[-40:]
    yield Hit(message="Phần nội dung không kết thúc bằng “./.”",
              message_en="The content does not end with './.'", path=path,
              line=None if last.source is None else (last.source.end_line or last.source.line),
              expected=(observed.rstrip(".") + "./.") if observed else "./.",
              observed=observed)
