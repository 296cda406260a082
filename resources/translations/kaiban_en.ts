<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="106" />
        <source>答复差评</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="110" />
        <source>办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="111" />
        <source>被评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="112" />
        <source>评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="113" />
        <source>（申请人未留言）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="115" />
        <source>评价内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="116" />
        <source>答复时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="118" />
        <source>给申请人的书面答复（{low}–{high} 字，将以短信发送）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="125" />
        <source>答复并发送短信</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="24" />
        <source>周一</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="24" />
        <source>周二</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="25" />
        <source>周三</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="25" />
        <source>周四</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="26" />
        <source>周五</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="26" />
        <source>周六</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="27" />
        <source>周日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="42" />
        <source>预约现场办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="45" />
        <source>办件 {number} 的现场办理预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="46" />
        <source>现场办理预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="48" />
        <source>预约成功后，系统会以短信告知申请人时间、地址和电话，并在前一天提醒。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="51" />
        <source>正在加载…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="64" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="96" />
        <source>该办件的办理机构近 7 天没有可预约的时段。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="98" />
        <source>可预约机构 {n} 家</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="106" />
        <source>地址：{address}    电话：{phone}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="112" />
        <source>已预约：{time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="116" />
        <source>取消预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="123" />
        <source>{time}（余 {free} 个）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="127" />
        <source>预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="136" />
        <source>{date} {weekday} {start}–{end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="137" />
        <source>{month}月{day}日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="151" />
        <source>正在预约…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/appointments.py" line="158" />
        <source>正在取消预约…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BankAccountPanel</name>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="49" />
        <source>通知申请人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="50" />
        <source>以短信告知申请人开户网点、账号（部分隐藏）和开户日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="52" />
        <source>打印开户通知书…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="78" />
        <source>企业与开户网点</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="81" />
        <source>账户名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="81" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="82" />
        <source>住所</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="82" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="83" />
        <source>执照核发时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="83" />
        <source>开户网点</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="84" />
        <source>开户行行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="84" />
        <source>账号规则</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="93" />
        <source>预约面签</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="95" />
        <source>尚未预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="99" />
        <source>预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="101" />
        <source>取消预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="113" />
        <source>网点预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="116" />
        <source>现在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="118" />
        <source>按预约时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="120" />
        <source>面签时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="122" />
        <source>法定代表人或授权经办人在网点当面签署开户资料、核验身份的时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="235" />
        <location filename="../../plugins/bank/ui/panel.py" line="123" />
        <source>尚未短信通知申请人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="126" />
        <source>开户通知</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="130" />
        <source>尽职调查</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="133" />
        <source>请选择</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="136" />
        <source>调查结论</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="138" />
        <source>核实情况、关注事项或不予开户的原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="140" />
        <source>调查说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="141" />
        <source>结论为“通过（附说明）”或“不通过”时必填。不通过的不能办结：请退回补正，或挂起等待申请人补充。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="145" />
        <source>开立基本存款账户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="147" />
        <source>账户性质</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="150" />
        <source>核心系统开立后的账号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="151" />
        <source>账号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="152" />
        <source>只填数字，可按四位一组加空格，保存时去掉空格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="155" />
        <source>再输入一遍以核对</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="156" />
        <source>确认账号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="158" />
        <source>今天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="160" />
        <source>开户日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="185" />
        <source>{name}（身份证 {id}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="190" />
        <source>网点尚未维护</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="192" />
        <source>{bank}账号为 {lengths}数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="195" />
        <source>网点尚未维护账号位数，按 8 至 32 位数字校验</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="211" />
        <source>已预约 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="214" />
        <source>尚未预约面签</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="216" />
        <source>{time}（余 {free} 个）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="221" />
        <source>开户已办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="223" />
        <source>近 {days} 天没有可约时段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="226" />
        <source>周一</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="226" />
        <source>周二</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="226" />
        <source>周三</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="226" />
        <source>周四</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="226" />
        <source>周五</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="227" />
        <source>周六</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="227" />
        <source>周日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="228" />
        <source>{month}月{day}日（{weekday}）{start}–{end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="238" />
        <source>待发送</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="238" />
        <source>发送中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="239" />
        <source>已发送</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="239" />
        <source>发送失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="240" />
        <source>已于 {time} 短信通知申请人（{state}），共 {count} 次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="337" />
        <source>正在预约…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="363" />
        <source>正在生成短信…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="370" />
        <source>保存开户通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="371" />
        <source>开户通知书_{number}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/panel.py" line="381" />
        <source>正在生成开户通知书…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BankFiles</name>
    <message>
        <location filename="../../plugins/bank/ui/files.py" line="17" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="35" />
        <source>开户网点信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="38" />
        <source>开户网点信息维护</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="40" />
        <source>地址和电话会随开户通知短信和开户通知书告知申请人；账号位数用于核对经办人录入的账号。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="51" />
        <source>12 位数字，如 102659000236</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="53" />
        <source>如 19；多种位数用逗号分隔，如 19,20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="56" />
        <source>如 0816-2539000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="66" />
        <source>开户网点</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="67" />
        <source>银行名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="68" />
        <source>网点名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="69" />
        <source>联行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="70" />
        <source>账号位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="71" />
        <source>网点地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="72" />
        <source>联系电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="87" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="88" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="137" />
        <source>最后修改：{time} {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="138" />
        <source>系统</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="140" />
        <source>该网点尚未维护开户信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="159" />
        <source>正在保存…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/ui/branch_dialog.py" line="164" />
        <source>已保存</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="32" />
        <source>已收取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="32" />
        <source>待收取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="32" />
        <source>容缺承诺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="34" />
        <source>生成事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="34" />
        <source>进入待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="34" />
        <source>领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="34" />
        <source>退回队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="34" />
        <source>办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="35" />
        <source>挂起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="35" />
        <source>恢复办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="35" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="35" />
        <source>撤销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="36" />
        <source>改派</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="36" />
        <source>修改办理信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="37" />
        <source>领取超时，回到队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="39" />
        <source>窗口受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="39" />
        <source>网上申报</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="40" />
        <source>有限责任公司</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="40" />
        <source>个人独资企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="41" />
        <source>合伙企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="41" />
        <source>个体工商户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="54" />
        <source>{amount} 万元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="98" />
        <source>正在加载办件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="113" />
        <source>预约…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="115" />
        <source>预约刻章、银行开户等现场办理的时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="131" />
        <source>基本信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="132" />
        <source>材料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="133" />
        <source>流程</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="154" />
        <source>无法打开办件：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="157" />
        <source>办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="164" />
        <source>办件 {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="171" />
        <source>统一社会信用代码：{uscc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="171" />
        <source>（尚未赋码）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="208" />
        <source>显示</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="210" />
        <source>显示完整信息（查看记录将写入审计日志）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="221" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="222" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="223" />
        <source>企业类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="224" />
        <source>注册资本</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="225" />
        <source>住所</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="226" />
        <source>经营范围</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="232" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="232" />
        <source>身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="232" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="233" />
        <source>联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="233" />
        <source>联系人身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="233" />
        <source>联系人手机</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="239" />
        <source>股东</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="239" />
        <source>{name}（{share}%）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="241" />
        <source>受理渠道</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="242" />
        <source>申请时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="296" />
        <location filename="../../app/ui/case_view.py" line="243" />
        <source>办结时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="245" />
        <source>按点对点推送规则，仅显示本机构办理事项所需的信息。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="289" />
        <source>材料名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="296" />
        <location filename="../../app/ui/case_view.py" line="289" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="289" />
        <source>承诺补交日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="308" />
        <location filename="../../app/ui/case_view.py" line="301" />
        <location filename="../../app/ui/case_view.py" line="296" />
        <source>事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="296" />
        <source>到达时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="296" />
        <source>办理时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="301" />
        <source>时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="301" />
        <source>事件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="301" />
        <source>操作人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="301" />
        <source>备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="308" />
        <source>办理记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="324" />
        <source>办理进度</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="335" />
        <source>插件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="348" />
        <source>面板“{title}”无法显示：{error}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="117" />
        <source>第二步：材料清单（一次性告知）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="118" />
        <source>各部门需要的材料合并为一张清单，每项材料只收一次。可打印一次性告知单交给申请人。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="44" />
        <source>以上材料由综合受理窗口一次收取，在各部门之间共享，申请人无需重复提交。标有“可容缺”的材料可以先承诺、后补交。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="48" />
        <source>打印一次性告知单…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="71" />
        <source>可容缺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="73" />
        <source>序号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="73" />
        <source>材料名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="73" />
        <source>使用部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="73" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="74" />
        <source>容缺受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="84" />
        <source>需提交材料共 {n} 项，其中 {shared} 项由多个部门共用，只需提交一次。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="97" />
        <source>保存一次性告知单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/checklist.py" line="98" />
        <source>一次性告知单_{date}.pdf</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ChoiceBox</name>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="63" />
        <source>{department}（{steps}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="67" />
        <source>请选择…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="73" />
        <source>需要预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="84" />
        <source>办理机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="87" />
        <source>预约时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="96" />
        <source>共 {n} 家可选，请与申请人确认</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="98" />
        <source>地址：{address}
电话：{phone}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="68" />
        <location filename="../../plugins/seal/ui/company_dialog.py" line="30" />
        <source>刻章企业信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="38" />
        <source>如 川公特（印）字第 5107030012 号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="40" />
        <source>如 周一至周五 09:00-12:00、13:30-17:30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="42" />
        <source>如 240.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="46" />
        <source>刻章企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="47" />
        <source>地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="48" />
        <source>电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="49" />
        <source>特种行业许可证</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="50" />
        <source>营业时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="51" />
        <source>免费套章单价（元/套）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="52" />
        <source>单价用于政府购买服务的补贴结算，修改后对此后办结的印章生效；企业名称、地址和电话由系统管理员维护。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="61" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="63" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="110" />
        <source>您没有可维护的刻章企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="129" />
        <source>最后修改：{time} {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="156" />
        <source>正在保存…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/company_dialog.py" line="160" />
        <source>已保存。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="42" />
        <source>是</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="42" />
        <source>否</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="163" />
        <source>正在保存…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="70" />
        <source>保存冲突</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="74" />
        <source>其他用户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="77" />
        <source>{who}于 {when} 修改了此事项，您的修改尚未保存。
请对照下表，选择保留哪一方的内容。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="85" />
        <source>项目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="85" />
        <source>您的修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="86" />
        <source>他人的修改（{who}，{when}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="107" />
        <source>保存我的修改（覆盖他人的修改）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="108" />
        <source>采用他人的修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="109" />
        <source>返回继续编辑</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="31" />
        <source>连接数据库</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="39" />
        <source>多台工作站共用数据时，请连接到同一台 PostgreSQL 服务器。数据库密码保存在系统密钥环中，不会写入配置文件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="45" />
        <source>例如 192.168.1.20 或 db.example.gov.cn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="54" />
        <source>留空则不保存密码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="59" />
        <source>服务器地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="59" />
        <source>端口</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="60" />
        <source>数据库名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="61" />
        <source>用户名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="62" />
        <source>密码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="70" />
        <source>测试连接</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="71" />
        <source>使用本机数据库 (SQLite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="72" />
        <source>忘记已保存的服务器连接，改用本机的 SQLite 数据库文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="73" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="75" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="122" />
        <source>请填写服务器地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="124" />
        <source>服务器地址只能包含字母、数字、点、连字符和冒号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="126" />
        <source>请填写数据库名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="128" />
        <source>数据库名不能包含空格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="130" />
        <source>请填写用户名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="152" />
        <source>正在连接 {host}:{port}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="156" />
        <source>连接成功（PostgreSQL {version}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="163" />
        <source>正在测试连接…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="173" />
        <source>连接设置已保存，但系统密钥环不可用，密码没有保存。每次启动时将询问数据库密码。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="176" />
        <source>无法保存连接设置：{error}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="29" />
        <source>督办联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="44" />
        <source>11 位手机号码；留空则不发短信</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="46" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="50" />
        <source>手机号码：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="54" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="57" />
        <source>超时事项督办短信发送至下列主管登记的手机号码。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="53" />
        <source>监察看板</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="60" />
        <source>刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="66" />
        <source>每日受理与办结办件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="69" />
        <source>各部门办理中事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="72" />
        <source>各事项用时中位数（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="92" />
        <source>当前超时事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="97" />
        <source>点击查看超时事项清单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="100" />
        <source>已过办理时限、仍在待办或办理中的事项（件）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="106" />
        <source>满意度及其他指标</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="107" />
        <source>比率指标（%）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="110" />
        <source>暂无插件提供满意度等统计指标。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="114" />
        <source>点击一项查看明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="131" />
        <source>读取失败：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="163" />
        <source>近 {n} 天：{start} 至 {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="165" />
        <source>更新于 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="167" />
        <source>受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/dashboard.py" line="167" />
        <source>办结</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>DeliveryPanel</name>
    <message>
        <location filename="../../plugins/delivery/ui/panel.py" line="31" />
        <source>新增寄递…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/panel.py" line="52" />
        <source>营业执照核发后可寄递执照，办件办结后可寄递印章及其他材料。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/panel.py" line="54" />
        <source>申请人选择免费寄递：{recipient}，{address}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/panel.py" line="57" />
        <source>申请人选择窗口自取；如需寄递请新增寄递记录并填写地址。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>DeliveryScreen</name>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="24" />
        <source>免费寄递工作台</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="30" />
        <source>待制单（申请人选择寄递）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="40" />
        <source>制单…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="46" />
        <source>寄递记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="49" />
        <source>显示：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="51" />
        <source>待寄出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="51" />
        <source>运输中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="52" />
        <source>已退回</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="52" />
        <source>未完结（待寄出、运输中、已退回）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="54" />
        <source>已签收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="54" />
        <source>全部</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="83" />
        <source>{n} 个办件待制单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/screen.py" line="84" />
        <source>共 {n} 件</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>EmployeesEditor</name>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="192" />
        <source>添加职工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="193" />
        <source>删除所选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="194" />
        <source>从表格导入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="195" />
        <source>导出导入模板…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="232" />
        <source>共 {n} 人，月缴费基数合计 {total} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="234" />
        <source>（{n} 处待改正）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="252" />
        <source>导入参保职工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="253" />
        <source>职工花名册 (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="266" />
        <source>已导入 {n} 名职工，保存后生效</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="276" />
        <source>导出导入模板</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="277" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="283" />
        <source>模板已保存：{path}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>FigureListDialog</name>
    <message>
        <location filename="../../plugins/analytics/ui/figure_list.py" line="70" />
        <source>共 {n} 条</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/figure_list.py" line="72" />
        <source>仅显示前 {n} 条</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/figure_list.py" line="74" />
        <source>；双击一行打开办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/figure_list.py" line="88" />
        <source>没有记录。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>FirmDialog</name>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="52" />
        <source>登记入驻企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="52" />
        <source>编辑入驻企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="55" />
        <source>如：绵阳青禾智联科技有限公司</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="58" />
        <source>18 位居民身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="60" />
        <source>11 位手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="73" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="74" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="75" />
        <source>身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="76" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="77" />
        <source>工位号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="78" />
        <source>来源渠道</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="79" />
        <source>入驻日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="80" />
        <source>备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="83" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="84" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="112" />
        <source>没有空闲工位，请先在“工位”中添加</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="138" />
        <source>正在保存…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>FormPage</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="129" />
        <source>第三步：申请信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="130" />
        <source>逐项录入申请信息；有误的内容会在对应栏目下方以红字提示。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="21" />
        <source>导入短信评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="24" />
        <source>UTF-8 文本文件，每行一条回复：“办件编号 等级 [评价内容]”评价该办件的全部部门，“办件编号 部门 等级 [评价内容]”只评价一个部门。等级为 1–5（1 非常满意 … 5 非常不满意）或中文等级。格式有误的行逐行列出且不导入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="32" />
        <source>短信回复文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="33" />
        <source>选择文件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="44" />
        <source>检查</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="45" />
        <source>导入有效行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="52" />
        <source>选择短信回复文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="52" />
        <source>文本文件 (*.txt);;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="59" />
        <source>请选择短信回复文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="72" />
        <source>共 {n} 行，有效 {ok} 行，有误 {bad} 行。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="75" />
        <source>共 {n} 行：新增评价 {created} 条，更正 {corrected} 条，未变 {same} 条，开启差评整改 {rect} 件；有误 {bad} 行未导入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/import_dialog.py" line="79" />
        <source>第 {line} 行：{reason}　“{text}”</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="148" />
        <source>导入失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="155" />
        <source>行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="155" />
        <source>列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/employees.py" line="155" />
        <source>问题</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="43" />
        <source>名册未导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="45" />
        <source>“{file}”有 {n} 处错误，整个文件未导入任何企业。请按下列行号改正后重新导入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="50" />
        <source>行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="50" />
        <source>栏目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="50" />
        <source>问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="61" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="52" />
        <source>网上申报导入结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="55" />
        <source>共 {n} 个文件：导入 {imported} 件，已导入过而跳过 {skipped} 件，拒绝 {rejected} 件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="60" />
        <source>被拒绝的文件整份未导入，请申请人按所列问题修改后重新提交。双击已导入的办件可打开。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="65" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="81" />
        <source>外部编号 {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="86" />
        <source>（整个文件）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="90" />
        <source>文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="90" />
        <source>结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="90" />
        <source>编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="90" />
        <source>字段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="90" />
        <source>原因</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>IncubatorImport</name>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="76" />
        <source>已导入 {n} 家企业到“{incubator}”。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="90" />
        <source>正在导入名册…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="94" />
        <source>选择入驻企业名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="95" />
        <source>名册 (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="101" />
        <source>保存名册模板</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="102" />
        <source>入驻企业名册模板.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="103" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/import_dialog.py" line="108" />
        <source>模板已保存：{path}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>IncubatorPage</name>
    <message>
        <location filename="../../plugins/incubator/ui/window.py" line="21" />
        <source>入驻企业名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/window.py" line="30" />
        <source>入驻企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/window.py" line="31" />
        <source>工位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/window.py" line="32" />
        <source>机构信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/window.py" line="36" />
        <source>孵化机构</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>IncubatorWindow</name>
    <message>
        <location filename="../../plugins/incubator/ui/window.py" line="68" />
        <source>集群托管 · 入驻企业名册</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>IndustryPicker</name>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="41" />
        <source>输入行业名称或代码搜索，如：软件、餐饮、5261</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="47" />
        <source>添加 →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="48" />
        <source>← 移除</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="60" />
        <source>已选行业（决定经营范围和办结时限）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="87" />
        <source>大类：包含其下各小类</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>IntakeFormWidget</name>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="52" />
        <source>行政区划＋字号＋行业＋组织形式，如：绵阳锦程科技有限公司</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="56" />
        <source>单位：元，最多两位小数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="65" />
        <source>住所（经营场所）详细地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="69" />
        <source>如 510703</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="74" />
        <source>同法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="79" />
        <source>企业信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="81" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="86" />
        <source>注册资本（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="89" />
        <source>经营范围</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="94" />
        <source>行政区划代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="97" />
        <source>住所</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="102" />
        <source>法定代表人（负责人、投资人、经营者）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="115" />
        <location filename="../../plugins/registration/ui/intake_form.py" line="104" />
        <source>姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="106" />
        <source>身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="118" />
        <location filename="../../plugins/registration/ui/intake_form.py" line="107" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="109" />
        <source>联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="202" />
        <location filename="../../plugins/registration/ui/intake_form.py" line="200" />
        <location filename="../../plugins/registration/ui/intake_form.py" line="120" />
        <source>股东（出资人）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="148" />
        <source>18 位居民身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="151" />
        <source>11 位手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="200" />
        <source>合伙人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="201" />
        <source>投资人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_form.py" line="201" />
        <source>成员出资</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>IntakeSourceDialog</name>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="36" />
        <source>从入驻企业带入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="39" />
        <source>在{sources}中查找：企业名称、法定代表人、孵化机构或工位号。选中后带入申请信息，住所使用证明按托管协议登记为已收取。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="45" />
        <source>输入关键字搜索</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="54" />
        <source>带入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="56" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="81" />
        <source>正在查找…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="93" />
        <source>{name}
法定代表人：{legal}
住所：{address}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="96" />
        <source>找到 {n} 家</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/intake_sources.py" line="96" />
        <source>没有找到可带入的企业</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="65" />
        <source>保存受理回执</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="66" />
        <source>受理回执_{number}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="179" />
        <source>新办件受理（智能引导）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="182" />
        <source>&lt; 上一步</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="183" />
        <source>下一步 &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="184" />
        <source>受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="185" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="196" />
        <source>从入驻企业带入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="243" />
        <source>已带入：{label}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="263" />
        <source>正在受理…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="294" />
        <source>办件已受理，办件编号：{number}
已进入“待受理审核”队列。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="296" />
        <source>以下扫描件未能保存，请在办件中补充：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="298" />
        <source>打印受理回执…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="300" />
        <source>打开办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="301" />
        <source>受理成功</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>InvoiceRow</name>
    <message>
        <location filename="../../plugins/tax/ui/widgets.py" line="55" />
        <source>核定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/widgets.py" line="65" />
        <source> 份/月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/widgets.py" line="66" />
        <source>新办纳税人每月首次领用不超过 {n} 份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/widgets.py" line="68" />
        <source>单份限额 {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/widgets.py" line="77" />
        <source>月度总额度 </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/widgets.py" line="78" />
        <source> 元</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ItemActions</name>
    <message>
        <location filename="../../plugins/delivery/ui/item_actions.py" line="22" />
        <source>寄出…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/item_actions.py" line="23" />
        <source>登记签收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/item_actions.py" line="24" />
        <source>登记退回…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/item_actions.py" line="25" />
        <source>打印交接单…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/item_actions.py" line="66" />
        <source>保存交接单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/item_actions.py" line="67" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/item_actions.py" line="70" />
        <source>交接单已保存：{path}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="75" />
        <source>新增寄递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="77" />
        <source>寄递物品</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="80" />
        <source>物品说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="81" />
        <source>其他材料须写明，如：公司章程原件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="82" />
        <source>收件人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="83" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="84" />
        <source>寄递地址</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="160" />
        <source>企业迁出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="160" />
        <source>企业注销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="161" />
        <source>“{name}”迁出后，工位 {seat} 将空出，记录保留在名册中。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="162" />
        <source>“{name}”注销后，工位 {seat} 将空出，记录保留在名册中。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="169" />
        <source>迁出日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="169" />
        <source>注销日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="172" />
        <source>确定迁出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="172" />
        <source>确定注销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/firm_dialog.py" line="173" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="47" />
        <source>保存营业执照</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="48" />
        <source>营业执照_{uscc}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="119" />
        <source>核准发照 · {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="127" />
        <source>正在读取可选机构…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="133" />
        <source>营业执照领取方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="134" />
        <source>窗口自取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="135" />
        <source>免费邮寄</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="148" />
        <source>方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="149" />
        <source>寄递地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="150" />
        <source>收件人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="151" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="170" />
        <source>发照</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="172" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="188" />
        <source>许可类别：{title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="191" />
        <source> · 发照时限：{due}（{left}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="228" />
        <source>正在发照…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="243" />
        <source>营业执照已核发。
企业名称：{name}
统一社会信用代码：{uscc}
各部门的后续事项已同时推送办理。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="246" />
        <source>打印营业执照…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/licence_dialog.py" line="246" />
        <source>发照成功</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="27" />
        <source>登录 · 开办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="31" />
        <source>企业开办协同服务平台</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="34" />
        <source>请使用您的工作账号登录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="46" />
        <location filename="../../app/ui/dialogs/login.py" line="39" />
        <source>用户名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="47" />
        <location filename="../../app/ui/dialogs/login.py" line="41" />
        <source>密码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="51" />
        <source>登录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="52" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="64" />
        <source>数据库：{where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="78" />
        <source>请输入用户名和密码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="82" />
        <source>正在登录…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell.py" line="117" />
        <source>← 返回队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="132" />
        <source>没有可办理的队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="133" />
        <source>您的账号（{role}）目前没有需要在这里办理的队列。
如有疑问，请联系系统管理员。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="203" />
        <source>报表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="247" />
        <source>该页面未能加载：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="368" />
        <source>文件(&amp;F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="369" />
        <source>连接数据库…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="371" />
        <source>退出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="372" />
        <source>视图(&amp;V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="373" />
        <source>刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="374" />
        <source>搜索</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="376" />
        <source>工具(&amp;T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="377" />
        <source>插件管理…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="378" />
        <source>帮助(&amp;H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="379" />
        <source>关于</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="380" />
        <source>文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="380" />
        <source>视图</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="380" />
        <source>工具</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="381" />
        <source>帮助</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="396" />
        <source>“{title}”执行失败：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="405" />
        <source>数据库连接设置已保存，重新启动程序后生效。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="426" />
        <source>开办 · 企业开办协同服务平台
版本 {version}

一窗受理、并联办理：营业执照、刻章、银行开户、税务和社保登记协同办理。
本程序依据 GNU GPL 3.0 或更新版本发布。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="433" />
        <source>SQLite 本机数据库</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="433" />
        <source>PostgreSQL 共享数据库</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="438" />
        <source>{name}（{role}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="439" />
        <source>全部机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="440" />
        <source>实时更新已中断，正在重新连接…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="442" />
        <source>其他工作站的改动暂时不会自动显示；可按 F5 刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="450" />
        <source>{n} 个插件加载失败，详见 工具 &gt; 插件管理</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MaterialRow</name>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="59" />
        <source>已收取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="60" />
        <source>容缺承诺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="66" />
        <source>扫描件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="122" />
        <source>选择“{name}”的扫描件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="123" />
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="133" />
        <source>无法读取文件：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="136" />
        <source>只接受 PDF、JPEG 或 PNG 格式的扫描件（按文件内容判断，与文件名无关）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="151" />
        <source>已收取：{note}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="149" />
        <source>第四步：收取材料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="150" />
        <source>核对并收取材料，点击“受理”生成办件。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MaterialsWidget</name>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="159" />
        <source>全部标记为已收取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="161" />
        <source>逐项核对原件后勾选“已收取”。可容缺的材料，申请人书面承诺后可先受理，到期未补交的会列入逾期承诺清单。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="200" />
        <source>使用部门：{names}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <location filename="../../plugins/bank/ui/widgets.py" line="27" />
        <source>未填写</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>OutputDialog</name>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="35" />
        <source>年度产值 · {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="50" />
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="38" />
        <source>年度</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="51" />
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="38" />
        <source>产值（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="47" />
        <source>单位：元，最多两位小数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="52" />
        <source>保存该年度产值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="53" />
        <source>删除所选年度</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="54" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/output_dialog.py" line="61" />
        <source>同一年度再次保存即更正该年度的产值。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>OverduePromisesDialog</name>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="24" />
        <source>逾期容缺承诺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="26" />
        <source>正在读取…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="32" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="55" />
        <source>没有逾期未补交的材料。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="58" />
        <source>共 {n} 项材料逾期未补交，请联系申请人。双击可打开办件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="59" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="59" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="59" />
        <source>材料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="59" />
        <source>承诺补交日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="60" />
        <source>逾期天数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="60" />
        <source>联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/promises.py" line="60" />
        <source>联系电话</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="26" />
        <source>内置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="27" />
        <source>已安装扩展</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="28" />
        <source>本地</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="87" />
        <location filename="../../app/ui/dialogs/plugins.py" line="31" />
        <source>启用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="88" />
        <location filename="../../app/ui/dialogs/plugins.py" line="32" />
        <source>停用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="33" />
        <source>失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="53" />
        <source>插件管理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="61" />
        <source>名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="61" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="61" />
        <source>版本</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="61" />
        <source>部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="62" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="62" />
        <source>错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="75" />
        <source>选择一个插件查看详情；加载失败的插件在此显示错误信息。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="89" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="98" />
        <source>启用或停用插件后需重启程序，重启后生效。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="102" />
        <source>只有系统管理员可以启用或停用插件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="121" />
        <source>{state}（重启后停用）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="123" />
        <source>{state}（重启后启用）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="160" />
        <source>插件：{name}（{source}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="161" />
        <source>插件接口版本要求：{api}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="162" />
        <source>状态：{state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="164" />
        <source>错误信息：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plugins.py" line="186" />
        <source>正在保存…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ProcessScreen</name>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="39" />
        <source>流程分析</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="49" />
        <source>开始日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="50" />
        <source>结束日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="52" />
        <source>统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="54" />
        <source>导出事件日志（XES）…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="56" />
        <source>导出事件日志（CSV）…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="76" />
        <source>开始日期不能晚于结束日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="91" />
        <source>事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="91" />
        <source>办结数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="91" />
        <source>中位数（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="91" />
        <source>90% 分位（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="92" />
        <source>时限（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="92" />
        <source>按时办结率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="95" />
        <source>各事项用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="101" />
        <source>&lt;b&gt;{title}&lt;/b&gt;：关键路径 {minutes} 工作分钟&lt;br/&gt;{chain}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="104" />
        <source>未配置串联流程方案，无法比较。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="106" />
        <source>&lt;b&gt;并联办理节省 {minutes} 工作分钟（{share:.1%}）&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="119" />
        <source>导出事件日志</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="126" />
        <source>正在导出事件日志…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/ui/process.py" line="129" />
        <source>已导出 {traces} 个办件、{events} 条事件：{path}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="43" />
        <source>每行一项，如：注册地址托管（免费）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="46" />
        <source>每行一项：服务：收费，如 代理记账：200 元/月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="48" />
        <source>默认 30000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="49" />
        <source>保存机构信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="55" />
        <source>孵化机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="56" />
        <source>经营场所（注册地址）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="57" />
        <source>运营单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="58" />
        <source>负责人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="59" />
        <source>联系电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="60" />
        <source>提供的服务</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="61" />
        <source>增值服务收费</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="62" />
        <source>每户每年房租（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="63" />
        <source>托管服务不收费；记账、知识产权等增值服务按上列收费。每户每年房租用于测算集群托管为企业节约的房租。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/profile_page.py" line="114" />
        <source>已保存</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="105" />
        <source>第一步：开办情况</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="106" />
        <source>回答以下问题，系统据此生成申请人需要提交的材料清单。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>QuestionsWidget</name>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="130" />
        <source>请选择企业类型…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="178" />
        <location filename="../../plugins/registration/ui/questions.py" line="153" />
        <source>企业类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="180" />
        <location filename="../../plugins/registration/ui/questions.py" line="154" />
        <source>是否招用员工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="182" />
        <location filename="../../plugins/registration/ui/questions.py" line="155" />
        <source>是否需要领用发票</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="184" />
        <location filename="../../plugins/registration/ui/questions.py" line="156" />
        <source>住所类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="157" />
        <source>经营行业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="169" />
        <source>尚未回答：{items}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/questions.py" line="186" />
        <source>经营行业（至少选择一个）</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="13" />
        <source>到达日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="14" />
        <source>申请日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="31" />
        <source>全部状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="34" />
        <source>只看超时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="36" />
        <source>只显示已超过办理时限、仍在办理中的事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="37" />
        <source>按日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="49" />
        <source>清除筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="53" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_filters.py" line="61" />
        <source>至</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../app/ui/queue_model.py" line="127" />
        <source>已超过办理时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_model.py" line="144" />
        <source>办理时限：{due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_model.py" line="146" />
        <source>（已用去时限的 75% 以上）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_model.py" line="166" />
        <source>计时暂停</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>QueueView</name>
    <message>
        <location filename="../../app/ui/queue_view.py" line="52" />
        <source>按办件编号或企业名称搜索（Ctrl+F）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="55" />
        <source>只看我的</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="57" />
        <source>正在加载…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="79" />
        <source>领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="80" />
        <source>领取下一件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="81" />
        <source>改派…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="83" />
        <source>退回队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="84" />
        <source>办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="87" />
        <source>打开办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="89" />
        <source>刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="197" />
        <source>共 {n} 件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="200" />
        <source>队列加载失败：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="276" />
        <source>正在领取…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="282" />
        <source>正在领取下一件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="286" />
        <source>队列中暂时没有可领取的事项。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="319" />
        <source>领取续期失败，稍后自动重试：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="335" />
        <source>正在退回队列…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/queue_view.py" line="344" />
        <source>正在办结…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="26" />
        <source>部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="27" />
        <source>办理机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="28" />
        <source>评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="28" />
        <source>未评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="52" />
        <location filename="../../plugins/ratings/ui/panel.py" line="29" />
        <source>评价内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="30" />
        <source>渠道</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="31" />
        <source>评价时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="32" />
        <source>差评整改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="38" />
        <source>录入或更正评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="43" />
        <source>（请选择）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="48" />
        <source>申请人的意见或建议（可不填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="50" />
        <source>被评价部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="51" />
        <source>评价等级</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="108" />
        <location filename="../../plugins/ratings/ui/panel.py" line="62" />
        <source>保存评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="80" />
        <source>办件办结后，请申请人对各部门的服务进行评价（非常满意、满意、基本满意、不满意、非常不满意）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="83" />
        <source>已评价 {rated}/{total} 个部门。不满意及以下的评价将转被评价部门整改并答复申请人。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/panel.py" line="108" />
        <source>更正评价</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="31" />
        <source>改派事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="35" />
        <source>无人领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="36" />
        <source>{number}　{company}
{step}，{state}，当前办理人：{holder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="44" />
        <source>正在读取人员…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="46" />
        <source>可选，例如：原办理人外出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="50" />
        <source>改派给</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="51" />
        <source>改派原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="55" />
        <source>改派</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="57" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="87" />
        <source>本机构没有其他可改派的人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reassign.py" line="105" />
        <source>正在改派…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RectificationScreen</name>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="24" />
        <source>差评整改（事事有回音）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="28" />
        <source>显示：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="30" />
        <source>待答复（含逾期）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="30" />
        <source>已逾期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="31" />
        <source>已答复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="31" />
        <source>全部</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="38" />
        <source>打开办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="40" />
        <source>书面答复…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="46" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="47" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="48" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="49" />
        <source>部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="50" />
        <source>机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="51" />
        <source>评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="52" />
        <source>评价内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="53" />
        <source>答复时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="54" />
        <source>答复时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="55" />
        <source>答复内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ui/screen.py" line="74" />
        <source>共 {n} 件，其中逾期 {late} 件</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RegistrationImport</name>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="23" />
        <source>选择网上申报文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="24" />
        <source>网上申报文件 (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/online_import.py" line="36" />
        <source>正在导入网上申报…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RegistrationPrinting</name>
    <message>
        <location filename="../../plugins/registration/ui/printing.py" line="26" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/printing.py" line="54" />
        <source>正在生成 PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/printing.py" line="62" />
        <source>提示</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/printing.py" line="69" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="33" />
        <source>生成报表 · {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="46" />
        <source>全部机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="53" />
        <source>开始日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="54" />
        <source>结束日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="56" />
        <source>机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="58" />
        <source>格式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="61" />
        <source>生成…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="62" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="104" />
        <source>开始日期不能晚于结束日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="110" />
        <source>保存报表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="123" />
        <source>报表已生成：{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="128" />
        <source>报表生成失败：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report.py" line="132" />
        <source>正在生成报表…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ResubmitDialog</name>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="86" />
        <source>补正后重新提交 · {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="88" />
        <source>退回原因：{note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="98" />
        <source>申请信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="99" />
        <source>开办情况</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="102" />
        <source>重新提交</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="119" />
        <source>无法读取办件：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="131" />
        <source>请回答全部开办情况问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="138" />
        <source>正在提交…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="41" />
        <source>退回补正 · {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="43" />
        <source>请写明需要申请人补正的内容（每行一条）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="46" />
        <source>例如：经营范围表述不规范，请按《经营范围登记规范表述目录》修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="48" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="61" />
        <source>请填写退回补正的原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/review_dialogs.py" line="66" />
        <source>正在退回…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="119" />
        <source>登记退回</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="121" />
        <source>物品</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="122" />
        <source>退回原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="127" />
        <source>请填写退回原因</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RosterModel</name>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="41" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="41" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="41" />
        <source>工位号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="41" />
        <source>来源渠道</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="42" />
        <source>入驻日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="42" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="42" />
        <source>迁出/注销日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="42" />
        <source>最近产值（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="43" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="43" />
        <source>发照日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="55" />
        <source>{year} 年 {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="64" />
        <source>办件 {number}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RosterPage</name>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="75" />
        <source>全部</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="77" />
        <source>搜索企业名称、法定代表人或工位号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="95" />
        <source>登记入驻…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="96" />
        <source>编辑…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="97" />
        <source>迁出…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="98" />
        <source>注销…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="99" />
        <source>产值…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="100" />
        <source>导入名册…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="101" />
        <source>导出模板…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="103" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/roster_page.py" line="144" />
        <source>共 {n} 家</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SealItemDelegate</name>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="185" />
        <source>13 位数字</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SealPanel</name>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="73" />
        <source>办件与承办企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="82" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="83" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="84" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="85" />
        <source>刻章企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="86" />
        <source>免费套章单价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="90" />
        <source>人像采集</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="91" />
        <source>尚未预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="93" />
        <source>预约人像采集…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="100" />
        <source>现场预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="101" />
        <source>采集情况</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="102" />
        <source>已完成经办人人像采集</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="103" />
        <source>公安印章备案须采集法定代表人或经办人人像。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="107" />
        <source>刻制与备案</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="110" />
        <source>印章清单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="111" />
        <source>公章、财务专用章、发票专用章、合同专用章为政府购买的免费套章；法定代表人名章由申请人自费。备案号为公安机关印章备案的 13 位编码（6 位行政区划代码 + 7 位顺序号）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="116" />
        <source>交付</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="130" />
        <source>交付方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="131" />
        <source>交付时间以办结时间为准；免费寄递的邮费由政务服务中心承担。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="178" />
        <location filename="../../plugins/seal/ui/panel.py" line="133" />
        <source>领取人姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="137" />
        <source>如 123X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="139" />
        <source>身份证号码后四位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="141" />
        <source>请选择</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="144" />
        <source>承运方</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="145" />
        <source>运单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="147" />
        <source>收件人手机</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="148" />
        <source>寄递地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="153" />
        <source>打印办结通知…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="178" />
        <source>收件人姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="202" />
        <source>（尚未赋码）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="204" />
        <source>{name}（身份证 {id}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="230" />
        <source>许可证 {no}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="234" />
        <source>{price} 元/套</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="235" />
        <source>未设置（请主管在“刻章企业信息”中设置）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="240" />
        <source>尚未预约人像采集</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="243" />
        <source>已预约 {start}–{end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="306" />
        <source>保存办结通知</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="308" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/panel.py" line="328" />
        <source>正在生成办结通知…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SealSetEditor</name>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="231" />
        <source>添加印章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="232" />
        <source>移除所选印章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="233" />
        <source>恢复为免费套章</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SealSetModel</name>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="57" />
        <source>印章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="57" />
        <source>形状</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="57" />
        <source>规格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="57" />
        <source>材质</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="57" />
        <source>付费方</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="58" />
        <source>价格（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="58" />
        <source>公安备案号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/ui/seal_table.py" line="155" />
        <source>免费</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SeatsPage</name>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="31" />
        <source>工位号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="64" />
        <location filename="../../plugins/incubator/ui/seats_page.py" line="31" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="31" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="31" />
        <source>在孵企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="47" />
        <source>如：独立工位、4 人间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="48" />
        <source>添加工位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="101" />
        <location filename="../../plugins/incubator/ui/seats_page.py" line="49" />
        <source>停用所选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="50" />
        <source>删除所选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="63" />
        <source>工位号（前缀、起止编号）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="88" />
        <source>停用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="88" />
        <source>占用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="88" />
        <source>空闲</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="101" />
        <source>启用所选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/ui/seats_page.py" line="119" />
        <source>起始编号不能大于结束编号</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SendDialog</name>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="98" />
        <source>寄出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="100" />
        <source>物品</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="101" />
        <source>收件人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="102" />
        <source>承运快递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="107" />
        <source>运单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/ui/dialogs.py" line="108" />
        <source>扫描或输入运单号</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ShareholderRow</name>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="40" />
        <source>姓名或企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="42" />
        <source>身份证号码或统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="46" />
        <source>比例 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="50" />
        <source>删除</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ShareholdersEditor</name>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="99" />
        <source>类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="99" />
        <source>姓名 / 名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="100" />
        <source>证件号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="100" />
        <source>出资比例（%）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="110" />
        <source>＋ 添加一行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="172" />
        <source>出资比例合计：{total}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/shareholders.py" line="173" />
        <source>出资比例合计：{total}%（应为 100%）</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SocialInsurancePanel</name>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="55" />
        <source>单位参保登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="59" />
        <source>12 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="60" />
        <source>生成编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="61" />
        <source>按本机构行政区划代码取下一个未使用的单位编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="68" />
        <source>单位编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="69" />
        <source>6 位行政区划代码 + 6 位顺序号，由经办机构分配</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="78" />
        <source>参保险种</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="82" />
        <source>参保职工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="84" />
        <source>暂无雇员（招用职工后 30 日内办理增员）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="95" />
        <source>雇员情况</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="97" />
        <source>职工名单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="101" />
        <source>住房公积金</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="103" />
        <source>同时办理住房公积金单位缴存登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="105" />
        <source>公积金登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="108" />
        <source>8–20 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="109" />
        <source>单位账号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="112" />
        <source>请选择</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="114" />
        <source>缴存比例</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="115" />
        <source>单位和职工各按 {low}%–{high}% 缴存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="120" />
        <source>打印参保登记办结通知…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="136" />
        <source>受理时申报：招用员工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="136" />
        <source>受理时申报：暂不招用员工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="150" />
        <source>统一社会信用代码：{uscc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="150" />
        <source>（未赋码）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="151" />
        <source>住所：{address}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="153" />
        <source>法定代表人：{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="197" />
        <source>社保登记办结通知_{number}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="198" />
        <source>保存办结通知</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="198" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="212" />
        <source>办结通知已保存：{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/ui/panel.py" line="215" />
        <source>正在生成办结通知…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>StepPanel</name>
    <message>
        <location filename="../../app/ui/step_panel.py" line="67" />
        <source>正在读取…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="75" />
        <source>领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="76" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="77" />
        <source>办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="78" />
        <source>挂起…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="79" />
        <source>恢复办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="80" />
        <source>退回补正…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="247" />
        <source>本办件没有由您所在机构办理的该事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="249" />
        <source>状态：{state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="251" />
        <source>承办机构：{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="253" />
        <source>办理人：{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="255" />
        <source>办结时间：{time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="257" />
        <source>请先领取再填写</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="259" />
        <source>该事项已被修改，保存或按 Esc 放弃修改后刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="363" />
        <source>正在办结…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="372" />
        <source>请填写原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="378" />
        <source>挂起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="378" />
        <source>挂起原因（计时暂停，例如等待申请人补充材料）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="393" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="393" />
        <source>退回原因（将告知窗口和申请人）：</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>SupervisionScreen</name>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="70" />
        <source>时限监控与督办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="74" />
        <source>全部部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="76" />
        <source>临近时限和已超时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="77" />
        <source>已超时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="78" />
        <source>临近时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="79" />
        <source>刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="85" />
        <source>部门：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="87" />
        <source>状态：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="91" />
        <source>督办联系人…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="104" />
        <source>标为已读</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="106" />
        <source>全部标为已读</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="109" />
        <source>超时事项自动提醒本机构主管，并发送短信至登记的手机号码。双击打开办件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="179" />
        <source>已超时 {overdue} 件，临近时限 {warning} 件（按工作时间计算，时限用去 75% 即预警）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/screen.py" line="190" />
        <source>督办提醒（未读 {n} 条）</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>TaxRegistrationPanel</name>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="67" />
        <source>纳税人信息（来自营业执照）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="78" />
        <source>纳税人识别号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="79" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="80" />
        <source>企业类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="81" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="82" />
        <source>经营范围</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="86" />
        <source>税务登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="92" />
        <source>纳税人类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="93" />
        <source>新办企业一般为小规模纳税人；年应税销售额超过 500 万元，或会计核算健全并申请的，登记为一般纳税人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="95" />
        <source>登记税种</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="100" />
        <source>税控设备</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="103" />
        <source>{n} 位数字，见 UKey 背面</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="104" />
        <source>税务UKey编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="108" />
        <source>首票核定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="116" />
        <source>增值税普通发票、专用发票须发放税务UKey；全电发票在电子税务局开具，无需设备。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="123" />
        <source>财务负责人（可不填；填写则须完整）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="125" />
        <source>姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="126" />
        <source>身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="127" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="133" />
        <source>确认</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="135" />
        <source>经办税务人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="136" />
        <source>核对</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="137" />
        <source>已核对营业执照和法定代表人身份信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="141" />
        <source>打印税务登记办结通知…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="241" />
        <source>增值税专用发票只向一般纳税人核定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="258" />
        <source>税务登记办结通知书_{number}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="259" />
        <source>保存税务登记办结通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="260" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/ui/panel.py" line="268" />
        <source>正在生成办结通知书…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>TaxTypesBox</name>
    <message>
        <location filename="../../plugins/tax/ui/widgets.py" line="28" />
        <source>每户纳税人都须登记</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="44" />
        <source>已办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="45" />
        <source>办理中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="46" />
        <source>待领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="47" />
        <source>挂起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="48" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>WindowPanel</name>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="41" />
        <source>正在读取…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="57" />
        <source>审核通过</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="58" />
        <source>退回补正…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="59" />
        <source>核准发照…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="60" />
        <source>补正后重新提交…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="61" />
        <source>打印受理回执…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="62" />
        <source>打印营业执照…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="67" />
        <source>受理审核</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="68" />
        <source>核准发照</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="69" />
        <source>许可类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="76" />
        <source>综合受理窗口</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="112" />
        <source>（尚未生成）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="115" />
        <source>（已由他人领取）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="118" />
        <source> · 时限 {due}（{left}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="137" />
        <source>预计 {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="139" />
        <source>（{reasons}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="142" />
        <source>退回补正：{note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="198" />
        <source>审核通过。许可类别：{title}；发照时限：{due}（{left}）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="206" />
        <source>正在审核…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="247" />
        <source>保存营业执照</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/window_panel.py" line="248" />
        <source>营业执照_{uscc}.pdf</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>YesNo</name>
    <message>
        <location filename="../../plugins/registration/ui/widgets.py" line="105" />
        <source>是</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/widgets.py" line="106" />
        <source>否</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>analytics</name>
    <message>
        <location filename="../../plugins/analytics/paths.py" line="20" />
        <source>实际中位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/paths.py" line="21" />
        <source>时限（无实绩）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/paths.py" line="83" />
        <source>现行流程（并联办理）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/__init__.py" line="33" />
        <source>统计分析</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/__init__.py" line="35" />
        <source>监察看板</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/__init__.py" line="37" />
        <source>流程分析</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/__init__.py" line="52" />
        <source>企业开办流程分析（用时与关键路径）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/commands.py" line="44" />
        <source>开始日期不能晚于结束日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/commands.py" line="58" />
        <source>已导出 {traces} 个办件、{events} 条事件：{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/commands.py" line="82" />
        <source>并联办理节省 {minutes} 工作分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="29" />
        <source>受理中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="30" />
        <source>办理中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="40" />
        <location filename="../../plugins/analytics/lists.py" line="31" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="41" />
        <location filename="../../plugins/analytics/lists.py" line="32" />
        <source>已办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="42" />
        <location filename="../../plugins/analytics/lists.py" line="33" />
        <source>已取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="36" />
        <source>等待中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="37" />
        <source>待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="38" />
        <source>已领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="39" />
        <source>挂起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="122" />
        <location filename="../../plugins/analytics/lists.py" line="96" />
        <location filename="../../plugins/analytics/lists.py" line="69" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="122" />
        <location filename="../../plugins/analytics/lists.py" line="96" />
        <location filename="../../plugins/analytics/lists.py" line="69" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="97" />
        <location filename="../../plugins/analytics/lists.py" line="69" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="70" />
        <source>受理时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="123" />
        <location filename="../../plugins/analytics/lists.py" line="70" />
        <source>办结时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="41" />
        <location filename="../../plugins/analytics/reports.py" line="29" />
        <location filename="../../plugins/analytics/lists.py" line="96" />
        <source>事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="97" />
        <source>承办机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="97" />
        <source>领取人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="123" />
        <location filename="../../plugins/analytics/lists.py" line="98" />
        <source>到达时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="98" />
        <source>办理时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="99" />
        <source>超时（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="124" />
        <source>用时（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="124" />
        <source>时限（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="137" />
        <source>{day} 受理的办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="139" />
        <source>{day} 办结的办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="143" />
        <source>{department}：办理中的事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="146" />
        <source>当前超时的事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="149" />
        <source>{step}：{start} 至 {end} 办结的事项用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="152" />
        <source>未知的统计项：{kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="158" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/lists.py" line="159" />
        <source>该指标没有明细。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="28" />
        <source>各事项办理用时（到达至办结，工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="29" />
        <source>办结数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="29" />
        <source>中位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="30" />
        <source>90% 分位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="30" />
        <source>时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="31" />
        <source>按时办结率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="33" />
        <source>事项用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="39" />
        <source>关键路径：{title}（{minutes} 工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="41" />
        <source>序号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="41" />
        <source>用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="42" />
        <source>依据</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="42" />
        <source>累计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="45" />
        <source>串联关键路径</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="45" />
        <source>关键路径</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="51" />
        <source>本期间办结事项 {count} 件；关键路径按各事项实际用时中位数计算，没有办结记录的事项按其时限计。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="54" />
        <source>未配置串联流程方案，无法比较并联办理节省的时间。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="56" />
        <source>现行流程关键路径 {parallel} 工作分钟，串联办理 {serial} 工作分钟，并联办理节省 {saved} 工作分钟（{share}）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="73" />
        <source>各事项用时中位数（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="78" />
        <source>企业开办流程分析</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/analytics/reports.py" line="90" />
        <source>企业开办协同服务平台</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>application</name>
    <message>
        <location filename="../../app/ui/application.py" line="62" />
        <source>开办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="91" />
        <source>请输入数据库 {where} 的密码：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="93" />
        <source>系统密钥环不可用，密码无法保存，每次启动都需要输入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="94" />
        <source>数据库密码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="121" />
        <source>正在打开数据库…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="133" />
        <source>数据库升级失败，数据库未作改动：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="135" />
        <source>升级数据库前无法备份，因此没有升级：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="137" />
        <source>无法打开数据库：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="162" />
        <source>无法打开数据库</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="165" />
        <source>连接数据库…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="166" />
        <source>重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="167" />
        <source>退出</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>appointments</name>
    <message>
        <location filename="../../app/core/appointments.py" line="82" />
        <source>只有本机构的主管或系统管理员可以设置预约时段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="85" />
        <source>结束时间须晚于开始时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="87" />
        <source>每个时段至少可约 1 人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="89" />
        <source>机构不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="97" />
        <source>该机构在 {time} 已有预约时段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="166" />
        <source>办件已办结或已撤销，不能预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="168" />
        <source>该办件不由该机构办理，不能预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="179" />
        <source>预约时段不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="181" />
        <source>该时段已过，请选择其他时段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="182" />
        <source>该时段已约满，请选择其他时段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="191" />
        <location filename="../../app/core/appointments.py" line="185" />
        <source>该办件已在该机构预约，请先取消原预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="206" />
        <source>预约不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/appointments.py" line="213" />
        <source>该预约已取消</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>bank</name>
    <message>
        <location filename="../../plugins/bank/common.py" line="16" />
        <source>基本存款账户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="22" />
        <source>通过</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="23" />
        <source>通过（附说明）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="24" />
        <source>不通过</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="30" />
        <source>中国工商银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="31" />
        <source>中国农业银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="32" />
        <source>中国银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="33" />
        <source>中国建设银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="34" />
        <source>交通银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="35" />
        <source>中信银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="36" />
        <source>中国光大银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="37" />
        <source>华夏银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="38" />
        <source>中国民生银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="39" />
        <source>广发银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="40" />
        <source>平安银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="41" />
        <source>招商银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="42" />
        <source>兴业银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="43" />
        <source>上海浦东发展银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/common.py" line="44" />
        <source>中国邮政储蓄银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/accounts.py" line="56" />
        <source>该账号已登记为其他企业的账户，请核对</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/accounts.py" line="65" />
        <source>该事项没有开户网点，不能办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/workbench.py" line="86" />
        <source>该事项尚未确定开户网点</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/workbench.py" line="103" />
        <source>该办件在本网点没有预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/workbench.py" line="111" />
        <source>【企业开办】{enterprise}的基本存款账户已在{branch}开立，账号{number}，开户日期{date}。请法定代表人携带本人身份证件到网点领取开户资料，办理预留印鉴和网上银行等手续。网点电话：{phone}。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="25" />
        <location filename="../../plugins/bank/workbench.py" line="115" />
        <source>{year}年{month}月{day}日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/workbench.py" line="130" />
        <source>请先填写并保存账号和开户日期，再通知申请人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/workbench.py" line="132" />
        <source>尽职调查未通过，不能通知开户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="45" />
        <location filename="../../plugins/bank/reports.py" line="84" />
        <location filename="../../plugins/bank/__init__.py" line="105" />
        <location filename="../../plugins/bank/__init__.py" line="31" />
        <source>开户银行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="97" />
        <location filename="../../plugins/bank/__init__.py" line="63" />
        <source>银行开户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="38" />
        <location filename="../../plugins/bank/reports.py" line="29" />
        <location filename="../../plugins/bank/__init__.py" line="73" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="38" />
        <location filename="../../plugins/bank/reports.py" line="29" />
        <location filename="../../plugins/bank/__init__.py" line="74" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="75" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="76" />
        <source>领取人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="77" />
        <source>执照推送时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="78" />
        <source>办理时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="79" />
        <source>剩余时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="39" />
        <location filename="../../plugins/bank/reports.py" line="33" />
        <location filename="../../plugins/bank/reports.py" line="30" />
        <location filename="../../plugins/bank/reports.py" line="27" />
        <location filename="../../plugins/bank/__init__.py" line="81" />
        <source>开户网点</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="89" />
        <source>开户待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="105" />
        <source>网点信息维护…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="111" />
        <location filename="../../plugins/bank/__init__.py" line="114" />
        <source>基本存款账户开户统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="179" />
        <location filename="../../plugins/bank/__init__.py" line="116" />
        <source>执照核发至银行开户用时统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="132" />
        <source>营业执照（副本）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="133" />
        <source>发照后由窗口直接推送，无需另交</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="134" />
        <source>法定代表人身份证件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="135" />
        <source>经办人身份证件（委托办理时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/__init__.py" line="136" />
        <source>开立单位银行结算账户申请书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/demo.py" line="31" />
        <source>法定代表人委托经办人到场面签，已电话回访核实开户意愿。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/demo.py" line="32" />
        <source>实际经营地址为孵化园区工位，已现场核实并留存照片。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/demo.py" line="33" />
        <source>注册资本认缴尚未实缴，已提示按期出资。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/branches.py" line="101" />
        <source>只有网点主管或系统管理员可以维护网点信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/branches.py" line="120" />
        <source>开户网点不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/branches.py" line="122" />
        <source>只有本网点的主管或系统管理员可以修改网点信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="27" />
        <source>开立基本存款账户（户）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="28" />
        <source>其中尽职调查附说明（户）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="44" />
        <location filename="../../plugins/bank/reports.py" line="30" />
        <source>账号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="47" />
        <location filename="../../plugins/bank/reports.py" line="31" />
        <source>开户日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="31" />
        <source>办结时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="32" />
        <source>尽职调查</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="32" />
        <source>经办人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="33" />
        <source>开户数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="34" />
        <source>中位数（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="34" />
        <source>中位数（小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="35" />
        <source>90% 分位（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="35" />
        <source>90% 分位（小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="36" />
        <source>最长（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="36" />
        <source>按时办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="37" />
        <source>按时率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="39" />
        <source>执照核发时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="40" />
        <source>账户开立时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="40" />
        <source>用时（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="41" />
        <source>用时（工作小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="41" />
        <source>是否按时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="74" />
        <source>没有代码为 {code} 的机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="93" />
        <location filename="../../plugins/bank/reports.py" line="93" />
        <source>各网点开户数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="96" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="99" />
        <location filename="../../plugins/bank/reports.py" line="99" />
        <source>开户明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="172" />
        <location filename="../../plugins/bank/reports.py" line="104" />
        <source>本期间没有开立账户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="108" />
        <source>各网点开立基本存款账户数（户）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="109" />
        <source>本期间共开立基本存款账户 {total} 户，其中尽职调查附说明通过 {notes} 户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="131" />
        <source>各网点从执照核发到账户开立的用时（工作小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="140" />
        <source>中位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="141" />
        <source>90% 分位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="150" />
        <source>全部网点</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="152" />
        <source>按时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="152" />
        <source>超时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="160" />
        <source>各网点用时（工作时间）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="160" />
        <source>各网点用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="166" />
        <location filename="../../plugins/bank/reports.py" line="166" />
        <source>逐件用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="174" />
        <source>用时按工作日历计算（节假日、午休和下班时间不计）：营业执照核发（发照环节办结）至开户环节办结。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/reports.py" line="176" />
        <source>本期间 {cases} 户，用时中位数 {median} 个工作小时，90% 的账户在 {p90} 个工作小时内开立，按时办结 {on_time} 户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="82" />
        <source>{min} 至 {max} 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="83" />
        <source>{lengths} 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="83" />
        <source> 或 </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="89" />
        <source>账号只能由数字组成</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="91" />
        <source>账号应为 {min} 至 {max} 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="99" />
        <source>本行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="100" />
        <source>{bank}的账号应为 {lengths}数字，您输入了 {count} 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="118" />
        <source>格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="123" />
        <source>面签时间不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="125" />
        <source>面签时间不能晚于当前时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="127" />
        <source>面签时间格式不正确，应为 年-月-日 时:分</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="168" />
        <location filename="../../plugins/bank/validation.py" line="130" />
        <source>请选择尽职调查结论</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="133" />
        <source>说明不能超过 {max} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="135" />
        <source>尽职调查结论为“{result}”时须填写说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="139" />
        <source>本平台只办理基本存款账户的开立</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="147" />
        <source>两次输入的账号不一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="151" />
        <source>开户日期不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="153" />
        <source>开户日期不能晚于今天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="155" />
        <source>开户日期不能早于面签日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="157" />
        <source>开户日期格式不正确，应为 年-月-日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="167" />
        <source>请填写面签时间（法定代表人或授权经办人到网点面签）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="169" />
        <source>请填写开立的账号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="170" />
        <source>请再次输入账号以确认</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="171" />
        <source>请填写开户日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="177" />
        <source>尽职调查未通过，不能办结开户：请退回补正或挂起等待申请人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="195" />
        <source>面签日期不能早于营业执照核发日期（{date}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="197" />
        <source>开户日期不能早于营业执照核发日期（{date}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="218" />
        <source>联行号应为 12 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="221" />
        <source>联行号前三位 {prefix} 是{bank}的行别代码，与所填银行不符</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="230" />
        <source>请填写银行名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="232" />
        <source>银行名称不能超过 {max} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="234" />
        <source>请填写网点名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="236" />
        <source>网点名称不能超过 {max} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="238" />
        <source>请填写联行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="244" />
        <source>账号位数应为 {min} 至 {max} 之间的整数，多个用逗号分隔（最多 {count} 个）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="248" />
        <source>请填写网点地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="250" />
        <source>地址不能超过 {max} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="253" />
        <source>请填写联系电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/validation.py" line="255" />
        <source>联系电话格式不正确，例如 0816-2539000 或 13812345678</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="32" />
        <source>本办件没有由您所在网点办理的开户事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="34" />
        <source>开户尚未办结，不能打印开户通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="37" />
        <source>没有该办件的开户记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="42" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="43" />
        <source>账户性质</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="46" />
        <source>开户行行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="50" />
        <source>面签时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="52" />
        <source>基本存款账户开户通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="54" />
        <source>贵单位申请开立的基本存款账户已于{date}在我行{branch}开立，账户信息如下。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="57" />
        <source>基本存款账户是企业办理日常转账结算和现金收付的主办账户，一个单位只能开立一个基本存款账户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="58" />
        <source>请法定代表人或授权经办人携带本人身份证件和营业执照到开户网点领取开户资料，办理预留印鉴、网上银行等手续。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="59" />
        <source>办理税务登记后，可凭本账户与税务机关、开户银行签订税库银三方协议，网上缴纳税费。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="60" />
        <source>企业名称、法定代表人等账户信息变更的，请于变更之日起 5 个工作日内到开户网点办理变更手续。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/bank/notice.py" line="62" />
        <source>（开户银行业务专用章）</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>calendar</name>
    <message>
        <location filename="../../app/core/calendar.py" line="69" />
        <location filename="../../app/core/calendar.py" line="67" />
        <source>时间应为 HH:MM 格式：{text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/calendar.py" line="80" />
        <source>工作时段的结束时间应晚于开始时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/calendar.py" line="83" />
        <source>至少需要一个工作时段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/calendar.py" line="87" />
        <source>工作时段不能重叠</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/calendar.py" line="162" />
        <source>{year} 年的法定节假日和调休安排尚未收录：暂按周一至周五上班计算。请管理员录入该年的放假和调休日期（calendar close / calendar open），录入完毕后执行 calendar confirm {year}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/calendar.py" line="209" />
        <location filename="../../app/core/calendar.py" line="196" />
        <source>日历中找不到足够的工作时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/calendar.py" line="341" />
        <source>请填写闭馆或放假的原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/calendar.py" line="347" />
        <source>调休上班</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>calendar_cli</name>
    <message>
        <location filename="../../app/cli_calendar.py" line="72" />
        <source>闭馆</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="74" />
        <source>上班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="77" />
        <source>调休上班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="79" />
        <source>放假</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="96" />
        <source>{year} 年工作日历（工作时间 {hours}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="160" />
        <location filename="../../app/cli_calendar.py" line="100" />
        <source>警告：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="118" />
        <source>全年工作日 {count} 天，每天 {minutes} 个工作分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="138" />
        <source>工作时间：{hours}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="142" />
        <source>已撤销 {year} 年的录入确认</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="143" />
        <source>已确认 {year} 年的放假和调休安排已录入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="156" />
        <source>工作日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="156" />
        <source>休息日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="157" />
        <source>{date} 现为{state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="181" />
        <source>注意：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="186" />
        <source>流程方案：{name}（{title}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="188" />
        <source>流程方案：按插件声明（并行办理）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="190" />
        <source>办件类型：{type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="194" />
        <source>  {n}. {title}（{name}）  时限 {minutes} 分钟  前置：{waits}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="197" />
        <source>关键路径：{path}，共 {minutes} 个工作分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="204" />
        <source>按插件声明的并行流程：{minutes} 个工作分钟（相差 {diff:+d}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="220" />
        <source>请给出时限（工作分钟），或用 --clear 恢复插件声明的时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="224" />
        <source>请列出该办件类型需要的事项，或用 --clear 恢复全部事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="231" />
        <source>请给出流程方案名称，或用 --declared 按插件声明办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli_calendar.py" line="233" />
        <source>已保存；重新打开程序后对新办件生效</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>carriers</name>
    <message>
        <location filename="../../app/core/carriers.py" line="25" />
        <source>中国邮政 EMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="26" />
        <source>EMS 运单号应为 13 位数字，或国际格式如 EA123456789CN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="27" />
        <source>顺丰速运</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="28" />
        <source>顺丰运单号应为 SF 加 13 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="29" />
        <source>京东物流</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="30" />
        <source>京东运单号应以 JD 开头，共 13–16 位字母或数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="31" />
        <source>圆通速递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="32" />
        <source>圆通运单号应为 YT 加 13 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/carriers.py" line="54" />
        <source>请填写运单号</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>cases</name>
    <message>
        <location filename="../../plugins/delivery/items.py" line="172" />
        <location filename="../../plugins/delivery/items.py" line="147" />
        <location filename="../../app/core/notifications.py" line="198" />
        <location filename="../../app/core/notifications.py" line="186" />
        <location filename="../../app/core/cases.py" line="158" />
        <location filename="../../app/core/fields.py" line="114" />
        <location filename="../../app/core/appointments.py" line="147" />
        <source>办件不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cases.py" line="160" />
        <location filename="../../app/core/fields.py" line="116" />
        <location filename="../../app/core/appointments.py" line="149" />
        <source>无权查看该办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/fields.py" line="118" />
        <source>该信息不能显示明文</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/fields.py" line="120" />
        <source>您所办理的事项无权查看该信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/fields.py" line="124" />
        <source>办件没有该信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cases.py" line="20" />
        <source>受理中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cases.py" line="21" />
        <source>办理中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cases.py" line="22" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cases.py" line="23" />
        <source>已办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cases.py" line="24" />
        <source>已撤销</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>claims</name>
    <message>
        <location filename="../../app/core/claims.py" line="56" />
        <location filename="../../app/core/versioning.py" line="89" />
        <source>用户不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="93" />
        <source>账号已停用，不能领取事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="190" />
        <source>您已不再持有该事项（领取已超时或已被改派），请刷新后重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="213" />
        <source>领取已超时，事项自动回到队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="243" />
        <source>只有主管或系统管理员可以改派事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="245" />
        <source>只能改派本机构的事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="282" />
        <source>改派对象不存在或已停用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="284" />
        <source>{name}不属于该事项的承办机构，不能改派给他/她</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="302" />
        <location filename="../../app/core/claims.py" line="287" />
        <source>事项已被他人修改，请刷新后重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="289" />
        <source>事项当前状态不能改派</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="292" />
        <source>该事项已由{name}办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="304" />
        <source>由{old}改派给{new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="306" />
        <source>指派给{new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/claims.py" line="308" />
        <source>；原因：{reason}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>connection</name>
    <message>
        <location filename="../../app/connection_store.py" line="25" />
        <source>系统密钥环不可用，无法保存数据库密码；每次连接时将询问密码。{detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/connection_store.py" line="125" />
        <source>无法连接到数据库：{detail}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>critical_path</name>
    <message>
        <location filename="../../app/core/critical_path.py" line="63" />
        <source>办件不存在</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>db</name>
    <message>
        <location filename="../../db/backup.py" line="44" />
        <source>找不到 pg_dump，无法在升级前备份 PostgreSQL 数据库。请安装 PostgreSQL 客户端，或在确认已另行备份后使用 --no-backup。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../db/backup.py" line="62" />
        <source>pg_dump 备份失败：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../db/connection.py" line="92" />
        <source>SQLite 地址缺少数据库文件路径：{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../db/connection.py" line="100" />
        <source>PostgreSQL 地址缺少数据库名：{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../db/connection.py" line="104" />
        <source>PostgreSQL 地址中的端口无效：{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../db/connection.py" line="114" />
        <source>无法识别的数据库地址“{url}”，应为 sqlite:///文件路径 或 postgresql://用户@主机:端口/库名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../db/connection.py" line="169" />
        <source>数据库文件“{path}”位于网络共享上。SQLite 在网络文件系统上无法可靠加锁，可能损坏数据。多台工作站共用数据时请改用 PostgreSQL 服务器（在“连接数据库”对话框中设置）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../db/migrate.py" line="57" />
        <source>迁移 {label} 失败，数据库已保持升级前的状态：{cause}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>deadlines</name>
    <message>
        <location filename="../../app/core/deadlines.py" line="35" />
        <source>正常</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/deadlines.py" line="36" />
        <source>临近时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/deadlines.py" line="37" />
        <source>已超时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/deadlines.py" line="38" />
        <source>计时暂停</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/deadlines.py" line="122" />
        <source>事项不存在</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>delivery</name>
    <message>
        <location filename="../../plugins/delivery/common.py" line="15" />
        <source>营业执照（正本、副本）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="16" />
        <source>印章（全套）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="17" />
        <source>其他材料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="27" />
        <source>待寄出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="28" />
        <source>运输中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="29" />
        <source>已签收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="30" />
        <source>已退回</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="34" />
        <source>制单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="35" />
        <source>寄出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="36" />
        <source>签收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="37" />
        <source>退回</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="71" />
        <source>请先登录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/common.py" line="73" />
        <source>只有综合受理窗口的工作人员可以办理寄递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/__init__.py" line="49" />
        <location filename="../../plugins/delivery/__init__.py" line="38" />
        <source>免费寄递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/__init__.py" line="48" />
        <source>寄递工作台</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="44" />
        <location filename="../../plugins/delivery/__init__.py" line="64" />
        <source>免费寄递统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="32" />
        <source>免费寄递交接单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="33" />
        <source>办件编号：{number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="34" />
        <source>（寄出时填写）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="36" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="37" />
        <source>收件人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="38" />
        <source>联系电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="39" />
        <source>寄递地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="40" />
        <source>承运快递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="41" />
        <source>运单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="33" />
        <location filename="../../plugins/delivery/slip.py" line="42" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="43" />
        <source>制单时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="46" />
        <source>寄出时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="50" />
        <source>扫码查询运单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="55" />
        <source>寄递物品</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="60" />
        <source>以上物品由企业开办综合受理窗口免费寄递，邮寄费用由政府承担。收件时请当面查验包装完好、物品齐全；如有疑问请致电窗口。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="64" />
        <source>窗口经办人（签字）：＿＿＿＿＿＿</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="65" />
        <source>快递揽收员（签字）：＿＿＿＿＿＿</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="66" />
        <source>交接时间：＿＿＿＿年＿＿月＿＿日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/slip.py" line="67" />
        <source>收件人（签字）：＿＿＿＿＿＿</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/figures.py" line="87" />
        <source>寄出件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/figures.py" line="89" />
        <source>签收件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/figures.py" line="91" />
        <source>退回件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="21" />
        <source>只有综合受理窗口的工作人员可以查看寄递统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="25" />
        <source>物品</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="27" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="28" />
        <source>本期各环节件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="33" />
        <location filename="../../plugins/delivery/reports.py" line="30" />
        <source>件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="35" />
        <location filename="../../plugins/delivery/reports.py" line="33" />
        <source>当前待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="36" />
        <source>寄递明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="38" />
        <source>明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="38" />
        <source>本期间没有寄递记录。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="41" />
        <source>本期寄递件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="42" />
        <source>本期间免费寄递制单 {prepared} 件，寄出 {sent} 件，签收 {delivered} 件，退回 {returned} 件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/reports.py" line="44" />
        <source>企业开办协同服务平台 · 免费寄递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="20" />
        <source>请选择承运快递公司</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="23" />
        <source>请填写运单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="32" />
        <source>请选择寄递物品</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="35" />
        <source>请写明寄递的材料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="37" />
        <source>物品说明不能超过 {n} 字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="40" />
        <source>请填写收件人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="42" />
        <source>收件人不能超过 {n} 字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="49" />
        <source>请填写完整的寄递地址（至少 {n} 个字）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="51" />
        <source>寄递地址不能超过 {n} 字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="58" />
        <source>请填写时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="60" />
        <source>时间不能晚于当前时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="62" />
        <source>时间不能早于上一环节（{time}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="70" />
        <source>请填写退回原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/validation.py" line="72" />
        <source>说明不能超过 {n} 字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/items.py" line="195" />
        <location filename="../../plugins/delivery/items.py" line="115" />
        <source>寄递记录不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/items.py" line="174" />
        <source>办件办结后才能寄递（营业执照核发后即可寄递执照）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/items.py" line="185" />
        <location filename="../../plugins/delivery/items.py" line="177" />
        <source>该办件已有此物品的寄递记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/items.py" line="208" />
        <location filename="../../plugins/delivery/items.py" line="197" />
        <source>该寄递记录已被他人修改，请刷新后再试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/items.py" line="199" />
        <source>“{state}”的物品不能改为“{target}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/items.py" line="226" />
        <source>重新寄出请填写新的运单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/delivery/items.py" line="230" />
        <source>该运单号已用于其他办件</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>graph_config</name>
    <message>
        <location filename="../../app/core/graph_config.py" line="156" />
        <source>没有这些事项类型：{names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/graph_config.py" line="168" />
        <source>办理时限应为正整数（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/graph_config.py" line="185" />
        <source>至少需要一个事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/graph_config.py" line="221" />
        <source>没有名为 {name} 的流程方案</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>identifiers</name>
    <message>
        <location filename="../../app/core/identifiers.py" line="111" />
        <source>请填写统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="113" />
        <source>统一社会信用代码应为 18 位，当前为 {n} 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="116" />
        <source>统一社会信用代码第 {pos} 位“{char}”不是允许的字符（不使用 I、O、Z、S、V）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="119" />
        <source>统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="122" />
        <source>统一社会信用代码第 9–17 位（组织机构代码）的校验位不正确，请核对是否录入有误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="124" />
        <source>统一社会信用代码的校验码不正确，请核对是否录入有误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="131" />
        <source>统一社会信用代码格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="184" />
        <source>请填写身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="186" />
        <source>身份证号码应为 18 位，当前为 {n} 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="188" />
        <source>身份证号码前 17 位应为数字，最后一位为数字或 X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="192" />
        <source>身份证号码中的出生日期（第 7–14 位）不是有效日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="194" />
        <source>身份证号码中的出生日期（第 7–14 位）不合理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="196" />
        <source>身份证号码校验位不正确，请核对是否录入有误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="201" />
        <source>身份证号码前 6 位不是有效的行政区划代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="236" />
        <source>请填写手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/identifiers.py" line="238" />
        <source>手机号码应为 11 位数字，以 13–19 开头</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>incubator</name>
    <message>
        <location filename="../../plugins/incubator/common.py" line="26" />
        <source>在孵</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="27" />
        <source>已迁出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="28" />
        <source>已注销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="33" />
        <source>大厅宣传资料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="34" />
        <source>朋友推荐</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="35" />
        <source>网上搜索</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="36" />
        <source>政府部门推荐</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="37" />
        <source>其他</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="60" />
        <source>{address}（工位号 {seat}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/common.py" line="65" />
        <source>托管协议（{incubator}，工位号 {seat}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/access.py" line="35" />
        <source>请先登录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/access.py" line="74" />
        <location filename="../../plugins/incubator/access.py" line="44" />
        <source>孵化机构不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/access.py" line="52" />
        <source>只有本孵化机构的管理人员可以修改其入驻企业和工位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/access.py" line="66" />
        <source>您无权查看孵化机构的入驻企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/access.py" line="82" />
        <source>只有孵化机构、市场监管首席代表和系统管理员可以查看集群托管报表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="74" />
        <source>本机构没有工位 {seat}，请先在“工位”中添加</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="76" />
        <source>工位 {seat} 已停用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="79" />
        <source>工位 {seat} 已有在孵企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="140" />
        <source>入驻企业不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="249" />
        <location filename="../../plugins/incubator/roster.py" line="227" />
        <location filename="../../plugins/incubator/roster.py" line="155" />
        <source>该企业的记录已被他人修改，请刷新后再改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="157" />
        <source>“{name}”已迁出，记录不能再修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="158" />
        <source>“{name}”已注销，记录不能再修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="170" />
        <location filename="../../plugins/incubator/roster.py" line="181" />
        <source>“{name}”已在本机构名册中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="188" />
        <source>该工位刚被其他企业占用，请另选工位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="238" />
        <source>请填写日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="240" />
        <source>日期不能早于入驻日期 {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="285" />
        <source>年度不能早于入驻年度 {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/roster.py" line="288" />
        <source>年度不能晚于离开年度 {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/__init__.py" line="63" />
        <location filename="../../plugins/incubator/__init__.py" line="46" />
        <source>集群托管</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/__init__.py" line="46" />
        <source>入驻企业名册…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="107" />
        <location filename="../../plugins/incubator/importer.py" line="247" />
        <location filename="../../plugins/incubator/__init__.py" line="62" />
        <source>入驻企业名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="120" />
        <location filename="../../plugins/incubator/__init__.py" line="79" />
        <source>入驻企业名册与工位占用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="160" />
        <location filename="../../plugins/incubator/__init__.py" line="80" />
        <source>集群托管企业产值同比</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="187" />
        <location filename="../../plugins/incubator/__init__.py" line="81" />
        <source>集群托管节约房租测算</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="207" />
        <location filename="../../plugins/incubator/__init__.py" line="82" />
        <source>入驻企业来源渠道统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="145" />
        <location filename="../../plugins/incubator/reports.py" line="108" />
        <location filename="../../plugins/incubator/importer.py" line="34" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="109" />
        <location filename="../../plugins/incubator/importer.py" line="35" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="36" />
        <source>身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="37" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="108" />
        <location filename="../../plugins/incubator/importer.py" line="38" />
        <source>工位号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="198" />
        <location filename="../../plugins/incubator/reports.py" line="197" />
        <location filename="../../plugins/incubator/reports.py" line="109" />
        <location filename="../../plugins/incubator/importer.py" line="39" />
        <source>来源渠道</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="110" />
        <location filename="../../plugins/incubator/importer.py" line="40" />
        <source>入驻日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="41" />
        <source>备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="61" />
        <source>第 {row} 行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="63" />
        <source>“{column}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="72" />
        <source>名册有 {n} 处错误，未导入任何企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="89" />
        <source>只能导入 .xlsx 或 .csv 格式的名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="93" />
        <source>文件是空的</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="103" />
        <source>表头缺少：{columns}（请使用导出的模板）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="111" />
        <source>一次最多导入 {n} 行，请分批导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="129" />
        <source>日期格式应为 2026-03-02</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="144" />
        <source>名册中没有企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="141" />
        <location filename="../../plugins/incubator/importer.py" line="158" />
        <source>来源渠道应为：{channels}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="163" />
        <source>工位 {seat} 与第 {row} 行重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="172" />
        <source>与第 {row} 行重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="214" />
        <source>每行一家企业；表头为红色的栏目必填（表头请保留原样，不要改名）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="215" />
        <source>企业名称：以组织形式结尾，如“绵阳某某科技有限公司”。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="216" />
        <source>身份证号码、手机号码请按文本填写（模板已设为文本格式），避免被表格软件改成科学计数法。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="217" />
        <source>工位号：须是本机构已添加、当前空闲的工位，同一文件中不能重复。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="218" />
        <source>来源渠道：{channels}；不填为“其他”。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="220" />
        <source>入驻日期：如 2026-03-02，不填为导入当天，不能晚于今天。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="221" />
        <source>任何一行有误，整个文件都不会导入，并逐行列出错误。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="238" />
        <source>模板只能保存为 .xlsx 或 .csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/importer.py" line="266" />
        <source>填写说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/incubators.py" line="92" />
        <source>机构信息已被他人修改，请重新打开后再改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="94" />
        <location filename="../../plugins/incubator/incubators.py" line="137" />
        <source>请填写工位号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/incubators.py" line="139" />
        <source>一次最多添加 {n} 个工位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/incubators.py" line="148" />
        <source>工位号已存在：{numbers}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/incubators.py" line="159" />
        <source>工位不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/incubators.py" line="174" />
        <source>工位 {seat} 上有在孵企业，不能停用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/incubators.py" line="183" />
        <source>工位 {seat} 已有入驻记录，不能删除，可以停用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/intake_source.py" line="43" />
        <source>{company}（{incubator} · 工位号 {seat}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/intake_source.py" line="53" />
        <source>入驻企业（集群托管）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="57" />
        <source>集群托管（全部孵化机构）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="100" />
        <source>工位占用（截至期末）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="100" />
        <source>工位占用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="173" />
        <location filename="../../plugins/incubator/reports.py" line="145" />
        <location filename="../../plugins/incubator/reports.py" line="137" />
        <location filename="../../plugins/incubator/reports.py" line="108" />
        <location filename="../../plugins/incubator/reports.py" line="101" />
        <source>孵化机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="101" />
        <source>工位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="101" />
        <source>已占用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="102" />
        <source>空闲</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="102" />
        <source>占用率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="200" />
        <location filename="../../plugins/incubator/reports.py" line="176" />
        <location filename="../../plugins/incubator/reports.py" line="140" />
        <location filename="../../plugins/incubator/reports.py" line="104" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="107" />
        <source>名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="110" />
        <source>状态（离开日期）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="111" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="111" />
        <source>发照日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="115" />
        <source>本期间没有入驻企业。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="116" />
        <source>截至 {day}，{n} 家孵化机构共有工位 {seats} 个，已占用 {occupied} 个，占用率 {rate}；本期间在孵企业 {firms} 家。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="133" />
        <location filename="../../plugins/incubator/reports.py" line="132" />
        <source>{year} 年产值（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="134" />
        <source>同比增长</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="136" />
        <source>各孵化机构产值同比</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="136" />
        <source>按孵化机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="137" />
        <source>填报企业数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="144" />
        <source>企业产值明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="144" />
        <source>按企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="150" />
        <source>这两年没有填报产值。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="151" />
        <source>{year} 年托管企业产值 {this} 元，{last_year} 年 {last} 元，同比增长 {growth}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="158" />
        <source>{year} 年各孵化机构产值（万元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="172" />
        <source>节约房租测算（截至期末）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="172" />
        <source>节约房租</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="173" />
        <source>在孵企业数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="174" />
        <source>每户每年房租（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="174" />
        <source>每年节约房租（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="178" />
        <source>截至 {day}，集群托管企业 {firms} 户，按各孵化机构设定的每户每年房租估算，每年可节约房租 {saved} 元（约 {wan} 万元）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="186" />
        <source>各孵化机构每年节约房租（万元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="197" />
        <source>入驻企业来源渠道</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="198" />
        <source>企业数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="198" />
        <source>占比</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="202" />
        <source>本期间在孵企业 {n} 家。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/reports.py" line="206" />
        <source>各来源渠道企业数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="69" />
        <source>请填写企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="71" />
        <source>企业名称应为 {min}–{max} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="73" />
        <source>企业名称只能包含汉字、字母、数字和括号，不能有空格或其他符号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="76" />
        <source>企业名称应以组织形式结尾，如“有限公司”“个人独资企业”“（普通合伙）”“工作室”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="78" />
        <source>企业名称应以汉字为主</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="85" />
        <source>请填写法定代表人姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="87" />
        <source>姓名应为 2–30 个汉字或字母（少数民族姓名可含“·”）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="96" />
        <source>工位号为 1–20 个字母、数字或“-”，如 A-018</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="104" />
        <source>日期不能晚于今天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="106" />
        <source>日期不能早于 {year} 年</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="129" />
        <source>法定代表人应年满 {age} 周岁</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="144" />
        <source>请填写入驻日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="148" />
        <source>备注不能超过 {n} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="150" />
        <source>备注含有不可见的控制字符，请重新录入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="167" />
        <source>请填写金额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="173" />
        <location filename="../../plugins/incubator/validation.py" line="171" />
        <source>金额应为数字，单位：元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="175" />
        <source>金额不能为负数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="177" />
        <source>金额不能超过 {max} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="179" />
        <source>金额最多两位小数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="188" />
        <source>年度应为 {first}–{last} 年</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="200" />
        <source>说明不能超过 100 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="208" />
        <source>请填写完整的经营场所地址（5–300 个字）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="212" />
        <source>不能超过 {n} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="214" />
        <source>含有不可见的控制字符，请重新录入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="216" />
        <source>请填写运营单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="218" />
        <source>请填写负责人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="221" />
        <source>联系电话只能包含数字和“-”，7–20 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="224" />
        <source>第 {n} 项增值服务的名称和收费都要填写</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="227" />
        <source>第 {n} 项增值服务的名称或收费超过 50 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/incubator/validation.py" line="233" />
        <source>每户每年房租应大于 0</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>出错了</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37" />
        <source>请注意</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>提示</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>operations</name>
    <message>
        <location filename="../../app/ui/operations.py" line="56" />
        <source>操作未能完成：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/operations.py" line="139" />
        <source>请稍候</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/operations.py" line="208" />
        <source>正在处理…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>queues</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="40" />
        <source>{d}天{h}小时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="42" />
        <source>{h}小时{m}分</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="43" />
        <source>{m}分</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="54" />
        <source>剩余 不到1分</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="55" />
        <source>剩余 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="58" />
        <source>超时 不到1分</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>超时 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="19" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="20" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="21" />
        <source>事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="22" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="23" />
        <source>承办机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="24" />
        <source>领取人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="25" />
        <source>到达时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="26" />
        <source>办理时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="27" />
        <source>更新时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/queues.py" line="29" />
        <source>剩余时间</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ratings</name>
    <message>
        <location filename="../../plugins/ratings/common.py" line="20" />
        <source>非常满意</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="21" />
        <source>满意</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="22" />
        <source>基本满意</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="23" />
        <source>不满意</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="24" />
        <source>非常不满意</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="31" />
        <source>窗口评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="32" />
        <source>短信评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="38" />
        <source>待答复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="39" />
        <source>已逾期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="40" />
        <source>已答复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="90" />
        <source>请先登录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/common.py" line="92" />
        <source>只有综合受理窗口的工作人员可以录入评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="59" />
        <source>答复应为文字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="61" />
        <source>请填写给申请人的书面答复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="63" />
        <source>答复至少 {n} 个字，请写明整改措施和结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="65" />
        <source>答复不能超过 {n} 字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="100" />
        <source>只有主管（首席代表）和系统管理员可以查看差评整改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="146" />
        <source>【企业开办】您对{department}的评价（{level}）已收到，答复如下：{answer}（办件编号{case_number}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="160" />
        <source>整改事项不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="162" />
        <source>只有被评价机构的主管（首席代表）或系统管理员可以答复差评</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/rectifications.py" line="171" />
        <source>该整改事项已经答复，不能重复答复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/__init__.py" line="61" />
        <location filename="../../plugins/ratings/__init__.py" line="52" />
        <location filename="../../plugins/ratings/__init__.py" line="44" />
        <source>好差评</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="72" />
        <location filename="../../plugins/ratings/__init__.py" line="95" />
        <location filename="../../plugins/ratings/__init__.py" line="51" />
        <source>差评整改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/__init__.py" line="61" />
        <source>导入短信评价…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/__init__.py" line="77" />
        <source>好差评满意率统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/__init__.py" line="96" />
        <source>{enterprise}：{level}，未按期答复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="96" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="114" />
        <source>部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="150" />
        <location filename="../../plugins/ratings/figures.py" line="115" />
        <source>评价数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="115" />
        <source>满意数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="115" />
        <source>满意率(%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="153" />
        <location filename="../../plugins/ratings/figures.py" line="116" />
        <source>差评数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="116" />
        <source>整改开启</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="116" />
        <source>整改已答复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="59" />
        <location filename="../../plugins/ratings/figures.py" line="147" />
        <source>满意率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="155" />
        <source>差评整改（开启）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="157" />
        <source>差评整改（已答复）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="159" />
        <source>差评整改（待答复）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/figures.py" line="166" />
        <source>{department}满意率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="34" />
        <source>没有编号或编码为 {org} 的机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="55" />
        <source>各部门满意率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="59" />
        <source>本期间没有评价。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="63" />
        <location filename="../../plugins/ratings/reports.py" line="61" />
        <source>差评明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="64" />
        <source>本期间没有差评。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="66" />
        <source>差评整改（事事有回音）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="73" />
        <source>本期间没有开启差评整改。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="78" />
        <source>各部门满意率（%）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="81" />
        <source>本期间共收到评价 {total} 件，满意（非常满意、满意、基本满意）{satisfied} 件，满意率 {rate}；差评（不满意、非常不满意）{bad} 件，开启整改 {opened} 件，已答复 {closed} 件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="85" />
        <source>企业开办好差评满意率统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/reports.py" line="86" />
        <source>企业开办协同服务平台 · 好差评</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="50" />
        <source>请选择评价等级（非常满意至非常不满意）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="52" />
        <source>评价内容应为文字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="54" />
        <source>评价内容不能超过 {n} 字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="56" />
        <source>评价时间不能晚于当前时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="87" />
        <location filename="../../plugins/ratings/ratings.py" line="76" />
        <source>办件不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="78" />
        <source>办件 {number} 尚未办结，办结后才能评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="144" />
        <source>该部门没有办理此办件，不能评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/ratings.py" line="149" />
        <source>该部门的评价已被他人修改，请刷新后再改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="67" />
        <source>文件过大（超过 5 MB）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="71" />
        <source>文件不是 UTF-8 编码的文本（第 {pos} 字节无法识别）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="88" />
        <source>缺少评价等级（格式：办件编号 [部门] 等级 [评价内容]）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="95" />
        <source>部门后缺少评价等级</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="98" />
        <source>无法识别的评价等级“{word}”（应为 1–5 或非常满意、满意、基本满意、不满意、非常不满意）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="102" />
        <source>无法识别的评价等级或部门“{word}”（等级应为 1–5 或非常满意、满意、基本满意、不满意、非常不满意）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="105" />
        <source>评价内容超过 {n} 字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="128" />
        <source>办件编号“{number}”不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="132" />
        <source>办件 {number} 尚未办结，不能评价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="139" />
        <source>该部门没有办理办件 {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/ratings/sms_import.py" line="144" />
        <source>与第 {line} 行重复评价同一办件的同一部门</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>registration</name>
    <message>
        <location filename="../../plugins/registration/common.py" line="22" />
        <source>请先登录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/common.py" line="24" />
        <source>只有市场监管综合受理窗口的工作人员可以办理此事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/intake.py" line="36" />
        <source>材料重复登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/intake.py" line="44" />
        <source>请填写承诺补交日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/intake.py" line="46" />
        <source>承诺补交日期须晚于今天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/intake.py" line="48" />
        <source>承诺补交日期须为工作日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="117" />
        <location filename="../../plugins/registration/intake.py" line="63" />
        <source>“{name}”尚未收取：请勾选已收取，或登记容缺承诺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/promises.py" line="48" />
        <location filename="../../plugins/registration/intake.py" line="66" />
        <source>“{name}”是必须当场收取的材料，不能容缺受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/intake.py" line="72" />
        <source>材料状态应为已收取或容缺承诺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/intake.py" line="75" />
        <source>材料“{code}”不在本办件的材料清单中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/status.py" line="60" />
        <location filename="../../plugins/registration/printouts.py" line="66" />
        <location filename="../../plugins/registration/attachments.py" line="114" />
        <location filename="../../plugins/registration/review.py" line="101" />
        <location filename="../../plugins/registration/intake.py" line="110" />
        <source>办件不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="120" />
        <location filename="../../plugins/registration/intake.py" line="150" />
        <source>企业名称“{name}”已被使用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="33" />
        <source>事项不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="35" />
        <source>该事项不是综合受理窗口的事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="61" />
        <source>核准发照事项未能就绪，请检查流程配置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="79" />
        <source>请填写退回补正的原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="103" />
        <source>办件 {number} 不在退回补正状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/review.py" line="142" />
        <source>已补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/__init__.py" line="103" />
        <source>受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/__init__.py" line="105" />
        <source>新办件受理（智能引导）…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/__init__.py" line="107" />
        <source>导入网上申报…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/__init__.py" line="109" />
        <source>逾期容缺承诺…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/__init__.py" line="120" />
        <source>受理与发照</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="101" />
        <source>请选择{dept}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="103" />
        <source>所选机构不是可选的{dept}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="106" />
        <source>该部门的事项不由申请人选择办理机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="109" />
        <source>该部门不需要预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="111" />
        <source>预约时间须晚于当前时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="114" />
        <source>领取方式应为窗口自取或免费寄递</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="117" />
        <source>请填写完整的寄递地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="119" />
        <source>请填写收件人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="141" />
        <source>未能分配统一社会信用代码，请重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="165" />
        <source>核准发照事项不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="167" />
        <source>该办件当前不能发照（事项状态：{state}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="170" />
        <source>办件 {number} 当前不能发照</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/licence.py" line="176" />
        <source>该企业已有统一社会信用代码 {uscc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/commands.py" line="53" />
        <source>没有编号为 {number} 的办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/commands.py" line="60" />
        <source>办件 {number} 没有该事项，请先受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/commands.py" line="127" />
        <source>办件 {number} 没有可退回的窗口事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/commands.py" line="141" />
        <source>找不到机构“{code}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/attachments.py" line="116" />
        <location filename="../../plugins/registration/promises.py" line="36" />
        <source>办件没有材料“{code}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/promises.py" line="51" />
        <source>“{name}”已收取，无需承诺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="219" />
        <location filename="../../plugins/registration/names.py" line="58" />
        <source>请填写企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="60" />
        <source>企业名称中不能有空格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="63" />
        <source>企业名称应为 {low}–{high} 个字，当前为 {n} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="66" />
        <source>企业名称只能使用规范汉字，不能含有字母、数字或其他符号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="73" />
        <source>请先选择企业类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="80" />
        <source>组织形式“{form}”与企业类型“{type}”不符，应为：{expected}等</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="83" />
        <source>名称应以组织形式结尾，如：{expected}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="86" />
        <source>{type}的名称不得使用“公司”字样</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="90" />
        <source>名称应以行政区划开头，如：绵阳、绵阳市、四川省绵阳市</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="97" />
        <source>名称中缺少行业表述（如：科技、商贸、餐饮管理），或该表述不在行业用语表中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/names.py" line="99" />
        <source>字号应为 {low}–{high} 个汉字，当前为“{trade}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/attachments.py" line="119" />
        <source>文件是空的</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/attachments.py" line="124" />
        <source>只接受 PDF、JPEG 或 PNG 格式的扫描件（按文件内容判断，与文件名无关）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/attachments.py" line="148" />
        <source>文件大小 {size:.1f} MB，超过了 {limit:.1f} MB 的上限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/attachments.py" line="163" />
        <source>附件不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/attachments.py" line="166" />
        <source>附件文件不在存储目录中：{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/attachments.py" line="169" />
        <source>附件文件已损坏（校验和不符）：{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="28" />
        <source>市场监督管理局综合受理窗口</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="32" />
        <source>是</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="32" />
        <source>否</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="40" />
        <source>企业类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="41" />
        <source>是否招用员工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="42" />
        <source>是否需要领用发票</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="43" />
        <source>经营行业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="44" />
        <source>住所类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="106" />
        <source>市场监督管理局</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/printouts.py" line="115" />
        <source>办件 {number} 尚未发照</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="29" />
        <source>已导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="30" />
        <source>已导入，跳过</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="31" />
        <source>已拒绝</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="77" />
        <source>缺少必填字段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="82" />
        <source>不允许的字段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="91" />
        <source>类型应为{type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="93" />
        <source>取值应为以下之一：{values}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="95" />
        <source>应为“{value}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="109" />
        <location filename="../../plugins/registration/online_import.py" line="97" />
        <source>格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="99" />
        <source>不能为空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="99" />
        <source>长度不能少于 {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="101" />
        <source>长度不能超过 {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="103" />
        <source>至少需要 {n} 项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="105" />
        <source>最多 {n} 项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="107" />
        <source>不能有重复项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="109" />
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="188" />
        <source>时间格式应为 ISO 8601，如 2026-03-02T09:15:00+08:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="226" />
        <source>无法读取文件：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/online_import.py" line="231" />
        <source>不是有效的 JSON（第 {line} 行第 {col} 列：{msg}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="86" />
        <source>请填写{label}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="97" />
        <location filename="../../plugins/registration/validation.py" line="94" />
        <location filename="../../plugins/registration/validation.py" line="89" />
        <source>{label}应为数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="99" />
        <source>{label}必须大于 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="101" />
        <source>{label}最多保留两位小数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="103" />
        <source>{label}超出允许的最大值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="120" />
        <source>请填写{what}姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="122" />
        <source>{what}姓名应为 2–{n} 个汉字（少数民族姓名可含“·”）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="129" />
        <source>请填写{what}信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="145" />
        <source>{type}至少需要 {n} 名股东（合伙人）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="146" />
        <source>请填写股东信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="148" />
        <source>{type}的股东（出资人）不能超过 {n} 名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="150" />
        <source>个体工商户没有股东，请删除股东信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="155" />
        <source>股东信息不完整</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="160" />
        <source>股东类型应为自然人或企业法人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="164" />
        <source>请填写法人股东的名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="166" />
        <source>法人股东名称应为其登记的中文全称（至少 4 个字，可含括号、字母和数字）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="170" />
        <source>股东</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="174" />
        <source>与第 {n} 名股东的证件号码重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="176" />
        <source>出资比例</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="184" />
        <source>出资比例合计应为 100%，当前为 {total}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="192" />
        <source>请至少选择一个行业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="198" />
        <source>行业代码“{code}”不在行业目录中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="200" />
        <source>行业代码“{code}”重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="211" />
        <source>请选择企业类型（{types}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="220" />
        <source>注册资本</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="225" />
        <source>请填写经营范围</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="227" />
        <source>经营范围不能超过 {n} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="229" />
        <source>经营范围含有不可见的控制字符，请重新录入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="232" />
        <source>请填写完整的住所（经营场所）地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="234" />
        <source>住所地址不能超过 {n} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="236" />
        <source>住所地址含有不可见的控制字符，请重新录入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="239" />
        <source>行政区划代码应为 6 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="241" />
        <source>行政区划代码“{code}”不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="243" />
        <source>住所类型应为：{types}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="244" />
        <source>法定代表人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="246" />
        <source>联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/validation.py" line="250" />
        <source>请选择“是”或“否”</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>reports</name>
    <message>
        <location filename="../../app/reports/period.py" line="43" />
        <source>{start} 至 {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/period.py" line="72" />
        <source>统计期间：{period}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/period.py" line="73" />
        <source>全部机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/period.py" line="74" />
        <source>范围：{scope}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/period.py" line="98" />
        <source>本期间没有记录。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/xlsx.py" line="128" />
        <source>不支持的报表格式 .{suffix}（可用：{formats}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="60" />
        <source>办件编号：{number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="62" />
        <source>{enterprise}：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="67" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="68" />
        <source>办结时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="75" />
        <source>温馨提示</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="79" />
        <source>地址：{address}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="81" />
        <source>电话：{phone}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="84" />
        <source>经办人：{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reports/notice.py" line="88" />
        <source>（业务专用章）</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>roles</name>
    <message>
        <location filename="../../app/core/users.py" line="23" />
        <source>经办人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="24" />
        <source>首席代表/主管</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="25" />
        <source>系统管理员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="26" />
        <source>孵化机构管理员</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>seal</name>
    <message>
        <location filename="../../plugins/seal/records.py" line="49" />
        <source>已通过{carrier}寄出，运单号{waybill}，请注意查收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/records.py" line="52" />
        <source>已由{name}现场领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/records.py" line="53" />
        <source>【企业开办】{enterprise}的印章（{names}，共{count}枚）已刻制并完成公安备案，{how}。刻章企业：{company}，电话：{phone}。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/records.py" line="72" />
        <source>备案号 {number} 已登记在办件 {case} 的印章上，请核对</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="112" />
        <location filename="../../plugins/seal/__init__.py" line="60" />
        <source>刻章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="75" />
        <location filename="../../plugins/seal/__init__.py" line="71" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="76" />
        <location filename="../../plugins/seal/__init__.py" line="72" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="73" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="74" />
        <source>领取人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="75" />
        <source>到达时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="76" />
        <source>剩余时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="85" />
        <source>刻章待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="99" />
        <source>刻章办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="112" />
        <source>刻章企业信息…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="89" />
        <location filename="../../plugins/seal/__init__.py" line="133" />
        <source>印章刻制日报</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="116" />
        <location filename="../../plugins/seal/__init__.py" line="135" />
        <source>免费刻章补贴结算表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="155" />
        <source>营业执照（副本）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="156" />
        <source>发照后由窗口直接推送，无需另交</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="157" />
        <source>法定代表人身份证件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/__init__.py" line="158" />
        <source>印章刻制备案申请表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/figures.py" line="152" />
        <source>其中 {n} 套办结时该刻章企业尚未设置免费套章单价，金额暂按 0 元计，请核实后另行结算。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="37" />
        <source>没有编号或编码为 {org} 的刻章企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="47" />
        <source>企业开办协同服务平台 · 印章刻制</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="66" />
        <source>按企业、日期汇总</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="66" />
        <source>汇总</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="75" />
        <location filename="../../plugins/seal/reports.py" line="67" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="59" />
        <location filename="../../plugins/seal/reports.py" line="99" />
        <location filename="../../plugins/seal/reports.py" line="75" />
        <location filename="../../plugins/seal/reports.py" line="67" />
        <source>刻章企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="67" />
        <source>办件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="68" />
        <source>印章（枚）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="68" />
        <source>其中免费套章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="68" />
        <source>其中自费</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="103" />
        <location filename="../../plugins/seal/reports.py" line="70" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="74" />
        <source>刻制明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="74" />
        <source>明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="67" />
        <location filename="../../plugins/seal/reports.py" line="76" />
        <source>印章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="68" />
        <location filename="../../plugins/seal/reports.py" line="76" />
        <source>公安备案号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="77" />
        <source>交付</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="77" />
        <source>办结时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="85" />
        <source>各刻章企业刻制印章数（枚）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="91" />
        <source>本期办结刻章 {cases} 件，刻制印章 {seals} 枚。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="98" />
        <source>免费套章补贴结算明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="98" />
        <source>补贴结算</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="99" />
        <source>月份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="99" />
        <source>免费套章（套）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="100" />
        <source>单价（元/套）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="100" />
        <source>金额（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="101" />
        <source>未设置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="107" />
        <source>本期共为新开办企业免费刻制印章 {sets} 套，应付补贴合计 {amount} 元。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="109" />
        <source>合计金额（大写）：人民币{upper}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/reports.py" line="113" />
        <source>各刻章企业免费套章数量（套）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="45" />
        <source>刻章企业不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="84" />
        <source>请填写营业时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="86" />
        <source>营业时间最多 {n} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="89" />
        <source>营业时间须包含时段，如“周一至周五 09:00-12:00、13:30-17:30”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="93" />
        <source>营业时间中的时刻不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="95" />
        <source>营业时段的结束时间须晚于开始时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="103" />
        <source>请填写特种行业许可证编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="105" />
        <source>许可证编号应为 {low}–{high} 个字符</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="111" />
        <source>请填写免费套章单价</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="113" />
        <source>单价应为金额，最多两位小数，如 240.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="115" />
        <source>单价应在 0.01 至 2000.00 元之间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/companies.py" line="124" />
        <source>只有本企业的主管或系统管理员可以修改企业信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="61" />
        <source>备案号应为 13 位数字（6 位行政区划代码 + 7 位顺序号）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="63" />
        <source>备案号前 6 位不是有效的行政区划代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="71" />
        <source>价格应为金额，最多两位小数，如 80.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="73" />
        <source>价格应在 0.01 至 2000.00 元之间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="81" />
        <source>印章种类不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="85" />
        <source>请选择印章形状</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="87" />
        <source>{kind}不能刻制为{shape}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="89" />
        <source>规格不在允许范围内（可选：{sizes}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="92" />
        <source>请选择印章材质</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="95" />
        <source>请选择付费方</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="97" />
        <source>{kind}不在免费套章范围内，须由申请人自费</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="99" />
        <source>免费套章的印章不单独收费，请清空价格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="104" />
        <source>请填写自费印章的价格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="110" />
        <source>请填写公安备案号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="119" />
        <source>印章清单格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="122" />
        <source>一套印章最多 {n} 枚</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="130" />
        <source>同一种印章只能刻制一枚（与第 {n} 行重复）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="134" />
        <source>备案号与第 {n} 行重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="139" />
        <source>请至少刻制一枚印章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="141" />
        <source>印章清单中须有公章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="155" />
        <source>第 {row} 行（{kind}）：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="158" />
        <source>第 {row} 行：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="166" />
        <source>交付信息格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="169" />
        <source>请选择交付方式（现场领取或免费寄递）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="171" />
        <source>交付方式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="174" />
        <source>请填写领取人姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="175" />
        <source>请填写收件人姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="176" />
        <source>请填写领取人身份证号码后四位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="194" />
        <location filename="../../plugins/seal/validation.py" line="177" />
        <source>请选择承运方</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="178" />
        <source>请填写运单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="179" />
        <source>请填写收件人手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="180" />
        <source>请填写寄递地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="190" />
        <source>姓名应为 2–20 个汉字或字母</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="192" />
        <source>应为身份证号码的后四位（数字，最后一位可为 X）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="201" />
        <source>寄递地址应为 {low}–{high} 个字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="212" />
        <source>表单数据格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="220" />
        <source>人像采集状态不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/validation.py" line="222" />
        <source>请确认已完成人像采集（印章备案须采集经办人人像）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="23" />
        <source>免费（政府购买）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="24" />
        <source>自费 {price} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="29" />
        <source>{method}：{carrier}，运单号 {waybill}；收件人 {name}，{address}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="32" />
        <source>{method}：{name}（身份证号码后四位 {last4}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="38" />
        <source>共 {n} 枚</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="40" />
        <source>（免费套章 {free} 枚，自费 {paid} 枚）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="42" />
        <source>（均为免费套章）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="50" />
        <source>刻章事项尚未办结，还不能打印办结通知</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="53" />
        <source>该事项办结时没有登记印章，无法打印办结通知</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="58" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="61" />
        <source>特种行业许可证</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="62" />
        <source>印章数量</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="63" />
        <source>交付方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="66" />
        <source>印章明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="67" />
        <source>序号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="67" />
        <source>规格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="68" />
        <source>材质</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="69" />
        <source>费用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="73" />
        <source>贵单位申请刻制的印章已于 {time} 刻制完成，并已向公安机关办理备案，明细如下。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="76" />
        <source>免费套章的刻制费用由政府购买服务承担，贵单位无需另行支付。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="78" />
        <source>印章刻制办结通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="78" />
        <source>印章刻制</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="82" />
        <source>印章自交付之日起即可使用，请指定专人保管，公章与财务专用章分开存放。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="83" />
        <source>可凭公安备案号在全国印章信息查询平台核验印章的真伪和备案信息。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="84" />
        <source>印章遗失的，请及时向公安机关报告并登报声明，凭备案号办理补刻。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/notice.py" line="85" />
        <source>企业名称变更或注销后，原印章应交回刻章企业或公安机关封存、销毁。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="36" />
        <source>公章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="37" />
        <source>财务专用章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="39" />
        <source>发票专用章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="40" />
        <source>合同专用章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="41" />
        <source>法定代表人名章</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="47" />
        <source>圆形</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="48" />
        <source>椭圆形</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="49" />
        <source>正方形</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="50" />
        <source>长方形</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="62" />
        <source>铜质</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="63" />
        <source>光敏</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="64" />
        <source>原子</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="65" />
        <source>橡胶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="66" />
        <source>牛角</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="69" />
        <source>政府购买（免费）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="70" />
        <source>申请人自费</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="73" />
        <source>现场领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/seal/catalogue.py" line="74" />
        <source>免费寄递</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>sms</name>
    <message>
        <location filename="../../app/core/notifications.py" line="38" />
        <source>【企业开办】{enterprise}的营业执照已核发，统一社会信用代码{uscc}。您选择的办理机构：{chosen}。相关信息已推送至上述机构，请按预约时间前往办理。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="41" />
        <source>【企业开办】{enterprise}已预约{organisation}，时间{time}，地址：{address}，电话：{phone}。请携带法定代表人身份证件准时前往。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="44" />
        <source>【企业开办】温馨提醒：{enterprise}预约于{time}在{organisation}办理，地址：{address}，电话：{phone}。如需改约请提前联系。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="47" />
        <source>【企业开办】{enterprise}的企业开办事项已全部办结（办件编号{case_number}）。营业执照和印章可按您选择的方式领取或寄递，欢迎对我们的服务进行评价。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="52" />
        <source>执照核发</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="53" />
        <source>预约成功</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="54" />
        <source>预约提醒</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="55" />
        <source>办结通知</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="58" />
        <source>待发送</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="59" />
        <source>发送中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="60" />
        <source>已发送</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="61" />
        <source>发送失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="76" />
        <source>{month}月{day}日 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="104" />
        <source>{department}：{name}（地址：{address}，电话：{phone}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="109" />
        <source>，预约时间{time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="152" />
        <source>没有名为 {key} 的短信模板</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="173" />
        <source>办件没有联系手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="195" />
        <source>短信内容不能为空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="235" />
        <source>短信网关“{gateway}”出错</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="244" />
        <source>短信网关“{gateway}”未能发送</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>social_insurance</name>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="22" />
        <source>基本养老保险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="23" />
        <source>基本医疗保险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="24" />
        <source>失业保险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="25" />
        <source>工伤保险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="26" />
        <source>生育保险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="69" />
        <source>养老</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="69" />
        <source>医疗</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="70" />
        <source>失业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="70" />
        <source>工伤</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reference.py" line="71" />
        <source>生育</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="44" />
        <source>第 {row} 行 {column}：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="62" />
        <location filename="../../plugins/social_insurance/roster.py" line="66" />
        <source>参保职工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="77" />
        <source>填写说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="79" />
        <source>每行一名职工，从第 2 行起填写，不要改动第 1 行的列名。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="80" />
        <source>身份证号码：18 位居民身份证号码，请以文本格式填写（避免末尾数字被改成 0）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="81" />
        <source>手机号码：选填，11 位。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="82" />
        <source>参保日期：如 2026-03-02，不能晚于今天。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="83" />
        <source>月缴费基数：单位为元，最多两位小数，应在 {low} 至 {high} 元之间。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="85" />
        <source>任何一行有误时整个文件不会导入，请按提示修改后重新导入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="86" />
        <source>一次最多 {n} 名职工。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="100" />
        <source>只能导入 .xlsx 或 .csv 文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="123" />
        <source>身份证号码被存成了数字，请将该列设为文本格式后重新填写</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="141" />
        <source>文件是空的</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="145" />
        <source>第 1 行缺少列：{columns}。请使用导出的模板填写</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="162" />
        <source>文件中没有职工记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="164" />
        <source>一次最多登记 {n} 名职工，文件中有 {m} 名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/roster.py" line="172" />
        <source>文件中有 {n} 处错误，未导入任何职工，请修改后重新导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/__init__.py" line="85" />
        <source>社保登记待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/__init__.py" line="101" />
        <source>社保登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/__init__.py" line="122" />
        <source>社保参保单位登记统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/__init__.py" line="124" />
        <source>社保参保职工登记统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/enrolment.py" line="54" />
        <source>本地区单位编号已用完，请联系系统管理员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/enrolment.py" line="84" />
        <source>单位编号 {number} 已登记给办件 {case}，请重新生成</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/enrolment.py" line="99" />
        <source>【社保登记】{enterprise}的社会保险登记已办结，单位编号 {number}，参保职工 {count} 人。请按月申报缴纳社会保险费。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/enrolment.py" line="143" />
        <source>该事项尚未办结，没有参保登记记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/figures.py" line="107" />
        <source>没有编号为 {org} 的社保经办机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="63" />
        <source>住房公积金缴存登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="65" />
        <source>按险种统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="65" />
        <source>按险种</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="66" />
        <source>险种</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="66" />
        <source>参保单位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="67" />
        <source>占登记单位比例</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="72" />
        <source>参保单位明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="72" />
        <source>明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="73" />
        <source>登记时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="73" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="156" />
        <location filename="../../plugins/social_insurance/reports.py" line="74" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="157" />
        <location filename="../../plugins/social_insurance/reports.py" line="74" />
        <source>单位编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="61" />
        <location filename="../../plugins/social_insurance/reports.py" line="75" />
        <source>参保险种</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="75" />
        <source>职工人数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="76" />
        <source>公积金缴存比例</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="76" />
        <source>经办机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="161" />
        <location filename="../../plugins/social_insurance/reports.py" line="151" />
        <location filename="../../plugins/social_insurance/reports.py" line="81" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="81" />
        <source>{n} 家</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="85" />
        <source>本期共登记参保单位 {employers} 家，参保职工 {employees} 人；其中 {fund} 家同时办理住房公积金缴存登记（占 {share}）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="89" />
        <source>住房公积金平均缴存比例 {ratio:.1f}%。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="95" />
        <source>各险种参保单位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="97" />
        <source>社会保险参保单位登记统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="125" />
        <source>{year}年{month}月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="127" />
        <source>{month}月{day}日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="128" />
        <source>{m1}月{d1}日–{m2}月{d2}日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="136" />
        <source>{month}月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="146" />
        <source>按周统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="146" />
        <source>按月统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="147" />
        <source>按期间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="148" />
        <source>期间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="148" />
        <source>有参保职工的单位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="157" />
        <location filename="../../plugins/social_insurance/reports.py" line="149" />
        <source>参保职工人数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="158" />
        <location filename="../../plugins/social_insurance/reports.py" line="149" />
        <source>月缴费基数合计（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="155" />
        <source>按参保单位统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="155" />
        <source>按单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="156" />
        <source>登记日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="158" />
        <source>平均缴费基数（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="165" />
        <source>本期新参保职工 {n} 人，月缴费基数合计 {total} 元。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="168" />
        <source>人均月缴费基数 {avg} 元。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="171" />
        <source>每周参保职工人数（按周起始日）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="172" />
        <source>每月参保职工人数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/reports.py" line="177" />
        <source>参保职工登记统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="18" />
        <location filename="../../plugins/social_insurance/validation.py" line="41" />
        <source>姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="19" />
        <location filename="../../plugins/social_insurance/validation.py" line="42" />
        <source>身份证号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="43" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="20" />
        <location filename="../../plugins/social_insurance/validation.py" line="44" />
        <source>参保日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="21" />
        <location filename="../../plugins/social_insurance/validation.py" line="45" />
        <source>月缴费基数（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="103" />
        <source>单位编号应为 12 位数字（6 位行政区划代码 + 6 位顺序号）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="105" />
        <source>单位编号前 6 位不是有效的行政区划代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="107" />
        <source>单位编号的顺序号不能为 000000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="114" />
        <source>公积金单位账号应为 {low}–{high} 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="121" />
        <source>缴存比例应为 {low}%–{high}% 之间的整数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="141" />
        <source>参保日期不能晚于今天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="143" />
        <source>参保日期早于一年前，请按补缴业务办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="145" />
        <source>参保日期时未满 {n} 周岁，不得招用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="155" />
        <source>请填写姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="157" />
        <source>姓名应为 2–{n} 个汉字或字母（少数民族姓名可含“·”）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="171" />
        <source>请填写参保日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="172" />
        <source>参保日期格式应为 2026-03-02</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="177" />
        <source>请填写月缴费基数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="178" />
        <source>月缴费基数应为金额，最多两位小数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="180" />
        <source>月缴费基数应在 {low} 至 {high} 元之间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="204" />
        <source>该身份证号码已在参保职工名单中（{name}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="207" />
        <source>身份证号码与第 {row} 行重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="217" />
        <source>第 {row} 行{column}：{message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="222" />
        <source>…共 {n} 处错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="230" />
        <source>参保职工名单格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="232" />
        <source>一次最多登记 {n} 名职工，其余请在参保后办理增员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="243" />
        <source>单位编号格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="249" />
        <source>参保险种不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="252" />
        <source>请选择是或否</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="259" />
        <source>已录入参保职工，不能同时勾选“暂无雇员”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="275" />
        <source>请填写单位编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="277" />
        <source>请至少选择一个参保险种</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="279" />
        <source>请录入参保职工，或勾选“暂无雇员”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="282" />
        <source>请填写公积金单位账号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/validation.py" line="284" />
        <source>请选择缴存比例</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="17" />
        <source>序号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="24" />
        <source>请妥善保管社保单位编号，办理申报缴费、增减员和查询时均需使用。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="25" />
        <source>用人单位应当自用工之日起 30 日内为新招用的职工办理社会保险登记（增员）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="26" />
        <source>单位名称、住所、法定代表人等登记事项发生变更的，应当自变更之日起 30 日内办理变更登记。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="28" />
        <source>请按月如实申报缴费基数，按时足额缴纳社会保险费；逾期将按日加收滞纳金。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="30" />
        <source>住房公积金应于每月发放职工工资之日起 5 日内缴存至单位住房公积金账户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="44" />
        <source>已办理单位缴存登记，单位账号 {account}，缴存比例 {ratio}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="46" />
        <source>未办理（如需办理，请持营业执照到住房公积金管理中心或线上办理）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="51" />
        <source>暂无雇员（招用职工后 30 日内办理参保增员）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="53" />
        <source>{count} 人，月缴费基数合计 {total} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="59" />
        <source>统一社会信用代码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="60" />
        <source>社保单位编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="63" />
        <source>住房公积金</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="67" />
        <source>参保职工名单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="72" />
        <source>你单位申请的社会保险登记已办理完毕，登记信息如下。参保职工自参保日期起享受相应社会保险待遇。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="75" />
        <source>社会保险登记办结通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/social_insurance/notice.py" line="79" />
        <source>（社会保险业务专用章）</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>steps</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="14" />
        <source>等待中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="15" />
        <source>待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="16" />
        <source>已领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="17" />
        <source>挂起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="18" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="19" />
        <source>已办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="20" />
        <source>已取消</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>supervision</name>
    <message>
        <location filename="../../plugins/supervision/statutory.py" line="55" />
        <source>法定时限应为工作日数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/statutory.py" line="57" />
        <source>法定时限应在 0 到 {max} 个工作日之间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/__init__.py" line="15" />
        <source>电子监察</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/__init__.py" line="34" />
        <source>时限监控与督办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="135" />
        <location filename="../../plugins/supervision/__init__.py" line="66" />
        <source>超时事项晾晒周报</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="222" />
        <location filename="../../plugins/supervision/__init__.py" line="68" />
        <source>电子监察月度统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/commands.py" line="31" />
        <source>新督办提醒 {alerts} 条（{steps} 个超时事项），短信 {texts} 条</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/commands.py" line="43" />
        <source>没有用户 {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/commands.py" line="45" />
        <source>已保存：{name} {mobile}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/commands.py" line="56" />
        <source>已保存：{step} {days:g} 个工作日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/contacts.py" line="40" />
        <source>只有系统管理员可以维护督办联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/contacts.py" line="62" />
        <source>该用户不是主管</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/late.py" line="31" />
        <source>超时办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/late.py" line="32" />
        <source>超时未办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="15" />
        <location filename="../../plugins/supervision/late.py" line="73" />
        <source>（未领取）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/escalation.py" line="60" />
        <source>【电子监察】办件 {number}（{enterprise}）的“{step}”已超过办理时限（应于 {due} 前办结），请及时督办。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/escalation.py" line="81" />
        <source>超时督办：{step}，通知 {name}{sms}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/escalation.py" line="83" />
        <source>（已发短信）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="40" />
        <source>企业开办电子监察</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="57" />
        <location filename="../../plugins/supervision/reports.py" line="83" />
        <location filename="../../plugins/supervision/reports.py" line="78" />
        <location filename="../../plugins/supervision/reports.py" line="73" />
        <location filename="../../plugins/supervision/reports.py" line="67" />
        <location filename="../../plugins/supervision/reports.py" line="59" />
        <location filename="../../plugins/supervision/reports.py" line="54" />
        <source>部门</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="32" />
        <location filename="../../plugins/supervision/ui/models.py" line="83" />
        <location filename="../../plugins/supervision/ui/models.py" line="58" />
        <location filename="../../plugins/supervision/reports.py" line="67" />
        <location filename="../../plugins/supervision/reports.py" line="59" />
        <location filename="../../plugins/supervision/reports.py" line="54" />
        <source>机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="59" />
        <location filename="../../plugins/supervision/reports.py" line="60" />
        <location filename="../../plugins/supervision/reports.py" line="55" />
        <source>经办人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="55" />
        <source>超时件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="56" />
        <source>累计超时（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="56" />
        <source>最长超时（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="80" />
        <location filename="../../plugins/supervision/ui/models.py" line="54" />
        <location filename="../../plugins/supervision/reports.py" line="68" />
        <location filename="../../plugins/supervision/reports.py" line="60" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="81" />
        <location filename="../../plugins/supervision/ui/models.py" line="55" />
        <location filename="../../plugins/supervision/reports.py" line="61" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="82" />
        <location filename="../../plugins/supervision/ui/models.py" line="56" />
        <location filename="../../plugins/supervision/reports.py" line="66" />
        <location filename="../../plugins/supervision/reports.py" line="61" />
        <source>事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="60" />
        <location filename="../../plugins/supervision/reports.py" line="62" />
        <source>办理时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="62" />
        <source>办结时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="63" />
        <source>超时（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="66" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="68" />
        <source>责任人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="69" />
        <source>期限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="69" />
        <source>逾期（工作分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="70" />
        <source>备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="79" />
        <location filename="../../plugins/supervision/reports.py" line="73" />
        <source>办结事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="154" />
        <location filename="../../plugins/supervision/reports.py" line="74" />
        <source>按时办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="74" />
        <source>按时办结率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="75" />
        <source>当场办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="75" />
        <source>当场办结率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="78" />
        <source>环节</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="79" />
        <source>中位数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="80" />
        <source>第90百分位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="83" />
        <source>法定时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="84" />
        <source>承诺时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="84" />
        <source>实际用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="85" />
        <source>承诺压缩率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="85" />
        <source>实际压缩率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="88" />
        <source>指标</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="88" />
        <source>数值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="89" />
        <source>单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="105" />
        <source>本周期超时事项 {total} 件，其中超时办结 {done} 件、至期末仍超时未办结 {open} 件；差评整改等其他逾期未办事项 {items} 项。超时时长按工作时间计（工作分钟）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="108" />
        <source>本周期没有超时事项。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="173" />
        <location filename="../../plugins/supervision/reports.py" line="158" />
        <location filename="../../plugins/supervision/reports.py" line="111" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="114" />
        <source>按部门、机构和经办人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="114" />
        <source>按经办人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="120" />
        <source>超时事项明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="120" />
        <source>超时明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="127" />
        <source>其他逾期未办事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="127" />
        <source>其他逾期事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="133" />
        <source>没有逾期未办的其他事项。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="152" />
        <source>本期间没有办结的事项。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="154" />
        <source>各部门按时办结情况</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="163" />
        <source>各环节办理用时（工作分钟，自到达至办结）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="164" />
        <source>环节用时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="169" />
        <source>法定时限、承诺时限与实际用时（工作日）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="170" />
        <source>时限压缩</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="183" />
        <source>其他统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="200" />
        <source>各部门按时办结率（%）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="208" />
        <source>本期间受理办件 {received} 件，办结办件 {completed} 件；办结事项 {steps} 件，按时办结率 {on_time}，当场办结率 {on_spot}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="212" />
        <source>法定时限合计 {statutory} 个工作日，承诺时限 {promised} 个工作日，实际用时 {actual} 个工作日，时限压缩率 {compression}（1 - 实际用时 / 法定时限）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/reports.py" line="216" />
        <source>当场办结：在到达当日且在办理时限内办结的事项。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="16" />
        <source>已读</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="17" />
        <source>未读</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="24" />
        <source>{h}小时{m}分</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="26" />
        <source>{m}分</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="28" />
        <source>超时 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="29" />
        <source>剩余 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="61" />
        <source>超时/剩余（工作时间）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="79" />
        <source>提醒时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="84" />
        <source>原定时限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/models.py" line="85" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="31" />
        <source>主管</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/supervision/ui/contacts_dialog.py" line="33" />
        <source>手机号码</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>tabular</name>
    <message>
        <location filename="../../app/core/tabular.py" line="67" />
        <location filename="../../app/core/tabular.py" line="46" />
        <source>无法读取表格文件：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/tabular.py" line="63" />
        <source>无法识别 CSV 文件的编码，请另存为 UTF-8 编码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/tabular.py" line="77" />
        <source>只能读取 .xlsx 或 .csv 格式的文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/tabular.py" line="79" />
        <source>文件不存在：{path}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>tax</name>
    <message>
        <location filename="../../plugins/tax/records.py" line="77" />
        <source>纳税人识别号 {id} 已办理过税务登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/records.py" line="79" />
        <source>税务UKey {number} 已发放给其他纳税人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/records.py" line="120" />
        <source>{kind} {quantity} 份（单份限额 {limit}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/records.py" line="122" />
        <source>{kind}月度额度 {quota}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/records.py" line="127" />
        <source>【税务】{enterprise}已完成税务登记，纳税人识别号 {id}，纳税人类型：{category}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/records.py" line="130" />
        <source>已核定首票：{grants}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/records.py" line="131" />
        <source>请按期申报纳税，咨询电话 12366。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="189" />
        <location filename="../../plugins/tax/reports.py" line="137" />
        <location filename="../../plugins/tax/reports.py" line="99" />
        <location filename="../../plugins/tax/__init__.py" line="48" />
        <source>办件编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="189" />
        <location filename="../../plugins/tax/reports.py" line="137" />
        <location filename="../../plugins/tax/reports.py" line="99" />
        <location filename="../../plugins/tax/__init__.py" line="49" />
        <source>企业名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/__init__.py" line="50" />
        <source>状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="180" />
        <location filename="../../plugins/tax/reports.py" line="105" />
        <location filename="../../plugins/tax/__init__.py" line="51" />
        <source>主管税务机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/__init__.py" line="52" />
        <source>领取人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="189" />
        <location filename="../../plugins/tax/__init__.py" line="53" />
        <source>到达时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/__init__.py" line="54" />
        <source>剩余时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/__init__.py" line="66" />
        <source>税务登记待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/__init__.py" line="80" />
        <source>税务登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="117" />
        <location filename="../../plugins/tax/__init__.py" line="124" />
        <source>税务登记户数统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="156" />
        <location filename="../../plugins/tax/__init__.py" line="126" />
        <source>首票核定统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="209" />
        <location filename="../../plugins/tax/__init__.py" line="128" />
        <source>税务登记办理用时统计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="41" />
        <source>税务局</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="79" />
        <source>每日登记户数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="83" />
        <source>每月登记户数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="184" />
        <location filename="../../plugins/tax/reports.py" line="133" />
        <location filename="../../plugins/tax/reports.py" line="91" />
        <source>合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="94" />
        <location filename="../../plugins/tax/reports.py" line="94" />
        <source>按纳税人类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="61" />
        <location filename="../../plugins/tax/reports.py" line="138" />
        <location filename="../../plugins/tax/reports.py" line="100" />
        <location filename="../../plugins/tax/reports.py" line="95" />
        <source>纳税人类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="95" />
        <source>登记户数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="95" />
        <source>占比</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="96" />
        <source>发放税务UKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="96" />
        <source>核定首票</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="189" />
        <location filename="../../plugins/tax/reports.py" line="137" />
        <location filename="../../plugins/tax/reports.py" line="99" />
        <source>办结时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="60" />
        <location filename="../../plugins/tax/reports.py" line="99" />
        <source>纳税人识别号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="100" />
        <source>首票</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="100" />
        <source>经办人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="109" />
        <location filename="../../plugins/tax/reports.py" line="109" />
        <source>登记明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="110" />
        <source>本期间没有办结的税务登记。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="112" />
        <source>本期间共办理税务登记 {total} 户，其中小规模纳税人 {small} 户、一般纳税人 {general} 户；发放税务UKey {ukey} 户，核定首票 {invoices} 户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="130" />
        <location filename="../../plugins/tax/reports.py" line="130" />
        <source>按发票种类</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="52" />
        <location filename="../../plugins/tax/reports.py" line="138" />
        <location filename="../../plugins/tax/reports.py" line="131" />
        <source>发票种类</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="131" />
        <source>核定户数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="131" />
        <source>每月领用份数合计</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="132" />
        <source>可开票额度合计（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="136" />
        <location filename="../../plugins/tax/reports.py" line="136" />
        <source>核定明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="138" />
        <source>份数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="139" />
        <source>单份最高开票限额（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="139" />
        <source>可开票额度（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="146" />
        <source>本期间没有核定首票。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="147" />
        <source>本期间办理税务登记 {registrations} 户，其中核定首票 {granted} 户，可开票额度合计 {amount}。纸质及税控发票的额度按“每月领用份数 × 单份最高开票限额”计算，全电发票为月度开票总额度。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="154" />
        <source>可开票额度（万元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="164" />
        <source>超过 {minutes} 分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="166" />
        <source>{minutes} 分钟以内</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="167" />
        <source>{low}–{high} 分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="179" />
        <location filename="../../plugins/tax/reports.py" line="179" />
        <source>按主管税务机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="180" />
        <source>办结件数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="180" />
        <source>用时中位数（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="181" />
        <source>P90 用时（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="181" />
        <source>按时办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="181" />
        <source>按时率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="190" />
        <location filename="../../plugins/tax/reports.py" line="182" />
        <source>时限（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="183" />
        <source>（未分配）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="188" />
        <location filename="../../plugins/tax/reports.py" line="188" />
        <source>办理明细</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="190" />
        <source>办理用时（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="190" />
        <source>暂停（分钟）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="191" />
        <source>是否按时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="193" />
        <source>按时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="193" />
        <source>超时</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="197" />
        <source>本期间没有办结的税务登记事项。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="198" />
        <source>本期间办结税务登记 {count} 件，用时中位数 {median} 分钟，90% 的事项在 {p90} 分钟内办结；按时办结 {on_time} 件，按时率 {share}（时限 {limit} 个工作分钟）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="202" />
        <source>用时自事项到达税务机关起按工作时间计算，不含挂起等待申请人和退回补正的时间；P90 为最近秩百分位数。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/reports.py" line="207" />
        <source>办理用时分布（件）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="43" />
        <source>{label}格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="46" />
        <source>{label}应为 2–20 个汉字或字母</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="54" />
        <source>纳税人类型只能是小规模纳税人或一般纳税人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="62" />
        <source>登记税种格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="65" />
        <source>不认识的税种：{codes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="67" />
        <source>同一税种只能登记一次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="75" />
        <source>税控设备只能是不发放或税务UKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="77" />
        <source>税务UKey编号格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="81" />
        <source>未发放税务UKey时不填写设备编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="83" />
        <source>税务UKey编号应为 {n} 位数字</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="90" />
        <source>{kind}的份数应为 1–{max} 份（新办纳税人每月首次领用上限）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="93" />
        <source>单份最高开票限额只能是 1,000 元、1 万元或 10 万元（新办纳税人首次核定不超过 10 万元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="100" />
        <source>全电发票月度开票总额度应为 {low} 至 {high} 元的整数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="110" />
        <source>首票核定格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="117" />
        <source>不认识的发票种类：{kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="121" />
        <source>同一发票种类只能核定一次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="126" />
        <source>增值税专用发票只向一般纳税人核定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="130" />
        <source>核定增值税普通发票或专用发票须发放税务UKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="142" />
        <location filename="../../plugins/tax/validation.py" line="139" />
        <source>财务负责人信息格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="146" />
        <source>财务负责人姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="160" />
        <source>表单数据格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="166" />
        <source>经办税务人员姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="170" />
        <source>核对结果格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="180" />
        <source>请选择纳税人类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="184" />
        <source>每户纳税人都须登记：{types}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="186" />
        <source>请选择是否发放税务UKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="188" />
        <source>请填写发放的税务UKey编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="190" />
        <source>请填写经办税务人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="192" />
        <source>请核对营业执照和法定代表人身份信息后勾选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="199" />
        <source>该企业尚无统一社会信用代码（营业执照未核发），不能办理税务登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/validation.py" line="203" />
        <source>纳税人识别号（统一社会信用代码）无效：{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="18" />
        <source>税务UKey（编号 {number}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="24" />
        <source>未登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="25" />
        <source>{name}（身份证 {id}，手机 {mobile}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="32" />
        <source>一般纳税人增值税按月申报，请于次月 15 日前（遇法定节假日顺延）完成申报；没有应税收入也须按期零申报，逾期申报将影响纳税信用。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="35" />
        <source>小规模纳税人增值税一般按季度申报，请于季度终了后次月 15 日前（遇法定节假日顺延）完成申报；没有应税收入也须按期零申报，逾期申报将影响纳税信用。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="38" />
        <source>请妥善保管税务UKey，首次使用时修改初始口令；遗失或损坏请立即向主管税务机关报告。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="40" />
        <source>全电发票通过电子税务局的电子发票服务平台开具，无需税控设备；月度额度不足时可申请调整。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="41" />
        <source>办税咨询请拨打 12366 纳税服务热线，或登录电子税务局办理。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="51" />
        <source>首次核定发票（首票）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="52" />
        <source>每月领用数量（份）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="53" />
        <source>单份最高开票限额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="53" />
        <source>可开票额度</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="62" />
        <source>登记税种</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="63" />
        <source>税控设备</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="64" />
        <source>财务负责人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="66" />
        <source>贵单位的税务登记已办结。纳税人识别号即统一社会信用代码，营业执照已具备税务登记证的功能，无需另行领取税务登记证件。登记信息如下：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="69" />
        <source>本次未核定发票；需要开具发票时，可通过电子税务局申请票种核定。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="71" />
        <source>税务登记办结通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="76" />
        <source>（税务登记专用章）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/notice.py" line="83" />
        <source>税务登记尚未办结，不能打印办结通知书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="22" />
        <source>小规模纳税人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="23" />
        <source>一般纳税人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="47" />
        <source>增值税</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="48" />
        <source>所得税（按企业类型）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="49" />
        <source>企业所得税</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="50" />
        <source>个人所得税（经营所得）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="51" />
        <source>个人所得税（代扣代缴）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="52" />
        <source>城市维护建设税</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="53" />
        <source>教育费附加</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="54" />
        <source>地方教育附加</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="55" />
        <source>印花税</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="56" />
        <source>房产税</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="57" />
        <source>城镇土地使用税</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="66" />
        <source>有限责任公司</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="67" />
        <source>个人独资企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="68" />
        <source>合伙企业</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="69" />
        <source>个体工商户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="70" />
        <source>农民专业合作社</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="89" />
        <source>增值税普通发票</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="90" />
        <source>增值税专用发票</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="92" />
        <source>全电发票（数电票）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="106" />
        <source>不发放（仅开具全电发票）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="107" />
        <source>税务UKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/tax/catalogue.py" line="169" />
        <source>{amount} 元</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>users</name>
    <message>
        <location filename="../../app/core/users.py" line="41" />
        <source>账号因连续登录失败已锁定，请于 {time} 后再试，或联系管理员解锁。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="103" />
        <location filename="../../app/core/users.py" line="78" />
        <source>密码至少 {n} 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="86" />
        <source>找不到机构“{code}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="95" />
        <source>用户名只能包含字母、数字、下划线和点，且不超过 60 个字符</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="97" />
        <source>用户名“{name}”已存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="99" />
        <source>请填写姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="101" />
        <source>角色必须是 {roles} 之一</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="110" />
        <source>除系统管理员外，用户必须属于一个机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="120" />
        <source>用户“{name}”不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="148" />
        <source>用户名或密码错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/users.py" line="152" />
        <source>账号已停用，请联系管理员</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>versioning</name>
    <message>
        <location filename="../../app/core/versioning.py" line="58" />
        <source>{name}已于 {time} 修改了该事项，您的修改没有保存。请查看对方的修改后再决定。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/versioning.py" line="61" />
        <source>该事项已于 {time} 被修改，您的修改没有保存。请查看当前内容后再决定。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/versioning.py" line="83" />
        <source>表单数据格式不正确</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/versioning.py" line="98" />
        <source>无权修改该事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/versioning.py" line="102" />
        <source>事项已办结或尚未开始，不能修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/step_work.py" line="126" />
        <location filename="../../app/core/versioning.py" line="104" />
        <source>请先领取该事项再填写；他人领取的事项只有领取人或主管可以修改</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>workflow</name>
    <message>
        <location filename="../../app/core/step_work.py" line="116" />
        <location filename="../../app/core/workflow.py" line="415" />
        <location filename="../../app/core/workflow.py" line="357" />
        <location filename="../../app/core/workflow.py" line="318" />
        <location filename="../../app/core/workflow.py" line="195" />
        <location filename="../../app/core/claims.py" line="278" />
        <location filename="../../app/core/claims.py" line="253" />
        <location filename="../../app/core/claims.py" line="189" />
        <location filename="../../app/core/versioning.py" line="95" />
        <source>事项不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="168" />
        <source>办件 {number} 已经开始流转</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="199" />
        <source>该事项不属于您所在的机构，不能领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="207" />
        <source>该事项已被他人领取或不在待办状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="220" />
        <source>只能退回自己领取的事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="319" />
        <source>事项已被他人修改或未由您领取，请刷新后重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="363" />
        <source>事项当前状态不允许此操作，或不是由您领取，请刷新后重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="371" />
        <source>请填写挂起原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="393" />
        <source>请填写退回补正的原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="428" />
        <source>该事项不在退回补正状态，请刷新后重试</source>
        <translation type="unfinished" />
    </message>
</context></TS>
