"""Capitalisation rules inside the body text (Phụ lục II).

Decree 30, Phụ lục II, mục V.1: "Nhà nước" and "Nhân dân" are always
capitalised where they name the State and the People — not where the words are
the lower-case part of a compound or of a proper name ("quản lý nhà nước",
"ngân sách nhà nước", "Ủy ban nhân dân", "Tòa án nhân dân"); so only the plain
noun after a preposition or verb ("của nhà nước", "vận động nhân dân") is
judged.  Mục V.7: in a reference to part of a specific document, "Phần",
"Chương", "Mục", "Tiểu mục" and "Điều" are capitalised, "khoản" and "điểm" are
not ("điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự").
Mục III.1.a–c: the common noun of an administrative unit stays lower case
before its proper name ("tỉnh Nam Định", "thành phố Thái Nguyên"), except for
units named after a number, a person or an event ("Quận 1", "Phường Điện Biên
Phủ") and "Thủ đô Hà Nội", "Thành phố Hồ Chí Minh".  Style slips: infos.  The
type names of cited documents in the basis are judged by
``basis.cited-type-capital``; the body's paragraphs and division headings, and
those of attached documents, are judged here (tables and appendices are not).

>>> from vnplan import read, rules
>>> doc, _ = read.text("KẾ HOẠCH\\nA\\n\\nI. NỘI DUNG\\nVận động nhân dân tỉnh Lào Cai theo "
...                    "khoản 2 điều 5 Luật Bảo vệ môi trường; hỗ trợ Tỉnh Lào Cai.\\n")
>>> sorted((f.code, f.observed) for f in rules.validate(doc, mode="draft").findings
...        if f.code.startswith("body.capital") or f.code.startswith("body.lower"))
[('body.capital-division-ref', 'điều 5'), ('body.capital-nhan-dan', 'nhân dân'), \
('body.lower-unit-noun', 'Tỉnh Lào Cai')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from vnplan.findings import Component, Severity
from vnplan.model import Body, Division, Paragraph
from vnplan.rules._engine import Context, Hit, NotApplicable, rule
from vnplan.text import is_upper, nfc

__all__: list[str] = []

_SPECIAL = "NĐ 30/2020, Phụ lục II, mục V.1"
_REFERENCES = "NĐ 30/2020, Phụ lục II, mục V.7"
_UNITS = "NĐ 30/2020, Phụ lục II, mục III.1.a–c"


# --------------------------------------------------------------------------- the body's text


class _Text(NamedTuple):
    """One paragraph or division heading of a body: where it is and its NFC text."""

    path: str
    line: int | None
    text: str


def _plain(paragraph: Paragraph) -> str:
    runs = paragraph.runs if isinstance(paragraph.runs, tuple) else ()
    return nfc("".join(run.text for run in runs if isinstance(getattr(run, "text", None), str)))


def _line(paragraph: Paragraph) -> int | None:
    line = getattr(paragraph.source, "line", None)
    return line if isinstance(line, int) else None


def _walk(blocks: object, prefix: str, found: list[_Text]) -> None:
    """Append each non-blank paragraph and division heading under ``blocks``, in order."""
    if not isinstance(blocks, tuple):
        return
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            text = _plain(block)
            if text.strip():
                found.append(_Text(f"{prefix}.children[{index}]", _line(block), text))
        elif isinstance(block, Division):
            path = f"{prefix}.children[{index}]"
            heading = block.heading
            if isinstance(heading, Paragraph):
                text = _plain(heading)
                if text.strip():
                    found.append(_Text(f"{path}.heading", _line(heading), text))
            _walk(block.children, path, found)


def _texts(ctx: Context) -> list[_Text]:
    """Every paragraph and division heading of the body and of attached documents."""

    def make() -> list[_Text]:
        document = ctx.document
        found: list[_Text] = []
        if isinstance(document.body, Body):
            _walk(document.body.children, "body", found)
        attachments = document.attachments if isinstance(document.attachments, tuple) else ()
        for index, attached in enumerate(attachments):
            body = getattr(attached, "body", None)
            if isinstance(body, Body):
                _walk(body.children, f"attachments[{index}].body", found)
        return found

    result: list[_Text] = ctx.cached("capitalisation.texts", make)
    if not result:
        raise NotApplicable("no body text")
    return result


# What may stand right before a word that opens a sentence or an item: the start of the
# paragraph, a sentence or clause mark, an opening bracket or quote, a bullet, a dash, or an
# item marker ("a)", "2)").  After any of these a capital is the writer's right.
_BOUNDARY = re.compile(
    r"(?:^|[.?!:;…(\[{“”\"'‘’«»*_•+=|/\\–—-]|(?:^|\s)(?:[a-zđ]|\d{1,3}|[IVXLC]+)\))$"
)


def _mid_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` stands inside a sentence (not opening one or an item)."""
    before = text[:start].rstrip()
    if not before:
        return False
    # ``_BOUNDARY`` ends at ``$``: only a suffix can match, so the search starts where the
    # longest possible match could (a mark: the last character; an item marker: the blank
    # before "a)", "123)" or a run of Roman numerals), not at every character of the text.
    last = len(before) - 1
    at = last
    if before[last] == ")":
        run = last
        while run > 0 and before[run - 1] in "IVXLC":
            run -= 1
        at = max(0, min(run - 1, last - 4))
    return _BOUNDARY.search(before, at) is None


