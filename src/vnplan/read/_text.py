"""The text reader: plain text (extracted from PDF or Word, or pasted) into a Document.

The reader walks the zones of Decree 30's layout in order (Điều 8; Phụ lục I,
Phần I, mục II and the diagram of mục IV): the header (issuer, national name
and motto, number, place/date line — in any interleaving), the title block,
"Kính gửi", the authority line, the basis, the enacting formula, the body, the
closing block (Nơi nhận and the signature, in either order or side by side),
appendices, and documents attached after the signature.  :mod:`._lines`
recognises lines; this module builds the model.

It never raises on a ``str`` and never drops text silently: what it cannot
place is kept (as an unlabelled appendix after the closing block) and reported;
what it drops on purpose (bare page numbers, form feeds) is reported too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnplan import number as _number
from vnplan.doctypes import get as _get_type
from vnplan.findings import Component, Finding, Severity
from vnplan.model import (
    Abstract,
    Address,
    Addressee,
    Addressees,
    Appendix,
    ArchiveLine,
    AuthorityLine,
    AuthorityStep,
    BasisEntry,
    BasisForm,
    Block,
    Body,
    BodyKind,
    Division,
    Document,
    EnactingFormula,
    IssueLine,
    Join,
    JoinKind,
    Level,
    Marks,
    NationalHeader,
    Organization,
    Paragraph,
    Recipient,
    Recipients,
    Run,
    Secrecy,
    Signature,
    Source,
    Title,
    Urgency,
)
from vnplan.model.citation import BASIS_VERBS
from vnplan.read import _lines as L
from vnplan.read._citations import citations as _citations
from vnplan.text import fold, is_upper, squash

__all__ = ["read_text"]

_DECREE = "NĐ 30/2020, Điều 8; Phụ lục I, Phần I, mục II"


@attrs.define
class _State:
    lines: list[L.Line]
    pos: int = 0
    findings: list[Finding] = attrs.Factory(list)

    def at_end(self) -> bool:
        return self.pos >= len(self.lines)

    def skip_blank(self) -> None:
        while self.pos < len(self.lines) and self.lines[self.pos].blank:
            self.pos += 1

    def peek(self) -> L.Line | None:
        return None if self.at_end() else self.lines[self.pos]


def _source(first: L.Line, last: L.Line | None = None) -> Source:
    return Source(line=first.number, end_line=(last or first).number)


def _finding(code: str, component: Component, severity: Severity, vi: str, en: str, *,
             path: str | None = None, line: int | None = None,
             observed: str | None = None) -> Finding:
    return Finding(code=code, component=component, severity=severity, message=vi,
                   message_en=en, path=path, line=line, observed=observed, source=_DECREE)


# --------------------------------------------------------------------------- page numbers


def _drop_page_numbers(lines: list[L.Line], findings: list[Finding]) -> list[L.Line]:
    kept: list[L.Line] = []
    for line in lines:
        if line.page_break and line.stripped.isdigit() and len(line.stripped) <= 3:
            findings.append(_finding(
                "read.body.page-number-dropped", Component.BODY, Severity.INFO,
                f"Bỏ số trang {line.stripped} (dòng {line.number})",
                f"Dropped the bare page number {line.stripped} (line {line.number})",
                line=line.number, observed=line.stripped))
            kept.append(L.Line(number=line.number, text="", page_break=True))
            continue
        kept.append(line)
    return kept


# --------------------------------------------------------------------------- header


@attrs.define
class _Header:
    issuer_lines: list[tuple[L.Line, str]] = attrs.Factory(list)
    national: str | None = None
    motto: str | None = None
    number: tuple[L.Line, str] | None = None
    issue: tuple[L.Line, str] | None = None
    vv: list[tuple[L.Line, str]] = attrs.Factory(list)
    marks: list[str] = attrs.Factory(list)


_VV = re.compile(r"^V/v\b")
_KINH_GUI = re.compile(r"^Kính\s+gửi\b", re.IGNORECASE)
_NUMBER = re.compile(r"^Số\b\s*:?")
_ENACTING = frozenset({fold("QUYẾT ĐỊNH:"), fold("QUYẾT NGHỊ:")})
_URGENCY = frozenset({fold("KHẨN"), fold("THƯỢNG KHẨN"), fold("HỎA TỐC"), fold("HỎA TỐC HẸN GIỜ")})
_SECRECY = frozenset({fold("MẬT"), fold("TỐI MẬT"), fold("TUYỆT MẬT")})
_CIRCULATION = frozenset({fold("LƯU HÀNH NỘI BỘ"), fold("XEM XONG TRẢ LẠI")})


def _starts_basis(text: str) -> str | None:
    if L.marker_of(text) is not None:
        return None
    candidate = L.plain(text)
    for verb in BASIS_VERBS:
        if candidate.startswith((verb, verb.replace(" của", ""))):
            return verb
    return None


def _header_stop(text: str) -> bool:
    candidate = L.plain(text)
    return (
        L.title_type(candidate) is not None
        or bool(_KINH_GUI.match(candidate))
        or _starts_basis(candidate) is not None
        or L.marker_of(candidate) is not None
    )


def _read_header(state: _State) -> _Header:
    header = _Header()
    last_right = False
    seen = 0
    while not state.at_end() and seen < 30:
        line = state.lines[state.pos]
        if line.blank:
            state.pos += 1
            continue
        cells = L.split_cells(line.text)
        first = cells[0].text.strip() if cells else ""
        if _header_stop(first) and not header.vv:
            break
        if header.vv and (not _VV.match(first) and (_KINH_GUI.match(first) or _header_stop(first))):
            break
        consumed = _classify_header_line(header, line, cells, last_right)
        if consumed is None:
            break
        last_right = consumed
        state.pos += 1
        seen += 1
    return header


def _classify_header_line(header: _Header, line: L.Line, cells: list[L.Cell],
                          last_right: bool) -> bool | None:
    """Record the cells of one header line; ``None`` when the line is not a header line."""
    recognised = False
    right = last_right
    for index, cell in enumerate(cells):
        text = cell.text.strip()
        clean = L.plain(text)
        if L.is_national_name(text) and header.national is None:
            header.national, right = text, True
        elif L.is_motto(text) and header.motto is None:
            header.motto, right = text, True
        elif _NUMBER.match(clean) and header.number is None:
            header.number, right = (line, text), False
        elif header.issue is None and L.issue_place(text)[0]:
            header.issue, right = (line, text), True
        elif _VV.match(clean) or (
            header.vv and index == 0 and len(cells) == 1 and not is_upper(clean)
            and header.vv[-1][0].number == line.number - 1
        ):
            header.vv.append((line, text))
            right = False
        elif L.is_rule(text):
            on_right = (index > 0) or (len(cells) == 1 and last_right)
            if on_right and header.motto is not None:
                header.motto += "\n" + text
            elif header.issuer_lines:
                previous_line, previous = header.issuer_lines[-1]
                header.issuer_lines[-1] = (previous_line, previous + "\n" + text)
            else:
                header.issuer_lines.append((line, text))
        elif fold(clean) in _URGENCY | _SECRECY | _CIRCULATION:
            header.marks.append(text)
        elif is_upper(clean) and not header.number and not header.vv:
            header.issuer_lines.append((line, text))
            right = False
        else:
            return None if not recognised else right
        recognised = True
    return right


_BODY_WORDS = tuple(
    fold(word)
    for word in (
        "ỦY BAN", "UỶ BAN", "UBND", "UB ", "BỘ ", "SỞ ", "BAN ", "TỔ ", "ĐOÀN ", "VĂN PHÒNG",
        "PHÒNG ", "CỤC ", "VỤ ", "TRUNG TÂM", "HỘI ĐỒNG", "CHI CỤC", "TRƯỜNG ", "CÔNG AN",
        "ĐẢNG ỦY", "ĐẢNG UỶ", "TỈNH ỦY", "TỈNH UỶ", "HĐND", "CHÍNH PHỦ", "THANH TRA",
        "VIỆN ", "BỆNH VIỆN", "KHO BẠC", "TÒA ÁN", "VIỆN KIỂM SÁT", "HỘI ", "LIÊN ĐOÀN",
        "MẶT TRẬN", "CÔNG TY", "TỔNG CỤC", "QUỸ ",
    )
)
_UNIT_WORDS = re.compile(r"\b(XÃ(?! HỘI)|PHƯỜNG|ĐẶC KHU|TỈNH|THÀNH PHỐ|THỊ TRẤN)\s+(.+)$")


def _split_names(texts: list[str]) -> list[list[str]]:
    names: list[list[str]] = []
    for text in (part for block in texts for part in block.split("\n")):
        clean = squash(L.plain(text))
        if not clean or L.is_rule(clean):
            continue
        starts = any(fold(clean + " ").startswith(word) for word in _BODY_WORDS)
        if starts or not names:
            names.append([clean])
        else:
            names[-1].append(clean)
    return names


def _organization(name_lines: list[str], raw: str | None, line: L.Line | None,
                  parent: Organization | None, short: str | None) -> Organization:
    name = " ".join(name_lines)
    upper = name.upper()
    level: Level | None = None
    if re.search(r"\b(XÃ(?! HỘI)|PHƯỜNG|ĐẶC KHU)\b", upper):
        level = Level.COMMUNE
    elif re.search(r"\b(TỈNH|THÀNH PHỐ)\b", upper):
        level = Level.PROVINCE
    elif upper.startswith(("BỘ ", "CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ", "THỦ TƯỚNG")):
        level = Level.CENTRAL
    elif parent is not None:
        level = parent.level
    seat_match = _UNIT_WORDS.search(upper)
    seat = seat_match.group(2).title() if seat_match else (parent.seat if parent else None)
    kind = BodyKind.STATE
    if re.search(r"MTTQ|MẶT TRẬN|CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|HỘI LIÊN HIỆP|ĐOÀN THANH NIÊN"
                 r"|ĐOÀN TNCS|HỘI NÔNG DÂN|CỰU CHIẾN", upper):
        kind = BodyKind.SOCIO_POLITICAL
    elif re.search(r"ĐẢNG|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY", upper):
        kind = BodyKind.PARTY
    collective = bool(re.match(r"(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG|CHÍNH PHỦ)",
                               upper))
    return Organization(name=name, short=short, parent=parent, collective=collective,
                        level=level, seat=seat, kind=kind, raw=raw,
                        source=None if line is None else _source(line))


def _build_issuer(header: _Header, short: str | None) -> Organization | None:
    if not header.issuer_lines:
        return None
    names = _split_names([text for _, text in header.issuer_lines])
    if not names:
        return None
    # Map each name group back to its raw lines, in order.
    raws: list[list[tuple[L.Line, str]]] = [[] for _ in names]
    group = -1
    for line, text in header.issuer_lines:
        clean = squash(L.plain(text.split("\n")[0]))
        starts = clean and any(fold(clean + " ").startswith(w) for w in _BODY_WORDS)
        if group < 0 or (starts and group + 1 < len(names)
                         and clean == names[group + 1][0]):
            group = min(group + 1, len(names) - 1)
        raws[group].append((line, text))
    parent: Organization | None = None
    if len(names) > 1:
        parent_lines = [line_text for group_raw in raws[:-1] for line_text in group_raw]
        parent = _organization(
            [part for name in names[:-1] for part in name],
            "\n".join(text for _, text in parent_lines),
            parent_lines[0][0] if parent_lines else None, None, None)
    own = raws[-1]
    return _organization(names[-1], "\n".join(text for _, text in own) or None,
                         own[0][0] if own else None, parent, short)


_INFER = re.compile(
    r"\b(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(xã|phường|đặc khu|tỉnh|thành phố)\s+"
    r"(\w+(?:[ ]\w+){0,4})"
)


def _infer_issuer(text: str) -> Organization | None:
    match = _INFER.search(text)
    if match is None:
        return None
    words: list[str] = []
    for word in match.group(3).split(" "):
        if not word[:1].isupper():
            break
        words.append(word)
    if not words:
        return None
    unit, place = match.group(2).lower(), " ".join(words)
    level = Level.COMMUNE if unit in ("xã", "phường", "đặc khu") else Level.PROVINCE
    return Organization(name=f"Ủy ban nhân dân {unit} {place}", short="UBND", collective=True,
                        level=level, seat=place, kind=BodyKind.STATE, inferred=True)


# --------------------------------------------------------------------------- helpers


def _gather(state: _State, stop: re.Pattern[str] | None = None) -> list[L.Line]:
    """Non-blank lines from here up to a blank line (or a line matching ``stop``)."""
    found: list[L.Line] = []
    while not state.at_end():
        line = state.lines[state.pos]
        if line.blank:
            break
        if found and stop is not None and stop.match(L.plain(line.text)):
            break
        found.append(line)
        state.pos += 1
    return found


def _raw(lines: Sequence[L.Line]) -> str:
    return "\n".join(line.text.rstrip() for line in lines)


def _joined(lines: Sequence[L.Line]) -> str:
    return squash(" ".join(L.plain(line.text) for line in lines if not line.blank))


# --------------------------------------------------------------------------- preamble


_ABSTRACT_STOP = re.compile(
    r"^(?:Kính\s+gửi|Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|QUYẾT ĐỊNH:|QUYẾT NGHỊ:)"
)


def _read_abstract(state: _State, doctype: str) -> tuple[Abstract | None, list[L.Line]]:
    """The trích yếu under the type name: the line right under it (whatever its first
    word: "Thực hiện Đề án …" is an abstract there), or, after blank lines, a paragraph
    that does not open the basis, the addressees or the body."""
    lines: list[L.Line] = []
    first = state.peek()
    if first is not None and first.blank:
        start = state.pos
        state.skip_blank()
        first = state.peek()
        if first is None or _ABSTRACT_STOP.match(L.plain(first.text)):
            state.pos = start
            return None, lines
    if first is None:
        return None, lines
    text = L.plain(first.text)
    if _KINH_GUI.match(text) or text.startswith("Căn cứ") or L.marker_of(text) or (
        fold(text) in _ENACTING
    ):
        return None, lines
    lines.append(first)
    state.pos += 1
    while not state.at_end():
        line = state.lines[state.pos]
        text = L.plain(line.text)
        if line.blank or _ABSTRACT_STOP.match(text) or L.marker_of(text) is not None:
            break
        if is_upper(text) and doctype in ("QĐ", "NQ") and not L.is_rule(text):
            break
        lines.append(line)
        state.pos += 1
    text = squash(" ".join(L.plain(x.text) for x in lines if not L.is_rule(x.text)))
    return Abstract(text=text, raw=_raw(lines), source=_source(lines[0], lines[-1])), lines


def _read_addressees(state: _State, first: L.Line) -> Addressees:
    taken = [first]
    state.pos += 1
    rest = _KINH_GUI.sub("", L.plain(first.text), count=1).lstrip(" :").strip()
    entries: list[Addressee] = []
    inline = bool(rest)
    if inline:
        entries.append(Addressee(name=rest.rstrip(";.").strip(), raw=first.text.strip()))
    # A dash list may follow, after blank lines when the label stood alone.
    while not state.at_end():
        line = state.lines[state.pos]
        text = L.plain(line.text)
        if line.blank:
            lookahead = state.pos
            while lookahead < len(state.lines) and state.lines[lookahead].blank:
                lookahead += 1
            nxt = state.lines[lookahead] if lookahead < len(state.lines) else None
            if entries or nxt is None or not L.plain(nxt.text).startswith(("-", "–")):
                break
            state.pos = lookahead
            continue
        if text.startswith(("-", "–")):
            name = text.lstrip("-– ").rstrip(";.,").strip()
            entries.append(Addressee(name=name, raw=line.text.strip(), source=_source(line)))
            taken.append(line)
            state.pos += 1
        elif entries and not (entries[-1].raw or "").rstrip().endswith((";", ".", ":")) and not (
            _starts_basis(text) or L.marker_of(text)
        ):
            last = entries[-1]
            entries[-1] = attrs.evolve(last, name=squash(last.name + " " + text.rstrip(";.")),
                                       raw=(last.raw or "") + "\n" + line.text.strip())
            taken.append(line)
            state.pos += 1
        else:
            break
    return Addressees(entries=tuple(entries), inline=inline and len(entries) == 1,
                      raw=_raw(taken), source=_source(taken[0], taken[-1]))


def _read_basis_entry(state: _State, verb: str, form: BasisForm) -> BasisEntry:
    lines = [state.lines[state.pos]]
    state.pos += 1
    while not state.at_end():
        line = state.lines[state.pos]
        text = L.plain(line.text)
        previous = L.plain(lines[-1].text)
        if line.blank or _starts_basis(text) or fold(text) in _ENACTING:
            break
        if previous.endswith((";", ".", ":")) or L.marker_of(text) is not None:
            break
        lines.append(line)
        state.pos += 1
    text = _joined(lines)
    found = _citations(text)
    return BasisEntry(verb=verb, citation=found[0] if found else None,
                      citations=tuple(found[1:]), text=text, form=form, raw=_raw(lines),
                      source=_source(lines[0], lines[-1]))


# --------------------------------------------------------------------------- body


@attrs.define
class _Chunk:
    lines: list[L.Line]
    joins: list[tuple[int, JoinKind]]
    marker: L.Marker | None


_SENTENCE_END = re.compile(r"[.;:!?…]['\"”’)\]*_]*$")


def _chunks(lines: Sequence[L.Line]) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    gap = False
    page = False
    for line in lines:
        if line.blank:
            gap = True
            page = page or line.page_break
            continue
        text = L.plain(line.text)
        marker = L.marker_of(line.text)
        previous = chunks[-1] if chunks else None
        joinable = (
            previous is not None
            and marker is None
            and not L.is_rule(text)
            and not _SENTENCE_END.search(L.plain(previous.lines[-1].text))
            and not text.startswith("(")
        )
        previous_text = L.plain(previous.lines[-1].text) if previous is not None else ""
        heading_above = (
            previous is not None and previous.marker is not None and len(previous.lines) == 1
            and is_upper(previous.marker.rest)
        )
        if joinable and previous is not None and not heading_above:
            wraps = text[:1].islower() or len(previous_text) >= 55
            if not gap and not line.page_break and wraps:
                previous.joins.append((len(previous.lines), JoinKind.WRAP))
                previous.lines.append(line)
                gap = page = False
                continue
            if text[:1].islower():
                previous.joins.append((len(previous.lines), JoinKind.PAGE_BREAK))
                previous.lines.append(line)
                gap = page = False
                continue
        chunks.append(_Chunk(lines=[line], joins=[], marker=marker))
        gap = page = False
    return chunks


def _paragraph(text: str, raw: str | None, source: Source | None) -> Paragraph:
    stripped = raw.strip() if raw else ""
    bold = stripped.startswith("**") and not stripped.startswith("***")
    italic = stripped.startswith("*") and not bold
    return Paragraph(runs=(Run(text=text, bold=bold, italic=italic),), raw=raw, source=source)


def _chunk_text(chunk: _Chunk) -> tuple[str, Source]:
    pieces: list[str] = []
    joins: list[Join] = []
    offset = 0
    join_at = dict(chunk.joins)
    for index, line in enumerate(chunk.lines):
        piece = L.without_markdown(line.text)
        piece = squash(piece)
        if index:
            kind = join_at.get(index, JoinKind.WRAP)
            joins.append(Join(offset=offset, kind=kind))
            offset += 1
        pieces.append(piece)
        offset += len(piece)
    source = Source(line=chunk.lines[0].number, end_line=chunk.lines[-1].number,
                    joins=tuple(joins))
    return " ".join(pieces), source


def _chunk_raw(chunk: _Chunk) -> str:
    parts: list[str] = []
    join_at = dict(chunk.joins)
    for index, line in enumerate(chunk.lines):
        if index and join_at.get(index) is JoinKind.PAGE_BREAK:
            parts.append("")
        parts.append(line.text.rstrip())
    return "\n".join(parts)


def _build_body(lines: Sequence[L.Line]) -> tuple[Block, ...]:
    root: list[Block] = []
    stack: list[tuple[int, Division, list[Block]]] = []

    def close(level: int) -> None:
        while stack and stack[-1][0] >= level:
            _, division, children = stack.pop()
            finished = attrs.evolve(division, children=tuple(children))
            (stack[-1][2] if stack else root).append(finished)

    for chunk in _chunks(lines):
        text, source = _chunk_text(chunk)
        raw = _chunk_raw(chunk)
        marker = chunk.marker
        if marker is None:
            if text.startswith(("Trên đây", "Trên đây là")):
                close(0)
            else:
                while stack and stack[-1][1].kind.value == "bullet":
                    close(stack[-1][0])
            paragraph = _paragraph(text, raw, source)
            (stack[-1][2] if stack else root).append(paragraph)
            continue
        close(marker.level)
        heading_text = text[len(L.without_markdown(marker.marker)):].strip() if text.startswith(
            L.without_markdown(marker.marker)) else marker.rest
        heading = _paragraph(heading_text, None, source) if heading_text else None
        division = Division(kind=marker.kind, label=marker.label, marker=marker.marker,
                            heading=heading, raw=raw, source=source)
        stack.append((marker.level, division, []))
    close(-1)
    return tuple(root)


# --------------------------------------------------------------------------- closing block


_NOI_NHAN = re.compile(r"^Nơi\s+nhận\b", re.IGNORECASE)
_LUU = re.compile(r"^[-–]?\s*Lưu\b")
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)\b")
_PURPOSE = re.compile(r"\s*\(([^()]{1,40})\)\s*[;.,]?\s*$")
_COPIES = re.compile(r"^(.*?)\s*\((\d{1,4})\)$")
_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,5}$")


def _is_closing_start(text: str) -> bool:
    clean = L.plain(text)
    if _NOI_NHAN.match(clean):
        return True
    mark, _ = L.authority_mark(clean)
    return mark is not None and is_upper(clean)


_PURPOSE_WORDS = re.compile(
    r"^(?:để\b|b/c$|t/h$|p/h$|ph/h|th/h|báo cáo$|phối hợp$|thực hiện$|chỉ đạo$|biết$)",
    re.IGNORECASE,
)


def _is_purpose(text: str) -> bool:
    """"(để b/c)", "(B/c)", "(báo cáo)" are purposes; "(Bích)", a drafter's name, is not."""
    return bool(_PURPOSE_WORDS.match(text.strip()))


