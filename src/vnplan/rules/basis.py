"""Basis rules: the legal bases (căn cứ) and every document they cite (ô 6).

Decree 30, Phụ lục I, Phần I, mục II.6.a–b: a basis cites each document in
full — type, number and symbol, issuer, date and abstract — except laws and
ordinances (Luật, Pháp lệnh), which are cited by type and name only, "không ghi
số, ký hiệu, cơ quan ban hành"; after the first mention the type and number are
enough.  The italic "Căn cứ" list puts ";" after each line and "." after the
last (the templates' last line "Theo đề nghị của … ." takes it).  A cited
symbol starts with the code of its type (Phụ lục III, mục I) and names its own
issuer (mục II.3.b); a document cannot rest on one issued after it.  The type
name of a specific cited document is capitalised (Phụ lục II, mục V.6).

>>> from vnplan import read, rules
>>> doc, _ = read.text("KẾ HOẠCH\\nA\\n\\nThực hiện kế hoạch số 12/QĐ-UBND ngày 05/02/2026 "
...                    "của Sở Nội vụ về việc thi đua, UBND xã A xây dựng Kế hoạch như sau:\\n")
>>> sorted(f.code for f in rules.validate(doc, mode="draft").findings
...        if f.component.value == "basis")
['basis.cited-issuer-code', 'basis.cited-type-capital', 'basis.cited-type-code']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import attrs

from vnplan.doctypes import by_name as _type_by_name
from vnplan.findings import Component, Severity
from vnplan.model import (
    BasisEntry,
    BasisForm,
    Block,
    Citation,
    Division,
    NumberStyle,
    Paragraph,
)
from vnplan.rules._engine import Context, Hit, NotApplicable, NotEvaluated, rule
from vnplan.text import fold, nfc

_BASIS = "NĐ 30/2020, Phụ lục I, Phần I, mục II.6.a"
_MENTIONS = "NĐ 30/2020, Phụ lục I, Phần I, mục II.6.b"

_LAWS = ("luật", "bộ luật", "pháp lệnh", "hiến pháp")
"""Types cited by name alone (mục II.6.a–b); "Hiến pháp" has neither number nor issuer."""
_PROPOSALS = ("theo đề nghị", "xét đề nghị")
"""Verbs of the templates' last line: the proposal is cited by proposer, number and date."""
_GENERIC = frozenset({"văn bản"})
"""Written where the type is not named: not a type name, so neither code nor capital applies."""

# Type codes of cited types the registry of administrative types does not hold.
_OTHER_CODES = {
    "nghị định": "NĐ",
    "thông tư": "TT",
    "thông tư liên tịch": "TTLT",
    "kết luận": "KL",
    "thông tri": "TT",
}
# Party documents (Quy định 66-QĐ/TW): a Party "Quy định" is numbered "…-QĐ/…", a công văn "…-CV/…".
_PARTY_CODES = {"QyĐ": "QĐ", "CV": "CV"}


@attrs.frozen
class _Cited:
    """One cited document of the basis, where it stands, and whether it opens a clause."""

    citation: Citation
    entry: BasisEntry
    index: int
    path: str
    line: int | None
    independent: bool
    """The entry's own citation (after its verb or a ";"), not one inside another's abstract."""


def _basis(ctx: Context) -> tuple[BasisEntry, ...]:
    if not ctx.document.basis:
        raise NotApplicable("no basis")
    return ctx.document.basis


def _opens_clause(entry: BasisEntry, citation: Citation, *, unknown: bool) -> bool:
    """Whether ``citation`` stands right after the entry's verb or after a ";" (``unknown``
    when the entry's text or the citation's place in it is not known)."""
    span = None if citation.source is None else citation.source.span
    if entry.text is None or span is None:
        return unknown
    before = fold(nfc(entry.text)[: max(0, span[0])])
    for verb in (entry.verb, "Căn cứ", "Thực hiện"):
        folded = fold(verb)
        if folded and before.endswith(folded):
            before = before[: len(before) - len(folded)].rstrip()
            break
    return before == "" or before.endswith(";")


