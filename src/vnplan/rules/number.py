"""Number rules: số và ký hiệu (ô 3).

Decree 30, Điều 15 and Phụ lục I, Phần I, mục II.3; type codes in Phụ lục III:
"Số:" then the sequence number (below 10 with a leading zero), "/", and the
ký hiệu — "TYPE-ISSUER" for a document with a type name, "ISSUER-UNIT" for a
công văn — groups joined by hyphens with no spaces.  A draft may leave the
sequence number blank (an info in draft mode, an error in final mode).

>>> from vnplan.model import Document
>>> from vnplan import number, rules
>>> doc = Document(doctype="KH", number=number.parse("Số: /KH- UBND"))
>>> report = rules.validate(doc, mode="draft")
>>> sorted(f.code for f in report.findings if f.component.value == "number")
['number.blank-sequence', 'number.no-spaces']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnplan import number as _number
from vnplan.doctypes import get as _doctype
from vnplan.findings import Component, Severity
from vnplan.model import DocumentNumber, NumberStyle
from vnplan.rules._engine import Context, Hit, NotApplicable, NotEvaluated, rule

_SOURCE = "NĐ 30/2020, Điều 15; Phụ lục I, Phần I, mục II.3"


def _number_of(ctx: Context) -> DocumentNumber:
    found = ctx.document.number
    if found is None:
        raise NotApplicable("no number")
    return found


@rule(
    "number.present",
    component=Component.NUMBER,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 8.2.c",
    title="Có số, ký hiệu",
    title_en="The number and symbol are present",
)
def present(ctx: Context) -> Iterator[Hit]:
    if ctx.document.number is None:
        yield Hit(message="Thiếu số, ký hiệu của văn bản", message_en="The number is missing",
                  path="number", expected="Số: …/…-…")


@rule(
    "number.blank-sequence",
    component=Component.NUMBER,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 15.1",
    title="Số thứ tự đã được ghi",
    title_en="The sequence number is filled in",
)
def blank_sequence(ctx: Context) -> Iterator[Hit]:
    found = _number_of(ctx)
    if found.seq is None:
        yield Hit(message="Chưa ghi số văn bản (văn thư cấp số sau khi ký)",
                  message_en="The sequence number is blank (the registry assigns it on issue)",
                  path="number.seq", observed=found.raw, severity=ctx.blank_severity())


@rule(
    "number.no-spaces",
    component=Component.NUMBER,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="Ký hiệu không có dấu cách",
    title_en="No spaces inside the number and symbol",
)
def no_spaces(ctx: Context) -> Iterator[Hit]:
    found = _number_of(ctx)
    if found.raw is None:
        raise NotApplicable("built in code")
    body = re.sub(r"^\s*Số\s*:?\s*", "", found.raw).strip()
    core = re.sub(r"^[\s.…_]*", "", body)
    if re.search(r"\S\s+\S", core):
        yield Hit(message="Số, ký hiệu có dấu cách thừa", message_en="The symbol contains spaces",
                  path="number.raw", observed=found.raw,
                  expected=_number.format(found, prefix=True))


@rule(
    "number.prefix",
    component=Component.NUMBER,
    severity=Severity.WARNING,
    source=_SOURCE,
    title="Dòng số viết “Số: ”",
    title_en="The number line reads 'Số: '",
)
def prefix(ctx: Context) -> Iterator[Hit]:
    found = _number_of(ctx)
    if found.raw is None or found.source is None or found.style is NumberStyle.PARTY:
        # Only a printed number line is judged: number.parse("12/KH-UBND") in code is fine.
        raise NotApplicable("not read from a document, or a Party number")
    if re.match(r"^Số:\S", found.raw.strip()):
        yield Hit(message="Thiếu dấu cách sau “Số:”", message_en="No space after 'Số:'",
                  path="number.raw", observed=found.raw, expected="Số: …")
    elif not found.raw.strip().startswith("Số:"):
        yield Hit(message="Dòng số không bắt đầu bằng “Số:”",
                  message_en="The number line does not start with 'Số:'", path="number.raw",
                  observed=found.raw, expected="Số: …")


@rule(
    "number.leading-zero",
    component=Component.NUMBER,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.3.a",
    title="Số nhỏ hơn 10 có số 0 phía trước",
    title_en="Numbers below 10 take a leading zero",
)
def leading_zero(ctx: Context) -> Iterator[Hit]:
    found = _number_of(ctx)
    if found.seq is None or found.raw is None:
        raise NotApplicable("blank or built in code")
    written = re.search(r"(\d+)\s*[/-]", re.sub(r"^\s*Số\s*:?", "", found.raw))
    if written is None:
        raise NotEvaluated("the sequence number cannot be located in the raw text")
    digits = written.group(1)
    if found.seq < 10 and len(digits) < 2:
        yield Hit(message=f"Số {digits} phải viết {found.seq:02d}",
                  message_en=f"Write {found.seq:02d}, not {digits}", path="number.raw",
                  observed=found.raw, expected=_number.format(found, prefix=True))


@rule(
    "number.symbol-shape",
    component=Component.NUMBER,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.3.b; Phụ lục III, Mẫu 1.4–1.5",
    title="Ký hiệu đúng dạng theo loại văn bản",
    title_en="The symbol has the shape its document type prescribes",
)
def symbol_shape(ctx: Context) -> Iterator[Hit]:
    found = _number_of(ctx)
    if found.symbol is None:
        yield Hit(message="Thiếu ký hiệu văn bản", message_en="The symbol is missing",
                  path="number.symbol", observed=found.raw)
        return
    if found.style is not NumberStyle.ADMINISTRATIVE:
        yield Hit(message="Văn bản hành chính không ghi năm hay dạng số của văn bản Đảng",
                  message_en="An administrative number carries no year and no Party form",
                  path="number.symbol", observed=found.raw)
        return
    if len(found.groups) < 2:
        yield Hit(message="Ký hiệu phải có ít nhất hai nhóm nối bằng “-”",
                  message_en="The symbol needs at least two groups joined by '-'",
                  path="number.symbol", observed=found.symbol)


@rule(
    "number.type-code",
    component=Component.NUMBER,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Phụ lục III, mục I",
    title="Chữ viết tắt tên loại khớp với loại văn bản",
    title_en="The type code in the symbol matches the document type",
)
def type_code(ctx: Context) -> Iterator[Hit]:
    found = _number_of(ctx)
    if not found.groups or found.style is not NumberStyle.ADMINISTRATIVE:
        raise NotApplicable("no administrative symbol")
    expected = _doctype(ctx.document.doctype).number_code
    first = found.groups[0]
    if expected is None:
        if found.type_code is not None:
            yield Hit(message=f"Công văn không ghi chữ viết tắt tên loại ({first})",
                      message_en=f"A công văn carries no type code ({first})",
                      path="number.symbol", observed=found.symbol)
        return
    if first != expected:
        yield Hit(message=f"Chữ viết tắt tên loại phải là {expected}, không phải {first}",
                  message_en=f"The type code should be {expected}, not {first}",
                  path="number.symbol", observed=found.symbol,
                  expected=f"{expected}-{found.issuer_code or '…'}")


_KNOWN_ISSUER_CODES = {
    "UBND": ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND"),
    "HĐND": ("HỘI ĐỒNG NHÂN DÂN",),
    "SCT": ("SỞ CÔNG THƯƠNG",),
    "SNV": ("SỞ NỘI VỤ",),
    "VP": ("VĂN PHÒNG",),
}


@rule(
    "number.issuer-code",
    component=Component.NUMBER,
    severity=Severity.WARNING,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.3.b (each agency sets its abbreviations)",
    title="Chữ viết tắt cơ quan hợp với cơ quan ban hành",
    title_en="The issuer code is plausible for the issuing body",
)
def issuer_code(ctx: Context) -> Iterator[Hit]:
    found = _number_of(ctx)
    organization = ctx.document.issuer
    code = found.issuer_code
    if organization is None or not organization.name or code is None:
        raise NotApplicable("no issuer or no issuer code")
    names = _KNOWN_ISSUER_CODES.get(code)
    if names is None:
        raise NotEvaluated(f"the abbreviation {code} is the agency's own choice")
    if not organization.name.upper().startswith(names):
        yield Hit(message=f"Chữ viết tắt {code} không khớp với cơ quan ban hành",
                  message_en=f"The issuer code {code} does not fit the issuing body",
                  path="number.symbol", observed=organization.name)
