#!/usr/bin/env python3
"""A real SMTP server for kfl's mail tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 on a free port, writes the port to --port-file when it
is ready, and stores every accepted message in --dir as N.eml (the bytes as
received) with N.json ({"mail_from": ..., "rcpt_tos": [...]}).

Failure injection, counted over DATA commands (1-based):
  --reject-from N   answer "554 5.7.1 ..." to message N and every later one
  --defer N         answer "451 4.3.0 ..." to message N (once; a retry works)
  --crash-at N      exit immediately, mid-dialogue, when message N arrives
Runs until killed (SIGTERM).
"""
import argparse
import asyncio
import json
import os
import signal
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = 0    # DATA commands seen
        self.stored = 0   # messages accepted

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        n = self.count
        if self.args.crash_at and n >= self.args.crash_at:
            os._exit(3)   # the connection drops without an answer
        if self.args.reject_from and n >= self.args.reject_from:
            return "554 5.7.1 Message refused by test policy"
        if self.args.defer and n == self.args.defer:
            return "451 4.3.0 Temporary failure, try again"
        self.stored += 1
        base = os.path.join(self.args.dir, "%03d" % self.stored)
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
        return "250 2.0.0 Stored as %03d" % self.stored


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--port-file", required=True)
    p.add_argument("--reject-from", type=int, default=0)
    p.add_argument("--defer", type=int, default=0)
    p.add_argument("--crash-at", type=int, default=0)
    args = p.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    port = free_port()
    controller = Controller(Handler(args), hostname="127.0.0.1", port=port)
    controller.start()
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(port))
    os.rename(tmp, args.port_file)
    signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), sys.exit(0)))
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
