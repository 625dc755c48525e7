"""The report of a validation: findings, a status per rule, counts, coverage, JSON.

The JSON shape is the contract's (``vnplan check --json``, ``report.to_json()``):
one object per checked file with ``file``, ``doctype``, ``mode``, ``profile``,
``summary`` (errors, warnings, infos, evaluated, applicable, coverage,
full_compliance), ``findings`` and ``rules``.
"""

from __future__ import annotations

import enum
import json
from typing import Any

import attrs

from vnplan.errors import VnplanError
from vnplan.findings import Finding, Severity

__all__ = ["ComplianceError", "Report", "RuleStatus", "Status"]


class Status(enum.Enum):
    """What became of one rule on one document."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"
    NOT_EVALUATED = "not_evaluated"


@attrs.frozen(kw_only=True)
class RuleStatus:
    """One rule's status, with the reason when it was not evaluated or not applicable."""

    code: str
    status: Status
    reason: str | None = None


class ComplianceError(VnplanError):
    """Raised by :meth:`Report.raise_for_errors` when a report holds error-level findings."""

    def __init__(self, report: Report) -> None:
        self.report = report
        codes = ", ".join(sorted({f.code for f in report.errors}))
        count = len(report.errors)
        super().__init__(
            f"Văn bản có {count} lỗi: {codes}", f"The document has {count} error(s): {codes}",
            where=report.file,
        )


@attrs.frozen(kw_only=True)
class Report:
    """The outcome of :func:`vnplan.rules.validate` on one document."""

    doctype: str
    mode: str
    profile: str
    findings: tuple[Finding, ...] = ()
    rules: tuple[RuleStatus, ...] = ()
    file: str | None = None

    def _of(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity is severity]

    @property
    def errors(self) -> list[Finding]:
        """Error-level findings."""
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> list[Finding]:
        """Warning-level findings."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> list[Finding]:
        """Info-level findings."""
        return self._of(Severity.INFO)

    @property
    def ok(self) -> bool:
        """Whether no finding is an error."""
        return not self.errors

    @property
    def applicable(self) -> int:
        """How many rules applied to this document."""
        return sum(1 for r in self.rules if r.status is not Status.NOT_APPLICABLE)

    @property
    def evaluated(self) -> int:
        """How many applicable rules were evaluated (passed or failed)."""
        return sum(1 for r in self.rules if r.status in (Status.PASSED, Status.FAILED))

    @property
    def coverage(self) -> float:
        """Evaluated over applicable (1.0 when nothing applied)."""
        return 1.0 if not self.applicable else round(self.evaluated / self.applicable, 4)

    @property
    def full_compliance(self) -> bool:
        """Every applicable rule evaluated and passed."""
        return all(
            r.status in (Status.PASSED, Status.NOT_APPLICABLE) for r in self.rules
        ) and not self.findings

    def status_of(self, code: str) -> RuleStatus | None:
        """The status of one rule, or ``None`` when it was not part of this validation."""
        return next((r for r in self.rules if r.code == code), None)

    def raise_for_errors(self) -> None:
        """Raise :class:`ComplianceError` when the report holds an error-level finding."""
        if not self.ok:
            raise ComplianceError(self)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object as Python data."""
        return {
            "file": self.file,
            "doctype": self.doctype,
            "mode": self.mode,
            "profile": self.profile,
            "summary": {
                "errors": len(self.errors),
                "warnings": len(self.warnings),
                "infos": len(self.infos),
                "evaluated": self.evaluated,
                "applicable": self.applicable,
                "coverage": self.coverage,
                "full_compliance": self.full_compliance,
            },
            "findings": [
                {
                    "code": f.code,
                    "component": f.component.value,
                    "severity": f.severity.value,
                    "message": f.message,
                    "message_en": f.message_en,
                    "path": f.path,
                    "line": f.line,
                    "expected": f.expected,
                    "observed": f.observed,
                    "source": f.source,
                }
                for f in self.findings
            ],
            "rules": [
                {"code": r.code, "status": r.status.value, "reason": r.reason} for r in self.rules
            ],
        }

    def to_json(self) -> str:
        """The contract's JSON object on one line (a JSON Lines record)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)
