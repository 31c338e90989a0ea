// A peer posts in Moments and an official account publishes an article, at the protocol
// level (include("lib/social.js")), so scenarios of the Moments and article features have an
// independent other side: the python peer sends the pubsub IQs, Prosody stores the items.
//   Moments: XEP-0277, an Atom entry on the peer's PEP node urn:xmpp:microblog:0 (audience:
//            XEP-0060 access model, "presence" = friends, as the app's default).
//   Articles: XEP-0060 on the server's pubsub component, one node per official account, Atom
//            1.0 entries (RFC 4287); node creation is admin-only on the fixture server, so
//            start it with world.startServer({admins: [account]}).

function __xmlEscape(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;").replace(/'/g, "&apos;")
}

function __atomEntry(fields) {
    const now = new Date().toISOString()
    let xml = "<entry xmlns='http://www.w3.org/2005/Atom'>"
    if (fields.author)
        xml += "<author><name>" + __xmlEscape(fields.author.name || fields.author.jid)
            + "</name><uri>xmpp:" + __xmlEscape(fields.author.jid) + "</uri></author>"
    xml += "<title type='text'>" + __xmlEscape(fields.title) + "</title>"
    if (fields.summary)
        xml += "<summary type='text'>" + __xmlEscape(fields.summary) + "</summary>"
    if (fields.content)
        xml += "<content type='" + (fields.contentType || "html") + "'>"
            + __xmlEscape(fields.content) + "</content>"
    if (fields.link)
        xml += "<link rel='alternate' type='text/html' href='" + __xmlEscape(fields.link) + "'/>"
    for (const image of fields.images || [])
        xml += "<link rel='enclosure' type='" + __xmlEscape(image.type || "image/png")
            + "' href='" + __xmlEscape(image.url) + "'/>"
    xml += "<id>" + __xmlEscape(fields.id) + "</id><published>" + now + "</published><updated>"
        + now + "</updated></entry>"
    return xml
}

function __publishIq(to, node, itemId, entry, access) {
    let xml = "<iq xmlns='jabber:client' type='set'" + (to ? " to='" + __xmlEscape(to) + "'" : "")
        + "><pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='"
        + __xmlEscape(node) + "'><item id='" + __xmlEscape(itemId) + "'>" + entry
        + "</item></publish>"
    if (access)
        xml += "<publish-options><x xmlns='jabber:x:data' type='submit'>"
            + "<field var='FORM_TYPE' type='hidden'><value>"
            + "http://jabber.org/protocol/pubsub#publish-options</value></field>"
            + "<field var='pubsub#access_model'><value>" + __xmlEscape(access)
            + "</value></field></x></publish-options>"
    return xml + "</pubsub></iq>"
}

// An Atom id (RFC 4151 tag: URI, as XEP-0277's examples): tag:domain,year:specific.
function __tagUri(jid, specific) {
    return "tag:" + String(jid).split("@").pop() + "," + new Date().getUTCFullYear() + ":"
        + specific
}

var __socialIds = 0
function __newItemId(prefix) {
    return prefix + "-" + Date.now().toString(36) + "-" + (++__socialIds)
}

// Posts text in the peer's Moments. options: {id, images: [{url, type}], access ("presence",
// "open", "roster", "whitelist"), name}. Returns the item id.
Peer.define("postMoment", function (text, options) {
    options = options || {}
    const id = options.id || __newItemId("moment")
    __driver.step(this.user + " posts a Moment " + __show(text))
    const entry = __atomEntry({ title: text, id: __tagUri(this.jid, "posts-" + id),
                                author: { jid: this.jid, name: options.name || this.user },
                                images: options.images })
    this.request({ cmd: "iq", xml: __publishIq(null, "urn:xmpp:microblog:0", id, entry,
                                               options.access) })
    return id
})

// The items of a pubsub node, newest last: [{id, xml}] (jid: a PEP owner or the pubsub
// service). Useful to check what the app published.
Peer.define("pubsubItems", function (jid, node) {
    const reply = this.request({ cmd: "iq", xml: "<iq xmlns='jabber:client' type='get' to='"
        + __xmlEscape(jid) + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='"
        + __xmlEscape(node) + "'/></pubsub></iq>" })
    const items = []
    const re = /<item[^>]*\bid=["']([^"']*)["'][^>]*>([\s\S]*?)<\/item>/g
    for (let m; (m = re.exec(reply.xml)) !== null;)
        items.push({ id: m[1], xml: m[2] })
    return items
})

// Publishes an article as the official account `account` (a Peer whose user is a server
// admin, or {user, password}): creates its node on the pubsub component when missing (title
// and description as node metadata), then publishes the entry. article: {node (default the
// account's user), title, summary, content (HTML), link, id, accountName, description}.
// Returns {service, node, id}.
world.publishArticle = function (account, article) {
    const s = this.__requireServer()
    const service = s.components.pubsub
    const peer = account instanceof Peer ? account
        : this.peer(account.user, { password: account.password, resource: "articles" })
    const node = article.node || peer.user
    const created = (() => {
        try {
            peer.request({ cmd: "iq", xml: "<iq xmlns='jabber:client' type='set' to='"
                + __xmlEscape(service) + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                + "<create node='" + __xmlEscape(node) + "'/><configure><x xmlns='jabber:x:data'"
                + " type='submit'><field var='FORM_TYPE' type='hidden'><value>"
                + "http://jabber.org/protocol/pubsub#node_config</value></field>"
                + "<field var='pubsub#title'><value>"
                + __xmlEscape(article.accountName || peer.user) + "</value></field>"
                + "<field var='pubsub#description'><value>"
                + __xmlEscape(article.description || "") + "</value></field>"
                + "<field var='pubsub#access_model'><value>open</value></field>"
                + "</x></configure></pubsub></iq>" })
            return true
        } catch (e) {
            if (String(e.message).indexOf("conflict") >= 0)
                return false // the node is there already
            throw e
        }
    })()
    const id = article.id || __newItemId("article")
    __driver.step(peer.user + " publishes the article " + __show(article.title)
                  + (created ? " (new node " + node + ")" : ""))
    const entry = __atomEntry({ title: article.title, summary: article.summary,
                                content: article.content, link: article.link,
                                id: __tagUri(service, node + "-" + id),
                                author: { jid: peer.jid, name: article.accountName || peer.user } })
    peer.request({ cmd: "iq", xml: __publishIq(service, node, id, entry) })
    return { service: service, node: node, id: id }
}
