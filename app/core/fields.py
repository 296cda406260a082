"""Field-level access (point to point): which of a case's fields and materials a user may read.

Step types declare what they need (``StepTypeSpec.case_fields`` and ``.materials``). A user may
read the union of what the step types of their *visible* steps on the case declare — a bank
branch's clerk reads the bank step's fields and nothing else; administrators read everything.
Case fields are dotted paths (:data:`CASE_FIELDS`); a declared path grants itself and every path
under it (``legal_representative`` grants ``legal_representative.mobile``), ``enterprise.*`` every
enterprise field and ``*`` every field. A material code ``*`` grants every material.

The enterprise's name is always readable by whoever may see the case (every queue row shows it).

Resident ID numbers and mobiles are shown masked; :func:`reveal_field` hands out one clear value to
a user allowed to read it and records who revealed what, when, in the audit log.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from app.core import audit
from app.core.access import can_see_case, step_visibility
from app.core.errors import NotFound, PermissionDenied
from app.core.models import Case, Step
from app.core.users import CurrentUser
from app.i18n import translate
from app.plugin_api import StepTypeSpec

WILDCARD = "*"

#: every readable case field, as a dotted path
CASE_FIELDS = (
    "enterprise.name", "enterprise.uscc", "enterprise.company_type", "enterprise.registered_capital",
    "enterprise.address", "enterprise.business_scope",
    "legal_representative.name", "legal_representative.id_number", "legal_representative.mobile",
    "contact.name", "contact.id_number", "contact.mobile",
    "shareholders",
)
#: readable by whoever may see the case at all
ALWAYS_READABLE = frozenset({"enterprise.name"})
#: personal data shown masked until revealed
MASKED_FIELDS = frozenset({"legal_representative.id_number", "legal_representative.mobile",
                           "contact.id_number", "contact.mobile"})


@dataclass(frozen=True)
class FieldAccess:
    """What one user may read of one case."""
    fields: frozenset[str]            # leaf paths of CASE_FIELDS
    materials: frozenset[str] | None  # material codes; None: every material

    def can_read(self, path: str) -> bool:
        return path in self.fields

    def can_read_material(self, code: str) -> bool:
        return self.materials is None or code in self.materials


FULL_ACCESS = FieldAccess(frozenset(CASE_FIELDS), None)


def expand(declared) -> frozenset[str]:
    """The leaf paths of CASE_FIELDS that the declared paths grant."""
    granted = set()
    for item in declared:
        item = item.strip()
        if item == WILDCARD:
            return frozenset(CASE_FIELDS)
        prefix = item[:-1] if item.endswith(".*") else item + "."
        granted.update(path for path in CASE_FIELDS if path == item or path.startswith(prefix))
    return frozenset(granted)


def _specs(graph) -> Mapping[str, StepTypeSpec]:
    """The step type declarations: the given graph's, or the running installation's plugins'."""
    if graph is not None:
        return graph.steps
    from app.plugins import get_plugin_host

    return {spec.name: spec for spec in get_plugin_host().call("kaiban_step_types")}


def field_access(case_id: int, user: CurrentUser, graph=None) -> FieldAccess:
    """What ``user`` may read of case ``case_id``: the union of the declarations of the step types
    of the case's steps that the user may see (a step type no active plugin declares grants
    nothing). ``graph`` is the workflow graph (anything with a ``steps`` mapping of StepTypeSpec);
    without it the process's plugin host is asked."""
    if user.is_admin:
        return FULL_ACCESS
    step_types = [row[0] for row in Step.select(Step.step_type)
                  .where((Step.case == case_id) & step_visibility(user)).tuples()]
    specs = _specs(graph)
    declared_fields, declared_materials = [], set()
    for name in step_types:
        spec = specs.get(name)
        if spec is None:
            continue
        declared_fields.extend(spec.case_fields)
        declared_materials.update(spec.materials)
    fields = expand(declared_fields) | (ALWAYS_READABLE if step_types else frozenset())
    materials = None if WILDCARD in declared_materials else frozenset(declared_materials)
    return FieldAccess(fields, materials)


def _revealable(field: str) -> bool:
    return field in MASKED_FIELDS


def reveal_field(case_id: int, user: CurrentUser, field: str, *, graph=None) -> str:
    """The clear value of a masked field (a resident ID number, a mobile) of case ``case_id``,
    for a user allowed to read that field; the reveal is recorded in the audit log (who, when,
    which case, which field). Raises PermissionDenied otherwise, and records nothing."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(translate("cases", "办件不存在"))
    if not can_see_case(user, case_id):
        raise PermissionDenied(translate("cases", "无权查看该办件"))
    if not _revealable(field):
        raise PermissionDenied(translate("cases", "该信息不能显示明文"))
    if not field_access(case_id, user, graph).can_read(field):
        raise PermissionDenied(translate("cases", "您所办理的事项无权查看该信息"))
    holder, attribute = field.split(".", 1)
    person = case.legal_representative if holder == "legal_representative" else case.contact
    if person is None:
        raise NotFound(translate("cases", "办件没有该信息"))
    value = getattr(person, attribute)
    audit.record("reveal", "person", user=user.id, entity_id=person.id, field=field, case_id=case.id)
    return value
