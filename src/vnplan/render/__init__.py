"""Renderers: functions from a :class:`~vnplan.model.Document` to text or bytes.

Each renderer is a plain function, ``render.text(doc) -> str`` today; the page
renderers (``docx``, ``markdown``, ``html``) join it with one import line each.
The code lives in private modules (``_text.py``, …) so that ``render.text`` is
always the function, never a module.

A renderer prints what the document holds, as the source printed it where the
document records that (``raw``), else in canonical form.  It must never
validate (that is :mod:`vnplan.rules`), never read or parse text (that is
:mod:`vnplan.read`), and never raise on a document the model can hold.

>>> from vnplan import render
>>> from vnplan.model import Document, Title
>>> print(render.text(Document(doctype="KH", national=None, title=Title(text="KẾ HOẠCH"))), end="")
KẾ HOẠCH
"""

from __future__ import annotations

from vnplan.render._text import text

__all__ = ["text"]
