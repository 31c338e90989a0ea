#!/usr/bin/python3
"""An independent XMPP peer (python3-slixmpp) that tests drive over stdin/stdout.

Tests use it as "the other side" so the Teahouse stack is checked against code it does not
share. One JSON object per line each way.

Commands (stdin); any command may carry "tag", echoed in its "done"/"error" reply:
  {"cmd":"connect","jid":"a@localhost","password":"pw","host":"127.0.0.1","port":5222,
   "ca":"/path/cert.pem" | "verify":false, "direct_tls":false, "resource":"peer",
   "mechanism":"SCRAM-SHA-1", "auto_accept":true, "starttls":true}
   ("starttls":false = no TLS at all, PLAIN allowed in clear: only for the plaintext profile)
  {"cmd":"message","to":"b@localhost","body":"hi","type":"chat","id":"optional"}
  {"cmd":"presence","to":"b@localhost","type":"subscribe|subscribed|unsubscribe|unsubscribed|
   available|unavailable","status":"optional","show":"optional"}
  {"cmd":"auto_accept","value":true|false}  accept subscription requests (and ask back)
  {"cmd":"roster"}                  -> {"event":"roster","items":[...]} fetched from the server
  {"cmd":"roster_set","jid":"b@localhost","name":"Bob","groups":["Friends"]}
  {"cmd":"roster_remove","jid":"b@localhost"}
  {"cmd":"iq","xml":"<iq type='get' to='...'>...</iq>"} -> {"event":"iq_result","xml":"..."}
  {"cmd":"raw","xml":"<message .../>"}  sent as is
  {"cmd":"disconnect"}   {"cmd":"quit"}
  {"cmd":"avatar_publish","data":"<base64>","type":"image/png","width":64,"height":64,
   "access":"open"}  XEP-0084 data then metadata -> {"event":"done","id":"<sha1>"}
  {"cmd":"avatar_get","jid":"b@localhost"}  their XEP-0084 metadata, then the image it names
   -> {"event":"avatar","id":"<sha1>","type":"...","data":"<base64>"} (id "" when none)

Events (stdout):
  ready, connected, session_start {jid}, auth_failed {reason}, connection_failed {reason},
  disconnected {reason}, message {from,to,type,id,body,xml}, presence {from,to,type,show,
  status,xml}, roster_push {items}, roster {items}, iq_result {xml}, done, error {message}.
  A roster item is {jid, name, subscription, ask, groups}.
  Chat (tests/integration/chat, tests/bench/chat):
  {"cmd":"watch_messages"}  from now on every message stanza, with or without a body, is also
   reported as {"event":"any_message","from":..,"type":..,"xml":..} (invitations, markers)
  {"cmd":"burst","to":"a@localhost","prefix":"m ","count":500,"first":0,"type":"chat"}
   sends count messages with bodies prefix+number (first, first+1, ...) in one go
  {"cmd":"mam_fetch","archive":"room@conference.localhost" (optional: own archive),
   "with":"b@localhost" (optional),"max":250,"bodies":false}  pages through the whole
   archive, oldest first -> {"event":"mam_fetched","count":N,"pages":P,"seconds":S,
   "bodies":[...] (when asked)}
"""

import asyncio
import base64
import hashlib
import json
import logging
import os
import ssl
import sys
import threading
import xml.etree.ElementTree as ET

import slixmpp
from slixmpp.exceptions import IqError, IqTimeout