def _recipient(text: str, line: L.Line) -> Recipient:
    clean = L.plain(text).lstrip("-– ").strip()
    purpose = None
    match = _PURPOSE.search(clean)
    if match is not None and not clean.startswith("Như") and _is_purpose(match.group(1)):
        purpose = match.group(1).strip()
        clean = clean[: match.start()]
    name = clean.rstrip(";.,").strip()
    reference = None
    if fold(name).startswith("như "):
        reference = name[4:].strip()
    return Recipient(name=name, purpose=purpose, reference=reference, raw=text.strip(),
                     source=_source(line))


def _archive(text: str, line: L.Line) -> ArchiveLine:
    body = re.sub(r"^[-–]?\s*Lưu\s*:?\s*", "", L.plain(text)).strip().rstrip(".").strip()
    holders: list[str] = []
    copies: int | None = None
    for part in (p.strip() for p in body.split(",")):
        if not part:
            continue
        match = _COPIES.match(part)
        if match is not None and copies is None:
            holders.append(match.group(1).strip())
            copies = int(match.group(2))
        else:
            holders.append(part)
    return ArchiveLine(holders=tuple(holders), copies=copies, raw=text.strip(),
                       source=_source(line))


@attrs.define
class _Closing:
    recipients_lines: list[tuple[L.Line, str]] = attrs.Factory(list)
    signature_lines: list[tuple[L.Line, str]] = attrs.Factory(list)
    label: tuple[L.Line, str] | None = None


