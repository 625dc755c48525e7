"""Signature rules: authority, title and name of the signer (ô 7a–7c).

Decree 30, Điều 13 and Phụ lục I, Phần I, mục II.7: the authority marks are
written "TM.", "KT.", "TL.", "TUQ.", "Q." — with their dot; "T/M" is the Party
form.  "KT." stands before the head's title and a deputy signs under it.  A body
led collectively (Ủy ban nhân dân) signs "TM. ỦY BAN NHÂN DÂN" when the
collective acts; "KT. CHỦ TỊCH" alone is the chairman's own competence, so its
absence is only reported (a warning when the document itself says the
committee acts).  Marks and titles are in capitals; the name follows, without
academic titles or degrees (unless the profile grants the decree's exception
for the armed forces, education, health and science); another title of the
signer stands above the name, not under it.

>>> from vnplan.model import AuthorityStep, Document, Signature
>>> doc = Document(doctype="KH", signatures=(Signature(authority=(
...     AuthorityStep(title="KT CHỦ TỊCH"), AuthorityStep(title="Chủ tịch")),
...     signer="TS. Nguyễn Văn A"),))
>>> from vnplan import rules
>>> sorted(f.code for f in rules.validate(doc).findings if f.component.value == "signature")
['signature.academic-title', 'signature.kt-deputy', 'signature.mark-dot', 'signature.title-case']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnplan.findings import Component, Severity
from vnplan.model import AuthorityStep, BodyKind, Division, Paragraph, Signature
from vnplan.rules._engine import Context, Hit, NotApplicable, rule
from vnplan.text import fold, is_upper, nfc, squash

_SOURCE = "NĐ 30/2020, Phụ lục I, Phần I, mục II.7"

# A mark as printers write it, dot or not: "KT. CHỦ TỊCH", "KT CHỦ TỊCH", "T/M. BAN …".
_LENIENT_MARK = re.compile(r"^(T/M|K/T|T/L|T/UQ|TUQ|TM|KT|TL|Q)(?:\s*[.:]\s*|\s+)(\S.*)$")
_MARK_NAMES = {"T/M": "TM", "K/T": "KT", "T/L": "TL", "T/UQ": "TUQ"}
_ACADEMIC = re.compile(r"^(?:PGS|GS|TSKH|TS|ThS|KS|BS|Dr)\s*\.", re.IGNORECASE)


def _signatures(ctx: Context) -> tuple[Signature, ...]:
    found = ctx.document.signatures
    if not found:
        raise NotApplicable("no signature block")
    return found


def _line(step: AuthorityStep | Signature) -> int | None:
    return None if step.source is None else step.source.line


def _mark(step: AuthorityStep) -> tuple[str | None, str, bool]:
    """The step's mark ("KT"), its title, and whether the mark was written as the decree does."""
    if step.mark is not None:
        return step.mark.value.rstrip("."), squash(step.title), True
    title = squash(step.title)
    match = _LENIENT_MARK.match(title)
    if match is None or not is_upper(match.group(2)):
        return None, title, True
    written = match.group(1)
    return _MARK_NAMES.get(written, written), match.group(2), False


def _is_name(text: str) -> bool:
    """A line that reads as a person's name, perhaps behind an academic title."""
    rest = _ACADEMIC.sub("", text).strip(" .")
    rest = _ACADEMIC.sub("", rest).strip(" .")  # "PGS.TS."
    words = rest.split()
    return 1 < len(words) <= 6 and all(
        w[:1].isupper() and (len(w) == 1 or not is_upper(w)) for w in words
    )


_ISSUED_WITH = re.compile(r"kèm theo\s+(?:Quyết định|Nghị quyết)", re.IGNORECASE)


