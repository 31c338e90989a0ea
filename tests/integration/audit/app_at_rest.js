// The app half of the app-level at-rest audit (run by app_at_rest.py, not on its own: it needs
// the secrets and pictures the wrapper makes for this run). Through the real UI, Li Hua
// receives and sends chat messages and pictures, posts a Moment with a photo, reads an
// official account's article in the web reader, leaves a city-service form as a draft and
// pays the cafe with a note — every text (and the friend's address, the account password and
// the store passphrase) a secret of this run, every picture random noise.
// Afterwards (the app has ended) the wrapper searches every folder the app could write for
// them. The server, the peers and the providers live under TEAHOUSE_WORLD_DIR (not searched):
// they are the other side, which holds the plaintext by design.
include("../../scenarios/lib/session.js")
include("../../scenarios/lib/social.js")
include("../../scenarios/lib/groups.js")
include("../../scenarios/lib/payments.js")
stopOnFailure()

const secretsFile = __world.environment("TEAHOUSE_AUDIT_SECRETS")
if (!secretsFile)
    throw new Error("run this through tests/integration/audit/app_at_rest.py")
const run = JSON.parse(world.readFile(secretsFile))
const s = run.secrets
const pin = "135790"
let zhang
let payments

// A peer puts a file on the server's upload service (XEP-0363) and returns its GET URL: the
// peer is python, so the PUT is done by python as well (trusting the fixture's CA).
function upload(peer, file, name) {
    const size = Number(world.run(__world.python(), ["-c",
        "import os,sys; print(os.path.getsize(sys.argv[1]))", file]).stdout.trim())
    const reply = peer.request({ cmd: "iq", xml: "<iq xmlns='jabber:client' type='get' to='"
        + world.server.components.upload + "'><request xmlns='urn:xmpp:http:upload:0' filename='"
        + name + "' size='" + size + "' content-type='image/png'/></iq>" })
    const put = /<put[^>]*\burl=["']([^"']+)["']/.exec(reply.xml)
    const get = /<get[^>]*\burl=["']([^"']+)["']/.exec(reply.xml)
    verify(put && get, "an upload slot: " + reply.xml)
    // Prosody's http_file_share wants the slot's Authorization header on the PUT.
    const auth = /<header[^>]*\bname=["']Authorization["'][^>]*>([^<]+)<\/header>/.exec(reply.xml)
    const code = "import ssl, sys, urllib.request\n"
        + "ctx = ssl.create_default_context(cafile=sys.argv[3])\n"
        + "ctx.check_hostname = False\n"
        + "headers = {'Content-Type': 'image/png'}\n"
        + "if sys.argv[4]: headers['Authorization'] = sys.argv[4]\n"
        + "req = urllib.request.Request(sys.argv[1], data=open(sys.argv[2], 'rb').read(),"
        + " method='PUT', headers=headers)\n"
        + "print(urllib.request.urlopen(req, context=ctx, timeout=15).status)\n"
    const unescape = (u) => u.replace(/&amp;/g, "&")
    const r = world.run(__world.python(), ["-c", code, unescape(put[1]), file, world.server.ca,
                                           auth ? unescape(auth[1]) : ""], 20000)
    compare(r.exitCode, 0, "the upload of " + file + ": " + r.stderr)
    return unescape(get[1])
}

test("the world: server, friend, payment service, city, official account", function () {
    world.startServer({ admins: ["news"] })
    if (!world.providerAvailable())
        fail("the provider (tools/provider/teahouse-provider) is not built")
    payments = world.startPayments({ balances: { lihua: "200.00" }, merchants: ["cafe"] })
    world.addUser("city", "teahouse-provider")
    world.startProvider(["--server", world.server.host + ":" + world.server.ports.c2s,
                         "--ca", world.server.ca, "--data", world.tempDir(),
                         "--account", world.jid("city") + ":teahouse-provider:city"],
                        { ready: "online " + world.jid("city") })
    // The account password is a secret of this run too: it must not be on disk in clear.
    signedIn("lihua", { password: s.password })
    // The friend's address is a secret too (contacts never touch the disk in clear).
    zhang = world.peer(s.friend)
    world.makeFriends(world.me, zhang)
    zhang.watchMessages()
})

test("chat: a message and a picture each way", function () {
    zhang.sendMessage(world.me.jid, s.chatIn)
    app.navigate("openChat", zhang.jid)
    waitForItem("chat.input", 10000)
    waitFor(() => visibleText("chat.messages").indexOf(s.chatIn) >= 0, 15000,
            "the friend's secret message in the chat")
    type("chat.input", s.chatOut)
    press("Return", "chat.input")
    zhang.waitForMessage(s.chatOut, world.me.jid, 15000)

    verify(dropFiles("chat.dropArea", [run.files.chatOut]), "the chat takes the dropped picture")
    zhang.waitForStanza("jabber:x:oob", 20000, "zhangwei to receive the picture's link")

    const url = upload(zhang, run.files.chatIn, "noise.png")
    zhang.request({ cmd: "raw", xml: "<message xmlns='jabber:client' type='chat' to='"
        + world.me.jid + "'><body>" + url + "</body><x xmlns='jabber:x:oob'><url>" + url
        + "</url></x></message>" })
    // Downloaded, decoded and shown: the newest message is the picture, painted.
    waitFor(() => {
        const p = findAll("chat.message.0/chat.message.picture")
        return p.length > 0 && p[0].status === 1 && p[0].sourceSize.width > 0
    }, 30000, "the friend's picture shown in the chat")
    // Opened full size, as a person looks at a picture they got.
    click("chat.message.0/chat.message.image")
    app.settle()
    sleep(500)
    press("Escape")
    screenshot("chat")
})

test("Moments: a post with a photo", function () {
    app.goTo("moments")
    click("moments.compose")
    waitForItem("moments.composeDialog")
    type("moments.compose.text", s.moment)
    verify(dropFiles("moments.composeDialog", [run.files.moment]),
           "the composer takes the dropped photo")
    waitFor(() => find("moments.composeDialog").controller.draftImages.length === 1, 10000,
            "the photo in the draft")
    click("moments.compose.publish")
    waitForGone("moments.composeDialog", 10000)
    // Published: the friend reads the post from the server, with the photo's link.
    waitFor(() => zhang.pubsubItems(world.me.jid, "urn:xmpp:microblog:0")
                .some((i) => i.xml.indexOf(s.moment) >= 0 && i.xml.indexOf("enclosure") >= 0),
            30000, "the Moment on the server with its photo")
    screenshot("moments")
})

test("an official account's article read in the web reader", function () {
    const news = { user: "news", password: "teahouse-news" }
    world.addUser(news.user, news.password)
    // The article's picture is on the server's upload host (whose certificate the app
    // pinned at sign-in): the app fetches it into its cache and the reader shows it.
    const picture = upload(zhang, run.files.article, "figure.png")
    world.publishArticle(news, { node: "audit-news", accountName: "Audit News",
                                 title: s.articleTitle, summary: "Today's bulletin",
                                 content: "<p>" + s.articleBody + "</p><p><img src='" + picture
                                     + "' alt='figure'/></p>",
                                 link: "https://example.org/a1" })
    const account = "xmpp:" + world.server.components.pubsub + "?;node=audit-news"
    app.goTo("officialAccounts")
    click("articles.tab.browse")
    waitForItem("articles.follow." + account, 30000)
    click("articles.follow." + account)
    click("articles.tab.following")
    waitForItem("articles.account." + account, 20000)
    click("articles.account." + account)
    waitFor(() => findAll("articles.accountPage/text~" + s.articleTitle).length > 0, 20000,
            "the article in the account's list")
    click("articles.accountPage/text~" + s.articleTitle)
    waitForItem("articles.reader.view", 10000)
    // The page is in the web engine: wait until it has the body (its title is the article's
    // once loaded), then let it paint.
    waitFor(() => !find("articles.reader.view").loading, 15000, "the reader to load")
    waitFor(() => find("articles.reader").controller.imageRevision > 0, 20000,
            "the article's picture fetched into the cache")
    sleep(1500)
    screenshot("article")
})

test("a city-service form left as a draft", function () {
    app.goTo("city-services")
    waitForItem("services.cityAddress", 10000)
    type("services.cityAddress", world.jid("city"))
    click("services.cityAdd")
    // The row's objectName, services.service.complaints/new, holds the path separator "/":
    // it is found by its text instead.
    waitFor(() => names("services.service.").indexOf("services.service.complaints/new") >= 0,
            20000, "the city's complaint service")
    click("services.page/text~Report a problem")
    waitForItem("services.field.description", 20000)
    type("services.field.place", s.formPlace)
    type("services.field.description", s.formDescription)
    click("services.form.close")
    waitForGone("services.field.description", 10000)
    waitFor(() => find("services.page").controller.drafts.length === 1, 10000,
            "the form kept as a draft")
    screenshot("city draft")
})

test("a payment with a note", function () {
    click("rail.wallet")
    waitForItem("wallet.view")
    waitForText("wallet.balance", "¥200.00", 15000)
    click("wallet.pin")
    for (const d of pin + pin)
        click("pay.setpin.key" + d)
    waitForGone("wallet.pinMissing", 10000)
    click("wallet.scanToPay")
    waitForItem("scan.page")
    verify(dropFiles("scan.page", [payments.code("cafe", "dynamic")]), "the scanner takes the code")
    waitForText("scan.act", "Pay", 10000)
    click("scan.act")
    waitForItem("pay.confirm.note")
    type("pay.confirm.note", s.payNote)
    click("pay.confirm.pay")
    waitForItem("pay.pin.summary")
    for (const d of pin)
        click("pay.pin.key" + d)
    waitForItem("pay.result.amount", 15000)
    expectText("pay.result.amount", "¥18.00")
    click("pay.result.done")
    waitForText("wallet.balance", "¥182.00", 15000)
    waitFor(() => visibleText("wallet.view").indexOf(s.payNote) >= 0, 10000,
            "the bill with its note")
    screenshot("wallet")
})

// --crash: the app is killed (SIGKILL) instead of quitting, as after a power cut: what it
// would have tidied away at exit (the database's WAL, temporary files, the web engine's state)
// stays on disk for the search. --abort: it crashes (SIGABRT) where the system allows core
// dumps (the wrapper lifts the limit, as distributions with systemd-coredump do): a core file
// is the whole memory of the app, every message and key in it.
const crash = __world.environment("TEAHOUSE_AUDIT_CRASH")
if (crash === "KILL" || crash === "ABRT") {
    test("the app is killed", function () {
        // Whatever the system does with cores (a file, systemd-coredump, apport), the app
        // allows none: its limit is 0 (Platform::disableCoreDumps).
        const limit = world.run("/bin/sh", ["-c", "grep 'Max core file size' /proc/$PPID/limits"],
                                5000).stdout
        verify(/size\s+0\s+0\s/.test(limit), "no core dumps allowed in the app: " + limit)
        log("the app ends with SIG" + crash)
        world.run("/bin/sh", ["-c", "kill -" + crash + " $PPID"], 5000)
        sleep(5000)
        fail("the app was not killed")
    })
}
