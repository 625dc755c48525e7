"""The closing block: Nơi nhận with its archive line, and the signature (ô 7, 9b).

Decree 30, Điều 13; Phụ lục I, Phần I, mục II.7 and II.9.d.  The two columns come
in either order, or side by side on the same lines; the block ends at an
appendix or at the header of a document attached after the signature.
"""

from __future__ import annotations

import re

import attrs

from vnplan.model import (
    ArchiveLine,
    AuthorityStep,
    Recipient,
    Recipients,
    Signature,
)
from vnplan.read import _lines as L
from vnplan.read._state import _source, _State
from vnplan.text import fold, is_upper

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


_DRAFTER = re.compile(
    r"^(?P<holders>.*?[^\s.])\.\s+(?P<drafter>[^\s,.()]+)\.?(?:\((?P<n>\d{1,5})\))?\.?$"
)


def _archive(text: str, line: L.Line) -> ArchiveLine:
    """ "Lưu: VT, VHXH (2). NVA.(300)": holders, copies, and the drafter's mark (ô 12)."""
    body = re.sub(r"^[-–]?\s*Lưu\s*:?\s*", "", L.plain(text)).strip()
    drafter: str | None = None
    issued: int | None = None
    marked = _DRAFTER.match(body)
    if marked is not None:
        body = marked.group("holders")
        drafter = marked.group("drafter")
        issued = int(marked.group("n")) if marked.group("n") else None
    body = body.rstrip(".").strip()
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
    return ArchiveLine(holders=tuple(holders), copies=copies, drafter=drafter,
                       issued_copies=issued, raw=text.strip(), source=_source(line))


@attrs.define
class _Closing:
    recipients_lines: list[tuple[L.Line, str]] = attrs.Factory(list)
    signature_lines: list[tuple[L.Line, str]] = attrs.Factory(list)
    label: tuple[L.Line, str] | None = None


def _read_closing(state: _State) -> _Closing:
    closing = _Closing()
    in_list = False
    name_seen = False
    name_line = -1
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
            # After the name: titles (upper case) of this or a further signature, a further
            # signer's name, or a short rank printed right under the name ("Đại tá").
            under_name = line.number == name_line + 1 and len(first) <= 30
            if not ((is_upper(first) and len(first) < 60) or _is_name(first) or under_name):
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
                if _is_name(extra):
                    name_seen, name_line = True, line.number
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
            if _is_name(text):
                name_seen, name_line = True, line.number
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


def _signature_groups(lines: list[tuple[L.Line, str]]) -> list[list[tuple[L.Line, str]]]:
    """Split the signature column into signatures: a new one starts at an upper-case
    title after a signer's name when another name follows (a biên bản has two)."""
    names = [i for i, (_, text) in enumerate(lines) if _is_name(text)]
    groups: list[list[tuple[L.Line, str]]] = [[]]
    seen_name = False
    for index, item in enumerate(lines):
        clean = L.plain(item[1])
        later_name = any(n > index for n in names)
        if seen_name and is_upper(clean) and later_name:
            groups.append([])
            seen_name = False
        groups[-1].append(item)
        seen_name = seen_name or index in names
    return [group for group in groups if group]


def _build_signatures(closing: _Closing) -> tuple[Signature, ...]:
    """Every signature of the closing block, in order."""
    return tuple(_build_signature(group) for group in _signature_groups(closing.signature_lines))


def _build_signature(lines: list[tuple[L.Line, str]]) -> Signature:
    steps: list[AuthorityStep] = []
    signer: str | None = None
    name_title: list[str] = []
    for line, text in lines:
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
    first = lines[0][0]
    last = lines[-1][0]
    return Signature(authority=tuple(steps), signer=signer,
                     name_title=" ".join(name_title) or None,
                     raw=_signature_raw(lines), source=_source(first, last))


def _signature_raw(lines: list[tuple[L.Line, str]]) -> str:
    """The signature's lines as printed, each column cell on its own line."""
    out: list[str] = []
    previous: int | None = None
    for line, text in lines:
        if previous is not None and line.number - previous > 1:
            out.append("")
        out.append(text)
        previous = line.number
    return "\n".join(out)


def _recipients_raw(closing: _Closing) -> str | None:
    if closing.label is None:
        return None
    return "\n".join([closing.label[1]] + [text for _, text in closing.recipients_lines])


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