def _cited(ctx: Context) -> list[_Cited]:
    def make() -> list[_Cited]:
        found: list[_Cited] = []
        for index, entry in enumerate(ctx.document.basis):
            line = None if entry.source is None else entry.source.line
            if entry.citation is not None:
                main = entry.citation
                found.append(_Cited(main, entry, index, f"basis[{index}].citation", line,
                                    independent=_opens_clause(entry, main, unknown=True)))
            for position, citation in enumerate(entry.citations):
                found.append(_Cited(citation, entry, index,
                                    f"basis[{index}].citations[{position}]", line,
                                    independent=_opens_clause(entry, citation,
                                                              unknown=False)))
        return found

    result: list[_Cited] = ctx.cached("basis.cited", make)
    return result


def _cited_or_skip(ctx: Context) -> list[_Cited]:
    _basis(ctx)
    found = _cited(ctx)
    if not found:
        raise NotApplicable("the basis cites no document")
    return found


def _type_of(citation: Citation) -> str:
    return fold(citation.type_name or "")


def _is_law(citation: Citation) -> bool:
    return _type_of(citation).startswith(_LAWS)


def _key(citation: Citation) -> tuple[int, int | None, str] | None:
    number = citation.number
    if number is None or number.seq is None or not number.symbol:
        return None
    return number.seq, number.year, fold(number.symbol)


def _written(citation: Citation) -> str:
    return citation.raw or " ".join(
        part for part in (citation.type_name, _number_text(citation)) if part
    )


def _number_text(citation: Citation) -> str | None:
    number = citation.number
    if number is None:
        return None
    if number.raw:
        return number.raw
    seq = "" if number.seq is None else f"{number.seq:02d}"
    return f"{seq}/{number.symbol or ''}"


# --------------------------------------------------------------------------- completeness


@rule(
    "basis.citation-complete",
    component=Component.BASIS,
    severity=Severity.WARNING,
    source=f"{_BASIS}–b",
    title="Văn bản viện dẫn lần đầu ghi đủ tên loại, số, ký hiệu, ngày, cơ quan, trích yếu",
    title_en="A document cited for the first time gives type, number, date, issuer and abstract",
)
def citation_complete(ctx: Context) -> Iterator[Hit]:
    seen: set[tuple[int, int | None, str]] = set()
    for cited in _cited_or_skip(ctx):
        citation = cited.citation
        key = _key(citation)
        full = not citation.short_form
        if not cited.independent or fold(cited.entry.verb).startswith(_PROPOSALS):
            if key is not None and full:
                seen.add(key)
            continue
        if _is_law(citation):
            if not citation.title and citation.number is None:
                yield Hit(message=f"Luật, pháp lệnh phải ghi tên: “{_written(citation)}”",
                          message_en=f"A law or ordinance is cited by its name: "
                                     f"'{_written(citation)}'",
                          path=cited.path, line=cited.line, observed=_written(citation),
                          expected="Luật <tên luật>")
            continue
        number = citation.number
        if number is None or not number.symbol or _type_of(citation) in _GENERIC:
            continue  # "Đề án số 08 ban hành kèm theo": a pointer, not a citation to complete
        if key is not None and key in seen:
            continue  # a later mention: the short form is enough
        if key is not None and full:
            seen.add(key)
        missing_vi: list[str] = []
        missing_en: list[str] = []
        if citation.date is None:
            missing_vi.append("ngày ban hành")
            missing_en.append("date")
        if not citation.issuer:
            missing_vi.append("cơ quan ban hành")
            missing_en.append("issuer")
        if not citation.title:
            missing_vi.append("trích yếu")
            missing_en.append("abstract")
        if missing_vi:
            yield Hit(message=f"“{_written(citation)}” viện dẫn lần đầu thiếu "
                              + ", ".join(missing_vi),
                      message_en=f"'{_written(citation)}', cited for the first time, lacks its "
                                 + ", ".join(missing_en),
                      path=cited.path, line=cited.line, observed=citation.raw,
                      expected="<Tên loại> số …/… ngày … của <cơ quan> về <trích yếu>")


