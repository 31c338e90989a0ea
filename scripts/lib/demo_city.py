"""Demo world, city services: two cities (北京 Beijing and 上海 Shanghai), each an account that
teahouse-provider signs in as and serves the city-service commands on (traffic violations,
social security, hospital appointments, utility bills, housing fund, complaints). Writes
out/demo/provider-city.json; scripts/demo starts one provider per out/demo/provider*.json.
The client finds the cities at the well-known addresses city-beijing@ and city-shanghai@.

Also: 李华's "My info" (name, ID number, phone, address, date of birth) handed to the client
as the account setting services.myinfo (imported once into the encrypted store, so forms offer
the values), and 王芳 asking 李华 to fill in a housing-fund form for her: the "Ask family to fill
this" chat card, sent by a slixmpp client as a Teahouse client would.
"""

import asyncio
import json
import logging
import os
import shutil
import ssl
import subprocess
import xml.etree.ElementTree as ET

import slixmpp

CITIES = [
    ("city-beijing", "北京 Beijing", "京"),
    ("city-shanghai", "上海 Shanghai", "沪"),
]

MY_INFO = {
    "name": "李华",
    "id_number": "110101199003071234",
    "phone": "13800138000",
    "address": "北京市东城区东四北大街 12 号",
    "birth_date": "1990-03-07",
}

NS = "urn:teahouse:city:0"
XDATA = "jabber:x:data"
VALIDATE = "http://jabber.org/protocol/xdata-validate"
# Who asks 李华 for help (a friend's local part), and the form: Beijing's housing-fund query.
HELPER_ASKS = "wangfang"
HELP_SERVICE = "Housing fund · 公积金查询"


def help_card(domain):
    card = ET.Element(f"{{{NS}}}city-form", {
        "type": "request", "id": f"city-beijing@{domain}|housing-fund/query", "stage": "0",
        "service": HELP_SERVICE})
    x = ET.SubElement(card, f"{{{XDATA}}}x", {"type": "form"})
    ET.SubElement(x, f"{{{XDATA}}}title").text = HELP_SERVICE
    ET.SubElement(x, f"{{{XDATA}}}instructions").text = "Your housing provident fund account."

    def field(var, label, required, validate=None, value=None, desc=None):
        f = ET.SubElement(x, f"{{{XDATA}}}field", {"var": var, "type": "text-single",
                                                 "label": label})
        if desc:
            ET.SubElement(f, f"{{{XDATA}}}desc").text = desc
        if required:
            ET.SubElement(f, f"{{{XDATA}}}required")
        if value is not None:
            ET.SubElement(f, f"{{{XDATA}}}value").text = value
        if validate:
            v = ET.SubElement(f, f"{{{VALIDATE}}}validate", {"datatype": validate[0]})
            if validate[1] == "regex":
                ET.SubElement(v, f"{{{VALIDATE}}}regex").text = validate[2]
            else:
                ET.SubElement(v, f"{{{VALIDATE}}}range", {"min": validate[2],
                                                          "max": validate[3]})

    field("id_number", "ID number", True, ("xs:string", "regex", "[0-9]{17}[0-9X]"))
    field("birth_date", "Date of birth", True, ("xs:date", "range", "1900-01-01", "2030-12-31"),
          desc="YYYY-MM-DD")
    field("years", "Show the last N years", False, ("xs:integer", "range", "1", "5"), value="1")
    return card


class HelpAsker(slixmpp.ClientXMPP):
    """Signs in as the friend and sends the city-form card."""

    def __init__(self, jid, password, ca, to, card):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=ca)
        self.to = to
        self.card = card
        self.done = asyncio.Event()
        self.add_event_handler("session_start", self.on_start)

    async def on_start(self, _):
        self.send_presence()
        msg = self.make_message(mto=self.to, mtype="chat",
                                mbody=f"请帮我填一下这个表：{HELP_SERVICE}")
        msg.append(self.card)
        msg.append(ET.Element("{urn:xmpp:hints}store"))
        msg.send()
        await asyncio.sleep(0.5)
        self.disconnect()
        self.done.set()


def ask_for_help(world):
    friend = next((jid for jid, _, _ in world["friends"]
                   if jid.startswith(HELPER_ASKS + "@")), None)
    if not friend:
        return
    logging.getLogger("slixmpp").setLevel(logging.CRITICAL)
    client = HelpAsker(friend, world["password"], world["ca"], world["me"],
                       help_card(world["domain"]))
    client.connect((world["host"], world["port"]))
    loop = asyncio.get_event_loop()
    loop.run_until_complete(asyncio.wait_for(client.done.wait(), 20))


def populate(world):
    server = world["server"]
    domain = world["domain"]
    password = world["password"]
    root = world["root"]
    out = world["out"]
    cmd = [os.path.join(root, "scripts", "server"), "adduser", "--dir", server["dir"]]
    for local, _, _ in CITIES:
        cmd += [local, password]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    data = os.path.abspath(os.path.join(out, "provider-city-data"))
    shutil.rmtree(data, ignore_errors=True)
    config = {
        "server": {"host": world["host"], "port": world["port"],
                   "ca": os.path.abspath(world["ca"])},
        "data": data,
        "accounts": [{"jid": f"{local}@{domain}", "password": password, "modules": ["city"]}
                     for local, _, _ in CITIES],
        "city": {
            # Status messages about applications come this long after they are submitted.
            "statusDelayMs": 4000,
            "cities": {f"{local}@{domain}": {"name": name, "plate": plate,
                                             "biller": f"utility@{domain}"}
                       for local, name, plate in CITIES},
        },
    }
    path = os.path.join(out, "provider-city.json")
    with open(path, "w") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)

    world.setdefault("account_settings", {})["services.myinfo"] = json.dumps(
        MY_INFO, ensure_ascii=False)
    ask_for_help(world)
