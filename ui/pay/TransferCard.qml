import QtQuick
import QtQuick.Controls
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
    implicitWidth: Theme.formWidth * 0.55
    implicitHeight: column.height + 2 * Theme.spacingLarge
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

    // Positioners, not layouts: wrapped labels and the amount that arrives after the card is
    // drawn change heights, which a Column follows at once.
    Column {
        id: column

        x: Theme.spacingLarge
        y: Theme.spacingLarge
        width: root.width - 2 * Theme.spacingLarge
        spacing: Theme.spacingSmall

        Row {
            width: parent.width
            spacing: Theme.spacingMedium

            Icon {
                id: icon

                name: root.state_ === "accepted" ? "check"
                      : root.state_ === "returned" || root.state_ === "expired" ? "info" : "wallet"
                size: Theme.iconSizeLarge
                color: "white"
            }
            Column {
                width: parent.width - icon.width - parent.spacing
                spacing: Theme.spacingTiny

                Label {
                    id: title

                    width: parent.width
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
                    width: parent.width
                    text: root.card.amountText || ""
                    font.pixelSize: root.answer ? Theme.fontSizeSubtitle : Theme.fontSizeTitle
                    font.weight: Theme.fontWeightStrong
                    color: "white"
                }
            }
        }

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: "white"
            opacity: 0.5
        }

        Label {
            id: status

            objectName: "pay.transfer.state"
            width: parent.width
            text: root.state_ === "accepted" ? qsTr("Accepted")
                : root.state_ === "returned" ? qsTr("Returned to the sender")
                : root.state_ === "expired" ? qsTr("Expired: not accepted in time, the money went back to the sender")
                : root.incoming ? qsTr("Waiting for you to accept")
                : qsTr("Waiting for your friend to accept")
            color: "white"
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pay.transfer.error"
            width: parent.width
            visible: root.error.length > 0
            text: root.error
            color: "white"
            font.pixelSize: Theme.fontSizeCaption
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
        }
        Flow {
            width: parent.width
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
