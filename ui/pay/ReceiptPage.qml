import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// One bill in full: amount, counterparty, time, note, order and transaction ids, balance.
ScrollPage {
    id: root

    required property var receipt
    signal done()

    Card {
        Layout.fillWidth: true

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
        PrimaryButton {
            Layout.alignment: Qt.AlignRight
            objectName: "pay.receipt.back"
            text: qsTr("Back to the wallet")
            onClicked: root.done()
        }
    }
}
