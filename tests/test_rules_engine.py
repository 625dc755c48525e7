"""Tests of the rule engine: registry, modes, profiles, statuses, the report's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from vnplan import read, rules
from vnplan.errors import VnplanError
from vnplan.findings import Component, Severity
from vnplan.model import Document
from vnplan.rules import Mode, Status
from vnplan.rules.__main__ import table
from vnplan.strategies import documents

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def _seed(seeds_dir: Path, name: str) -> tuple[Document, list[object]]:
    doc, findings = read.text((seeds_dir / name).read_text(encoding="utf-8"))
    return doc, list(findings)


def test_codes_are_unique_and_metadata_complete() -> None:
    entries = list(rules.all_rules())
    assert len({e.code for e in entries}) == len(entries)
    for entry in entries:
        assert entry.code.split(".")[0].replace("_", "_") in {c.value for c in Component}
        assert entry.title and entry.title_en and entry.source
        if entry.practice:
            assert entry.severity is not Severity.ERROR


def test_a_practice_rule_cannot_be_an_error() -> None:
    with pytest.raises(ValueError, match="practice"):
        rules.rule(
            "body.test-practice",
            component=Component.BODY,
            severity=Severity.ERROR,
            source=rules.PRACTICE,
            title="x",
            title_en="x",
        )


def test_draft_mode_turns_blanks_into_infos(seeds_dir: Path) -> None:
    doc, _ = _seed(seeds_dir, "ke-hoach-thieu-trung-2026.txt")
    draft = rules.validate(doc, mode="draft")
    final = rules.validate(doc, mode="final")
    blank = [f for f in draft.findings if f.code == "number.blank-sequence"]
    assert [f.severity for f in blank] == [Severity.INFO]
    blank = [f for f in final.findings if f.code == "number.blank-sequence"]
    assert [f.severity for f in blank] == [Severity.ERROR]


def test_reader_findings_are_carried_once(seeds_dir: Path) -> None:
    doc, findings = read.text((seeds_dir / "ke-hoach-yen-nghia-2026.txt").read_text("utf-8"))
    report = rules.validate(doc, mode="draft", findings=findings)
    header = [
        f for f in report.findings if f.component is Component.HEADER and f.path == "national"
    ]
    assert len(header) == 1 and header[0].code == "read.header.national-missing"
    assert report.status_of("header.national-name").status is Status.FAILED  # type: ignore[union-attr]


def test_disabled_rules_are_not_evaluated_and_block_full_compliance(seeds_dir: Path) -> None:
    doc, _ = _seed(seeds_dir, "ke-hoach-thieu-trung-2026.txt")
    report = rules.validate(doc, mode="draft", disabled=["recipients.archive-colon"])
    status = report.status_of("recipients.archive-colon")
    assert status is not None and status.status is Status.NOT_EVALUATED
    assert status.reason == "disabled"
    assert "recipients.archive-colon" not in {f.code for f in report.findings}
    assert not report.full_compliance


def test_non_state_profile_counts_decree_rules_as_practice(seeds_dir: Path) -> None:
    doc, _ = _seed(seeds_dir, "ke-hoach-thieu-trung-2026.txt")
    state = rules.validate(doc, mode="draft")
    other = rules.validate(doc, mode="draft", profile="non-state")
    assert state.errors and not other.errors
    assert {f.code for f in state.errors} <= {f.code for f in other.warnings}


def test_unknown_mode_or_profile_is_a_clear_error() -> None:
    with pytest.raises(VnplanError, match="mode"):
        rules.validate(Document(doctype="KH"), mode="strict")
    with pytest.raises(VnplanError, match="profile"):
        rules.validate(Document(doctype="KH"), profile="nope")


def test_a_crashing_rule_is_reported_not_evaluated() -> None:
    def explode(ctx: rules.Context) -> list[rules.Hit]:
        raise RuntimeError("boom")

    rules.rule(
        "marks.test-crash",
        component=Component.MARKS,
        severity=Severity.INFO,
        source=rules.PRACTICE,
        title="x",
        title_en="x",
    )(explode)
    try:
        report = rules.validate(Document(doctype="KH"))
    finally:
        rules.unregister("marks.test-crash")
    status = report.status_of("marks.test-crash")
    assert status is not None and status.status is Status.NOT_EVALUATED
    assert status.reason is not None and "boom" in status.reason


def test_report_json_follows_the_contract(seeds_dir: Path) -> None:
    doc, findings = read.text((seeds_dir / "ke-hoach-thieu-trung-2026.txt").read_text("utf-8"))
    report = rules.validate(doc, mode="draft", findings=findings, file="plan.txt")
    data = json.loads(report.to_json())
    assert set(data) == {"file", "doctype", "mode", "profile", "summary", "findings", "rules"}
    assert set(data["summary"]) == {
        "errors",
        "warnings",
        "infos",
        "evaluated",
        "applicable",
        "coverage",
        "full_compliance",
    }
    keys = {
        "code",
        "component",
        "severity",
        "message",
        "message_en",
        "path",
        "line",
        "expected",
        "observed",
        "source",
    }
    assert all(set(f) == keys for f in data["findings"])
    assert {r["status"] for r in data["rules"]} <= {
        "passed",
        "failed",
        "not_applicable",
        "not_evaluated",
    }
    assert data["summary"]["errors"] == len(report.errors) > 0
    assert "\n" not in report.to_json()


def test_raise_for_errors(seeds_dir: Path) -> None:
    doc, _ = _seed(seeds_dir, "ke-hoach-thieu-trung-2026.txt")
    report = rules.validate(doc, mode="draft")
    with pytest.raises(rules.ComplianceError) as info:
        report.raise_for_errors()
    assert "recipients.archive-colon" in str(info.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_validate_never_raises_and_no_rule_crashes(doc: Document) -> None:
    for mode in Mode:
        report = rules.validate(doc, mode=mode)
        crashed = [r for r in report.rules if r.reason and r.reason.startswith("rule crashed")]
        assert not crashed, crashed


def test_the_rules_table_in_docs_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == table(), (
        "run: python -m vnplan.rules > docs/rules.md"
    )


def test_profiles_raise_freely_but_lower_decree_rules_only_by_the_decrees_exceptions(
    seeds_dir: Path,
) -> None:
    stricter = rules.register_profile(
        rules.Profile(
            name="test-province-strict",
            description="a province that wants a funding section",
            severity={"plan.funding-section": Severity.ERROR},
        ),
        replace=True,
    )
    doc, _ = _seed(seeds_dir, "ke-hoach-thieu-trung-2026.txt")
    report = rules.validate(doc, mode="draft", profile=stricter)
    assert "plan.funding-section" in {f.code for f in report.errors}
    with pytest.raises(ValueError, match="lowers the decree rule"):
        rules.register_profile(
            rules.Profile(
                name="test-lax",
                description="x",
                severity={"recipients.archive-colon": Severity.INFO},
            )
        )
    # The decree lets the armed forces, education, health and science allow degrees.
    rules.register_profile(
        rules.Profile(
            name="test-university",
            description="x",
            severity={"signature.academic-title": Severity.INFO},
            settings={"academic_titles_allowed": True},
        ),
        replace=True,
    )
    with pytest.raises(ValueError, match="unknown rule"):
        rules.register_profile(
            rules.Profile(name="test-typo", description="x", severity={"no.such": Severity.INFO})
        )
