pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Moments

// Moments: my friends' posts and mine, newest first (older ones load while scrolling), or one
// friend's; new post, the likes-and-comments badge, upload progress and errors on top.
Item {
    id: root

    required property MomentsController controller

    // The feed binds only once image://moments exists, so no photo asks a missing provider.
    property bool providerReady: false

    objectName: "moments.page"
    Component.onCompleted: {
        root.controller.installImageProvider(root)
        root.providerReady = true
        root.composeShared()
    }

    // Something shared here from another feature (an article): the composer, prefilled.
    function composeShared() {
        const text = root.controller.takeComposeText()
        if (text.length > 0)
            compose.openWith(text)
    }

    Connections {
        target: root.controller
        function onComposeRequested() { root.composeShared() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: toolbar.implicitHeight + 2 * Theme.spacingSmall
            color: Theme.contentBackground

            RowLayout {
                id: toolbar

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingLarge
                anchors.rightMargin: Theme.spacingLarge
                spacing: Theme.spacingSmall

                // The pane's header already says Moments; a friend's Moments say whose.
                Label {
                    objectName: "moments.title"
                    Layout.fillWidth: true
                    text: root.controller.ownerFilter.length > 0
                          ? qsTr("Moments of %1").arg(root.controller.ownerFilterName) : ""
                    font.pixelSize: Theme.fontSizeSubtitle
                    font.weight: Theme.fontWeightStrong
                    elide: Text.ElideRight
                }

                SecondaryButton {
                    objectName: "moments.showAll"
                    visible: root.controller.ownerFilter.length > 0
                    implicitHeight: Theme.controlHeight
                    text: qsTr("All friends")
                    onClicked: root.controller.showOwner("")
                }

                MomentsIconButton {
                    objectName: "moments.interactions"
                    iconName: "moments-bell"
                    badge: root.controller.unseenInteractions
                    text: root.controller.unseenInteractions > 0
                          ? qsTr("New likes and comments: %1").arg(root.controller.unseenInteractions)
                          : qsTr("Likes and comments")
                    onClicked: interactions.open()
                }

                MomentsIconButton {
                    objectName: "moments.refresh"
                    iconName: "moments-refresh"
                    enabled: !root.controller.refreshing
                    text: qsTr("Refresh")
                    onClicked: root.controller.refresh()
                }

                PrimaryButton {
                    objectName: "moments.compose"
                    implicitHeight: Theme.controlHeight
                    text: qsTr("New post")
                    onClicked: compose.open()
                }
            }

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: Theme.borderWidth
                color: Theme.separator
            }
        }

        Rectangle {
            objectName: "moments.uploading"
            Layout.fillWidth: true
            visible: root.controller.sendingPostId > 0
            implicitHeight: visible ? uploadRow.implicitHeight + 2 * Theme.spacingSmall : 0
            color: Theme.infoBackground

            RowLayout {
                id: uploadRow

                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                anchors.leftMargin: Theme.spacingLarge
                anchors.rightMargin: Theme.spacingLarge
                spacing: Theme.spacingMedium

                Label {
                    text: qsTr("Posting… %1%").arg(Math.round(root.controller.uploadProgress * 100))
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Theme.sliderTrackHeight
                    radius: height / 2
                    color: Theme.sliderTrack
                    Accessible.role: Accessible.ProgressBar
                    Accessible.name: qsTr("Upload progress")

                    Rectangle {
                        width: parent.width * root.controller.uploadProgress
                        height: parent.height
                        radius: height / 2
                        color: Theme.accent
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingSmall
            visible: root.controller.errorText.length > 0 && !compose.opened
            spacing: Theme.spacingSmall

            Banner {
                objectName: "moments.error"
                Layout.fillWidth: true
                kind: Banner.Error
                text: root.controller.errorText
            }

            SecondaryButton {
                objectName: "moments.error.dismiss"
                text: qsTr("Dismiss")
                onClicked: root.controller.clearError()
            }
        }

        ListView {
            id: list

            objectName: "moments.feed"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            model: root.providerReady ? root.controller.feed : null
            reuseItems: true
            cacheBuffer: Theme.listRowHeight * 4
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Posts")
            ScrollBar.vertical: ScrollBar {}
            // Older posts a page at a time, a few screens before the end.
            onContentYChanged: {
                if (model && contentY + height * 3 > contentHeight)
                    root.controller.feed.loadMore()
            }

            delegate: PostDelegate {
                width: ListView.view.width
                controller: root.controller
                onPhotoOpened: (images, index) => viewer.show(images, index)
                onDeleteRequested: postId => {
                    confirmDelete.postId = postId
                    confirmDelete.open()
                }
            }
        }

        EmptyState {
            objectName: "moments.empty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.count === 0
            iconName: "moments"
            title: root.controller.refreshing ? qsTr("Loading posts…") : qsTr("No moments yet")
            body: qsTr("Photos and thoughts shared by you and your friends appear here. You choose who sees each post.")
            actionText: qsTr("New post")
            actionObjectName: "moments.empty.compose"
            onActionClicked: compose.open()
        }
    }

    ComposeDialog {
        id: compose

        controller: root.controller
    }

    PhotoViewer {
        id: viewer
    }

    InteractionsPopup {
        id: interactions

        controller: root.controller
    }

    Popup {
        id: confirmDelete

        property var postId: 0

        objectName: "moments.confirmDelete"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.formWidth, root.width - 2 * Theme.spacingLarge)
        modal: true
        focus: true
        padding: Theme.spacingXLarge

        background: Rectangle {
            color: Theme.cardBackground
            radius: Theme.radiusLarge
            border.width: Theme.borderWidth
            border.color: Theme.separator
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacingLarge

            Label {
                Layout.fillWidth: true
                text: qsTr("Delete this post?")
                font.pixelSize: Theme.fontSizeSubtitle
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("It is removed from your friends' Moments too.")
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingMedium

                Item {
                    Layout.fillWidth: true
                }

                SecondaryButton {
                    objectName: "moments.confirmDelete.cancel"
                    text: qsTr("Cancel")
                    onClicked: confirmDelete.close()
                }

                PrimaryButton {
                    objectName: "moments.confirmDelete.ok"
                    text: qsTr("Delete")
                    onClicked: {
                        root.controller.deletePost(confirmDelete.postId)
                        confirmDelete.close()
                    }
                }
            }
        }
    }
}