def _read_closing(state: _State) -> _Closing:
    closing = _Closing()
    in_list = False
    name_seen = False
    while not state.at_end():
        line = state.lines[state.pos]
        if line.blank:
            state.pos += 1
            continue
        cells = L.split_cells(line.text)
        texts = [c.text.strip() for c in cells]
        first = L.plain(texts[0])
        if name_seen and len(cells) == 1 and not in_list:
            if _APPENDIX.match(first) or L.is_national_name(first) or _titled_appendix(state) or (
                is_upper(first) and _looks_like_new_header(state)):
                break
            if not (is_upper(first) and len(first) < 60):
                break
        if _NOI_NHAN.match(first):
            closing.label = (line, texts[0])
            in_list = True
            for extra in texts[1:]:
                closing.signature_lines.append((line, extra))
            state.pos += 1
            continue
        if (in_list and first.startswith(("-", "–"))) or (in_list and _LUU.match(first)):
            closing.recipients_lines.append((line, texts[0]))
            for extra in texts[1:]:
                name_seen = name_seen or _is_name(extra)
                closing.signature_lines.append((line, extra))
            state.pos += 1
            continue
        if in_list and closing.recipients_lines and len(cells) == 1 and not is_upper(first) \
                and not _is_name(first) and not closing.recipients_lines[-1][1].rstrip().endswith(
                    (";", ".")):
            previous_line, previous = closing.recipients_lines[-1]
            closing.recipients_lines[-1] = (previous_line, previous + "\n" + texts[0])
            state.pos += 1
            continue
        in_list = False
        for text in texts:
            name_seen = name_seen or _is_name(text)
            closing.signature_lines.append((line, text))
        state.pos += 1
    return closing


