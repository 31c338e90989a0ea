#!/usr/bin/python3
"""Demo data for chat: one-to-one histories between 李华 and the friends, a family group
("家人群") and a work group ("项目组"), in Chinese and English. Everything goes through the
server (slixmpp clients), so it lands in the server archives (MAM) and the Teahouse client
catches up exactly as it would with real history.

Pictures and a file go through HTTP upload (XEP-0363) and are sent as links (XEP-0066), so
the chat shows thumbnails, the full view and a file card: alice sends a photo of the teahouse,
王芳 the report as a PDF, 张伟 a photo to the family group.

Called by demo_world.py as populate(world). Runs with Debian's python3-slixmpp.
"""

import asyncio
import http.client
import logging
import math
import ssl
import struct
import urllib.parse
import zlib

import slixmpp

HISTORY = {
    "zhangwei": [
        ("them", "李华，周末回家吃饭吗？"),
        ("me", "回！妈说要做红烧肉。"),
        ("them", "那我早点去买菜。我们明天去医院看奶奶，你一起吗？"),
        ("me", "好的，几点？"),
        ("them", "上午九点，医院门口见。"),
        ("me", "没问题 👍"),
    ],
    "wangfang": [
        ("them", "李华，季度报告的初稿我放到共享盘了。"),
        ("me", "收到，我下午看一下。"),
        ("them", "客户那边希望周五前给反馈。"),
        ("me", "好的，周四下班前我整理好意见发你。"),
        ("them", "辛苦了！"),
    ],
    "alice": [
        ("them", "Hi Li Hua! Are we still on for tea on Saturday?"),
        ("me", "Yes! The teahouse near the river, 3 pm?"),
        ("them", "Perfect. I'll bring the oolong I got in Fujian."),
        ("me", "Can't wait 🍵"),
    ],
    "bob": [
        ("me", "Bob, did you get the slides for Monday's meeting?"),
        ("them", "Got them, thanks. I'll add the budget numbers tonight."),
        ("me", "Great — please review the budget table on page 4 as well."),
        ("them", "Will do. 明天见!"),
    ],
}

GROUPS = [
    ("family", "家人群", ["zhangwei", "wangfang"], [
        ("zhangwei", "奶奶明天出院，大家有空的话一起去接。"),
        ("lihua", "我请了假，上午可以去。"),
        ("zhangwei", "太好了，那我开车。"),
        ("lihua", "@张伟 记得带上奶奶的外套，早上冷。"),
        ("zhangwei", "好的 😊"),
    ]),
    ("work", "项目组", ["wangfang", "bob"], [
        ("wangfang", "大家好，下周一的评审改到下午三点。"),
        ("bob", "Noted. I'll update the calendar invite."),
        ("lihua", "收到。Bob, can you share the demo build before the review?"),
        ("bob", "Sure, I'll post it here on Friday."),
        ("wangfang", "辛苦大家，评审后一起吃饭 🎉"),
    ]),
]


# (sender, receiver or "room:<local>", file name, mime type, maker, caption sent before it)
MEDIA = [
    ("alice", "lihua", "teahouse.png", "image/png", "landscape",
     "Found the teahouse by the river — look!"),
    ("wangfang", "lihua", "季度报告初稿.pdf", "application/pdf", "report",
     "报告的 PDF 版本，方便你在手机上看。"),
    ("zhangwei", "room:family", "奶奶的花园.png", "image/png", "garden",
     "奶奶的花开了 🌸"),
]