_BLANK_DATE = re.compile(r"ngày\s*[.…_]*\s*tháng|tháng\s*[.…_]*\s*năm", re.IGNORECASE)


def _blank_number(citation: Citation) -> bool:
    """A number left for the clerk: "…/QĐ-BCĐ" (not an unusual one such as "21.4/GĐN")."""
    number = citation.number
    if number is None or number.seq is not None or not number.symbol:
        return False
    if number.raw is None:
        return True
    head = re.split(r"[/-]", number.raw, maxsplit=1)[0]
    return not any(ch.isdigit() for ch in head)


def _blank_date(citation: Citation) -> bool:
    """A date with its day or month left blank: "ngày … tháng … năm 2025"."""
    date = citation.date
    if date is None or date.year is None or (date.month is not None and date.day is not None):
        return False
    return citation.raw is None or bool(_BLANK_DATE.search(citation.raw))


@rule(
    "basis.citation-blank",
    component=Component.BASIS,
    severity=Severity.ERROR,
    source=f"{_BASIS}–b",
    title="Số, ngày của văn bản viện dẫn đã được ghi",
    title_en="The number and date of a cited document are filled in",
)
def citation_blank(ctx: Context) -> Iterator[Hit]:
    for cited in _cited_or_skip(ctx):
        citation = cited.citation
        if _blank_number(citation) or _blank_date(citation):
            yield Hit(message=f"Văn bản viện dẫn còn để trống số hoặc ngày: “{_written(citation)}”",
                      message_en=f"The cited document's number or date is left blank: "
                                 f"'{_written(citation)}'",
                      path=cited.path, line=cited.line, observed=citation.raw,
                      severity=ctx.blank_severity())


@rule(
    "basis.law-by-name",
    component=Component.BASIS,
    severity=Severity.INFO,
    source=_BASIS,
    title="Luật, pháp lệnh viện dẫn bằng tên, không ghi số, ký hiệu, cơ quan ban hành",
    title_en="Laws and ordinances are cited by name, without number or issuer",
)
def law_by_name(ctx: Context) -> Iterator[Hit]:
    laws = [cited for cited in _cited_or_skip(ctx) if _is_law(cited.citation)]
    if not laws:
        raise NotApplicable("no law cited")
    for cited in laws:
        citation = cited.citation
        given = [part for part, present in (("số, ký hiệu", citation.number is not None),
                                            ("cơ quan ban hành", bool(citation.issuer)))
                 if present]
        if given:
            yield Hit(message=f"Luật, pháp lệnh chỉ ghi tên; không cần ghi {', '.join(given)}: "
                              f"“{_written(citation)}”",
                      message_en=f"A law is cited by name; its number or issuer is not needed: "
                                 f"'{_written(citation)}'",
                      path=cited.path, line=cited.line, observed=citation.raw,
                      expected=f"{citation.type_name or 'Luật'} {citation.title or '<tên>'}")


# --------------------------------------------------------------------------- the cited symbol


def _expected_code(citation: Citation) -> tuple[bool, str | None]:
    """Whether the cited type's code is known, and the code (``None``: a công văn has none)."""
    name = _type_of(citation)
    if not name or name in _GENERIC or _is_law(citation):
        return False, None
    if name in _OTHER_CODES:
        return True, _OTHER_CODES[name]
    registered = _type_by_name(name)
    if registered is None or registered.copy:
        return False, None
    return True, registered.number_code


