#!/usr/bin/python3
"""Demo data for Moments: friends' posts with photos (XEP-0277 entries on their PEP node
urn:xmpp:microblog:0, photos uploaded with XEP-0363), likes and comments, and posts of 李华's
own (one for everyone, one only for the tag 家人) with likes and comments from friends.

Everything is published as the people themselves, through the server, with python3-slixmpp;
the photos are drawn here (no image library needed) and encoded as PNG.

Called by demo_world.py as populate(world). Runs with Debian's python3-slixmpp.
"""

import asyncio
import datetime
import hashlib
import logging
import math
import random
import ssl
import struct
import urllib.request
import uuid
import zlib
from urllib.parse import quote
from xml.etree import ElementTree as ET

import slixmpp

ATOM = "http://www.w3.org/2005/Atom"
PUBSUB = "http://jabber.org/protocol/pubsub"
OWNER = "http://jabber.org/protocol/pubsub#owner"
NODE = "urn:xmpp:microblog:0"
LIKE = "\u2665"

# (author user, hours ago, text, [photo scenes], audience tags or None)
POSTS = [
    ("zhangwei", 3, "周末带奶奶去西湖走了走，天气太好了 🌸", ["lake", "sunset", "flowers"], None),
    ("alice", 7, "Fresh oolong from Fujian, ready for Saturday's tea. 🍵", ["tea"], None),
    ("wangfang", 26, "项目上线啦！感谢大家这几个月的努力 🎉", ["city", "night", "sea", "sunset"], None),
    ("bob", 30, "Morning run along the river. 10 km done.", ["sea", "lake"], None),
    ("alice", 52, "Mountains at dawn — worth the 5 am start.", ["mountains", "sunset", "lake",
                                                             "flowers", "night", "sea"], None),
    ("lihua", 5, "今天的晚霞，分享给大家 ☁️", ["sunset", "mountains"], None),
    ("lihua", 28, "奶奶出院了，全家一起吃了顿团圆饭。", ["flowers"], ["家人"]),
]

# (post index, who, text or LIKE, minutes after the post)
REACTIONS = [
    (5, "zhangwei", LIKE, 10),
    (5, "alice", LIKE, 25),
    (5, "bob", LIKE, 40),
    (5, "alice", "Beautiful colours! Where was this?", 30),
    (5, "zhangwei", "好美，下次一起去拍", 50),
    (6, "zhangwei", LIKE, 60),
    (6, "zhangwei", "奶奶今天特别开心 😊", 70),
    (0, "lihua", LIKE, 30),
    (0, "lihua", "奶奶气色真好！", 35),
    (1, "lihua", "Can't wait! 🍵", 20),
    (2, "lihua", LIKE, 60),
    (2, "lihua", "辛苦了，晚上一起庆祝！", 65),
    (4, "lihua", LIKE, 120),
]


# ------------------------------------------------------------------ photos (PNG, drawn here)

def png(width, height, pixel):
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x / width, y / height))
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))


def mix(a, b, t):
    t = max(0.0, min(1.0, t))
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def scene(kind, seed):
    rnd = random.Random(seed)
    phase = rnd.random() * 6.28
    stars = {(rnd.randrange(96), rnd.randrange(48)) for _ in range(60)}
    dots = [(rnd.random(), 0.55 + rnd.random() * 0.45, rnd.choice(
        [(230, 60, 90), (250, 200, 60), (240, 240, 250), (200, 90, 200)])) for _ in range(70)]

    def ridge(x, height, freq):
        return height + 0.06 * math.sin(x * freq + phase) + 0.03 * math.sin(x * freq * 2.7)

    def pixel(x, y):
        if kind in ("sunset", "mountains", "lake"):
            sky = mix((255, 170, 90), (90, 120, 200), y * 1.6) if kind == "sunset" else \
                mix((170, 210, 250), (90, 150, 230), y * 1.5)
            if (x - 0.7) ** 2 + (y - 0.35) ** 2 < 0.006:
                return (255, 235, 170)
            if y > ridge(x, 0.5, 7):
                if kind == "lake" and y > 0.68:
                    return mix((80, 140, 190), (40, 80, 130), (y - 0.68) * 3)
                return mix((70, 110, 90), (30, 60, 50), (y - 0.5) * 2)
            if y > ridge(x, 0.42, 4):
                return mix((120, 130, 170), (90, 100, 140), y)
            return sky
        if kind == "sea":
            if y < 0.5:
                return mix((150, 200, 250), (210, 235, 250), y * 2)
            wave = 0.5 + 0.5 * math.sin(x * 40 + y * 90 + phase)
            return mix((20, 90, 150), (60, 150, 200), wave * (1 - y))
        if kind == "night":
            if (int(x * 96), int(y * 48)) in stars and y < 0.6:
                return (255, 255, 230)
            if y > ridge(x, 0.7, 11) - (0.15 if int(x * 14) % 3 == 0 else 0):
                lit = int(x * 60) % 4 == 0 and int(y * 40) % 3 == 0
                return (250, 210, 110) if lit else (25, 25, 40)
            return mix((10, 15, 50), (40, 40, 90), y)
        if kind == "city":
            block = int(x * 9)
            top = 0.25 + 0.4 * ((block * 37 + seed) % 7) / 7
            if y > top:
                win = int(x * 90) % 3 == 0 and int(y * 60) % 3 == 0
                return (255, 230, 150) if win else mix((70, 80, 100), (40, 45, 60), y)
            return mix((250, 180, 120), (120, 150, 220), y * 2)
        if kind == "flowers":
            for fx, fy, colour in dots:
                if (x - fx) ** 2 + (y - fy) ** 2 < 0.0009:
                    return colour
            if y < 0.45:
                return mix((180, 220, 250), (230, 240, 250), y * 2)
            return mix((90, 170, 70), (50, 120, 40), y)
        if kind == "tea":
            cx, cy = 0.5, 0.58
            r = ((x - cx) / 0.32) ** 2 + ((y - cy) / 0.2) ** 2
            if r < 0.55:
                return mix((170, 120, 40), (120, 80, 20), r)
            if r < 1.0:
                return (245, 245, 240)
            if 0.78 < x < 0.9 and 0.5 < y < 0.66 and abs((x - 0.84) ** 2 + (y - 0.58) ** 2 - 0.003) < 0.0015:
                return (245, 245, 240)
            return mix((150, 100, 70), (100, 60, 40), y)
        return (128, 128, 128)

    return png(360, 270, pixel)


