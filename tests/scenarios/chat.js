// One-to-one chat end to end, against the real server and an independent client: a friend
// (the python slixmpp peer) writes while another section is open — the app notifies, the
// conversation appears in the list with the message, opening it shows the text; the reply
// typed into the composer and sent with the button reaches the friend with the same text; a
// second reply sent with Return arrives too, and the friend's answer shows in the open chat.
include("lib/session.js")
stopOnFailure()

let zhang

test("signed in, with a friend online", function () {
    signedIn()
    zhang = world.peer("zhangwei")
    world.makeFriends(zhang, world.me)
    // The friend shows in the contacts (the roster reached the app).
    click("rail.contacts")
    waitForItem("contacts.row." + zhang.jid, 15000)
})

test("a message from the friend arrives and is notified", function () {
    const body = "李华，下午三点喝茶吗？🍵"
    zhang.sendMessage(world.me.jid, body)
    // Not looking at the chat: a notification with the text.
    const notification = app.waitForNotification("下午三点喝茶吗", 15000)
    contains(notification.body, body, "the notification's text")
    compare(notification.key, "chat:" + zhang.jid, "the notification's key")
    // The list shows the conversation with its last message.
    click("rail.chats")
    waitForItem("chat.conversation." + zhang.jid, 10000)
    const row = "chat.conversation." + zhang.jid
    waitFor(() => visibleText(row).indexOf("下午三点喝茶吗") >= 0, 5000,
            "the message's preview in the conversation list")
    screenshot("chat-list")
})

test("clicking the notification opens the chat with the message", function () {
    click("rail.contacts")
    app.activateNotification("chat:" + zhang.jid)
    waitFor(() => app.state().section === "Chats", 3000, "the Chats section")
    waitForItem("chat.input")
    waitFor(() => visibleText("chat.messages").indexOf("李华，下午三点喝茶吗？🍵") >= 0, 10000,
            "the friend's message in the open chat")
    contains(text("chat.title"), "zhangwei")
    screenshot("chat-open")
})

test("a reply from the composer reaches the friend", function () {
    verify(!isEnabled("chat.send"), "Send is disabled while the composer is empty")
    const reply = "好的，三点见！Tea at 3 ☕"
    type("chat.input", reply)
    click("chat.send")
    // In the view at once, the composer emptied.
    waitFor(() => visibleText("chat.messages").indexOf(reply) >= 0, 5000,
            "the reply in the view")
    waitForText("chat.input", "")
    // At the friend, through the server, from our account, with the same text.
    const got = zhang.waitForMessage(reply, world.me.jid, 15000)
    compare(got.body, reply, "the text the friend received")
    compare(got.type, "chat")
    screenshot("chat-replied")
})

test("Return sends too, and the answer shows in the open chat", function () {
    type("chat.input", "Return sends this one")
    press("Return", "chat.input")
    zhang.waitForMessage("Return sends this one", world.me.jid, 15000)
    zhang.sendMessage(world.me.jid, "See you there")
    waitFor(() => visibleText("chat.messages").indexOf("See you there") >= 0, 15000,
            "the friend's answer in the open chat")
    // Read while open: no new notification for the chat that is on screen.
    const count = app.notifications().filter((n) => n.body.indexOf("See you there") >= 0).length
    compare(count, 0, "notifications for a message in the chat on screen")
})

test("in care mode at 200 % the chat still works", function () {
    const sendHeight = property("chat.send", "height")
    app.setCareMode(true)
    app.setScale(200)
    waitFor(() => property("chat.send", "height") > sendHeight, 3000, "a bigger Send button")
    expectShown("chat.input")
    waitFor(() => visibleText("chat.messages").indexOf("See you there") >= 0, 3000,
            "the conversation still on screen")
    type("chat.input", "字大了也能发 👍")
    click("chat.send")
    zhang.waitForMessage("字大了也能发 👍", world.me.jid, 15000)
    screenshot("chat-care-200")
    app.setCareMode(false)
    app.setScale(100)
})
