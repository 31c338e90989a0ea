#!/usr/bin/python3
"""Demo data for chat: one-to-one histories between 李华 and the friends, a family group
("家人群") and a work group ("项目组"), in Chinese and English. Everything goes through the
server (slixmpp clients), so it lands in the server archives (MAM) and the Teahouse client
catches up exactly as it would with real history.

Called by demo_world.py as populate(world). Runs with Debian's python3-slixmpp.
"""

import asyncio
import logging
import ssl

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
    ("family", "家人群", ["zhangwei"], [
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
    for c in clients.values():
        await c.disconnect(wait=2.0)


def populate(world):
    logging.getLogger("slixmpp").setLevel(logging.CRITICAL)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(run(world))
