"""Demo world, city services: two cities (北京 Beijing and 上海 Shanghai), each an account that
teahouse-provider signs in as and serves the city-service commands on (traffic violations,
social security, hospital appointments, utility bills, housing fund, complaints). Writes
out/demo/provider-city.json; scripts/demo starts one provider per out/demo/provider*.json.
The client finds the cities at the well-known addresses city-beijing@ and city-shanghai@.
"""

import json
import os
import shutil
import subprocess

CITIES = [
    ("city-beijing", "北京 Beijing", "京"),
    ("city-shanghai", "上海 Shanghai", "沪"),
]


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
