// Peer actions for group chats and message extensions (include("lib/groups.js")): the python
// peer sees every message stanza (invitations and retractions carry no body), joins a
// members-only room after a XEP-0249 invitation and talks in it.

// From now on every message stanza also arrives as {event: "any_message", from, type, xml}.
Peer.define("watchMessages", function () {
    if (this.__watching)
        return
    this.request({ cmd: "watch_messages" })
    this.__watching = true
})

// Waits for a XEP-0249 invitation (from the account inviter when given); returns the room JID.
Peer.define("waitForInvitation", function (inviter, timeoutMs) {
    this.watchMessages()
    const e = this.waitForEvent((ev) => ev.event === "any_message"
                                && ev.xml.indexOf("jabber:x:conference") >= 0
                                && (!inviter || String(ev.from).split("/")[0] === inviter),
                                timeoutMs, this.user + " to be invited to a group")
    const m = /<x[^>]*xmlns=["']jabber:x:conference["'][^>]*>/.exec(e.xml)
    const jid = m ? /\bjid=["']([^"']+)["']/.exec(m[0]) : null
    if (!jid)
        throw new ScenarioFailure("an invitation without a room: " + e.xml)
    return jid[1]
})

// Enters the room under nick (default the peer's user name) and waits for its own presence
// back from the room (status 110), which says it is in.
Peer.define("joinGroup", function (room, nick, timeoutMs) {
    nick = nick || this.user
    __driver.step(this.user + " joins " + room + " as " + nick)
    this.request({ cmd: "raw", xml: "<presence xmlns='jabber:client' to='" + room + "/" + nick
                   + "'><x xmlns='http://jabber.org/protocol/muc'/></presence>" })
    this.waitForEvent((ev) => ev.event === "presence" && ev.from === room + "/" + nick
                      && ev.type !== "error" && ev.type !== "unavailable",
                      timeoutMs, this.user + " to be in " + room)
})

// Says body in the room (a groupchat message).
Peer.define("sayInGroup", function (room, body) {
    return this.sendMessage(room, body, "groupchat")
})

// The next message stanza whose XML matches pattern (RegExp or substring): receipts,
// markers, retractions, invitations. Returns the any_message event.
Peer.define("waitForStanza", function (pattern, timeoutMs, description) {
    this.watchMessages()
    const matches = (xml) => pattern instanceof RegExp ? pattern.test(xml)
                                                       : xml.indexOf(pattern) >= 0
    return this.waitForEvent((ev) => ev.event === "any_message" && matches(ev.xml), timeoutMs,
                             description || this.user + " to receive " + String(pattern))
})
