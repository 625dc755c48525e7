"""Addressee rules: "Kính gửi" (ô 9a).

Decree 30, Phụ lục I, Phần I, mục II.9.b–d: only công văn, tờ trình and báo
cáo carry "Kính gửi" (other types list their recipients under "Nơi nhận" only);
a colon follows "Kính gửi"; one addressee stands on the same line ("Kính gửi:
Bộ Nội vụ", without closing punctuation in the decree's example); two or more
go on their own lines, each "- …;" and the last "- … .".  Whether "Như trên"
among the recipients has addressees to refer to is a recipients rule.

>>> from vnplan import read, rules
>>> doc, _ = read.text("KẾ HOẠCH\\nTổ chức Ngày hội\\n\\nKính gửi: Sở Nội vụ.\\n\\nNội dung.\\n")
>>> [(f.code, f.severity.value) for f in rules.validate(doc).findings
...  if f.component.value == "addressees"]
[('addressees.allowed', 'warning'), ('addressees.single-inline', 'info')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnplan.doctypes import DocumentType
from vnplan.doctypes import get as _doctype
from vnplan.errors import UnknownDocumentType
from vnplan.findings import Component, Severity
from vnplan.model import Addressee, Addressees
from vnplan.rules._engine import Context, Hit, NotApplicable, NotEvaluated, rule
from vnplan.text import squash

_SOURCE = "NĐ 30/2020, Phụ lục I, Phần I, mục II.9.d"
_WITH_ADDRESSEES = frozenset({"CV", "TTr", "BC"})
"""Công văn, tờ trình, báo cáo (mục II.9.b)."""


def _type_of(ctx: Context) -> DocumentType:
    try:
        return _doctype(ctx.document.doctype)
    except UnknownDocumentType:
        raise NotEvaluated(f"unknown document type {ctx.document.doctype!r}") from None


def _addressees(ctx: Context) -> Addressees:
    found = ctx.document.addressees
    if found is None:
        raise NotApplicable("no “Kính gửi”")
    return found


def _clean(raw: str) -> str:
    return squash(raw.replace("*", ""))


def _entry_line(block: Addressees, entry: Addressee) -> int | None:
    source = entry.source or block.source
    return None if source is None else source.line


@rule(
    "addressees.allowed",
    component=Component.ADDRESSEES,
    severity=Severity.WARNING,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.9.b–c",
    title="“Kính gửi” chỉ dùng cho công văn, tờ trình, báo cáo",
    title_en="'Kính gửi' only in công văn, tờ trình and báo cáo",
)
def allowed(ctx: Context) -> Iterator[Hit]:
    found = _addressees(ctx)
    kind = _type_of(ctx)
    if kind.code in _WITH_ADDRESSEES or "addressees" in kind.requires:
        return
    yield Hit(message=f"{kind.name_vi} không có phần “Kính gửi”; nơi nhận ghi ở “Nơi nhận”",
              message_en=f"A {kind.name_en.lower()} has no 'Kính gửi'; its recipients go under "
                         "'Nơi nhận'",
              path="addressees", line=None if found.source is None else found.source.line,
              observed=None if found.raw is None else _clean(found.raw.split("\n")[0]))


@rule(
    "addressees.present",
    component=Component.ADDRESSEES,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.9.b; Phụ lục III, Mẫu 1.5",
    title="Công văn có “Kính gửi” và nơi nhận giải quyết",
    title_en="A công văn names its addressees after 'Kính gửi'",
)
def present(ctx: Context) -> Iterator[Hit]:
    kind = _type_of(ctx)
    if "addressees" not in kind.requires:
        raise NotApplicable("the document type does not require 'Kính gửi'")
    found = ctx.document.addressees
    if found is None or not any(squash(entry.name) for entry in found.entries):
        yield Hit(message="Thiếu “Kính gửi:” và tên cơ quan, cá nhân giải quyết công việc",
                  message_en="'Kính gửi:' with the addressees is missing", path="addressees",
                  line=None if found is None or found.source is None else found.source.line,
                  expected="Kính gửi: …")


_LABEL = re.compile(r"^Kính\s+gửi", re.IGNORECASE)
_LABEL_COLON = re.compile(r"^Kính\s+gửi\s*:", re.IGNORECASE)


@rule(
    "addressees.colon",
    component=Component.ADDRESSEES,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="Sau “Kính gửi” có dấu hai chấm",
    title_en="A colon follows 'Kính gửi'",
)
def colon(ctx: Context) -> Iterator[Hit]:
    found = _addressees(ctx)
    if found.raw is None:
        raise NotApplicable("built in code")
    label = _clean(found.raw.split("\n")[0])
    if not _LABEL.match(label):
        raise NotEvaluated("the 'Kính gửi' label cannot be located in the printed text")
    if not _LABEL_COLON.match(label):
        yield Hit(message="Thiếu dấu hai chấm sau “Kính gửi”",
                  message_en="No colon after 'Kính gửi'",
                  path="addressees", line=None if found.source is None else found.source.line,
                  observed=label, expected=_LABEL.sub("Kính gửi:", label, count=1))


@rule(
    "addressees.single-inline",
    component=Component.ADDRESSEES,
    severity=Severity.WARNING,
    source=_SOURCE,
    title="Một nơi gửi: ghi cùng dòng với “Kính gửi”",
    title_en="A single addressee stands on the 'Kính gửi' line",
)
def single_inline(ctx: Context) -> Iterator[Hit]:
    """A lone addressee on a dash line: warning.  Closing punctuation after an inline
    addressee: ";" or "," a warning, "." an info (the decree's example has none; corpus 26)."""
    found = _addressees(ctx)
    if len(found.entries) != 1:
        raise NotApplicable("not a single addressee")
    entry = found.entries[0]
    if entry.raw is None:
        raise NotApplicable("built in code: the renderer lays it out")
    raw = _clean(entry.raw)
    if not raw or not squash(entry.name):
        raise NotApplicable("an empty addressee (see addressees.present)")
    line = _entry_line(found, entry)
    if not found.inline:
        yield Hit(message="Gửi một nơi thì ghi tên ngay sau “Kính gửi:”, không xuống dòng",
                  message_en="A single addressee goes on the 'Kính gửi:' line",
                  path="addressees.entries[0]", line=line, observed=raw,
                  expected=f"Kính gửi: {entry.name}")
        return
    if raw.endswith((";", ",", ".")) and not raw.endswith(".."):
        mark = raw[-1]
        yield Hit(message=f"Không có dấu “{mark}” sau tên nơi gửi duy nhất",
                  message_en=f"No '{mark}' after a single addressee",
                  path="addressees.entries[0]", line=line, observed=raw,
                  expected=f"Kính gửi: {entry.name}",
                  severity=Severity.INFO if mark == "." else None)


@rule(
    "addressees.list-format",
    component=Component.ADDRESSEES,
    severity=Severity.WARNING,
    source=_SOURCE,
    title="Nhiều nơi gửi: mỗi nơi một dòng “- …;”, dòng cuối “- … .”",
    title_en="Several addressees: one per line, '- …;', the last '- … .'",
)
def list_format(ctx: Context) -> Iterator[Hit]:
    found = _addressees(ctx)
    entries = found.entries
    if len(entries) < 2:
        raise NotApplicable("fewer than two addressees")
    last = len(entries) - 1
    for index, entry in enumerate(entries):
        if entry.raw is None:
            continue
        raw = _clean(entry.raw)
        if not raw:
            continue
        end = "." if index == last else ";"
        expected = f"- {entry.name}{end}"
        if _LABEL.match(raw):
            yield Hit(message="Gửi nhiều nơi thì xuống dòng sau “Kính gửi:”, mỗi nơi một dòng",
                      message_en="With several addressees, each goes on its own line after "
                                 "'Kính gửi:'",
                      path=f"addressees.entries[{index}]", line=_entry_line(found, entry),
                      observed=raw, expected=expected)
        elif not raw.startswith(("-", "–")) or not raw.endswith(end):
            yield Hit(message=f"Dòng “{raw}” phải có dạng “{expected}”",
                      message_en=f"Addressee line '{raw}' should read '{expected}'",
                      path=f"addressees.entries[{index}]", line=_entry_line(found, entry),
                      observed=raw, expected=expected)