_WORDS = re.compile(r"\w+|,")


def _before(text: str, start: int, count: int) -> list[str]:
    """The last ``count`` words (and commas) before ``start``."""
    return _WORDS.findall(text[max(0, start - 60) : start])[-count:]


# --------------------------------------------------------------------------- Nhà nước, Nhân dân

_NHA_NUOC = re.compile(r"(?<!\w)nhà nước(?!\w)")
_NHAN_DAN = re.compile(r"(?<!\w)nhân dân(?!\w)")

# The words after which "nhà nước" / "nhân dân" is the noun itself (the State, the People),
# never the lower-case tail of a compound ("quản lý nhà nước", "Ủy ban nhân dân").
_STATE_BEFORE = frozenset({"của", "với", "do", "cho", "giữa"})
_PEOPLE_BEFORE = frozenset({"của", "với", "cho", "đến", "tới", "và", "giữa", ","})
_PEOPLE_VERBS = frozenset({
    ("vận", "động"), ("phục", "vụ"), ("hướng", "dẫn"), ("tuyên", "truyền"), ("hỗ", "trợ"),
})
# "nhà nước pháp quyền": a kind of state, not the State.
_STATE_KIND = re.compile(r"\s+(?:pháp quyền|xã hội chủ nghĩa|phong kiến|tư sản|liên bang)\b")


def _state_noun(text: str, match: re.Match[str]) -> bool:
    if _STATE_KIND.match(text, match.end()):
        return False
    words = _before(text, match.start(), 2)
    if not words:
        return False
    if words[-1].lower() in _STATE_BEFORE:
        return True
    # "Đảng và nhà nước", "Đảng, nhà nước": the Party and the State.
    return words[-1] in {"và", ","} and len(words) == 2 and words[0] == "Đảng"


def _people_noun(text: str, match: re.Match[str]) -> bool:
    if re.match(r"\s+tệ\b", text[match.end() :]):  # nhân dân tệ: the currency
        return False
    words = [word.lower() for word in _before(text, match.start(), 2)]
    if not words:
        return False
    return words[-1] in _PEOPLE_BEFORE or tuple(words) in _PEOPLE_VERBS


def _special_hits(ctx: Context, pattern: re.Pattern[str], noun: str, english: str,
                  judge: Callable[[str, re.Match[str]], bool]) -> Iterator[Hit]:
    needle = noun.lower()  # every match holds the noun in lower case: skip texts without it
    for item in _texts(ctx):
        if needle not in item.text:
            continue
        for match in pattern.finditer(item.text):
            if not judge(item.text, match):
                continue
            shown = " ".join([*_before(item.text, match.start(), 2), match.group(0)])
            yield Hit(message=f"“{noun}” (danh từ đặc biệt) luôn viết hoa: “{shown}”",
                      message_en=f"'{noun}' ({english}) is always capitalised: '{shown}'",
                      path=item.path, line=item.line, observed=match.group(0), expected=noun)


@rule(
    "body.capital-nha-nuoc",
    component=Component.BODY,
    severity=Severity.INFO,
    source=_SPECIAL,
    title="“Nhà nước” (chỉ Nhà nước) viết hoa",
    title_en="'Nhà nước' (the State) is capitalised",
)
def capital_nha_nuoc(ctx: Context) -> Iterator[Hit]:
    yield from _special_hits(ctx, _NHA_NUOC, "Nhà nước", "the State", _state_noun)


