// Add a friend by QR code, end to end: a person's "My QR code" (an xmpp:…?roster link) is saved
// as a picture; Contacts → Add friend → Scan a QR code; the picture dropped on the scanner is
// read, the result offers "Add friend"; the form comes filled in (address, remark from the
// code's name), a greeting is written and the request sent; the other person (the slixmpp
// peer) receives it with the greeting, accepts and asks back, and they appear in the contacts.
include("lib/session.js")
include("lib/friends.js")
stopOnFailure()

const greeting = "我是李华，上周在茶馆见过 👋"
let chen
let code

test("signed in; 陈静 shows her QR code", function () {
    signedIn()
    chen = world.peer("chenjing", { autoAccept: false })
    code = chen.myQrCode("陈静")
    verify(world.fileExists(code.file), "the code's picture was written")
    verify(!exists("contacts.row." + chen.jid), "陈静 is not a contact yet")
})

test("Contacts → Add friend → Scan reads the picture", function () {
    click("rail.contacts")
    click("contacts.add")
    waitForItem("contacts.addFriendPage")
    click("contacts.add.scan")
    waitFor(() => app.state().section === "Discover" && app.state().discoverPage === "Scan",
            3000, "the scanner")
    waitForItem("scan.page")
    verify(dropFiles("scan.page", [code.file]), "the scanner accepts the dropped picture")
    waitForItem("scan.resultPage", 10000)
    contains(visibleText("scan.resultPage"), chen.jid, "the result names the person")
    waitForText("scan.act", "Add friend")
    screenshot("scan-result")
})

test("the form comes filled in; the request goes out with the greeting", function () {
    click("scan.act")
    waitFor(() => app.state().section === "Contacts", 5000, "the Contacts section")
    waitForItem("contacts.addFriendPage")
    waitForText("contacts.add.address", chen.jid)
    compare(text("contacts.add.remark"), "陈静", "the remark taken from the code's name")
    clear("contacts.add.greeting")
    type("contacts.add.greeting", greeting)
    screenshot("add-friend-form")
    click("contacts.add.send")
    // The form leaves for "New friends", where the request waits.
    waitForItem("contacts.newFriendsPage")
    const request = chen.waitForFriendRequest(world.me.jid, 15000)
    compare(request.greeting, greeting, "the greeting 陈静 receives")
    screenshot("request-sent")
})

test("陈静 accepts: she is a contact on both sides", function () {
    chen.acceptFriend(world.me.jid)
    waitForItem("contacts.row." + chen.jid, 15000)
    contains(visibleText("contacts.row." + chen.jid), "陈静", "the contact shows the remark")
    click("contacts.row." + chen.jid)
    waitForItem("contacts.card")
    contains(visibleText("contacts.card"), chen.jid)
    expectShown("contacts.card.message")
    screenshot("contact-card")
    // "Message" opens the chat with her.
    click("contacts.card.message")
    waitFor(() => app.state().section === "Chats", 3000, "the Chats section")
    waitForItem("chat.input")
    waitForItem("chat.conversation." + chen.jid)
    // The chat is titled with the remark the contact list shows.
    waitForText("chat.title", /陈静/, 5000)
})
