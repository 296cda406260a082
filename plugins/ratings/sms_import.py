"""Ratings from SMS replies: a UTF-8 text file, one reply per line (Qt-free).

A line is either

* ``办件编号 等级 [评价内容]`` — the survey text asks about the whole case, so the level applies to
  every department that worked on it; or
* ``办件编号 部门 等级 [评价内容]`` — a rating of one department, named by its code (``seal``) or its
  name (``市场监督管理局``).

The level is ``1``–``5`` (1 非常满意 ... 5 非常不满意) or the level's Chinese word. Blank lines and lines
starting with ``#`` are skipped. A line that cannot be read — unknown case number, case not complete,
unknown level or department, a department that did not work on the case, the same case and
department twice in the file — is reported with its number and the reason and applies nothing; it is
never guessed. The valid lines are applied together in one transaction (a rating that exists is
corrected, as at the window)."""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from app.core.errors import ServiceError
from app.core.models import Case, CaseState, Department, now
from app.core.users import CurrentUser
from app.i18n import translate
from db.base import database
from plugins.ratings.common import COMMENT_MAX, SMS, parse_level, require_window_user
from plugins.ratings.ratings import apply_rating, rated_departments

MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class LineError:
    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class Reply:
    """One readable line: ``department`` None means every department of the case."""
    line_no: int
    case_number: str
    department: str | None
    level: int
    comment: str


@dataclass
class ImportResult:
    lines: int = 0  # non-blank, non-comment lines read
    valid_lines: int = 0  # lines without errors (applied unless a dry run)
    created: int = 0  # new ratings
    corrected: int = 0  # existing ratings changed
    unchanged: int = 0
    rectifications: int = 0  # opened by the bad ones
    errors: list[LineError] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return self.created + self.corrected + self.unchanged


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise ServiceError(translate("ratings", "文件过大（超过 5 MB）"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ServiceError(translate("ratings", "文件不是 UTF-8 编码的文本（第 {pos} 字节无法识别）").format(
            pos=exc.start + 1)) from exc


def _departments() -> dict[str, str]:
    """Code and name (and translated name) -> department code."""
    out = {}
    for dept in Department.select():
        out[dept.code] = dept.code
        out[dept.name] = dept.code
    return out


def parse_line(line_no: int, text: str, departments: dict[str, str]) -> Reply | LineError:
    """Read one line's words (nothing is looked up but the departments' names)."""
    words = unicodedata.normalize("NFKC", text).strip().split(None, 3)
    if len(words) < 2:
        return LineError(line_no, text, translate("ratings", "缺少评价等级（格式：办件编号 [部门] 等级 [评价内容]）"))
    number, second = words[0], words[1]
    level = parse_level(second)
    if level is not None:
        department, comment = None, " ".join(words[2:])
    elif second in departments:
        if len(words) < 3:
            return LineError(line_no, text, translate("ratings", "部门后缺少评价等级"))
        department, level = departments[second], parse_level(words[2])
        if level is None:
            return LineError(line_no, text, translate("ratings", "无法识别的评价等级“{word}”（应为 1–5 或非常满意、满意、基本满意、"
                                                                 "不满意、非常不满意）").format(word=words[2]))
        comment = words[3] if len(words) > 3 else ""
    else:
        return LineError(line_no, text, translate("ratings", "无法识别的评价等级或部门“{word}”（等级应为 1–5 或非常满意、满意、"
                                                             "基本满意、不满意、非常不满意）").format(word=second))
    if len(comment) > COMMENT_MAX:
        return LineError(line_no, text, translate("ratings", "评价内容超过 {n} 字").format(n=COMMENT_MAX))
    return Reply(line_no, number, department, level, comment.strip())


def import_replies(text: str, user: CurrentUser, *, at: dt.datetime | None = None,
                   dry_run: bool = False) -> ImportResult:
    """Apply the replies of ``text`` (see the module docstring); ``dry_run`` checks without writing."""
    user_id = require_window_user(user)
    at = at or now()
    departments = _departments()
    result = ImportResult()
    planned = []  # (reply, case, [(dept, org)])
    seen: dict[tuple[str, str], int] = {}
    for line_no, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        result.lines += 1
        parsed = parse_line(line_no, raw, departments)
        if isinstance(parsed, LineError):
            result.errors.append(parsed)
            continue
        case = Case.get_or_none(Case.number == parsed.case_number)
        if case is None:
            result.errors.append(LineError(line_no, raw, translate("ratings", "办件编号“{number}”不存在").format(
                number=parsed.case_number)))
            continue
        if case.state != CaseState.COMPLETE:
            result.errors.append(LineError(line_no, raw, translate("ratings", "办件 {number} 尚未办结，不能评价").format(
                number=case.number)))
            continue
        worked = list(rated_departments(case.id).values())
        if parsed.department is not None:
            worked = [(d, o) for d, o in worked if d.code == parsed.department]
            if not worked:
                result.errors.append(LineError(line_no, raw, translate("ratings", "该部门没有办理办件 {number}").format(
                    number=case.number)))
                continue
        twice = [seen[(case.number, d.code)] for d, _o in worked if (case.number, d.code) in seen]
        if twice:
            result.errors.append(LineError(line_no, raw, translate("ratings", "与第 {line} 行重复评价同一办件的同一部门").format(
                line=twice[0])))
            continue
        for dept, _org in worked:
            seen[(case.number, dept.code)] = line_no
        planned.append((parsed, case, worked))
    result.valid_lines = len(planned)
    if dry_run:
        return result
    with database.atomic():
        for reply, case, worked in planned:
            for dept, org in worked:
                outcome = apply_rating(case, dept, org, reply.level, reply.comment, channel=SMS, user_id=user_id,
                                       at=at)
                if outcome.created:
                    result.created += 1
                elif outcome.changed:
                    result.corrected += 1
                else:
                    result.unchanged += 1
                result.rectifications += 1 if outcome.rectification_id else 0
    return result


def import_file(path, user: CurrentUser, **kw) -> ImportResult:
    with open(path, "rb") as fh:
        return import_replies(decode(fh.read()), user, **kw)
