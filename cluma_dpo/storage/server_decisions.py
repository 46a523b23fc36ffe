"""On a shared server the decisions that limit a right are the DPO's (lawyer on the server,
finding 1): an assistant registers, checks identities and sends letters, but does not
refuse or partly refuse an answer, reject a request as manifestly unfounded or excessive
(GDPR Art. 12(5), whose burden of proof lies with the controller) nor extend the period
(Art. 12(3)). The letters of those decisions carry the DPO's signature; the trail names the
dpo login that took them.

A trigger on `requests` holds the rule for raw SQL too: it compares the row before and after
(row-level security sees only the new row, and an assistant must go on working on a request
the DPO extended or refused). It runs as the caller, with its search_path pinned.
"""

from __future__ import annotations

from typing import Any

from cluma_dpo.domain.model import Outcome, Status

# what the trigger refuses an assistant (the program's words for the values it stores)
LIMITING = (Outcome.REFUSED.value, Outcome.PARTLY_GRANTED.value)
REJECTED = Status.REJECTED.value


def decision_guard(run: Any, dpo_role: str, assistant_role: str, literal: Any) -> None:
    """Make (again) the trigger that keeps an assistant from the DPO's decisions."""
    limiting = ", ".join(literal(v) for v in LIMITING)
    run(
        """
CREATE OR REPLACE FUNCTION cluma_decision_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $guard$
BEGIN
    IF NOT pg_has_role(session_user, """
        + literal(assistant_role)
        + """, 'MEMBER')
       OR pg_has_role(session_user, """
        + literal(dpo_role)
        + """, 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = """
        + literal(REJECTED)
        + """ OR NEW.outcome IN ("""
        + limiting
        + """) OR NEW.extended_on IS NOT NULL THEN
            RAISE EXCEPTION 'refusing, rejecting or extending is the DPO''s decision'
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    -- taking such a decision, and undoing one the DPO took (reviewer's finding)
    IF (NEW.status = """
        + literal(REJECTED)
        + """ OR OLD.status = """
        + literal(REJECTED)
        + """)
          AND OLD.status IS DISTINCT FROM NEW.status
       OR (NEW.outcome IN ("""
        + limiting
        + """) OR OLD.outcome IN ("""
        + limiting
        + """))
          AND OLD.outcome IS DISTINCT FROM NEW.outcome
       OR OLD.extended_on IS DISTINCT FROM NEW.extended_on THEN
        RAISE EXCEPTION 'refusing, rejecting or extending is the DPO''s decision'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$guard$"""
    )
    run("DROP TRIGGER IF EXISTS cluma_decision_guard ON requests")
    run(
        "CREATE TRIGGER cluma_decision_guard BEFORE INSERT OR UPDATE ON requests"
        " FOR EACH ROW EXECUTE FUNCTION cluma_decision_guard()"
    )
