"""Provinces, communes and wards after the 2025 reform, for the place-name rule.

Decree 30, Phụ lục I, Phần I, mục II.4: a local body's date line names the
administrative unit where it sits; a central body names the province-level city
of its seat; units named after a person or a number are written in full.  Since
1 July 2025 local government has two levels (tỉnh, xã/phường/đặc khu).  The unit
list comes from the pinned ``vietnam-provinces`` package, imported on first use
only; :func:`data_version` says which release it is, so a report can cite it.

>>> [p.name for p in find("Thiệu Trung")]
['Xã Thiệu Trung']
>>> find("Thiệu Trung")[0].province
'Thanh Hóa'
>>> place_name(find("Thành phố Hà Nội")[0])
'Hà Nội'
>>> place_name(find("Thành phố Hồ Chí Minh")[0])
'Thành phố Hồ Chí Minh'
"""

from __future__ import annotations

import re
from functools import cache
from importlib import metadata

import attrs

from vnplan.model.organization import Level
from vnplan.text import fold

__all__ = ["Place", "data_version", "find", "place_name", "places"]

_PREFIXES = ("thành phố", "tỉnh", "đặc khu", "phường", "xã")
_NAMED_IN_FULL = frozenset({fold("Thành phố Hồ Chí Minh")})
"""Units named after a person: written in full on the date line (mục II.4)."""


@attrs.frozen(kw_only=True)
class Place:
    """An administrative unit: full ``name`` ("Xã Thiệu Trung"), ``level``, ``province``."""

    name: str
    level: Level
    province: str
    kind: str
    """The unit's type as the data names it: "tỉnh", "thành phố", "xã", "phường", "đặc khu"."""

    @property
    def bare_name(self) -> str:
        """The name without its unit word: "Thiệu Trung", "Hà Nội", "12" for "Phường 12"."""
        return _strip_prefix(self.name)


def _strip_prefix(name: str) -> str:
    lowered = name.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix + " "):
            return name[len(prefix) + 1 :]
    return name


def data_version() -> str:
    """The installed ``vietnam-provinces`` release (its data's date, e.g. "2025.10.1")."""
    return metadata.version("vietnam-provinces")


@cache
def places() -> tuple[Place, ...]:
    """Every province-level and commune-level unit, provinces first."""
    from vietnam_provinces import Province, Ward

    result: list[Place] = []
    province_names: dict[object, str] = {}
    for province in Province.iter_all():
        bare = _strip_prefix(province.name)
        province_names[province.code] = bare
        kind = str(province.division_type.value)
        result.append(Place(name=province.name, level=Level.PROVINCE, province=bare, kind=kind))
    for ward in Ward.iter_all():
        kind = str(ward.division_type.value)
        seat = province_names.get(ward.province_code, "")
        result.append(Place(name=ward.name, level=Level.COMMUNE, province=seat, kind=kind))
    return tuple(result)


@cache
def _index() -> dict[str, tuple[Place, ...]]:
    index: dict[str, list[Place]] = {}
    for place in places():
        for key in {fold(place.name), fold(place.bare_name)}:
            index.setdefault(key, []).append(place)
    return {key: tuple(found) for key, found in index.items()}


def find(name: str, *, level: Level | None = None) -> list[Place]:
    """Units whose full or bare name is ``name`` (any case, either tone style).

    A bare name may match several units ("Yên Nghĩa" is a ward of Hà Nội, and
    other provinces have namesakes): the caller narrows by ``level`` or province.
    """
    found = _index().get(fold(name), ())
    return [p for p in found if level is None or p.level is level]


_NUMBERED = re.compile(r"^\d+$")


def place_name(place: Place) -> str:
    """The place name a body seated in ``place`` writes on its date line.

    The bare name, except for units named after a person or a number, which
    are written in full ("Thành phố Hồ Chí Minh", "Phường 12").
    """
    if fold(place.name) in _NAMED_IN_FULL or _NUMBERED.match(place.bare_name):
        return place.name
    return place.bare_name
