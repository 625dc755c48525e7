"""The errors vnplan raises on purpose.

Everything raised deliberately derives from :class:`VnplanError`, which carries
*what* went wrong (a Vietnamese message with an English twin) and *where*
(a component, a dotted path, a line).  Errors about a bad value also derive from
:class:`ValueError`, so ``except ValueError`` keeps working for callers that do
not know vnplan.

A finding is not an error: readers and rules *return* findings.  Errors are for
input that cannot be used at all (a wrong JSON shape, an unknown document type,
a strict ``number.validate`` on a malformed ký hiệu).

>>> try:
...     raise InvalidFormat("sai định dạng", "bad format", where="number")
... except ValueError as exc:
...     print(exc)
bad format (sai định dạng) [at number]
"""

from __future__ import annotations

__all__ = [
    "InvalidComponent",
    "InvalidFormat",
    "ParseError",
    "ShapeError",
    "UnknownDocumentType",
    "UnsafeInputError",
    "VnplanError",
]


class VnplanError(Exception):
    """Base of every error vnplan raises on purpose.

    ``message`` is Vietnamese, ``message_en`` its English twin; ``where`` names
    the component or the dotted path of the offending value; ``line`` is the
    1-based line of the source text when there is one.
    """

    def __init__(
        self,
        message: str,
        message_en: str | None = None,
        *,
        where: str | None = None,
        line: int | None = None,
    ) -> None:
        self.message = message
        self.message_en = message_en if message_en is not None else message
        self.where = where
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = self.message_en
        if self.message != self.message_en:
            text += f" ({self.message})"
        place = []
        if self.where:
            place.append(f"at {self.where}")
        if self.line is not None:
            place.append(f"line {self.line}")
        if place:
            text += " [" + ", ".join(place) + "]"
        return text


class InvalidFormat(VnplanError, ValueError):
    """A value does not have the shape its rule prescribes (stdnum's InvalidFormat)."""


class InvalidComponent(VnplanError, ValueError):
    """A part of a value (a type code, a sequence number) is not acceptable."""


class ShapeError(VnplanError, ValueError):
    """Serialized data does not have the shape of the model (wrong type, unknown field)."""


class UnknownDocumentType(VnplanError, ValueError):
    """A document type id that no registered :class:`~vnplan.doctypes.DocumentType` has."""


class ParseError(VnplanError, ValueError):
    """A file could not be read as the format it claims to be."""


class UnsafeInputError(VnplanError, ValueError):
    """An input was refused because reading it could harm the reader (zip bombs, entities)."""