@rule(
    "basis.cited-type-code",
    component=Component.BASIS,
    severity=Severity.WARNING,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.3.b; Phụ lục III, mục I",
    title="Ký hiệu văn bản viện dẫn khớp với tên loại",
    title_en="A cited symbol's type code agrees with the cited type",
)
def cited_type_code(ctx: Context) -> Iterator[Hit]:
    for cited in _cited_or_skip(ctx):
        citation = cited.citation
        number = citation.number
        if number is None or not number.symbol:
            continue
        known, expected = _expected_code(citation)
        if not known:
            continue
        observed = number.type_code
        if number.style is NumberStyle.PARTY:
            expected = _PARTY_CODES.get(expected or "CV", expected)
        elif number.style is NumberStyle.NORMATIVE and expected is None:
            continue
        if observed is None or observed == expected:
            continue
        wanted = expected or "<cơ quan>-<đơn vị>"
        yield Hit(message=f"{citation.type_name} nhưng ký hiệu {number.symbol} mang chữ viết tắt "
                          f"tên loại {observed}",
                  message_en=f"Cited as {citation.type_name} but the symbol {number.symbol} "
                             f"carries the type code {observed}",
                  path=cited.path, line=cited.line, observed=_written(citation),
                  expected=f"…/{wanted}" if expected else "công văn: …/<cơ quan>-<đơn vị>")


_ISSUER_KINDS = (
    (re.compile(r"\bThủ tướng\b"), "government"),
    (re.compile(r"\bChính phủ\b"), "government"),
    (re.compile(r"\b(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\b"), "people's committee"),
    (re.compile(r"\b(?:Hội đồng nhân dân|HĐND)\b"), "people's council"),
    (re.compile(r"\bSở\b"), "department"),
)
_CODE_KINDS = {"UBND": "people's committee", "HĐND": "people's council", "CP": "government",
               "TTg": "government"}


def _issuer_kind(issuer: str) -> str | None:
    """The kind of body an issuer's name names: the keyword that comes first in it."""
    best: tuple[int, str] | None = None
    for pattern, kind in _ISSUER_KINDS:
        match = pattern.search(issuer)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), kind)
    return None if best is None else best[1]


def _code_kind(code: str) -> str | None:
    if code in _CODE_KINDS:
        return _CODE_KINDS[code]
    if len(code) >= 3 and code[0] == "S" and code[1:].isupper():  # SKHCN, SCT, SNV, SNNMT
        return "department"
    return None


@rule(
    "basis.cited-issuer-code",
    component=Component.BASIS,
    severity=Severity.WARNING,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.3.b (each agency sets its abbreviations)",
    title="Chữ viết tắt cơ quan trong ký hiệu hợp với cơ quan ban hành được nêu",
    title_en="A cited symbol's issuer code is plausible for the named issuer",
)
def cited_issuer_code(ctx: Context) -> Iterator[Hit]:
    for cited in _cited_or_skip(ctx):
        citation = cited.citation
        number = citation.number
        if number is None or not citation.issuer or number.style is NumberStyle.PARTY:
            continue
        code = number.issuer_code
        if not code:
            continue
        named, coded = _issuer_kind(nfc(citation.issuer)), _code_kind(code)
        if named is None or coded is None or named == coded:
            continue
        yield Hit(message=f"Ký hiệu {number.symbol} mang chữ viết tắt {code}, không hợp với "
                          f"cơ quan ban hành được nêu “{citation.issuer}”",
                  message_en=f"The symbol {number.symbol} carries the issuer code {code}, which "
                             f"does not fit the named issuer '{citation.issuer}'",
                  path=cited.path, line=cited.line, observed=_written(citation),
                  expected=f"chữ viết tắt của {citation.issuer}")


@rule(
    "basis.cited-date",
    component=Component.BASIS,
    severity=Severity.ERROR,
    source=_BASIS,
    title="Văn bản làm căn cứ không ban hành sau văn bản này",
    title_en="No cited document is dated after this one",
)
def cited_date(ctx: Context) -> Iterator[Hit]:
    found = _cited_or_skip(ctx)
    issued = ctx.issue_date()
    if issued is None:
        raise NotEvaluated("this document's date is not complete")
    for cited in found:
        date = cited.citation.date
        if date is None or date.year is None:
            continue
        when = date.to_date()
        later = when > issued if when is not None else date.year > issued.year
        if later:
            shown = (f"{date.day:02d}/{date.month:02d}/{date.year}" if when is not None
                     else str(date.year))
            yield Hit(message=f"Văn bản viện dẫn ban hành ngày {shown}, sau ngày của văn bản này "
                              f"({issued:%d/%m/%Y})",
                      message_en=f"The cited document is dated {shown}, after this document "
                                 f"({issued:%d/%m/%Y})",
                      path=cited.path, line=cited.line, observed=_written(cited.citation),
                      expected=f"ngày ≤ {issued:%d/%m/%Y}")


