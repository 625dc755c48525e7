"""``python -m vnplan``: a short tour on the bundled examples (and the seeds, when present).

Loads each bundled example (YAML), shows its components, lifts the plan into
its typed view, checks it against the rules (draft mode), and writes it as JSON
and as plain text next to a JSON Schema in the folder it names
(``vnplan-demo/`` by default, or the first argument).  When the seed plans are
beside the checkout (``../shared/seeds``) it reads them and prints their
findings too.  It is the README's main-job command until the ``vnplan``
command line exists.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vnplan import examples, number, read, render, rules, serialize
from vnplan.doctypes import get
from vnplan.doctypes.plan import Plan
from vnplan.errors import VnplanError
from vnplan.model import Document, content_of


def _describe(name: str, doc: Document) -> list[str]:
    doctype = get(doc.doctype)
    lines = [f"{name}: {doctype.name_vi} ({doctype.name_en}, {doc.doctype})"]
    if doc.issuer is not None:
        lines.append(f"  issuer      {doc.issuer.name}")
    if doc.number is not None:
        shown = number.format(doc.number, prefix=True)
        state = "blank number (draft)" if doc.number.seq is None else "numbered"
        lines.append(f"  number      {shown}  [{state}]")
    if doc.issue_line is not None:
        lines.append(f"  issue line  {doc.issue_line.canonical()}")
    if doc.abstract is not None:
        lines.append(f"  abstract    {doc.abstract.canonical()}")
    if doc.basis:
        lines.append(f"  basis       {len(doc.basis)} entr{'y' if len(doc.basis) == 1 else 'ies'}")
    divisions = sum(1 for _ in doc.body.divisions())
    lines.append(f"  body        {len(doc.body.children)} top-level blocks, {divisions} divisions")
    for signature in doc.signatures:
        chain = " / ".join(step.canonical() for step in signature.authority)
        lines.append(f"  signature   {chain} / {signature.signer}")
    if doc.recipients is not None:
        archive = doc.recipients.archive
        lines.append(
            f"  recipients  {len(doc.recipients.entries)} entries"
            + (f"; {archive.canonical()}" if archive else "")
        )
    return lines


def _describe_plan(plan: Plan) -> list[str]:
    return [
        "  plan view   "
        f"{len(plan.purpose_texts)} purposes, {len(plan.theme_texts)} themes, "
        f"{len(plan.slogan_texts)} slogans, {len(plan.units)} units assigned, "
        f"budget {'present' if plan.budget else 'absent'}, "
        f"{len(plan.other)} unrecognised sections",
    ]


def _summary(report: rules.Report) -> str:
    return (
        f"{len(report.errors)} errors, {len(report.warnings)} warnings, {len(report.infos)} infos"
        f" ({report.evaluated}/{report.applicable} rules evaluated, draft mode)"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the tour; returns the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "vnplan-demo")
    out.mkdir(parents=True, exist_ok=True)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    print("vnplan — Vietnamese administrative documents (Decree 30/2020/NĐ-CP)\n")
    for name in examples.names():
        doc = examples.load(name)
        print("\n".join(_describe(name, doc)))
        if doc.doctype == "KH":
            plan = Plan.from_document(doc)
            print("\n".join(_describe_plan(plan)))
            if plan.to_document(envelope=doc) != doc:
                raise VnplanError("kế hoạch không dựng lại được", f"{name}: plan lift is not exact")
        report = rules.validate(doc, mode="draft")
        print(f"  check       {_summary(report)}")
        text = serialize.to_json(doc)
        if content_of(serialize.from_json(text, Document)) != content_of(doc):
            raise VnplanError("JSON làm thay đổi văn bản", f"{name}: JSON round trip changed it")
        (out / f"{name}.json").write_text(text + "\n", encoding="utf-8")
        (out / f"{name}.txt").write_text(render.text(doc), encoding="utf-8")
        print(f"  wrote       {out / (name + '.json')} (JSON round trip checked), {name}.txt\n")
    seeds = Path.cwd().resolve().parent / "shared" / "seeds"
    for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else ():
        doc, findings = read.text(path.read_text(encoding="utf-8"))
        report = rules.validate(doc, mode="draft", findings=findings, file=path.name)
        print(f"seed {path.name}: {_summary(report)}")
        for finding in report.findings:
            if finding.severity.value != "info":
                print(f"  {finding.severity.value:7} {finding.code:30} {finding.message_en}")
        print()
    schema = serialize.json_schema(Document)
    (out / "document.schema.json").write_text(
        json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {out / 'document.schema.json'} ({len(schema['$defs'])} definitions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
