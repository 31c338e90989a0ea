// Scan a merchant's code and pay, end to end: the reference provider runs the payment service
// (its own ledger, ¥200.00 for lihua) and the merchant 茶馆咖啡 (Teahouse Cafe), and writes the
// cafe's EMVCo code (a bill of ¥18.00) as a picture. The wallet shows the balance; a PIN is set
// on the pad; Scan to pay; the picture dropped on the scanner is read and offers "Pay"; the
// confirmation page shows the payee and amount of the code; a wrong PIN is refused without
// paying; the right one pays; the result, the balance (¥182.00) and the bill list follow. The
// cafe's static code asks for the amount: none is refused, ¥3.50 typed is paid.
include("lib/session.js")
include("lib/payments.js")
stopOnFailure()

const pin = "135790"
let payments

// The wallet's bills, newest first: their visible texts.
function bills() {
    const out = []
    for (let i = 0; exists("wallet.bill." + i); ++i)
        out.push(visibleText("wallet.bill." + i))
    return out
}

function typePin(prefix, digits) {
    for (const d of digits)
        click(prefix + ".key" + d)
}

test("the payment service runs; the wallet shows the balance", function () {
    world.startServer()
    payments = world.startPayments({ balances: { lihua: "200.00" }, merchants: ["cafe"] })
    const cafe = payments.codes.find((c) => c.merchant === world.jid("cafe")
                                     && c.kind === "dynamic")
    verify(cafe, "the provider wrote the cafe's dynamic code")
    signedIn()
    click("rail.wallet")
    waitForItem("wallet.view")
    // The balance comes from the service after sign-in.
    waitForText("wallet.balance", "¥200.00", 15000)
    expectShown("wallet.pinMissing")
    // The service's top-up is the only bill so far.
    waitFor(() => bills().length === 1, 10000, "one bill (the top-up)")
    contains(bills()[0], "200.00", "the top-up bill")
    screenshot("wallet-before")
})

test("a payment PIN set on the pad (typed twice)", function () {
    click("wallet.pin")
    typePin("pay.setpin", pin)
    typePin("pay.setpin", pin)
    waitForGone("wallet.pinMissing", 10000)
    waitForItem("wallet.balance")
    verify(property("wallet.view", "controller").pinSet, "the PIN is set")
})

test("Scan to pay reads the cafe's code from a picture", function () {
    click("wallet.scanToPay")
    waitFor(() => app.state().section === "Discover" && app.state().discoverPage === "Scan",
            3000, "the scanner")
    waitForItem("scan.page")
    verify(dropFiles("scan.page", [payments.code("cafe", "dynamic")]),
           "the scanner accepts the dropped picture")
    waitForItem("scan.resultPage", 10000)
    contains(visibleText("scan.resultPage"), "Teahouse Cafe", "the merchant on the result")
    waitForText("scan.act", "Pay")
    screenshot("scan-result")
})

test("the confirmation shows the code's payee and amount", function () {
    click("scan.act")
    waitFor(() => app.state().section === "Wallet", 5000, "the wallet's confirmation page")
    waitForItem("pay.confirm.payee")
    expectText("pay.confirm.payee", "茶馆咖啡 (Teahouse Cafe)")
    expectText("pay.confirm.amount", "18.00")
    contains(text("pay.confirm.payeeAddress"), world.jid("cafe"))
    verify(!isShown("pay.confirm.amountInput"), "the code fixes the amount: no field to change it")
    screenshot("pay-confirm")
    click("pay.confirm.pay")
    waitForItem("pay.pin.summary")
    contains(visibleText("pay.pin.summary"), "18.00")
})

test("a wrong PIN pays nothing", function () {
    typePin("pay.pin", "000001")
    waitFor(() => /wrong|tries/i.test(text("pay.pin.message")), 10000,
            "the wrong-PIN message")
    expectShown("pay.pin.summary")
    screenshot("pay-wrong-pin")
})

test("the right PIN pays: result, balance and bill", function () {
    typePin("pay.pin", pin)
    waitForItem("pay.result.amount", 15000)
    expectText("pay.result.amount", "¥18.00")
    contains(text("pay.result.payee"), "Teahouse Cafe")
    screenshot("pay-result")
    click("pay.result.done")
    waitForItem("wallet.balance")
    // The ledger moved exactly the amount confirmed, once (the wrong PIN paid nothing): the
    // balance is read back from the service.
    waitForText("wallet.balance", "¥182.00", 15000)
    // A new bill on top: the cafe, ¥18.00; the top-up below it.
    waitFor(() => bills().length === 2, 10000, "a second bill")
    const list = bills()
    contains(list[0], "Teahouse Cafe", "the newest bill's payee")
    contains(list[0], "-¥18.00", "the newest bill's amount")
    contains(list[1], "200.00", "the top-up below")
    screenshot("wallet-after")
})

test("a static code: the amount is typed, then paid", function () {
    click("wallet.scanToPay")
    waitForItem("scan.page")
    // The scanner still shows the last result: start again.
    if (isShown("scan.again"))
        click("scan.again")
    verify(dropFiles("scan.page", [payments.code("cafe", "static")]),
           "the scanner accepts the dropped picture")
    waitForText("scan.act", "Pay", 10000)
    click("scan.act")
    waitForItem("pay.confirm.amountInput")
    // Pay without an amount says what is missing and asks for no PIN.
    click("pay.confirm.pay")
    waitForItem("pay.confirm.error")
    verify(!isShown("pay.pin.summary"), "no PIN pad without an amount")
    screenshot("pay-no-amount")
    type("pay.confirm.amountInput", "3.5x0")   // the x is refused by the field
    expectText("pay.confirm.amountInput", "3.50")
    click("pay.confirm.pay")
    waitForItem("pay.pin.summary")
    contains(visibleText("pay.pin.summary"), "3.50")
    typePin("pay.pin", pin)
    waitForItem("pay.result.amount", 15000)
    expectText("pay.result.amount", "¥3.50")
    click("pay.result.done")
    waitForText("wallet.balance", "¥178.50", 15000)
    waitFor(() => bills().length === 3, 10000, "a third bill")
    contains(bills()[0], "-¥3.50", "the newest bill")
})
