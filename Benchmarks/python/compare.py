#!/usr/bin/env python3
"""A plain Python implementation of the compare rules (/work/shared/specs/compare-rules.md in the
team's workspace; restated in the README's compare section), for Benchmarks/throughput.sh.

    python3 Benchmarks/python/compare.py CASES.jsonl [--lenient] > RESPONSES.jsonl

Reads one case a line ({"country", "id_authority", "document", "options"}) and writes one
compact response a line, {"ResultText", "ResultCode", "Actions"} in Smile ID's key order, or
{"error", "line"} for a line that is not a case. It is the baseline that makes the throughput
figure travel between machines: `smileid compare --jsonl` records/s divided by this script's,
on the same file in the same run.

It is written the way a careful Python developer would write the rules: the standard library
only (json, unicodedata, re), no C extension, no precompiled tables beyond the calling codes.
It follows the rules closely but is not the reference: the golden cases in Fixtures/compare are.
throughput.sh reports how many of its responses equal smileid's on the file it ran.
"""
import json
import re
import sys
import unicodedata

CALLING_CODES = {
    "AD": "376", "AE": "971", "AF": "93", "AG": "1", "AI": "1", "AL": "355", "AM": "374", "AO": "244",
    "AQ": "672", "AR": "54", "AS": "1", "AT": "43", "AU": "61", "AW": "297", "AX": "358", "AZ": "994",
    "BA": "387", "BB": "1", "BD": "880", "BE": "32", "BF": "226", "BG": "359", "BH": "973", "BI": "257",
    "BJ": "229", "BL": "590", "BM": "1", "BN": "673", "BO": "591", "BQ": "599", "BR": "55", "BS": "1",
    "BT": "975", "BV": "47", "BW": "267", "BY": "375", "BZ": "501", "CA": "1", "CC": "61", "CD": "243",
    "CF": "236", "CG": "242", "CH": "41", "CI": "225", "CK": "682", "CL": "56", "CM": "237", "CN": "86",
    "CO": "57", "CR": "506", "CU": "53", "CV": "238", "CW": "599", "CX": "61", "CY": "357", "CZ": "420",
    "DE": "49", "DJ": "253", "DK": "45", "DM": "1", "DO": "1", "DZ": "213", "EC": "593", "EE": "372",
    "EG": "20", "EH": "212", "ER": "291", "ES": "34", "ET": "251", "FI": "358", "FJ": "679", "FK": "500",
    "FM": "691", "FO": "298", "FR": "33", "GA": "241", "GB": "44", "GD": "1", "GE": "995", "GF": "594",
    "GG": "44", "GH": "233", "GI": "350", "GL": "299", "GM": "220", "GN": "224", "GP": "590", "GQ": "240",
    "GR": "30", "GS": "500", "GT": "502", "GU": "1", "GW": "245", "GY": "592", "HK": "852", "HM": "672",
    "HN": "504", "HR": "385", "HT": "509", "HU": "36", "ID": "62", "IE": "353", "IL": "972", "IM": "44",
    "IN": "91", "IO": "246", "IQ": "964", "IR": "98", "IS": "354", "IT": "39", "JE": "44", "JM": "1",
    "JO": "962", "JP": "81", "KE": "254", "KG": "996", "KH": "855", "KI": "686", "KM": "269", "KN": "1",
    "KP": "850", "KR": "82", "KW": "965", "KY": "1", "KZ": "7", "LA": "856", "LB": "961", "LC": "1",
    "LI": "423", "LK": "94", "LR": "231", "LS": "266", "LT": "370", "LU": "352", "LV": "371", "LY": "218",
    "MA": "212", "MC": "377", "MD": "373", "ME": "382", "MF": "590", "MG": "261", "MH": "692", "MK": "389",
    "ML": "223", "MM": "95", "MN": "976", "MO": "853", "MP": "1", "MQ": "596", "MR": "222", "MS": "1",
    "MT": "356", "MU": "230", "MV": "960", "MW": "265", "MX": "52", "MY": "60", "MZ": "258", "NA": "264",
    "NC": "687", "NE": "227", "NF": "672", "NG": "234", "NI": "505", "NL": "31", "NO": "47", "NP": "977",
    "NR": "674", "NU": "683", "NZ": "64", "OM": "968", "PA": "507", "PE": "51", "PF": "689", "PG": "675",
    "PH": "63", "PK": "92", "PL": "48", "PM": "508", "PN": "64", "PR": "1", "PS": "970", "PT": "351",
    "PW": "680", "PY": "595", "QA": "974", "RE": "262", "RO": "40", "RS": "381", "RU": "7", "RW": "250",
    "SA": "966", "SB": "677", "SC": "248", "SD": "249", "SE": "46", "SG": "65", "SH": "290", "SI": "386",
    "SJ": "47", "SK": "421", "SL": "232", "SM": "378", "SN": "221", "SO": "252", "SR": "597", "SS": "211",
    "ST": "239", "SV": "503", "SX": "1", "SY": "963", "SZ": "268", "TC": "1", "TD": "235", "TF": "262",
    "TG": "228", "TH": "66", "TJ": "992", "TK": "690", "TL": "670", "TM": "993", "TN": "216", "TO": "676",
    "TR": "90", "TT": "1", "TV": "688", "TW": "886", "TZ": "255", "UA": "380", "UG": "256", "UM": "1",
    "US": "1", "UY": "598", "UZ": "998", "VA": "39", "VC": "1", "VE": "58", "VG": "1", "VI": "1",
    "VN": "84", "VU": "678", "WF": "681", "WS": "685", "YE": "967", "YT": "262", "ZA": "27", "ZM": "260",
    "ZW": "263",
}

