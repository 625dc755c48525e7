"""Tests of vnplan.places (post-2025 units) and vnplan.money."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan import money, places
from vnplan.model import Level


def test_data_version_is_the_pinned_release() -> None:
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", places.data_version())


def test_there_are_34_provinces_after_the_2025_reform() -> None:
    provinces = [p for p in places.places() if p.level is Level.PROVINCE]
    assert len(provinces) == 34


@pytest.mark.parametrize(
    ("name", "province"),
    [("Thiệu Trung", "Thanh Hóa"), ("Yên Nghĩa", "Hà Nội"), ("Lương Minh", "Quảng Ninh")],
)
def test_the_seed_and_corpus_communes_are_known(name: str, province: str) -> None:
    found = places.find(name, level=Level.COMMUNE)
    assert province in {p.province for p in found}


def test_find_ignores_case_and_tone_style() -> None:
    assert places.find("THANH HOÁ", level=Level.PROVINCE)[0].name == "Thanh Hóa"
    assert places.find("no such place") == []


def test_place_names_on_the_date_line() -> None:
    """Phụ lục I, mục II.4: the bare name, except units named after a person."""
    assert places.place_name(places.find("Lào Cai", level=Level.PROVINCE)[0]) == "Lào Cai"
    hcm = places.find("Thành phố Hồ Chí Minh")[0]
    assert places.place_name(hcm) == "Thành phố Hồ Chí Minh"


def test_amounts_in_figures() -> None:
    assert money.parse_amount("Kinh phí: 18.500.000 đồng.") == 18_500_000
    assert money.parse_amount("50000 VNĐ") == 50_000
    assert money.parse_amount("năm 2026") is None
    assert money.find_amounts("1.5 đồng") == []


def test_amount_in_words_reads_2024_correctly() -> None:
    assert money.amount_in_words(2024) == "hai nghìn không trăm hai mươi tư đồng"
    with pytest.raises(ValueError, match="negative"):
        money.amount_in_words(-1)


@given(st.integers(min_value=0, max_value=10**12))
def test_amounts_survive_dotted_formatting(amount: int) -> None:
    written = f"{amount:,}".replace(",", ".") + " đồng"
    assert money.parse_amount(written) == amount
