"""The online channel: applications arrive as JSON files (docs/case-import.md). Each file is one
unit: checked against the JSON Schema and the window's own business rules, every error reported
with its path, and imported whole or not at all. An ``external_id`` imported before is skipped."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator
from peewee import IntegrityError

from app.core.errors import ValidationError
from app.core.models import Case, now
from app.core.users import CurrentUser
from app.i18n import QT_TRANSLATE_NOOP, translate
from plugins.registration.intake import MaterialEntry, accept_case, materials_errors
from plugins.registration.materials import checklist_for
from plugins.registration.reference import RESOURCES
from plugins.registration.validation import IntakeForm, PersonEntry, ShareholderEntry, validate_intake

SCHEMA_FILE = RESOURCES / "registration" / "case-import.schema.json"
FORMAT = "kaiban.case-import/1"

IMPORTED, SKIPPED, REJECTED = "imported", "skipped", "rejected"
STATUS_TITLES = {
    IMPORTED: QT_TRANSLATE_NOOP("registration", "已导入"),
    SKIPPED: QT_TRANSLATE_NOOP("registration", "已导入，跳过"),
    REJECTED: QT_TRANSLATE_NOOP("registration", "已拒绝"),
}
_TYPE_TITLES = {"string": "文本", "boolean": "true 或 false", "array": "数组", "object": "对象",
                "number": "数字", "integer": "整数", "null": "null"}


@dataclass(frozen=True)
class ImportProblem:
    path: str  # e.g. shareholders[1].id_number; "" for the file as a whole
    reason: str


@dataclass(frozen=True)
class ImportResult:
    source: str
    status: str  # imported | skipped | rejected
    external_id: str | None = None
    case_id: int | None = None
    case_number: str | None = None
    problems: tuple[ImportProblem, ...] = ()

    @property
    def title(self) -> str:
        return translate("registration", STATUS_TITLES[self.status])


@lru_cache(maxsize=1)
def schema() -> dict:
    with open(SCHEMA_FILE, encoding="utf-8") as fh:
        return json.load(fh)


def _path(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _schema_problems(doc) -> list[ImportProblem]:
    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    problems: list[ImportProblem] = []
    for error in sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path]):
        where = list(error.absolute_path)
        kind, value = error.validator, error.validator_value
        if kind == "required" and isinstance(error.instance, dict):
            problems += [ImportProblem(_path(where + [name]), translate("registration", "缺少必填字段"))
                         for name in value if name not in error.instance]
            continue
        if kind == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            problems += [ImportProblem(_path(where + [name]), translate("registration", "不允许的字段"))
                         for name in error.instance if name not in allowed]
            continue
        problems.append(ImportProblem(_path(where), _reason(kind, value, error)))
    return problems


def _reason(kind: str, value, error) -> str:
    if kind == "type":
        return translate("registration", "类型应为{type}").format(type=_TYPE_TITLES.get(value, value))
    if kind == "enum":
        return translate("registration", "取值应为以下之一：{values}").format(values="、".join(map(str, value)))
    if kind == "const":
        return translate("registration", "应为“{value}”").format(value=value)
    if kind == "pattern":
        return translate("registration", "格式不正确")
    if kind == "minLength":
        return translate("registration", "不能为空") if value == 1 else translate("registration", "长度不能少于 {n}").format(n=value)
    if kind == "maxLength":
        return translate("registration", "长度不能超过 {n}").format(n=value)
    if kind == "minItems":
        return translate("registration", "至少需要 {n} 项").format(n=value)
    if kind == "maxItems":
        return translate("registration", "最多 {n} 项").format(n=value)
    if kind == "uniqueItems":
        return translate("registration", "不能有重复项")
    if kind == "format":
        return translate("registration", "日期格式应为 YYYY-MM-DD") if value == "date" else translate("registration", "格式不正确")
    return error.message


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _person(value) -> PersonEntry | None:
    if not isinstance(value, dict):
        return None
    return PersonEntry(name=value.get("name", ""), id_number=value.get("id_number", ""), mobile=value.get("mobile", ""))


def form_from_document(doc: dict) -> IntakeForm:
    """The intake form a document describes, taken leniently (wrong types reach the validation)."""
    holders = doc.get("shareholders", [])
    return IntakeForm(
        company_name=doc.get("company_name", ""), company_type=doc.get("company_type", ""),
        registered_capital=doc.get("registered_capital"), industry_codes=doc.get("industry_codes", ()),
        business_scope=doc.get("business_scope", ""), address=doc.get("address", ""),
        area_code=doc.get("area_code", ""), address_type=doc.get("address_type", ""),
        legal_representative=_person(doc.get("legal_representative")), contact=_person(doc.get("contact")),
        shareholders=[ShareholderEntry(name=h.get("name", ""), id_number=h.get("id_number", ""),
                                       share=h.get("share"), kind=h.get("kind", "person")) if isinstance(h, dict)
                      else h for h in holders] if isinstance(holders, list) else holders,
        has_employees=doc.get("has_employees", False), needs_invoices=doc.get("needs_invoices", False))


def _materials(doc: dict) -> list[MaterialEntry]:
    items = doc.get("materials", [])
    return [MaterialEntry(code=m.get("code", ""), state=m.get("state", ""), promised_by=_date(m.get("promised_by")))
            for m in items if isinstance(m, dict)] if isinstance(items, list) else []


def _business_paths(doc: dict, errors: dict[str, str]) -> list[ImportProblem]:
    """Validation errors with their paths in the document (``materials.<code>`` -> ``materials[i]``)."""
    index = {m.get("code"): i for i, m in enumerate(doc.get("materials") or []) if isinstance(m, dict)}
    problems = []
    for key, reason in errors.items():
        if key.startswith("materials."):
            code = key.split(".", 1)[1]
            key = f"materials[{index[code]}]" if code in index else "materials"
        problems.append(ImportProblem(key, reason))
    return problems


def _related(a: str, b: str) -> bool:
    """One path is the other or contains it (``shareholders`` and ``shareholders[0].share``)."""
    return a == b or b.startswith(a + ".") or b.startswith(a + "[") or a.startswith(b + ".") or a.startswith(b + "[")


def _merge(schema_problems: list[ImportProblem], business: list[ImportProblem]) -> list[ImportProblem]:
    merged = list(schema_problems)
    for problem in business:
        if not any(_related(problem.path, p.path) for p in schema_problems):
            merged.append(problem)
    return merged


def import_document(ctx, doc, *, source: str = "", user: CurrentUser | None = None,
                    at: dt.datetime | None = None) -> ImportResult:
    """Import one parsed document (see :func:`import_file`)."""
    at = at or now()
    external_id = doc.get("external_id") if isinstance(doc, dict) else None
    external_id = external_id if isinstance(external_id, str) and external_id else None
    if external_id and Case.select().where(Case.external_id == external_id).exists():
        return ImportResult(source, SKIPPED, external_id)
    problems = _schema_problems(doc)
    if not isinstance(doc, dict):
        return ImportResult(source, REJECTED, None, problems=tuple(problems))
    submitted = doc.get("submitted_at")
    try:
        submitted_at = dt.datetime.fromisoformat(submitted) if isinstance(submitted, str) else None
    except ValueError:
        submitted_at = None
        problems.append(ImportProblem("submitted_at", translate("registration", "时间格式应为 ISO 8601，"
                                                                         "如 2026-03-02T09:15:00+08:00")))
    form, materials = form_from_document(doc), _materials(doc)
    if problems:  # accept_case would find the business errors too, but must not be reached
        business = _business_paths(doc, _business_errors(ctx, form, materials, at))
        return ImportResult(source, REJECTED, external_id, problems=tuple(_merge(problems, business)))
    try:
        case = accept_case(ctx, form, materials, user=user, at=at, channel="online", external_id=external_id,
                           extra_data={"online": {"submitted_at": submitted_at.isoformat() if submitted_at else None,
                                                  "source": Path(source).name if source else ""}})
    except ValidationError as exc:
        return ImportResult(source, REJECTED, external_id, problems=tuple(_business_paths(doc, exc.errors)))
    except IntegrityError:
        if external_id and Case.select().where(Case.external_id == external_id).exists():
            return ImportResult(source, SKIPPED, external_id)  # imported by someone else a moment ago
        raise
    return ImportResult(source, IMPORTED, external_id, case.id, case.number)


def _business_errors(ctx, form: IntakeForm, materials: list[MaterialEntry], at: dt.datetime) -> dict[str, str]:
    """The business validation alone (no writes), for a document that already failed the schema."""
    errors: dict[str, str] = {}
    try:
        validate_intake(form)
    except ValidationError as exc:
        errors.update(exc.errors)
    errors.update(materials_errors(checklist_for(ctx.host, form.answers()), form, materials, today=at.date()))
    return errors


def import_file(ctx, path: str | Path, *, user: CurrentUser | None = None,
                at: dt.datetime | None = None) -> ImportResult:
    """Import one JSON file: imported, skipped (its external id was imported before) or rejected
    with every problem found."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return ImportResult(source, REJECTED, problems=(ImportProblem("", translate("registration", "无法读取文件：{error}")
                                                                      .format(error=exc)),))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return ImportResult(source, REJECTED, problems=(ImportProblem("", translate(
            "registration", "不是有效的 JSON（第 {line} 行第 {col} 列：{msg}）").format(
            line=exc.lineno, col=exc.colno, msg=exc.msg)),))
    return import_document(ctx, doc, source=source, user=user, at=at)


def import_files(ctx, paths, *, user: CurrentUser | None = None, at: dt.datetime | None = None) -> list[ImportResult]:
    """Each file on its own: one file's rejection never stops or undoes another's import."""
    return [import_file(ctx, path, user=user, at=at) for path in paths]

