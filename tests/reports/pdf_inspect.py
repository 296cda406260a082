"""Reading generated PDFs back with pypdf: their text and the fonts they embed."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")


def compact(text: str) -> str:
    """Text without any whitespace: extraction inserts breaks and spaces where lines wrap."""
    return re.sub(r"\s+", "", text)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def assert_contains(path: Path, *needles: str) -> None:
    text = compact(pdf_text(path))
    missing = [n for n in needles if compact(n) not in text]
    assert not missing, f"{path.name} lacks {missing}"


@dataclass(frozen=True)
class EmbeddedFont:
    base_font: str
    subtype: str
    font_files: frozenset[str]  # /FontFile (Type 1), /FontFile2 (TrueType), /FontFile3 (CFF/OpenType)


def _fonts_in(resources, found: dict) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for part in descendants:
            descriptor = part.get("/FontDescriptor")
            files = frozenset(k for k in (descriptor.get_object() if descriptor else {}) if k.startswith("/FontFile"))
            found[str(font["/BaseFont"])] = EmbeddedFont(str(font["/BaseFont"]).lstrip("/"),
                                                         str(part["/Subtype"]), files)
    for xobject in (resources.get("/XObject") or {}).values():
        _fonts_in(xobject.get_object().get("/Resources"), found)


def embedded_fonts(path: Path) -> list[EmbeddedFont]:
    found: dict[str, EmbeddedFont] = {}
    for page in PdfReader(path).pages:
        _fonts_in(page.get("/Resources"), found)
    return list(found.values())


def assert_truetype_subsets_only(path: Path) -> None:
    """Every font is an embedded TrueType subset (ABCDEF+Name with /FontFile2): nothing left to the viewer."""
    fonts = embedded_fonts(path)
    assert fonts, f"{path.name} uses no fonts"
    for font in fonts:
        assert SUBSET_PREFIX.match(font.base_font), f"{font.base_font} is not a subset"
        assert font.font_files == {"/FontFile2"}, f"{font.base_font} embeds {set(font.font_files)}"
