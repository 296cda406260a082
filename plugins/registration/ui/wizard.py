"""新办件受理（智能引导）: the questions, the applicant's checklist, the intake form and the
materials; finishing accepts the case (nothing invalid is saved: the wizard cannot finish while
any field is in error, and the service's own refusals come back to their fields)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from app.core.errors import ServiceError, ValidationError
from app.plugin_api import IntakeAnswers, IntakePrefill
from app.ui import operations
from plugins.registration.intake import accept_case, validate_materials
from plugins.registration.materials import collected_items
from plugins.registration.prefill import intake_sources, prefill_data
from plugins.registration.ui import printing
from plugins.registration.ui.checklist import ChecklistWidget, department_names
from plugins.registration.ui.intake_form import IntakeFormWidget
from plugins.registration.ui.materials import MaterialsWidget
from plugins.registration.ui.questions import QuestionsWidget
from plugins.registration.ui.widgets import error_label, show_error
from plugins.registration.validation import validate_intake

QUESTIONS, CHECKLIST, FORM, MATERIALS = range(4)


@dataclass(frozen=True)
class AcceptedCase:
    case_id: int
    number: str
    attachment_problems: dict[str, str] = field(default_factory=dict)  # material name -> why not stored


def accept_with_attachments(ctx, form, materials, attachments: dict[str, Path], user,
                            extra_data: dict | None = None) -> AcceptedCase:
    """Off the GUI thread: accept the case, then store its scans (a refused scan does not undo the
    acceptance; it is reported). ``extra_data`` goes to ``case.data`` (a prefill's source)."""
    from plugins.registration.attachments import store_attachment

    case = accept_case(ctx, form, materials, user=user, extra_data=extra_data)
    names = {m.code: m.name for m in case.materials}
    problems: dict[str, str] = {}
    for code, path in attachments.items():
        try:
            store_attachment(case.id, code, path, user=user)
        except ValidationError as exc:
            problems[names.get(code, code)] = "；".join(exc.errors.values())
        except (ServiceError, OSError) as exc:
            problems[names.get(code, code)] = str(exc)
    return AcceptedCase(case.id, case.number, problems)


def build_receipt(case_id: int, clerk: str, path: Path) -> Path:
    """Off the GUI thread: the acceptance receipt's data and PDF."""
    from plugins.registration.documents import render_acceptance_receipt
    from plugins.registration.printouts import acceptance_receipt_data

    return render_acceptance_receipt(acceptance_receipt_data(case_id, clerk=clerk), path)


def print_receipt(parent: QWidget | None, case_id: int, number: str, clerk: str) -> None:
    printing.save_pdf(parent, QCoreApplication.translate("IntakeWizard", "保存受理回执"),
                      QCoreApplication.translate("IntakeWizard", "受理回执_{number}.pdf").format(number=number),
                      lambda path: build_receipt(case_id, clerk, path))


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str, content: QWidget, *, scroll: bool = False):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.content = content
        self.general_error = error_label()
        self.note = QLabel()
        self.note.setObjectName("hintLabel")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.general_error)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(content)
            layout.addWidget(area, 1)
        else:
            layout.addWidget(content, 1)

    def show_general(self, messages: list[str]) -> None:
        show_error(self.general_error, "\n".join(messages))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class QuestionsPage(_Page):
    def __init__(self):
        widget = QuestionsWidget()
        super().__init__(self.tr("第一步：开办情况"),
                         self.tr("回答以下问题，系统据此生成申请人需要提交的材料清单。"), widget)
        self.questions = widget
        widget.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.questions.answers() is not None


class ChecklistPage(_Page):
    def __init__(self, ctx):
        widget = ChecklistWidget(ctx)
        super().__init__(self.tr("第二步：材料清单（一次性告知）"),
                         self.tr("各部门需要的材料合并为一张清单，每项材料只收一次。可打印一次性告知单交给申请人。"),
                         widget)
        self.checklist = widget

    def initializePage(self) -> None:
        self.checklist.set_answers(self.wizard().answers())


class FormPage(_Page):
    def __init__(self):
        widget = IntakeFormWidget()
        super().__init__(self.tr("第三步：申请信息"),
                         self.tr("逐项录入申请信息；有误的内容会在对应栏目下方以红字提示。"), widget, scroll=True)
        self.form = widget

    def initializePage(self) -> None:
        self.form.set_answers(self.wizard().answers())

    def validatePage(self) -> bool:
        try:
            validate_intake(self.form.form())  # pure: no database
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        self.form.clear_errors()
        return True


class MaterialsPage(_Page):
    def __init__(self, ctx):
        widget = MaterialsWidget()
        super().__init__(self.tr("第四步：收取材料"),
                         self.tr("核对并收取材料，点击“受理”生成办件。"), widget)
        self.ctx = ctx
        self.materials = widget
        self.items = []

    def initializePage(self) -> None:
        self.items = collected_items(self.ctx.host, self.wizard().answers())
        self.materials.set_items(self.items, department_names(self.ctx.host))
        prefill = self.wizard().prefill
        if prefill is not None:  # the materials its source vouches for, with the source's note
            self.materials.mark_received(dict(prefill.materials))

    def validatePage(self) -> bool:
        errors = validate_materials(self.items, self.materials.entries(), today=dt.date.today())
        self.materials.show_errors(errors)
        return not errors


