"""Example documents the vnplan developers wrote themselves, as YAML.

They are made-up (the commune "Phú Lợi" does not exist) and exist for the
docs, the ``python -m vnplan`` tour and tests.  Real documents (the seeds and
the corpus) are other people's texts and are never bundled.

>>> sorted(names())
['cong-van-xa-phu-loi', 'ke-hoach-xa-phu-loi', 'quyet-dinh-xa-phu-loi']
>>> load("ke-hoach-xa-phu-loi").doctype
'KH'
"""

from __future__ import annotations

from importlib import resources

from vnplan.model import Document

__all__ = ["load", "names", "text"]


def names() -> list[str]:
    """The names of the bundled examples (file names without ``.yaml``)."""
    folder = resources.files(__name__)
    return sorted(
        entry.name.removesuffix(".yaml")
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml")
    )


def text(name: str) -> str:
    """The YAML text of one example; :class:`KeyError` for an unknown name."""
    if name not in names():
        raise KeyError(f"no bundled example {name!r}; try one of {', '.join(names())}")
    return (resources.files(__name__) / f"{name}.yaml").read_text(encoding="utf-8")


def load(name: str) -> Document:
    """One example as a :class:`~vnplan.model.Document`."""
    from vnplan.serialize import from_yaml

    return from_yaml(text(name), Document)
