#!/usr/bin/python3
"""Expected SCRAM messages for tst_sasl, computed with Python's hashlib/hmac (independent of
the C++ code under test). Run: /usr/bin/python3 gen-scram-vectors.py > scram-vectors.txt"""
import base64, hashlib, hmac, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

def b64(b): return base64.b64encode(b).decode()

def saslprep(s):
    # RFC 4013 mapping + NFKC (enough for the inputs below; checked against the C++ result).
    s = "".join(" " if unicodedata.category(c) == "Zs" and c != " " else c for c in s
                if c not in "\u00ad\u200b\u2060\ufeff")
    return unicodedata.normalize("NFKC", s)

def scram(hashname, user, password, cnonce, snonce_suffix, salt, iters, gs2, cbdata=b""):
    h = getattr(hashlib, hashname)
    client_first_bare = f"n={user},r={cnonce}"
    server_first = f"r={cnonce}{snonce_suffix},s={b64(salt)},i={iters}"
    c = b64(gs2.encode() + cbdata)
    final_wo_proof = f"c={c},r={cnonce}{snonce_suffix}"
    auth = f"{client_first_bare},{server_first},{final_wo_proof}".encode()
    salted = hashlib.pbkdf2_hmac(hashname, saslprep(password).encode(), salt, iters)
    ckey = hmac.new(salted, b"Client Key", h).digest()
    stored = h(ckey).digest()
    csig = hmac.new(stored, auth, h).digest()
    proof = bytes(a ^ b for a, b in zip(ckey, csig))
    skey = hmac.new(salted, b"Server Key", h).digest()
    ssig = hmac.new(skey, auth, h).digest()
    return [gs2 + client_first_bare, server_first, f"{final_wo_proof},p={b64(proof)}",
            f"v={b64(ssig)}"]

cert = open(os.path.join(HERE, "rsa-sha256.der"), "rb").read()
cb = hashlib.sha256(cert).digest()  # tls-server-end-point of a sha256WithRSA certificate
salt = bytes(range(16))
cases = {
    "sha256-plus-endpoint": scram("sha256", "juliet", "r0m30myr0m30", "clientNONCEabc123",
                                  "serverPART+/xyz", salt, 4096, "p=tls-server-end-point,,", cb),
    "sha1-plus-endpoint": scram("sha1", "juliet", "r0m30myr0m30", "clientNONCEabc123",
                                "serverPART+/xyz", salt, 4096, "p=tls-server-end-point,,", cb),
    "sha256-y-flag": scram("sha256", "juliet", "r0m30myr0m30", "clientNONCEabc123",
                           "serverPART+/xyz", salt, 4096, "y,,"),
    # Chinese password with full-width digits (NFKC maps them to ASCII), a no-break space
    # (mapped to U+0020), and a user name needing "=2C"/"=3D" escapes.
    "sha256-saslprep": scram("sha256", "li=3Dlei=2Cx", "密码\u00a0１２３", "clientNONCEabc123",
                             "serverPART+/xyz", salt, 10000, "n,,"),
}
for name, msgs in cases.items():
    for i, m in enumerate(msgs):
        print(f"{name}.{i} {m}")
