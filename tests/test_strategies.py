"""Tests of vnplan.strategies: each strategy draws its class, NFC text, content_of, round trips."""

from __future__ import annotations

import enum
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, find, given, note, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import vnplan.model as m
from vnplan import number, serialize, strategies
from vnplan._hypothesis_plugin import _register
from vnplan.errors import UnknownDocumentType
from vnplan.model import content_of

RAW_FIELDS = frozenset({"raw", "name_raw", "motto_raw"})

# (strategy, the class it draws): every public strategy of the module.
PAIRS: list[tuple[Callable[[], st.SearchStrategy[Any]], type[Any]]] = [
    (strategies.sources, m.Source),
    (strategies.joins, m.Join),
    (strategies.organizations, m.Organization),
    (strategies.document_numbers, m.DocumentNumber),
    (strategies.partial_dates, m.PartialDate),
    (strategies.issue_lines, m.IssueLine),
    (strategies.national_headers, m.NationalHeader),
    (strategies.titles, m.Title),
    (strategies.abstracts, m.Abstract),
    (strategies.authority_lines, m.AuthorityLine),
    (strategies.enacting_formulas, m.EnactingFormula),
    (strategies.addressee_entries, m.Addressee),
    (strategies.addressees, m.Addressees),
    (strategies.citations, m.Citation),
    (strategies.basis_entries, m.BasisEntry),
    (strategies.runs, m.Run),
    (strategies.paragraphs, m.Paragraph),
    (strategies.table_cells, m.TableCell),
    (strategies.table_rows, m.TableRow),
    (strategies.tables, m.Table),
    (strategies.divisions, m.Division),
    (strategies.bodies, m.Body),
    (strategies.authority_steps, m.AuthorityStep),
    (strategies.seals, m.Seal),
    (strategies.electronic_signatures, m.ElectronicSignature),
    (strategies.signatures, m.Signature),
    (strategies.recipient_entries, m.Recipient),
    (strategies.archive_lines, m.ArchiveLine),
    (strategies.recipients, m.Recipients),
    (strategies.marks, m.Marks),
    (strategies.addresses, m.Address),
    (strategies.appendices, m.Appendix),
    (strategies.documents, m.Document),
]
IDS = [cls.__name__ for _, cls in PAIRS]

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# For ``find``: return the first example found; shrinking (and Hypothesis's "explain"
# phase) would redraw whole documents hundreds of times for nothing.
SEARCH = settings(
    max_examples=3000, database=None, deadline=None, phases=[Phase.generate], derandomize=True
)


def values(value: Any) -> Iterator[tuple[str, Any]]:
    """Every (field name, value) pair inside a model value, depth first."""
    if isinstance(value, tuple):
        for item in value:
            yield from values(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            current = getattr(value, field.name)
            yield field.name, current
            yield from values(current)


def strings(value: Any) -> Iterator[str]:
    """Every string inside a model value (enum values excluded)."""
    if isinstance(value, str):
        yield value
    for _, item in values(value):
        if isinstance(item, str) and not isinstance(item, enum.Enum):
            yield item
        elif isinstance(item, tuple):
            yield from (x for x in item if isinstance(x, str))


def same_content(a: Any, b: Any, path: str = "$") -> None:
    """Assert that ``a`` and ``b`` agree on every field except raw texts and sources."""
    if isinstance(a, tuple):
        assert isinstance(b, tuple) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same_content(x, y, f"{path}[{i}]")
    elif attrs.has(type(a)):
        assert type(a) is type(b), path
        for field in attrs.fields(type(a)):
            if field.name not in RAW_FIELDS | {"source"}:
                same_content(getattr(a, field.name), getattr(b, field.name), f"{path}.{field.name}")
    else:
        assert a == b, path


# --------------------------------------------------------------------------- shapes


def test_every_strategy_is_listed() -> None:
    assert sorted(f.__name__ for f, _ in PAIRS) == sorted(strategies.__all__)


@pytest.mark.parametrize(("make", "cls"), PAIRS, ids=IDS)
@FAST
@given(data=st.data())
def test_strategy_draws_its_class_in_nfc(
    make: Callable[[], st.SearchStrategy[Any]], cls: type[Any], data: st.DataObject
) -> None:
    value = data.draw(make(), label=cls.__name__)
    assert type(value) is cls
    for text in strings(value):
        assert unicodedata.is_normalized("NFC", text), ascii(text)


@settings(max_examples=30, deadline=None)
@given(strategies.documents(doctype="KH"))
def test_documents_of_one_type(doc: m.Document) -> None:
    assert doc.doctype == "KH"
    for attachment in doc.attachments:
        assert attachment.attachments == ()


@pytest.mark.parametrize("code", ["CV", "QĐ", "TTr"])
def test_documents_reach_several_types(code: str) -> None:
    doc = find(strategies.documents(), lambda d: d.doctype == code, settings=SEARCH)
    assert doc.doctype == code


def test_documents_reach_attachments_and_deep_bodies() -> None:
    doc = find(strategies.documents(), lambda d: bool(d.attachments), settings=SEARCH)
    assert isinstance(doc.attachments[0], m.Document)
    deep = find(
        strategies.bodies(max_depth=2),
        lambda b: any(isinstance(c, m.Division) for d in b.divisions() for c in d.children),
        settings=SEARCH,
    )
    assert deep.children


def test_documents_refuse_an_unknown_type() -> None:
    with pytest.raises(UnknownDocumentType):
        strategies.documents(doctype="NOPE")


@pytest.mark.parametrize("bad", [0, -1])
def test_depth_must_be_positive(bad: int) -> None:
    with pytest.raises(InvalidArgument):
        strategies.divisions(max_depth=bad)
    with pytest.raises(InvalidArgument):
        strategies.bodies(max_depth=bad)


@FAST
@given(strategies.divisions(max_depth=1))
def test_depth_one_has_no_nested_division(division: m.Division) -> None:
    assert not any(isinstance(child, m.Division) for child in division.children)


@pytest.mark.parametrize("style", list(m.NumberStyle))
@FAST
@given(data=st.data())
def test_numbers_of_one_style(style: m.NumberStyle, data: st.DataObject) -> None:
    value = data.draw(strategies.document_numbers(style))
    assert value.style is style


def test_numbers_reach_every_shape() -> None:
    numbers = strategies.document_numbers()

    def has(predicate: Callable[[m.DocumentNumber], bool]) -> None:
        assert find(numbers, predicate, settings=SEARCH)

    has(lambda n: n.style is m.NumberStyle.ADMINISTRATIVE and n.type_code is not None)
    has(lambda n: n.style is m.NumberStyle.ADMINISTRATIVE and n.symbol is not None
        and n.type_code is None)  # công văn
    has(lambda n: "&" in (n.symbol or ""))
    has(lambda n: n.style is m.NumberStyle.NORMATIVE and n.year is not None)
    has(lambda n: (n.symbol or "").startswith("QH"))
    has(lambda n: n.style is m.NumberStyle.PARTY and n.seq is not None)
    has(lambda n: n.is_blank and n.symbol is not None)
    has(lambda n: n.raw is not None and n.raw != number.format(n, prefix=True))


@FAST
@given(strategies.document_numbers())
def test_numbers_read_back_from_their_canonical_text(value: m.DocumentNumber) -> None:
    plain = content_of(value)
    text = number.format(plain, prefix=True)
    note(text)
    assert content_of(number.parse(text)) == plain


@pytest.mark.parametrize("complete", [True, False])
@FAST
@given(data=st.data())
def test_issue_lines_complete_or_partial(complete: bool, data: st.DataObject) -> None:
    line = data.draw(strategies.issue_lines(complete=complete))
    assert line.date.is_complete is complete
    if complete:
        assert line.place


# --------------------------------------------------------------------------- raw and source


@pytest.mark.parametrize(
    "make", [strategies.organizations, strategies.paragraphs, strategies.recipients],
    ids=lambda f: f.__name__,
)
def test_raw_and_source_both_present_and_absent(make: Callable[[], Any]) -> None:
    assert find(make(), lambda x: x.raw is None, settings=SEARCH)
    assert find(make(), lambda x: x.raw is not None, settings=SEARCH)
    assert find(make(), lambda x: x.source is None, settings=SEARCH)
    assert find(make(), lambda x: x.source is not None, settings=SEARCH)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.documents())
