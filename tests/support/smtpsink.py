#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Innkeep contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server for the message tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 (port 0: a free one), prints "PORT <n>" once it listens, and saves each message
it accepts in FOLDER as NNNN.eml (the bytes received) and NNNN.json (read back by Python's own mail
parser: the decoded subject, body and headers, and the envelope). With --delay-in rcpt or data it
sleeps --delay seconds in that step, after writing FOLDER/waiting-<step>, so a test can kill the
client mid-send: in 'rcpt' before the server has the message, in 'data' after it saved the message
and before it answers.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP


def parse_arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--delay-in", choices=["none", "rcpt", "data"], default="none")
    parser.add_argument("--delay", type=float, default=0)
    return parser.parse_args()


class Saver:
    def __init__(self, options):
        self.options = options
        self.count = len([n for n in os.listdir(options.folder) if n.endswith(".eml")])

    async def pause(self, step):
        if self.options.delay_in != step or self.options.delay <= 0:
            return
        with open(os.path.join(self.options.folder, "waiting-" + step), "w") as marker:
            marker.write("1")
        await asyncio.sleep(self.options.delay)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await self.pause("rcpt")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        stem = os.path.join(self.options.folder, "%04d" % self.count)
        content = envelope.original_content
        parsed = email.message_from_bytes(content, policy=email.policy.default)
        to = parsed["to"]
        facts = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(parsed["subject"]),
            "from": str(parsed["from"]),
            "to": str(to),
            "to_name": to.addresses[0].display_name if to else "",
            "to_address": to.addresses[0].addr_spec if to else "",
            "message_id": str(parsed["message-id"]),
            "date": str(parsed["date"]),
            "mime_version": str(parsed["mime-version"]),
            "content_type": parsed.get_content_type(),
            "charset": parsed.get_content_charset(),
            "body": parsed.get_content(),
        }
        for suffix, data in ((".eml", content), (".json", json.dumps(facts, ensure_ascii=False).encode())):
            with open(stem + suffix + ".part", "wb") as out:
                out.write(data)
            os.rename(stem + suffix + ".part", stem + suffix)
        await self.pause("data")
        return "250 Message accepted for delivery"


async def main():
    options = parse_arguments()
    loop = asyncio.get_running_loop()
    handler = Saver(options)
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="innkeep-test", decode_data=False),
        host="127.0.0.1", port=options.port, reuse_address=True)
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
