import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// The outcome of a payment: paid (with the receipt), refused (with the service's reason), or
// not known yet (the same order is sent again; it cannot be charged twice).
ScrollPage {
    id: root

    required property PayController controller
    readonly property string state_: controller.resultState

    Card {
        Layout.fillWidth: true

        Icon {
            Layout.alignment: Qt.AlignHCenter
            name: root.state_ === "paid" ? "check" : root.state_ === "refused" ? "warning" : "info"
            size: Theme.iconSizeHuge
            color: root.state_ === "paid" ? Theme.accent : Theme.errorText
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.result.title"
            horizontalAlignment: Text.AlignHCenter
            text: root.state_ === "paid" ? (root.controller.isTransfer ? qsTr("Transfer sent")
                                                                        : qsTr("Payment successful"))
                : root.state_ === "refused" ? (root.controller.isTransfer ? qsTr("Transfer refused")
                                                                          : qsTr("Payment refused"))
                : qsTr("Waiting for the payment service")
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.result.amount"
            horizontalAlignment: Text.AlignHCenter
            text: root.controller.resultAmountText
            font.pixelSize: Theme.fontSizeHeadline
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.result.payee"
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("to %1").arg(root.controller.resultPayeeName)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.result.transferHint"
            visible: root.controller.isTransfer && root.state_ === "paid"
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("The transfer card is in your chat. %1 can accept it or return it.")
                  .arg(root.controller.resultPayeeName)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
        }
        Banner {
            Layout.fillWidth: true
            objectName: "pay.result.message"
            kind: root.state_ === "paid" ? Banner.Info : Banner.Error
            text: root.controller.resultMessage
            visible: text.length > 0
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingSmall
            Label { text: qsTr("Order"); color: Theme.textSecondary; font.pixelSize: Theme.fontSizeBody }
            Label {
                Layout.fillWidth: true
                text: root.controller.resultOrderId
                font.family: Theme.monospaceFamily
                font.pixelSize: Theme.fontSizeCaption
                color: Theme.textPrimary
                wrapMode: Text.WrapAnywhere
            }
            Label {
                visible: root.controller.resultTransactionId.length > 0
                text: qsTr("Transaction"); color: Theme.textSecondary; font.pixelSize: Theme.fontSizeBody
            }
            Label {
                Layout.fillWidth: true
                visible: root.controller.resultTransactionId.length > 0
                text: root.controller.resultTransactionId
                font.family: Theme.monospaceFamily
                font.pixelSize: Theme.fontSizeCaption
                color: Theme.textPrimary
                wrapMode: Text.WrapAnywhere
            }
            Label {
                visible: root.controller.resultBalanceText.length > 0
                text: qsTr("Balance"); color: Theme.textSecondary; font.pixelSize: Theme.fontSizeBody
            }
            Label {
                visible: root.controller.resultBalanceText.length > 0
                objectName: "pay.result.balance"
                text: root.controller.resultBalanceText
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeBody
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium
            SecondaryButton {
                objectName: "pay.result.retry"
                visible: root.state_ === "unknown" || root.state_ === "sending"
                text: qsTr("Send again")
                accessibleDescription: qsTr("Sends the same order again; it is charged at most once.")
                onClicked: root.controller.retry()
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                objectName: "pay.result.done"
                text: root.controller.isTransfer ? qsTr("Back to the chat") : qsTr("Done")
                onClicked: root.controller.isTransfer ? root.controller.backToChat()
                                                      : root.controller.cancel()
            }
        }
    }
}
