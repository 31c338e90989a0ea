pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Articles

// One official account: its name, description and address, Follow / Unfollow, its articles.
ColumnLayout {
    id: root

    required property ArticlesController controller
    readonly property var account: controller.currentAccount

    objectName: "articles.accountPage"
    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.spacingLarge
        spacing: Theme.spacingMedium

        SecondaryButton {
            objectName: "articles.account.back"
            text: qsTr("Back")
            Layout.alignment: Qt.AlignTop
            onClicked: root.controller.goHome()
        }
        AccountAvatar {
            name: root.account.title ?? ""
            source: root.account.avatarSource ?? ""
            size: Theme.avatarSizeLarge
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny
            Label {
                objectName: "articles.account.title"
                Layout.fillWidth: true
                text: root.account.title ?? ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeTitle
                font.weight: Theme.fontWeightStrong
            }
            Label {
                Layout.fillWidth: true
                text: root.account.description ?? ""
                textFormat: Text.PlainText
                visible: text.length > 0
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }
            Label {
                Layout.fillWidth: true
                text: root.account.address ?? ""
                elide: Text.ElideMiddle
                color: Theme.textPlaceholder
                font.pixelSize: Theme.fontSizeCaption
            }
        }
        PrimaryButton {
            objectName: "articles.account.follow"
            visible: !(root.account.followed ?? false)
            Layout.alignment: Qt.AlignTop
            text: qsTr("Follow")
            accessibleDescription: qsTr("Follow %1").arg(root.account.title ?? "")
            onClicked: root.controller.follow(root.account.accountId)
        }
        SecondaryButton {
            objectName: "articles.account.unfollow"
            visible: root.account.followed ?? false
            Layout.alignment: Qt.AlignTop
            text: qsTr("Unfollow")
            accessibleDescription: qsTr("Stop following %1").arg(root.account.title ?? "")
            onClicked: root.controller.unfollow(root.account.accountId)
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.separator
    }

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ListView {
            id: list
            objectName: "articles.account.articles"
            anchors.fill: parent
            clip: true
            model: root.controller.accountArticles
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Articles of %1").arg(root.account.title ?? "")
            delegate: ArticleRow {
                width: list.width
                onClicked: root.controller.openArticle(articleId)
            }
        }
        EmptyState {
            anchors.fill: parent
            visible: list.count === 0
            iconName: "official-accounts"
            title: (root.account.followed ?? false) ? qsTr("No articles yet")
                                                    : qsTr("Follow to read")
            body: (root.account.followed ?? false)
                  ? qsTr("This account has not published anything yet.")
                  : qsTr("Follow this account to get its articles, also for reading offline.")
        }
    }
}
