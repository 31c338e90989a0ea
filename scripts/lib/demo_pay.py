"""Demo world, payments: the payment service and merchant accounts that teahouse-provider
signs in as, its configuration (out/demo/provider.json: lihua starts with ¥500.00 and a few
bills), and the merchants' QR code images in out/demo/codes when the provider is built.
scripts/demo starts the provider with this configuration before the client runs.
Zhang Wei's birthday transfer to Li Hua (held by the service) is sent into their chat as a
transfer card, so the demo chat shows one to accept; account.json names the payment service
("settings": {"pay.service": ...}).
"""

import asyncio
import json
import logging
import os
import shutil
import ssl
import subprocess
from xml.etree import ElementTree as ET

import slixmpp

SERVICE = "pay"
MERCHANTS = ["cafe", "bus", "utility"]


def provider_binary(root):
    for build in (os.environ.get("TEAHOUSE_BUILD_DIR", ""), "build/check", "build/main"):
        if not build:
            continue
        path = os.path.join(root, build, "tools", "provider", "teahouse-provider")
        if os.access(path, os.X_OK):
            return path
    return None


NS = "urn:teahouse:pay:0"
DEMO_TRANSFER = {"id": "X-DEMO-BIRTHDAY", "amount": "88.00", "note": "生日快乐 🎂",
                 "order": "DEMO-TRANSFER-1"}


class CardSender(slixmpp.ClientXMPP):
    """Signs in as the friend and sends the transfer card, as a Teahouse client would."""

    def __init__(self, jid, password, ca, to, service):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=ca)
        self.to = to
        self.service = service
        self.done = asyncio.Event()
        self.add_event_handler("session_start", self.on_start)

    async def on_start(self, _):
        self.send_presence()
        msg = self.make_message(mto=self.to, mtype="chat",
                                mbody=f"[Transfer] ¥{DEMO_TRANSFER['amount']} — open Teahouse "
                                      "to accept it.")
        card = ET.Element(f"{{{NS}}}transfer", {
            "id": DEMO_TRANSFER["id"], "amount": DEMO_TRANSFER["amount"], "currency": "CNY",
            "service": self.service, "state": "offered"})
        note = ET.SubElement(card, f"{{{NS}}}note")
        note.text = DEMO_TRANSFER["note"]
        msg.append(card)
        msg.append(ET.Element("{urn:xmpp:hints}store"))
        msg.send()
        await asyncio.sleep(0.5)
        self.disconnect()
        self.done.set()


def send_card(world, friend):
    client = CardSender(friend, world["password"], world["ca"], world["me"],
                        f"{SERVICE}@{world['domain']}/provider")
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
    for user in [SERVICE] + MERCHANTS:
        cmd += [user, password]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    me = world["me"]
    friend = world["friends"][0][0] if world["friends"] else None
    data = os.path.abspath(os.path.join(out, "provider-data"))
    shutil.rmtree(data, ignore_errors=True)
    balances = {me: "500.00"}
    history = [
        {"payer": me, "payee": f"xmpp:bus@{domain}", "amount": "2.00", "order": "DEMO-BUS-1",
         "note": "Line 7", "reference": "BUS-0815"},
        {"payer": me, "payee": f"xmpp:cafe@{domain}", "amount": "18.00", "order": "DEMO-CAFE-1",
         "note": "Two lattes"},
    ]
    transfers = []
    if friend:
        balances[friend] = "300.00"
        transfers.append({"payer": friend, "payee": me, "amount": DEMO_TRANSFER["amount"],
                          "order": DEMO_TRANSFER["order"], "note": DEMO_TRANSFER["note"],
                          "id": DEMO_TRANSFER["id"]})
        history.append({"payer": friend, "payee": f"xmpp:{me}", "amount": "66.00",
                        "order": "DEMO-GIFT-1", "note": "Dinner"})
    config = {
        "server": {"host": world["host"], "port": world["port"],
                   "ca": os.path.abspath(world["ca"])},
        "data": data,
        "accounts": [{"jid": f"{SERVICE}@{domain}", "password": password,
                      "modules": ["payment"]}]
        + [{"jid": f"{m}@{domain}", "password": password, "modules": ["merchant"]}
           for m in MERCHANTS],
        "payment": {"currency": "CNY", "balances": balances, "history": history,
                    "transfers": transfers},
    }
    path = os.path.join(out, "provider.json")
    with open(path, "w") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)

    world.setdefault("account_settings", {})["pay.service"] = f"{SERVICE}@{domain}"
    if friend:
        logging.getLogger("slixmpp").setLevel(logging.CRITICAL)
        send_card(world, friend)

    binary = provider_binary(root)
    if binary:
        subprocess.run([binary, "--config", path, "--write-codes",
                        os.path.join(out, "codes"), "--codes-only"],
                       check=True, stdout=subprocess.DEVNULL)
