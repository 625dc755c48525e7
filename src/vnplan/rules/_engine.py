"""The rule engine: the registry of rules, the context they see, and ``validate``.

A rule is one registered check with a stable code (a variant per document type
is the same rule).  Its metadata says which component it concerns, its default
severity, the modes it runs in, its legal source (an article or appendix
section of Decree 30, or "practice" — practice rules are warnings or infos,
never errors) and the period it is in force.  Its check is a small pure
function of a :class:`Context` that yields :class:`Hit` values, one per
occurrence; it raises :class:`NotApplicable` when the document has nothing it
judges and :class:`NotEvaluated` when it cannot judge (missing data).  A check
that crashes is reported "not evaluated" with the reason, never propagated.

This module never reads, renders or changes a document.
"""

from __future__ import annotations

import datetime as _dt
import enum
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from vnplan.findings import Component, Finding, Severity
from vnplan.model import Document

__all__ = [
    "PRACTICE",
    "Context",
    "Hit",
    "Mode",
    "NotApplicable",
    "NotEvaluated",
    "Rule",
    "all_rules",
    "get_rule",
    "rule",
    "unregister",
]

PRACTICE = "practice"
"""The legal source of a rule that rests on practice, not on the decree's text."""


class Mode(enum.Enum):
    """``final``: the document as issued; ``draft``: number, day and signer may be blank."""

    FINAL = "final"
    DRAFT = "draft"


class NotApplicable(Exception):
    """Raised by a check when the document holds nothing the rule judges."""


class NotEvaluated(Exception):
    """Raised by a check that cannot judge (data it needs is missing); carries the reason."""


@attrs.frozen(kw_only=True)
class Hit:
    """One occurrence a check found; the engine makes it a :class:`Finding`."""

    message: str
    message_en: str
    path: str | None = None
    line: int | None = None
    expected: str | None = None
    observed: str | None = None
    severity: Severity | None = None
    """Overrides the rule's severity for this occurrence (e.g. an info in draft mode)."""


Check = Callable[["Context"], Iterable[Hit]]


@attrs.frozen(kw_only=True)
class Rule:
    """A registered rule: metadata and its check."""

    code: str
    component: Component
    severity: Severity
    source: str
    title: str
    title_en: str
    check: Check = attrs.field(eq=False, repr=False)
    modes: frozenset[Mode] = frozenset(Mode)
    doctypes: frozenset[str] | None = None
    """The document types the rule applies to; ``None``: all."""
    effective_from: _dt.date | None = None
    effective_to: _dt.date | None = None

    @property
    def practice(self) -> bool:
        """Whether the rule rests on practice rather than on the decree's text."""
        return self.source == PRACTICE


@attrs.define
class Context:
    """What a check sees: the document, the mode, the profile's settings, cached views."""

    document: Document
    mode: Mode
    settings: dict[str, Any] = attrs.Factory(dict)
    _cache: dict[str, Any] = attrs.Factory(dict)

    @property
    def draft(self) -> bool:
        """Whether blanks a draft may leave are tolerated (as infos)."""
        return self.mode is Mode.DRAFT

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        """A value computed once per validation (a lifted plan, the body's text)."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def issue_date(self) -> _dt.date | None:
        """The document's date of issue when complete, else ``None``."""
        line = self.document.issue_line
        return None if line is None else line.date.to_date()

    def blank_severity(self) -> Severity:
        """The severity of a blank a draft may leave: info in draft mode, error in final."""
        return Severity.INFO if self.draft else Severity.ERROR


_lock = threading.Lock()
_RULES: dict[str, Rule] = {}


def rule(
    code: str,
    *,
    component: Component,
    severity: Severity,
    source: str,
    title: str,
    title_en: str,
    modes: Iterable[Mode] = tuple(Mode),
    doctypes: Iterable[str] | None = None,
    effective_from: _dt.date | None = None,
    effective_to: _dt.date | None = None,
) -> Callable[[Check], Check]:
    """Register the decorated check as a rule and return it unchanged.

    A practice rule (``source=PRACTICE``) may not be an error.
    """
    if source == PRACTICE and severity is Severity.ERROR:
        raise ValueError(f"rule {code}: a practice rule is a warning or an info, not an error")

    def register(check: Check) -> Check:
        entry = Rule(
            code=code, component=component, severity=severity, source=source, title=title,
            title_en=title_en, check=check, modes=frozenset(modes),
            doctypes=None if doctypes is None else frozenset(doctypes),
            effective_from=effective_from, effective_to=effective_to,
        )
        with _lock:
            if code in _RULES and _RULES[code].check is not check:
                raise ValueError(f"rule code {code!r} is already registered")
            _RULES[code] = entry
        return check

    return register


def unregister(code: str) -> Rule:
    """Remove a rule from the registry and return it; :class:`KeyError` if none.

    For users who replace a built-in rule with their own, and for tests.
    """
    _load_builtin()
    with _lock:
        return _RULES.pop(code)


def all_rules() -> Iterator[Rule]:
    """Every registered rule, in registration order."""
    _load_builtin()
    return iter(list(_RULES.values()))


def get_rule(code: str) -> Rule:
    """The rule with this code; :class:`KeyError` if none."""
    _load_builtin()
    return _RULES[code]


_loaded = False


def _load_builtin() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from vnplan.rules import _catalogue  # noqa: F401  (registers the built-in rules)


def to_finding(entry: Rule, hit: Hit, severity: Severity) -> Finding:
    """The finding one hit of a rule gives."""
    return Finding(
        code=entry.code, component=entry.component, severity=hit.severity or severity,
        message=hit.message, message_en=hit.message_en, path=hit.path, line=hit.line,
        expected=hit.expected, observed=hit.observed, source=entry.source,
    )
