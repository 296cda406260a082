"""Live updates: every insert or update of a step takes the next number of one counter
(``step.change_seq``), set by the database itself, so a workstation can ask exactly which steps
changed since the last number it saw, whoever wrote them and whatever their clocks say
(app.core.changes).

PostgreSQL: a sequence and a BEFORE INSERT OR UPDATE trigger. SQLite has no sequences; an AFTER
trigger numbers the row MAX + 1, which is monotonic because SQLite has one writer at a time (the
trigger's own UPDATE does not fire it again: recursive_triggers is off, SQLite's default).

The column is written as plain SQL (not playhouse's add_column, which on SQLite rebuilds the table
to add NOT NULL — and a rebuilt table loses its triggers). It is not a field of the Step model, so
no ``save()`` can ever write a stale number back.
"""
from peewee import PostgresqlDatabase

PG_STATEMENTS = (
    "ALTER TABLE step ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0",
    "CREATE SEQUENCE step_change_counter",
    """CREATE FUNCTION kaiban_step_change_seq() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    NEW.change_seq := nextval('step_change_counter');
    RETURN NEW;
END
$body$""",
    "CREATE TRIGGER step_change_seq BEFORE INSERT OR UPDATE ON step "
    "FOR EACH ROW EXECUTE FUNCTION kaiban_step_change_seq()",
    "CREATE INDEX step_change_seq ON step (change_seq)",
)

SQLITE_STATEMENTS = (
    "ALTER TABLE step ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX step_change_seq ON step (change_seq)",
    """CREATE TRIGGER step_change_seq_insert AFTER INSERT ON step
BEGIN
    UPDATE step SET change_seq = (SELECT MAX(change_seq) FROM step) + 1 WHERE id = NEW.id;
END""",
    """CREATE TRIGGER step_change_seq_update AFTER UPDATE ON step
BEGIN
    UPDATE step SET change_seq = (SELECT MAX(change_seq) FROM step) + 1 WHERE id = NEW.id;
END""",
)


def up(migrator, db):
    for statement in PG_STATEMENTS if isinstance(db, PostgresqlDatabase) else SQLITE_STATEMENTS:
        db.execute_sql(statement)
