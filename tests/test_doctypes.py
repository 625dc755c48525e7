"""Tests of the document-type catalogue (Phụ lục III) and its registry."""

from __future__ import annotations

import pytest

from vnplan import doctypes
from vnplan.errors import UnknownDocumentType, VnplanError
from vnplan.number import TYPE_CODES

DECREE_CODES = [
    "NQ",
    "QĐ",
    "CT",
    "QC",
    "QyĐ",
    "TC",
    "TB",
    "HD",
    "CTr",
    "KH",
    "PA",
    "ĐA",
    "DA",
    "BC",
    "BB",
    "TTr",
    "HĐ",
    "CĐ",
    "BGN",
    "BTT",
    "GUQ",
    "GM",
    "GGT",
    "GNP",
    "PG",
    "PC",
    "PB",
    "SY",
    "TrS",
    "SL",
]


def test_the_catalogue_holds_every_code_of_phu_luc_iii() -> None:
    codes = {t.code for t in doctypes.all_types()}
    assert set(DECREE_CODES) <= codes
    assert {"CV", "THU"} <= codes


def test_codes_keep_their_lower_case_letters() -> None:
    assert doctypes.get("TTr").number_code == "TTr"
    assert doctypes.get("QyĐ").name_vi == "Quy định"
    with pytest.raises(UnknownDocumentType):
        doctypes.get("TTR")


def test_number_codes_agree_with_the_number_module() -> None:
    for code in DECREE_CODES:
        assert doctypes.get(code).number_code in TYPE_CODES


def test_types_without_a_code() -> None:
    letter = doctypes.get("CV")
    assert letter.number_code is None
    assert "title" in letter.forbids
    assert "addressees" in letter.requires


def test_only_letters_submissions_and_reports_allow_addressees() -> None:
    """Phụ lục I, mục II.9: "Kính gửi" belongs to công văn, tờ trình and báo cáo."""
    allowed = {t.code for t in doctypes.all_types() if "addressees" not in t.forbids}
    assert {"CV", "TTr", "BC"} <= allowed
    assert "KH" not in allowed and "QĐ" not in allowed


def test_unknown_type_is_a_typed_value_error() -> None:
    with pytest.raises(UnknownDocumentType) as info:
        doctypes.get("XYZ")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, VnplanError)
    assert info.value.where == "doctype"


def test_register_and_replace() -> None:
    custom = doctypes.DocumentType(
        code="TEST-PHIEU", name_vi="Phiếu khảo sát", name_en="Survey form", number_code="PKS"
    )
    assert doctypes.register(custom) is custom
    assert doctypes.get("TEST-PHIEU") is custom
    assert doctypes.by_name("PHIẾU KHẢO SÁT") is custom
    with pytest.raises(ValueError, match="already registered"):
        doctypes.register(custom)
    doctypes.register(custom, replace=True)


def test_unknown_component_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown component"):
        doctypes.DocumentType(
            code="X", name_vi="X", name_en="X", number_code=None, requires={"headr"}
        )


def test_by_name_handles_both_tone_styles() -> None:
    found = doctypes.by_name("BẢN THOẢ THUẬN")
    assert found is not None and found.code == "BTT"
    assert doctypes.by_name("không có") is None


def test_types_from_the_entry_point_group_are_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another package's types arrive through ``vnplan.doctypes`` entry points."""
    from importlib import metadata

    from vnplan.doctypes import registry

    survey = doctypes.DocumentType(
        code="TEST-EP", name_vi="Phiếu điều tra", name_en="Census form", number_code="PĐT"
    )

    class _Entry:
        name = "survey"

        def load(self) -> object:
            return [survey]

    def entry_points(group: str) -> list[_Entry]:
        return [_Entry()] if group == "vnplan.doctypes" else []

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    monkeypatch.setattr(registry, "_plugins_loaded", False)
    assert doctypes.get("TEST-EP") is survey


def test_an_entry_point_that_is_not_a_type_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    from vnplan.doctypes import registry

    class _Entry:
        name = "broken"

        def load(self) -> object:
            return ["not a type"]

    monkeypatch.setattr(metadata, "entry_points", lambda group: [_Entry()])
    monkeypatch.setattr(registry, "_plugins_loaded", False)
    with pytest.raises(TypeError, match="broken"):
        doctypes.get("KH")
