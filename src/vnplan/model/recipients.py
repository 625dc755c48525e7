"""Recipients (Nơi nhận), ô 9b, with the archive line (Lưu) and ô 12.

Decree 30, Phụ lục I, Phần I, mục II.9.d: "Nơi nhận:" then one recipient or
group per line, "-" before and ";" after; the last line "- Lưu: VT, <unit>
(<copies>)." optionally followed by the drafter's mark and number of copies
issued (ô 12).  A document with addressees opens the list with "- Như trên;",
a decision with "- Như Điều 3;".  Practice adds purposes such as "(để b/c)".

>>> r = Recipients(entries=(Recipient(name="Như trên", reference="trên"),
...                         Recipient(name="UBND xã", purpose="để b/c")),
...                archive=ArchiveLine(holders=("VT", "VHXH")))
>>> r.archive.canonical()
'Lưu: VT, VHXH.'
"""

from __future__ import annotations

import attrs

from vnplan.source import Source

__all__ = ["ArchiveLine", "Recipient", "Recipients"]


@attrs.frozen(kw_only=True)
class Recipient:
    """One recipient or group.

    ``purpose`` is a practice note such as "để b/c" (without parentheses);
    ``reference`` is set for "Như trên" ("trên") and "Như Điều 3" ("Điều 3").
    """

    name: str
    purpose: str | None = None
    reference: str | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class ArchiveLine:
    """The "Lưu:" line: holders (VT, the drafting unit), copies, drafter's mark."""

    holders: tuple[str, ...] = ()
    copies: int | None = None
    drafter: str | None = None
    issued_copies: int | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)

    def canonical(self) -> str:
        """The line as the decree writes it (without its leading dash)."""
        text = "Lưu: " + ", ".join(self.holders)
        if self.copies is not None:
            text += f" ({self.copies})"
        text += "."
        if self.drafter:
            text += f" {self.drafter}"
            if self.issued_copies is not None:
                text += f".({self.issued_copies})"
        return text


@attrs.frozen(kw_only=True)
class Recipients:
    """The "Nơi nhận" block."""

    entries: tuple[Recipient, ...] = ()
    archive: ArchiveLine | None = None
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)
