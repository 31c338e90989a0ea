import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Articles

// An article shared into a chat (the chat's card delegate for <article/>, registered by the
// app's ArticlesFeature): cover (when cached), title, summary and the account it comes from.
// Tapping it opens the article in the reader, or the account's page to follow it. Other
// clients see the message's body: title, account and the address.
Rectangle {
    id: root

    // Given by the chat's card loader.
    property var context: null // features.articles (ArticlesController)
    property string cardXml
    property bool outgoing: false
    property string senderJid

    readonly property var card: {
        if (!context || cardXml.length === 0)
            return ({})
        context.imageRevision // read again when an image arrives in the cache
        return context.cardInfo(cardXml)
    }

    objectName: "articles.card"
    implicitWidth: Theme.formWidth * 0.75
    implicitHeight: column.height + 2 * Theme.spacingMedium
    radius: Theme.radiusMedium
    color: Theme.cardBackground
    border.width: Theme.borderWidth
    border.color: hover.hovered ? Theme.fieldBorderFocus : Theme.separator
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Article: %1, from %2").arg(card.title || "").arg(card.source || "")
    Accessible.description: qsTr("Opens the article")
    Accessible.onPressAction: root.open()

    function open() {
        if (root.context)
            root.context.openCard(root.cardXml)
    }

    Component.onCompleted: if (context) context.installImageProvider(root)

    HoverHandler {
        id: hover
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        onTapped: root.open()
    }

    Column {
        id: column

        x: Theme.spacingMedium
        y: Theme.spacingMedium
        width: root.width - 2 * Theme.spacingMedium
        spacing: Theme.spacingSmall

        Label {
            objectName: "articles.card.title"
            width: parent.width
            text: root.card.title || ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeBody
            font.weight: Theme.fontWeightStrong
        }

        Row {
            width: parent.width
            spacing: Theme.spacingSmall

            Label {
                id: summary
                width: parent.width - (cover.visible ? cover.width + parent.spacing : 0)
                text: root.card.summary || ""
                textFormat: Text.PlainText
                visible: text.length > 0
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }
            Image {
                id: cover
                objectName: "articles.card.cover"
                width: Theme.avatarSizeLarge
                height: Theme.avatarSizeLarge
                source: root.card.coverSource || ""
                sourceSize: Qt.size(width * 2, height * 2)
                fillMode: Image.PreserveAspectCrop
                visible: status === Image.Ready
            }
        }

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.separator
        }

        Row {
            width: parent.width
            spacing: Theme.spacingSmall

            AccountAvatar {
                id: icon
                anchors.verticalCenter: parent.verticalCenter
                size: Theme.iconSize
                name: root.card.source || ""
                source: root.card.iconSource || ""
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - icon.width - parent.spacing
                text: root.card.source ? qsTr("Official account · %1").arg(root.card.source)
                                       : qsTr("Official account")
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }
        }
    }
}
