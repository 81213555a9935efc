/// The usage and help texts of `smileid`.
enum Help {
    /// The version `smileid --version` prints.
    static let version = "0.1.0"

    /// The line `smileid --version` prints.
    static var versionLine: String { "smileid \(version)" }

    /// The overview printed by `smileid --help` (standard output, exit 0) and, when no command is
    /// given, to standard error with exit status 2.
    static let overview = """
        smileid: read Smile ID result codes and results, and run compare_user_info's rules locally.

        Usage:
          smileid explain <code> [--job-type N] [--json]
          smileid codes [--job-type N] [--json]
          smileid compare <file | -> [--lenient] [--jsonl [--jobs N]]
          smileid result <file | -> [--json]
          smileid decide <file | -> [--policy FILE] [--json] [--jsonl [--jobs N]]
          smileid verify <file | -> --partner-id ID [--max-age SECONDS] [--now TIMESTAMP] [--json]
          smileid <command> --help
          smileid --version

        Commands:
          explain   What one result code means: table, message, outcome, whether it is charged.
          codes     Every result code, or those of one job type.
          compare   Compare an ID authority's record with a document's, as compare_user_info does.
          result    Read a job's results (a callback, a job-status response or an array of
                    callbacks): each code, the trail in decision order, and the verdict.
          decide    What to do about a job (approve, reject, review, wait, retry, fix), by a policy.
          verify    Check a callback body's signature (API key from SMILE_API_KEY) and its age.

        Exit status: 0 done (every decision, rejections included); 1 the input could not be read
        or understood (or a --jsonl line failed); 2 the command line is wrong. Errors are one line on standard error.
        """

    /// The help of one command, printed by `smileid <command> --help`.
    static func text(for command: Command) -> String {
        switch command {
        case .explain: explain
        case .codes: codes
        case .compare: compare
        case .result: result
        case .decide: decide
        case .verify: verify
        }
    }

    private static let explain = """
        Usage: smileid explain <code> [--job-type N] [--json]

        Says what a result code means: its table, Smile ID's message, the outcome, whether the
        job is charged, and the table's footnote. A code is four ASCII digits, such as 1012
        or 0812; anything else is a usage error.

        The same code means different things in different job types (2211, 2212, 1012, ...):
        give the job type to resolve it. Without one, a General failure code resolves to the
        General table (which applies to every job type), a code of exactly one job-specific
        table resolves to it, and a code of several is ambiguous: its candidate tables are
        listed. With a job type, that job type's tables are searched, then the General one.

        Options:
          --job-type N   The job type number of the result (1 Biometric KYC, 2 SmartSelfie
                         Authentication, 4 SmartSelfie Registration, 5 Enhanced KYC, 8 Update
                         Photo, 9 Compare User Info; other numbers have only General codes).
          --json         Print one JSON object with keys code, known, table, job_types, message,
                         outcome, incurs_charge, stage, next_step. job_types is [] for the
                         general table, which applies to every job type. An unknown code prints
                         {"code", "known": false}, and an ambiguous one adds "candidates"
                         (table names).
          -h, --help     Show this help.

        table is one of general, biometricKYC, smartSelfieAuthentication,
        smartSelfieRegistration, updatePhoto, enhancedKYC, idAPIErrors, compareUserInfo,
        compareUserInfoErrors; outcome one of approved, provisionallyApproved, rejected,
        pending, error, processingContinues.

        An unknown or ambiguous code is an answer, not an error: the exit status is 0.

        Examples:
          smileid explain 2212 --job-type 5
          smileid explain 1015 --json
        """

    private static let codes = """
        Usage: smileid codes [--job-type N] [--json]

        Lists every code of every table, in the order of Smile ID's documentation; with
        --job-type, the codes of that job type's tables and then the General failures (which
        apply to every job type).

        Options:
          --job-type N   Only the codes that can be resolved for job type N.
          --json         Print a JSON array of objects as 'smileid explain --json' prints them.
          -h, --help     Show this help.

        The default output is an aligned table with the columns code, table, outcome,
        charged and message, under one header line.

        Code tables in this version: job types 1 Biometric KYC, 2 SmartSelfie Authentication,
        4 SmartSelfie Registration, 5 Enhanced KYC (and the ID API errors), 8 Update Photo and
        9 Compare User Info (and its errors), plus the General failures, which apply to every
        job type. The other job types (6, 7, 10, 11, 12 and unknown ones) have only the General
        failures; their results' Actions are read as signals ('smileid result').
        """