def _looks_like_new_header(state: _State) -> bool:
    for line in state.lines[state.pos : state.pos + 8]:
        if L.is_national_name(line.text) or any(L.is_national_name(c.text)
                                                for c in L.split_cells(line.text)):
            return True
    return False


def _is_name(text: str) -> bool:
    return bool(_NAME.match(L.plain(text)))


def _build_recipients(closing: _Closing) -> Recipients | None:
    if closing.label is None and not closing.recipients_lines:
        return None
    entries: list[Recipient] = []
    archive: ArchiveLine | None = None
    for line, text in closing.recipients_lines:
        if _LUU.match(L.plain(text)) and archive is None:
            archive = _archive(text, line)
        else:
            entries.append(_recipient(text, line))
    label = closing.label
    return Recipients(entries=tuple(entries), archive=archive,
                      source=None if label is None else _source(label[0]))


def _build_signature(closing: _Closing) -> Signature | None:
    if not closing.signature_lines:
        return None
    steps: list[AuthorityStep] = []
    signer: str | None = None
    name_title: list[str] = []
    for line, text in closing.signature_lines:
        clean = L.plain(text)
        if not clean:
            continue
        if signer is None and _is_name(clean):
            signer = clean
            continue
        if signer is None:
            mark, title = L.authority_mark(clean)
            steps.append(AuthorityStep(title=title, mark=mark, raw=text,
                                       source=_source(line)))
        else:
            name_title.append(clean)
    first = closing.signature_lines[0][0]
    last = closing.signature_lines[-1][0]
    return Signature(authority=tuple(steps), signer=signer,
                     name_title=" ".join(name_title) or None,
                     raw=_signature_raw(closing), source=_source(first, last))


