"""The plan lift on real text: Plan.from_document over the seeds and corpus plans read by read.text.

The facts asserted for the seeds are those their README gives (themes, slogans,
schedule, implementing units, no funding section); the corpus plans must lift
exactly (Plan.from_document(d).to_document(envelope=d) == d).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import document_text
from vnplan import read
from vnplan.doctypes.plan import Plan
from vnplan.model import Document, PartialDate

CORPUS_PLANS = (
    "02_kehoach_ubnd-tinh-lao-cai-chi-thi-11-khoang-san.txt",
    "03_kehoach_so-cong-thuong-lao-cai-de-an-08.txt",
    "05_kehoach_so-cong-thuong-lao-cai-kiem-tra-cap-gcn.txt",
    "07_kehoach_mttq-xa-luong-minh-bau-cu.txt",
    "11_kehoach_so-cong-thuong-lao-cai-huan-luyen-vlncn.txt",
)


def _plan(path: Path) -> tuple[Plan, Document]:
    doc, _ = read.text(document_text(path))
    assert doc.doctype == "KH"
    return Plan.from_document(doc), doc


def test_thieu_trung(seeds_dir: Path) -> None:
    plan, doc = _plan(seeds_dir / "ke-hoach-thieu-trung-2026.txt")
    assert plan.to_document(envelope=doc) == doc
    assert len(plan.purpose_texts) == 3
    assert len(plan.theme_texts) == 2
    assert len(plan.slogan_texts) == 1
    assert plan.slogan_texts[0].startswith("Nhiệt liệt chào mừng")
    assert len(plan.form_texts) == 5
    assert plan.schedule.start == PartialDate(year=2026, month=4, day=20)
    assert plan.schedule.end == PartialDate(year=2026, month=5, day=18)
    assert plan.units == (
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND – UBND",
        "Phòng Kinh tế",
        "Trung tâm Phục vụ hành chính công",
        "Trung tâm Cung ứng dịch vụ công",
        "Tổ công nghệ số cộng đồng các thôn",
    )
    assert [len(a.task_texts) for a in plan.assignments] == [4, 1, 3, 3, 2, 3]
    assert plan.budget == ()
    assert plan.other == ()


def test_yen_nghia(seeds_dir: Path) -> None:
    plan, doc = _plan(seeds_dir / "ke-hoach-yen-nghia-2026.txt")
    assert plan.to_document(envelope=doc) == doc
    assert len(plan.slogan_texts) == 3
    assert len(plan.theme_texts) == 4  # three days; the first has two themes
    assert plan.schedule.start is None  # "từ ngày ban hành Kế hoạch": the day of issue
    assert plan.schedule.end == PartialDate(year=2026, month=5, day=19)
    assert len(plan.units) == 8
    assert plan.units[0] == "Phòng Văn hóa - Xã hội phường"
    assert plan.budget == ()


@pytest.mark.parametrize("name", CORPUS_PLANS)
def test_corpus_plans_lift_exactly(name: str, corpus_dir: Path) -> None:
    plan, doc = _plan(corpus_dir / name)
    assert plan.to_document(envelope=doc) == doc
    assert plan.purpose_texts
    assert plan.units


def test_corpus_plan_with_a_budget_and_a_reporting_section(corpus_dir: Path) -> None:
    plan, _ = _plan(corpus_dir / CORPUS_PLANS[0])
    assert plan.budget_texts and "ngân sách" in plan.budget_texts[0]
    assert [getattr(block, "marker", None) for block in plan.other] == ["V."]
