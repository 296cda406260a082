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