# ------------------------------------------------------------------ XMPP

class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, ca):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=ca)
        self.register_plugin("xep_0030")
        self.ready = asyncio.Event()
        self.add_event_handler("session_start", self.on_start)

    async def on_start(self, _):
        self.send_presence()
        await self.get_roster()
        self.ready.set()

    async def iq_set(self, to, payload):
        iq = self.Iq()
        iq["type"] = "set"
        if to:
            iq["to"] = to
        iq.xml.append(payload)
        return await iq.send(timeout=20)


def config_form(access, publish="publishers"):
    x = ET.Element("{jabber:x:data}x", type="submit")
    for var, value in (("FORM_TYPE", "http://jabber.org/protocol/pubsub#node_config"),
                       ("pubsub#access_model", access), ("pubsub#publish_model", publish),
                       ("pubsub#max_items", "max"), ("pubsub#persist_items", "true"),
                       ("pubsub#notify_retract", "true"),
                       ("pubsub#send_last_published_item", "never")):
        f = ET.SubElement(x, "{jabber:x:data}field", var=var)
        ET.SubElement(f, "{jabber:x:data}value").text = value
    return x


async def ensure_node(c, node, access, publish="publishers"):
    ps = ET.Element("{%s}pubsub" % PUBSUB)
    ET.SubElement(ps, "{%s}create" % PUBSUB, node=node)
    ET.SubElement(ps, "{%s}configure" % PUBSUB).append(config_form(access, publish))
    try:
        await c.iq_set(None, ps)
    except slixmpp.exceptions.IqError:
        ps = ET.Element("{%s}pubsub" % OWNER)
        conf = ET.SubElement(ps, "{%s}configure" % OWNER, node=node)
        conf.append(config_form(access, publish))
        await c.iq_set(None, ps)


async def owner_list(c, node, kind, jids, value):
    ps = ET.Element("{%s}pubsub" % OWNER)
    lst = ET.SubElement(ps, "{%s}%ss" % (OWNER, kind), node=node)
    for j in jids:
        ET.SubElement(lst, "{%s}%s" % (OWNER, kind), {"jid": j, kind: value})
    await c.iq_set(None, ps)


async def publish(c, to, node, item_id, entry):
    ps = ET.Element("{%s}pubsub" % PUBSUB)
    pub = ET.SubElement(ps, "{%s}publish" % PUBSUB, node=node)
    ET.SubElement(pub, "{%s}item" % PUBSUB, id=item_id).append(entry)
    await c.iq_set(to, ps)


def upload(c, world, name, data):
    """Asks the upload service for a slot (XEP-0363) and PUTs the bytes; returns the GET URL."""
    async def slot():
        iq = c.Iq()
        iq["type"] = "get"
        iq["to"] = world["server"]["components"]["upload"]
        ET.SubElement(iq.xml, "{urn:xmpp:http:upload:0}request", filename=name,
                      size=str(len(data)), **{"content-type": "image/png"})
        result = await iq.send(timeout=20)
        s = result.xml.find("{urn:xmpp:http:upload:0}slot")
        put = s.find("{urn:xmpp:http:upload:0}put")
        headers = {h.get("name"): h.text for h in put.findall("{urn:xmpp:http:upload:0}header")}
        return put.get("url"), headers, s.find("{urn:xmpp:http:upload:0}get").get("url")
    return slot()


