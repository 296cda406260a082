#!/usr/bin/env bash
# Check for, and when possible install, the Debian/Ubuntu packages Kaiban needs
# besides its PyPI dependencies.  Used by `make sysdeps` (and so by `make run`
# and `make test`); safe to run as often as you like.
#
#   * Everything present        -> one line of output, no apt-get at all.
#   * Root or passwordless sudo -> `apt-get update` once, then
#                                  `apt-get install -y --no-install-recommends`
#                                  of exactly the missing packages.
#   * Otherwise                 -> prints the missing packages and the command
#                                  to install them.
#
# Exit status: 1 if a *required* package (Qt runtime libraries, Python venv
# support) is still missing afterwards, 0 otherwise (missing optional packages
# only produce a warning).
#
# A package is written "name", "name|alternative" (older/newer distro names;
# the first is installed) or "...:command" (also counts as present when
# `command` is on PATH, e.g. pg_dump from a versioned postgresql-client-NN).
set -euo pipefail

cd "$(dirname "$0")/.."

# Qt 6 from the PyQt6 wheels: libraries for the xcb (X11 window) and offscreen
# platform plugins.  Ubuntu 24.04 / Debian 13 renamed libglib2.0-0 (t64).
qt_runtime=(
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
    libdbus-1-3 "libglib2.0-0|libglib2.0-0t64"
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    libxrender1 libxi6
)

# TrueType CJK fonts that reportlab can embed (as subsets) in the printed
# documents: AR PL UMing (Song/Ming) for text, WenQuanYi Zen Hei for headings.
# Noto CJK is CFF-based and cannot be embedded.  Without these no PDF
# (notice, receipt, licence, report) can be produced.
pdf_fonts=(
    fonts-arphic-uming
    fonts-wqy-zenhei
)

# Not needed to start, but features or tests degrade without them.
optional=(
    fonts-noto-cjk                      # CJK glyphs in the UI
    "${pdf_fonts[@]}"                   # CJK fonts embedded in PDFs (see above)
    "poppler-utils:pdftotext"           # pdftotext/pdftoppm: PDF checks in tests
    "xvfb:xvfb-run"                     # `make run` without a display
    "xauth:xauth"                       # needed by xvfb-run
    "postgresql-client:pg_dump"         # pg_dump/pg_isready: backups, `make pg-up`
)

required=("${qt_runtime[@]}")

# Debian's python3 ships `venv` without ensurepip until pythonX.Y-venv is
# installed; only matters while .venv does not exist yet.
if [[ ! -x .venv/bin/python ]]; then
    for py in python3.11 python3; do
        if "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            if ! "$py" -c 'import ensurepip' 2>/dev/null; then
                ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
                required+=("python${ver}-venv")
            fi
            break
        fi
    done
fi

say()  { printf 'system-deps: %s\n' "$*"; }
warn() { printf 'system-deps: WARNING: %s\n' "$*" >&2; }

spec_pkgs() { local s=${1%%:*}; echo "${s//|/ }"; }           # "a|b:cmd" -> "a b"
spec_cmd()  { [[ $1 == *:* ]] && echo "${1#*:}" || true; }     # "a|b:cmd" -> "cmd"
spec_first(){ local p; p=$(spec_pkgs "$1"); echo "${p%% *}"; }

is_present() {
    local spec=$1 cmd pkg
    cmd=$(spec_cmd "$spec")
    if [[ -n $cmd ]] && command -v "$cmd" >/dev/null 2>&1; then
        return 0
    fi
    for pkg in $(spec_pkgs "$spec"); do
        if dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
            return 0
        fi
    done
    return 1
}

missing_of() {          # prints the install names of the missing specs
    local spec
    for spec in "$@"; do
        is_present "$spec" || spec_first "$spec"
    done
}

if ! command -v dpkg >/dev/null 2>&1; then
    say "not a Debian/Ubuntu system (no dpkg); cannot check system packages."
    say "Kaiban needs: Qt 6 runtime libraries for xcb/offscreen (EGL, GL, xkbcommon,"
    say "fontconfig, D-Bus, GLib, xcb-cursor/icccm/image/keysyms/randr/render-util/"
    say "shape/xinerama/xkb, Xrender, Xi), a CJK font (Noto CJK), poppler tools,"
    say "Xvfb + xauth, and the PostgreSQL client tools.  Install them with your"
    say "package manager if anything fails to start."
    say "PDFs need a TrueType (not CFF/OpenType) CJK font: AR PL UMing and"
    say "WenQuanYi Zen Hei, SimSun/SimHei on Windows, or KAIBAN_PDF_FONT=/path/to/font.ttf."
    exit 0
fi

mapfile -t missing_req < <(missing_of "${required[@]}")
mapfile -t missing_opt < <(missing_of "${optional[@]}")

if (( ${#missing_req[@]} + ${#missing_opt[@]} == 0 )); then
    say "all system packages present."
    exit 0
fi

all_missing=("${missing_req[@]}" "${missing_opt[@]}")
say "missing: ${all_missing[*]}"

# How can we run apt-get as root?
as_root=()
can_install=0
if command -v apt-get >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then
        can_install=1
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
        can_install=1
    fi
fi

if (( can_install )); then
    apt_install() {
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "$@"
    }
    say "installing with apt-get ..."
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    if ! apt_install "${all_missing[@]}"; then
        # One name unknown to this release must not block the others.
        warn "bulk install failed; retrying package by package."
        for pkg in "${all_missing[@]}"; do
            apt_install "$pkg" || warn "could not install $pkg"
        done
    fi
    mapfile -t missing_req < <(missing_of "${required[@]}")
    mapfile -t missing_opt < <(missing_of "${optional[@]}")
    all_missing=("${missing_req[@]}" "${missing_opt[@]}")
    if (( ${#all_missing[@]} == 0 )); then
        say "all system packages present."
        exit 0
    fi
elif ! command -v apt-get >/dev/null 2>&1; then
    warn "apt-get is not available, cannot install anything."
else
    warn "not root and no passwordless sudo, cannot install anything."
fi

warn "still missing: ${all_missing[*]}"
warn "install them with:"
warn "    sudo apt-get update && sudo apt-get install --no-install-recommends ${all_missing[*]}"

mapfile -t missing_pdf < <(missing_of "${pdf_fonts[@]}")
if (( ${#missing_pdf[@]} )); then
    warn "PDF FONTS MISSING: ${missing_pdf[*]} -- notices, receipts, licences and"
    warn "reports fall back to any other TrueType CJK font and fail without one"
    warn "(or set KAIBAN_PDF_FONT=/path/to/font.ttf)."
fi

if (( ${#missing_req[@]} )); then
    printf 'system-deps: ERROR: required for Qt/Python: %s\n' "${missing_req[*]}" >&2
    exit 1
fi
warn "only optional packages are missing; continuing (CJK text, PDF checks,"
warn "headless 'make run' or database backups may not work)."
exit 0
