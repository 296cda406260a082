"""The account opening notice (基本存款账户开户通知书) the branch hands the applicant once the bank
step is done: the core's completion notice layout with the account's particulars."""
from __future__ import annotations

from pathlib import Path

from app.core.errors import NotFound, ServiceError
from app.core.models import Case, StepState
from app.core.step_work import step_of_case
from app.core.users import CurrentUser
from app.i18n import translate
from app.reports.notice import CompletionNotice, render_completion_notice
from plugins.bank.accounts import opened_account
from plugins.bank.branches import branch_profile
from plugins.bank.common import STEP_TYPE, account_type_title



def grouped(number: str) -> str:
    """2308411109100012345 -> 2308 4111 0910 0012 345: easier to copy by hand."""
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def _date(day) -> str:
    return translate("bank", "{year}年{month}月{day}日").format(year=day.year, month=day.month, day=day.day)


def account_notice(case_id: int, user: CurrentUser) -> CompletionNotice:
    """The notice of the case's opened account, for a user who may see its bank step."""
    view = step_of_case(case_id, STEP_TYPE, user)
    if view is None:
        raise NotFound(translate("bank", "本办件没有由您所在网点办理的开户事项"))
    if view.state != StepState.DONE:
        raise ServiceError(translate("bank", "开户尚未办结，不能打印开户通知书"))
    account = opened_account(view.id)
    if account is None:
        raise ServiceError(translate("bank", "没有该办件的开户记录"))
    case = Case.get_by_id(case_id)
    branch = branch_profile(account.organisation_id)
    bank = branch.title if branch is not None else view.organisation_name
    details = [
        (translate("bank", "统一社会信用代码"), case.enterprise.uscc or "—"),
        (translate("bank", "账户性质"), account_type_title(account.account_type)),
        (translate("bank", "账号"), grouped(account.account_number)),
        (translate("bank", "开户银行"), bank),
        (translate("bank", "开户行行号"), branch.bank_code if branch is not None and branch.bank_code else "—"),
        (translate("bank", "开户日期"), _date(account.opened_on)),
    ]
    if account.signing_at is not None:
        details.append((translate("bank", "面签时间"), account.signing_at.strftime("%Y-%m-%d %H:%M")))
    return CompletionNotice(
        title=translate("bank", "基本存款账户开户通知书"), office=bank, case_number=case.number,
        enterprise_name=case.enterprise.name, completed_at=account.opened_at, details=details,
        paragraphs=[translate("bank", "贵单位申请开立的基本存款账户已于{date}在我行{branch}开立，账户信息如下。").format(
            date=_date(account.opened_on), branch=branch.branch_name if branch is not None and branch.configured
            else bank)],
        tips=[translate("bank", "基本存款账户是企业办理日常转账结算和现金收付的主办账户，一个单位只能开立一个基本存款账户。"),
              translate("bank", "请法定代表人或授权经办人携带本人身份证件和营业执照到开户网点领取开户资料，办理预留印鉴、网上银行等手续。"),
              translate("bank", "办理税务登记后，可凭本账户与税务机关、开户银行签订税库银三方协议，网上缴纳税费。"),
              translate("bank", "企业名称、法定代表人等账户信息变更的，请于变更之日起 5 个工作日内到开户网点办理变更手续。")],
        handler=account.opened_by, address=branch.address if branch is not None else "",
        phone=branch.phone if branch is not None else "", stamp_text=translate("bank", "（开户银行业务专用章）"))


def render_account_notice(case_id: int, user: CurrentUser, out_path: str | Path) -> Path:
    """Gather the notice and write its PDF (off the GUI thread)."""
    return render_completion_notice(account_notice(case_id, user), out_path)


__all__ = ["account_notice", "render_account_notice", "grouped"]
