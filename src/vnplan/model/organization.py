"""The issuing body (cơ quan, tổ chức ban hành) and its parent body (cơ quan chủ quản).

Decree 30, Điều 8.2.b and Phụ lục I, Phần I, mục II.2: the header names the
issuing body and, where it has one, its direct parent body.  Which place name
the date line carries (Phụ lục I, mục II.4) depends on the body's level and
seat, so both are recorded here; whether the body is led collectively decides
the "TM." signature form (Điều 13.2).  This module holds values only: it never
judges them (that is :mod:`vnplan.rules`).

>>> ward = Organization(name="Ủy ban nhân dân phường Yên Nghĩa", short="UBND",
...                     collective=True, level=Level.COMMUNE, seat="Yên Nghĩa")
>>> ward.level.value
'commune'
"""

from __future__ import annotations

import enum

import attrs

from vnplan.source import Source

__all__ = ["BodyKind", "Level", "Organization"]


class Level(enum.Enum):
    """Tier of the administration a body belongs to (two-level local government from 2025)."""

    CENTRAL = "central"
    PROVINCE = "province"
    COMMUNE = "commune"


class BodyKind(enum.Enum):
    """What kind of organization: Decree 30 binds state bodies (Điều 2)."""

    STATE = "state"
    SOCIO_POLITICAL = "socio_political"
    PARTY = "party"
    ENTERPRISE = "enterprise"


@attrs.frozen(kw_only=True)
class Organization:
    """An organization as a document names it.

    ``name`` is the full name in normal case ("Ủy ban nhân dân xã Thiệu Trung");
    ``raw`` the header lines as printed ("ỦY BAN NHÂN DÂN\\nXÃ THIỆU TRUNG");
    ``short`` the abbreviation used in ký hiệu ("UBND", "SCT"); ``parent`` the
    direct parent body; ``inferred`` marks an issuer a reader guessed from the
    text rather than read from the header.
    """

    name: str | None = None
    short: str | None = None
    parent: Organization | None = None
    collective: bool | None = None
    level: Level | None = None
    seat: str | None = None
    kind: BodyKind | None = None
    inferred: bool = False
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)