@rule(
    "body.capital-nhan-dan",
    component=Component.BODY,
    severity=Severity.INFO,
    source=_SPECIAL,
    title="“Nhân dân” (chỉ Nhân dân) viết hoa",
    title_en="'Nhân dân' (the People) is capitalised",
)
def capital_nhan_dan(ctx: Context) -> Iterator[Hit]:
    yield from _special_hits(ctx, _NHAN_DAN, "Nhân dân", "the People", _people_noun)


# --------------------------------------------------------------------------- references

_REF_WORD = r"(?:[Pp]hần|[Cc]hương|[Tt]iểu mục|[Mm]ục|[Đđ]iều|[Kk]hoản|[Đđ]iểm)"
_REF_NUMBER = r"(?:\d+[a-zđ]?|[IVXLC]+|[a-zđ])(?!\w)"
_DOCUMENT = (
    r"(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|"
    r"Kế hoạch|Quy chế|Quy định|Hướng dẫn|Công văn|Thông báo|Đề án|Chương trình|Văn bản)(?!\w)"
)
_THIS = r"(?:kế hoạch|quyết định|văn bản|quy chế|quy định|nghị quyết|thông tư|nghị định) này\b"
# "điều 5": a lower-case article always; "mục II", "chương III" lower case only when a
# specific document follows ("mục II Kế hoạch này", "chương II của Nghị định số …"): a plan's
# "phần II" on its own is the plan's own outline, not a citation the clerk would correct.
_ARTICLE = re.compile(r"(?<!\w)(điều)\s+(\d+[a-zđ]?)(?!\w)")
_PART = re.compile(
    r"(?<!\w)(phần|chương|tiểu mục|(?<![Tt]iểu )mục)\s+(\d+|[IVXLC]+)(?!\w)"
)
_OF_DOCUMENT = re.compile(
    rf"(?:[,\s]+{_REF_WORD}\s+{_REF_NUMBER})*[,\s]+(?:của\s+)?(?:{_DOCUMENT}|{_THIS})"
)
# "Khoản 2", "Điểm a" capitalised: a reference to a clause or point of a document.
_CLAUSE = re.compile(r"(?<!\w)(Khoản)\s+(\d+[a-zđ]?)(?!\w)|(?<!\w)(Điểm)\s+([a-zđ])(?![\w/.])")


def _upper_first(word: str) -> str:
    return word[:1].upper() + word[1:]


@rule(
    "body.capital-division-ref",
    component=Component.BODY,
    severity=Severity.INFO,
    source=_REFERENCES,
    title="Viện dẫn Phần, Chương, Mục, Tiểu mục, Điều viết hoa chữ cái đầu",
    title_en="References to a Phần, Chương, Mục, Tiểu mục or Điều are capitalised",
)
def capital_division_ref(ctx: Context) -> Iterator[Hit]:
    for item in _texts(ctx):
        text = item.text
        # Cheap substring checks first: most paragraphs hold neither word.
        found = list(_ARTICLE.finditer(text)) if "điều" in text else []
        if "mục" in text or "phần" in text or "chương" in text:
            found.extend(match for match in _PART.finditer(text)
                         if _OF_DOCUMENT.match(text, match.end()))
        if not found:
            continue
        for match in sorted(found, key=lambda m: m.start()):
            word, number = match.group(1), match.group(2)
            fixed = f"{_upper_first(word)} {number}"
            yield Hit(message=f"Viện dẫn văn bản viết hoa “{_upper_first(word)}”: “{fixed}”",
                      message_en=f"In a reference, write '{_upper_first(word)}' with a capital: "
                                 f"'{fixed}'",
                      path=item.path, line=item.line, observed=match.group(0), expected=fixed)


@rule(
    "body.lower-clause-ref",
    component=Component.BODY,
    severity=Severity.INFO,
    source=_REFERENCES,
    title="Viện dẫn khoản, điểm không viết hoa giữa câu",
    title_en="References to a khoản or điểm are lower case inside a sentence",
)
def lower_clause_ref(ctx: Context) -> Iterator[Hit]:
    for item in _texts(ctx):
        # Cheap substring checks first; the case test only for texts that may hit.
        if ("Khoản" not in item.text and "Điểm" not in item.text) or is_upper(item.text):
            continue
        for match in _CLAUSE.finditer(item.text):
            if not _mid_sentence(item.text, match.start()):
                continue
            word = match.group(1) or match.group(3)
            number = match.group(2) or match.group(4)
            fixed = f"{word.lower()} {number}"
            yield Hit(message=f"Viện dẫn khoản, điểm không viết hoa: “{fixed}”",
                      message_en=f"'khoản' and 'điểm' are not capitalised in a reference: "
                                 f"'{fixed}'",
                      path=item.path, line=item.line, observed=match.group(0), expected=fixed)