def _signature_raw(closing: _Closing) -> str:
    """The signature's lines as printed, each column cell on its own line."""
    out: list[str] = []
    previous: int | None = None
    for line, text in closing.signature_lines:
        if previous is not None and line.number - previous > 1:
            out.append("")
        out.append(text)
        previous = line.number
    return "\n".join(out)


def _recipients_raw(closing: _Closing) -> str | None:
    if closing.label is None:
        return None
    return "\n".join([closing.label[1]] + [text for _, text in closing.recipients_lines])


# --------------------------------------------------------------------------- appendices


def _starts_document(state: _State) -> bool:
    """An attached document begins here: its national name, or an issuer right above it."""
    line = state.peek()
    if line is None:
        return False
    text = L.plain(line.text)
    return L.is_national_name(text) or (is_upper(text) and _looks_like_new_header(state)
                                        and L.title_type(text) is None)


def _titled_appendix(state: _State) -> bool:
    """An appendix printed without "Phụ lục": an upper-case title, then "(Kèm theo …)"."""
    line = state.peek()
    if line is None or not is_upper(L.plain(line.text)):
        return False
    for following in state.lines[state.pos + 1 : state.pos + 4]:
        if L.plain(following.text).startswith("(Kèm theo"):
            return True
    return False


def _read_appendix(state: _State) -> Appendix:
    first = state.lines[state.pos]
    labelled = bool(_APPENDIX.match(L.plain(first.text)))
    state.pos += 1
    head = [first]
    title: str | None = None if labelled else L.plain(first.text)
    accompanying: str | None = None
    while not state.at_end():
        line = state.lines[state.pos]
        text = L.plain(line.text)
        if line.blank:
            state.pos += 1
            continue
        if title is None and is_upper(text) and L.marker_of(text) is None:
            title = text
        elif accompanying is None and text.startswith("(") and "theo" in text.lower():
            accompanying = text
        else:
            break
        head.append(line)
        state.pos += 1
    start = state.pos
    while not state.at_end() and not (
        _APPENDIX.match(L.plain(state.lines[state.pos].text)) or _titled_appendix(state)
        or _starts_document(state)
    ):
        state.pos += 1
    body = _build_body(state.lines[start : state.pos])
    return Appendix(label=L.plain(first.text) if labelled else None, title=title,
                    accompanying=accompanying,
                    body=Body(children=body), raw=_raw(head),
                    source=_source(first, state.lines[max(start, state.pos) - 1]))


