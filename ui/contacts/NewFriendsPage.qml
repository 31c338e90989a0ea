import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// "New friends": who asked to be friends (with their greeting), accept or decline; our own
// requests and what became of them.
ColumnLayout {
    id: root

    required property ContactsController controller

    objectName: "contacts.newFriendsPage"
    spacing: 0

    PaneHeader {
        Layout.fillWidth: true
        title: qsTr("New friends")
    }

    ListView {
        id: list

        objectName: "contacts.requests"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.controller.requests
        spacing: Theme.spacingSmall
        topMargin: Theme.spacingLarge
        bottomMargin: Theme.spacingLarge
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Friend requests")
        ScrollBar.vertical: ScrollBar {}

        EmptyState {
            anchors.fill: parent
            visible: list.count === 0
            iconName: "person"
            title: qsTr("No friend requests")
            body: qsTr("When someone asks to be your friend, their request appears here.")
            actionText: qsTr("Add friend")
            actionObjectName: "contacts.requests.add"
            onActionClicked: root.controller.showPage("addFriend")
        }

        delegate: Rectangle {
            id: card

            required property string jid
            required property string name
            required property string greeting
            required property bool incoming
            required property string state
            required property string avatar

            objectName: "contacts.request." + jid
            x: Math.max(Theme.spacingLarge, (list.width - width) / 2)
            width: Math.min(Theme.contentMaxWidth, list.width - 2 * Theme.spacingLarge)
            implicitHeight: content.implicitHeight + 2 * Theme.spacingLarge
            radius: Theme.radiusLarge
            color: Theme.cardBackground
            border.width: Theme.borderWidth
            border.color: Theme.separator
            Accessible.role: Accessible.ListItem
            Accessible.name: card.incoming ? qsTr("%1 asks to be your friend").arg(card.name)
                                           : qsTr("You asked %1").arg(card.name)

            RowLayout {
                id: content

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacingMedium

                ContactAvatar {
                    Layout.alignment: Qt.AlignTop
                    name: card.name
                    source: card.avatar
                    size: Theme.avatarSizeList
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingTiny

                    Label {
                        Layout.fillWidth: true
                        text: card.name
                        color: Theme.textPrimary
                        font.weight: Theme.fontWeightStrong
                        elide: Text.ElideRight
                    }

                    Label {
                        Layout.fillWidth: true
                        text: card.jid
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        elide: Text.ElideMiddle
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingTiny

                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: card.greeting.length > 0
                                  ? (card.incoming ? qsTr("“%1”").arg(card.greeting)
                                                   : qsTr("You wrote: “%1”").arg(card.greeting))
                                  : (card.incoming ? "" : qsTr("You sent a friend request."))
                            color: Theme.textPrimary
                            wrapMode: Text.Wrap
                        }

                        // A greeting is a message from a stranger: read it aloud like one.
                        SpeakButton {
                            objectName: "contacts.request.speak." + card.jid
                            Layout.alignment: Qt.AlignTop
                            visible: ReadAloud.available && card.incoming
                                     && card.greeting.length > 0
                            speechText: card.greeting
                            accessibleName: qsTr("Read the greeting of %1 aloud").arg(card.name)
                        }
                    }

                    // Under the words rather than beside them: at 200 % a column of buttons
                    // next to the greeting left each only a few letters wide.
                    Flow {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingSmall
                        spacing: Theme.spacingSmall
                        visible: card.incoming && card.state === "pending"

                        PrimaryButton {
                            objectName: "contacts.request.accept." + card.jid
                            text: qsTr("Accept")
                            onClicked: root.controller.accept(card.jid)
                        }

                        SecondaryButton {
                            objectName: "contacts.request.decline." + card.jid
                            text: qsTr("Decline")
                            onClicked: root.controller.decline(card.jid)
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: !(card.incoming && card.state === "pending")
                        text: card.state === "accepted" ? qsTr("Added")
                            : card.state === "declined" ? (card.incoming ? qsTr("Declined")
                                                                         : qsTr("Not accepted"))
                            : qsTr("Waiting")
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }
            }

            TapHandler {
                enabled: card.state === "accepted"
                onTapped: root.controller.showContact(card.jid)
            }
        }
    }
}
