"""Urgency and secrecy marks and circulation notes (ô 10a, 10b, 11), and the address (ô 13).

Decree 30, Điều 8.3 and Phụ lục I, Phần I, mục III: HỎA TỐC, THƯỢNG KHẨN,
KHẨN in a box; the secrecy grade (Mật, Tối mật, Tuyệt mật) under the Luật Bảo
vệ bí mật nhà nước; circulation notes such as "LƯU HÀNH NỘI BỘ" or "XEM XONG
TRẢ LẠI"; the body's address, phone, e-mail and website at the foot of page 1.

>>> Marks(urgency=Urgency.THUONG_KHAN).urgency.value
'THƯỢNG KHẨN'
"""

from __future__ import annotations

import enum

import attrs

from vnplan.source import Source

__all__ = ["Address", "Marks", "Secrecy", "Urgency"]


class Urgency(enum.Enum):
    """Dấu chỉ mức độ khẩn (ô 10b)."""

    KHAN = "KHẨN"
    THUONG_KHAN = "THƯỢNG KHẨN"
    HOA_TOC = "HỎA TỐC"


class Secrecy(enum.Enum):
    """Dấu chỉ độ mật (ô 10a)."""

    MAT = "MẬT"
    TOI_MAT = "TỐI MẬT"
    TUYET_MAT = "TUYỆT MẬT"


@attrs.frozen(kw_only=True)
class Marks:
    """The marks a document carries; ``circulation`` holds ô 11 notes as printed."""

    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    circulation: tuple[str, ...] = ()
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class Address:
    """The address block (ô 13)."""

    text: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    website: str | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)
