"""Amounts of money in a budget (kinh phí): reading figures and saying them in words.

Vietnamese documents write amounts with dots between thousands ("18.500.000
đồng") and often repeat them in words in parentheses.  Words come from the
``vn-money`` package, which reads years such as 2024 correctly ("hai nghìn không
trăm hai mươi tư"); it is imported on first use only.

>>> parse_amount("18.500.000 đồng")
18500000
>>> parse_amount("khoảng mười triệu") is None
True
>>> amount_in_words(18_500_000)
'mười tám triệu năm trăm nghìn đồng'
"""

from __future__ import annotations

import re

__all__ = ["amount_in_words", "find_amounts", "parse_amount"]

_AMOUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d,]|\.\d)\s*(?:đồng|VNĐ|VND|đ)\b",
    re.IGNORECASE,
)


def parse_amount(text: str) -> int | None:
    """The first amount of money ``text`` writes in figures with its unit, or ``None``."""
    found = find_amounts(text)
    return found[0] if found else None


def find_amounts(text: str) -> list[int]:
    """Every amount written in figures followed by "đồng", "VNĐ" or "đ", in order.

    >>> find_amounts("Tổng: 1.200.000 đồng, trong đó 200.000đ cho khẩu hiệu")
    [1200000, 200000]
    """
    return [int(match.group(1).replace(".", "")) for match in _AMOUNT.finditer(text)]


def amount_in_words(amount: int) -> str:
    """The amount in Vietnamese words, followed by "đồng"."""
    from vn_money import to_words

    if amount < 0:
        raise ValueError(f"amount must not be negative: {amount}")
    return f"{to_words(amount)} đồng"
