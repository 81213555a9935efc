#!/usr/bin/env python3
"""Writes signature-vectors.json: Smile ID signatures computed independently of the Swift code.

signature = base64(HMAC-SHA256(key=api_key as UTF-8, msg=timestamp + partner_id + "sid_request"))

Every API key here is fake. Run from anywhere: python3 Fixtures/signing/make-signature-vectors.py
The output is deterministic; the Swift tests read the committed JSON and never run this script.
"""
import base64
import hashlib
import hmac
import json
import pathlib

CASES = [
    ("typical ISO 8601 timestamp with milliseconds", "085",
     "fake-api-key-0000-test-0000", "2024-05-01T12:00:00.000Z"),
    ("UUID-shaped fake key, timestamp with offset", "2001",
     "00000000-0000-4000-8000-000000000000", "2024-06-01T08:00:00+01:00"),
    ("microsecond timestamp", "1234",
     "test-key-not-a-real-secret", "2024-02-29T23:59:59.999999Z"),
    ("non-ASCII timestamp", "085",
     "fake-api-key-0000-test-0000", "2024年05月01日T12:00:00Z ünïcødé"),
    ("non-ASCII key", "085",
     "fake-clé-ключ-鍵-🔑-test", "2024-05-01T12:00:00.000Z"),
    ("key of exactly 64 bytes (one block, not hashed)", "085",
     "fake-" + "k" * 54 + "-test", "2024-05-01T12:00:00.000Z"),
    ("key of 65 bytes (hashed first)", "085",
     "fake-" + "k" * 55 + "-test", "2024-05-01T12:00:00.000Z"),
    ("long key of 200 bytes (hashed first)", "7000",
     ("fake-long-api-key-" * 12)[:200], "2024-12-31T23:59:59.000Z"),
    ("message longer than one block", "2468",
     "fake-api-key-0000-test-0000",
     "2024-05-01T12:00:00.000000000+00:00 (a deliberately long timestamp string for a two-block message)"),
]


def signature(partner_id: str, api_key: str, timestamp: str) -> str:
    message = (timestamp + partner_id + "sid_request").encode("utf-8")
    digest = hmac.new(api_key.encode("utf-8"), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def main() -> None:
    vectors = []
    for name, partner_id, api_key, timestamp in CASES:
        vectors.append({
            "name": name,
            "partner_id": partner_id,
            "api_key": api_key,
            "api_key_utf8_bytes": len(api_key.encode("utf-8")),
            "timestamp": timestamp,
            "signature": signature(partner_id, api_key, timestamp),
        })
    document = {
        "source": "make-signature-vectors.py (Python hmac, hashlib, base64); all keys are fake",
        "vectors": vectors,
    }
    out = pathlib.Path(__file__).with_name("signature-vectors.json")
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