def test_content_of_is_idempotent_and_keeps_content(doc: m.Document) -> None:
    plain = content_of(doc)
    assert content_of(plain) == plain
    same_content(doc, plain)
    for name, value in values(plain):
        if name in RAW_FIELDS | {"source"}:
            assert value is None, name
    if not any(name in RAW_FIELDS and value is not None for name, value in values(doc)):
        assert plain == doc


# --------------------------------------------------------------------------- the plugin


def test_only_the_strategies_import_hypothesis() -> None:
    code = (
        "import importlib, pkgutil, sys, vnplan\n"
        "for info in pkgutil.walk_packages(vnplan.__path__, 'vnplan.'):\n"
        "    if info.name in ('vnplan.strategies', 'vnplan._hypothesis_plugin'):\n"
        "        continue\n"
        "    try:\n"
        "        importlib.import_module(info.name)\n"
        "    except Exception:\n"
        "        pass  # a module still being written elsewhere\n"
        "print('hypothesis' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False", result.stderr


def test_register_makes_from_type_work() -> None:
    _register()
    _register()  # idempotent
    # Hypothesis's own inference would fill only ``doctype`` (an arbitrary string):
    # a registered type with a non-empty body shows our strategy is used.
    doc = find(st.from_type(m.Document), lambda d: bool(d.body.children), settings=SEARCH)
    assert isinstance(doc, m.Document)
    for _, cls in PAIRS:
        assert isinstance(find(st.from_type(cls), lambda _: True, settings=SEARCH), cls)


# --------------------------------------------------------------------------- serialization

ROUND_TRIP = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.mark.parametrize(("make", "cls"), PAIRS, ids=IDS)
@ROUND_TRIP
@given(data=st.data())
def test_json_round_trip(
    make: Callable[[], st.SearchStrategy[Any]], cls: type[Any], data: st.DataObject
) -> None:
    value = data.draw(make(), label=cls.__name__)
    text = serialize.to_json(value)
    note(text)
    assert serialize.from_json(text, cls) == value


@pytest.mark.parametrize(("make", "cls"), PAIRS, ids=IDS)
@ROUND_TRIP
@given(data=st.data())
def test_yaml_round_trip(
    make: Callable[[], st.SearchStrategy[Any]], cls: type[Any], data: st.DataObject
) -> None:
    value = data.draw(make(), label=cls.__name__)
    text = serialize.to_yaml(value)
    note(text)
    assert serialize.from_yaml(text, cls) == value


@pytest.mark.parametrize("mark", ["\x85", "\u2028", "\u2029"])
def test_yaml_keeps_unicode_line_breaks(mark: str) -> None:
    """PyYAML folds these to spaces in plain and single-quoted scalars."""
    run = m.Run(text=f"a{mark}b")
    assert serialize.from_yaml(serialize.to_yaml(run), m.Run) == run
