"""Demo world, official accounts: the publisher account that teahouse-provider signs in as
(it must be a server admin to create pubsub nodes: scripts/demo starts the server with
--admin articles), its configuration (out/demo/provider-articles.json: four accounts from
tools/provider/content/articles — city news, health tips, bus routes, the hospital — and a new
article every 90 seconds), and the demo user following three of them from the start (the
publisher subscribes lihua as the nodes' owner; the client learns it on sign-in).
"""

import json
import os
import subprocess

PUBLISHER = "articles"
FOLLOWED = ["city-news", "bus-routes", "hospital"]


def populate(world):
    server = world["server"]
    domain = world["domain"]
    password = world["password"]
    root = world["root"]
    out = world["out"]
    subprocess.run([os.path.join(root, "scripts", "server"), "adduser", "--dir", server["dir"],
                    PUBLISHER, password], check=True, stdout=subprocess.DEVNULL)
    pubsub = server.get("components", {}).get("pubsub", "pubsub." + domain)
    config = {
        "server": {"host": world["host"], "port": world["port"],
                   "ca": os.path.abspath(world["ca"])},
        "data": os.path.abspath(os.path.join(out, "provider-articles-data")),
        "accounts": [{"jid": f"{PUBLISHER}@{domain}", "password": password,
                      "modules": ["articles"]}],
        "articles": {
            "service": pubsub,
            "content": os.path.join(root, "tools", "provider", "content", "articles"),
            "interval": 90,
            "followers": {node: [world["me"]] for node in FOLLOWED},
        },
    }
    path = os.path.join(out, "provider-articles.json")
    with open(path, "w") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)
    admins = server.get("admins", [])
    if PUBLISHER not in admins and f"{PUBLISHER}@{domain}" not in admins:
        print(f"demo_articles: {PUBLISHER}@{domain} is not a server admin "
              "(start the server with --admin articles): no official accounts can be created")