def emit(event, **fields):
    fields["event"] = event
    try:
        sys.stdout.write(json.dumps(fields, sort_keys=True) + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        # The test that drove us is gone: nobody to report to, so stop at once.
        os._exit(0)


def roster_items(roster_stanza):
    items = []
    for jid, item in roster_stanza["items"].items():
        items.append({
            "jid": str(jid),
            "name": item.get("name", ""),
            "subscription": item.get("subscription", "none"),
            "ask": item.get("ask", ""),
            "groups": sorted(item.get("groups", [])),
        })
    items.sort(key=lambda i: i["jid"])
    return items


class Peer:
    def __init__(self, loop):
        self.loop = loop
        self.xmpp = None
        self.auto_accept = True
        self.in_session = False
        self.done = asyncio.Event()

    # -------------------------------------------------------------- commands

    async def handle(self, line):
        try:
            cmd = json.loads(line)
        except ValueError as e:
            emit("error", message="bad JSON: %s" % e)
            return
        name = cmd.get("cmd", "")
        tag = cmd.get("tag")
        extra = {"tag": tag} if tag is not None else {}
        try:
            handler = getattr(self, "cmd_" + name, None)
            if handler is None:
                raise ValueError("unknown command %r" % name)
            if name != "connect" and name != "quit" and name != "auto_accept" \
                    and self.xmpp is None:
                raise ValueError("not connected")
            await handler(cmd, extra)
        except IqError as e:
            emit("error", cmd=name, message="iq error", xml=str(e.iq), **extra)
        except IqTimeout:
            emit("error", cmd=name, message="iq timeout", **extra)
        except Exception as e:  # report every failure to the test, keep serving
            emit("error", cmd=name, message="%s: %s" % (type(e).__name__, e), **extra)

    async def cmd_connect(self, cmd, extra):
        if self.xmpp is not None:
            if self.in_session:
                raise ValueError("already connected")
            # A failed attempt (refused auth, unreachable server): start over.
            old, self.xmpp = self.xmpp, None
            old.abort()
        jid = cmd["jid"]
        if cmd.get("resource"):
            jid = jid.split("/")[0] + "/" + cmd["resource"]
        xmpp = slixmpp.ClientXMPP(jid, cmd["password"], sasl_mech=cmd.get("mechanism"))
        xmpp.register_plugin("xep_0030")
        xmpp.register_plugin("xep_0199")
        if cmd.get("verify", True):
            if cmd.get("ca"):
                xmpp.ca_certs = cmd["ca"]
        else:
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            xmpp.ssl_context = ctx
        plaintext = not cmd.get("starttls", True) and not cmd.get("direct_tls", False)
        if plaintext:
            # Only to show that the plaintext profile really accepts PLAIN in clear.
            xmpp["feature_mechanisms"].unencrypted_plain = True
        self.set_auto_accept(xmpp, cmd.get("auto_accept", self.auto_accept))
        self.xmpp = xmpp
        self.wire(xmpp)
        xmpp.connect((cmd.get("host", "127.0.0.1"), int(cmd["port"])),
                     use_ssl=bool(cmd.get("direct_tls", False)),
                     force_starttls=not cmd.get("direct_tls", False) and not plaintext,
                     disable_starttls=plaintext)
        emit("done", cmd="connect", **extra)

    async def cmd_message(self, cmd, extra):
        msg = self.xmpp.make_message(mto=cmd["to"], mbody=cmd.get("body"),
                                     mtype=cmd.get("type", "chat"))
        if cmd.get("id"):
            msg["id"] = cmd["id"]
        msg.send()
        emit("done", cmd="message", id=msg["id"], **extra)

    async def cmd_presence(self, cmd, extra):
        ptype = cmd.get("type", "available")
        kwargs = {"pto": cmd.get("to")}
        if ptype != "available":
            kwargs["ptype"] = ptype
        if cmd.get("status"):
            kwargs["pstatus"] = cmd["status"]
        if cmd.get("show"):
            kwargs["pshow"] = cmd["show"]
        # Straight onto the wire: the test decides every step of a handshake.
        self.xmpp.make_presence(**kwargs).send()
        emit("done", cmd="presence", **extra)

    async def cmd_auto_accept(self, cmd, extra):
        self.auto_accept = bool(cmd.get("value", True))
        if self.xmpp is not None:
            self.set_auto_accept(self.xmpp, self.auto_accept)
        emit("done", cmd="auto_accept", **extra)

    async def cmd_roster(self, cmd, extra):
        iq = self.xmpp.Iq()
        iq["type"] = "get"
        iq.enable("roster")
        result = await iq.send(timeout=10)
        emit("roster", items=roster_items(result["roster"]), **extra)

    async def cmd_roster_set(self, cmd, extra):
        iq = self.xmpp.Iq()
        iq["type"] = "set"
        iq["roster"]["items"] = {cmd["jid"]: {"name": cmd.get("name", ""),
                                              "groups": cmd.get("groups", [])}}
        await iq.send(timeout=10)
        emit("done", cmd="roster_set", **extra)

    async def cmd_roster_remove(self, cmd, extra):
        iq = self.xmpp.Iq()
        iq["type"] = "set"
        iq["roster"]["items"] = {cmd["jid"]: {"subscription": "remove"}}
        await iq.send(timeout=10)
        emit("done", cmd="roster_remove", **extra)

    async def cmd_iq(self, cmd, extra):
        iq = self.xmpp.Iq(xml=ET.fromstring(cmd["xml"]))
        if not iq["id"]:
            iq["id"] = self.xmpp.new_id()
        result = await iq.send(timeout=float(cmd.get("timeout", 10)))
        emit("iq_result", xml=str(result), **extra)

    async def cmd_raw(self, cmd, extra):
        self.xmpp.send_raw(cmd["xml"])
        emit("done", cmd="raw", **extra)

    async def cmd_disconnect(self, cmd, extra):
        await self.xmpp.disconnect(wait=2.0)
        self.xmpp = None
        self.in_session = False
        emit("done", cmd="disconnect", **extra)

    async def cmd_quit(self, cmd, extra):
        try:
            if self.xmpp is not None:
                await asyncio.wait_for(self.xmpp.disconnect(wait=2.0), 3.0)
        finally:
            emit("done", cmd="quit", **extra)
            self.done.set()

    # -------------------------------------------------------------- avatars (XEP-0084)

    def avatar_plugins(self):
        for plugin in ("xep_0004", "xep_0060", "xep_0163", "xep_0084"):
            if plugin not in self.xmpp.plugin:
                self.xmpp.register_plugin(plugin)

    def access_options(self, access):
        if not access:
            return None
        form = self.xmpp["xep_0004"].make_form(ftype="submit")
        form.add_field(var="FORM_TYPE", ftype="hidden",
                       value="http://jabber.org/protocol/pubsub#publish-options")
        form.add_field(var="pubsub#access_model", value=access)
        return form

    async def cmd_avatar_publish(self, cmd, extra):
        self.avatar_plugins()
        data = base64.b64decode(cmd["data"])
        avatar_id = hashlib.sha1(data).hexdigest()
        options = self.access_options(cmd.get("access"))
        await self.xmpp["xep_0084"].publish_avatar(data, options=options, timeout=10)
        info = {"id": avatar_id, "type": cmd.get("type", "image/png"), "bytes": len(data),
                "width": str(cmd.get("width", "")), "height": str(cmd.get("height", ""))}
        await self.xmpp["xep_0084"].publish_avatar_metadata(info, options=options, timeout=10)
        emit("done", cmd="avatar_publish", id=avatar_id, **extra)

    async def cmd_avatar_get(self, cmd, extra):
        self.avatar_plugins()
        jid = cmd["jid"]
        meta = await self.xmpp["xep_0060"].get_items(jid, "urn:xmpp:avatar:metadata",
                                                     max_items=1, timeout=10)
        avatar_id, mime = "", ""
        for item in meta["pubsub"]["items"]["substanzas"]:
            info = item.xml.find("{urn:xmpp:avatar:metadata}metadata/"
                                 "{urn:xmpp:avatar:metadata}info")
            if info is not None:
                avatar_id, mime = info.get("id", ""), info.get("type", "")
        data = b""
        if avatar_id:
            result = await self.xmpp["xep_0084"].retrieve_avatar(jid, avatar_id, timeout=10)
            for item in result["pubsub"]["items"]["substanzas"]:
                node = item.xml.find("{urn:xmpp:avatar:data}data")
                if node is not None and node.text:
                    data = base64.b64decode("".join(node.text.split()))
        emit("avatar", id=avatar_id, type=mime, data=base64.b64encode(data).decode("ascii"),
             **extra)

    async def cmd_serve_command(self, cmd, extra):
        """Serves a two-stage XEP-0050 command (slixmpp's own xep_0050/xep_0004): a form with
        text, list and boolean fields, then a confirmation; the submitted values are reported
        as a "command_submitted" event and the result form carries reference PEER-<n>."""
        xmpp = self.xmpp
        xmpp.register_plugin("xep_0004")
        xmpp.register_plugin("xep_0050")
        node = cmd.get("node", "survey")
        forms = xmpp["xep_0004"]
        counter = {"n": 0}

        def values_of(payload):
            if isinstance(payload, list):
                payload = payload[0] if payload else None
            return dict(payload.get_values()) if payload is not None else {}

        def done(payload, session):
            values = dict(session.get("first_values", {}))
            values.update(values_of(payload))
            counter["n"] += 1
            emit("command_submitted", node=node,
                 values={k: v if isinstance(v, (str, list, bool)) else str(v)
                         for k, v in values.items()})
            result = forms.make_form("result", "Thank you")
            result.add_field(var="reference", ftype="text-single", label="Reference",
                             value="PEER-%d" % counter["n"])
            session["payload"] = result
            session["notes"] = [("info", "Received by slixmpp")]
            session["next"] = None
            session["has_next"] = False
            return session

        def second(payload, session):
            session["first_values"] = values_of(payload)
            form = forms.make_form("form", "Confirm")
            form.add_field(var="agree", ftype="boolean", label="I agree", required=True)
            session["payload"] = form
            session["next"] = done
            session["has_next"] = False
            return session

        def first(iq, session):
            form = forms.make_form("form", "Survey")
            form.add_field(var="name", ftype="text-single", label="Your name", required=True)
            form.add_field(var="colour", ftype="list-single", label="Favourite colour",
                           required=True, options=[{"label": "Red", "value": "red"},
                                                   {"label": "Green", "value": "green"}])
            form.add_field(var="topics", ftype="list-multi", label="Topics",
                           options=[{"label": "Tea", "value": "tea"},
                                    {"label": "Trains", "value": "trains"}])
            form.add_field(var="comment", ftype="text-multi", label="Comment")
            session["payload"] = form
            session["next"] = second
            session["has_next"] = True
            return session

        xmpp["xep_0050"].add_command(node=node, name=cmd.get("name", "Survey"), handler=first)
        emit("done", cmd="serve_command", **extra)

    # -------------------------------------------------------------- events

    @staticmethod
    def set_auto_accept(xmpp, value):
        # None = leave requests to the test (reported as presence events).
        xmpp.roster.auto_authorize = True if value else None
        xmpp.roster.auto_subscribe = bool(value)

    def wire(self, xmpp):
        def on_disconnected(reason):
            if xmpp is self.xmpp:
                self.in_session = False
                emit("disconnected", reason=str(reason))

        xmpp.add_event_handler("connected", lambda _: emit("connected"))
        xmpp.add_event_handler("session_start", self.on_session_start)
        xmpp.add_event_handler("failed_auth", lambda s: emit("auth_failed", reason=str(s)))
        xmpp.add_event_handler("no_auth",
                               lambda _: emit("auth_failed", reason="no usable mechanism"))
        xmpp.add_event_handler("connection_failed",
                               lambda e: emit("connection_failed", reason=str(e)))
        xmpp.add_event_handler("disconnected", on_disconnected)
        xmpp.add_event_handler("stream_error", lambda e: emit("stream_error", xml=str(e)))
        xmpp.add_event_handler("message", self.on_message)
        xmpp.add_event_handler("message_error", self.on_message)
        xmpp.add_event_handler("presence", self.on_presence)
        xmpp.add_event_handler("roster_update", self.on_roster_push)

    async def on_session_start(self, _event):
        xmpp = self.xmpp
        if xmpp is None:
            return
        # Requesting the roster makes this an "interested resource" that gets roster pushes.
        await xmpp.get_roster()
        xmpp.send_presence()
        self.in_session = True
        emit("session_start", jid=str(xmpp.boundjid))

    def on_message(self, msg):
        emit("message", **{"from": str(msg["from"]), "to": str(msg["to"]),
                            "type": msg["type"], "id": msg["id"], "body": msg["body"],
                            "xml": str(msg)})

    def on_presence(self, pres):
        emit("presence", **{"from": str(pres["from"]), "to": str(pres["to"]),
                            "type": pres["type"], "show": pres["show"],
                            "status": pres["status"], "xml": str(pres)})

    def on_roster_push(self, iq):
        if iq["type"] == "set":
            emit("roster_push", items=roster_items(iq["roster"]))

    # -------------------------------------------------------------- chat (additive)

    async def cmd_watch_messages(self, cmd, extra):
        from slixmpp.xmlstream.handler import Callback
        from slixmpp.xmlstream.matcher import MatchXPath

        def on_any(msg):
            emit("any_message", **{"from": str(msg["from"]), "to": str(msg["to"]),
                                   "type": msg["type"], "xml": str(msg)})
        self.xmpp.remove_handler("TestAnyMessage")
        self.xmpp.register_handler(Callback("TestAnyMessage",
                                            MatchXPath("{jabber:client}message"), on_any))
        emit("done", cmd="watch_messages", **extra)

    async def cmd_burst(self, cmd, extra):
        first = int(cmd.get("first", 0))
        for i in range(first, first + int(cmd["count"])):
            msg = self.xmpp.make_message(mto=cmd["to"], mbody="%s%d" % (cmd.get("prefix", ""), i),
                                         mtype=cmd.get("type", "chat"))
            msg.send()
        emit("done", cmd="burst", **extra)

    async def cmd_mam_fetch(self, cmd, extra):
        from slixmpp.xmlstream.handler import Callback
        from slixmpp.xmlstream.matcher import MatchXPath
        ns = "urn:xmpp:mam:2"
        archive = cmd.get("archive")
        want_bodies = bool(cmd.get("bodies", False))
        counts = {"n": 0, "bodies": []}
        query_ids = set()

        def on_result(msg):
            result = msg.xml.find("{%s}result" % ns)
            if result is None or result.get("queryid") not in query_ids:
                return
            sender = str(msg["from"]) or self.xmpp.boundjid.bare
            if sender != (archive or self.xmpp.boundjid.bare):
                return
            counts["n"] += 1
            if want_bodies:
                body = result.find("{urn:xmpp:forward:0}forwarded/{jabber:client}message/"
                                   "{jabber:client}body")
                counts["bodies"].append(body.text if body is not None else "")

        name = "TestMam%s" % self.xmpp.new_id()
        self.xmpp.register_handler(Callback(name, MatchXPath("{jabber:client}message/{%s}result"
                                                             % ns), on_result))
        loop = asyncio.get_running_loop()
        started = loop.time()
        after, pages = None, 0
        try:
            while True:
                qid = self.xmpp.new_id()
                query_ids.add(qid)
                fields = "<field var='FORM_TYPE' type='hidden'><value>%s</value></field>" % ns
                if cmd.get("with"):
                    fields += "<field var='with'><value>%s</value></field>" % cmd["with"]
                rsm = "<max>%d</max>" % int(cmd.get("max", 250))
                if after:
                    rsm += "<after>%s</after>" % after
                xml = ("<iq xmlns='jabber:client' type='set'%s><query xmlns='%s' queryid='%s'>"
                       "<x xmlns='jabber:x:data' type='submit'>%s</x>"
                       "<set xmlns='http://jabber.org/protocol/rsm'>%s</set></query></iq>"
                       % (" to='%s'" % archive if archive else "", ns, qid, fields, rsm))
                iq = self.xmpp.Iq(xml=ET.fromstring(xml))
                iq["id"] = self.xmpp.new_id()
                result = await iq.send(timeout=float(cmd.get("timeout", 60)))
                pages += 1
                fin = result.xml.find("{%s}fin" % ns)
                last = fin.find("{http://jabber.org/protocol/rsm}set/"
                                "{http://jabber.org/protocol/rsm}last") if fin is not None else None
                if fin is None or fin.get("complete") in ("true", "1") or last is None:
                    break
                after = last.text
        finally:
            self.xmpp.remove_handler(name)
        fields = {"count": counts["n"], "pages": pages, "seconds": loop.time() - started}
        if want_bodies:
            fields["bodies"] = counts["bodies"]
        emit("mam_fetched", **fields, **extra)


def main():
    if "--debug" in sys.argv:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    else:
        logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    peer = Peer(loop)

    def reader():
        for line in sys.stdin:
            line = line.strip()
            if line:
                asyncio.run_coroutine_threadsafe(peer.handle(line), loop)
        # stdin closed: the test is gone, so are we.
        asyncio.run_coroutine_threadsafe(peer.cmd_quit({}, {}), loop)

    threading.Thread(target=reader, daemon=True).start()
    emit("ready")
    loop.run_until_complete(peer.done.wait())


if __name__ == "__main__":
    main()
