"""Scanned attachments: recognised by content, size-limited, checksummed, stored once."""
from __future__ import annotations

import hashlib

import pytest

from app.core.errors import ValidationError
from app.core.models import Material
from app.core.settings import set_setting
from plugins.registration import attachments
from plugins.registration.attachments import (blob_path, list_attachments, read_attachment, sniff,
                                              store_attachment)
from plugins.registration.intake import accept_case

from .helpers import T0, all_received, valid_form, window_user

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100)
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(100)


@pytest.fixture
def case(reg):
    return accept_case(reg, valid_form(), all_received(reg, valid_form()), user=window_user(), at=T0)


def test_sniffing_goes_by_content():
    assert (sniff(PDF), sniff(JPEG), sniff(PNG)) == ("application/pdf", "image/jpeg", "image/png")
    assert sniff(EXE) is None and sniff(b"") is None and sniff(b"%PDF") is None


def test_a_png_named_pdf_is_stored_as_png(case, tmp_path):
    path = tmp_path / "营业场所照片.pdf"
    path.write_bytes(PNG)
    info = store_attachment(case.id, "address_proof", path, user=window_user(), at=T0)
    assert info.mime == "image/png" and info.original_name == "营业场所照片.pdf"
    assert info.sha256 == hashlib.sha256(PNG).hexdigest() and info.size == len(PNG)
    assert blob_path(info.sha256).read_bytes() == PNG
    assert blob_path(info.sha256).parent.name == info.sha256[:2]
    assert read_attachment(info.id) == PNG
    assert Material.get((Material.case == case.id) & (Material.code == "address_proof")).sha256 == info.sha256


def test_an_exe_renamed_pdf_is_rejected(case, tmp_path):
    path = tmp_path / "章程.pdf"
    path.write_bytes(EXE)
    with pytest.raises(ValidationError) as info:
        store_attachment(case.id, "articles", path, user=window_user(), at=T0)
    assert "PDF、JPEG 或 PNG" in info.value.errors["attachment"]
    assert list_attachments(case.id) == []
    with pytest.raises(ValidationError):
        store_attachment(case.id, "articles", b"", user=window_user(), at=T0)


def test_size_limit_is_a_setting(case, tmp_path):
    big = PDF + bytes(attachments.DEFAULT_MAX_BYTES)
    with pytest.raises(ValidationError) as info:
        store_attachment(case.id, "articles", big, original_name="a.pdf", user=window_user(), at=T0)
    assert "超过" in info.value.errors["attachment"]
    set_setting(attachments.MAX_BYTES_SETTING, 64)
    path = tmp_path / "b.pdf"
    path.write_bytes(PDF + bytes(64))
    with pytest.raises(ValidationError):
        store_attachment(case.id, "articles", path, user=window_user(), at=T0)
    assert store_attachment(case.id, "articles", PDF, user=window_user(), at=T0).mime == "application/pdf"
    assert len(list_attachments(case.id)) == 1


def test_same_bytes_are_stored_once(case):
    first = store_attachment(case.id, "articles", JPEG, original_name="章程.jpg", user=window_user(), at=T0)
    again = store_attachment(case.id, "articles", JPEG, original_name="章程（再扫）.jpg", user=window_user(), at=T0)
    assert again == first and len(list_attachments(case.id, "articles")) == 1
    other = store_attachment(case.id, "shareholder_ids", JPEG, original_name="身份证.jpg", user=window_user(), at=T0)
    assert other.id != first.id and other.sha256 == first.sha256
    store = attachments.store_dir()
    assert [p for p in store.rglob("*") if p.is_file()] == [blob_path(first.sha256)]  # one file on disk


def test_unknown_material_and_corrupted_file(case):
    with pytest.raises(ValidationError):
        store_attachment(case.id, "no_such_material", PDF, user=window_user(), at=T0)
    info = store_attachment(case.id, "articles", PDF, user=window_user(), at=T0)
    blob_path(info.sha256).write_bytes(PDF + b"tampered")
    from app.core.errors import ServiceError

    with pytest.raises(ServiceError, match="校验和"):
        read_attachment(info.id)
