pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Moments

// One post of the feed: author, text, photos, time and audience, like and comment buttons,
// the likes line and the comments (click one to reply; mine can be deleted).
Item {
    id: root

    required property MomentsController controller
    required property int index
    required property var postId
    required property string authorJid
    required property string authorName
    required property string text
    required property string timeText
    required property var images
    required property string likesText
    required property int likeCount
    required property bool likedByMe
    required property var comments
    required property bool mine
    required property int postState
    required property string audienceText

    signal photoOpened(var images, int index)
    signal deleteRequested(var postId)

    property bool commenting: false
    property var replyTo: null

    function escaped(s) {
        return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }
    function startComment(reply) {
        root.replyTo = reply
        root.commenting = true
        commentField.forceActiveFocus()
    }
    function sendComment() {
        const text = commentField.text.trim()
        if (text.length === 0)
            return
        if (root.controller.comment(root.postId, text, root.replyTo ? root.replyTo.id : 0)) {
            commentField.text = ""
            root.commenting = false
            root.replyTo = null
        }
    }

    objectName: "moments.post." + index
    implicitHeight: body.implicitHeight + 2 * Theme.spacingLarge
    Accessible.role: Accessible.ListItem
    Accessible.name: authorName + ": " + text

    RowLayout {
        id: body

        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.spacingLarge
        width: Math.min(Theme.contentMaxWidth, root.width - 2 * Theme.spacingLarge)
        spacing: Theme.spacingMedium

        Avatar {
            Layout.alignment: Qt.AlignTop
            name: root.authorName
            size: Theme.avatarSizeList
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                objectName: "moments.post.author." + root.index
                Layout.fillWidth: true
                text: root.authorName
                color: Theme.textLink
                font.weight: Theme.fontWeightStrong
                elide: Text.ElideRight
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Moments of %1").arg(root.authorName)

                TapHandler {
                    onTapped: root.controller.showOwner(root.authorJid)
                }
            }

            Label {
                Layout.fillWidth: true
                visible: root.text.length > 0
                text: root.text
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }

            ImageGrid {
                images: root.images
                objectPrefix: "moments.post." + root.index + ".photo"
                onOpened: i => root.photoOpened(root.images, i)
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Label {
                    text: root.timeText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                }

                Icon {
                    visible: root.audienceText.length > 0
                    name: "moments-lock"
                    size: Theme.iconSizeSmall
                    color: Theme.textSecondary
                }

                Label {
                    visible: root.audienceText.length > 0
                    Layout.maximumWidth: Theme.iconSizeHuge * 3
                    text: root.audienceText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                    elide: Text.ElideRight
                }

                Label {
                    visible: root.postState !== 0
                    text: root.postState === 1 ? qsTr("Sending…") : qsTr("Not sent")
                    color: root.postState === 1 ? Theme.textSecondary : Theme.errorText
                    font.pixelSize: Theme.fontSizeCaption
                }

                Button {
                    objectName: "moments.post.retry." + root.index
                    visible: root.postState === 2
                    flat: true
                    text: qsTr("Try again")
                    font.pixelSize: Theme.fontSizeCaption
                    Accessible.name: text
                    onClicked: root.controller.retry(root.postId)
                }

                Button {
                    objectName: "moments.post.delete." + root.index
                    visible: root.mine
                    flat: true
                    text: qsTr("Delete")
                    font.pixelSize: Theme.fontSizeCaption
                    Accessible.name: qsTr("Delete this post")
                    onClicked: root.deleteRequested(root.postId)
                }

                Item {
                    Layout.fillWidth: true
                }

                MomentsIconButton {
                    objectName: "moments.like." + root.index
                    enabled: root.postState === 0
                    iconName: root.likedByMe ? "moments-heart-filled" : "moments-heart"
                    iconColor: root.likedByMe ? Theme.errorText : Theme.textSecondary
                    text: root.likedByMe ? qsTr("Unlike") : qsTr("Like")
                    onClicked: root.controller.setLiked(root.postId, !root.likedByMe)
                }

                MomentsIconButton {
                    objectName: "moments.comment." + root.index
                    enabled: root.postState === 0
                    iconName: "moments-comment"
                    text: qsTr("Comment")
                    onClicked: root.startComment(null)
                }
            }

            Rectangle {
                Layout.fillWidth: true
                visible: root.likeCount > 0 || root.comments.length > 0
                implicitHeight: reactions.implicitHeight + 2 * Theme.spacingSmall
                radius: Theme.radiusSmall
                color: Theme.pageBackground

                ColumnLayout {
                    id: reactions

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacingSmall
                    spacing: Theme.spacingTiny

                    RowLayout {
                        visible: root.likeCount > 0
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        Icon {
                            Layout.alignment: Qt.AlignTop
                            name: "moments-heart"
                            size: Theme.iconSizeSmall
                            color: Theme.textLink
                        }

                        Label {
                            objectName: "moments.likes." + root.index
                            Layout.fillWidth: true
                            text: root.likesText
                            color: Theme.textLink
                            wrapMode: Text.Wrap
                        }
                    }

                    Rectangle {
                        visible: root.likeCount > 0 && root.comments.length > 0
                        Layout.fillWidth: true
                        implicitHeight: Theme.borderWidth
                        color: Theme.separator
                    }

                    Repeater {
                        model: root.comments

                        RowLayout {
                            id: commentRow

                            required property var modelData
                            required property int index

                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall

                            Label {
                                objectName: "moments.post." + root.index + ".comment." + commentRow.index
                                Layout.fillWidth: true
                                textFormat: Text.StyledText
                                wrapMode: Text.Wrap
                                color: Theme.textPrimary
                                linkColor: Theme.textLink
                                text: {
                                    const c = commentRow.modelData
                                    const who = "<font color='" + Theme.textLink + "'>" + root.escaped(c.authorName) + "</font>"
                                    const to = c.replyToName ? "<font color='" + Theme.textLink + "'>" + root.escaped(c.replyToName) + "</font>" : ""
                                    const head = to ? qsTr("%1 replied to %2").arg(who).arg(to) : who
                                    return head + ": " + root.escaped(c.text)
                                }
                                Accessible.role: Accessible.Button
                                Accessible.name: (commentRow.modelData.authorName + ": " + commentRow.modelData.text)

                                TapHandler {
                                    onTapped: root.startComment(commentRow.modelData)
                                }
                            }

                            MomentsIconButton {
                                objectName: "moments.post." + root.index + ".comment." + commentRow.index + ".delete"
                                visible: commentRow.modelData.canDelete
                                implicitWidth: Theme.controlHeight * 0.8
                                implicitHeight: Theme.controlHeight * 0.8
                                iconName: "moments-trash"
                                iconSize: Theme.iconSizeSmall
                                text: qsTr("Delete comment")
                                onClicked: root.controller.deleteComment(commentRow.modelData.id)
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: root.commenting
                spacing: Theme.spacingSmall

                TextEntry {
                    id: commentField

                    objectName: "moments.commentField." + root.index
                    Layout.fillWidth: true
                    placeholderText: root.replyTo ? qsTr("Reply to %1").arg(root.replyTo.authorName)
                                                  : qsTr("Comment")
                    accessibleName: placeholderText
                    onAccepted: root.sendComment()
                    Keys.onEscapePressed: {
                        root.commenting = false
                        root.replyTo = null
                    }
                }

                PrimaryButton {
                    objectName: "moments.commentSend." + root.index
                    implicitHeight: Theme.controlHeight
                    text: qsTr("Send")
                    enabled: commentField.text.trim().length > 0
                    onClicked: root.sendComment()
                }
            }
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: body.width
        height: Theme.borderWidth
        color: Theme.separator
    }
}
