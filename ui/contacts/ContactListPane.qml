import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// The list column of Contacts: search, the entries (new friends, group chats, tags, add
// friend), then everyone by initial with starred friends first and an A–Z index.
Rectangle {
    id: root

    required property ContactsController controller
    // Extra content under the search field (the shell's connection line).
    property Component bannerComponent: null

    color: Theme.listBackground

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.headerHeight

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingMedium
                anchors.rightMargin: Theme.spacingMedium
                spacing: Theme.spacingSmall

                SearchField {
                    id: search

                    objectName: "contacts.search"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search contacts")
                    onTextChanged: root.controller.contacts.filter = text
                }

                Button {
                    id: addButton
                    objectName: "contacts.add"
                    Layout.preferredWidth: Theme.controlHeight
                    Layout.preferredHeight: Theme.controlHeight
                    padding: 0
                    Accessible.name: qsTr("Add friend")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    contentItem: Icon {
                        name: "plus"
                        size: Theme.iconSize
                        color: Theme.textPrimary
                    }
                    background: Rectangle {
                        radius: Theme.radiusSmall
                        color: addButton.hovered ? Theme.listHover : Theme.searchBackground
                    }
                    onClicked: root.controller.showPage("addFriend")
                }
            }
        }

        Loader {
            id: bannerSlot

            Layout.fillWidth: true
            active: root.bannerComponent !== null
            sourceComponent: root.bannerComponent
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list

                objectName: "contacts.list"
                // The index has its own strip at the right, so it never covers a row.
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.left: parent.left
                anchors.right: indexStrip.visible ? indexStrip.left : parent.right
                clip: true
                model: root.controller.contacts
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Contacts")
                ScrollBar.vertical: ScrollBar {
                }

                // The entries above the names (New friends, …) scroll with the list. A ListView
                // that first lays out an already filled model (the section was hidden while the
                // roster arrived) puts the first name at the top and leaves its header above
                // the view, out of sight: bring it back unless the reader has scrolled.
                property bool readerScrolled: false

                function showTopUnlessScrolled() {
                    if (!readerScrolled && !moving)
                        positionViewAtBeginning()
                }

                onMovementStarted: readerScrolled = true
                onCountChanged: Qt.callLater(showTopUnlessScrolled)
                onHeightChanged: Qt.callLater(showTopUnlessScrolled)

                Connections {
                    target: search

                    function onTextChanged() {
                        list.readerScrolled = false
                        Qt.callLater(list.showTopUnlessScrolled)
                    }
                }

                header: Column {
                    width: list.width
                    onHeightChanged: Qt.callLater(list.showTopUnlessScrolled)

                    ListRow {
                        objectName: "contacts.newFriends"
                        width: parent.width
                        visible: search.text.length === 0
                        text: qsTr("New friends")
                        iconName: "person"
                        tileKey: "contacts"
                        subtitle: root.controller.pendingRequests > 0 ? qsTr("%n waiting for you", "", root.controller.pendingRequests) : ""
                        highlighted: root.controller.page === "newFriends"
                        // Room for the count, so the subtitle wraps before it.
                        rightPadding: Theme.spacingLarge
                                      + (countBadge.visible ? countBadge.width + Theme.spacingSmall : 0)
                        onClicked: root.controller.showPage("newFriends")

                        Rectangle {
                            id: countBadge

                            anchors.right: parent.right
                            anchors.rightMargin: Theme.spacingLarge
                            anchors.verticalCenter: parent.verticalCenter
                            visible: root.controller.pendingRequests > 0
                            width: Math.max(height, badge.implicitWidth + Theme.spacingSmall)
                            height: badge.implicitHeight + Theme.spacingTiny
                            radius: height / 2
                            color: Theme.errorText

                            Label {
                                id: badge

                                anchors.centerIn: parent
                                text: root.controller.pendingRequests
                                color: Theme.textOnAccent
                                font.pixelSize: Theme.fontSizeCaption
                            }
                        }
                    }

                    ListRow {
                        objectName: "contacts.groups"
                        width: parent.width
                        visible: search.text.length === 0
                        text: qsTr("Group chats")
                        iconName: "chats"
                        tileKey: "chats"
                        highlighted: root.controller.page === "groups"
                        onClicked: root.controller.showPage("groups")
                    }

                    ListRow {
                        objectName: "contacts.tags"
                        width: parent.width
                        visible: search.text.length === 0
                        text: qsTr("Tags")
                        iconName: "link"
                        tileKey: "official-accounts"
                        subtitle: root.controller.contacts.tag.length > 0 ? qsTr("Showing “%1”").arg(root.controller.contacts.tag) : ""
                        highlighted: root.controller.page === "tags"
                        onClicked: root.controller.showPage("tags")
                    }

                    Label {
                        width: parent.width
                        visible: root.controller.contacts.count === 0
                        topPadding: Theme.spacingXLarge
                        leftPadding: Theme.spacingLarge
                        rightPadding: Theme.spacingLarge
                        text: search.text.length > 0 ? qsTr("No contact matches “%1”.").arg(search.text) : root.controller.contacts.tag.length > 0 ? qsTr("Nobody has this tag.") : qsTr("No contacts yet")
                        color: Theme.textSecondary
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                }

                section.property: "section"
                section.criteria: ViewSection.FullString
                section.delegate: Rectangle {
                    required property string section

                    width: list.width
                    height: sectionLabel.implicitHeight + Theme.spacingSmall
                    color: Theme.listBackground

                    Label {
                        id: sectionLabel

                        anchors.left: parent.left
                        anchors.leftMargin: Theme.spacingLarge
                        anchors.verticalCenter: parent.verticalCenter
                        text: parent.section === "★" ? qsTr("★ Starred friends") : parent.section
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        font.weight: Theme.fontWeightStrong
                    }
                }

                delegate: ItemDelegate {
                    id: row

                    required property int index
                    required property string jid
                    required property string name
                    required property string avatar
                    required property bool online
                    required property bool blocked

                    objectName: "contacts.row." + jid
                    width: list.width
                    implicitHeight: Math.max(Theme.listRowHeight, rowContent.implicitHeight + 2 * Theme.spacingSmall)
                    highlighted: root.controller.page === "contact" && root.controller.currentJid === jid
                    hoverEnabled: true
                    // Reached with Tab like every other control (ItemDelegate takes no focus
                    // by default), with the focus ring drawn inside the clipped list.
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.ListItem
                    Accessible.name: name
                    Accessible.description: blocked ? qsTr("Blocked") : ""
                    Accessible.onPressAction: row.clicked()
                    onClicked: root.controller.showContact(jid)

                    background: Rectangle {
                        color: row.highlighted ? Theme.listSelected : row.hovered ? Theme.listHover : "transparent"

                        FocusRing {
                            shown: row.visualFocus
                            inside: true
                            baseRadius: 0
                        }
                    }

                    contentItem: RowLayout {
                        id: rowContent

                        spacing: Theme.spacingMedium

                        Item {
                            Layout.leftMargin: Theme.spacingSmall
                            implicitWidth: Theme.avatarSizeList
                            implicitHeight: Theme.avatarSizeList

                            ContactAvatar {
                                anchors.fill: parent
                                name: row.name
                                source: row.avatar
                                size: Theme.avatarSizeList
                                opacity: row.blocked ? 0.4 : 1
                            }

                            Rectangle {
                                anchors.right: parent.right
                                anchors.bottom: parent.bottom
                                visible: row.online
                                width: Theme.spacingMedium
                                height: width
                                radius: width / 2
                                color: Theme.accent
                                border.width: Theme.borderWidth
                                border.color: Theme.listBackground
                            }
                        }

                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            color: row.blocked ? Theme.textSecondary : Theme.textPrimary
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            SideIndex {
                id: indexStrip

                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingTiny
                anchors.verticalCenter: parent.verticalCenter
                objectName: "contacts.index"
                sections: root.controller.contacts.sections
                visible: root.controller.contacts.count > 8
                         && implicitHeight <= parent.height
                onJump: section => {
                    const row = root.controller.contacts.rowOfSection(section);
                    if (row >= 0) {
                        list.readerScrolled = true;
                        list.positionViewAtIndex(row, ListView.Beginning);
                    }
                }
            }
        }
    }

    Rectangle {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.borderWidth
        color: Theme.separator
    }
}
