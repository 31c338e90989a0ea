pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Articles

// Discover → Official Accounts: the accounts followed (with unread counts), the Subscriptions
// timeline and the directory to browse and search; an account's page; the reader. Loaded by
// the Discover section with features.articles as its controller.
Item {
    id: root

    required property ArticlesController controller

    objectName: "articles.page"

    Component.onCompleted: {
        controller.installImageProvider(root)
        if (controller.available)
            controller.refresh()
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: root.controller.view === "reader" ? 2
                    : root.controller.view === "account" ? 1 : 0

        // ---------------------------------------------------------------- home
        ColumnLayout {
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingLarge
                spacing: Theme.spacingMedium

                SearchField {
                    objectName: "articles.search"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search accounts")
                    text: root.controller.searchText
                    onTextChanged: root.controller.searchText = text
                }
                SecondaryButton {
                    objectName: "articles.followFeed"
                    text: qsTr("Follow a feed…")
                    accessibleDescription: qsTr("Follow any Atom or RSS feed by its address")
                    onClicked: feedDialog.open()
                }
            }

            Banner {
                objectName: "articles.error"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                visible: root.controller.errorText.length > 0
                kind: Banner.Error
                text: root.controller.errorText
            }

            TabBar {
                id: tabs
                objectName: "articles.tabs"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                font.pixelSize: Theme.fontSizeBody
                background: Rectangle {
                    color: Theme.contentBackground
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: Theme.borderWidth
                        color: Theme.separator
                    }
                }

                PageTab {
                    objectName: "articles.tab.following"
                    text: qsTr("Following")
                    Accessible.description: root.controller.totalUnread > 0
                                            ? qsTr("%n new articles", "", root.controller.totalUnread)
                                            : ""
                }
                PageTab {
                    objectName: "articles.tab.subscriptions"
                    text: qsTr("Subscriptions")
                }
                PageTab {
                    objectName: "articles.tab.browse"
                    text: qsTr("Browse")
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex

                // Following
                Item {
                    ListView {
                        id: followingList
                        objectName: "articles.following"
                        anchors.fill: parent
                        clip: true
                        model: root.controller.following
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Accounts you follow")
                        delegate: AccountRow {
                            width: followingList.width
                            onClicked: root.controller.openAccount(accountId)
                        }
                    }
                    EmptyState {
                        objectName: "articles.following.empty"
                        anchors.fill: parent
                        visible: followingList.count === 0
                        iconName: "official-accounts"
                        title: qsTr("You follow no official accounts yet")
                        body: qsTr("Browse the accounts of your city, hospital and bus company, or follow any news feed by its address.")
                        actionText: qsTr("Browse accounts")
                        actionObjectName: "articles.following.browse"
                        onActionClicked: tabs.currentIndex = 2
                    }
                }

                // Subscriptions: the newest articles of every followed account
                Item {
                    ListView {
                        id: timelineList
                        objectName: "articles.timeline"
                        anchors.fill: parent
                        clip: true
                        model: root.controller.timeline
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Newest articles")
                        delegate: ArticleRow {
                            width: timelineList.width
                            showAccount: true
                            onClicked: root.controller.openArticle(articleId)
                        }
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: timelineList.count === 0
                        iconName: "official-accounts"
                        title: qsTr("No articles yet")
                        body: qsTr("New articles of the accounts you follow appear here, newest first.")
                    }
                }

                // Browse
                Item {
                    ListView {
                        id: directoryList
                        objectName: "articles.directory"
                        anchors.fill: parent
                        clip: true
                        model: root.controller.directory
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Official accounts")
                        delegate: AccountRow {
                            width: directoryList.width
                            showFollow: true
                            onClicked: root.controller.openAccount(accountId)
                            onFollowClicked: followed ? root.controller.unfollow(accountId)
                                                      : root.controller.follow(accountId)
                        }
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: directoryList.count === 0
                        iconName: "official-accounts"
                        title: root.controller.busy ? qsTr("Looking for official accounts…")
                                                    : qsTr("No official accounts found")
                        body: qsTr("Accounts published on your server's official-account service appear here.")
                        actionText: qsTr("Try again")
                        actionObjectName: "articles.directory.refresh"
                        onActionClicked: root.controller.refresh()
                    }
                }
            }
        }

        // ---------------------------------------------------------------- account
        AccountPage {
            controller: root.controller
        }

        // ---------------------------------------------------------------- reader
        // Loaded only while reading: the web engine starts with the first article.
        // Loaded by URL with its controller: a bound inline component cannot be handed to a
        // Loader.
        Loader {
            id: readerLoader

            readonly property bool wanted: root.controller.view === "reader"

            function load() {
                if (wanted)
                    setSource(Qt.resolvedUrl("ArticleReader.qml"), { controller: root.controller })
            }

            active: wanted
            onWantedChanged: load()
            Component.onCompleted: load()
        }
    }

    Dialog {
        id: feedDialog
        objectName: "articles.feedDialog"
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.spacingXLarge, Theme.formWidth)
        modal: true
        title: qsTr("Follow a feed")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: root.controller.followFeed(feedAddress.text)
        onOpened: feedAddress.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The address of an Atom or RSS feed, for example https://example.org/feed.xml")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }
            TextField {
                id: feedAddress
                objectName: "articles.feedAddress"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSizeBody
                placeholderText: "https://"
                Accessible.name: qsTr("Feed address")
                onAccepted: feedDialog.accept()
            }
        }
    }
}
