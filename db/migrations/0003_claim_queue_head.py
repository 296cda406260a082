"""Claims: the head of a queue without sorting the queue (or its history).

``claims.claim_next`` asks for the first-due claimable step of some step types routed to one
organisation. This partial index holds only the steps that can be claimed or are held (ready
and claimed; a history of done steps stays out of it), in the order claim next takes them:
with the organisation and one step type fixed, the first row of the index that is not held by
a live lease is the answer, and PostgreSQL's ``FOR UPDATE SKIP LOCKED LIMIT 1`` stops there.
The same statement works on SQLite (partial indexes since 3.8).
"""

STATEMENT = ("CREATE INDEX step_queue_head ON step (organisation_id, step_type, due_at, id) "
             "WHERE state IN ('ready', 'claimed')")


def up(migrator, db):
    db.execute_sql(STATEMENT)