class IntakeWizard(QWizard):
    def __init__(self, ctx, window: QWidget | None = None):
        super().__init__(window)
        self.ctx = ctx
        self.window_ref = window  # the main window: stays when the wizard is gone
        self.accepted_case: AcceptedCase | None = None
        self.prefill: IntakePrefill | None = None  # the record the intake was started from, if any
        self.sources = intake_sources(ctx.host, ctx.user)
        self._submitting = False
        _ = ctx.graph  # built on the GUI thread before the worker needs it
        self.setObjectName("intakeWizard")
        self.setWindowTitle(self.tr("新办件受理（智能引导）"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("受理"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.questions_page = QuestionsPage()
        self.checklist_page = ChecklistPage(ctx)
        self.form_page = FormPage()
        self.materials_page = MaterialsPage(ctx)
        for page_id, page in enumerate((self.questions_page, self.checklist_page, self.form_page,
                                        self.materials_page)):
            self.setPage(page_id, page)
        self.resize(1000, 740)
        self.currentIdChanged.connect(self._page_changed)
        if self.sources:  # some plugin offers records to start from (an incubator's hosted firms)
            self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("从入驻企业带入…"))
            self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
            self.button(QWizard.WizardButton.CustomButton1).setObjectName("prefillButton")
            self.customButtonClicked.connect(lambda which: self.choose_prefill()
                                             if which == QWizard.WizardButton.CustomButton1.value else None)

    def answers(self) -> IntakeAnswers:
        return self.questions_page.questions.answers()

    def _page_changed(self, page_id: int) -> None:
        if page_id == CHECKLIST:  # back from the form: the notice carries the proposed name
            self.checklist_page.checklist.enterprise_name = self.form_page.form.company_name.text().strip()

    def go_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()

    # -- starting from another plugin's record ----------------------------------------------
    def choose_prefill(self):
        from plugins.registration.ui.intake_sources import IntakeSourceDialog

        dialog = IntakeSourceDialog(self.sources, self.ctx.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_prefill(dialog.chosen))
        dialog.open()
        return dialog

    def apply_prefill(self, prefill: IntakePrefill | None) -> None:
        """Fill the answers and the form from ``prefill``; its materials are ticked on the materials page."""
        if prefill is None:
            return
        self.prefill = prefill
        self.questions_page.questions.set_address_type(prefill.address_type)
        form = self.form_page.form
        form.company_name.setText(prefill.enterprise_name)
        form.address.setText(prefill.address)
        form.area_code.setText(prefill.area_code)
        form.legal_name.setText(prefill.legal_representative_name)
        form.legal_id.setText(prefill.legal_representative_id)
        form.legal_mobile.setText(prefill.legal_representative_mobile)
        if not form.contact_name.text().strip():
            form.copy_legal_to_contact()
        answers = self.answers()
        if answers is not None:  # the form and the checklist follow the new address type
            form.set_answers(answers)
        if self.currentId() == MATERIALS:
            self.materials_page.initializePage()
        note = self.tr("已带入：{label}").format(label=prefill.label)
        for page in (self.questions_page, self.form_page, self.materials_page):
            page.show_note(note)

    # -- finishing -----------------------------------------------------------------------
    def accept(self) -> None:
        if self.accepted_case is not None:
            super().accept()
            return
        if self._submitting or not self.validateCurrentPage():
            return
        ctx, user = self.ctx, self.ctx.user
        form = self.form_page.form.form()
        materials = self.materials_page.materials.entries()
        attachments = self.materials_page.materials.attachments()
        extra = (prefill_data(self.prefill, [item.code for item in self.materials_page.items])
                 if self.prefill is not None else None)
        self._submitting = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        operations.run_op(self, lambda: accept_with_attachments(ctx, form, materials, attachments, user, extra),
                          on_success=self._accepted, on_failure=self._failed, label=self.tr("正在受理…"))

    def _failed(self, failure: operations.Failure) -> None:
        self._submitting = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(failure.error, ValidationError):
            self.show_errors(failure.error.errors)
        else:
            self.materials_page.show_general([failure.message()])

    def show_errors(self, errors: dict[str, str]) -> None:
        """Errors the service found on acceptance (a name already in use, a promise date): shown at
        their fields, on the earliest page that has one."""
        rest = self.materials_page.materials.show_errors(errors)
        on_materials = len(rest) < len(errors)
        unplaced = self.form_page.form.show_errors(rest)
        on_form = len(unplaced) < len(rest)
        self.materials_page.show_general(list(unplaced.values()))
        if on_form:
            self.go_to(FORM)
        elif on_materials:
            self.go_to(MATERIALS)

    def _accepted(self, result: AcceptedCase) -> None:
        self.accepted_case = result
        super().accept()
        self.offer_next_steps(result)

    def offer_next_steps(self, result: AcceptedCase):
        window = self.window_ref
        clerk = self.ctx.user.display_name if self.ctx.user else ""
        text = self.tr("办件已受理，办件编号：{number}\n已进入“待受理审核”队列。").format(number=result.number)
        if result.attachment_problems:
            text += "\n\n" + self.tr("以下扫描件未能保存，请在办件中补充：") + "\n" + "\n".join(
                f"· {name}：{why}" for name, why in result.attachment_problems.items())
        choices = [(self.tr("打印受理回执…"), lambda: print_receipt(window, result.case_id, result.number, clerk))]
        if window is not None and hasattr(window, "open_case"):
            choices.append((self.tr("打开办件"), lambda: window.open_case(result.case_id)))
        return printing.offer(window, text, choices, title=self.tr("受理成功"))
