"""Recipient rules: Nơi nhận (ô 9b) and the archive line "Lưu:".

Decree 30, Phụ lục I, Phần I, mục II.9.d: "Nơi nhận:" then each recipient on its
own line, "-" before and ";" after; the last line "- Lưu: VT, <unit> (<copies>)."
with a colon after "Lưu", "VT" (the registry) first and a final full stop.  A
document opens the list with "Như trên" only when it names whom "trên" refers
to (its addressees).  Purposes such as "(để b/c)" are practice.

>>> from vnplan import read, rules
>>> doc, _ = read.text("KẾ HOẠCH\\nA\\n\\nNơi nhận:\\n- Như trên;\\n- Lưu VT, VHXH.\\n")
>>> sorted(f.code for f in rules.validate(doc).findings if f.component.value == "recipients")
['recipients.archive-colon', 'recipients.as-above']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnplan.findings import Component, Severity
from vnplan.model import Recipients
from vnplan.rules._engine import PRACTICE, Context, Hit, NotApplicable, rule
from vnplan.text import fold

_SOURCE = "NĐ 30/2020, Phụ lục I, Phần I, mục II.9.d"


def _recipients(ctx: Context) -> Recipients:
    found = ctx.document.recipients
    if found is None:
        raise NotApplicable("no recipients block")
    return found


@rule(
    "recipients.present",
    component=Component.RECIPIENTS,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 8.2.i",
    title="Có “Nơi nhận”",
    title_en="The recipients block is present",
)
def present(ctx: Context) -> Iterator[Hit]:
    if ctx.document.recipients is None:
        yield Hit(message="Thiếu “Nơi nhận”", message_en="The recipients block is missing",
                  path="recipients", expected="Nơi nhận:")


@rule(
    "recipients.entry-format",
    component=Component.RECIPIENTS,
    severity=Severity.WARNING,
    source=_SOURCE,
    title="Mỗi nơi nhận bắt đầu bằng “-” và kết thúc bằng “;”",
    title_en="Each recipient line starts with '-' and ends with ';'",
)
def entry_format(ctx: Context) -> Iterator[Hit]:
    found = _recipients(ctx)
    for index, entry in enumerate(found.entries):
        if entry.raw is None:
            continue
        text = entry.raw.strip()
        if not text.startswith(("-", "–")) or not text.endswith(";"):
            yield Hit(message=f"Nơi nhận “{text}” phải có dạng “- …;”",
                      message_en=f"Recipient line '{text}' should read '- …;'",
                      path=f"recipients.entries[{index}]",
                      line=None if entry.source is None else entry.source.line,
                      observed=text, expected=f"- {entry.name};")


def _archive_raw(ctx: Context) -> tuple[str, int | None]:
    found = _recipients(ctx)
    archive = found.archive
    if archive is None:
        raise NotApplicable("no archive line")
    if archive.raw is None:
        raise NotApplicable("built in code")
    return archive.raw.strip(), None if archive.source is None else archive.source.line


@rule(
    "recipients.archive-present",
    component=Component.RECIPIENTS,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="Có dòng “Lưu:”",
    title_en="The archive line 'Lưu:' is present",
)
def archive_present(ctx: Context) -> Iterator[Hit]:
    found = _recipients(ctx)
    if found.archive is None:
        yield Hit(message="Thiếu dòng “- Lưu: VT, …”", message_en="The archive line is missing",
                  path="recipients.archive", expected="- Lưu: VT, ….")


@rule(
    "recipients.archive-colon",
    component=Component.RECIPIENTS,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="“Lưu” có dấu hai chấm",
    title_en="'Lưu' is followed by a colon",
)
def archive_colon(ctx: Context) -> Iterator[Hit]:
    raw, line = _archive_raw(ctx)
    if not re.match(r"^[-–]?\s*Lưu\s*:", raw):
        yield Hit(message="Thiếu dấu hai chấm sau “Lưu”", message_en="No colon after 'Lưu'",
                  path="recipients.archive", line=line, observed=raw,
                  expected=re.sub(r"Lưu\s*", "Lưu: ", raw, count=1))


@rule(
    "recipients.archive-vt",
    component=Component.RECIPIENTS,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="Dòng “Lưu” ghi VT (Văn thư)",
    title_en="The archive line names VT (the registry)",
)
def archive_vt(ctx: Context) -> Iterator[Hit]:
    found = _recipients(ctx)
    archive = found.archive
    if archive is None:
        raise NotApplicable("no archive line")
    if not archive.holders or archive.holders[0] != "VT":
        yield Hit(message="Dòng “Lưu” phải ghi “VT” (Văn thư) đầu tiên",
                  message_en="The archive line must name 'VT' (the registry) first",
                  path="recipients.archive", observed=archive.raw or ", ".join(archive.holders),
                  line=None if archive.source is None else archive.source.line)


@rule(
    "recipients.archive-full-stop",
    component=Component.RECIPIENTS,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="Dòng “Lưu” kết thúc bằng dấu chấm",
    title_en="The archive line ends with a full stop",
)
def archive_full_stop(ctx: Context) -> Iterator[Hit]:
    raw, line = _archive_raw(ctx)
    if not raw.endswith("."):
        yield Hit(message="Dòng “Lưu” phải kết thúc bằng dấu chấm",
                  message_en="The archive line must end with a full stop",
                  path="recipients.archive", line=line, observed=raw, expected=raw + ".")


@rule(
    "recipients.as-above",
    component=Component.RECIPIENTS,
    severity=Severity.WARNING,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.9",
    title="“Như trên” chỉ khi văn bản có “Kính gửi”",
    title_en="'Như trên' only when the document names its addressees",
)
def as_above(ctx: Context) -> Iterator[Hit]:
    found = _recipients(ctx)
    for index, entry in enumerate(found.entries):
        if fold(entry.name) == "như trên" and ctx.document.addressees is None:
            yield Hit(message="“Như trên” nhưng văn bản không có “Kính gửi”",
                      message_en="'Như trên' but the document names no addressees",
                      path=f"recipients.entries[{index}]", observed=entry.raw or entry.name)


_PURPOSES = {"để b/c", "để t/h", "để p/h", "để biết", "để báo cáo", "để thực hiện",
             "để phối hợp", "để chỉ đạo", "để đăng tải", "để theo dõi", "b/c", "t/h", "p/h",
             "báo cáo", "để ph/h", "để th/h", "để ph/h th/h"}


@rule(
    "recipients.purpose",
    component=Component.RECIPIENTS,
    severity=Severity.INFO,
    source=PRACTICE,
    title="Mục đích gửi viết theo thông lệ “(để b/c)”",
    title_en="A purpose reads as practice writes it: '(để b/c)'",
)
def purpose(ctx: Context) -> Iterator[Hit]:
    found = _recipients(ctx)
    if not any(entry.purpose for entry in found.entries):
        raise NotApplicable("no purposes")
    for index, entry in enumerate(found.entries):
        if entry.purpose is not None and fold(entry.purpose) not in _PURPOSES:
            yield Hit(message=f"Mục đích “{entry.purpose}” không theo cách viết thông dụng",
                      message_en=f"Purpose '{entry.purpose}' is not written the usual way",
                      path=f"recipients.entries[{index}].purpose", observed=entry.purpose,
                      expected="(để b/c) / (để t/h) / (để p/h)")
