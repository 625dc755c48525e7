"""Validation: the Decree 30 rule catalogue, and reports other tools can consume.

``validate(document, mode="final", profile="nd30")`` runs every registered rule
that applies to the document and returns a :class:`Report`: findings with a
stable code, severity, location and a message in Vietnamese and English, a
status per rule (passed, failed, not applicable, not evaluated with the
reason), counts and coverage.  It never raises on a Document the model can
hold: a rule that crashes is reported "not evaluated".

>>> from vnplan import rules
>>> from vnplan.model import Document
>>> report = rules.validate(Document(doctype="KH"), mode="draft")
>>> report.ok, report.full_compliance
(False, False)
"""

from __future__ import annotations

from collections.abc import Iterable

from vnplan.findings import Finding, Severity
from vnplan.model import Document
from vnplan.rules._engine import (
    PRACTICE,
    Context,
    Hit,
    Mode,
    NotApplicable,
    NotEvaluated,
    Rule,
    all_rules,
    get_rule,
    rule,
    to_finding,
    unregister,
)
from vnplan.rules._profiles import Profile, get_profile, profiles, register_profile
from vnplan.rules._report import ComplianceError, Report, RuleStatus, Status

__all__ = [
    "PRACTICE",
    "ComplianceError",
    "Context",
    "Hit",
    "Mode",
    "NotApplicable",
    "NotEvaluated",
    "Profile",
    "Report",
    "Rule",
    "RuleStatus",
    "Status",
    "all_rules",
    "get_profile",
    "get_rule",
    "profiles",
    "register_profile",
    "rule",
    "unregister",
    "validate",
]


def _severity(entry: Rule, hit_severity: Severity | None, profile: Profile) -> Severity:
    severity = profile.severity.get(entry.code, hit_severity or entry.severity)
    if profile.outside_scope and severity is Severity.ERROR:
        return Severity.WARNING
    return severity


def validate(
    document: Document,
    *,
    mode: str | Mode = "final",
    profile: str | Profile = "nd30",
    disabled: Iterable[str] = (),
    findings: Iterable[Finding] = (),
    file: str | None = None,
) -> Report:
    """Check ``document`` against every rule that applies; never raises on a Document.

    ``findings`` are a reader's findings, carried into the report as they are;
    ``disabled`` rules report "not evaluated (disabled)" and the document cannot
    be in full compliance.  An unknown mode or profile raises
    :class:`~vnplan.errors.VnplanError` (a wrong argument, not a finding).
    """
    from vnplan.errors import VnplanError

    try:
        run_mode = mode if isinstance(mode, Mode) else Mode(mode)
    except ValueError:
        raise VnplanError(
            f"chế độ {mode!r} không hợp lệ (final hoặc draft)",
            f"unknown mode {mode!r} (final or draft)",
            where="mode",
        ) from None
    chosen = profile if isinstance(profile, Profile) else get_profile(profile)
    off = set(disabled)
    context = Context(document=document, mode=run_mode, settings=dict(chosen.settings))
    carried = list(findings)
    seen = {(f.component, f.path) for f in carried if f.path is not None}
    out: list[Finding] = []
    statuses: list[RuleStatus] = []
    for entry in all_rules():
        status = _run(entry, context, chosen, off, out)
        statuses.append(status)
    # One finding per occurrence: a reader's finding stands for a rule's at the same place.
    out = carried + [f for f in out if (f.component, f.path) not in seen]
    return Report(
        doctype=document.doctype, mode=run_mode.value, profile=chosen.name,
        findings=tuple(out), rules=tuple(statuses), file=file,
    )


def _run(entry: Rule, context: Context, profile: Profile, off: set[str],
         out: list[Finding]) -> RuleStatus:
    document = context.document
    if entry.doctypes is not None and document.doctype not in entry.doctypes:
        return RuleStatus(code=entry.code, status=Status.NOT_APPLICABLE,
                          reason=f"not for {document.doctype}")
    if context.mode not in entry.modes:
        return RuleStatus(code=entry.code, status=Status.NOT_APPLICABLE,
                          reason=f"not in {context.mode.value} mode")
    issued = context.issue_date()
    if issued is not None and (
        (entry.effective_from is not None and issued < entry.effective_from)
        or (entry.effective_to is not None and issued > entry.effective_to)
    ):
        return RuleStatus(code=entry.code, status=Status.NOT_APPLICABLE,
                          reason="not in force on the date of issue")
    if entry.code in off:
        return RuleStatus(code=entry.code, status=Status.NOT_EVALUATED, reason="disabled")
    try:
        hits = list(entry.check(context))
    except NotApplicable as exc:
        return RuleStatus(code=entry.code, status=Status.NOT_APPLICABLE,
                          reason=str(exc) or None)
    except NotEvaluated as exc:
        return RuleStatus(code=entry.code, status=Status.NOT_EVALUATED,
                          reason=str(exc) or "not evaluated")
    except Exception as exc:  # a crashing rule must not take the report down
        return RuleStatus(code=entry.code, status=Status.NOT_EVALUATED,
                          reason=f"rule crashed: {type(exc).__name__}: {exc}")
    for hit in hits:
        out.append(to_finding(entry, hit, _severity(entry, hit.severity, profile)))
    return RuleStatus(code=entry.code, status=Status.FAILED if hits else Status.PASSED)