# --------------------------------------------------------------------------- administrative units

_UNIT = re.compile(r"(?<!\w)(Thành phố|Thị xã|Thị trấn|Đặc khu|Tỉnh|Huyện|Quận|Xã|Phường)\s+")
_UNIT_WORDS = re.compile("Thành phố|Thị xã|Thị trấn|Đặc khu|Tỉnh|Huyện|Quận|Xã|Phường")
"""The unit nouns of ``_UNIT``, with no look-behind: a text holding none is skipped quickly."""
_CURRENT = frozenset({"Thành phố", "Đặc khu", "Tỉnh", "Xã", "Phường"})
"""Unit kinds the post-2025 data holds: their names are confirmed against it."""
_SYLLABLE = re.compile(r"[^\W\d_]+(?!\w)")

# Units named after a person or an event keep the capital (mục III.1.b); a name opening with a
# family name, or one of these, is left alone.
_SURNAMES = frozenset({
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Mạc", "Triệu", "Tôn", "Chu", "Đào",
    "Bà", "Hai", "Trưng", "Hùng", "Quang", "Yết", "Đề",
})
_EVENTS = frozenset({"Điện Biên Phủ", "Bạch Đằng", "Chi Lăng", "Đống Đa", "Ba Đình",
                     "Tây Sơn", "Thống Nhất", "Độc Lập", "Tháng Tám"})
# Words that follow a unit noun in names of bodies, never in a place name ("Tỉnh Đoàn",
# "Huyện Ủy", "Xã Hội").
_NOT_PLACE = frozenset({"Ủy", "Uỷ", "Đoàn", "Đội", "Hội", "Ban", "Đảng", "Công", "Nông",
                        "Thôn", "Bản", "Tổ", "Khu", "Ấp"})


def _unit_name(text: str, start: int) -> list[str]:
    """The capitalised syllables after a unit noun (at most four)."""
    words: list[str] = []
    at = start
    while len(words) < 4:
        match = _SYLLABLE.match(text, at)
        # A capitalised syllable ("Lào", "Cai"): not an acronym ("UBND"), not a number.
        if match is None or not match.group(0).istitle():
            break
        words.append(match.group(0))
        gap = re.match(r"[ \t]+", text[match.end() :])
        if gap is None:
            break
        at = match.end() + gap.end()
    return words


def _place(unit: str, words: list[str]) -> str | None:
    """The unit's proper name among ``words`` when it is a real place and not an exception."""
    from vnplan.places import find

    if not words or words[0] in _NOT_PLACE or words[0] in _SURNAMES:
        return None
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if name in _EVENTS:
            return None
        if find(name):
            return name
    if unit not in _CURRENT and len(words) >= 2:
        # Districts, towns and townships left the data in 2025: a two-syllable name stands.
        return " ".join(words[:2])
    return None


@rule(
    "body.lower-unit-noun",
    component=Component.BODY,
    severity=Severity.INFO,
    source=_UNITS,
    title="Danh từ chung chỉ đơn vị hành chính viết thường trước tên riêng",
    title_en="The common noun of an administrative unit is lower case before its name",
)
def lower_unit_noun(ctx: Context) -> Iterator[Hit]:
    for item in _texts(ctx):
        if _UNIT_WORDS.search(item.text) is None or is_upper(item.text):
            continue
        for match in _UNIT.finditer(item.text):
            if not _mid_sentence(item.text, match.start()):
                continue
            unit = match.group(1)
            name = _place(unit, _unit_name(item.text, match.end()))
            if name is None or (unit == "Thành phố" and name.startswith("Hồ Chí Minh")):
                continue
            observed = f"{unit} {name}"
            fixed = f"{unit.lower()} {name}"
            yield Hit(message=f"Tên đơn vị hành chính viết thường danh từ chung: “{fixed}”",
                      message_en=f"The unit's common noun is lower case before its name: "
                                 f"'{fixed}'",
                      path=item.path, line=item.line, observed=observed, expected=fixed)