NAME_SEPARATORS = re.compile(r"[\s\-,.]+")
NON_ALNUM = re.compile(r"[^\w]|_")
WHITESPACE = re.compile(r"\s+")
APOSTROPHES = re.compile(r"['\u2019\u02bc\u2018`\u00b4]")
ABBREVIATIONS = {
    "st": "street", "rd": "road", "ave": "avenue", "av": "avenue", "cres": "crescent", "cl": "close",
    "dr": "drive", "ln": "lane", "blvd": "boulevard", "hwy": "highway", "est": "estate", "ct": "court",
    "pl": "place", "sq": "square", "apt": "apartment", "bldg": "building", "fl": "floor",
}
FOLDS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ı": "i"}
MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MALE = {"m", "male", "man"}
FEMALE = {"f", "female", "woman"}
FIELDS = ["first_name", "middle_name", "last_name", "full_name", "dob", "gender", "phone_number", "address",
          "expiration_date"]
TEXTS = {"exact": "Exact Match", "partial": "Partial Match", "transposed": "Transposed", "no": "No Match",
         None: "Not Provided"}


class LineError(Exception):
    pass


def normalise(text, lenient):
    text = unicodedata.normalize("NFC", text).lower()
    if lenient:
        text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
        text = "".join(FOLDS.get(ch, ch) for ch in text)
        text = APOSTROPHES.sub("", text)
    return WHITESPACE.sub(" ", text).strip()


def provided(value):
    return value is not None and value.strip() != ""


def name_tokens(info, lenient):
    first, middle, last = info.get("first_name"), info.get("middle_name"), info.get("last_name")
    if provided(first) or provided(last):
        parts = [part for part in (first, middle, last) if part is not None]
    else:
        parts = [info.get("full_name") or ""]
    tokens = []
    for part in parts:
        tokens += [token for token in NAME_SEPARATORS.split(normalise(part, lenient)) if token]
    return tokens


def compare_names(a, b):
    if a == b:
        return "exact"
    if sorted(a) == sorted(b):
        return "transposed"
    return "partial" if set(a) & set(b) else "no"


DATE_PATTERNS = [
    (re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ].*)?$"), "ymd"),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), "ymd"),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), "dmy"),
    (re.compile(r"^(\d{1,2})[ -]([a-z]+)[ -](\d{4})$"), "d-name-y"),
    (re.compile(r"^([a-z]+) (\d{1,2}), (\d{4})$"), "name-d-y"),
]


def parse_date(text, month_first):
    for pattern, form in DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        if form == "ymd":
            year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        elif form == "dmy":
            day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
            if month_first:
                day, month = month, day
        elif form == "d-name-y":
            day, month, year = int(match.group(1)), MONTHS.get(match.group(2)), match.group(3)
        else:
            month, day, year = MONTHS.get(match.group(1)), int(match.group(2)), match.group(3)
        if month is None or not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return ("%02d" % day, "%02d" % month, year)
    return None


def near(a, b):
    if sum(x != y for x, y in zip(a, b)) == 1:
        return True
    return abs(int(a) - int(b)) == 1


def compare_dates(a, b, lenient, month_first):
    na, nb = normalise(a, lenient), normalise(b, lenient)
    da, db = parse_date(na, month_first), parse_date(nb, month_first)
    if da is None or db is None:
        return "exact" if na == nb else "no"
    if da == db:
        return "exact"
    (d1, m1, y1), (d2, m2, y2) = da, db
    if y1 == y2 and d1 != m1 and d1 == m2 and d2 == m1:
        return "transposed"
    differing = [(x, y) for x, y in zip(da, db) if x != y]
    if len(differing) == 1 and near(*differing[0]):
        return "partial"
    return "no"


