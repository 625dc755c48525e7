"""Tests of vnplan.serialize: shapes, typed errors with paths, NFC, the JSON Schema.

The round-trip properties over every model class live in test_strategies.py.
"""

from __future__ import annotations

import json
import unicodedata

import jsonschema
import pytest

import vnplan
from vnplan import examples, serialize
from vnplan.errors import ParseError, ShapeError, UnknownDocumentType
from vnplan.model import Division, Document, Paragraph


def test_a_flawed_draft_loads_as_the_flawed_draft() -> None:
    """Loading judges shape, never content (design.md)."""
    data = {
        "doctype": "KH",
        "number": {"raw": "Số: /KH- UBND", "seq": None, "symbol": "KH-UBND"},
        "issue_line": {"raw": "Thiệu Trung, ngày tháng năm 2026", "date": {"year": 2026}},
        "recipients": {"archive": {"raw": "- Lưu VT, VHXH.", "holders": ["VT", "VHXH"]}},
    }
    doc = serialize.structure(data, Document)
    assert doc.number is not None and doc.number.raw == "Số: /KH- UBND"
    assert doc.issue_line is not None and doc.issue_line.date.day is None
    assert doc.recipients is not None and doc.recipients.archive is not None
    assert doc.recipients.archive.raw == "- Lưu VT, VHXH."


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ('{"doctype": "KH", "foo": 1}', "$"),
        ('{"doctype": 3}', "$.doctype"),
        ('{"doctype": "KH", "number": {"seq": "12"}}', "$.number.seq"),
        ('{"doctype": "KH", "number": {"seq": true}}', "$.number.seq"),
        ('{"doctype": "KH", "issuer": {"level": "district"}}', "$.issuer.level"),
        ('{"doctype": "KH", "issuer": [1]}', "$.issuer"),
        ('{"doctype": "KH", "basis": {"verb": "Căn cứ"}}', "$.basis"),
        ('{"doctype": "KH", "body": {"children": [{"type": "para"}]}}', "$.body.children[0]"),
        (
            '{"doctype": "KH", "body": {"children": [{"type": "paragraph", "runs": [{}]}]}}',
            "$.body.children[0].runs[0].text",
        ),
        ('{"doctype": "KH", "source": {"span": [1]}}', "$.source.span"),
        ("{}", "$.doctype"),
        ("[]", "$"),
        ("null", "$"),
    ],
)
def test_a_wrong_shape_names_the_path(text: str, path: str) -> None:
    with pytest.raises(ShapeError) as info:
        serialize.from_json(text, Document)
    assert isinstance(info.value, ValueError)
    assert info.value.where == path
    assert path in str(info.value)


def test_every_problem_is_reported_not_only_the_first() -> None:
    text = '{"doctype": "KH", "number": {"seq": "x"}, "title": {"text": 1}}'
    with pytest.raises(ShapeError) as info:
        serialize.from_json(text, Document)
    assert "$.number.seq" in info.value.message_en
    assert "$.title.text" in info.value.message_en


def test_unknown_doctype_names_its_path_even_in_an_attachment() -> None:
    with pytest.raises(UnknownDocumentType) as info:
        serialize.from_json('{"doctype": "KH", "attachments": [{"doctype": "ZZ"}]}', Document)
    assert info.value.where == "$.attachments[0].doctype"


def test_not_json_and_not_yaml_are_parse_errors_with_a_line() -> None:
    with pytest.raises(ParseError) as info:
        serialize.from_json('{\n  "doctype": "KH",\n  oops\n}', Document)
    assert info.value.line == 3
    with pytest.raises(ParseError):
        serialize.from_yaml("doctype: [KH\n", Document)


def test_strings_are_normalised_to_nfc_on_loading() -> None:
    decomposed = unicodedata.normalize("NFD", "Phó Chủ tịch")
    data = {"doctype": "KH", "title": {"text": decomposed}}
    doc = serialize.structure(data, Document)
    assert doc.title is not None
    assert doc.title.text == unicodedata.normalize("NFC", decomposed)


def test_blocks_carry_their_type_tag() -> None:
    paragraph = Paragraph.of("Nội dung")
    data = serialize.unstructure(paragraph)
    assert data["type"] == "paragraph"
    assert serialize.structure(data, Paragraph) == paragraph
    with pytest.raises(ShapeError):
        serialize.structure({**data, "type": "division"}, Paragraph)


def test_contract_top_level_field_names() -> None:
    """contract.md: the Document's JSON top-level fields."""
    data = json.loads(serialize.to_json(examples.load("ke-hoach-xa-phu-loi")))
    contract = {
        "doctype", "issuer", "number", "issue_line", "title", "abstract", "authority_line",
        "addressees", "basis", "body", "signatures", "recipients", "marks", "appendices",
        "attachments",
    }  # fmt: skip
    assert contract <= set(data)
    assert {"name", "parent", "raw"} <= set(data["issuer"])
    assert {"raw", "seq", "symbol"} <= set(data["number"])
    assert {"raw", "place", "date"} <= set(data["issue_line"])
    assert {"year", "month", "day"} == set(data["issue_line"]["date"])
    assert {"verb", "citation"} <= set(data["basis"][0])
    assert {"authority", "signer"} <= set(data["signatures"][0])
    assert {"entries", "archive"} <= set(data["recipients"])


def test_the_schema_is_valid_and_accepts_every_bundled_example() -> None:
    schema = serialize.json_schema(Document)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for name in examples.names():
        data = json.loads(serialize.to_json(examples.load(name)))
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, f"{name}: {errors[0].message}"


def test_the_schema_refuses_a_wrong_shape() -> None:
    validator = jsonschema.Draft202012Validator(serialize.json_schema(Document))
    assert not validator.is_valid({"doctype": "KH", "foo": 1})
    assert not validator.is_valid({"doctype": "KH", "number": {"seq": "12"}})
    assert validator.is_valid({"doctype": "KH"})


def test_schemas_for_components() -> None:
    schema = serialize.json_schema(Division)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$ref"] == "#/$defs/Division"
    assert "Block" not in schema["$defs"]
    assert serialize.json_schema(Division) == schema


def test_examples_round_trip_through_json_and_yaml() -> None:
    for name in examples.names():
        doc = examples.load(name)
        assert serialize.from_json(serialize.to_json(doc), vnplan.Document) == doc
        assert serialize.from_yaml(serialize.to_yaml(doc), vnplan.Document) == doc
