"""The social insurance employers and employees. A frozen copy of the models as they were at this version."""
from peewee import BooleanField, CharField, DateField, DateTimeField, DecimalField, ForeignKeyField, IntegerField, \
    Model, TextField


def up(migrator, db):
    class Case(Model):
        class Meta:
            database = db
            table_name = 'case'

    class Step(Model):
        class Meta:
            database = db
            table_name = 'step'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Employer(Model):
        step = ForeignKeyField(Step, unique=True, on_delete='CASCADE')
        case = ForeignKeyField(Case, on_delete='CASCADE')
        unit_number = CharField(max_length=12, unique=True)
        insurance_types = TextField()  # JSON list
        housing_fund = BooleanField(default=False)
        fund_account = CharField(max_length=20, default='')
        fund_ratio = IntegerField(null=True)
        registered_at = DateTimeField(index=True)
        registered_by = ForeignKeyField(User, null=True, on_delete='SET NULL')

        class Meta:
            database = db
            table_name = 'si_employer'

    class Employee(Model):
        employer = ForeignKeyField(Employer, on_delete='CASCADE')
        name = CharField(max_length=30)
        id_number = CharField(max_length=18)
        mobile = CharField(max_length=11, default='')
        start_date = DateField()
        contribution_base = DecimalField(max_digits=10, decimal_places=2)

        class Meta:
            database = db
            table_name = 'si_employee'
            indexes = ((('employer', 'id_number'), True),)
    db.create_tables([Employer, Employee])
