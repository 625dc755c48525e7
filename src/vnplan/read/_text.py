"""The text reader: plain text (extracted from PDF or Word, or pasted) into a Document.

The reader walks the zones of Decree 30's layout in order (Điều 8; Phụ lục I,
Phần I, mục II and the diagram of mục IV): the header (issuer, national name
and motto, number, place/date line — in any interleaving), the title block,
"Kính gửi", the authority line, the basis, the enacting formula, the body, the
closing block (Nơi nhận and the signature, in either order or side by side),
appendices, and documents attached after the signature.  :mod:`._lines`
recognises lines; :mod:`._header`, :mod:`._body` and :mod:`._closing` read their
zones; this module reads the preamble (abstract, "Kính gửi", basis), the
appendices and the address, and assembles the Document.

It never raises on a ``str`` and never drops text silently: what it cannot
place is kept (as an unlabelled appendix after the closing block) and reported;
what it drops on purpose (bare page numbers, form feeds) is reported too.
"""

from __future__ import annotations

import re

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
    AuthorityLine,
    BasisEntry,
    BasisForm,
    Body,
    Document,
    EnactingFormula,
    IssueLine,
    NationalHeader,
    Title,
)
from vnplan.read import _lines as L
from vnplan.read._body import _build_body
from vnplan.read._citations import citations as _citations
from vnplan.read._closing import (
    _APPENDIX,
    _build_recipients,
    _build_signatures,
    _is_closing_start,
    _looks_like_new_header,
    _read_closing,
    _recipients_raw,
    _starts_document,
    _titled_appendix,
)
from vnplan.read._header import (
    _ENACTING,
    _KINH_GUI,
    _build_issuer,
    _build_marks,
    _infer_issuer,
    _read_header,
    _starts_basis,
)
from vnplan.read._state import _finding, _joined, _raw, _source, _State
from vnplan.text import fold, is_upper, squash

__all__ = ["read_text"]


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
    ) or _is_closing_start(first.text) or (
        # A decision's upper-case line under its type name is the authority line.
        doctype in ("QĐ", "NQ") and is_upper(text) and not L.is_rule(text)
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
                and is_upper(text) and L.marker_of(text) is None
                and not _is_closing_start(current.text)):
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
    signatures = _build_signatures(closing)

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
        body=Body(children=body), signatures=signatures,
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


def _known(code: str) -> bool:
    try:
        _get_type(code)
    except ValueError:
        return False
    return True
