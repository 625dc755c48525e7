"""Title rules: tên loại và trích yếu nội dung văn bản (ô 5a, 5b).

Decree 30, Điều 8.2.đ and Phụ lục I, Phần I, mục II.5: a document with a type
name prints it in capitals ("KẾ HOẠCH"), and it must be the name of its type
(either tone style: "GIẤY ỦY QUYỀN" or "GIẤY UỶ QUYỀN"); the abstract stands
right under it.  A công văn has no type name: its abstract follows "V/v"
(mục II.5.b; Phụ lục III, Mẫu 1.5).  The abstract ends without a full stop:
practice, and the decree's own examples ("V/v nâng bậc lương năm 2019").

>>> from vnplan.model import Abstract, Document, Title
>>> from vnplan import rules
>>> doc = Document(doctype="KH", title=Title(text="QUYẾT ĐỊNH"),
...                abstract=Abstract(text="Tổ chức Ngày hội năm 2026."))
>>> sorted(f.code for f in rules.validate(doc).findings if f.component.value == "title")
['title.abstract-full-stop', 'title.type-name']
"""

from __future__ import annotations

from collections.abc import Iterator

from vnplan.doctypes import DocumentType
from vnplan.doctypes import get as _doctype
from vnplan.errors import UnknownDocumentType
from vnplan.findings import Component, Severity
from vnplan.model import Abstract, Title
from vnplan.rules._engine import PRACTICE, Context, Hit, NotApplicable, NotEvaluated, rule
from vnplan.text import fold, is_upper, squash

_SOURCE = "NĐ 30/2020, Phụ lục I, Phần I, mục II.5"
_VV = "V/v"


def _type_of(ctx: Context) -> DocumentType:
    try:
        return _doctype(ctx.document.doctype)
    except UnknownDocumentType:
        raise NotEvaluated(f"unknown document type {ctx.document.doctype!r}") from None


def _title(ctx: Context) -> Title:
    found = ctx.document.title
    if found is None or not squash(found.text):
        raise NotApplicable("no type name")
    return found


def _line(value: Title | Abstract) -> int | None:
    return None if value.source is None else value.source.line


@rule(
    "title.present",
    component=Component.TITLE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 8.2.đ; Phụ lục I, Phần I, mục II.5.b",
    title="Văn bản có tên loại ghi tên loại",
    title_en="A typed document prints its type name",
)
def present(ctx: Context) -> Iterator[Hit]:
    kind = _type_of(ctx)
    if "title" not in kind.requires:
        raise NotApplicable("the document type has no type name line")
    found = ctx.document.title
    if found is None or not squash(found.text):
        yield Hit(message=f"Thiếu tên loại văn bản “{kind.title_text}”",
                  message_en=f"The type name '{kind.title_text}' is missing", path="title",
                  expected=kind.title_text)


@rule(
    "title.type-name",
    component=Component.TITLE,
    severity=Severity.ERROR,
    source=f"{_SOURCE}.a–b; Phụ lục III, mục I",
    title="Tên loại đúng với loại văn bản",
    title_en="The type name matches the document type",
)
def type_name(ctx: Context) -> Iterator[Hit]:
    found = _title(ctx)
    kind = _type_of(ctx)
    if "title" in kind.forbids:
        raise NotApplicable("the type has no type name (see title.cv-no-type-name)")
    written = fold(found.text)
    expected = fold(kind.title_text)
    if written != expected and not written.startswith(expected + " "):
        yield Hit(message=f"Tên loại “{found.text}” không đúng với loại văn bản "
                          f"({kind.title_text})",
                  message_en=f"The type name '{found.text}' does not match the document type "
                             f"({kind.title_text})",
                  path="title", line=_line(found), expected=kind.title_text,
                  observed=found.raw or found.text)


@rule(
    "title.upper-case",
    component=Component.TITLE,
    severity=Severity.ERROR,
    source=f"{_SOURCE}.b",
    title="Tên loại viết chữ in hoa",
    title_en="The type name is in capitals",
)
def upper_case(ctx: Context) -> Iterator[Hit]:
    found = _title(ctx)
    text = squash(found.text)
    if not is_upper(text):
        yield Hit(message=f"Tên loại “{text}” phải viết chữ in hoa",
                  message_en=f"The type name '{text}' must be in capitals", path="title",
                  line=_line(found), expected=text.upper(), observed=found.raw or text)


