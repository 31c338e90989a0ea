// The scenario API (docs/testing.md is the reference). Evaluated before every scenario, on top
// of three objects from C++: __driver (the app's items and input), __world (programs, files)
// and __runner (test blocks, includes). Frames of this file are skipped when a failure names
// the scenario's line.

var ScenarioFailure = class extends Error {
    constructor(message) {
        super(message)
        this.name = "ScenarioFailure"
    }
}

function __show(value) {
    if (value === undefined)
        return "undefined"
    if (typeof value === "string")
        return JSON.stringify(value)
    try {
        const json = JSON.stringify(value)
        return json === undefined ? String(value) : json
    } catch (e) {
        return String(value)
    }
}

function __equal(a, b) {
    if (a === b)
        return true
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false
    return JSON.stringify(a) === JSON.stringify(b)
}

// The scenario's own frame (file, line) of the current call, and that line's source.
function __callerLine() {
    const stack = String(new Error().stack).split("\n")
    for (const frame of stack) {
        const m = /^(?:[^@]*@)?(.*):(\d+)$/.exec(frame.trim())
        if (!m || m[1].indexOf("teahouse-automation-prelude.js") >= 0)
            continue
        const file = decodeURIComponent(m[1].replace(/^file:\/\//, "").replace(/^file:/, ""))
        const line = Number(m[2])
        let source = ""
        try {
            source = __world.readFile(file).split("\n")[line - 1].trim()
        } catch (e) {
            source = ""
        }
        return { file: file.split("/").pop(), line: line, source: source }
    }
    return null
}

function __describeCondition(condition, description) {
    if (description)
        return description
    // Qt 6.4's engine prints no source for functions: name the scenario's line instead.
    const text = String(condition).replace(/\s+/g, " ").trim()
    if (text.indexOf("[native code]") < 0)
        return text
    const caller = __callerLine()
    return caller ? "the condition at " + caller.file + ":" + caller.line + ": " + caller.source
                  : "a condition"
}

// ---------------------------------------------------------------- test blocks and assertions

var __cleanups = []

function __runCleanups() {
    const errors = []
    while (__cleanups.length > 0) {
        const fn = __cleanups.pop()
        try {
            fn()
        } catch (e) {
            errors.push(String(e))
        }
    }
    if (errors.length > 0)
        throw new Error(errors.join("; "))
}

function test(name, body) {
    if (!__runner.beginTest(name))
        return false
    try {
        body()
    } catch (e) {
        __runner.endTest(e)
        return false
    }
    __runner.endTest()
    return true
}

function skip(reason) {
    throw { __skip: true, reason: String(reason || "skipped") }
}

function fail(message) {
    throw new ScenarioFailure(message || "failed")
}

function verify(condition, message) {
    if (!condition)
        throw new ScenarioFailure((message ? message + ": " : "")
                                  + "expected a true value, found " + __show(condition))
}

function compare(actual, expected, message) {
    if (!__equal(actual, expected))
        throw new ScenarioFailure((message ? message + ": " : "") + "expected "
                                  + __show(expected) + ", found " + __show(actual))
}

function contains(haystack, needle, message) {
    if (String(haystack).indexOf(needle) < 0)
        throw new ScenarioFailure((message ? message + ": " : "") + "expected text containing "
                                  + __show(needle) + ", found " + __show(haystack))
}

function atExit(fn) {
    __cleanups.push(fn)
}

function include(path) {
    return __runner.include(path)
}

function log(message) {
    __runner.log(String(message))
}

function stopOnFailure(on) {
    __runner.setStopOnFailure(on === undefined ? true : !!on)
}

// ---------------------------------------------------------------- waiting

function sleep(ms) {
    __driver.spin(ms)
}

// Calls condition until it returns a true value (returned) or timeoutMs pass (a failure that
// names what was awaited). A condition that throws counts as false; its last error is shown.
function waitFor(condition, timeoutMs, description) {
    const timeout = timeoutMs === undefined ? __driver.defaultTimeout() : timeoutMs
    const start = Date.now()
    let lastError = null
    for (;;) {
        try {
            const value = condition()
            if (value)
                return value
            lastError = null
        } catch (e) {
            if (e && e.__skip)
                throw e
            lastError = e
        }
        if (Date.now() - start >= timeout)
            break
        __driver.spin(20)
    }
    let message = "timed out after " + timeout + " ms waiting for "
        + __describeCondition(condition, description)
    if (lastError)
        message += " (last error: " + (lastError.message || String(lastError)) + ")"
    throw new ScenarioFailure(message)
}

function waitForItem(path, timeoutMs) {
    try {
        return waitFor(() => __driver.isShown(path), timeoutMs,
                       "item " + __show(path) + " to be shown")
    } catch (e) {
        const why = __driver.whyMissing(path)
        if (why)
            e.message += "; " + why
        throw e
    }
}

function waitForGone(path, timeoutMs) {
    return waitFor(() => !__driver.isShown(path), timeoutMs, "item " + __show(path) + " to go away")
}

function waitForText(path, expected, timeoutMs) {
    let found
    try {
        return waitFor(() => {
            found = __driver.text(path)
            return expected instanceof RegExp ? expected.test(found) : found === expected
        }, timeoutMs, "the text of " + __show(path) + " to be " + __show(String(expected)))
    } catch (e) {
        if (found !== undefined)
            e.message += "; found " + __show(found)
        throw e
    }
}

// ---------------------------------------------------------------- items and input

function find(path) { return __driver.find(path) }
function findAll(path) { return __driver.findAll(path) }
function exists(path) { return __driver.exists(path) }
function isShown(path) { return __driver.isShown(path) }
function isEnabled(path) { return __driver.isEnabled(path) }
function names(prefix) { return __driver.names(prefix || "") }
function click(path, options) { __driver.click(path, options || {}) }
function doubleClick(path, options) { __driver.doubleClick(path, options || {}) }
function rightClick(path, options) { __driver.rightClick(path, options || {}) }
function hover(path) { __driver.hover(path) }
function dragTo(from, to) { __driver.dragTo(from, to) }
function type(path, text) { __driver.type(path, String(text)) }
function setText(path, text) { __driver.setText(path, String(text)) }
function clear(path) { __driver.setText(path, "") }
function press(keys, path) { __driver.press(keys, path) }
function focus(path) { __driver.focus(path) }
function scroll(path, dy, dx) { __driver.scroll(path, dy || 0, dx || 0) }
function scrollIntoView(path) { __driver.scrollIntoView(path) }
function dropFiles(path, files) {
    return __driver.dropFiles(path, Array.isArray(files) ? files : [files])
}
function text(path) { return __driver.text(path) }
function visibleText(path) { return __driver.visibleText(path) }
function property(path, name) { return __driver.property(path, name) }
function setProperty(path, name, value) { __driver.setProperty(path, name, value) }
function call(path, method) {
    const item = __driver.find(path)
    if (typeof item[method] !== "function")
        throw new ScenarioFailure(__show(path) + " has no method " + __show(method))
    return item[method].apply(item, Array.prototype.slice.call(arguments, 2))
}
function screenshot(name) { return __driver.screenshot(name || "screenshot") }

function expectText(path, expected, message) {
    compare(__driver.text(path), expected, message || "the text of " + __show(path))
}

function expectShown(path, message) {
    if (!__driver.isShown(path)) {
        const why = __driver.whyMissing(path)
        throw new ScenarioFailure((message ? message + ": " : "") + "expected " + __show(path)
                                  + " to be shown, found it "
                                  + (why ? "missing (" + why + ")" : "hidden"))
    }
}

// ---------------------------------------------------------------- the app

var app = {
    state: () => __driver.state(),
    goTo: (place) => __driver.goTo(place),
    setLanguage: (language) => __driver.setLanguage(language),
    setCareMode: (on) => __driver.setCareMode(on === undefined ? true : !!on),
    setScale: (percent) => __driver.setScale(percent),
    resize: (width, height) => __driver.resize(width, height),
    setDefaultTimeout: (ms) => __driver.setDefaultTimeout(ms),
    settle: () => __driver.settle(),
    language: () => __driver.activeLanguage(),
    // What the app notified in this run: [{title, body, key}] (a scenario run records them
    // instead of showing desktop notifications), the unread count, a click on one.
    notifications: () => __driver.notifications(),
    unreadCount: () => __driver.unreadCount(),
    activateNotification(key) {
        if (!__driver.activateNotification(String(key)))
            throw new ScenarioFailure("no recording notifier in this run")
    },
    waitForNotification(match, timeoutMs) {
        const test = (n) => {
            const shown = n.title + "\n" + n.body
            return match instanceof RegExp ? match.test(shown) : shown.indexOf(match) >= 0
        }
        return waitFor(() => __driver.notifications().find(test), timeoutMs,
                       "a notification matching " + __show(String(match)))
    },
    get session() { return __driver.session() },
    get preferences() { return __driver.preferences() },
    get navigation() { return __driver.navigation() },
    // Navigation's cross-feature calls, when the build has them: openChat(jid),
    // showContact(jid), openUri(uri).
    navigate(method) {
        const nav = __driver.navigation()
        if (typeof nav[method] !== "function")
            throw new ScenarioFailure("Navigation has no " + method + "() in this build")
        __driver.step("navigation." + method + "(" + Array.prototype.slice.call(arguments, 1)
                      .map(__show).join(", ") + ")")
        const result = nav[method].apply(nav, Array.prototype.slice.call(arguments, 1))
        __driver.settle()
        return result
    },
    waitForStage: (stage, timeoutMs) =>
        waitFor(() => __driver.state().stage === stage, timeoutMs, "the " + stage + " stage"),
}

// ---------------------------------------------------------------- the world

// A helper program's output, line by line: waitForLine(/ready/) and the like.
var Process = class Process {
    constructor(handle, name) {
        this.handle = handle
        this.name = name
        this.consumed = 0
    }
    get running() { return this.handle.running }
    get exitCode() { return this.handle.exitCode }
    lines() { return this.handle.lines() }
    errorOutput() { return this.handle.errorOutput() }
    write(line) { this.handle.write(line) }
    stop(timeoutMs) { this.handle.stop(timeoutMs === undefined ? 3000 : timeoutMs) }
    // The next line (after the ones already taken) matching pattern (RegExp or substring).
    waitForLine(pattern, timeoutMs, description) {
        const matches = (line) => pattern instanceof RegExp ? pattern.test(line)
                                                            : line.indexOf(pattern) >= 0
        try {
            return waitFor(() => {
                const lines = this.handle.lines()
                for (let i = this.consumed; i < lines.length; ++i) {
                    if (matches(lines[i])) {
                        this.consumed = i + 1
                        return lines[i]
                    }
                }
                if (!this.handle.running)
                    throw new Error(this.name + " ended (exit " + this.handle.exitCode + ")")
                return null
            }, timeoutMs === undefined ? 15000 : timeoutMs,
            description || this.name + " to print " + String(pattern))
        } catch (e) {
            const err = this.handle.errorOutput()
            if (err)
                e.message += "\n" + this.name + " stderr (last lines):\n"
                    + err.split("\n").slice(-15).join("\n")
            throw e
        }
    }
}

// The independent XMPP peer (tests/support/peer.py, python3-slixmpp) as an account that acts:
// world.peer("zhangwei") creates the account, connects it and returns a Peer. Commands are
// peer.py's JSON commands; request() waits for the reply. Features add actions with
// Peer.define("postMoment", function (text) { return this.request({cmd: "...", ...}) })
// next to a new peer.py command — see docs/testing.md.
var Peer = class Peer {
    constructor(process, user, jid, password) {
        this.process = process
        this.user = user
        this.jid = jid
        this.password = password
        this.pending = []   // parsed events not consumed yet
        this.seen = 0       // output lines parsed so far
        this.nextTag = 1
    }
    static define(name, fn) {
        if (Peer.prototype[name] !== undefined && !Peer.prototype[name].__defined)
            throw new Error("Peer." + name + " is built in; choose another name")
        fn.__defined = true
        Peer.prototype[name] = fn
    }
    __poll() {
        const lines = this.process.lines()
        for (; this.seen < lines.length; ++this.seen) {
            try {
                this.pending.push(JSON.parse(lines[this.seen]))
            } catch (e) {
                // peer.py prints only JSON; anything else is noise from a library
            }
        }
    }
    command(command) {
        this.process.write(JSON.stringify(command))
    }
    // Sends command with a fresh tag and returns the reply ("done", "roster", "iq_result");
    // an "error" reply fails the scenario.
    request(command, timeoutMs) {
        const tag = "s" + this.nextTag++
        const tagged = Object.assign({}, command, { tag: tag })
        this.command(tagged)
        const reply = this.waitForEvent((e) => e.tag === tag, timeoutMs,
                                        this.user + " to answer " + __show(command.cmd))
        if (reply.event === "error")
            throw new ScenarioFailure(this.user + ": " + command.cmd + " failed: " + reply.message
                                      + (reply.xml ? " " + reply.xml : ""))
        return reply
    }
    // The first unconsumed event matching match (a function, or an object whose fields must
    // all be equal; a RegExp field is tested), consumed and returned.
    waitForEvent(match, timeoutMs, description) {
        const test = typeof match === "function" ? match : (e) => {
            for (const key in match) {
                const want = match[key]
                const got = e[key]
                if (want instanceof RegExp ? !want.test(String(got)) : got !== want)
                    return false
            }
            return true
        }
        return waitFor(() => {
            this.__poll()
            for (let i = 0; i < this.pending.length; ++i) {
                if (test(this.pending[i]))
                    return this.pending.splice(i, 1)[0]
            }
            if (!this.process.running)
                throw new Error(this.user + "'s peer process ended")
            return null
        }, timeoutMs === undefined ? 15000 : timeoutMs,
        description || this.user + " to see " + __show(match))
    }
    events() {
        this.__poll()
        return this.pending.slice()
    }
    sendMessage(to, body, type) {
        __driver.step(this.user + " sends " + __show(body) + " to " + to)
        return this.request({ cmd: "message", to: String(to), body: String(body),
                              type: type || "chat" })
    }
    // A message whose body matches (string or RegExp), from a bare or full JID starting with
    // from when given.
    waitForMessage(body, from, timeoutMs) {
        return this.waitForEvent((e) => e.event === "message" && e.body !== null
                                 && e.body !== undefined
                                 && (body instanceof RegExp ? body.test(e.body) : e.body === body)
                                 && (!from || String(e.from).indexOf(from) === 0),
                                 timeoutMs, this.user + " to receive " + __show(String(body)))
    }
    presence(to, type, extra) {
        return this.request(Object.assign({ cmd: "presence", to: String(to), type: type },
                                          extra || {}))
    }
    roster() {
        return this.request({ cmd: "roster" }).items
    }
    setAutoAccept(on) {
        return this.request({ cmd: "auto_accept", value: !!on })
    }
    quit() {
        this.command({ cmd: "quit" })
        this.process.stop(3000)
    }
}

var world = {
    server: null,
    me: null,

    get sourceDir() { return __world.sourceDir() },
    tempDir: () => __world.tempDir(),
    readFile: (path) => __world.readFile(path),
    writeFile: (path, text) => __world.writeFile(path, String(text)),
    fileExists: (path) => __world.fileExists(path),
    // text drawn as a QR code into a PNG (the app's own writer, as "My QR code" draws):
    // something to scan from a file. Returns the file's path (a new temp file without path).
    writeQrCode(text, path) {
        return __world.writeQrCode(String(text), path || __world.tempDir() + "/code.png", 300)
    },
    // A file under tests/fixtures.
    fixture(path) {
        return this.__source("tests/fixtures/" + path)
    },
    __source(relative) {
        const root = __world.sourceDir()
        if (!root)
            throw new ScenarioFailure("the Teahouse source tree was not found above the "
                                      + "scenario; set TEAHOUSE_SOURCE_DIR")
        return root + "/" + relative
    },
    // Runs a program to its end: {exitCode, stdout, stderr, timedOut}.
    run(program, args, timeoutMs, input) {
        return __world.run(program, args || [], timeoutMs || 60000, input || "")
    },
    // Starts a program in the background (stopped at the end): a Process.
    start(program, args, options) {
        const handle = __world.start(program, args || [], options || {})
        const process = new Process(handle, program.split("/").pop())
        atExit(() => process.stop(2000))
        return process
    },

    // The local Prosody (scripts/server) in a throw-away directory, stopped at the end.
    // options: {domain, admins: ["user"], sasl: "all"}. Returns scripts/server's JSON:
    // {domain, host, ports: {c2s, …}, ca, fingerprint_sha256, components, …}.
    startServer(options) {
        if (this.server)
            return this.server
        options = options || {}
        const script = this.__source("scripts/server")
        const dir = __world.tempDir()
        const args = ["start", "--dir", dir, "--json", "--domain", options.domain || "localhost",
                      "--sasl", options.sasl || "all"]
        for (const admin of options.admins || [])
            args.push("--admin", admin)
        __driver.step("start the local server")
        const r = __world.run(script, args, 60000, "")
        if (r.exitCode !== 0)
            throw new ScenarioFailure("scripts/server start failed (exit " + r.exitCode + "): "
                                      + r.stderr)
        const info = JSON.parse(r.stdout)
        info.dir = dir
        info.script = script
        this.server = info
        atExit(() => {
            __world.run(script, ["stop", "--dir", dir], 30000, "")
            this.server = null
        })
        return info
    },
    __requireServer() {
        if (!this.server)
            throw new ScenarioFailure("start the server first: world.startServer()")
        return this.server
    },
    jid(user) {
        return user.indexOf("@") >= 0 ? user : user + "@" + this.__requireServer().domain
    },
    // Creates the account (or resets its password).
    addUser(user, password) {
        const s = this.__requireServer()
        const r = __world.run(s.script, ["adduser", "--dir", s.dir, user, password], 30000, "")
        if (r.exitCode !== 0)
            throw new ScenarioFailure("adding " + user + " failed: " + r.stderr)
        return this.jid(user)
    },
    // An invite link (XEP-0401): for rosterUser, xmpp:user@domain?roster;preauth=…
    invite(rosterUser) {
        const s = this.__requireServer()
        const args = ["invite", "--dir", s.dir]
        if (rosterUser)
            args.push("--roster", rosterUser)
        const r = __world.run(s.script, args, 30000, "")
        if (r.exitCode !== 0)
            throw new ScenarioFailure("invite failed: " + r.stderr)
        return r.stdout.trim()
    },

    // Signs the app in through the sign-in screen: creates the account on the local server,
    // types account, password and server, trusts the server's certificate after checking its
    // fingerprint, and waits for the main window. options: {password, passphrase, create}.
    signIn(user, options) {
        options = options || {}
        const s = this.__requireServer()
        const password = options.password || "teahouse-scenario"
        const jid = this.jid(user)
        if (options.create !== false)
            this.addUser(user.split("@")[0], password)
        this.__answerUnlock(options.passphrase)
        app.waitForStage("SignIn", 15000)
        clear("signin.account")
        type("signin.account", jid)
        clear("signin.password")
        type("signin.password", password)
        clear("signin.server")
        type("signin.server", s.host + ":" + s.ports.c2s)
        click("signin.submit")
        const outcome = waitFor(() => {
            this.__answerUnlock(options.passphrase)
            const st = __driver.state()
            if (st.stage === "Main")
                return "main"
            if (st.sessionError === "CertificateUntrusted")
                return "untrusted"
            if (st.sessionError !== "NoError")
                throw new Error(st.sessionError + ": " + st.sessionErrorDetail)
            return null
        }, 30000, "the sign-in of " + jid + " to finish")
        if (outcome === "untrusted") {
            const shown = String(app.session.certificateFingerprint).toUpperCase()
            compare(shown, String(s.fingerprint_sha256).toUpperCase(),
                    "the certificate fingerprint the sign-in screen shows")
            click("signin.trustCertificate")
        }
        waitFor(() => {
            this.__answerUnlock(options.passphrase)
            const st = __driver.state()
            if (st.sessionError !== "NoError" && st.sessionError !== "CertificateUntrusted")
                throw new Error(st.sessionError + ": " + st.sessionErrorDetail)
            return st.stage === "Main" && st.sessionState === "Online"
        }, 30000, jid + " to be signed in and online")
        this.me = { user: user.split("@")[0], jid: jid, password: password }
        return jid
    },
    // The unlock screen (a store that needs a passphrase) answered with passphrase, once.
    __answerUnlock(passphrase) {
        if (__driver.state().stage !== "Unlock" || !__driver.isShown("unlock.submit"))
            return
        const phrase = passphrase || "teahouse-scenario-passphrase"
        for (const name of ["unlock.passphrase", "unlock.confirm"]) {
            if (__driver.isShown(name)) {
                __driver.setText(name, "")
                __driver.type(name, phrase)
            }
        }
        __driver.click("unlock.submit")
    },

    // Another account that acts: created on the server (password "teahouse-peer" unless
    // given), signed in by the python peer. options: {password, resource, autoAccept}.
    peer(user, options) {
        return this.peers([user], options)[0]
    },
    // Several peers at once (their python processes start side by side): an array of Peers.
    peers(users, options) {
        options = options || {}
        const s = this.__requireServer()
        const password = options.password || "teahouse-peer"
        const started = users.map((user) => {
            const jid = this.addUser(user, password)
            const process = this.start(__world.python(),
                                       [this.__source("tests/support/peer.py")])
            return new Peer(process, user, jid, password)
        })
        for (const peer of started) {
            peer.waitForEvent({ event: "ready" }, 20000, peer.user + "'s peer to start")
            const connect = { cmd: "connect", jid: peer.jid, password: password, host: s.host,
                              port: s.ports.c2s, ca: s.ca, resource: options.resource || "peer" }
            if (options.autoAccept !== undefined)
                connect.auto_accept = !!options.autoAccept
            peer.command(connect)
        }
        for (const peer of started) {
            const signedIn = peer.waitForEvent((e) => ["session_start", "auth_failed",
                                                       "connection_failed"].indexOf(e.event) >= 0,
                                               20000, peer.user + " to sign in")
            if (signedIn.event !== "session_start")
                throw new ScenarioFailure(peer.user + " could not sign in: " + signedIn.event
                                          + " " + (signedIn.reason || ""))
            __driver.step(peer.user + " is online (" + peer.jid + ")")
        }
        return started
    },
    // Mutual presence subscription (friends) between a and b, or a and each of b when b is an
    // array, before or while the app runs: Peers or {user, password} (e.g. world.me), the
    // latter signed in by throw-away peers.
    makeFriends(a, b) {
        this.__requireServer()
        const temp = []
        const peerFor = (x) => {
            if (x instanceof Peer)
                return x
            const p = this.peer(x.user, { password: x.password, resource: "friends",
                                          autoAccept: true })
            temp.push(p)
            return p
        }
        const pa = peerFor(a)
        const others = (Array.isArray(b) ? b : [b]).map(peerFor)
        pa.setAutoAccept(true)
        for (const pb of others) {
            pb.setAutoAccept(true)
            pa.presence(pb.jid, "subscribe")
        }
        for (const pb of others) {
            waitFor(() => {
                const item = pa.roster().find((i) => i.jid === pb.jid)
                return item && item.subscription === "both"
            }, 20000, pa.user + " and " + pb.user + " to be friends (subscription both)")
            __driver.step(pa.user + " and " + pb.user + " are friends")
        }
        for (const p of temp)
            p.quit()
    },

    // The reference provider (tools/provider/teahouse-provider) when it is built; skips the
    // test otherwise. args are its command-line arguments; ready: a line to wait for.
    providerAvailable: () => __world.providerPath() !== "",
    startProvider(args, options) {
        options = options || {}
        const program = __world.providerPath()
        if (!program)
            skip("the provider (tools/provider/teahouse-provider) is not built")
        const process = this.start(program, args || [], { env: options.env || [] })
        if (options.ready)
            process.waitForLine(options.ready, options.timeoutMs || 20000,
                                "the provider to print " + String(options.ready))
        return process
    },
}
