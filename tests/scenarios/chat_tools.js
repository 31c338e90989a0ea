// Chat beyond text, end to end with a friend (the slixmpp peer): search finds an old message
// by a Chinese word inside a sentence and jumps to it; an image dropped on the chat is
// uploaded (XEP-0363) and the friend downloads the very same bytes from the link they get
// (XEP-0066); a message sent by mistake is recalled from its menu (XEP-0424): the friend gets
// the retraction naming that message, the app shows a notice instead of the text.
include("lib/session.js")
include("lib/groups.js")
stopOnFailure()

let zhang

// The SHA-256 of a file, or of what an https URL serves (trusting the server's certificate),
// computed by python3 (always there: the peer needs it).
function sha256(fileOrUrl) {
    const code = "import hashlib, ssl, sys, urllib.request\n"
        + "src = sys.argv[1]\n"
        + "if src.startswith('https:'):\n"
        + "    ctx = ssl.create_default_context(cafile=sys.argv[2])\n"
        + "    ctx.check_hostname = False\n"
        + "    data = urllib.request.urlopen(src, context=ctx, timeout=15).read()\n"
        + "else:\n"
        + "    data = open(src, 'rb').read()\n"
        + "print(hashlib.sha256(data).hexdigest())\n"
    const r = world.run(__world.python(), ["-c", code, fileOrUrl, world.server.ca], 20000)
    compare(r.exitCode, 0, "sha256 of " + fileOrUrl + ": " + r.stderr)
    return r.stdout.trim()
}

test("signed in, chatting with a friend", function () {
    signedIn()
    zhang = world.peer("zhangwei")
    world.makeFriends(world.me, zhang)
    zhang.watchMessages()
    for (const body of ["周末有空吗？", "我们明天去医院体检，记得空腹", "好的"])
        zhang.sendMessage(world.me.jid, body)
    click("rail.chats")
    waitFor(() => visibleText("chat.conversation." + zhang.jid).indexOf("好的") >= 0, 15000,
            "the last message in the conversation list")
})

test("search finds a word inside a sentence and opens the chat there", function () {
    type("chat.search", "医院")
    waitForItem("chat.searchResults")
    waitForItem("chat.searchHit.0", 5000)
    contains(visibleText("chat.searchHit.0"), "医院", "the hit shows the match")
    verify(!exists("chat.searchHit.1"), "one hit for 医院")
    screenshot("search")
    click("chat.searchHit.0")
    waitForGone("chat.searchResults")
    waitForItem("chat.input")
    waitFor(() => visibleText("chat.messages").indexOf("我们明天去医院体检") >= 0, 5000,
            "the message in the open chat")
})

test("an image dropped on the chat reaches the friend byte for byte", function () {
    // The fixture's certificate is self-signed and pinned at sign-in: the upload host must
    // accept exactly that certificate (UploadManager::setPinnedFingerprints).
    const image = world.writeQrCode("teahouse scenario image", world.tempDir() + "/photo.png")
    verify(dropFiles("chat.dropArea", [image]), "the chat accepts the dropped file")
    waitForItem("chat.message.0/chat.message.image", 15000)
    const got = zhang.waitForStanza("jabber:x:oob", 20000, "zhangwei to receive the image link")
    const url = /<url>([^<]+)<\/url>/.exec(got.xml)
    verify(url, "an XEP-0066 link in " + got.xml)
    verify(/^https:\/\//.test(url[1]), "an https link, found " + url[1])
    compare(sha256(url[1]), sha256(image), "the bytes the friend downloads")
    screenshot("image-sent")
})

test("a message recalled from its menu is retracted at the friend", function () {
    const mistake = "发错了，这条不算"
    type("chat.input", mistake)
    press("Return", "chat.input")
    const sent = zhang.waitForMessage(mistake, world.me.jid, 15000)
    const originId = /<origin-id[^>]*\bid=["']([^"']+)["']/.exec(sent.xml)
    verify(originId, "the message carries an origin-id: " + sent.xml)
    rightClick("chat.message.0/chat.message.text")
    waitForItem("chat.messageMenu")
    screenshot("message-menu")
    click("chat.messageMenu.recall")
    const retraction = zhang.waitForStanza("message-retract", 15000,
                                           "zhangwei to receive the retraction")
    contains(retraction.xml, originId[1], "the retraction names the recalled message")
    waitFor(() => visibleText("chat.messages").indexOf(mistake) < 0, 10000,
            "the recalled text gone from the chat")
    expectShown("chat.message.0/chat.notice")
    screenshot("recalled")
})