def http_put(url, headers, data, ca):
    context = ssl.create_default_context(cafile=ca)
    request = urllib.request.Request(url, data=data, method="PUT")
    request.add_header("Content-Type", "image/png")
    for k, v in headers.items():
        request.add_header(k, v)
    with urllib.request.urlopen(request, context=context, timeout=30) as r:
        r.read()


def entry(author, name, title, when, item_id, images=(), comments_node=None, reply=None):
    e = ET.Element("{%s}entry" % ATOM)
    a = ET.SubElement(e, "{%s}author" % ATOM)
    ET.SubElement(a, "{%s}name" % ATOM).text = name
    ET.SubElement(a, "{%s}uri" % ATOM).text = "xmpp:" + author
    ET.SubElement(e, "{%s}title" % ATOM, type="text").text = title
    for url, size, filename in images:
        ET.SubElement(e, "{%s}link" % ATOM, rel="enclosure", type="image/png", href=url,
                      length=str(size), title=filename)
    if comments_node:
        ET.SubElement(e, "{%s}link" % ATOM, rel="replies", title="comments",
                      href="xmpp:%s?;node=%s" % (author, quote(comments_node, safe="")))
    domain = author.split("@")[1]
    kind = "comments" if comments_node is None else "posts"
    ET.SubElement(e, "{%s}id" % ATOM).text = "tag:%s,%s:%s-%s" % (
        domain, when.strftime("%Y-%m-%d"), kind, item_id)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    ET.SubElement(e, "{%s}published" % ATOM).text = stamp
    ET.SubElement(e, "{%s}updated" % ATOM).text = stamp
    return e


async def run(world):
    domain = world["domain"]
    names = {world["me"]: world["me_name"]}
    tags = {}
    for jid, name, t in world["friends"]:
        names[jid] = name
        tags[jid] = t
    users = {jid.split("@")[0]: jid for jid in names}
    clients = {}
    for user, jid in users.items():
        c = Client(jid, world["password"], world["ca"])
        c.connect((world["host"], world["port"]))
        clients[user] = c
    await asyncio.wait_for(asyncio.gather(*(c.ready.wait() for c in clients.values())), 30)

    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    loop = asyncio.get_running_loop()
    ready_main = set()
    posts = []
    seed = 1
    for user, hours, text, scenes, audience in POSTS:
        c, jid = clients[user], users[user]
        when = now - datetime.timedelta(hours=hours)
        item_id = str(uuid.uuid4())
        images = []
        for i, kind in enumerate(scenes):
            data = scene(kind, seed)
            seed += 1
            filename = "%s-%d.png" % (kind, i + 1)
            put, headers, get = await upload(c, world, filename, data)
            await loop.run_in_executor(None, http_put, put, headers, data, world["ca"])
            images.append((get, len(data), filename))
        comments_node = "urn:xmpp:microblog:0:comments/" + item_id
        if audience:
            node = "urn:xmpp:microblog:0:restricted/" + item_id
            members = [j for j, t in tags.items() if set(t) & set(audience)]
            await ensure_node(c, node, "whitelist")
            await owner_list(c, node, "affiliation", members, "member")
            await owner_list(c, node, "subscription", members, "subscribed")
            await ensure_node(c, comments_node, "whitelist", "open")
            await owner_list(c, comments_node, "affiliation", members, "member")
        else:
            node = NODE
            if user not in ready_main:
                await ensure_node(c, NODE, "presence")
                ready_main.add(user)
            await ensure_node(c, comments_node, "presence", "open")
        await owner_list(c, comments_node, "subscription", [jid], "subscribed")
        await publish(c, None, node, item_id,
                      entry(jid, names[jid], text, when, item_id, images, comments_node))
        posts.append((jid, when, comments_node))

    for index, who, text, minutes in REACTIONS:
        owner, when, comments_node = posts[index]
        jid = users[who]
        at = when + datetime.timedelta(minutes=minutes)
        if text == LIKE:
            # The id Teahouse uses for a like: one per person and post.
            item_id = "like-" + hashlib.sha1(jid.encode()).hexdigest()[:16]
        else:
            item_id = str(uuid.uuid4())
        e = entry(jid, names[jid], text, at, item_id)
        await publish(clients[who], owner, comments_node, item_id, e)

    await asyncio.gather(*(c.disconnect() for c in clients.values()))
    return len(posts), len(REACTIONS)


def populate(world):
    logging.getLogger("slixmpp").setLevel(logging.CRITICAL)
    loop = asyncio.get_event_loop()
    count, reactions = loop.run_until_complete(run(world))
    print("demo moments: %d posts with photos, %d likes and comments" % (count, reactions))
