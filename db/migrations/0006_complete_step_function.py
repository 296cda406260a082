"""PostgreSQL: completing a step is one statement, ``kaiban_complete_step``.

``workflow.complete_step`` marks a claimed step done, records its ``completed`` event, locks its
case and reads the case's steps, to ready what waited for it and to complete the case when
nothing is open. The lock serialises the completions of one case's steps: without it two
parallel steps completed at once would each see the other still open (READ COMMITTED) and
neither would complete the case. The case's steps must be read after the lock was granted,
which one SQL statement cannot do (its snapshot is taken when it starts); each statement of a
PL/pgSQL function takes its own, so the function does it all in one round trip. It runs in the
caller's transaction: the plugin's records of the step, the steps it readies and the case's
completion commit or roll back with it.

Arguments: the step, the user who must hold its claim, the version it must have (NULL: any),
the time, the channel to announce the step on (NULL: the caller announces it) and the step types
never announced here (those that ready other steps: their transaction announces all it changed
at once). Returns nothing when the step is not claimed by the user (at that version); else one
row: the step as it is now and the case's steps as a JSON array of [id, step_type, state].

The lock is NO KEY UPDATE: it must not wait for the KEY SHARE locks the step events' foreign key
checks hold on the case row (FOR UPDATE would, and two completions would deadlock). SQLite needs
none of this: its BEGIN IMMEDIATE lets one writer in at a time.
"""
from peewee import PostgresqlDatabase

PG_STATEMENTS = (
    """CREATE FUNCTION kaiban_complete_step(p_step integer, p_user integer, p_version integer,
                                        p_at timestamp, p_channel text, p_quiet_types text[])
RETURNS TABLE (done step, siblings json) LANGUAGE plpgsql AS $body$
DECLARE
    d step;
BEGIN
    UPDATE step SET state = 'done', completed_at = p_at, lease_until = NULL, version = step.version + 1,
                    updated_at = p_at
     WHERE step.id = p_step AND step.state = 'claimed' AND step.claimed_by_id = p_user
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
    RETURN QUERY
        SELECT d, json_agg(json_build_array(s.id, s.step_type, s.state) ORDER BY s.id)
          FROM step s WHERE s.case_id = d.case_id;
END
$body$""",
)


def up(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        for statement in PG_STATEMENTS:
            db.execute_sql(statement)
