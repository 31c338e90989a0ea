// Peer actions around friendship (include("lib/friends.js")): a peer's "My QR code" as an
// image file, and answering a friend request the way another client does.

// The peer's QR code (xmpp:user@domain?roster;name=…, XEP-0147 — what "My QR code" shows)
// drawn into a PNG file by the app's own QR writer. Returns {uri, file}.
Peer.define("myQrCode", function (name) {
    let uri = "xmpp:" + this.jid + "?roster"
    if (name)
        uri += ";name=" + encodeURIComponent(name)
    const file = world.writeQrCode(uri, world.tempDir() + "/" + this.user + "-qr.png")
    __driver.step(this.user + "'s QR code " + uri + " in " + file)
    return { uri: uri, file: file }
})

// Waits for a friend request (presence subscribe) from jid; returns {from, greeting, nick}.
Peer.define("waitForFriendRequest", function (jid, timeoutMs) {
    const e = this.waitForEvent((ev) => ev.event === "presence" && ev.type === "subscribe"
                                && String(ev.from).split("/")[0] === jid,
                                timeoutMs, this.user + " to get a friend request from " + jid)
    const nick = /<nick[^>]*>([^<]*)<\/nick>/.exec(e.xml || "")
    return { from: e.from, greeting: e.status || "", nick: nick ? nick[1] : "" }
})

// Accepts jid's request and asks back, as a person pressing "Accept" does: both see each
// other afterwards (subscription "both" on the peer's roster).
Peer.define("acceptFriend", function (jid, timeoutMs) {
    __driver.step(this.user + " accepts the friend request of " + jid)
    this.presence(jid, "subscribed")
    this.presence(jid, "subscribe")
    return waitFor(() => {
        const item = this.roster().find((i) => i.jid === jid)
        return item && item.subscription === "both" ? item : null
    }, timeoutMs || 15000, this.user + " and " + jid + " to be friends (subscription both)")
})
