"""Loads the built-in rule families: every public module of this package, in name order.

Each family module (``header``, ``number``, ``recipients``, …) registers its rules
with the :func:`~vnplan.rules.rule` decorator when imported.
"""

from __future__ import annotations

import importlib
import pkgutil

import vnplan.rules as _package

for _module in sorted(pkgutil.iter_modules(_package.__path__), key=lambda m: m.name):
    if not _module.name.startswith("_"):
        importlib.import_module(f"vnplan.rules.{_module.name}")
