// Regression scenario for a crash found by scenario_chat_group under Xvfb: a group whose name
// holds an emoji ("周末爬山 ⛰", "Hiking ⛰", "周末爬山 🍵") aborts the app right after Create
// with heap corruption ("malloc(): invalid size (unsorted)") in the scene graph's render
// thread (QFontEngineFT::alphaMapForGlyph ← QTextureGlyphCache::fillInPendingGlyphs ←
// QQuickText::updatePaintNode), with the threaded and the basic render loop alike. Offscreen
// (software rendering) it does not crash; emoji in one-to-one messages do not crash either.
// Fixed by the colour-emoji fontconfig rule in app/platform/Platform_linux.cpp. Run it with
//   ctest -R scenario_group_name_emoji -C x   (or tests/scenarios/run-under-xvfb teahouse --script …)
include("lib/session.js")
stopOnFailure()

test("a group named with an emoji", function () {
    signedIn()
    const zhang = world.peer("zhangwei")
    world.makeFriends(world.me, zhang)
    click("rail.chats")
    click("chat.newGroup")
    type("chat.newGroup.name", "周末爬山 ⛰")
    click("chat.newGroup.contact." + zhang.jid)
    click("chat.newGroup.create")
    waitForGone("chat.newGroupDialog", 20000)
    waitForText("chat.title", /周末爬山 ⛰/, 10000)
    sleep(1000) // a few frames: the crash came while drawing them
    screenshot("group-with-emoji")
})
