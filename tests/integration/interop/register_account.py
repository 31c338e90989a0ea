#!/usr/bin/python3
"""Creates an XMPP account by in-band registration (XEP-0077) with python3-slixmpp, so the
interop test can sign Teahouse in to an account made by another client.

  register_account.py JID PASSWORD HOST PORT CA_PEM

Prints "registered" and exits 0 on success; prints the reason and exits 1 otherwise.
"""

import asyncio
import sys

import slixmpp
from slixmpp.exceptions import IqError, IqTimeout


class Registrar(slixmpp.ClientXMPP):
    def __init__(self, jid, password):
        super().__init__(jid, password)
        self.outcome = None
        # slixmpp 1.8 holds back every iq until a session exists, which would hold back the
        # registration form request and answer; let them through (switched off once done).
        self._always_send_everything = True
        self.add_event_handler("register", self.on_register)
        self.add_event_handler("session_start", self.on_session_start)
        self.add_event_handler("failed_auth", lambda _: self.finish("authentication failed"))
        self.add_event_handler("connection_failed", lambda e: self.finish("connection: %s" % e))

    async def on_register(self, _form):
        reply = self.Iq()
        reply["type"] = "set"
        reply["register"]["username"] = self.boundjid.user
        reply["register"]["password"] = self.password
        try:
            await reply.send(timeout=10)
            self._always_send_everything = False
        except IqError as e:
            self.finish("refused: %s" % e.iq["error"]["condition"])
        except IqTimeout:
            self.finish("no answer to the registration")

    async def on_session_start(self, _event):
        # Signing in with the new credentials proves the account exists.
        self.finish("registered")

    def finish(self, outcome):
        if self.outcome is None:
            self.outcome = outcome
        self.disconnect()


def main():
    jid, password, host, port, ca = sys.argv[1:6]
    xmpp = Registrar(jid, password)
    xmpp.register_plugin("xep_0030")
    xmpp.register_plugin("xep_0077")
    xmpp["xep_0077"].force_registration = True
    xmpp.ca_certs = ca
    xmpp.connect((host, int(port)), force_starttls=True)
    loop = asyncio.get_event_loop()
    deadline = loop.time() + 20

    async def wait():
        while xmpp.outcome is None and loop.time() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)

    loop.run_until_complete(wait())
    print(xmpp.outcome or "timed out")
    sys.exit(0 if xmpp.outcome == "registered" else 1)


if __name__ == "__main__":
    main()
