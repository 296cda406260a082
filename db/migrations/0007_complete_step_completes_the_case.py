"""PostgreSQL: ``kaiban_complete_step`` also completes the case when its last open step is done.

The function (migration 0006) holds the case lock and has read the case's steps after it was
granted; when none of them is open any more (every step done or cancelled) it marks the case
complete in the same statement, instead of the caller sending another. A third column says
whether it did. A step that readies others never completes its case: the steps it readies are
still waiting, which is open. The caller's transaction still holds it all: the plugin's records
of the step and the applicant's text that the case is complete commit or roll back with it.

The step is found by its id alone. With ``claimed_by_id = p_user`` the planner may take the index
on ``claimed_by_id`` instead (it does whenever its statistics say few steps are claimed, as they
do for a queue analysed before the day's work), which reads every step the user ever completed:
each completion then took longer than the one before (0.6 ms after 1,000 of a clerk's steps,
4.6 ms after 6,000). ``IS NOT DISTINCT FROM`` says the same here (``p_user`` is never null) and
no index answers it, so only the primary key can find the row.
"""
from peewee import PostgresqlDatabase

PG_STATEMENTS = (
    "DROP FUNCTION kaiban_complete_step(integer, integer, integer, timestamp, text, text[])",
    """CREATE FUNCTION kaiban_complete_step(p_step integer, p_user integer, p_version integer,
                                        p_at timestamp, p_channel text, p_quiet_types text[])
RETURNS TABLE (done step, siblings json, case_completed boolean) LANGUAGE plpgsql AS $body$
DECLARE
    d step;
    steps json;
    still_open bigint;
BEGIN
    UPDATE step SET state = 'done', completed_at = p_at, lease_until = NULL, version = step.version + 1,
                    updated_at = p_at
     WHERE step.id = p_step AND step.state = 'claimed' AND step.claimed_by_id IS NOT DISTINCT FROM p_user
           AND (p_version IS NULL OR step.version = p_version)
    RETURNING step.* INTO d;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    INSERT INTO step_event (step_id, case_id, event, from_state, to_state, user_id, at, note)
    VALUES (d.id, d.case_id, 'completed', 'claimed', 'done', p_user, p_at, '');
    PERFORM 1 FROM "case" c WHERE c.id = d.case_id FOR NO KEY UPDATE;
    IF p_channel IS NOT NULL AND NOT (d.step_type = ANY (coalesce(p_quiet_types, '{}'))) THEN
        PERFORM pg_notify(p_channel, d.id::text);
    END IF;
    SELECT json_agg(json_build_array(s.id, s.step_type, s.state) ORDER BY s.id),
           count(*) FILTER (WHERE s.state NOT IN ('done', 'cancelled'))
      INTO steps, still_open
      FROM step s WHERE s.case_id = d.case_id;
    IF still_open = 0 THEN
        UPDATE "case" SET state = 'complete', completed_at = p_at, version = "case".version + 1
         WHERE "case".id = d.case_id;
    END IF;
    RETURN QUERY SELECT d, steps, still_open = 0;
END
$body$""",
)


def up(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        for statement in PG_STATEMENTS:
            db.execute_sql(statement)
