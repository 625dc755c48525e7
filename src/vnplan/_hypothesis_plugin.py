"""The Hypothesis plugin: registers vnplan's strategies for ``st.from_type``.

Hypothesis calls :func:`_register` through the entry point declared in
pyproject.toml (``[project.entry-points.hypothesis] vnplan =
"vnplan._hypothesis_plugin:_register"``) when it is imported, so that with
``vnplan[hypothesis]`` installed ``st.from_type(vnplan.Document)`` draws
documents from :func:`vnplan.strategies.documents`, and likewise for every model
class.  This module must stay tiny and import nothing at module level: it is
loaded whenever Hypothesis is, in every project that has vnplan installed.
"""

from __future__ import annotations


def _register() -> None:
    """Register a strategy for every vnplan model class with Hypothesis (idempotent)."""
    from hypothesis import strategies as st

    from vnplan.strategies import _by_class

    for cls, strategy in _by_class().items():
        st.register_type_strategy(cls, strategy)
