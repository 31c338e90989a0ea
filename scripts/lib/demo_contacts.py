#!/usr/bin/python3
"""Demo data for contacts: more friends (so the A-Z index has letters to show, including the
polyphonic surnames 曾 and 单), a picture for everyone (XEP-0084, generated PNGs), nicknames
(vCard4), tags and stars on 李华's roster, and a friend request waiting for 李华.

Called by demo_world.py as populate(world). Runs with Debian's python3-slixmpp; the pictures
are drawn here (no imaging library needed).
"""

import asyncio
import hashlib
import logging
import os
import ssl
import struct
import subprocess
import zlib

import slixmpp

# (user, name, tags on 李华's roster, starred)
MORE_FRIENDS = [
    ("zengxiaoxian", "曾小贤", ["同事"], False),
    ("shantianfang", "单田芳", ["茶友"], False),
    ("zhaolei", "赵磊", ["家人"], False),
    ("liuyang", "刘洋", ["茶友"], False),
    ("sunli", "孙丽", ["同事"], False),
    ("zoe", "Zoe Wang", ["Friends"], False),
    ("david", "David Park", [], False),
    ("anna", "安娜", ["茶友"], False),
]
# Starred on 李华's roster (the reserved roster group "★").
STARRED = ["zhangwei", "alice"]
# Somebody 李华 has not answered yet.
REQUESTER = ("chenjing", "陈静", "你好，我是陈静，在茶馆读书会认识的。")

PALETTE = [(0xd4, 0x5d, 0x3a), (0x2e, 0x7d, 0x32), (0x15, 0x65, 0xc0), (0x8e, 0x24, 0xaa),
           (0xef, 0x6c, 0x00), (0x00, 0x83, 0x8f), (0xad, 0x14, 0x57), (0x5d, 0x40, 0x37)]


def png(width, height, pixel):
    """A truecolour PNG; pixel(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


def portrait(seed, side=128):
    """A friendly silhouette (head and shoulders) on a colour picked from the seed."""
    digest = hashlib.sha1(seed.encode()).digest()
    bg = PALETTE[digest[0] % len(PALETTE)]
    light = tuple(min(255, c + 90) for c in bg)
    skin = (0xf3, 0xd9, 0xc4) if digest[1] % 2 else (0xe0, 0xb8, 0x96)
    hair = (0x30, 0x25, 0x20) if digest[2] % 3 else (0x6d, 0x4c, 0x41)
    cx, cy, r = side / 2, side * 0.42, side * 0.2

    def pixel(x, y):
        dx, dy = x - cx, y - cy
        # shoulders: an ellipse at the bottom
        if ((x - cx) / (side * 0.38)) ** 2 + ((y - side * 1.02) / (side * 0.36)) ** 2 <= 1:
            return light
        if dx * dx + dy * dy <= r * r:
            if dy < -r * 0.35 or (dy < 0 and abs(dx) > r * 0.8):
                return hair
            return skin
        # a soft diagonal gradient behind
        t = (x + y) / (2 * side)
        return tuple(int(c * (0.85 + 0.3 * t)) if c * (0.85 + 0.3 * t) < 255 else 255
                     for c in bg)

    return png(side, side, pixel)


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, ca):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=ca)
        for plugin in ("xep_0004", "xep_0030", "xep_0060", "xep_0163", "xep_0084"):
            self.register_plugin(plugin)
        self.ready = asyncio.Event()
        self.add_event_handler("session_start", self.on_start)

    async def on_start(self, _):
        await self.get_roster()
        self.ready.set()


def open_options(xmpp):
    form = xmpp["xep_0004"].make_form(ftype="submit")
    form.add_field(var="FORM_TYPE", ftype="hidden",
                   value="http://jabber.org/protocol/pubsub#publish-options")
    form.add_field(var="pubsub#access_model", value="open")
    return form


async def connect(world, jid):
    c = Client(jid, world["password"], world["ca"])
    c.connect((world["host"], world["port"]))
    await asyncio.wait_for(c.ready.wait(), 30)
    return c


async def publish_profile(c, name):
    """Picture (XEP-0084) and nickname (vCard4, XEP-0292), both readable by anyone."""
    data = portrait(str(c.boundjid.bare))
    options = open_options(c)
    await c["xep_0084"].publish_avatar(data, options=options, timeout=15)
    info = {"id": hashlib.sha1(data).hexdigest(), "type": "image/png", "bytes": len(data),
            "width": "128", "height": "128"}
    await c["xep_0084"].publish_avatar_metadata(info, options=options, timeout=15)
    vcard = slixmpp.xmlstream.ET.fromstring(
        "<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'>"
        f"<fn><text>{name}</text></fn><nickname><text>{name}</text></nickname></vcard>")
    await c["xep_0060"].publish(None, "urn:xmpp:vcard4", id="current", payload=vcard,
                                options=options, timeout=15)


async def run(world):
    domain = world["domain"]
    me = world["me"]
    from demo_world import befriend  # noqa: E402 (the base world's handshake helper)

    for user, _, _, _ in MORE_FRIENDS:
        await befriend(world["server"], me, f"{user}@{domain}", world["ca"])

    everyone = [(me, world["me_name"])] + [(j, n) for j, n, _ in world["friends"]] + \
        [(f"{u}@{domain}", n) for u, n, _, _ in MORE_FRIENDS] + \
        [(f"{REQUESTER[0]}@{domain}", REQUESTER[1])]
    for jid, name in everyone:
        c = await connect(world, jid)
        await publish_profile(c, name)
        await c.disconnect()

    # Remarks, tags and stars on 李华's roster.
    c = await connect(world, me)
    for user, name, tags, _ in MORE_FRIENDS:
        await c.update_roster(f"{user}@{domain}", name=name, groups=tags)
    for jid, name, tags in world["friends"]:
        groups = list(tags) + (["★"] if jid.split("@")[0] in STARRED else [])
        await c.update_roster(jid, name=name, groups=groups)
    await c.disconnect()

    # The waiting request: stored by the server until 李华 answers.
    r = await connect(world, f"{REQUESTER[0]}@{domain}")
    presence = r.make_presence(pto=me, ptype="subscribe", pstatus=REQUESTER[2])
    nick = slixmpp.xmlstream.ET.fromstring(
        f"<nick xmlns='http://jabber.org/protocol/nick'>{REQUESTER[1]}</nick>")
    presence.append(nick)
    presence.send()
    await asyncio.sleep(0.5)
    await r.disconnect()


def populate(world):
    logging.getLogger("slixmpp").setLevel(logging.CRITICAL)
    users = [u for u, _, _, _ in MORE_FRIENDS] + [REQUESTER[0]]
    cmd = [os.path.join(world["root"], "scripts", "server"), "adduser", "--dir",
           world["server"]["dir"]]
    for u in users:
        cmd += [u, world["password"]]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    asyncio.get_event_loop().run_until_complete(run(world))
