"""Addressees (Kính gửi), ô 9a.

Decree 30, Phụ lục I, Phần I, mục II.9.a–c: only công văn, tờ trình and báo
cáo carry "Kính gửi:"; one addressee on the same line, several as a dash list,
each ending ";" and the last ".".  The model keeps whatever a document holds;
whether it may hold it is a rule's question.

>>> k = Addressees(entries=(Addressee(name="Bộ Nội vụ"), Addressee(name="Bộ Tài chính")))
>>> [e.name for e in k.entries]
['Bộ Nội vụ', 'Bộ Tài chính']
"""

from __future__ import annotations

import attrs

from vnplan.source import Source

__all__ = ["Addressee", "Addressees"]


@attrs.frozen(kw_only=True)
class Addressee:
    """One addressee; ``raw`` keeps its dash and closing punctuation."""

    name: str
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class Addressees:
    """The "Kính gửi" block; ``inline`` when the (single) addressee stood on the label's line."""

    entries: tuple[Addressee, ...] = ()
    inline: bool = False
    raw: str | None = None
    source: Source | None = attrs.field(default=None, eq=False)
