import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// The payment confirmation: who is paid, how much (typed only when the code has no amount),
// the currency and a note; then the PIN pad for this payment. What is shown here is what is
// submitted.
ScrollPage {
    id: root

    required property PayController controller
    readonly property bool askingPin: controller.stage === PayController.Pin
                                      || controller.stage === PayController.Sending

    // A new code or transfer starts with empty fields (not the last payment's amount).
    Connections {
        target: root.controller
        function onPaymentStarted() {
            amountField.text = ""
            noteField.text = root.controller.note
        }
    }

    Card {
        Layout.fillWidth: true
        visible: !root.askingPin

        Label {
            Layout.fillWidth: true
            text: root.controller.sourceText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.confirm.payee"
            text: root.controller.payeeName
            Accessible.name: root.controller.isTransfer ? qsTr("Send money to %1").arg(text)
                                                        : qsTr("Pay to %1").arg(text)
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.confirm.payeeAddress"
            text: root.controller.isTransfer
                  ? root.controller.transferPeer
                  : root.controller.payee + (root.controller.city.length > 0
                                             ? " · " + root.controller.city : "")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.WrapAnywhere
        }

        SectionTitle { text: qsTr("Amount") }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                text: root.controller.currencySymbol.length > 0 ? root.controller.currencySymbol
                                                                : root.controller.currency
                font.pixelSize: Theme.fontSizeHeadline
                color: Theme.textPrimary
            }
            Label {
                objectName: "pay.confirm.amount"
                visible: !root.controller.amountEditable
                text: root.controller.amount
                Accessible.name: qsTr("Amount %1 %2").arg(root.controller.amount)
                                                      .arg(root.controller.currency)
                font.pixelSize: Theme.fontSizeHeadline
                font.weight: Theme.fontWeightStrong
                color: Theme.textPrimary
            }
            TextEntry {
                id: amountField
                objectName: "pay.confirm.amountInput"
                visible: root.controller.amountEditable
                Layout.fillWidth: true
                placeholderText: qsTr("Enter the amount")
                accessibleName: qsTr("Amount in %1").arg(root.controller.currency)
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                font.pixelSize: Theme.fontSizeTitle
                validator: RegularExpressionValidator { regularExpression: /^\d{0,9}([.]\d{0,2})?$/ }
                onAccepted: payButton.clicked()
            }
            Label {
                text: root.controller.currency
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !root.controller.amountEditable
            text: qsTr("The amount is set by the code and cannot be changed.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "pay.confirm.transferHint"
            visible: root.controller.isTransfer
            text: qsTr("%1 gets the money after accepting it in the chat. If it is not accepted, it comes back to you.")
                  .arg(root.controller.payeeName)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.controller.reference.length > 0
            text: qsTr("Bill: %1").arg(root.controller.reference)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        FormField {
            id: noteField
            Layout.fillWidth: true
            label: qsTr("Note (optional)")
            inputObjectName: "pay.confirm.note"
            text: root.controller.note
        }

        Banner {
            Layout.fillWidth: true
            objectName: "pay.confirm.error"
            kind: Banner.Error
            text: root.controller.errorText
            visible: text.length > 0 && !root.askingPin
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium
            SecondaryButton {
                objectName: "pay.confirm.cancel"
                text: qsTr("Cancel")
                onClicked: root.controller.isTransfer ? root.controller.backToChat()
                                                      : root.controller.cancel()
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                id: payButton
                objectName: "pay.confirm.pay"
                text: root.controller.isTransfer ? qsTr("Transfer") : qsTr("Pay")
                enabled: root.controller.online && !root.controller.pinLocked
                onClicked: root.controller.confirm(amountField.text, noteField.text)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !root.controller.online
            text: qsTr("Not connected to your payment service (%1).").arg(root.controller.serviceJid)
            color: Theme.errorText
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.askingPin

        Label {
            Layout.fillWidth: true
            objectName: "pay.pin.summary"
            text: (root.controller.isTransfer ? qsTr("Send %1 to %2") : qsTr("Pay %1 to %2"))
                  .arg(root.controller.confirmedAmountText).arg(root.controller.payeeName)
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        PinPad {
            id: pad
            Layout.fillWidth: true
            focus: root.askingPin
            title: root.controller.stage === PayController.Sending
                   ? (root.controller.isTransfer ? qsTr("Sending…") : qsTr("Paying…"))
                   : qsTr("Enter your payment PIN")
            busy: root.controller.stage === PayController.Sending
            message: root.controller.pinLocked ? root.controller.pinMessage : root.controller.errorText
            onEntered: (pin) => root.controller.submitPin(pin)
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: root.controller.stage === PayController.Sending
            visible: running
        }
        SecondaryButton {
            Layout.alignment: Qt.AlignHCenter
            objectName: "pay.pin.back"
            text: qsTr("Back")
            enabled: root.controller.stage === PayController.Pin
            onClicked: root.controller.backToConfirm()
        }
    }
}
