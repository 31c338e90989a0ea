import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// Contacts with the contacts feature: the list column and, on the right, the page the
// controller has open (a contact's card, new friends, add friend, tags, group chats, me).
// What leaves this feature (a chat, Moments, the scanner) goes out through the signals.
RowLayout {
    id: root

    required property ContactsController controller
    // features.chat when it exists (its conversations list the group chats).
    property var chat: null
    // Shown under the search field (the shell's connection line).
    property Component bannerComponent: null

    signal openChat(string jid)
    signal openMoments(string jid)
    signal scanRequested()

    spacing: 0

    ContactListPane {
        id: listPane

        Layout.fillHeight: true
        Layout.preferredWidth: Theme.listColumnWidth
        controller: root.controller
        bannerComponent: root.bannerComponent
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.contentBackground

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            Banner {
                objectName: "contacts.message"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingMedium
                visible: root.controller.message.length > 0
                text: root.controller.message

                SecondaryButton {
                    objectName: "contacts.message.dismiss"
                    text: qsTr("OK")
                    onClicked: root.controller.clearMessage()
                }
            }

            Loader {
                id: pageLoader

                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: {
                    // My profile and my code need the account (its address, its picture).
                    if (!root.controller.ready
                            && (root.controller.page === "me" || root.controller.page === "myQr"))
                        return notReadyPage
                    switch (root.controller.page) {
                    case "contact": return contactPage
                    case "newFriends": return newFriendsPage
                    case "addFriend": return addFriendPage
                    case "tags": return tagsPage
                    case "groups": return groupsPage
                    case "me": return mePage
                    case "myQr": return myQrPage
                    default: return emptyPage
                    }
                }
            }
        }
    }

    Component {
        id: emptyPage

        EmptyState {
            objectName: "contacts.empty"
            iconName: "contacts"
            title: root.controller.contacts.totalCount === 0 ? qsTr("No contacts yet")
                                                             : qsTr("Choose a contact")
            body: root.controller.contacts.totalCount === 0
                  ? qsTr("People you add appear here. Add a friend by their address or by scanning their QR code.")
                  : qsTr("Their card shows how to reach them.")
            actionText: qsTr("Add friend")
            actionObjectName: "contacts.empty.add"
            onActionClicked: root.controller.showPage("addFriend")
        }
    }

    Component {
        id: notReadyPage

        EmptyState {
            objectName: "contacts.notReady"
            iconName: "person"
            title: qsTr("Not signed in")
            body: qsTr("Sign in to see your profile and your QR code.")
        }
    }

    Component {
        id: contactPage

        ContactCard {
            controller: root.controller
            onOpenChat: jid => root.openChat(jid)
            onOpenMoments: jid => root.openMoments(jid)
        }
    }

    Component {
        id: newFriendsPage

        NewFriendsPage {
            controller: root.controller
        }
    }

    Component {
        id: addFriendPage

        AddFriendPage {
            controller: root.controller
            onScanRequested: root.scanRequested()
        }
    }

    Component {
        id: tagsPage

        TagsPage {
            controller: root.controller
        }
    }

    Component {
        id: groupsPage

        GroupsPage {
            chat: root.chat
            onOpenChat: jid => root.openChat(jid)
        }
    }

    Component {
        id: mePage

        MyProfilePage {
            controller: root.controller
        }
    }

    Component {
        id: myQrPage

        MyQrPage {
            controller: root.controller
        }
    }
}
