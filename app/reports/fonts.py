"""CJK TrueType fonts for PDFs: found once, registered once, embedded as subsets.

reportlab embeds a ``TTFont`` as a subset of the glyphs actually used, but only for TrueType outlines
(``glyf``).  Noto CJK is CFF-based OpenType, which reportlab cannot embed, so it is never chosen.

Search order for each role (body = Song/Ming, heading = Hei):

1. ``KAIBAN_PDF_FONT`` (a .ttf/.ttc path, optionally ``path#N`` for the N-th face of a collection),
   used for both roles;
2. the Debian packages fonts-arphic-uming (body) and fonts-wqy-zenhei (heading);
3. the Windows fonts SimSun / SimHei / Microsoft YaHei;
4. any other TrueType font that fontconfig lists for Chinese (``fc-list :lang=zh``) and reportlab loads.

A role with nothing of its own borrows the other role's font; with nothing at all, ``FontUnavailable``.
"""
from __future__ import annotations

import logging
import ntpath
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

ENV_VAR = "KAIBAN_PDF_FONT"
BODY = "KaibanSong"
HEADING = "KaibanHei"

# Characters every chosen face must contain: a font without them would print boxes.
PROBE = "企业开办营业执照统一社会信用代码壹佰万元整第页共０123ABC"

_WINDOWS_FONTS = ntpath.join(os.environ.get("WINDIR", "C:\\Windows"), "Fonts")
BODY_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),  # AR PL UMing CN
    (ntpath.join(_WINDOWS_FONTS, "simsun.ttc"), 0),  # SimSun
    (ntpath.join(_WINDOWS_FONTS, "msyh.ttc"), 0),  # Microsoft YaHei
)
HEADING_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),  # WenQuanYi Zen Hei
    (ntpath.join(_WINDOWS_FONTS, "simhei.ttf"), 0),  # SimHei
    (ntpath.join(_WINDOWS_FONTS, "msyh.ttc"), 0),
)

MISSING_MESSAGE = (
    "找不到可嵌入 PDF 的中文 TrueType 字体。请安装字体包：sudo apt-get install fonts-arphic-uming fonts-wqy-zenhei"
    "（Windows 请确认 C:\\Windows\\Fonts 中有宋体 simsun.ttc 或黑体 simhei.ttf），"
    f"或用环境变量 {ENV_VAR} 指定一个 .ttf/.ttc 字体文件。"
    "注意：Noto CJK 等 OpenType(CFF) 字体无法嵌入。"
)


class FontUnavailable(RuntimeError):
    """No CJK TrueType font that reportlab can embed was found."""


@dataclass(frozen=True)
class FontSource:
    path: str
    index: int = 0  # face in a .ttc collection

    def __str__(self) -> str:
        return f"{self.path}#{self.index}" if self.index else self.path


@dataclass(frozen=True)
class FontChoice:
    body: FontSource
    heading: FontSource


def _load(source: FontSource, name: str) -> TTFont | None:
    """The TTFont for ``source`` when reportlab can parse it, has the probe glyphs and can subset it."""
    if not source.path.lower().endswith((".ttf", ".ttc")) or not os.path.isfile(source.path):
        return None
    try:
        font = TTFont(name, source.path, subfontIndex=source.index)
        widths = font.face.charWidths
        if any(ord(ch) not in widths for ch in PROBE):
            log.info("PDF font %s lacks some Chinese glyphs; skipped", source)
            return None
        # What embedding does: build a subset font program from the used glyphs.
        font.face.makeSubset([ord(ch) for ch in PROBE[:8]])
        return font
    except (TTFError, OSError, KeyError, IndexError, ValueError) as exc:
        log.info("PDF font %s cannot be embedded: %s", source, exc)
        return None


def _parse_env(value: str) -> FontSource:
    path, sep, index = value.rpartition("#")
    if sep and index.isdigit():
        return FontSource(path, int(index))
    return FontSource(value)


def fontconfig_candidates() -> list[FontSource]:
    """TrueType files fontconfig lists for Chinese, in a stable order (CFF .otf files are left out)."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return []
    try:
        out = subprocess.run([fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=10,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    paths = {line.split(":", 1)[0].strip() for line in out.splitlines()}
    return [FontSource(p) for p in sorted(paths) if p.lower().endswith((".ttf", ".ttc"))]


def _first_loadable(sources, name: str) -> tuple[FontSource, TTFont] | None:
    seen = set()
    for source in sources:
        if source in seen:
            continue
        seen.add(source)
        font = _load(source, name)
        if font is not None:
            return source, font
    return None


def find_fonts(env: dict[str, str] | None = None) -> tuple[FontChoice, TTFont, TTFont]:
    """Choose the body and heading faces without registering them; raise ``FontUnavailable``."""
    env = os.environ if env is None else env
    override = env.get(ENV_VAR, "").strip()
    if override:
        found = _first_loadable([_parse_env(override)], BODY)
        if found:
            heading = _load(found[0], HEADING)
            return FontChoice(found[0], found[0]), found[1], heading
        log.warning("%s=%s is not a TrueType CJK font reportlab can embed; searching the usual places",
                    ENV_VAR, override)

    body = _first_loadable([FontSource(*c) for c in BODY_CANDIDATES], BODY)
    heading = _first_loadable([FontSource(*c) for c in HEADING_CANDIDATES], HEADING)
    if body is None:  # any Chinese TrueType font, else the Hei face for body text too
        body = _first_loadable(fontconfig_candidates() + ([heading[0]] if heading else []), BODY)
    if body is None:
        raise FontUnavailable(MISSING_MESSAGE)
    if heading is None:  # headings in the body face rather than no PDF at all
        heading = _first_loadable([body[0]], HEADING)
    return FontChoice(body[0], heading[0]), body[1], heading[1]


_lock = threading.Lock()
_choice: FontChoice | None = None


def register_fonts() -> FontChoice:
    """Find and register the two faces with reportlab, once per process."""
    global _choice
    with _lock:
        if _choice is None:
            choice, body, heading = find_fonts()
            pdfmetrics.registerFont(body)
            pdfmetrics.registerFont(heading)
            # <b> in a Paragraph switches to the Hei face; there are no italic CJK faces.
            for bold, italic, name in ((0, 0, BODY), (1, 0, HEADING), (0, 1, BODY), (1, 1, HEADING)):
                addMapping(BODY, bold, italic, name)
                addMapping(HEADING, bold, italic, HEADING)
            log.info("PDF fonts: body %s, heading %s", choice.body, choice.heading)
            _choice = choice
        return _choice


def body_font() -> str:
    """reportlab font name of the Song/Ming body face (registers the fonts on first use)."""
    register_fonts()
    return BODY


def heading_font() -> str:
    """reportlab font name of the Hei heading face (registers the fonts on first use)."""
    register_fonts()
    return HEADING