def png(width, height, pixel):
    """A truecolour PNG; pixel(x, y) -> (r, g, b)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))
                    for y in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


def landscape():
    """Evening sky, a sun, two hills and a river: something a friend would photograph."""
    w, h = 480, 320

    def pixel(x, y):
        t = y / h
        r, g, b = int(250 - 90 * t), int(190 - 60 * t), int(120 + 80 * t)
        if (x - 340) ** 2 + (y - 110) ** 2 < 36 ** 2:
            return (255, 236, 170)
        if y > 200 + 40 * math.sin(x / 70.0):
            r, g, b = 70 + y // 8, 120 + y // 10, 70
        if y > 262 + 6 * math.sin(x / 23.0):
            r, g, b = 90, 150 + (x * 7 + y * 3) % 30, 200
        return (min(r, 255), min(g, 255), min(b, 255))

    return png(w, h, pixel)


def garden():
    """Green leaves with pink blossoms."""
    w, h = 360, 360
    blossoms = [((i * 97) % w, (i * 61 + 40) % h) for i in range(18)]

    def pixel(x, y):
        for bx, by in blossoms:
            d = (x - bx) ** 2 + (y - by) ** 2
            if d < 90:
                return (255, 240, 200) if d < 12 else (240, 140, 170)
        shade = (x * 13 + y * 7) % 40
        return (40 + shade, 120 + shade, 50 + shade // 2)

    return png(w, h, pixel)


def report():
    """A one-page PDF (what a PDF reader opens; the chat shows its name and size)."""
    text = b"Q3 report draft"
    stream = b"BT /F1 24 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    # Padding so the card shows a realistic size.
    return out + b"%" + b" " * 180000 + b"\n"


MAKERS = {"landscape": landscape, "garden": garden, "report": report}


async def upload(world, client, name, mime, data):
    """XEP-0363: a slot from the upload service, then an HTTPS PUT; returns the GET URL."""
    service = f"upload.{world['domain']}"
    ns = "urn:xmpp:http:upload:0"
    iq = client.make_iq_get(ito=service)
    request = slixmpp.xmlstream.ET.Element(f"{{{ns}}}request",
                                           filename=name, size=str(len(data)))
    request.set("content-type", mime)
    iq.append(request)
    reply = await iq.send(timeout=15)
    slot = reply.xml.find(f"{{{ns}}}slot")
    put = slot.find(f"{{{ns}}}put")
    get_url = slot.find(f"{{{ns}}}get").get("url")
    headers = {h.get("name"): h.text for h in put.findall(f"{{{ns}}}header")}
    headers["Content-Type"] = mime
    target = urllib.parse.urlsplit(put.get("url"))

    def do_put():
        connection = http.client.HTTPSConnection(target.hostname, target.port,
                                                 context=client.ssl_context, timeout=30)
        path = target.path + ("?" + target.query if target.query else "")
        connection.request("PUT", path, body=data, headers=headers)
        status = connection.getresponse().status
        connection.close()
        if status not in (200, 201):
            raise RuntimeError(f"upload of {name} failed: HTTP {status}")

    await asyncio.get_event_loop().run_in_executor(None, do_put)
    return get_url


def send_link(client, to, url, mtype="chat"):
    msg = client.make_message(mto=to, mbody=url, mtype=mtype)
    msg["origin_id"]["id"] = msg["id"]
    msg.append(slixmpp.xmlstream.ET.fromstring(
        f"<x xmlns='jabber:x:oob'><url>{url.replace('&', '&amp;')}</url></x>"))
    msg.send()


async def send_media(world, clients):
    for sender, to, name, mime, maker, caption in MEDIA:
        client = clients[sender]
        mtype = "chat"
        if to.startswith("room:"):
            room = f"{to[5:]}@conference.{world['domain']}"
            names = {jid.split("@")[0]: shown for jid, shown, _ in world["friends"]}
            await client["xep_0045"].join_muc_wait(room, names.get(sender, sender),
                                                   maxchars=0, timeout=20)
            target, mtype = room, "groupchat"
        else:
            target = f"{to}@{world['domain']}"
        url = await upload(world, client, name, mime, MAKERS[maker]())
        send(client, target, caption, mtype)
        await asyncio.sleep(0.05)
        send_link(client, target, url, mtype)
        await settle(client)


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid, password, ca):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=ca)
        self.register_plugin("xep_0030")
        self.register_plugin("xep_0045")
        self.register_plugin("xep_0004")
        self.register_plugin("xep_0359")
        self.register_plugin("xep_0060")
        self.ready = asyncio.Event()
        self.add_event_handler("session_start", self.on_start)

    async def on_start(self, _):
        self.send_presence()
        await self.get_roster()
        self.ready.set()


async def connect(world, user):
    c = Client(f"{user}@{world['domain']}/demo", world["password"], world["ca"])
    c.connect((world["host"], world["port"]))
    await asyncio.wait_for(c.ready.wait(), 30)
    return c


def send(client, to, body, mtype="chat"):
    msg = client.make_message(mto=to, mbody=body, mtype=mtype)
    msg["origin_id"]["id"] = msg["id"]
    msg.send()


async def settle(client):
    # A round trip makes sure everything sent before is processed (and archived).
    await client["xep_0030"].get_info(jid=client.boundjid.domain, timeout=15)


async def make_group(world, clients, local, name, members, lines):
    me = clients["lihua"]
    room = f"{local}@conference.{world['domain']}"
    await me["xep_0045"].join_muc_wait(room, "李华", maxchars=0, timeout=20)
    form = await me["xep_0045"].get_room_config(room)
    values = form.get_values()
    submit = me["xep_0004"].make_form(ftype="submit")
    for var in values:
        submit.add_field(var=var, value=values[var])
    settings = {
        "muc#roomconfig_roomname": name,
        "muc#roomconfig_persistentroom": True,
        "muc#roomconfig_membersonly": True,
        "muc#roomconfig_whois": "anyone",
        "muc#roomconfig_publicroom": False,
        "muc#roomconfig_enablearchiving": True,
    }
    for var, value in settings.items():
        if var in values:
            submit.field[var]["value"] = value
    await me["xep_0045"].set_room_config(room, submit)
    nicks = {"lihua": "李华"}
    for user in members:
        await me["xep_0045"].set_affiliation(room, "member", jid=f"{user}@{world['domain']}")
        names = {jid.split("@")[0]: shown for jid, shown, _ in world["friends"]}
        nicks[user] = names.get(user, user)
        await clients[user]["xep_0045"].join_muc_wait(room, nicks[user], maxchars=0, timeout=20)
    # The bookmark (XEP-0402) so 李华's client joins the group on sign-in.
    conference = slixmpp.xmlstream.ET.fromstring(
        f"<conference xmlns='urn:xmpp:bookmarks:1' name='{name}' autojoin='true'>"
        "<nick>lihua</nick></conference>")
    options = me["xep_0004"].make_form(ftype="submit")
    options.add_field(var="FORM_TYPE", ftype="hidden",
                      value="http://jabber.org/protocol/pubsub#publish-options")
    options.add_field(var="pubsub#persist_items", value="true")
    options.add_field(var="pubsub#access_model", value="whitelist")
    options.add_field(var="pubsub#max_items", value="max")
    await me["xep_0060"].publish(None, "urn:xmpp:bookmarks:1", id=room, payload=conference,
                                 options=options, timeout=15)
    for user, text in lines:
        send(clients[user], room, text, "groupchat")
        await asyncio.sleep(0.05)
    for user in ["lihua"] + members:
        await settle(clients[user])
    # 李华's client joins with its own nick ("lihua"); this demo session leaves.
    me["xep_0045"].leave_muc(room, "李华")


async def run(world):
    clients = {}
    users = ["lihua"] + sorted({u for u in HISTORY} | {m for _, _, ms, _ in GROUPS for m in ms})
    for user in users:
        clients[user] = await connect(world, user)
    me = world["me"]
    for user, lines in HISTORY.items():
        peer = f"{user}@{world['domain']}"
        for who, text in lines:
            if who == "me":
                send(clients["lihua"], peer, text)
            else:
                send(clients[user], me, text)
            await asyncio.sleep(0.05)
        await settle(clients["lihua"])
        await settle(clients[user])
    for local, name, members, lines in GROUPS:
        try:
            await make_group(world, clients, local, name, members, lines)
        except Exception as e:  # keep the rest of the demo world
            print(f"demo chat: group {name} skipped: {e}")
    try:
        await send_media(world, clients)
    except Exception as e:  # pictures are a bonus; the text history stays
        print(f"demo chat: pictures and files skipped: {e}")
    for c in clients.values():
        await c.disconnect(wait=2.0)


def populate(world):
    logging.getLogger("slixmpp").setLevel(logging.CRITICAL)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(run(world))
