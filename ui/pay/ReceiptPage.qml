import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// One bill in full: amount, counterparty, time, note, order and transaction ids, balance;
// and its refund: a payment I made can be refunded on request (the refund screen asks for a
// reason), a payment I received can be refunded by me; the refund's state shows here.
ScrollPage {
    id: root

    required property var receipt
    property PayController controller: null
    signal done()

    property int revision: 0
    readonly property string transactionId: receipt.transactionId || ""
    readonly property var refund: {
        revision
        return controller && transactionId.length > 0 ? controller.refundState(transactionId) : ({})
    }
    readonly property string refundState: refund.state || ""
    readonly property bool canAsk: receipt.kind === "payment" && refundState !== "refunded"
                                   && refundState !== "requested"
    readonly property bool canRefund: receipt.kind === "income" && refundState !== "refunded"
    property bool asking: false
    property bool busy: false
    property string refundError

    onTransactionIdChanged: {
        asking = false
        busy = false
        refundError = ""
    }

    Connections {
        target: root.controller
        function onRefundsChanged() { root.revision++ }
        function onRefundDone(transactionId, ok, message) {
            if (transactionId !== root.transactionId)
                return
            root.busy = false
            root.refundError = ok ? "" : message
            if (ok)
                root.asking = false
            root.revision++
        }
    }

    // The refund screen: which payment, why, then the request goes to the payment service.
    Card {
        Layout.fillWidth: true
        visible: root.asking

        Label {
            Layout.fillWidth: true
            objectName: "pay.refund.title"
            text: qsTr("Request a refund")
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.refund.summary"
            text: qsTr("%1 paid to %2 on %3").arg((root.receipt.amountText || "").replace(/^-/, ""))
                  .arg(root.receipt.counterpartyName || "").arg(root.receipt.timeText || "")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("The payee is asked to return the whole amount to your balance. Shops of your payment service refund at once; others decide themselves.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }
        FormField {
            id: reason
            Layout.fillWidth: true
            label: qsTr("Reason (optional)")
            placeholderText: qsTr("For example: the order was cancelled")
            inputObjectName: "pay.refund.reason"
        }
        Banner {
            Layout.fillWidth: true
            objectName: "pay.refund.error"
            kind: Banner.Error
            text: root.refundError
            visible: text.length > 0
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium
            SecondaryButton {
                objectName: "pay.refund.cancel"
                text: qsTr("Cancel")
                enabled: !root.busy
                onClicked: {
                    root.asking = false
                    root.refundError = ""
                }
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: root.busy
                visible: running
                implicitHeight: Theme.controlHeight
                implicitWidth: Theme.controlHeight
            }
            PrimaryButton {
                objectName: "pay.refund.send"
                text: qsTr("Send the request")
                enabled: !root.busy && root.controller !== null && root.controller.online
                onClicked: {
                    root.busy = true
                    root.refundError = ""
                    root.controller.requestRefund(root.transactionId, reason.text)
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: !root.asking

        Label {
            Layout.fillWidth: true
            text: root.receipt.kindText || ""
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.receipt.amount"
            text: root.receipt.amountText || ""
            font.pixelSize: Theme.fontSizeHeadline
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            horizontalAlignment: Text.AlignHCenter
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingMedium
            Repeater {
                model: [
                    [qsTr("With"), (root.receipt.counterpartyName || "") + "\n" + (root.receipt.counterparty || "")],
                    [qsTr("Time"), root.receipt.timeText || ""],
                    [qsTr("Note"), root.receipt.note || ""],
                    [qsTr("Order"), root.receipt.orderId || ""],
                    [qsTr("Transaction"), root.receipt.transactionId || ""],
                    [qsTr("Balance after"), root.receipt.balanceText || ""]
                ]
                delegate: RowLayout {
                    required property var modelData
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    visible: modelData[1].trim().length > 0
                    spacing: Theme.spacingLarge
                    Label {
                        Layout.preferredWidth: Theme.formWidth * 0.3
                        text: modelData[0]
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData[1]
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontSizeBody
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }
        }
        Banner {
            Layout.fillWidth: true
            objectName: "pay.receipt.refundState"
            visible: root.refundState.length > 0
            kind: root.refundState === "refused" ? Banner.Error : Banner.Info
            text: root.refundState === "refunded"
                  ? (root.receipt.kind === "income" ? qsTr("You refunded this payment.")
                                                    : qsTr("Refunded: the money is back in your balance."))
                  : root.refundState === "requested"
                  ? qsTr("Refund requested on %1. You get the money back when the payee refunds it.")
                    .arg(root.refund.timeText || "")
                  : qsTr("Refund refused: %1").arg(root.refund.message || "")
        }
        Banner {
            Layout.fillWidth: true
            objectName: "pay.receipt.refundError"
            kind: Banner.Error
            text: root.refundError
            visible: text.length > 0 && !root.asking
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium
            layoutDirection: Qt.RightToLeft

            PrimaryButton {
                objectName: "pay.receipt.back"
                text: qsTr("Back to the wallet")
                onClicked: root.done()
            }
            SecondaryButton {
                objectName: "pay.receipt.refund"
                visible: root.canAsk && root.controller !== null
                text: root.refundState === "refused" ? qsTr("Ask again for a refund")
                                                     : qsTr("Request a refund")
                onClicked: {
                    root.refundError = ""
                    root.asking = true
                }
            }
            SecondaryButton {
                objectName: "pay.receipt.refundIncome"
                visible: root.canRefund && root.controller !== null
                text: qsTr("Refund this payment")
                enabled: !root.busy && root.controller.online
                onClicked: {
                    root.busy = true
                    root.refundError = ""
                    root.controller.refundPayment(root.transactionId)
                }
            }
        }
    }
}