@rule(
    "title.cv-no-type-name",
    component=Component.TITLE,
    severity=Severity.ERROR,
    source=f"{_SOURCE}.b; Phụ lục III, Mẫu 1.5",
    title="Công văn không có tên loại",
    title_en="A công văn carries no type name",
)
def cv_no_type_name(ctx: Context) -> Iterator[Hit]:
    kind = _type_of(ctx)
    if "title" not in kind.forbids:
        raise NotApplicable("the document type has a type name")
    found = ctx.document.title
    if found is not None and squash(found.text):
        yield Hit(message=f"{kind.name_vi} không ghi tên loại (“{found.text}”); "
                          "trích yếu ghi sau “V/v”",
                  message_en=f"A {kind.name_en.lower()} carries no type name ('{found.text}'); "
                             "the abstract follows 'V/v'",
                  path="title", line=_line(found), observed=found.raw or found.text)


@rule(
    "title.abstract-present",
    component=Component.TITLE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 8.2.đ; Phụ lục I, Phần I, mục II.5",
    title="Có trích yếu nội dung",
    title_en="The abstract is present",
)
def abstract_present(ctx: Context) -> Iterator[Hit]:
    kind = _type_of(ctx)
    if "abstract" not in kind.requires:
        raise NotApplicable("the document type has no abstract")
    found = ctx.document.abstract
    if found is None or not squash(found.text):
        where = "sau “V/v”" if "title" in kind.forbids else "dưới tên loại"
        where_en = "after 'V/v'" if "title" in kind.forbids else "under the type name"
        yield Hit(message=f"Thiếu trích yếu nội dung văn bản ({where})",
                  message_en=f"The abstract is missing ({where_en})", path="abstract",
                  expected="V/v …" if "title" in kind.forbids else None)


@rule(
    "title.vv-prefix",
    component=Component.TITLE,
    severity=Severity.ERROR,
    source=f"{_SOURCE}.b; Phụ lục III, Mẫu 1.4–1.5",
    title="Trích yếu công văn sau “V/v”; văn bản có tên loại không dùng “V/v”",
    title_en="A công văn's abstract follows 'V/v'; a typed document's does not",
)
def vv_prefix(ctx: Context) -> Iterator[Hit]:
    """Missing "V/v" in a công văn: error; "v/v", "V/V": warning; "V/v" under a type name:
    warning."""
    kind = _type_of(ctx)
    found = ctx.document.abstract
    if found is None or not squash(found.text):
        raise NotApplicable("no abstract")
    prefix = squash(found.prefix or "")
    if "title" in kind.forbids:
        if not prefix:
            yield Hit(message="Trích yếu công văn phải bắt đầu bằng “V/v”",
                      message_en="A công văn's abstract must follow 'V/v'", path="abstract.prefix",
                      line=_line(found), expected=f"{_VV} {found.text}",
                      observed=found.raw or found.text)
        elif prefix != _VV:
            yield Hit(message=f"Viết “{_VV}”, không viết “{prefix}”",
                      message_en=f"Write '{_VV}', not '{prefix}'", path="abstract.prefix",
                      line=_line(found), expected=_VV, observed=prefix,
                      severity=Severity.WARNING)
    elif prefix:
        yield Hit(message=f"Văn bản có tên loại không ghi “{prefix}” trước trích yếu",
                  message_en=f"A typed document's abstract takes no '{prefix}'",
                  path="abstract.prefix", line=_line(found), expected=found.text,
                  observed=found.canonical(), severity=Severity.WARNING)


@rule(
    "title.abstract-full-stop",
    component=Component.TITLE,
    severity=Severity.WARNING,
    source=PRACTICE,
    title="Trích yếu không kết thúc bằng dấu chấm",
    title_en="No full stop after the abstract",
)
def abstract_full_stop(ctx: Context) -> Iterator[Hit]:
    found = ctx.document.abstract
    if found is None or not squash(found.text):
        raise NotApplicable("no abstract")
    text = squash(found.text)
    if text.endswith(".") and not text.endswith(("..", "./.")):
        yield Hit(message="Trích yếu không kết thúc bằng dấu chấm",
                  message_en="The abstract ends with a full stop", path="abstract",
                  line=_line(found),
                  expected=text[:-1].rstrip(), observed=text[-40:])
