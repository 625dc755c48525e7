"""The catalogue of document types (Decree 30, Điều 7 and Phụ lục III, mục I) and its registry.

Each :class:`DocumentType` names the official code used in the ký hiệu, the
Vietnamese and English names, and which components (the contract's component
names) the type requires, allows only optionally, or forbids.  Types without an
official code get a stable id of ours: ``"CV"`` for công văn and ``"THU"`` for
thư công; they have ``number_code=None``.

Other packages add types through the entry-point group ``vnplan.doctypes``:
each entry point names a :class:`DocumentType` or an iterable of them, loaded
the first time the registry is read.

>>> get("KH").name_vi
'Kế hoạch'
>>> get("CV").number_code is None
True
>>> by_name("KẾ HOẠCH").code
'KH'
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from importlib import metadata

import attrs

from vnplan.errors import UnknownDocumentType
from vnplan.text import fold

__all__ = [
    "COMPONENTS",
    "DocumentType",
    "all_types",
    "by_name",
    "get",
    "register",
]

COMPONENTS: frozenset[str] = frozenset(
    {
        "header",
        "number",
        "issue_line",
        "title",
        "abstract",
        "authority_line",
        "addressees",
        "basis",
        "enacting_formula",
        "body",
        "signature",
        "seal",
        "recipients",
        "marks",
        "appendix",
    }
)
"""Component names a document type can require or forbid."""

_ALWAYS = frozenset({"header", "number", "body", "signature", "recipients"})


def _components(value: Iterable[str]) -> frozenset[str]:
    names = frozenset(value)
    unknown = names - COMPONENTS
    if unknown:
        listed = ", ".join(sorted(unknown))
        raise ValueError(f"unknown component(s): {listed}")
    return names


@attrs.frozen(kw_only=True)
class DocumentType:
    """A document type and the components its form requires or forbids.

    ``code`` is the id used in :attr:`vnplan.Document.doctype`; ``number_code``
    the code written in the ký hiệu (``None`` for types without one);
    ``copy`` marks the three kinds of copy (bản sao).
    """

    code: str
    name_vi: str
    name_en: str
    number_code: str | None
    requires: frozenset[str] = attrs.field(converter=_components, default=_ALWAYS)
    forbids: frozenset[str] = attrs.field(converter=_components, default=frozenset())
    copy: bool = False
    template: str | None = None
    """The template of Phụ lục III, mục II that shows this type ("Mẫu 1.4")."""

    @property
    def title_text(self) -> str:
        """The type name as a title line prints it: upper case."""
        return self.name_vi.upper()


_TYPED = _ALWAYS | {"issue_line", "title", "abstract"}
_DECISION = _TYPED | {"authority_line", "enacting_formula"}
_NO_ADDRESSEES = frozenset({"addressees"})

_CATALOGUE: tuple[DocumentType, ...] = (
    DocumentType(code="NQ", name_vi="Nghị quyết", name_en="Resolution", number_code="NQ",
                 requires=_DECISION, forbids=_NO_ADDRESSEES, template="Mẫu 1.1"),
    DocumentType(code="QĐ", name_vi="Quyết định", name_en="Decision", number_code="QĐ",
                 requires=_DECISION, forbids=_NO_ADDRESSEES, template="Mẫu 1.2"),
    DocumentType(code="CT", name_vi="Chỉ thị", name_en="Directive", number_code="CT",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="QC", name_vi="Quy chế", name_en="Regulation", number_code="QC",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="QyĐ", name_vi="Quy định", name_en="Rules", number_code="QyĐ",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="TC", name_vi="Thông cáo", name_en="Communiqué", number_code="TC",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="TB", name_vi="Thông báo", name_en="Notice", number_code="TB",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="HD", name_vi="Hướng dẫn", name_en="Guidance", number_code="HD",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="CTr", name_vi="Chương trình", name_en="Programme", number_code="CTr",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="KH", name_vi="Kế hoạch", name_en="Plan", number_code="KH",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="PA", name_vi="Phương án", name_en="Scheme", number_code="PA",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="ĐA", name_vi="Đề án", name_en="Project proposal", number_code="ĐA",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="DA", name_vi="Dự án", name_en="Project", number_code="DA",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="BC", name_vi="Báo cáo", name_en="Report", number_code="BC",
                 requires=_TYPED, template="Mẫu 1.4"),
    DocumentType(code="BB", name_vi="Biên bản", name_en="Minutes", number_code="BB",
                 requires=_ALWAYS | {"title", "abstract"},
                 forbids=_NO_ADDRESSEES | {"issue_line"}, template="Mẫu 1.9"),
    DocumentType(code="TTr", name_vi="Tờ trình", name_en="Submission", number_code="TTr",
                 requires=_TYPED, template="Mẫu 1.4"),
    DocumentType(code="HĐ", name_vi="Hợp đồng", name_en="Contract", number_code="HĐ",
                 requires=_TYPED, forbids=_NO_ADDRESSEES),
    DocumentType(code="CĐ", name_vi="Công điện", name_en="Official telegram", number_code="CĐ",
                 requires=_TYPED, template="Mẫu 1.6"),
    DocumentType(code="BGN", name_vi="Bản ghi nhớ", name_en="Memorandum of understanding",
                 number_code="BGN", requires=_TYPED, forbids=_NO_ADDRESSEES),
    DocumentType(code="BTT", name_vi="Bản thỏa thuận", name_en="Agreement", number_code="BTT",
                 requires=_TYPED, forbids=_NO_ADDRESSEES),
    DocumentType(code="GUQ", name_vi="Giấy ủy quyền", name_en="Power of attorney",
                 number_code="GUQ", requires=_TYPED, forbids=_NO_ADDRESSEES,
                 template="Mẫu 1.4"),
    DocumentType(code="GM", name_vi="Giấy mời", name_en="Invitation", number_code="GM",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.7"),
    DocumentType(code="GGT", name_vi="Giấy giới thiệu", name_en="Letter of introduction",
                 number_code="GGT", requires=_ALWAYS | {"issue_line", "title"},
                 forbids=_NO_ADDRESSEES | {"abstract"}, template="Mẫu 1.8"),
    DocumentType(code="GNP", name_vi="Giấy nghỉ phép", name_en="Leave permit",
                 number_code="GNP", requires=_TYPED, forbids=_NO_ADDRESSEES,
                 template="Mẫu 1.10"),
    DocumentType(code="PG", name_vi="Phiếu gửi", name_en="Dispatch slip", number_code="PG",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="PC", name_vi="Phiếu chuyển", name_en="Transfer slip", number_code="PC",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="PB", name_vi="Phiếu báo", name_en="Notification slip", number_code="PB",
                 requires=_TYPED, forbids=_NO_ADDRESSEES, template="Mẫu 1.4"),
    DocumentType(code="CV", name_vi="Công văn", name_en="Official letter", number_code=None,
                 requires=_ALWAYS | {"issue_line", "abstract", "addressees"},
                 forbids=frozenset({"title"}), template="Mẫu 1.5"),
    DocumentType(code="THU", name_vi="Thư công", name_en="Public letter", number_code=None,
                 requires=frozenset({"header", "body", "signature"})),
    DocumentType(code="SY", name_vi="Bản sao y", name_en="True copy", number_code="SY",
                 copy=True, requires=frozenset({"header", "number", "issue_line", "signature"}),
                 template="Mẫu 3.1"),
    DocumentType(code="TrS", name_vi="Bản trích sao", name_en="Extract copy",
                 number_code="TrS", copy=True,
                 requires=frozenset({"header", "number", "issue_line", "signature"}),
                 template="Mẫu 3.1"),
    DocumentType(code="SL", name_vi="Bản sao lục", name_en="Transcribed copy",
                 number_code="SL", copy=True,
                 requires=frozenset({"header", "number", "issue_line", "signature"}),
                 template="Mẫu 3.1"),
)

_lock = threading.Lock()
_registry: dict[str, DocumentType] = {t.code: t for t in _CATALOGUE}
_plugins_loaded = False


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    with _lock:
        if _plugins_loaded:
            return
        _plugins_loaded = True
        for entry in metadata.entry_points(group="vnplan.doctypes"):
            loaded = entry.load()
            items = [loaded] if isinstance(loaded, DocumentType) else list(loaded)
            for item in items:
                if not isinstance(item, DocumentType):
                    raise TypeError(
                        f"entry point {entry.name!r} gave {type(item).__name__}, "
                        "not a DocumentType"
                    )
                _registry.setdefault(item.code, item)


def register(doctype: DocumentType, *, replace: bool = False) -> DocumentType:
    """Add a document type to the registry and return it.

    Registering a code that exists raises :class:`ValueError` unless
    ``replace`` is true (the decree's own catalogue can be replaced only on
    purpose).

    >>> t = register(DocumentType(code="XDEMO", name_vi="Phiếu thử", name_en="Demo slip",
    ...                           number_code="PT"))
    >>> get("XDEMO") is t
    True
    """
    with _lock:
        if doctype.code in _registry and not replace:
            raise ValueError(f"document type {doctype.code!r} is already registered")
        _registry[doctype.code] = doctype
    return doctype


def get(code: str) -> DocumentType:
    """The registered type with this id; :class:`UnknownDocumentType` if none."""
    _load_plugins()
    try:
        return _registry[code]
    except KeyError:
        raise UnknownDocumentType(
            f"không có loại văn bản {code!r}",
            f"unknown document type {code!r}",
            where="doctype",
        ) from None


def all_types() -> Iterator[DocumentType]:
    """Every registered type, the decree's catalogue first."""
    _load_plugins()
    return iter(list(_registry.values()))


def by_name(name: str) -> DocumentType | None:
    """The type whose Vietnamese name is ``name`` (any case, either tone style)."""
    key = fold(name)
    for doctype in all_types():
        if fold(doctype.name_vi) == key:
            return doctype
    return None
