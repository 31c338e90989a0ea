#pragma once

#include "base/Jid.h"
#include "base/Result.h"

#include <QString>
#include <QStringView>

namespace teahouse::pay {

// The names shared by Teahouse clients and payment services: the namespace, the XEP-0050
// command nodes a payment service offers, the data form fields, and the payment link
// ("xmpp:cafe@example.org?command;node=urn:teahouse:pay:0;amount=12.00") that names an account
// to pay. Any provider that answers these commands can be a Teahouse payment service.
namespace protocol {

inline constexpr QStringView kNamespace = u"urn:teahouse:pay:0";

// Command nodes on the payment service.
inline constexpr QStringView kPayNode = u"urn:teahouse:pay:0#pay";
inline constexpr QStringView kBalanceNode = u"urn:teahouse:pay:0#balance";
inline constexpr QStringView kStatementNode = u"urn:teahouse:pay:0#statement";
inline constexpr QStringView kTransferNode = u"urn:teahouse:pay:0#transfer";
inline constexpr QStringView kTransferAcceptNode = u"urn:teahouse:pay:0#transfer-accept";
inline constexpr QStringView kTransferReturnNode = u"urn:teahouse:pay:0#transfer-return";
inline constexpr QStringView kRefundNode = u"urn:teahouse:pay:0#refund";
// The payer asks for a refund of one of their payments (transaction-id, note = the reason):
// status "refunded" when the payee refunds at once, else "requested" (the payee is told).
inline constexpr QStringView kRefundRequestNode = u"urn:teahouse:pay:0#refund-request";

// Form fields (FORM_TYPE is kNamespace).
inline constexpr QStringView kAmount = u"amount";
inline constexpr QStringView kCurrency = u"currency";
inline constexpr QStringView kPayee = u"payee";
inline constexpr QStringView kPayeeName = u"payee-name";
inline constexpr QStringView kOrderId = u"order-id";
inline constexpr QStringView kNote = u"note";
inline constexpr QStringView kReference = u"reference";
inline constexpr QStringView kTransactionId = u"transaction-id";
inline constexpr QStringView kTransferId = u"transfer-id";
inline constexpr QStringView kStatus = u"status";
inline constexpr QStringView kBalance = u"balance";
inline constexpr QStringView kTime = u"time";
inline constexpr QStringView kDuplicate = u"duplicate";
// The payment a refund returns (statement rows, refund answers).
inline constexpr QStringView kRefundOf = u"refund-of";

// The resource a payment service signs in with, used when the configured service address
// is a bare JID (an iq to a bare account JID is answered by the server, not the service).
inline constexpr QStringView kServiceResource = u"provider";

// EMVCo merchant account template GUID (tags 26–51, sub-tag 00) naming a Teahouse payee;
// sub-tag 01 is the payee's XMPP address.
inline constexpr QStringView kEmvcoGuid = u"org.teahouse.pay";

// "xmpp:JID" for XMPP accounts; other schemes ("iban:…", "emvco:GUID:ACCOUNT") name accounts a
// service may or may not know.
[[nodiscard]] QString xmppPayee(const Jid &jid);
// The JID of an "xmpp:" payee, or an invalid Jid.
[[nodiscard]] Jid payeeJid(QStringView payee);

// The full JID to send commands to for a configured service address.
[[nodiscard]] Jid serviceAddress(const Jid &configured);

// A payment link naming `payee`; amount, note and reference are optional.
[[nodiscard]] QString paymentLink(const Jid &payee, const QString &amount = {},
                                  const QString &currency = QStringLiteral("CNY"),
                                  const QString &note = {}, const QString &reference = {},
                                  const QString &name = {});

} // namespace protocol
} // namespace teahouse::pay
