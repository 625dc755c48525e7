"""The signature block: authority, title and name of the signer (ô 7a–7c), seal (ô 8).

Decree 30, Điều 13 and Phụ lục I, Phần I, mục II.7: the signer's authority is
written as marks before titles — TM. (on behalf of a collective), KT. (signing
for the head), TL. (by order), TUQ. (by delegation), Q. (acting) — or a plain
title when the head signs.  A stack such as "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH
/ PHÓ CHỦ TỊCH" is three steps.  A biên bản has two signatures, so documents
hold a list.

>>> sig = Signature(authority=(
...     AuthorityStep(mark=AuthorityMark.TM, title="ỦY BAN NHÂN DÂN"),
...     AuthorityStep(mark=AuthorityMark.KT, title="CHỦ TỊCH"),
...     AuthorityStep(title="PHÓ CHỦ TỊCH")), signer="Nguyễn Văn A")
>>> [step.canonical() for step in sig.authority]
['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
>>> sig.position
'PHÓ CHỦ TỊCH'
"""

from __future__ import annotations

import enum

import attrs

from vnplan.source import Source

__all__ = [
    "AuthorityMark",
    "AuthorityStep",
    "ElectronicSignature",
    "Seal",
    "Signature",
]


class AuthorityMark(enum.Enum):
    """The authority marks of Điều 13; the value is the mark as printed."""

    TM = "TM."
    KT = "KT."
    TL = "TL."
    TUQ = "TUQ."
    Q = "Q."


@attrs.frozen(kw_only=True)
class AuthorityStep:
    """One line of the authority chain: an optional mark and a title or body name."""

    title: str
    mark: AuthorityMark | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    def canonical(self) -> str:
        """The step as the decree writes it: "KT. CHỦ TỊCH"."""
        return f"{self.mark.value} {self.title}" if self.mark else self.title


@attrs.frozen(kw_only=True)
class Seal:
    """The seal (dấu) of the issuing body; ``present`` is unknown for text input."""

    present: bool | None = None
    raw: str | None = None


@attrs.frozen(kw_only=True)
class ElectronicSignature:
    """Metadata of a digital signature (Điều 5, Phụ lục I, Phần II)."""

    signer: str | None = None
    organization: str | None = None
    signed_at: str | None = None
    """ISO 8601 time of signing, Vietnam time zone."""
    serial: str | None = None


@attrs.frozen(kw_only=True)
class Signature:
    """One signature block.

    ``authority`` lists the steps top to bottom, the last being the signer's
    position; ``signer`` is the name; ``name_title`` the title some offices print
    under the name.
    """

    authority: tuple[AuthorityStep, ...] = ()
    signer: str | None = None
    name_title: str | None = None
    seal: Seal | None = None
    electronic: ElectronicSignature | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    @property
    def position(self) -> str | None:
        """The signer's own title: the last authority step's title."""
        return self.authority[-1].title if self.authority else None
