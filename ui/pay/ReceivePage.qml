import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// My payment code: an xmpp: link naming my account, with an optional amount, that another
// Teahouse user scans to pay me.
ScrollPage {
    id: root

    required property PayController controller
    property string amount: ""
    readonly property string link: controller.receiveLink(amount)

    signal done()

    Card {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: qsTr("Receive money")
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Let the payer scan this code with Teahouse. The money goes to %1.")
                      .arg(root.controller.myAccount())
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
        }
        QrCodeImage {
            objectName: "pay.receive.code"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(root.width * 0.6, Theme.formWidth * 0.7)
            Layout.preferredHeight: Layout.preferredWidth
            text: root.link
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Payment code for %1").arg(root.controller.myAccount())
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            objectName: "pay.receive.amountLabel"
            visible: root.amount.length > 0 && root.link.length > 0
            text: qsTr("Amount: %1").arg(root.amount)
            font.pixelSize: Theme.fontSizeSubtitle
            color: Theme.textPrimary
        }
        FormField {
            id: amountField
            Layout.fillWidth: true
            label: qsTr("Amount (optional)")
            hint: qsTr("Leave empty to let the payer enter it.")
            inputObjectName: "pay.receive.amount"
            error: amountField.text.length > 0 && root.link.length === 0
                   ? qsTr("Enter an amount such as 12.50.") : ""
            onTextChanged: root.amount = text
        }
        Label {
            Layout.fillWidth: true
            text: root.link
            font.family: Theme.monospaceFamily
            font.pixelSize: Theme.fontSizeCaption
            color: Theme.textSecondary
            wrapMode: Text.WrapAnywhere
        }
        PrimaryButton {
            Layout.alignment: Qt.AlignRight
            objectName: "pay.receive.done"
            text: qsTr("Done")
            onClicked: root.done()
        }
    }
}
