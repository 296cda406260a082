"""Scanned attachments: PDF, JPEG or PNG recognised by their content (never their file name),
size-limited, stored once in a content-addressed file store with a SHA-256 checksum, and one row
per case and material in the ``registration_attachment`` table.

The store is ``<data dir>/attachments/ab/cdef...`` (the hex digest split after two characters);
an installation whose workstations share a PostgreSQL database points all of them at one shared
folder with the ``registration.attachment_dir`` setting."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from peewee import IntegrityError

from app.config import data_dir
from app.core import audit
from app.core.errors import NotFound, ServiceError, ValidationError
from app.core.models import Case, Material, now
from app.core.settings import get_setting
from app.core.users import CurrentUser
from app.i18n import translate
from plugins.registration.common import require_window_user
from plugins.registration.models import Attachment
from db.base import database

MAX_BYTES_SETTING = "registration.attachment_max_bytes"
DIR_SETTING = "registration.attachment_dir"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

#: (leading bytes, MIME type, title)
SIGNATURES = (
    (b"%PDF-", "application/pdf", "PDF"),
    (b"\xff\xd8\xff", "image/jpeg", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG"),
)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    case_id: int
    material_code: str
    sha256: str
    size: int
    mime: str
    original_name: str
    uploaded_at: dt.datetime
    uploaded_by: int | None


def max_bytes() -> int:
    return int(get_setting(MAX_BYTES_SETTING, DEFAULT_MAX_BYTES))


def store_dir() -> Path:
    configured = get_setting(DIR_SETTING)
    return Path(configured) if configured else data_dir() / "attachments"


def sniff(content: bytes) -> str | None:
    """The MIME type the content's leading bytes announce, or None for anything else."""
    for magic, mime, _title in SIGNATURES:
        if content.startswith(magic):
            return mime
    return None


def blob_path(sha256: str) -> Path:
    return store_dir() / sha256[:2] / sha256[2:]


def _write_blob(sha256: str, content: bytes) -> Path:
    """Write the bytes under their digest unless they are there already (atomic: temp + rename)."""
    path = blob_path(sha256)
    if path.exists() and path.stat().st_size == len(content):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(id=row.id, case_id=row.case_id, material_code=row.material_code, sha256=row.sha256,
                          size=row.size, mime=row.mime, original_name=row.original_name,
                          uploaded_at=row.uploaded_at, uploaded_by=row.uploaded_by_id)


def store_attachment(case_id: int, material_code: str, content: bytes | Path, *, original_name: str = "",
                     user: CurrentUser | None, at: dt.datetime | None = None) -> AttachmentInfo:
    """Keep a scanned material of a case. The same bytes for the same material are kept once
    (the existing attachment is returned); the same bytes anywhere are one file on disk."""
    at = at or now()
    user_id = require_window_user(user, allow_none=True)
    if isinstance(content, Path):
        original_name = original_name or content.name
        limit = max_bytes()
        if content.stat().st_size > limit:
            raise ValidationError({"attachment": _too_big(content.stat().st_size, limit)})
        content = content.read_bytes()
    if not Case.select().where(Case.id == case_id).exists():
        raise NotFound(translate("registration", "办件不存在"))
    if not Material.select().where((Material.case == case_id) & (Material.code == material_code)).exists():
        raise ValidationError({"attachment": translate("registration", "办件没有材料“{code}”").format(code=material_code)})
    limit = max_bytes()
    if not content:
        raise ValidationError({"attachment": translate("registration", "文件是空的")})
    if len(content) > limit:
        raise ValidationError({"attachment": _too_big(len(content), limit)})
    mime = sniff(content)
    if mime is None:
        raise ValidationError({"attachment": translate("registration", "只接受 PDF、JPEG 或 PNG 格式的扫描件（按文件内容判断，"
                                                               "与文件名无关）")})
    digest = hashlib.sha256(content).hexdigest()
    existing = Attachment.get_or_none((Attachment.case == case_id) & (Attachment.material_code == material_code)
                                      & (Attachment.sha256 == digest))
    if existing is not None:
        return _info(existing)
    _write_blob(digest, content)  # before the row: a row never points at a missing file
    try:
        with database.atomic():
            row = Attachment.create(case=case_id, material_code=material_code, sha256=digest, size=len(content),
                                    mime=mime, original_name=(original_name or "")[:255], uploaded_by=user_id,
                                    uploaded_at=at)
            Material.update(sha256=digest).where(
                (Material.case == case_id) & (Material.code == material_code)).execute()
            audit.record("change", "attachment", user=user_id, entity_id=row.id, case_id=case_id,
                         field=material_code, detail=digest)
    except IntegrityError:  # the same upload from another workstation a moment ago
        row = Attachment.get((Attachment.case == case_id) & (Attachment.material_code == material_code)
                             & (Attachment.sha256 == digest))
    return _info(row)


def _too_big(size: int, limit: int) -> str:
    return translate("registration", "文件大小 {size:.1f} MB，超过了 {limit:.1f} MB 的上限").format(
        size=size / 1048576, limit=limit / 1048576)


def list_attachments(case_id: int, material_code: str | None = None) -> list[AttachmentInfo]:
    query = Attachment.select().where(Attachment.case == case_id)
    if material_code is not None:
        query = query.where(Attachment.material_code == material_code)
    return [_info(row) for row in query.order_by(Attachment.uploaded_at, Attachment.id)]


def read_attachment(attachment_id: int) -> bytes:
    """The attachment's bytes, checked against the stored SHA-256."""
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    if row is None:
        raise NotFound(translate("registration", "附件不存在"))
    path = blob_path(row.sha256)
    if not path.exists():
        raise ServiceError(translate("registration", "附件文件不在存储目录中：{path}").format(path=path))
    content = path.read_bytes()
    if hashlib.sha256(content).hexdigest() != row.sha256:
        raise ServiceError(translate("registration", "附件文件已损坏（校验和不符）：{path}").format(path=path))
    return content
