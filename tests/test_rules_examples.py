"""Documents built correctly pass final mode with zero findings (issue 5's "done when")."""

from __future__ import annotations

import attrs

from vnplan import examples, number, rules
from vnplan.model import PartialDate


def test_the_bundled_decision_and_letter_pass_final_mode() -> None:
    for name in ("quyet-dinh-xa-phu-loi", "cong-van-xa-phu-loi"):
        report = rules.validate(examples.load(name), mode="final")
        assert report.findings == (), [f.code for f in report.findings]
        assert report.full_compliance
        assert report.coverage == 1.0


def test_the_draft_plan_once_numbered_and_dated_passes_final_mode() -> None:
    draft = examples.load("ke-hoach-xa-phu-loi")
    blanks = {f.code for f in rules.validate(draft, mode="final").errors}
    assert blanks == {"number.blank-sequence", "issue_line.blank-date"}
    assert rules.validate(draft, mode="draft").ok
    assert draft.number is not None and draft.issue_line is not None
    issued = attrs.evolve(
        draft,
        number=number.parse("12/KH-UBND"),
        issue_line=attrs.evolve(draft.issue_line, date=PartialDate(year=2026, month=3, day=16)),
    )
    report = rules.validate(issued, mode="final")
    assert report.findings == (), [f.code for f in report.findings]
    assert report.full_compliance
