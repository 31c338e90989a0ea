// Sign in against the local fixture server (scripts/server, a private Prosody with a
// self-signed certificate): the certificate is trusted only after its fingerprint is shown and
// matches the server's, a wrong password is refused with a message that says what to do, the
// right one reaches the main window, and signing out returns to the sign-in screen.
stopOnFailure()

const server = world.startServer()
const password = "lihua-password"
const jid = world.addUser("lihua", password)

test("the sign-in screen comes first", function () {
    waitForItem("signin.title")
    compare(app.state().stage, "SignIn")
    verify(!isEnabled("signin.submit"), "Sign in is disabled while the fields are empty")
    screenshot("signin-empty")
})

test("an unknown certificate is shown, not trusted silently", function () {
    type("signin.account", jid)
    type("signin.password", "not-the-password")
    type("signin.server", server.host + ":" + server.ports.c2s)
    verify(isEnabled("signin.submit"), "Sign in is enabled once both fields are filled")
    click("signin.submit")
    waitFor(() => app.state().sessionError === "CertificateUntrusted", 20000,
            "the certificate warning")
    expectShown("signin.error")
    expectShown("signin.trustCertificate")
    // The fingerprint is shown in groups over several lines: compare without the layout.
    compare(text("signin.fingerprint").replace(/\s+/g, ":").toUpperCase(),
            server.fingerprint_sha256.toUpperCase(), "the fingerprint shown")
    screenshot("signin-certificate")
})

test("a wrong password is refused with a clear message", function () {
    click("signin.trustCertificate")
    waitFor(() => app.state().sessionError === "WrongPassword", 20000, "the wrong-password error")
    expectShown("signin.error")
    contains(text("signin.error"), "password is not right")
    compare(app.state().stage, "SignIn")
    screenshot("signin-wrong-password")
})

test("the right password signs in", function () {
    clear("signin.password")
    type("signin.password", password)
    click("signin.submit")
    waitFor(() => app.state().stage === "Main" && app.state().sessionState === "Online", 30000,
            "the main window, online")
    compare(app.state().account, jid)
    waitForItem("rail.chats")
    screenshot("signed-in")
})

test("signing out returns to the sign-in screen", function () {
    click("rail.settings")
    click("settings.signOut")
    app.waitForStage("SignIn", 15000)
    waitForItem("signin.title")
    compare(app.state().account, "")
})