    private static let compare = """
        Usage: smileid compare <file | -> [--lenient] [--jsonl [--jobs N]]

        Runs compare_user_info's rules locally on one case and prints the response Smile ID
        would send (ResultText, ResultCode, Actions), pretty-printed, keys in Smile ID's order.
        A case is a JSON object:

          {"country": "NG", "id_authority": {...}, "document": {...}, "options": {...}}

        id_authority and document hold first_name, middle_name, last_name, dob, gender,
        phone_number, address, expiration_date (each optional). country and options are
        optional; options are folds_diacritics, drops_apostrophes, date_order ("day_first" or
        "month_first") and address_partial_threshold (0 to 1). Any other key is refused with
        a hint ("id_authority.firstName is not a key of UserInfo; did you mean
        "first_name"?"), except description, expected and expected_error, which may annotate
        a case. Use - to read standard input.

        Options:
          --jsonl      Read JSON Lines: one case a line, and print one compact response a line,
                       in order. A line that is not a valid case prints
                       {"error": "<what is wrong>", "line": N} in its place and the run goes
                       on; the exit status is then 1. Blank lines are skipped and print
                       nothing (line numbers still count them). A line longer than 1 MiB is
                       reported as an error and skipped. Lines may end in \\n or \\r\\n.
                       Memory stays flat whatever the input's length.
          --jobs N     With --jsonl: compare on N worker threads, 1 to 256 (default: the
                       number of available processors; 1 compares on one thread). The output
                       is the same whatever N: the same lines in the same order, the same
                       error lines and exit status. At most a fixed number of 64 KiB batches
                       of lines is in flight, so memory stays flat, and a slow reader of the
                       output holds the reading back.
          --lenient    Use the lenient options (fold diacritics, drop apostrophes) for cases
                       without "options"; a case's own "options" win.
          -h, --help   Show this help.

        Without --jsonl the input is one JSON document of at most 16 MiB; an invalid case is
        an error (exit status 1). Errors name the JSON path, never a value.
        """

    private static let result = """
        Usage: smileid result <file | -> [--json]

        Reads a job result (a callback body), a job-status response (recognised by its
        job_complete key) or a JSON array of job results (the callbacks of one job, in the
        order they arrived), and prints the typed reading: the job type; every code with its
        meaning, table and outcome; the Actions, marking keys and values this version does not
        know; what it did not recognise (by name only); the trail and the verdict. The status
        code of a job-status response (2302) is the request's status, not a result code.

        The trail is the job's results without redeliveries (a code that already arrived),
        ordered by stage (image_check and id_lookup, then machine_judgement, then
        human_judgement, then general_failure, request_error, enrolment and result; an unknown
        code first) and by arrival: the last decides. The verdict says whether the job is final
        (IsFinalResult, else job_complete, else final unless Smile ID will send another
        result), whether it is charged, and the next step. The last text line is the outcome
        of the final result's code.

        Results of two jobs (two SmileJobIDs or job types) are an error. Personal values
        (FullName, DOB, Gender, PhoneNumber, Address, IDNumber, ExpirationDate) are never
        printed; only which of them are present. Use - to read standard input; the input is
        at most 16 MiB.

        Options:
          --json       Print one JSON object:
                         {"job_type": N, "smile_job_id": "...",
                          "trail": [{"code", "table", "outcome", "stage"}, ...],
                          "verdict": {"code", "known", "table", "outcome", "stage", "final",
                                      "charged", "next_step"},
                          "unrecognised": ["...", ...]}
                       table, outcome, stage and next_step are null for an unknown code; final
                       is null when finality is unknown; verdict is null when the job has no
                       result yet (a job-status response without one).
          -h, --help   Show this help.

        outcome is one of approved, provisionallyApproved, rejected, pending, error,
        processingContinues; stage one of image_check, id_lookup, machine_judgement,
        human_judgement, general_failure, request_error, enrolment, result; next_step one of
        none, await_result, partner_review, retake_images, retry_later, fix_request,
        check_enrollment.
        """

