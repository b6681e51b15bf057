"""A scripted SMTP server for the email fault tests (PyPI aiosmtpd).

By recipient:
  tempfail-N@...  451 to the first N deliveries of each message (by its
                  Message-ID), then accepted
  reject@...      550 at RCPT
  slow-N@...      the first delivery of each message waits N seconds before
                  its reply (to kill a worker in the middle of sending)
  anything else   accepted
Accepted messages are appended to --out as JSON lines: message_id, to, subject.
Prints "ready" once it listens. Run by crates/codemint/tests/email.rs.
"""

import argparse
import asyncio
import email
import json

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, out):
        self.out = out
        self.refused = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split("@")[0] == "reject":
            return "550 5.1.1 no mailbox by that name here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content)
        message_id = msg["Message-ID"]
        to = envelope.rcpt_tos[0]
        local = to.split("@")[0]
        if local.startswith("slow-") and message_id not in self.refused:
            self.refused[message_id] = 1
            await asyncio.sleep(float(local.split("-")[1]))
        if local.startswith("tempfail-"):
            times = int(local.split("-")[1])
            seen = self.refused.get(message_id, 0)
            if seen < times:
                self.refused[message_id] = seen + 1
                return "451 4.3.0 busy, try again later"
        with open(self.out, "a", encoding="utf-8") as f:
            f.write(json.dumps({"message_id": message_id, "to": to, "subject": msg["Subject"]}) + "\n")
        return "250 2.0.0 accepted"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    controller = Controller(Handler(args.out), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("ready", flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