# --------------------------------------------------------------------------- mentions


def _symbols(text: str) -> list[tuple[int, int, str]]:
    """Where a number with a symbol ("57-NQ/TW", "71/NQ-CP") starts and ends, and its key."""
    if "/" not in text and "-" not in text:  # every match holds one: skip the scan
        return []
    return [(match.start(), match.end(), "".join(match.group(0).split()).casefold().rstrip("."))
            for match in _SYMBOL.finditer(text)]


def _paragraphs(blocks: tuple[Block, ...], prefix: str) -> Iterator[tuple[str, Paragraph]]:
    """Every paragraph and division heading with its dotted path, in reading order."""
    for index, block in enumerate(blocks):
        path = f"{prefix}.children[{index}]"
        if isinstance(block, Paragraph):
            yield path, block
        elif isinstance(block, Division):
            if block.heading is not None:
                yield f"{path}.heading", block.heading
            yield from _paragraphs(block.children, path)


def _body_citations(ctx: Context) -> list[tuple[str, int | None, Citation]]:
    """The body's citations of documents named more than once: (path, line, citation).

    Only a number written twice (in the basis or the body), followed by its date or issuer,
    can be a full citation repeated, so the citation reader runs on a window around each
    such number, never on the whole body.
    """
    from vnplan.read import citations

    def make() -> list[tuple[str, int | None, Citation]]:
        paragraphs = list(_paragraphs(ctx.document.body.children, "body"))
        counts: Counter[str] = Counter()
        for entry in ctx.document.basis:
            counts.update(key for _, _, key in _symbols(nfc(entry.text or "")))
        texts = [nfc(paragraph.text) for _, paragraph in paragraphs]
        symbols = [_symbols(text) for text in texts]
        counts.update(key for found in symbols for _, _, key in found)
        found: list[tuple[str, int | None, Citation]] = []
        for index, (path, paragraph) in enumerate(paragraphs):
            text = texts[index]
            line = None if paragraph.source is None else paragraph.source.line
            for at, end, key in symbols[index]:
                if counts[key] < 2 or not _DATE_OR_ISSUER.match(text, end):
                    continue
                begin = max(0, at - _BEFORE)
                window = text[begin : at + _AFTER]
                for citation in citations(window):
                    span = None if citation.source is None else citation.source.span
                    if span is not None and span[0] <= at - begin < span[1]:
                        found.append((path, line, citation))
                        break
        return found

    result: list[tuple[str, int | None, Citation]] = ctx.cached("basis.body-citations", make)
    return result


_SYMBOL = re.compile(r"\d+\s*[/-]\s*[^\W\d_][\w&./-]*")
_DATE_OR_ISSUER = re.compile(r"\s*,?\s*(?:ngày|của)\b")
_BEFORE = 40  # room for "Thông tư liên tịch số " before the number
_AFTER = 240  # room for the date and the issuer after it


