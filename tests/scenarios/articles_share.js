// Official accounts end to end in the real app: the provider publishes the demo accounts
// (tools/provider/content/articles); Li Hua follows the hospital from Discover, reads its
// clinic hours (a Markdown table), likes it (the provider counts it), shares it as a card to
// Zhang Wei — whose client (the python peer, i.e. not Teahouse) gets the title and address in
// the message body — and to Moments (the composer opens with the title and address).
include("lib/session.js")
include("lib/social.js")
stopOnFailure()

let zhang
let provider
let pubsub

test("the publisher is online", function () {
    const s = world.startServer({ admins: ["articles"] })
    if (!world.providerAvailable())
        skip("the provider (tools/provider/teahouse-provider) is not built")
    pubsub = s.components.pubsub
    world.addUser("articles", "teahouse-provider")
    const config = {
        server: { host: s.host, port: s.ports.c2s, ca: s.ca },
        data: world.tempDir(),
        accounts: [{ jid: world.jid("articles"), password: "teahouse-provider",
                     modules: ["articles"] }],
        articles: { service: pubsub,
                    content: world.sourceDir + "/tools/provider/content/articles",
                    interval: 0 },
    }
    const file = world.tempDir() + "/provider-articles.json"
    world.writeFile(file, JSON.stringify(config))
    provider = world.startProvider(["--config", file], { ready: "online " })
    zhang = world.peer("zhangwei")
    waitFor(() => zhang.pubsubItems(pubsub, "hospital").length >= 2, 60000,
            "the hospital's articles to be published")
    signedIn("lihua")
    world.makeFriends(world.me, zhang)
})

test("follow the hospital from Discover", function () {
    app.goTo("officialAccounts")
    click("articles.tab.browse")
    waitForItem("articles.follow.xmpp:" + pubsub + "?;node=hospital", 30000)
    screenshot("browse")
    click("articles.follow.xmpp:" + pubsub + "?;node=hospital")
    click("articles.tab.following")
    waitForItem("articles.account.xmpp:" + pubsub + "?;node=hospital", 20000)
    // Its picture is the node's icon, cached: not the initial.
    waitFor(() => findAll("articles.avatar.picture").some((p) => p.visible), 20000,
            "the account's picture")
    screenshot("following")
})

test("read, like and share to a chat", function () {
    click("articles.account.xmpp:" + pubsub + "?;node=hospital")
    waitFor(() => findAll("articles.accountPage/text~Clinic hours").length > 0, 20000,
            "the clinic hours article")
    click("articles.accountPage/text~Clinic hours")
    waitForItem("articles.reader.view", 10000)
    sleep(1500) // the web view paints
    screenshot("reader table")
    click("articles.reader.like")
    waitFor(() => /· 1$/.test(text("articles.reader.like")), 20000,
            "the publisher's count of 1 on the like button")
    click("articles.reader.share")
    click("articles.reader.shareChat")
    waitForItem("articles.sharePicker.search")
    type("articles.sharePicker.search", "zhang")
    waitForItem("articles.sharePicker." + zhang.jid)
    screenshot("share picker")
    click("articles.sharePicker." + zhang.jid)
    waitForGone("articles.sharePicker.search")
    contains(text("articles.reader.notice"), "Sent to")
    // Zhang Wei's client is not Teahouse: the body has the title and the address.
    const m = zhang.waitForMessage(/Clinic hours[\s\S]*https?:\/\//, world.me.jid, 20000)
    contains(m.body, "https://")
    contains(m.xml, "urn:teahouse:articles:card:0")
})

test("the card in the chat opens the article", function () {
    app.navigate("openChat", zhang.jid)
    waitForItem("articles.card", 20000)
    contains(text("articles.card.title"), "Clinic hours")
    screenshot("chat card")
    click("articles.card")
    waitFor(() => app.state().discoverPage === "OfficialAccounts", 10000, "Official Accounts")
    waitForItem("articles.reader.view", 10000)
})

test("share to Moments", function () {
    click("articles.reader.share")
    click("articles.reader.shareMoments")
    waitForItem("moments.composeDialog", 10000)
    waitForText("moments.compose.text", /Clinic hours[\s\S]*https?:\/\//, 5000)
    screenshot("moments composer")
})
