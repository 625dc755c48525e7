"""The header zone: issuer and parent, national name and motto, number, date line, marks.

Decree 30, Điều 8.2.a–d; Phụ lục I, Phần I, mục II.1–4 and III.  The header's two
columns arrive in any interleaving (side by side, cell by cell, or one column
missing); each cell is classified by what it says, not by where it stands.
"""

from __future__ import annotations

import re

import attrs

from vnplan.model import (
    BodyKind,
    Level,
    Marks,
    Organization,
    Secrecy,
    Urgency,
)
from vnplan.model.citation import BASIS_VERBS
from vnplan.read import _lines as L
from vnplan.read._state import _source, _State
from vnplan.text import fold, is_upper, squash


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