@rule(
    "signature.present",
    component=Component.SIGNATURE,
    severity=Severity.ERROR,
    source="NĐ 30/2020, Điều 8.2.g; Phụ lục I, Phần I, mục II.7",
    title="Có chức vụ, họ tên và chữ ký của người có thẩm quyền",
    title_en="The signature block is present",
)
def present(ctx: Context) -> Iterator[Hit]:
    abstract = ctx.document.abstract
    if not ctx.document.signatures and abstract is not None and _ISSUED_WITH.search(
        abstract.raw or abstract.text
    ):
        raise NotApplicable("issued with a decision (Mẫu 1.3): no signature of its own")
    if not ctx.document.signatures:
        yield Hit(message="Thiếu phần chức vụ, họ tên, chữ ký của người ký",
                  message_en="The signature block (title and name of the signer) is missing",
                  path="signatures", expected="<CHỨC VỤ>\n<Họ và tên>")


@rule(
    "signature.mark-dot",
    component=Component.SIGNATURE,
    severity=Severity.WARNING,
    source=f"NĐ 30/2020, Điều 13; {_SOURCE}.b",
    title="Chữ viết tắt quyền hạn viết “TM.”, “KT.”, “TL.”, “TUQ.”, “Q.”",
    title_en="Authority marks are written TM., KT., TL., TUQ., Q. (with their dot)",
)
def mark_dot(ctx: Context) -> Iterator[Hit]:
    signatures = _signatures(ctx)
    issuer = ctx.document.issuer
    if issuer is not None and issuer.kind is BodyKind.PARTY:
        raise NotApplicable("a Party body writes T/M.")
    for s, signature in enumerate(signatures):
        for i, step in enumerate(signature.authority):
            mark, title, regular = _mark(step)
            if mark is None or regular:
                continue
            written = squash(step.title)
            party = "/" in written.split()[0]
            yield Hit(
                message=(f"“{written}”: “T/M”, “K/T” là cách viết của văn bản Đảng; văn bản hành "
                         f"chính viết “{mark}.”") if party else
                        f"Chữ viết tắt quyền hạn phải có dấu chấm: “{mark}.”",
                message_en=(f"'{written}': the slash form is the Party's; an administrative "
                            f"document writes '{mark}.'") if party else
                           f"The authority mark takes its dot: '{mark}.'",
                path=f"signatures[{s}].authority[{i}]", line=_line(step), observed=written,
                expected=f"{mark}. {title}")


def _is_deputy_of(deputy: str, head: str) -> bool:
    deputy, head = fold(deputy), fold(head)
    if deputy.startswith("thứ trưởng"):
        return "bộ trưởng" in head
    if not deputy.startswith("phó "):
        return False
    office = deputy[4:].strip()
    return bool(office) and (office in head or head in office)


@rule(
    "signature.kt-deputy",
    component=Component.SIGNATURE,
    severity=Severity.WARNING,
    source=f"NĐ 30/2020, Điều 13.1; {_SOURCE}.b",
    title="Sau “KT.” là chức vụ của cấp phó",
    title_en="KT. is followed by the title of the head's deputy",
)
def kt_deputy(ctx: Context) -> Iterator[Hit]:
    signatures = _signatures(ctx)
    seen = False
    for s, signature in enumerate(signatures):
        steps = signature.authority
        for i, step in enumerate(steps):
            mark, head, _ = _mark(step)
            if mark != "KT":
                continue
            seen = True
            following = steps[i + 1] if i + 1 < len(steps) else None
            if following is not None and _mark(following)[0] is None and _is_deputy_of(
                following.title, head
            ):
                continue
            observed = None if following is None else squash(following.title)
            yield Hit(message=f"Sau “KT. {head}” phải ghi chức vụ cấp phó (PHÓ …) của người ký",
                      message_en=f"'KT. {head}' must be followed by the deputy's title",
                      path=f"signatures[{s}].authority[{i + 1 if following else i}]",
                      line=_line(following if following is not None else step),
                      observed=observed, expected=f"PHÓ {head}")
    if not seen:
        raise NotApplicable("no KT. step")


