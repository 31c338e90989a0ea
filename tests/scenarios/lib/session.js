// Shared by the scenarios (include("lib/session.js")): the local fixture server and the app
// signed in through its sign-in screen.

// Starts the server (once) and signs the app in as user (lihua unless given); returns the JID.
function signedIn(user, options) {
    world.startServer()
    if (app.state().stage === "Main" && app.state().sessionState === "Online")
        return app.state().account
    return world.signIn(user || "lihua", options)
}

// The app's visible texts, for checks that a screen is not blank or half translated.
function hasChinese(s) {
    return /[\u4e00-\u9fff]/.test(s)
}
