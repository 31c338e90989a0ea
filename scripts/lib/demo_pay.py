"""Demo world, payments: the payment service and merchant accounts that teahouse-provider
signs in as, its configuration (out/demo/provider.json: lihua starts with ¥500.00 and a few
bills), and the merchants' QR code images in out/demo/codes when the provider is built.
scripts/demo starts the provider with this configuration before the client runs.
"""

import json
import os
import shutil
import subprocess

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
    if friend:
        balances[friend] = "300.00"
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
        "payment": {"currency": "CNY", "balances": balances, "history": history},
    }
    path = os.path.join(out, "provider.json")
    with open(path, "w") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)

    binary = provider_binary(root)
    if binary:
        subprocess.run([binary, "--config", path, "--write-codes",
                        os.path.join(out, "codes"), "--codes-only"],
                       check=True, stdout=subprocess.DEVNULL)
