import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// One message in the conversation, WeChat style: the time line above it when due, then the
// sender's picture and the bubble (green mine on the right, white theirs on the left), or a
// centred notice ("Li Hua recalled a message"). A quoted message sits under the bubble.
Item {
    id: root

    required property int index
    required property var messageId
    required property string kind
    required property bool outgoing
    required property string senderJid
    required property string senderName
    required property string body
    required property string richText
    required property string notice
    required property string timeText
    required property string header
    required property string deliveryState
    required property var replyToId
    required property string replyToSender
    required property string replyToPreview
    required property string fileName
    required property string fileSize
    required property string imageSource
    required property string fullImageSource
    required property int imageWidth
    required property int imageHeight
    required property string transferState
    required property real progress
    required property bool mentionsMe
    required property bool highlighted
    required property bool showSender
    required property string senderAvatar
    required property string cardKind
    required property string cardXml

    // Set by the view.
    property real maxBubbleWidth: width * ChatStyle.bubbleWidthShare
    property string myName
    // Other features' card delegates (features.chat.cards); a card without one shows its text.
    property var cards: null
    readonly property bool customCard: kind === "card" && cards !== null && cards.revision >= 0
                                       && cards.hasDelegate(cardKind)

    signal menuRequested(Item item, real x, real y)
    signal imageClicked()
    signal quoteClicked()
    signal retryRequested()
    signal cancelRequested()
    signal downloadRequested()
    signal saveRequested()

    readonly property bool isNotice: kind === "system" || kind === "recalled"
    readonly property int avatarSize: Theme.avatarSizeList

    objectName: "chat.message." + index
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + Theme.spacingSmall + Theme.spacingTiny

    Accessible.role: Accessible.ListItem
    Accessible.name: isNotice ? notice
                    : (outgoing ? qsTr("Me") : senderName) + ": "
                      + (kind === "image" ? qsTr("Image")
                         : kind === "file" ? qsTr("File %1").arg(fileName) : body)
    Accessible.description: timeText

    Rectangle {
        anchors.fill: parent
        visible: root.highlighted
        color: ChatStyle.jumpHighlight
    }

    Column {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingSmall
        anchors.leftMargin: Theme.spacingXLarge
        anchors.rightMargin: Theme.spacingXLarge
        spacing: Theme.spacingSmall

        // The time line.
        Label {
            objectName: "chat.separator"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.header.length > 0
            text: root.header
            color: ChatStyle.systemNotice
            font.pixelSize: Theme.fontSizeCaption
            topPadding: Theme.spacingTiny
            bottomPadding: Theme.spacingTiny
        }

        // System notices and recalled messages.
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.isNotice
            width: Math.min(parent.width, noticeLabel.implicitWidth + 2 * Theme.spacingMedium)
            height: noticeLabel.implicitHeight + Theme.spacingSmall
            radius: Theme.radiusSmall
            color: ChatStyle.quoteBackground

            Label {
                id: noticeLabel

                objectName: "chat.notice"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingMedium
                anchors.rightMargin: Theme.spacingMedium
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: root.notice
                color: ChatStyle.systemNotice
                font.pixelSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
            }
        }

        // Picture + bubble.
        Item {
            width: parent.width
            height: Math.max(root.avatarSize, bubbleColumn.implicitHeight)
            visible: !root.isNotice

            ChatAvatar {
                id: avatar

                anchors.top: parent.top
                x: root.outgoing ? parent.width - width : 0
                size: root.avatarSize
                name: root.outgoing ? root.myName : root.senderName
                source: root.senderAvatar
            }

            Column {
                id: bubbleColumn

                anchors.top: parent.top
                x: root.outgoing ? avatar.x - Theme.spacingMedium - width
                                 : avatar.width + Theme.spacingMedium
                width: Math.max(senderLabel.visible ? senderLabel.implicitWidth : 0,
                                content.width + stateBox.width
                                + (speak.visible ? speak.width + Theme.spacingTiny : 0),
                                quote.visible ? quote.width : 0)
                spacing: Theme.spacingTiny

                Label {
                    id: senderLabel

                    anchors.left: parent.left
                    visible: root.showSender
                    width: Math.min(implicitWidth, root.maxBubbleWidth)
                    text: root.senderName
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                    elide: Text.ElideRight
                }

                Item {
                    width: parent.width
                    height: content.height

                    // Delivery state, left of my bubble as WeChat does.
                    Item {
                        id: stateBox

                        anchors.bottom: content.bottom
                        anchors.right: content.left
                        width: root.outgoing ? Theme.iconSizeSmall + Theme.spacingSmall : 0
                        height: Theme.iconSizeSmall
                        visible: root.outgoing

                        AbstractButton {
                            id: stateIcon

                            objectName: "chat.message.state"
                            anchors.left: parent.left
                            width: Theme.iconSizeSmall
                            height: Theme.iconSizeSmall
                            enabled: root.deliveryState === "failed"
                            text: root.deliveryState === "queued" ? qsTr("Waiting to send")
                                  : root.deliveryState === "sent" ? qsTr("Sending")
                                  : root.deliveryState === "acked" ? qsTr("Sent")
                                  : root.deliveryState === "delivered" ? qsTr("Delivered")
                                  : root.deliveryState === "read" ? qsTr("Read")
                                  : qsTr("Not sent. Click to send again.")
                            Accessible.role: Accessible.Button
                            Accessible.name: text
                            ToolTip.visible: hovered
                            ToolTip.text: text
                            hoverEnabled: true
                            onClicked: root.retryRequested()

                            contentItem: Icon {
                                name: root.deliveryState === "queued" || root.deliveryState === "sent" ? "chat-clock"
                                      : root.deliveryState === "acked" ? "chat-tick"
                                      : root.deliveryState === "failed" ? "chat-alert" : "chat-ticks"
                                size: Theme.iconSizeSmall
                                color: root.deliveryState === "failed" ? Theme.errorText
                                       : root.deliveryState === "read" ? ChatStyle.tickRead
                                       : Theme.textDisabled
                            }
                            background: null
                        }
                    }

                    // Care mode: a speaker beside each text message reads it aloud (outside the
                    // bubble: right of theirs, left of mine).
                    SpeakButton {
                        id: speak

                        objectName: "chat.message.speak"
                        anchors.verticalCenter: content.verticalCenter
                        x: root.outgoing ? stateBox.x - Theme.spacingTiny - width
                                         : content.x + content.width + Theme.spacingTiny
                        visible: Theme.careMode && ReadAloud.available && root.kind === "text"
                                 && root.body.trim().length > 0
                        speechText: root.body
                        accessibleName: qsTr("Read this message aloud")
                    }

                    Item {
                        id: content

                        x: root.outgoing ? parent.width - width : 0
                        width: root.kind === "image" ? image.width
                               : root.kind === "file" ? fileCard.width
                               : root.customCard ? cardLoader.width
                               : bubble.width
                        height: root.kind === "image" ? image.height
                                : root.kind === "file" ? fileCard.height
                                : root.customCard ? cardLoader.height
                                : bubble.height

                        TapHandler {
                            acceptedButtons: Qt.RightButton
                            onTapped: (point) => root.menuRequested(content, point.position.x,
                                                                    point.position.y)
                        }

                        // Text.
                        Rectangle {
                            id: bubble

                            visible: root.kind === "text" || (root.kind === "card" && !root.customCard)
                            width: bodyText.width + 2 * ChatStyle.bubblePadding
                            height: bodyText.height + 2 * ChatStyle.bubblePadding
                            radius: ChatStyle.bubbleRadius
                            color: root.outgoing ? (hover.hovered ? ChatStyle.bubbleMineHover
                                                                  : ChatStyle.bubbleMine)
                                                 : (hover.hovered ? ChatStyle.bubbleTheirsHover
                                                                  : ChatStyle.bubbleTheirs)
                            border.width: Theme.careMode ? Theme.borderWidth : 0
                            border.color: ChatStyle.bubbleBorder

                            HoverHandler {
                                id: hover

                                cursorShape: bodyText.hoveredLink.length > 0 ? Qt.PointingHandCursor
                                                                         : Qt.IBeamCursor
                            }

                            Text {
                                id: bodyText

                                objectName: "chat.message.text"
                                x: ChatStyle.bubblePadding
                                y: ChatStyle.bubblePadding
                                width: Math.min(implicitWidth, root.maxBubbleWidth
                                                - 2 * ChatStyle.bubblePadding)
                                text: bubble.visible ? root.richText : ""
                                textFormat: Text.RichText
                                wrapMode: Text.Wrap
                                color: ChatStyle.bubbleText
                                font.pixelSize: Theme.fontSizeBody
                                linkColor: Theme.textLink
                                onLinkActivated: (link) => Qt.openUrlExternally(link)
                            }
                        }

                        // Image.
                        Rectangle {
                            id: image

                            readonly property real naturalWidth: root.imageWidth > 0
                                                                 ? root.imageWidth
                                                                 : ChatStyle.thumbnailMaxWidth
                            readonly property real naturalHeight: root.imageHeight > 0
                                                                  ? root.imageHeight
                                                                  : ChatStyle.thumbnailMaxHeight * 0.75
                            readonly property real fit: Math.min(1,
                                ChatStyle.thumbnailMaxWidth / naturalWidth,
                                ChatStyle.thumbnailMaxHeight / naturalHeight,
                                root.maxBubbleWidth / naturalWidth)

                            objectName: "chat.message.image"
                            visible: root.kind === "image"
                            width: Math.max(Theme.avatarSizeLarge, naturalWidth * fit)
                            height: Math.max(Theme.avatarSizeLarge, naturalHeight * fit)
                            radius: ChatStyle.bubbleRadius
                            color: Theme.listHover
                            clip: true
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("Image %1, click to view").arg(root.fileName)

                            Image {
                                id: picture

                                objectName: "chat.message.picture"
                                anchors.fill: parent
                                source: image.visible ? root.imageSource : ""
                                sourceSize.width: ChatStyle.thumbnailMaxWidth * 2
                                sourceSize.height: ChatStyle.thumbnailMaxHeight * 2
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: false
                                cache: true
                            }

                            Icon {
                                anchors.centerIn: parent
                                visible: picture.status !== Image.Ready
                                name: "chat-image"
                                size: Theme.iconSizeLarge
                                color: Theme.textDisabled
                            }

                            Rectangle {
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.bottom: parent.bottom
                                height: Theme.spacingTiny
                                visible: root.transferState === "uploading"
                                         || root.transferState === "downloading"
                                color: "#66000000"

                                Rectangle {
                                    width: parent.width * Math.max(0, Math.min(1, root.progress))
                                    height: parent.height
                                    color: Theme.accent
                                }
                            }

                            MouseArea {
                                anchors.fill: parent
                                cursorShape: Qt.PointingHandCursor
                                onClicked: root.imageClicked()
                            }
                        }

                        // A card drawn by the feature that registered its kind.
                        Loader {
                            id: cardLoader

                            objectName: "chat.message.card"
                            active: root.customCard
                            visible: active
                            width: item ? Math.min(item.implicitWidth, root.maxBubbleWidth) : 0
                            height: item ? item.implicitHeight : 0
                            onActiveChanged: load()
                            Component.onCompleted: load()

                            function load() {
                                if (!active)
                                    return
                                setSource(root.cards.delegateFor(root.cardKind), {
                                    context: root.cards.contextFor(root.cardKind),
                                    cardXml: root.cardXml,
                                    outgoing: root.outgoing,
                                    senderJid: root.senderJid
                                })
                            }

                            Binding {
                                target: cardLoader.item
                                when: cardLoader.item !== null
                                property: "cardXml"
                                value: root.cardXml
                            }
                            Binding {
                                target: cardLoader.item
                                when: cardLoader.item !== null
                                property: "outgoing"
                                value: root.outgoing
                            }
                            Binding {
                                target: cardLoader.item
                                when: cardLoader.item !== null
                                property: "senderJid"
                                value: root.senderJid
                            }
                        }

                        FileCard {
                            id: fileCard

                            visible: root.kind === "file"
                            width: Math.min(ChatStyle.fileCardWidth, root.maxBubbleWidth)
                            fileName: root.fileName
                            fileSize: root.fileSize
                            transferState: root.transferState
                            progress: root.progress
                            outgoing: root.outgoing
                            onCancelRequested: root.cancelRequested()
                            onDownloadRequested: root.downloadRequested()
                            onSaveRequested: root.saveRequested()
                            onRetryRequested: root.retryRequested()
                        }
                    }
                }

                // The quoted message, under the bubble (WeChat's place for it).
                Rectangle {
                    id: quote

                    objectName: "chat.message.quote"
                    x: root.outgoing ? parent.width - width : 0
                    visible: root.replyToPreview.length > 0 || root.replyToSender.length > 0
                    width: Math.min(quoteLabel.implicitWidth + 2 * Theme.spacingSmall,
                                    root.maxBubbleWidth)
                    height: quoteLabel.implicitHeight + Theme.spacingSmall
                    radius: Theme.radiusSmall
                    color: ChatStyle.quoteBackground
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Quoted: %1").arg(quoteLabel.text)

                    Label {
                        id: quoteLabel

                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingSmall
                        anchors.rightMargin: Theme.spacingSmall
                        verticalAlignment: Text.AlignVCenter
                        text: root.replyToSender.length > 0
                              ? qsTr("%1: %2").arg(root.replyToSender).arg(root.replyToPreview)
                              : root.replyToPreview
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        elide: Text.ElideRight
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                    }

                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: root.quoteClicked()
                    }
                }
            }
        }
    }
}
