// Every section from the rail and every Discover page from its list, as a user clicks them,
// in English and in Chinese with care mode at 200 %: the right section shows, its main item
// is there, and a screenshot is kept of each.
include("lib/session.js")
stopOnFailure()

// What each section shows: its list or page (features replace the empty states as they land).
// Care mode's rail has four entries (no Wallet: it opens from Settings there).
const sections = [
    { rail: "rail.chats", section: "Chats", shows: ["chats.list", "chats.page", "chats.empty"] },
    { rail: "rail.contacts", section: "Contacts",
      shows: ["contacts.list", "contacts.page", "contacts.empty"] },
    { rail: "rail.discover", section: "Discover", shows: ["discover.list"] },
    { rail: "rail.wallet", section: "Wallet", shows: ["wallet.view", "wallet.empty"],
      careMode: false },
    { rail: "rail.settings", section: "Settings", shows: ["settings.language"] },
]
const pages = [
    { tile: "discover.moments", page: "Moments" },
    { tile: "discover.officialAccounts", page: "OfficialAccounts" },
    { tile: "discover.scan", page: "Scan" },
    { tile: "discover.cityServices", page: "CityServices" },
]

function visitSection(s, tag) {
    click(s.rail)
    waitFor(() => app.state().section === s.section, 3000, "the " + s.section + " section")
    waitFor(() => s.shows.some((name) => isShown(name)), 5000,
            "one of " + s.shows.join(", ") + " to be shown")
    compare(property(s.rail, "active"), true, s.rail + " marked as the current section")
    screenshot("section-" + s.section + "-" + tag)
}

function visitPage(p, tag) {
    click("rail.discover")
    click(p.tile)
    waitFor(() => app.state().section === "Discover" && app.state().discoverPage === p.page,
            3000, "the " + p.page + " page")
    compare(property(p.tile, "highlighted"), true, p.tile + " highlighted in the list")
    screenshot("discover-" + p.page + "-" + tag)
}

test("signed in", function () {
    signedIn()
    waitForItem("rail.chats")
})

for (const s of sections)
    test("rail: " + s.section, () => visitSection(s, "en"))

for (const p of pages)
    test("discover: " + p.page, () => visitPage(p, "en"))

test("in Chinese, care mode at 200 %", function () {
    app.setLanguage("zh_CN")
    app.setCareMode(true)
    app.setScale(200)
    waitFor(() => !isShown("rail.wallet"), 3000, "the Wallet entry gone from care mode's rail")
    for (const s of sections) {
        if (s.careMode === false)
            continue
        visitSection(s, "zh_CN-care")
        verify(hasChinese(visibleText()), s.section + " shows Chinese text")
    }
    // The wallet opens from Settings in care mode.
    click("rail.settings")
    click("settings.wallet")
    waitFor(() => app.state().section === "Wallet", 3000, "the Wallet section from Settings")
    waitFor(() => isShown("wallet.view") || isShown("wallet.empty"), 5000, "the wallet")
    verify(hasChinese(visibleText()), "the wallet shows Chinese text")
    screenshot("section-Wallet-zh_CN-care")
    for (const p of pages)
        visitPage(p, "zh_CN-care")
    app.setLanguage("en")
    app.setCareMode(false)
    app.setScale(100)
    waitForItem("rail.wallet")
})

test("app.goTo reaches every place", function () {
    for (const s of sections) {
        app.goTo(s.section)
        compare(app.state().section, s.section)
    }
    for (const p of pages) {
        app.goTo(p.page)
        compare(app.state().section, "Discover")
        compare(app.state().discoverPage, p.page)
    }
})