@rule(
    "basis.short-form",
    component=Component.BASIS,
    severity=Severity.INFO,
    source=_MENTIONS,
    title="Viện dẫn đầy đủ lần đầu, các lần sau chỉ ghi tên loại và số, ký hiệu",
    title_en="Cite in full the first time, by type and number afterwards",
)
def short_form(ctx: Context) -> Iterator[Hit]:
    mentions: list[tuple[str, int | None, Citation]] = [
        (cited.path, cited.line, cited.citation) for cited in _cited(ctx)
    ]
    mentions.extend(_body_citations(ctx))
    if not mentions:
        raise NotApplicable("no document cited")
    seen: set[tuple[int, int | None, str]] = set()
    for path, line, citation in mentions:
        key = _key(citation)
        if key is None or citation.short_form or _is_law(citation):
            continue
        if key in seen and citation.issuer:  # a date alone may tell two numbers apart
            short = " ".join(part for part in (citation.type_name, "số",
                                               _number_text(citation)) if part)
            yield Hit(message=f"“{_written(citation)}” đã được viện dẫn đầy đủ trước đó; lần sau "
                              f"chỉ ghi tên loại và số, ký hiệu",
                      message_en=f"'{_written(citation)}' was cited in full before; later "
                                 f"mentions give only its type and number",
                      path=path, line=line, observed=citation.raw, expected=short)
        seen.add(key)


# --------------------------------------------------------------------------- punctuation


def _ending(entry: BasisEntry) -> str:
    text = (entry.raw if entry.raw is not None else entry.text) or ""
    return text.rstrip().rstrip("*_ \t").rstrip()


def _is_basis_verb(entry: BasisEntry) -> bool:
    return fold(entry.verb).startswith(("căn cứ", *_PROPOSALS))


@rule(
    "basis.list-punctuation",
    component=Component.BASIS,
    severity=Severity.WARNING,
    source=_BASIS,
    title="Mỗi căn cứ kết thúc bằng “;”, căn cứ cuối cùng bằng “.”",
    title_en="Each basis line ends with ';', the last with '.'",
)
def list_punctuation(ctx: Context) -> Iterator[Hit]:
    entries = _basis(ctx)
    listed = [i for i, entry in enumerate(entries) if entry.form is BasisForm.LIST]
    # A plan's "Căn cứ" lines, each on its own, are a list too (the reader files them as
    # prose): there only a line followed by another basis line is judged, never the last.
    prose_lines = [
        i for i, entry in enumerate(entries[:-1])
        if entry.form is BasisForm.PROSE and fold(entry.verb).startswith("căn cứ")
        and entries[i + 1].form is BasisForm.PROSE and _is_basis_verb(entries[i + 1])
    ]
    if not listed and not prose_lines:
        raise NotApplicable("no basis list")
    for i in sorted({*listed, *prose_lines}):
        entry = entries[i]
        ending = _ending(entry)
        if not ending:
            continue
        last = bool(listed) and i == listed[-1]
        wanted = "." if last else ";"
        if ending.endswith(wanted):
            continue
        yield Hit(message=f"Căn cứ {'cuối cùng ' if last else ''}phải kết thúc bằng “{wanted}”",
                  message_en=f"The {'last ' if last else ''}basis line must end with '{wanted}'",
                  path=f"basis[{i}]", line=None if entry.source is None else entry.source.line,
                  observed=ending[-40:], expected=f"…{wanted}")


# --------------------------------------------------------------------------- capitals


@rule(
    "basis.cited-type-capital",
    component=Component.BASIS,
    severity=Severity.INFO,
    source="NĐ 30/2020, Phụ lục II, mục V.6",
    title="Tên loại của văn bản cụ thể được viết hoa chữ cái đầu",
    title_en="The type name of a specific cited document is capitalised",
)
def cited_type_capital(ctx: Context) -> Iterator[Hit]:
    for cited in _cited_or_skip(ctx):
        citation = cited.citation
        name = citation.type_name
        number = citation.number
        if not name or _type_of(citation) in _GENERIC or number is None:
            continue
        if number.seq is None and not number.symbol:
            continue
        if name[:1].islower():
            fixed = name[:1].upper() + name[1:]
            yield Hit(message=f"Viết hoa tên loại văn bản cụ thể: “{fixed}”, không “{name}”",
                      message_en=f"Capitalise the type name of a specific document: '{fixed}', "
                                 f"not '{name}'",
                      path=f"{cited.path}.type_name", line=cited.line, observed=_written(citation),
                      expected=_written(citation).replace(name, fixed, 1))
