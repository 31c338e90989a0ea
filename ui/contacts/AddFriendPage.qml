import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// Add a friend by their address or by pasting the xmpp: link of their QR code, with a
// greeting they see in their "New friends".
ScrollPage {
    id: root

    required property ContactsController controller
    property string error

    signal scanRequested()

    objectName: "contacts.addFriendPage"

    function send() {
        root.error = root.controller.addFriend(address.text, greeting.text, remark.text, tags.text)
        if (root.error.length === 0) {
            address.text = ""
            greeting.text = ""
            remark.text = ""
            tags.text = ""
            root.controller.showPage("newFriends")
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Add friend")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontSizeHeadline
        font.weight: Theme.fontWeightStrong
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Card {
        Layout.fillWidth: true

        FormField {
            id: address

            Layout.fillWidth: true
            label: qsTr("Account or link")
            // Short: at 200 % a longer example is cut off; the hint below names the link.
            placeholderText: qsTr("name@example.org")
            hint: qsTr("Their address, or the xmpp: link from their QR code.")
            error: root.error
            inputObjectName: "contacts.add.address"
            text: root.controller.draftAddress
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhEmailCharactersOnly
            onAccepted: greeting.input.forceActiveFocus()
        }

        FormField {
            id: greeting

            Layout.fillWidth: true
            label: qsTr("Greeting")
            placeholderText: root.controller.displayName.length > 0
                             ? qsTr("I'm %1").arg(root.controller.displayName) : ""
            hint: qsTr("They see it with your request.")
            inputObjectName: "contacts.add.greeting"
            text: root.controller.displayName.length > 0
                  ? qsTr("I'm %1").arg(root.controller.displayName) : ""
        }

        FormField {
            id: remark

            Layout.fillWidth: true
            label: qsTr("Remarks (optional)")
            hint: qsTr("The name you will see for them.")
            inputObjectName: "contacts.add.remark"
            text: root.controller.draftRemark
        }

        FormField {
            id: tags

            Layout.fillWidth: true
            label: qsTr("Tags (optional)")
            hint: qsTr("Separate tags with commas.")
            inputObjectName: "contacts.add.tags"
        }

        PrimaryButton {
            objectName: "contacts.add.send"
            Layout.fillWidth: true
            text: qsTr("Send friend request")
            enabled: address.text.trim().length > 0
            onClicked: root.send()
        }
    }

    SecondaryButton {
        objectName: "contacts.add.scan"
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Scan a QR code")
        onClicked: root.scanRequested()
    }

    SecondaryButton {
        objectName: "contacts.add.myQr"
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Show my QR code")
        onClicked: root.controller.showPage("myQr")
    }
}
