#!/usr/bin/python3
"""Populates the demo world on a running fixture server (scripts/server start --json).

Creates the demo user and their friends, makes them friends (mutual presence subscriptions
with remarks and tags on the demo user's roster), and writes out/demo/account.json, the
sign-in the client uses in the demo. Each feature adds its data (messages, Moments,
articles, services) in its own module next to this one, scripts/lib/demo_<feature>.py, with a
function populate(world) that receives the dict built in main(); they run in name order after
the friendships exist. Runs with Debian's python3-slixmpp.
"""

import argparse
import asyncio
import glob
import importlib
import json
import logging
import os
import ssl
import subprocess
import sys

import slixmpp

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PASSWORD = "teahouse-demo"
ME = ("lihua", "李华")
FRIENDS = [
    # (user, display name, tags on my roster)
    ("zhangwei", "张伟", ["家人"]),
    ("wangfang", "王芳", ["同事"]),
    ("alice", "Alice Chen", ["Friends"]),
    ("bob", "Bob Li", ["Friends", "同事"]),
]


class Befriend(slixmpp.ClientXMPP):
    """Signs in, subscribes to `peer` and accepts their subscription, then waits for 'both'."""

    def __init__(self, jid, peer, ca):
        super().__init__(jid, PASSWORD)
        self.peer = peer
        self.ssl_context = ssl.create_default_context(cafile=ca)
        self.auto_authorize = True
        self.auto_subscribe = True
        self.done = asyncio.Event()
        self.add_event_handler("session_start", self.on_start)
        self.add_event_handler("roster_update", self.on_roster)

    async def on_start(self, _):
        self.send_presence()
        await self.get_roster()
        self.send_presence(pto=self.peer, ptype="subscribe")

    def on_roster(self, _):
        if self.client_roster[self.peer]["subscription"] == "both":
            self.done.set()


async def befriend(server, me, friend, ca):
    host, port = server["host"], server["ports"]["c2s"]
    a = Befriend(me, friend, ca)
    b = Befriend(friend, me, ca)
    for c in (a, b):
        c.connect((host, port))
    await asyncio.wait_for(asyncio.gather(a.done.wait(), b.done.wait()), 30)
    await asyncio.gather(*(c.disconnect() for c in (a, b)))


async def label(server, me, ca):
    """Remarks and tags on the demo user's roster (roster names and groups)."""
    c = slixmpp.ClientXMPP(me, PASSWORD)
    c.ssl_context = ssl.create_default_context(cafile=ca)
    ready = asyncio.Event()

    async def start(_):
        await c.get_roster()
        domain = server["domain"]
        for user, name, groups in FRIENDS:
            await c.update_roster(f"{user}@{domain}", name=name, groups=groups)
        ready.set()

    c.add_event_handler("session_start", start)
    c.connect((server["host"], server["ports"]["c2s"]))
    await asyncio.wait_for(ready.wait(), 30)
    await c.disconnect()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True, help="server.json from scripts/server")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.server) as f:
        server = json.load(f)
    logging.basicConfig(level=logging.CRITICAL)
    domain = server["domain"]
    users = [ME[0]] + [u for u, _, _ in FRIENDS]
    cmd = [os.path.join(ROOT, "scripts", "server"), "adduser", "--dir", server["dir"]]
    for u in users:
        cmd += [u, PASSWORD]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    me = f"{ME[0]}@{domain}"
    loop = asyncio.get_event_loop()
    for user, _, _ in FRIENDS:
        loop.run_until_complete(befriend(server, me, f"{user}@{domain}", server["ca"]))
    loop.run_until_complete(label(server, me, server["ca"]))

    account = {
        "jid": me,
        "password": PASSWORD,
        "host": server["host"],
        "port": server["ports"]["c2s"],
        "caFile": os.path.abspath(server["ca"]),
        "displayName": ME[1],
    }
    os.makedirs(args.out, exist_ok=True)
    world = {
        "server": server,
        "domain": domain,
        "host": server["host"],
        "port": server["ports"]["c2s"],
        "ca": server["ca"],
        "password": PASSWORD,
        "me": me,
        "me_name": ME[1],
        "friends": [(f"{u}@{domain}", name, tags) for u, name, tags in FRIENDS],
        "out": args.out,
        "root": ROOT,
        # Account settings the client stores before signing in ("settings" in account.json),
        # e.g. {"pay.service": "pay@localhost"}; features add theirs in populate().
        "account_settings": {},
    }
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    for module_path in sorted(glob.glob(os.path.join(here, "demo_*.py"))):
        name = os.path.splitext(os.path.basename(module_path))[0]
        if name == "demo_world":
            continue
        module = importlib.import_module(name)
        module.populate(world)
        print(f"demo world: {name[5:]} added")

    if world["account_settings"]:
        account["settings"] = world["account_settings"]
    path = os.path.join(args.out, "account.json")
    with open(path, "w") as f:
        json.dump(account, f, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)
    print(f"demo world: {len(users)} accounts on {domain}, {me} has {len(FRIENDS)} friends")


if __name__ == "__main__":
    sys.exit(main())
