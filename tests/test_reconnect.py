"""A dropped connection to the shared database is replaced on the next statement."""
import pytest

from app.core.models import Department
from db.connection import is_postgres


def test_statement_after_server_drops_connection_reconnects(ctx):
    if not is_postgres(ctx.db):
        pytest.skip("PostgreSQL only: SQLite has no server connection to lose")
    before = Department.select().count()
    pid = ctx.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    import psycopg
    from conftest import PG_ADMIN_URL

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert Department.select().count() == before
    assert ctx.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid


def test_a_transaction_after_server_drops_connection_reconnects_at_begin(ctx):
    if not is_postgres(ctx.db):
        pytest.skip("PostgreSQL only: SQLite has no server connection to lose")
    pid = ctx.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    import psycopg
    from conftest import PG_ADMIN_URL

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with ctx.db.atomic():
        Department.create(code="reconnected", name="重连后")
        assert ctx.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid
    assert Department.select().where(Department.code == "reconnected").count() == 1


def test_a_constraint_checked_at_commit_fails_the_commit_and_keeps_nothing(ctx):
    """COMMIT's own error reaches the caller as the ORM's IntegrityError, and the transaction's
    writes are gone; the connection is usable afterwards."""
    from peewee import IntegrityError

    if is_postgres(ctx.db):
        ctx.db.execute_sql("CREATE TABLE deferred_check (v integer, "
                           "CONSTRAINT deferred_unique UNIQUE (v) DEFERRABLE INITIALLY DEFERRED)")
    else:
        ctx.db.execute_sql("CREATE TABLE deferred_check (v integer, d integer REFERENCES department (id) "
                           "DEFERRABLE INITIALLY DEFERRED)")
    before = Department.select().count()
    with pytest.raises(IntegrityError):
        with ctx.db.atomic():
            Department.create(code="lost", name="不应保存")
            if is_postgres(ctx.db):
                ctx.db.execute_sql("INSERT INTO deferred_check VALUES (1), (1)")  # checked at COMMIT
            else:
                ctx.db.execute_sql("INSERT INTO deferred_check VALUES (1, 999999)")  # checked at COMMIT
    assert not ctx.db.in_transaction()
    assert Department.select().count() == before
    with ctx.db.atomic():
        Department.create(code="kept", name="保存")
    assert Department.select().where(Department.code == "kept").count() == 1


def test_a_failed_transaction_rolls_back(ctx):
    before = Department.select().count()
    with pytest.raises(RuntimeError):
        with ctx.db.atomic():
            Department.create(code="rolled_back", name="回滚")
            raise RuntimeError("stop")
    assert Department.select().count() == before
