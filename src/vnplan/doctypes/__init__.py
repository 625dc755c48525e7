"""Document types: the decree's catalogue, the registry users extend, typed views.

See :mod:`vnplan.doctypes.registry` for the catalogue and
:mod:`vnplan.doctypes.plan` for the plan (Kế hoạch) view and builder.
"""

from __future__ import annotations

from vnplan.doctypes.registry import (
    COMPONENTS,
    DocumentType,
    all_types,
    by_name,
    get,
    register,
)

__all__ = ["COMPONENTS", "DocumentType", "all_types", "by_name", "get", "register"]
