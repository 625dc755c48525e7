"""The lines between the header and the body: national name, type name, abstract.

Decree 30, Điều 8.2.a and đ; Phụ lục I, Phần I, mục II.1 and II.5; Phụ lục
III, Mẫu 1.1–1.5:

- the national name and motto (Quốc hiệu và Tiêu ngữ) are constants of the law:
  :class:`NationalHeader` records only whether and how a source printed them;
- the type name (tên loại, "KẾ HOẠCH") and the abstract (trích yếu); a công văn
  has no type name and writes its abstract after "V/v";
- decisions and resolutions add the authority line (thẩm quyền ban hành,
  "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …") and the enacting formula ("QUYẾT ĐỊNH:").

>>> NationalHeader().name_text()
'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
>>> Abstract(text="nâng bậc lương năm 2026", prefix="V/v").canonical()
'V/v nâng bậc lương năm 2026'
"""

from __future__ import annotations

import attrs

from vnplan.source import Source

__all__ = [
    "MOTTO",
    "NATIONAL_NAME",
    "Abstract",
    "AuthorityLine",
    "EnactingFormula",
    "NationalHeader",
    "Title",
]

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
"""Quốc hiệu, as Decree 30's own text spells it (Phụ lục I, mục II.1)."""
MOTTO = "Độc lập - Tự do - Hạnh phúc"
"""Tiêu ngữ (Phụ lục I, mục II.1)."""


@attrs.frozen(kw_only=True)
class NationalHeader:
    """Quốc hiệu và Tiêu ngữ as printed; ``None`` raws mean "the canonical text".

    A document whose source did not print them holds ``national=None`` instead
    of this value; page renderers print the canonical form in every case.
    """

    name_raw: str | None = None
    motto_raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    def name_text(self) -> str:
        """The national name as printed, or the canonical one."""
        return self.name_raw if self.name_raw is not None else NATIONAL_NAME

    def motto_text(self) -> str:
        """The motto as printed, or the canonical one."""
        return self.motto_raw if self.motto_raw is not None else MOTTO


@attrs.frozen(kw_only=True)
class Title:
    """The type name line (tên loại), e.g. "KẾ HOẠCH"."""

    text: str
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class Abstract:
    """The abstract (trích yếu); ``prefix`` is "V/v" for a công văn.

    ``text`` is the abstract in one line, without the prefix; ``raw`` keeps the
    printed lines with their breaks.
    """

    text: str
    prefix: str | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    def canonical(self) -> str:
        """The abstract with its prefix, on one line."""
        return f"{self.prefix} {self.text}" if self.prefix else self.text


@attrs.frozen(kw_only=True)
class AuthorityLine:
    """The authority line of a decision or resolution (Mẫu 1.1–1.3), upper case."""

    text: str
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class EnactingFormula:
    """The enacting formula: "QUYẾT ĐỊNH:" (QĐ) or "QUYẾT NGHỊ:" (NQ)."""

    text: str
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)
