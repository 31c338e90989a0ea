import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// A money transfer in a chat, as a card: amount, note, state; the receiver accepts or returns
// it. The chat gives the transfer id (from the message's <transfer/>) and the pay controller.
Rectangle {
    id: root

    required property var controller // features.pay
    required property string transferId
    property int revision: 0
    readonly property var current: { revision; return controller ? controller.transfer(transferId) : ({}) }
    readonly property bool incoming: current.incoming === true
    readonly property string state_: current.state || ""

    implicitWidth: Theme.formWidth * 0.6
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radiusMedium
    color: state_ === "offered" ? "#f59a23" : "#f7c98b"

    Connections {
        target: root.controller
        function onTransfersChanged() { root.revision++ }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingSmall

        Label {
            objectName: "pay.transfer.amount"
            text: root.current.amountText || ""
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: "white"
        }
        Label {
            Layout.fillWidth: true
            text: root.current.note || (root.incoming ? qsTr("Transfer to you") : qsTr("Transfer"))
            color: "white"
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
        }
        Label {
            text: root.state_ === "accepted" ? qsTr("Accepted")
                : root.state_ === "returned" ? qsTr("Returned")
                : root.incoming ? qsTr("Waiting for you to accept") : qsTr("Waiting for the friend to accept")
            color: "white"
            font.pixelSize: Theme.fontSizeCaption
        }
        RowLayout {
            visible: root.incoming && root.state_ === "offered"
            spacing: Theme.spacingSmall
            PrimaryButton {
                objectName: "pay.transfer.accept"
                text: qsTr("Accept")
                onClicked: root.controller.acceptTransfer(root.transferId)
            }
            SecondaryButton {
                objectName: "pay.transfer.return"
                text: qsTr("Return")
                onClicked: root.controller.returnTransfer(root.transferId)
            }
        }
    }
}
