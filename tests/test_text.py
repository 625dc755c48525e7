"""Tests of vnplan.text: NFC, whitespace, tone-mark style."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnplan.text import fold, is_upper, new_tone_style, nfc, same_text, squash


def test_nfc_composes_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Phó Chủ tịch")
    assert decomposed != "Phó Chủ tịch"
    assert nfc(decomposed) == "Phó Chủ tịch"


def test_squash_collapses_tabs_and_runs_of_spaces() -> None:
    assert squash("Lào Cai,  ngày\t\t05") == "Lào Cai, ngày 05"


def test_both_tone_styles_of_the_national_name_compare_equal() -> None:
    assert new_tone_style("CỘNG HOÀ") == "CỘNG HÒA"
    assert new_tone_style("UỶ BAN") == "ỦY BAN"
    assert same_text("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam")


def test_qu_is_not_an_old_style_diphthong() -> None:
    assert new_tone_style("quý, quả, thuỷ") == "quý, quả, thủy"


def test_different_words_stay_different() -> None:
    assert not same_text("Kế hoạch", "Kế toán")


def test_is_upper() -> None:
    assert is_upper("KẾ HOẠCH")
    assert not is_upper("Kế hoạch")
    assert not is_upper("123")


@given(st.text())
def test_fold_is_idempotent_and_nfc(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert unicodedata.is_normalized("NFC", once)