_COLLECTIVE_NAME = re.compile(r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\b", re.IGNORECASE)
_COMMITTEE = re.compile(r"(?<!của )(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\b")
_ACTS = re.compile(r"\s(?:ban hành|xây dựng)\b")
_UNITS = ("xã", "phường", "đặc khu", "tỉnh", "thành phố", "Thành phố")


def _opening_texts(ctx: Context) -> Iterator[str]:
    """The basis and the body's opening paragraphs (before its first division)."""
    for entry in ctx.document.basis:
        if entry.text:
            yield entry.text
    for block in ctx.document.body.children:
        if isinstance(block, Division):
            break
        if isinstance(block, Paragraph):
            yield block.text


def _collective_acts(ctx: Context) -> bool:
    """Whether the document says the committee itself acts (issues or draws up the document)."""
    line = ctx.document.authority_line
    if line is not None and _COLLECTIVE_NAME.match(squash(line.text)):
        return True
    return any(_says_committee_acts(nfc(text)) for text in _opening_texts(ctx))


def _says_committee_acts(text: str) -> bool:
    """ "UBND xã Thiệu Trung xây dựng …", "Ủy ban nhân dân tỉnh Lào Cai ban hành …"."""
    for match in _COMMITTEE.finditer(text):
        rest = text[match.end() : match.end() + 80]
        acts = _ACTS.search(rest)
        if acts is None:
            continue
        between = rest[: acts.start()].strip()
        for unit in _UNITS:
            if between.startswith(unit + " ") or between == unit:
                between = between[len(unit) :].strip()
                break
        words = between.split()
        if len(words) <= 5 and all(word[:1].isupper() for word in words):
            return True
    return False


@rule(
    "signature.collective",
    component=Component.SIGNATURE,
    severity=Severity.INFO,
    source="NĐ 30/2020, Điều 13.2; Phụ lục I, Phần I, mục II.7.b",
    title="Văn bản của Ủy ban nhân dân ký “TM. ỦY BAN NHÂN DÂN” khi tập thể ban hành",
    title_en="A people's committee document is signed 'TM. ỦY BAN NHÂN DÂN' when the "
             "committee acts",
)
def collective(ctx: Context) -> Iterator[Hit]:
    signatures = _signatures(ctx)
    issuer = ctx.document.issuer
    if issuer is None or not issuer.collective or not issuer.name or not _COLLECTIVE_NAME.match(
        squash(issuer.name)
    ):
        raise NotApplicable("not a people's committee")
    line = ctx.document.authority_line
    if line is not None and fold(line.text).startswith("chủ tịch"):
        raise NotApplicable("the authority line names the chairman: his own competence")
    for s, signature in enumerate(signatures):
        marks = [_mark(step) for step in signature.authority]
        if not marks or any(mark == "TM" for mark, _, _ in marks):
            continue
        first_mark, first_title, _ = marks[0]
        if fold(first_title) != "chủ tịch" or first_mark not in ("KT", None):
            continue
        acts = _collective_acts(ctx)
        written = " / ".join(squash(step.title) for step in signature.authority)
        yield Hit(
            message=("Văn bản nêu Ủy ban nhân dân ban hành nhưng ký không có "
                     "“TM. ỦY BAN NHÂN DÂN”") if acts else
                    ("Văn bản của Ủy ban nhân dân ký không có “TM. ỦY BAN NHÂN DÂN” "
                     "(đúng khi thuộc thẩm quyền riêng của Chủ tịch)"),
            message_en=("The document says the people's committee issues it, yet it is not "
                        "signed 'TM. ỦY BAN NHÂN DÂN'") if acts else
                       ("A people's committee document signed without 'TM. ỦY BAN NHÂN DÂN' "
                        "(right only within the chairman's own competence)"),
            path=f"signatures[{s}].authority[0]", line=_line(signature.authority[0]),
            observed=written, expected=f"TM. ỦY BAN NHÂN DÂN / {written}",
            severity=Severity.WARNING if acts else None)


@rule(
    "signature.title-case",
    component=Component.SIGNATURE,
    severity=Severity.WARNING,
    source=f"{_SOURCE}.đ",
    title="Quyền hạn, chức vụ của người ký viết chữ in hoa",
    title_en="The authority marks and titles are in capitals",
)
def title_case(ctx: Context) -> Iterator[Hit]:
    for s, signature in enumerate(_signatures(ctx)):
        for i, step in enumerate(signature.authority):
            title = squash(step.title)
            if (not any(ch.isalpha() for ch in title) or title.startswith("(") or ":" in title
                    or _ACADEMIC.match(title)):
                continue  # a note "(Đã ký)", a signing stamp "Người ký: …", a name behind "TS."
            if not is_upper(title):
                yield Hit(message=f"Chức vụ người ký phải viết in hoa: “{title}”",
                          message_en=f"The signer's title must be in capitals: '{title}'",
                          path=f"signatures[{s}].authority[{i}]", line=_line(step),
                          observed=title, expected=title.upper())


@rule(
    "signature.signer-name",
    component=Component.SIGNATURE,
    severity=Severity.ERROR,
    source=f"NĐ 30/2020, Điều 8.2.g; {_SOURCE}.c",
    title="Có họ tên người ký",
    title_en="The signer's name is present",
)
def signer_name(ctx: Context) -> Iterator[Hit]:
    for s, signature in enumerate(_signatures(ctx)):
        if signature.signer and signature.signer.strip():
            continue
        if any(_ACADEMIC.match(squash(step.title)) and _is_name(squash(step.title))
               for step in signature.authority):
            continue  # a name the reader took for a title ("TS. Nguyễn Văn A")
        yield Hit(message="Chưa ghi họ tên người ký", message_en="The signer's name is missing",
                  path=f"signatures[{s}].signer", line=_line(signature),
                  expected="<Họ và tên>", severity=ctx.blank_severity())


@rule(
    "signature.academic-title",
    component=Component.SIGNATURE,
    severity=Severity.ERROR,
    source=f"{_SOURCE}.c",
    title="Không ghi học hàm, học vị trước họ tên người ký",
    title_en="No academic titles or degrees before the signer's name",
)
def academic_title(ctx: Context) -> Iterator[Hit]:
    signatures = _signatures(ctx)
    if ctx.settings.get("academic_titles_allowed") is True:
        raise NotApplicable("the profile allows academic titles (Phụ lục I, mục II.7.c)")
    for s, signature in enumerate(signatures):
        places: list[tuple[str, str | None, int | None]] = [
            (f"signatures[{s}].signer", signature.signer, _line(signature)),
            (f"signatures[{s}].name_title", signature.name_title, _line(signature)),
        ]
        places.extend((f"signatures[{s}].authority[{i}]", step.title, _line(step))
                       for i, step in enumerate(signature.authority))
        for path, text, line in places:
            if not text:
                continue
            written = squash(text)
            match = _ACADEMIC.match(written)
            if match is None or not _is_name(written):
                continue
            name = _ACADEMIC.sub("", _ACADEMIC.sub("", written).strip(" .")).strip(" .")
            yield Hit(message=f"Không ghi học hàm, học vị trước họ tên người ký: “{written}”",
                      message_en=f"No academic title or degree before the signer's name: "
                                 f"'{written}'",
                      path=path, line=line, observed=written, expected=name)


@rule(
    "signature.name-title",
    component=Component.SIGNATURE,
    severity=Severity.WARNING,
    source=f"{_SOURCE}.đ",
    title="Chức vụ khác của người ký đặt phía trên họ tên",
    title_en="Another title of the signer stands above the name, not under it",
)
def name_title(ctx: Context) -> Iterator[Hit]:
    for s, signature in enumerate(_signatures(ctx)):
        under = signature.name_title
        if not under or not under.strip() or _ACADEMIC.match(squash(under)):
            continue
        yield Hit(message=f"Chức vụ “{squash(under)}” ghi dưới họ tên người ký; phải đặt phía "
                          "trên họ tên",
                  message_en=f"The title '{squash(under)}' is printed under the signer's name; "
                             "it belongs above the name",
                  path=f"signatures[{s}].name_title", line=_line(signature),
                  observed=squash(under), expected=f"{squash(under)}\n{signature.signer or ''}")
