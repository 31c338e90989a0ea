// Group chat end to end: a group started from the Chats list with two friends (members-only
// room, XEP-0045, with XEP-0249 invitations); both friends (slixmpp peers) are invited and
// join; what the app says reaches both, what a friend says shows in the app with their name.
include("lib/session.js")
include("lib/groups.js")
stopOnFailure()

const groupName = "周末爬山"
let zhang, wang, room

test("signed in with two friends", function () {
    signedIn()
    ;[zhang, wang] = world.peers(["zhangwei", "wangfang"])
    world.makeFriends(world.me, [zhang, wang])
    zhang.watchMessages()
    wang.watchMessages()
    click("rail.chats")
    waitForItem("chat.newGroup")
})

test("a new group with both friends", function () {
    click("chat.newGroup")
    waitForItem("chat.newGroupDialog")
    verify(!isEnabled("chat.newGroup.create"), "Create is disabled without a name and members")
    type("chat.newGroup.name", groupName)
    waitForItem("chat.newGroup.contact." + zhang.jid, 10000)
    click("chat.newGroup.contact." + zhang.jid)
    click("chat.newGroup.contact." + wang.jid)
    screenshot("new-group")
    click("chat.newGroup.create")
    waitForGone("chat.newGroupDialog", 20000)
    // The group opens, under its name.
    waitForText("chat.title", new RegExp(groupName), 10000)
    screenshot("group-open")
})

test("both friends are invited and join", function () {
    room = zhang.waitForInvitation(world.me.jid, 15000)
    compare(wang.waitForInvitation(world.me.jid, 15000), room, "the room wangfang is invited to")
    verify(room.split("@")[1] === world.server.components.muc,
           "the room lives on the server's MUC service, found " + room)
    zhang.joinGroup(room)
    wang.joinGroup(room)
})

test("the app's message reaches both friends", function () {
    type("chat.input", "大家好，周六八点集合")
    click("chat.send")
    for (const friend of [zhang, wang]) {
        const got = friend.waitForMessage("大家好，周六八点集合", room, 15000)
        compare(got.type, "groupchat", "the message type at " + friend.user)
    }
})

test("a friend's answer shows in the group with their name", function () {
    zhang.sayInGroup(room, "好的！我带水 💧")
    waitFor(() => visibleText("chat.messages").indexOf("好的！我带水 💧") >= 0, 15000,
            "zhangwei's message in the group")
    contains(visibleText("chat.message.0"), "zhangwei", "the sender's name on the message")
    // Wangfang, also in the room, got it too.
    wang.waitForMessage("好的！我带水 💧", room, 15000)
    screenshot("group-talk")
})
