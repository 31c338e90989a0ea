import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// A money transfer in a chat bubble (the chat's card delegate for <transfer/>, registered by
// the app's PayFeature): amount, note and state. The receiver accepts it or returns it; an
// answer message (accepted / returned) is drawn as a smaller card of the same transfer.
Rectangle {
    id: root

    // Given by the chat's card loader.
    property var context: null // features.pay (PayController)
    property string cardXml
    property bool outgoing: false
    property string senderJid

    property int revision: 0
    readonly property var card: {
        revision
        return context && cardXml.length > 0 ? context.transferCard(cardXml, outgoing, senderJid)
                                             : ({})
    }
    readonly property bool incoming: card.incoming === true
    readonly property string state_: card.state || ""
    readonly property bool answer: (card.messageState || "offered") !== "offered"
    readonly property bool open: state_ === "offered"
    property bool busy: false
    property string error

    objectName: "pay.transfer.card"
    implicitWidth: Math.max(Theme.formWidth * 0.55, column.implicitWidth + 2 * Theme.spacingLarge)
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radiusMedium
    // WeChat's transfer orange, dark enough for white text; faded once answered.
    color: open && !answer ? "#c96a00" : "#9a8468"
    border.width: Theme.careMode ? Theme.borderWidth : 0
    border.color: "#5c3500"
    Accessible.role: Accessible.Grouping
    Accessible.name: title.text + ", " + amount.text + ", " + status.text

    Connections {
        target: root.context
        function onTransfersChanged() { root.revision++ }
        function onTransferDone(transferId, ok, message) {
            if (transferId !== root.card.id)
                return
            root.busy = false
            root.error = ok ? "" : message
            root.revision++
        }
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingSmall

        RowLayout {
            spacing: Theme.spacingMedium
            Layout.fillWidth: true

            Icon {
                Layout.alignment: Qt.AlignTop
                name: root.state_ === "accepted" ? "check" : root.state_ === "returned" ? "info" : "wallet"
                size: Theme.iconSizeLarge
                color: "white"
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingTiny

                Label {
                    id: title

                    Layout.fillWidth: true
                    text: root.answer
                          ? (root.card.messageState === "accepted"
                             ? (root.outgoing ? qsTr("You accepted the transfer") : qsTr("Transfer accepted"))
                             : (root.outgoing ? qsTr("You returned the transfer") : qsTr("Transfer returned")))
                          : (root.card.note || (root.incoming ? qsTr("Transfer to you") : qsTr("Transfer")))
                    color: "white"
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                }
                Label {
                    id: amount

                    objectName: "pay.transfer.amount"
                    text: root.card.amountText || ""
                    visible: text.length > 0
                    font.pixelSize: root.answer ? Theme.fontSizeSubtitle : Theme.fontSizeTitle
                    font.weight: Theme.fontWeightStrong
                    color: "white"
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.borderWidth
            color: "white"
            opacity: 0.5
        }

        Label {
            id: status

            objectName: "pay.transfer.state"
            Layout.fillWidth: true
            text: root.state_ === "accepted" ? qsTr("Accepted")
                : root.state_ === "returned" ? qsTr("Returned to the sender")
                : root.incoming ? qsTr("Waiting for you to accept")
                : qsTr("Waiting for your friend to accept")
            color: "white"
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pay.transfer.error"
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            color: "white"
            font.pixelSize: Theme.fontSizeCaption
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            visible: root.incoming && root.open && !root.answer
            spacing: Theme.spacingSmall

            PrimaryButton {
                objectName: "pay.transfer.accept"
                text: qsTr("Accept")
                enabled: !root.busy && root.context && root.context.online
                onClicked: {
                    root.busy = true
                    root.error = ""
                    root.context.acceptTransfer(root.card.id)
                }
            }
            SecondaryButton {
                objectName: "pay.transfer.return"
                text: qsTr("Return")
                enabled: !root.busy && root.context && root.context.online
                onClicked: {
                    root.busy = true
                    root.error = ""
                    root.context.returnTransfer(root.card.id)
                }
            }
        }
    }
}
