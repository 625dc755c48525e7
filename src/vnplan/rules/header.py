"""Header rules: national name and motto, the issuing body and its parent (ô 1, ô 2).

Decree 30, Điều 8.2.a–b; Phụ lục I, Phần I, mục II.1–2.  The national name and
motto are constants of the law: absent is an error; the old tone style "HOÀ"
(which the decree's own tables print) is accepted; an en dash for the motto's
hyphens is an info.  The issuing body must be named; a body with a parent
(a Sở under a UBND tỉnh) names it above; after 1 July 2025 no district stands
above a commune body.

>>> from vnplan.model import Document
>>> from vnplan import rules
>>> r = rules.validate(Document(doctype="KH", national=None))
>>> "header.national-name" in {f.code for f in r.findings}
True
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from vnplan.findings import Component, Severity
from vnplan.model.heading import MOTTO, NATIONAL_NAME
from vnplan.rules._engine import Context, Hit, NotApplicable, rule
from vnplan.text import fold, squash

_SOURCE = "NĐ 30/2020, Điều 8.2.a; Phụ lục I, Phần I, mục II.1"


@rule(
    "header.national-name",
    component=Component.HEADER,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="Quốc hiệu đúng và đủ",
    title_en="National name present and exact",
)
def national_name(ctx: Context) -> Iterator[Hit]:
    national = ctx.document.national
    if national is None:
        yield Hit(message="Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”",
                  message_en="The national name is missing", path="national",
                  expected=NATIONAL_NAME)
        return
    if national.name_raw is not None and fold(squash(national.name_raw.split("\n")[0])) != fold(
        NATIONAL_NAME
    ):
        yield Hit(message="Quốc hiệu không đúng", message_en="The national name is not exact",
                  path="national.name_raw", expected=NATIONAL_NAME, observed=national.name_raw)


_DASHES = re.compile(r"[–—]")


@rule(
    "header.motto",
    component=Component.HEADER,
    severity=Severity.ERROR,
    source=_SOURCE,
    title="Tiêu ngữ đúng và đủ",
    title_en="Motto present and exact",
)
def motto(ctx: Context) -> Iterator[Hit]:
    national = ctx.document.national
    if national is None:
        yield Hit(message="Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
                  message_en="The motto is missing", path="national", expected=MOTTO)
        return
    raw = national.motto_raw
    if raw is None:
        return
    first = squash(raw.split("\n")[0])
    if fold(_DASHES.sub("-", first)) != fold(MOTTO):
        yield Hit(message="Tiêu ngữ không đúng", message_en="The motto is not exact",
                  path="national.motto_raw", expected=MOTTO, observed=first)
    elif _DASHES.search(first):
        yield Hit(message="Tiêu ngữ dùng dấu gạch dài thay cho dấu gạch nối “-”",
                  message_en="The motto uses an en or em dash instead of a hyphen",
                  path="national.motto_raw", expected=MOTTO, observed=first,
                  severity=Severity.INFO)


@rule(
    "header.issuer",
    component=Component.HEADER,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 8.2.b; Phụ lục I, Phần I, mục II.2",
    title="Có tên cơ quan, tổ chức ban hành",
    title_en="The issuing body is named",
)
def issuer(ctx: Context) -> Iterator[Hit]:
    organization = ctx.document.issuer
    if organization is None or organization.inferred or not organization.name:
        yield Hit(message="Thiếu tên cơ quan, tổ chức ban hành văn bản",
                  message_en="The name of the issuing body is missing", path="issuer",
                  observed=None if organization is None else organization.name)


_UNDER_PROVINCE = re.compile(r"^(SỞ|VĂN PHÒNG|BAN|THANH TRA|CHI CỤC)\b")


@rule(
    "header.parent",
    component=Component.HEADER,
    severity=Severity.WARNING,
    source="NĐ 30/2020, Phụ lục I, Phần I, mục II.2.a",
    title="Có tên cơ quan chủ quản trực tiếp khi có",
    title_en="The direct parent body is named where there is one",
)
def parent(ctx: Context) -> Iterator[Hit]:
    organization = ctx.document.issuer
    if organization is None or organization.inferred or not organization.name:
        raise NotApplicable("no issuer")
    name = organization.name.upper()
    if organization.parent is None and _UNDER_PROVINCE.match(name) and not re.search(
        r"\b(TỈNH|THÀNH PHỐ)\b", name
    ):
        yield Hit(message="Cơ quan ban hành là cơ quan chuyên môn nhưng thiếu tên cơ quan chủ quản",
                  message_en="A specialised body is named without its parent body",
                  path="issuer.parent", observed=organization.name)


_REFORM = _dt.date(2025, 7, 1)


@rule(
    "header.no-district",
    component=Component.HEADER,
    severity=Severity.ERROR,
    source="Luật Tổ chức chính quyền địa phương 2025 (chính quyền hai cấp); NĐ 30/2020, PL I, II.2",
    title="Không còn cấp huyện trên cơ quan cấp xã",
    title_en="No district above a commune body after 1 July 2025",
    effective_from=_REFORM,
)
def no_district(ctx: Context) -> Iterator[Hit]:
    organization = ctx.document.issuer
    if organization is None:
        raise NotApplicable("no issuer")
    for path, body in (("issuer", organization), ("issuer.parent", organization.parent)):
        if body is not None and body.name and re.search(
            r"\b(HUYỆN|QUẬN|THỊ XÃ)\b", body.name.upper()
        ):
            yield Hit(message="Từ 01/7/2025 không còn cấp huyện; tên cơ quan còn nêu huyện/quận",
                      message_en="Since 1 July 2025 there are no districts; the header names one",
                      path=path, observed=body.name)
