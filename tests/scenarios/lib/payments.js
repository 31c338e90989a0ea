// The payment world (include("lib/payments.js")): the reference provider
// (tools/provider/teahouse-provider) running the payment service pay@domain with its own
// ledger and merchant accounts, and the merchants' QR codes written as PNG files by the
// provider (--write-codes), ready to be scanned from a file.

// options: {balances: {lihua: "200.00"}, merchants: ["cafe"] (of the provider's demo merchants
// cafe, bus, utility)}. Starts after world.startServer(); skips the test when the provider is
// not built. Returns {process, codesDir, codes (codes.json: [{merchant, name, kind, file,
// text}]), code(key, kind = "dynamic") → the PNG's path, jid}.
world.startPayments = function (options) {
    options = options || {}
    const s = this.__requireServer()
    if (!this.providerAvailable())
        skip("the provider (tools/provider/teahouse-provider) is not built")
    const password = "teahouse-provider"
    const merchants = options.merchants || ["cafe"]
    const accounts = [["pay", "payment"]].concat(merchants.map((m) => [m, "merchant"]))
    const codesDir = this.tempDir()
    const args = ["--server", s.host + ":" + s.ports.c2s, "--ca", s.ca,
                  "--data", this.tempDir(), "--write-codes", codesDir]
    for (const [user, module] of accounts) {
        this.addUser(user, password)
        args.push("--account", this.jid(user) + ":" + password + ":" + module)
    }
    const balances = options.balances || {}
    for (const user in balances)
        args.push("--balance", this.jid(user) + "=" + balances[user])
    __driver.step("start the payment service and " + merchants.join(", "))
    const process = this.startProvider(args)
    // Every account signs in ("online <jid>", in any order).
    const jids = accounts.map(([user]) => this.jid(user))
    waitFor(() => {
        if (!process.running)
            throw new Error("the provider ended (exit " + process.exitCode + "): "
                            + process.errorOutput())
        const lines = process.lines()
        return jids.every((jid) => lines.indexOf("online " + jid) >= 0)
    }, 30000, "the provider's accounts to be online: " + jids.join(", "))
    const codes = JSON.parse(this.readFile(codesDir + "/codes.json"))
    return {
        process: process,
        codesDir: codesDir,
        codes: codes,
        jid: this.jid("pay"),
        code(key, kind) {
            const file = codesDir + "/" + key + "-" + (kind || "dynamic") + ".png"
            if (!world.fileExists(file))
                throw new ScenarioFailure("the provider wrote no code " + file)
            return file
        },
    }
}
