<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
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
        <location filename="../../plugins/registration/ui/wizard.py" line="106" />
        <source>第二步：材料清单（一次性告知）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="107" />
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
    <name>FormPage</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="118" />
        <source>第三步：申请信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="119" />
        <source>逐项录入申请信息；有误的内容会在对应栏目下方以红字提示。</source>
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
    <name>IntakeWizard</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="63" />
        <source>保存受理回执</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="64" />
        <source>受理回执_{number}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="163" />
        <source>新办件受理（智能引导）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="166" />
        <source>&lt; 上一步</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="167" />
        <source>下一步 &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="168" />
        <source>受理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="169" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="205" />
        <source>正在受理…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="236" />
        <source>办件已受理，办件编号：{number}
已进入“待受理审核”队列。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="238" />
        <source>以下扫描件未能保存，请在办件中补充：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="240" />
        <source>打印受理回执…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="242" />
        <source>打开办件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="243" />
        <source>受理成功</source>
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
        <location filename="../../app/ui/shell.py" line="109" />
        <source>← 返回队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="123" />
        <source>没有可办理的队列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="124" />
        <source>您的账号（{role}）目前没有需要在这里办理的队列。
如有疑问，请联系系统管理员。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="181" />
        <source>报表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="311" />
        <source>文件(&amp;F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="312" />
        <source>连接数据库…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="314" />
        <source>退出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="315" />
        <source>视图(&amp;V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="316" />
        <source>刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="317" />
        <source>搜索</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="319" />
        <source>工具(&amp;T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="320" />
        <source>插件管理…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="321" />
        <source>帮助(&amp;H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="322" />
        <source>关于</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="323" />
        <source>文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="323" />
        <source>视图</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="323" />
        <source>工具</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="324" />
        <source>帮助</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="339" />
        <source>“{title}”执行失败：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="348" />
        <source>数据库连接设置已保存，重新启动程序后生效。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="369" />
        <source>开办 · 企业开办协同服务平台
版本 {version}

一窗受理、并联办理：营业执照、刻章、银行开户、税务和社保登记协同办理。
本程序依据 GNU GPL 3.0 或更新版本发布。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="376" />
        <source>SQLite 本机数据库</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="376" />
        <source>PostgreSQL 共享数据库</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="381" />
        <source>{name}（{role}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="382" />
        <source>全部机构</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="383" />
        <source>实时更新已中断，正在重新连接…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="385" />
        <source>其他工作站的改动暂时不会自动显示；可按 F5 刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="393" />
        <source>{n} 个插件加载失败，详见 工具 &gt; 插件管理</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MaterialRow</name>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="55" />
        <source>已收取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="56" />
        <source>容缺承诺</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="62" />
        <source>扫描件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="117" />
        <source>选择“{name}”的扫描件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="118" />
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="128" />
        <source>无法读取文件：{error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="131" />
        <source>只接受 PDF、JPEG 或 PNG 格式的扫描件（按文件内容判断，与文件名无关）</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="138" />
        <source>第四步：收取材料</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="139" />
        <source>核对并收取材料，点击“受理”生成办件。</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MaterialsWidget</name>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="150" />
        <source>全部标记为已收取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="152" />
        <source>逐项核对原件后勾选“已收取”。可容缺的材料，申请人书面承诺后可先受理，到期未补交的会列入逾期承诺清单。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/materials.py" line="191" />
        <source>使用部门：{names}</source>
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
    <name>QuestionsPage</name>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="94" />
        <source>第一步：开办情况</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../plugins/registration/ui/wizard.py" line="95" />
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
    <name>StepPanel</name>
    <message>
        <location filename="../../app/ui/step_panel.py" line="66" />
        <source>正在读取…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="74" />
        <source>领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="75" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="76" />
        <source>办结</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="77" />
        <source>挂起…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="78" />
        <source>恢复办理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="79" />
        <source>退回补正…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="238" />
        <source>本办件没有由您所在机构办理的该事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="240" />
        <source>状态：{state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="242" />
        <source>承办机构：{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="244" />
        <source>办理人：{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="246" />
        <source>办结时间：{time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="248" />
        <source>请先领取再填写</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="250" />
        <source>该事项已被修改，保存或按 Esc 放弃修改后刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="353" />
        <source>正在办结…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="362" />
        <source>请填写原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="368" />
        <source>挂起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="368" />
        <source>挂起原因（计时暂停，例如等待申请人补充材料）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="383" />
        <source>退回补正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/step_panel.py" line="383" />
        <source>退回原因（将告知窗口和申请人）：</source>
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
    <name>cases</name>
    <message>
        <location filename="../../app/core/notifications.py" line="151" />
        <location filename="../../app/core/notifications.py" line="135" />
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
    <name>sms</name>
    <message>
        <location filename="../../app/core/notifications.py" line="35" />
        <source>【企业开办】{enterprise}的营业执照已核发，统一社会信用代码{uscc}。您选择的办理机构：{chosen}。相关信息已推送至上述机构，请按预约时间前往办理。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="38" />
        <source>【企业开办】{enterprise}已预约{organisation}，时间{time}，地址：{address}，电话：{phone}。请携带法定代表人身份证件准时前往。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="41" />
        <source>【企业开办】温馨提醒：{enterprise}预约于{time}在{organisation}办理，地址：{address}，电话：{phone}。如需改约请提前联系。办件编号{case_number}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="44" />
        <source>【企业开办】{enterprise}的企业开办事项已全部办结（办件编号{case_number}）。营业执照和印章可按您选择的方式领取或寄递，欢迎对我们的服务进行评价。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="49" />
        <source>执照核发</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="50" />
        <source>预约成功</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="51" />
        <source>预约提醒</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="52" />
        <source>办结通知</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="55" />
        <source>待发送</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="56" />
        <source>发送中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="57" />
        <source>已发送</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="58" />
        <source>发送失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="73" />
        <source>{month}月{day}日 {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="101" />
        <source>{department}：{name}（地址：{address}，电话：{phone}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="106" />
        <source>，预约时间{time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="121" />
        <source>没有名为 {key} 的短信模板</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="157" />
        <location filename="../../app/core/notifications.py" line="140" />
        <source>办件没有联系手机号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="153" />
        <source>短信内容不能为空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="195" />
        <source>短信网关“{gateway}”出错</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/notifications.py" line="204" />
        <source>短信网关“{gateway}”未能发送</source>
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
        <location filename="../../app/core/workflow.py" line="357" />
        <location filename="../../app/core/workflow.py" line="299" />
        <location filename="../../app/core/workflow.py" line="268" />
        <location filename="../../app/core/workflow.py" line="193" />
        <location filename="../../app/core/claims.py" line="278" />
        <location filename="../../app/core/claims.py" line="253" />
        <location filename="../../app/core/claims.py" line="189" />
        <location filename="../../app/core/versioning.py" line="95" />
        <source>事项不存在</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="166" />
        <source>办件 {number} 已经开始流转</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="197" />
        <source>该事项不属于您所在的机构，不能领取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="205" />
        <source>该事项已被他人领取或不在待办状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="218" />
        <source>只能退回自己领取的事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="269" />
        <source>事项已被他人修改或未由您领取，请刷新后重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="305" />
        <source>事项当前状态不允许此操作，或不是由您领取，请刷新后重试</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="313" />
        <source>请填写挂起原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="335" />
        <source>请填写退回补正的原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="370" />
        <source>该事项不在退回补正状态，请刷新后重试</source>
        <translation type="unfinished" />
    </message>
</context></TS>
