"""Profiles: named sets of rule settings (Decree 30 for state bodies, and others).

``nd30`` (the default) applies the decree to state bodies.  ``non-state`` serves
socio-political bodies (MTTQ, unions), which stand outside the decree's scope
(Điều 2: they apply it "cho phù hợp"), so there every rule counts as practice:
its errors become warnings.  Organisation profiles may add settings or raise
severities; within the decree's scope a profile may lower a decree rule only
through an exception the decree itself grants (recorded in ``settings``).
Other packages add profiles through the entry-point group ``vnplan.profiles``.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

import attrs

from vnplan.errors import VnplanError
from vnplan.findings import Severity

__all__ = ["DECREE_EXCEPTIONS", "Profile", "get_profile", "profiles", "register_profile"]


@attrs.frozen(kw_only=True)
class Profile:
    """A named set of rule settings.

    ``severity`` overrides a rule's severity by code; ``outside_scope`` makes
    every decree rule count as practice (errors become warnings); ``settings``
    are read by rules (e.g. ``{"academic_titles_allowed": True}``).
    """

    name: str
    description: str
    severity: dict[str, Severity] = attrs.field(factory=dict)
    outside_scope: bool = False
    settings: dict[str, Any] = attrs.field(factory=dict)


_PROFILES: dict[str, Profile] = {
    "nd30": Profile(
        name="nd30",
        description="Decree 30/2020/NĐ-CP for state bodies (cơ quan, tổ chức nhà nước).",
    ),
    "non-state": Profile(
        name="non-state",
        description="Socio-political bodies outside the decree's scope: its rules count as "
        "practice, errors become warnings.",
        outside_scope=True,
    ),
}
_loaded = False


def _load_plugins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for entry in metadata.entry_points(group="vnplan.profiles"):
        loaded = entry.load()
        if isinstance(loaded, Profile):
            _PROFILES.setdefault(loaded.name, loaded)


DECREE_EXCEPTIONS: frozenset[str] = frozenset({"signature.academic-title"})
"""Decree rules a profile may lower: the decree itself lets the heads of the armed forces,
education, health and science sectors allow ranks and degrees before a signer's name
(Phụ lục I, Phần I, mục II.7.c)."""

_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _check_overrides(profile: Profile) -> None:
    from vnplan.rules._engine import get_rule

    for code, severity in profile.severity.items():
        try:
            entry = get_rule(code)
        except KeyError:
            raise ValueError(f"profile {profile.name!r} names an unknown rule {code!r}") from None
        lowers = _RANK[severity] < _RANK[entry.severity]
        if lowers and not entry.practice and not profile.outside_scope and (
            code not in DECREE_EXCEPTIONS
        ):
            raise ValueError(
                f"profile {profile.name!r} lowers the decree rule {code!r}: within the decree's "
                "scope a profile may lower a decree rule only through an exception the decree "
                "grants (see DECREE_EXCEPTIONS); disable it instead, which reports it "
                "'not evaluated'"
            )


def register_profile(profile: Profile, *, replace: bool = False) -> Profile:
    """Add a profile; :class:`ValueError` if its name is taken (unless ``replace``).

    Within the decree's scope, a profile may raise any rule's severity but lower a
    decree rule only through an exception the decree grants (:data:`DECREE_EXCEPTIONS`).

    >>> strict = register_profile(Profile(name="doc-strict", description="stricter",
    ...                                   severity={"plan.funding-section": Severity.ERROR}))
    >>> get_profile("doc-strict").severity["plan.funding-section"].value
    'error'
    >>> register_profile(Profile(name="doc-lax", description="lax",
    ...                          severity={"recipients.archive-colon": Severity.INFO}))
    Traceback (most recent call last):
    ...
    ValueError: profile 'doc-lax' lowers the decree rule 'recipients.archive-colon': ...
    """
    _check_overrides(profile)
    if profile.name in _PROFILES and not replace:
        raise ValueError(f"profile {profile.name!r} is already registered")
    _PROFILES[profile.name] = profile
    return profile


def get_profile(name: str) -> Profile:
    """The profile of this name; :class:`VnplanError` naming the known ones if none."""
    _load_plugins()
    try:
        return _PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(_PROFILES))
        raise VnplanError(
            f"không có hồ sơ quy tắc {name!r} (có: {known})",
            f"unknown profile {name!r} (known: {known})",
            where="profile",
        ) from None


def profiles() -> list[Profile]:
    """Every registered profile."""
    _load_plugins()
    return list(_PROFILES.values())
