// Every section from the rail and every Discover page from its list, as a user clicks them,
// in English and in Chinese with care mode at 200 %: the right section shows, its main item
// is there, and a screenshot is kept of each.
include("lib/session.js")
stopOnFailure()

// What each section shows: its list or page (features replace the empty states as they land).
const sections = [
    { rail: "rail.chats", section: "Chats", shows: ["chats.list", "chats.page", "chats.empty"] },
    { rail: "rail.contacts", section: "Contacts",
      shows: ["contacts.list", "contacts.page", "contacts.empty"] },
    { rail: "rail.discover", section: "Discover", shows: ["discover.list"] },
    { rail: "rail.wallet", section: "Wallet", shows: ["wallet.page", "wallet.empty"] },
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
    for (const s of sections) {
        visitSection(s, "zh_CN-care")
        verify(hasChinese(visibleText()), s.section + " shows Chinese text")
    }
    for (const p of pages)
        visitPage(p, "zh_CN-care")
    app.setLanguage("en")
    app.setCareMode(false)
    app.setScale(100)
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