def compare_gender(a, b, lenient):
    def reading(value):
        text = normalise(value, lenient)
        return "male" if text in MALE else "female" if text in FEMALE else text
    return "exact" if reading(a) == reading(b) else "no"


def national_number(value, calling_code):
    digits = "".join(ch for ch in value if "0" <= ch <= "9")
    if not digits:
        return None
    international = value.strip().startswith("+") or digits.startswith("00")
    if digits.startswith("00"):
        digits = digits[2:]
    if calling_code and digits.startswith(calling_code) and (international or len(digits) > 10):
        digits = digits[len(calling_code):]
    return digits[1:] if digits.startswith("0") else digits


def address_tokens(value, lenient):
    text = NON_ALNUM.sub(" ", normalise(value, lenient))
    return [ABBREVIATIONS.get(token, token) for token in text.split()]


def compare_addresses(a, b, threshold):
    if a == b:
        return "exact"
    sa, sb = set(a), set(b)
    smaller, other = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if smaller and len(smaller & other) >= threshold * len(smaller):
        return "partial"
    return "no"


def compare(case, lenient_default):
    if not isinstance(case, dict):
        raise LineError("the line must be an object")
    authority, document = case.get("id_authority"), case.get("document")
    if not isinstance(authority, dict) or not isinstance(document, dict):
        raise LineError("id_authority and document must be objects")
    options = case.get("options")
    lenient = lenient_default if options is None else bool(options.get("folds_diacritics"))
    month_first = (options or {}).get("date_order") == "month_first"
    threshold = (options or {}).get("address_partial_threshold", 0.5)
    for side in (authority, document):
        for field in FIELDS:
            value = side.get(field)
            if value is not None and not isinstance(value, str):
                raise LineError(f"{field} must be a string")
            if value is not None and len(value.encode()) > 4096:
                raise LineError(f"{field} is longer than 4096 bytes")
    calling_code = CALLING_CODES.get((case.get("country") or "").upper())
    outcomes = {}
    names = name_tokens(authority, lenient), name_tokens(document, lenient)
    outcomes["Name"] = compare_names(*names) if names[0] and names[1] else None
    for key, field in (("DOB", "dob"), ("ExpirationDate", "expiration_date")):
        a, b = authority.get(field), document.get(field)
        outcomes[key] = compare_dates(a, b, lenient, month_first) if provided(a) and provided(b) else None
    a, b = authority.get("gender"), document.get("gender")
    outcomes["Gender"] = compare_gender(a, b, lenient) if provided(a) and provided(b) else None
    a, b = authority.get("phone_number"), document.get("phone_number")
    numbers = (national_number(a, calling_code) if a else None, national_number(b, calling_code) if b else None)
    outcomes["PhoneNumber"] = (("exact" if numbers[0] == numbers[1] else "no")
                               if numbers[0] is not None and numbers[1] is not None else None)
    a, b = authority.get("address"), document.get("address")
    tokens = (address_tokens(a, lenient) if a else [], address_tokens(b, lenient) if b else [])
    outcomes["Address"] = compare_addresses(*tokens, threshold) if tokens[0] and tokens[1] else None
    compared = [outcome for outcome in outcomes.values() if outcome is not None]
    if not compared:
        raise LineError("nothing to compare: every field is missing or blank on at least one side")
    if all(outcome == "exact" for outcome in compared):
        code, text = "1020", "Exact Match"
    elif any(outcome != "no" for outcome in compared):
        code, text = "1021", "Partial Match"
    else:
        code, text = "1022", "No Match"
    actions = {"Return_Personal_Info": "Not Applicable", "Verify_ID_Number": "Verified"}
    for key in ("Name", "DOB", "Gender", "PhoneNumber", "Address", "ExpirationDate"):
        actions[key] = TEXTS[outcomes[key]]
    actions["ID_Verification"] = text
    return {"ResultText": text, "ResultCode": code, "Actions": actions}


def main(arguments):
    paths = [argument for argument in arguments if not argument.startswith("--")]
    lenient = "--lenient" in arguments
    source = open(paths[0], "rb") if paths and paths[0] != "-" else sys.stdin.buffer
    output = sys.stdout
    failed = False
    for number, raw in enumerate(source, start=1):
        if not raw.strip():
            continue
        try:
            response = compare(json.loads(raw), lenient)
        except (ValueError, LineError, AttributeError) as error:
            failed = True
            message = str(error) if isinstance(error, LineError) else "the line is not valid JSON"
            response = {"error": message, "line": number}
        output.write(json.dumps(response, ensure_ascii=False, separators=(",", ":")))
        output.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
