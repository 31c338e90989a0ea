// Settings: care mode and the language switched from the Settings page (as a user does) and
// through the scenario helpers (app.setLanguage, app.setCareMode, app.setScale), checked on what
// the window shows.
include("lib/session.js")
stopOnFailure()

test("signed in", function () {
    signedIn()
    click("rail.settings")
    waitForItem("settings.careMode")
})

test("care mode from Settings makes everything bigger", function () {
    compare(property("settings.careMode", "checked"), false, "care mode starts off")
    const railBefore = property("rail.chats", "height")
    const switchBefore = property("settings.careMode", "height")
    click("settings.careMode")
    waitFor(() => app.state().careMode === true, 3000, "care mode on")
    compare(property("settings.careMode", "checked"), true)
    waitFor(() => property("rail.chats", "height") > railBefore, 10000, "bigger rail buttons")
    waitFor(() => property("settings.careMode", "height") > switchBefore, 10000,
            "a bigger switch")
    verify(app.state().scalePercent >= 150, "care mode's text size, found "
           + app.state().scalePercent + " %")
    screenshot("settings-care-mode")
    const railCare = property("rail.chats", "height")
    verify(!isShown("rail.wallet"), "care mode's rail has no Wallet entry")
    click("settings.careMode")
    waitFor(() => app.state().careMode === false, 3000, "care mode off")
    waitForItem("rail.wallet", 3000)
    expectShown("rail.avatar")
    waitFor(() => property("rail.chats", "height") < railCare, 3000,
            "the rail without care mode's labels")
    // Care mode raised the text size to 150 %; off again, the size it replaced comes back.
    waitFor(() => app.state().scalePercent === 100, 3000, "the text size back to 100 %")
    // The slider still works by keyboard: a step of 10 % per key.
    press("Right", "settings.scale")
    waitFor(() => app.state().scalePercent === 110, 3000, "110 % from the slider")
    press("Left", "settings.scale")
    waitFor(() => app.state().scalePercent === 100, 3000, "100 % from the slider")
    waitFor(() => property("rail.chats", "height") === railBefore, 3000,
            "the rail back to its size")
    waitFor(() => property("settings.careMode", "height") === switchBefore, 3000,
            "the switch back to its size")
})

test("the language from Settings: 简体中文 and back", function () {
    const english = text("rail.settings")
    click("settings.language")
    click("text=简体中文")
    waitFor(() => app.language() === "zh_CN", 5000, "the Chinese catalogue")
    waitFor(() => hasChinese(text("rail.settings")), 3000, "the rail in Chinese")
    compare(app.preferences.language, "zh_CN", "the saved preference")
    verify(hasChinese(visibleText()), "Chinese text on the page")
    screenshot("settings-zh_CN")
    click("settings.language")
    click("text=English")
    waitFor(() => app.language() === "en", 5000, "the English catalogue")
    waitForText("rail.settings", english)
})

test("helpers: Chinese, care mode, 200 %", function () {
    app.setLanguage("zh_CN")
    app.setCareMode(true)
    app.setScale(200)
    compare(app.state().language, "zh_CN")
    compare(app.state().careMode, true)
    compare(app.state().scalePercent, 200)
    waitFor(() => hasChinese(text("rail.settings")), 3000, "the rail in Chinese")
    screenshot("settings-zh_CN-care-200")
    app.setLanguage("en")
    app.setCareMode(false)
    app.setScale(100)
    waitForText("rail.settings", "Settings")
})