# --------------------------------------------------------------------------- the reader


def read_text(text: str) -> tuple[Document, list[Finding]]:
    """Read ``text`` into a Document and the findings of reading; never raises on a str."""
    findings: list[Finding] = []
    lines = _drop_page_numbers(L.split_lines(text), findings)
    state = _State(lines=lines, findings=findings)
    document = _read_document(state, top=True)
    return document, state.findings


def _read_document(state: _State, *, top: bool) -> Document:
    findings = state.findings
    header = _read_header(state)
    number = None
    if header.number is not None:
        line, raw = header.number
        number = attrs.evolve(_number.parse(raw), source=_source(line))
    issue_line = None
    if header.issue is not None:
        line, raw = header.issue
        _, place = L.issue_place(raw)
        issue_line = IssueLine(place=place, date=L.parse_issue_date(raw), raw=raw.strip(),
                               source=_source(line))
    marks = _build_marks(header.marks)
    national: NationalHeader | None = None
    if header.national is not None or header.motto is not None:
        national = NationalHeader(name_raw=header.national, motto_raw=header.motto)

    doctype: str | None = None
    title: Title | None = None
    abstract: Abstract | None = None
    if header.vv:
        vv_lines = [line for line, _ in header.vv]
        vv_text = squash(" ".join(L.plain(text) for _, text in header.vv))
        abstract = Abstract(text=re.sub(r"^V/v\s*", "", vv_text), prefix="V/v",
                            raw="\n".join(text for _, text in header.vv),
                            source=_source(vv_lines[0], vv_lines[-1]))
        doctype = "CV"
    state.skip_blank()
    title_line = state.peek()
    if (title_line is not None and (code := L.title_type(title_line.text)) is not None
            and abstract is None):
        title = Title(text=L.plain(title_line.text), raw=title_line.text.strip(),
                      source=_source(title_line))
        doctype = code
        state.pos += 1
        abstract, _ = _read_abstract(state, code)
    if doctype is None:
        code = number.type_code if number is not None else None
        doctype = code if code is not None and _known(code) else "CV"
        findings.append(_finding(
            "read.title.missing", Component.TITLE, Severity.WARNING,
            "Không tìm thấy tên loại văn bản; loại được suy ra là " + doctype,
            "No type name found; the type was taken to be " + doctype, path="title"))

    addressees: Addressees | None = None
    authority_line: AuthorityLine | None = None
    basis: list[BasisEntry] = []
    enacting: EnactingFormula | None = None
    while not state.at_end():
        state.skip_blank()
        current = state.peek()
        if current is None:
            break
        text = L.plain(current.text)
        if _KINH_GUI.match(text) and addressees is None:
            addressees = _read_addressees(state, current)
            continue
        verb = _starts_basis(current.text)
        if verb is not None and enacting is None:
            form = BasisForm.LIST if doctype in ("QĐ", "NQ") else BasisForm.PROSE
            basis.append(_read_basis_entry(state, verb, form))
            continue
        if fold(text) in _ENACTING and enacting is None:
            enacting = EnactingFormula(text=text, raw=current.text.strip(),
                                       source=_source(current))
            state.pos += 1
            break
        if (doctype in ("QĐ", "NQ") and authority_line is None and not basis
                and is_upper(text) and L.marker_of(text) is None):
            authority_line = AuthorityLine(text=text, raw=current.text.strip(),
                                           source=_source(current))
            state.pos += 1
            continue
        break

    body_start = state.pos
    while not state.at_end() and not _is_closing_start(state.lines[state.pos].text):
        state.pos += 1
    body = _build_body(state.lines[body_start : state.pos])

    closing = _read_closing(state)
    recipients = _build_recipients(closing)
    if recipients is not None:
        recipients = attrs.evolve(recipients, raw=_recipients_raw(closing))
    signature = _build_signature(closing)

    appendices: list[Appendix] = []
    attachments: list[Document] = []
    address: Address | None = None
    while not state.at_end():
        state.skip_blank()
        current = state.peek()
        if current is None:
            break
        text = L.plain(current.text)
        if _APPENDIX.match(text) or _titled_appendix(state):
            appendices.append(_read_appendix(state))
            continue
        if address is None and _ADDRESS.match(text):
            address = _read_address(current)
            state.pos += 1
            continue
        if top and (L.is_national_name(text) or (is_upper(text) and _looks_like_new_header(state))):
            attachments.append(_read_document(state, top=False))
            continue
        start = state.pos
        while not state.at_end() and not _APPENDIX.match(L.plain(state.lines[state.pos].text)):
            state.pos += 1
        rest = state.lines[start : state.pos]
        appendices.append(Appendix(body=Body(children=_build_body(rest)),
                                   source=_source(rest[0], rest[-1])))
        findings.append(_finding(
            "read.body.unplaced", Component.BODY, Severity.WARNING,
            f"Các dòng {rest[0].number}–{rest[-1].number} sau phần ký không xếp được vào đâu; "
            "được giữ lại như một phụ lục không tên",
            f"Lines {rest[0].number}–{rest[-1].number} after the signature could not be placed; "
            "kept as an unlabelled appendix", line=rest[0].number, path="appendices"))

    issuer = _build_issuer(header, number.issuer_code if number is not None else None)
    if top:
        if national is None:
            findings.append(_finding(
                "read.header.national-missing", Component.HEADER, Severity.ERROR,
                "Thiếu Quốc hiệu và Tiêu ngữ", "The national name and motto are missing",
                path="national"))
        if issuer is None:
            inferred = _infer_issuer(" ".join(entry.text or "" for entry in basis))
            findings.append(_finding(
                "read.header.issuer-missing", Component.HEADER, Severity.ERROR,
                "Thiếu tên cơ quan ban hành văn bản",
                "The name of the issuing body is missing", path="issuer"))
            if inferred is not None:
                issuer = inferred
                findings.append(_finding(
                    "read.header.issuer-inferred", Component.HEADER, Severity.INFO,
                    f"Cơ quan ban hành được suy ra từ nội dung: {inferred.name}",
                    f"The issuing body was inferred from the text: {inferred.name}",
                    path="issuer"))
    return Document(
        doctype=doctype, national=national, issuer=issuer, number=number,
        issue_line=issue_line, marks=marks, title=title, abstract=abstract,
        authority_line=authority_line,
        addressees=addressees, basis=tuple(basis), enacting_formula=enacting,
        body=Body(children=body), signatures=() if signature is None else (signature,),
        recipients=recipients, appendices=tuple(appendices), attachments=tuple(attachments),
        address=address,
    )


