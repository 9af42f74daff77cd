#!/usr/bin/env python3
"""Parses .eml files with Python's email package and prints, per file, a
JSON summary for kfl's tests: decoded headers, the text body and every
attachment's decoded file name, type, size and SHA-256.

usage: eml_summary.py FILE...   (prints one JSON list)
"""
import email
import email.policy
import hashlib
import json
import sys


def summary(path):
    with open(path, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = {
        "file": path,
        "from": str(msg["From"]),
        "to": str(msg["To"]),
        "to_addresses": [a.addr_spec for a in msg["To"].addresses],
        "subject": str(msg["Subject"]),
        "message_id": str(msg["Message-ID"]),
        "date": str(msg["Date"]),
        "defects": [str(d) for d in msg.defects],
        "longest_line": max(len(line) for line in raw.split(b"\r\n")),
        "bare_lf": raw.replace(b"\r\n", b"").count(b"\n"),
        "text": "",
        "attachments": [],
    }
    body = msg.get_body(preferencelist=("plain",))
    if body is not None:
        out["text"] = body.get_content()
    for part in msg.iter_attachments():
        data = part.get_payload(decode=True)
        out["attachments"].append({
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "defects": [str(d) for d in part.defects],
        })
    return out


if __name__ == "__main__":
    print(json.dumps([summary(p) for p in sys.argv[1:]], ensure_ascii=False))
