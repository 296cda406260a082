"""Starting an intake from another plugin's record (``kaiban_intake_sources``), e.g. an incubator's
hosted firm: the sources the user may search, the search over them, and what the created case keeps
of the chosen record. Qt-free."""
from __future__ import annotations

from app.core.errors import PermissionDenied
from app.core.users import CurrentUser
from app.plugin_api import IntakePrefill, IntakeSourceSpec


def intake_sources(host, user: CurrentUser | None) -> list[IntakeSourceSpec]:
    """The sources the enabled plugins offer ``user`` (none: the intake offers no prefill)."""
    return [spec for spec in host.call("kaiban_intake_sources", user=user) if isinstance(spec, IntakeSourceSpec)]


def search_sources(sources: list[IntakeSourceSpec], text: str, user: CurrentUser | None) -> list[IntakePrefill]:
    """Every source's matches for ``text``, source by source; a source that refuses the user
    contributes nothing (PermissionDenied when every one refused)."""
    found: list[IntakePrefill] = []
    refused: PermissionDenied | None = None
    for spec in sources:
        try:
            found += list(spec.search(text, user))
        except PermissionDenied as exc:
            refused = exc
    if refused is not None and not found and len(sources) == 1:
        raise refused
    return found


def prefill_data(prefill: IntakePrefill, collected_codes) -> dict:
    """What the case created from ``prefill`` keeps in ``case.data``: where it came from, and the
    notes of the materials the source vouches for (those the checklist collects)."""
    codes = set(collected_codes)
    notes = {code: note for code, note in prefill.materials if code in codes}
    data: dict = {"intake_source": {"source": prefill.source, "ref": prefill.ref}}
    if notes:
        data["material_notes"] = notes
    return data