_ADDRESS = re.compile(r"^(?:Địa chỉ|ĐT|Điện thoại|E-?mail|Website)\s*:", re.IGNORECASE)
_ADDRESS_PART = re.compile(
    r"(Địa chỉ|ĐT|Điện thoại|Fax|E-?mail|Website)\s*:\s*([^;]*)", re.IGNORECASE
)


def _read_address(line: L.Line) -> Address:
    """Ô 13: "Địa chỉ: …; ĐT: …; Fax: …; E-mail: …; Website: …" (Phụ lục I, mục III.5)."""
    parts: dict[str, str] = {}
    for match in _ADDRESS_PART.finditer(L.plain(line.text)):
        key = fold(match.group(1)).replace("-", "")
        parts.setdefault(key, match.group(2).strip())
    return Address(
        text=parts.get("địa chỉ"),
        phone=parts.get("đt") or parts.get("điện thoại"),
        fax=parts.get("fax"),
        email=parts.get("email"),
        website=parts.get("website"),
        raw=line.text.strip(),
        source=_source(line),
    )


def _build_marks(lines: list[str]) -> Marks:
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    circulation: list[str] = []
    for text in lines:
        folded = fold(L.plain(text))
        found_urgency = next((u for u in Urgency if fold(u.value) == folded), None)
        found_secrecy = next((m for m in Secrecy if fold(m.value) == folded), None)
        if found_urgency is not None and urgency is None:
            urgency = found_urgency
        elif found_secrecy is not None and secrecy is None:
            secrecy = found_secrecy
        else:
            circulation.append(L.plain(text))
    return Marks(urgency=urgency, secrecy=secrecy, circulation=tuple(circulation))


def _known(code: str) -> bool:
    try:
        _get_type(code)
    except ValueError:
        return False
    return True