    private static let decide = """
        Usage: smileid decide <file | -> [--policy FILE] [--json] [--jsonl [--jobs N]]

        Reads what 'smileid result' reads and prints what to do about the job: approve,
        reject, review (a person or your own rule decides), wait (more is coming), retry (send
        the job again later) or fix (change the request, the account or the enrolment first),
        with a one-sentence reason that never contains a personal value. The first rule that
        applies: not final -> wait; pending or processing continues -> wait; approved ->
        approve; rejected -> reject; provisionally approved -> the policy's provisional (for
        compare_user_info 1021, its partial_match rule when it has one); an error to retry
        later -> retry; any other error -> fix; an unknown code -> the policy's unknown_code;
        no result yet -> wait, or review when the job is complete.

        Options:
          --policy FILE  A JSON policy; every key optional, {} is the default:
                           {"provisional": "approve" | "review" | "reject",
                            "partial_match": {"require": {"Name": ["Exact Match", ...], ...},
                                              "else": "review" | "reject"},
                            "unknown_code": "review" | "reject" | "actions"}
                         require's keys are Name, DOB, Gender, PhoneNumber, Address,
                         ExpirationDate; its lists hold Exact Match, Partial Match, Transposed,
                         No Match, Not Provided. An unknown key or value is an error naming the
                         place, such as partial_match.require.Nmae, and what is allowed.
          --json         Print {"decision", "reason", "verdict"}; verdict as 'smileid result
                         --json' prints it (null when there is no result yet).
          --jsonl        Read JSON Lines: one input a line, and print one compact decision
                         object a line, in order. A line that cannot be read prints
                         {"error": "<what is wrong>", "line": N} in its place and the run goes
                         on; the exit status is then 1. Blank lines print nothing.
          --jobs N       With --jsonl: decide on N worker threads, 1 to 256 (default: the
                         number of available processors; 1 decides on one thread). The output
                         is the same whatever N, in the same order; memory stays flat.
          -h, --help     Show this help.

        Every decision, rejections included, exits with 0.

        Examples:
          smileid decide callback.json
          smileid decide job-status.json --policy policy.json --json
        """

    private static let verify = """
        Usage: smileid verify <file | -> --partner-id ID [--max-age SECONDS] [--now TIMESTAMP] [--json]

        Checks the signature of a callback body or job-status response: base64(HMAC-SHA256 of
        timestamp + partner ID + "sid_request" under the API key). The API key is read only
        from the SMILE_API_KEY environment variable and never printed; the body's timestamp
        and signature are the only fields read (timestamp a string or a whole number).

        The signature does not cover the body: a valid signature says that a callback was sent
        at that time by someone holding the API key or a captured signature, not that this
        body is theirs. Confirm results that matter with a job_status request.

        Options:
          --partner-id ID      The partner ID the signature was made for (required).
          --max-age SECONDS    Also refuse a timestamp more than SECONDS old or ahead of the
                               clock (ISO 8601 with a zone, or seconds or milliseconds since
                               1970). Without it, freshness is not checked.
          --now TIMESTAMP      The time to check --max-age against, in the same forms;
                               the clock by default.
          --json               Print {"valid": true|false, "reason": R}.
          -h, --help           Show this help.

        R is one of valid, missing_signature, missing_timestamp, malformed_signature,
        legacy_sec_key, mismatch, stale, future, unreadable_timestamp. The text output is
        "valid" or "not valid: R".

        Exit status: 0 valid; 1 not valid, or the input is not a JSON object with a usable
        timestamp and signature; 2 the command line is wrong or SMILE_API_KEY is not set.

        Example:
          SMILE_API_KEY=... smileid verify callback.json --partner-id 085 --max-age 300
        """
}
