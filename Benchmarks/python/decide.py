#!/usr/bin/env python3
"""A plain Python reading of the decision rules (/work/shared/specs/decisions.md in the team's
workspace; the README's "Deciding what to do" restates them), for Benchmarks/throughput.sh --decide.

    python3 Benchmarks/python/decide.py INPUT.jsonl > DECISIONS.jsonl

Reads one input a line (a job result, a job-status response or an array of one job's results)
and writes one compact line a line, {"decision", "verdict": {"code", "final"}}, or
{"error", "line"} for a line it cannot read. It is the baseline that makes the throughput figure
of `smileid decide --jsonl` travel between machines: records/s divided by this script's, on the
same file in the same run. throughput.sh compares the `decision` of every line with smileid's.

Written the way a careful Python developer would: json.loads, the code tables read once from
Fixtures/result-codes.json (the tables of decisions.md section 1), the default policy, no C
extension beyond the standard library's json.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.join(HERE, "..", "..", "Fixtures", "result-codes.json")

RANKS = {"image_check": 1, "id_lookup": 1, "machine_judgement": 2, "human_judgement": 3,
         "general_failure": 4, "request_error": 4, "enrolment": 4, "result": 4}


def load_tables():
    """{job_type: {code: row}} for the job-type tables, and {code: row} of the general table."""
    with open(TABLES) as handle:
        tables = json.load(handle)["tables"]
    by_job_type, general = {}, {}
    for table in tables:
        rows = {row["code"]: row for row in table["rows"]}
        if not table["job_types"]:
            general.update(rows)
        for job_type in table["job_types"]:
            by_job_type.setdefault(job_type, {}).update(rows)
    return by_job_type, general


BY_JOB_TYPE, GENERAL = load_tables()


def resolve(code, job_type):
    """The row of a code in its job type's tables, else in the general table, else None."""
    row = BY_JOB_TYPE.get(job_type, {}).get(code)
    return row if row is not None else GENERAL.get(code)


def lenient_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def job_type_of(result):
    value = result["PartnerParams"]["job_type"]
    return int(value) if isinstance(value, str) else value


def verdict_of(results, job_complete=None):
    """(row or None, code, final or None, next_step) of the deciding result, or None."""
    seen, trail = set(), []
    for result in results:
        code = result["ResultCode"]
        if code in seen:
            continue  # a redelivery: the first arrival is kept
        seen.add(code)
        trail.append(result)
    if not trail:
        return None
    job_types = {job_type_of(result) for result in trail}
    job_ids = {result.get("SmileJobID") for result in trail if result.get("SmileJobID") is not None}
    if len(job_types) > 1 or len(job_ids) > 1:
        raise ValueError("the results are of different jobs")
    deciding, deciding_rank, deciding_row = None, -1, None
    for result in trail:
        row = resolve(result["ResultCode"], job_type_of(result))
        rank = RANKS[row["stage"]] if row else 0
        if rank >= deciding_rank:
            deciding, deciding_rank, deciding_row = result, rank, row
    final = lenient_bool(deciding.get("IsFinalResult"))
    if final is None and job_complete is not None:
        final = job_complete
    if final is None and deciding_row is not None:
        final = deciding_row["next_step"] != "await_result"
    next_step = deciding_row["next_step"] if deciding_row else None
    if deciding_row is not None:
        if final and next_step == "await_result":
            next_step = "partner_review" if deciding_row["outcome"] == "provisionallyApproved" else "none"
        elif final is False:
            next_step = "await_result"
    return deciding_row, deciding["ResultCode"], final, next_step


def decide(document):
    """The decision of the default policy, with the deciding code and finality."""
    job_complete = None
    if isinstance(document, list):
        results = document
        if not results:
            raise ValueError("the array is empty")
    elif "job_complete" in document:
        job_complete = lenient_bool(document["job_complete"])
        results = list(document.get("history") or [])
        result = document.get("result")
        if isinstance(result, dict):
            results.append(result)
    else:
        results = [document]
    verdict = verdict_of(results, job_complete)
    if verdict is None:
        return ("review" if job_complete else "wait"), None
    row, code, final, next_step = verdict
    if final is False:
        kind = "wait"
    elif row is None:
        kind = "review"  # the default policy's unknown_code
    elif row["outcome"] in ("pending", "processingContinues"):
        kind = "wait"
    elif row["outcome"] == "approved":
        kind = "approve"
    elif row["outcome"] == "rejected":
        kind = "reject"
    elif row["outcome"] == "provisionallyApproved":
        kind = "review"  # the default policy's provisional
    else:
        kind = "retry" if next_step == "retry_later" else "fix"
    return kind, {"code": code, "final": final}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: decide.py INPUT.jsonl")
    out = sys.stdout
    with open(sys.argv[1], encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                kind, verdict = decide(json.loads(line))
                out.write(json.dumps({"decision": kind, "verdict": verdict}, separators=(",", ":")) + "\n")
            except (ValueError, KeyError, TypeError, AttributeError):
                out.write(json.dumps({"error": "unreadable", "line": number}, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
