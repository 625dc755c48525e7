"""JSON and YAML for every model value, through one cattrs converter; the JSON Schema.

The model classes know nothing about serialization (the cattrs habit): every
hook lives here.  Loading judges shape, never content: a flawed draft (a blank
number, "Lưu VT" without its colon) loads as the flawed draft.  A wrong shape —
a wrong type, an unknown field, an unknown ``doctype`` id — raises
:class:`~vnplan.errors.ShapeError` (or :class:`~vnplan.errors.UnknownDocumentType`)
naming the offending field's path, never a bare ``KeyError`` or ``TypeError``.
Strings are normalised to NFC on loading.

The shapes: every attrs field under its own name; enums by value; tuples as
arrays; a body block as an object whose ``"type"`` is ``"paragraph"``,
``"table"`` or ``"division"``.

>>> import vnplan
>>> doc = vnplan.Document(doctype="KH", number=vnplan.number.parse("12/KH-UBND"))
>>> from_json(to_json(doc), vnplan.Document) == doc
True
>>> from_json('{"doctype": "KH", "number": {"seq": "twelve"}}', vnplan.Document)
Traceback (most recent call last):
...
vnplan.errors.ShapeError: expected an integer, got str @ $.number.seq ...
"""

from __future__ import annotations

import enum
import json
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
import yaml
from cattrs.errors import (
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.v import format_exception, transform_error

from vnplan import doctypes
from vnplan.errors import ParseError, ShapeError, UnknownDocumentType
from vnplan.model import Block, Division, Document, Paragraph, Table
from vnplan.text import nfc

__all__ = [
    "converter",
    "from_json",
    "from_yaml",
    "json_schema",
    "structure",
    "to_json",
    "to_yaml",
    "unstructure",
]

T = TypeVar("T")

_BLOCK_TAGS: dict[str, type[Any]] = {
    "paragraph": Paragraph,
    "table": Table,
    "division": Division,
}
_TAG_OF: dict[type[Any], str] = {cls: tag for tag, cls in _BLOCK_TAGS.items()}


def _strict(kind: type[Any], name: str) -> Callable[[Any, type[Any]], Any]:
    def hook(value: Any, _: type[Any]) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {name}, got a boolean")
        if not isinstance(value, kind):
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return nfc(value) if kind is str else value

    return hook


def _is_tuple(tp: Any) -> bool:
    return tp is tuple or getattr(tp, "__origin__", None) is tuple


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(bool, _strict(bool, "a boolean"))

    def structure_tuple(value: Any, cls: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected an array, got {type(value).__name__}")
        args = get_args(cls)
        if len(args) == 2 and args[1] is Ellipsis:
            kinds = [args[0]] * len(value)
        elif len(value) == len(args):
            kinds = list(args)
        else:
            raise TypeError(f"expected an array of {len(args)} items")
        items: list[Any] = []
        problems: list[Exception] = []
        for index, (item, kind) in enumerate(zip(value, kinds, strict=True)):
            try:
                items.append(conv.structure(item, kind))
            except Exception as exc:
                note = IterableValidationNote(f"Structuring {cls!r} @ index {index}", index, kind)
                exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                problems.append(exc)
        if problems:
            raise IterableValidationError(f"While structuring {cls!r}", problems, cls)
        return tuple(items)

    conv.register_structure_hook_func(_is_tuple, structure_tuple)
    conv.register_unstructure_hook_func(
        _is_tuple, lambda value: [conv.unstructure(item) for item in value]
    )

    for tag, cls in _BLOCK_TAGS.items():
        _register_tagged(conv, cls, tag)

    def structure_block(value: Any, _: Any) -> Block:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        tag = value.get("type")
        cls = _BLOCK_TAGS.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise ValueError(f"'type' must be one of {', '.join(_BLOCK_TAGS)}; got {tag!r}")
        result: Block = conv.structure(value, cls)
        return result

    conv.register_unstructure_hook_func(
        lambda t: t == Block, lambda block: conv.unstructure(block, type(block))
    )
    conv.register_structure_hook_func(lambda t: t == Block, structure_block)
    return conv


def _register_tagged(conv: cattrs.Converter, cls: type[Any], tag: str) -> None:
    """Body blocks carry ``"type": tag`` in their JSON form, wherever they stand."""
    unstructure_fields = make_dict_unstructure_fn(cls, conv)
    structure_fields = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_tagged(value: Any) -> dict[str, Any]:
        return {"type": tag, **unstructure_fields(value)}

    def structure_tagged(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        found = value.get("type", tag)
        if found != tag:
            raise ValueError(f"'type' must be {tag!r} here; got {found!r}")
        return structure_fields({k: v for k, v in value.items() if k != "type"}, cls)

    conv.register_unstructure_hook(cls, unstructure_tagged)
    conv.register_structure_hook(cls, structure_tagged)


def _format_problem(exc: BaseException, tp: type[Any] | None) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown field(s): " + ", ".join(sorted(exc.extra_fields))
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, AttributeError):
        return "expected an object"
    if isinstance(exc, TypeError | ValueError) and str(exc):
        return str(exc)
    return format_exception(exc, tp)


converter: cattrs.Converter = _make_converter()
"""The one converter behind every function here; add hooks for your own types to it."""


def _check_doctypes(value: Any, path: str = "$") -> None:
    if isinstance(value, Document):
        try:
            doctypes.get(value.doctype)
        except UnknownDocumentType as exc:
            where = f"{path}.doctype"
            raise UnknownDocumentType(exc.message, exc.message_en, where=where) from None
        for index, attachment in enumerate(value.attachments):
            _check_doctypes(attachment, f"{path}.attachments[{index}]")


def unstructure(value: Any) -> Any:
    """A model value as plain Python data (dicts, lists, strings, numbers, None)."""
    return converter.unstructure(value, type(value))


def structure(data: Any, cls: type[T]) -> T:
    """Build a ``cls`` value from plain data, or raise :class:`ShapeError` with the path."""
    if attrs.has(cls) and not isinstance(data, Mapping):
        raise ShapeError(
            f"cần một đối tượng (object) {cls.__name__}, nhận được {type(data).__name__}",
            f"expected an object ({cls.__name__}), got {type(data).__name__}",
            where="$",
        )
    try:
        result = converter.structure(data, cls)
    except BaseValidationError as exc:
        problems = transform_error(exc, format_exception=_format_problem)
        raise ShapeError(
            "dữ liệu không đúng cấu trúc: " + "; ".join(problems),
            "; ".join(problems),
            where=problems[0].rsplit(" @ ", 1)[-1] if problems else None,
        ) from exc
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise ShapeError(
            f"dữ liệu không đúng cấu trúc: {exc}",
            f"wrong shape: {exc}",
            where="$",
        ) from exc
    _check_doctypes(result)
    return result


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """A model value as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(unstructure(value), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Load a ``cls`` value from JSON text; :class:`ParseError` if it is not JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"không đọc được JSON: {exc.msg}",
            f"not valid JSON: {exc.msg}",
            where=f"column {exc.colno}",
            line=exc.lineno,
        ) from exc
    except UnicodeDecodeError as exc:
        raise ParseError("JSON không phải UTF-8", "JSON is not UTF-8") from exc
    return structure(data, cls)


_YAML_BREAKS = ("\x85", "\u2028", "\u2029")


class _Dumper(yaml.SafeDumper):
    """SafeDumper that double-quotes strings holding Unicode line breaks.

    PyYAML writes NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR raw inside plain or
    single-quoted scalars and folds them to spaces on loading; in a double-quoted
    scalar they are escaped and come back intact.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if any(mark in value for mark in _YAML_BREAKS):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


def to_yaml(value: Any) -> str:
    """A model value as YAML text (block style, keys in field order)."""
    dumped: str = yaml.dump(
        unstructure(value), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100
    )
    return dumped


def from_yaml(text: str | bytes, cls: type[T]) -> T:
    """Load a ``cls`` value from YAML text; :class:`ParseError` if it is not YAML."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ParseError(
            f"không đọc được YAML: {exc}",
            f"not valid YAML: {exc}",
            line=None if mark is None else mark.line + 1,
        ) from exc
    return structure(data, cls)


# --------------------------------------------------------------------------- JSON Schema


def _is_none(tp: Any) -> bool:
    return tp is type(None) or tp is None


class _SchemaBuilder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, tp: Any) -> dict[str, Any]:
        origin = get_origin(tp)
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if _is_none(tp):
            return {"type": "null"}
        if tp == Block:
            return {"oneOf": [self.ref(cls) for cls in _BLOCK_TAGS.values()]}
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.ref(arg) for arg in get_args(tp)]}
        if origin is tuple:
            args = get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.ref(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.ref(arg) for arg in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            self.defs.setdefault(
                tp.__name__,
                {
                    "enum": [member.value for member in tp],
                    "description": _doc(tp),
                },
            )
            return {"$ref": f"#/$defs/{tp.__name__}"}
        if isinstance(tp, type) and attrs.has(tp):
            if tp.__name__ not in self.defs:
                self.defs[tp.__name__] = {}  # placeholder against recursion
                self.defs[tp.__name__] = self.object_schema(tp)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        raise TypeError(f"no JSON Schema for {tp!r}")

    def object_schema(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls in _TAG_OF:
            properties["type"] = {"const": _TAG_OF[cls]}
            required.append("type")
        for field in attrs.fields(cls):
            properties[field.name] = self.ref(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema: dict[str, Any] = {
            "type": "object",
            "description": _doc(cls),
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            schema["required"] = required
        return schema


def _doc(obj: Any) -> str:
    text = (obj.__doc__ or "").strip()
    return text.split("\n\n", 1)[0].replace("\n", " ")


_SCHEMAS: dict[type[Any], str] = {}


def _schema_for(cls: type[Any]) -> str:
    if cls in _SCHEMAS:
        return _SCHEMAS[cls]
    builder = _SchemaBuilder()
    root = builder.ref(cls)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://vnplan.invalid/schema/{cls.__name__}.json",
        "title": cls.__name__,
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }
    if cls is Document:
        codes = sorted(t.code for t in doctypes.all_types())
        schema["$defs"]["Document"]["properties"]["doctype"] = {
            "type": "string",
            "description": "Official type code (Phụ lục III) or vnplan's id: " + ", ".join(codes),
        }
    _SCHEMAS[cls] = json.dumps(schema, ensure_ascii=False)
    return _SCHEMAS[cls]


def json_schema(cls: type[Any] = Document) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model class's JSON form.

    >>> schema = json_schema(Document)
    >>> schema["$ref"], sorted(schema["$defs"]["Document"]["required"])
    ('#/$defs/Document', ['doctype'])
    """
    result: dict[str, Any] = json.loads(_schema_for(cls))
    return result
