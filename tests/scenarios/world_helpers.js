// The world helpers themselves, against the real server and the independent peer: what a
// scenario of a feature builds on must do what docs/testing.md says. A peer posts in Moments
// (XEP-0277 on PEP) and a friend reads the item back; an official account publishes articles
// on the pubsub component (node created once, then reused); a peer's QR code is its roster
// link (tst_automation reads a written code back with `teahouse scan`).
include("lib/social.js")
include("lib/friends.js")
stopOnFailure()

let zhang, wang

test("two friends online", function () {
    world.startServer({ admins: ["news"] })
    zhang = world.peer("zhangwei")
    wang = world.peer("wangfang")
    world.makeFriends(zhang, wang)
    const item = wang.roster().find((i) => i.jid === zhang.jid)
    compare(item && item.subscription, "both", "wangfang's roster entry for zhangwei")
})

test("a peer posts in Moments; a friend reads it", function () {
    const id = zhang.postMoment("今天天气很好 ☀️ <西湖> & 茶")
    const items = wang.pubsubItems(zhang.jid, "urn:xmpp:microblog:0")
    const item = items.find((i) => i.id === id)
    verify(item, "the post among " + items.length + " items")
    contains(item.xml, "今天天气很好 ☀️ &lt;西湖&gt; &amp; 茶", "the title, escaped once")
    contains(item.xml, "http://www.w3.org/2005/Atom")
})

test("an official account publishes two articles", function () {
    const first = world.publishArticle({ user: "news", password: "news-password" },
                                       { title: "茶馆新闻：秋季新茶", summary: "龙井上市",
                                         content: "<p>今年的<b>龙井</b>已经到了。</p>",
                                         link: "https://example.org/longjing",
                                         accountName: "茶馆新闻" })
    compare(first.service, world.server.components.pubsub)
    compare(first.node, "news")
    const second = world.publishArticle({ user: "news", password: "news-password" },
                                        { title: "Second article" })
    const items = wang.pubsubItems(first.service, "news")
    compare(items.map((i) => i.id).filter((id) => id === first.id || id === second.id).length,
            2, "both articles on the node")
    const item = items.find((i) => i.id === first.id)
    contains(item.xml, "茶馆新闻：秋季新茶")
    contains(item.xml, "&lt;b&gt;龙井&lt;/b&gt;", "the HTML content, escaped")
})

test("a peer's QR code is its roster link", function () {
    const code = zhang.myQrCode("张伟")
    verify(world.fileExists(code.file), code.file)
    compare(code.uri, "xmpp:" + zhang.jid + "?roster;name=%E5%BC%A0%E4%BC%9F")
})
