"""Incubators (集群托管): hosted firms registered at an incubator's address."""
from app.hookspecs import hookimpl
from app.plugin_api import DepartmentSpec, PluginInfo

DEPARTMENT = "incubator"
PLUGIN_INFO = PluginInfo(name="incubator", version="0.1.0", api=">=1.0,<2", department=DEPARTMENT,
                         title="孵化机构 · 集群托管")


@hookimpl
def kaiban_departments():
    return [DepartmentSpec(DEPARTMENT, "孵化机构")]


@hookimpl
def kaiban_demo_data(seeder):
    incubators = [
        ("inc-kjc", "科技城创新孵化中心", "高新区科技城大道 1 号创新中心 3 楼"),
        ("inc-cyy", "绵阳创业园", "高新区创业路 18 号"),
    ]
    for code, name, address in incubators:
        seeder.organisation(DEPARTMENT, code, name, address=address, phone="0816-2500000", area_code="510703")
    seeder.user("inc_manager", "陈婷", "incubator_manager", "inc-kjc")
