pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Moments

// A new post: text, up to 9 photos (file dialog, drag and drop, paste), and who may see it:
// all friends, only friends with some tags, or all friends except those with some tags. The
// server enforces the choice (the post goes to a node only that audience can read).
Popup {
    id: root

    required property MomentsController controller

    property var chosenTags: []

    function toggleTag(tag, on) {
        const list = chosenTags.filter(t => t !== tag)
        if (on)
            list.push(tag)
        chosenTags = list
    }
    // Opens with this text already written (shared from elsewhere).
    function openWith(text) {
        textArea.text = text
        root.open()
    }
    function submit() {
        if (root.controller.publish(textArea.text, audience.currentIndex, root.chosenTags)) {
            textArea.text = ""
            root.close()
        }
    }

    objectName: "moments.composeDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formWidth * 1.3, parent ? parent.width - 2 * Theme.spacingLarge : Theme.formWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacingLarge : implicitHeight)
    modal: true
    focus: true
    padding: Theme.spacingXLarge
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        root.controller.clearError()
        textArea.forceActiveFocus()
    }

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusLarge
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: Flickable {
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        DropArea {
            anchors.fill: parent
            onDropped: drop => {
                if (drop.hasUrls) {
                    root.controller.addImageFiles(drop.urls)
                    drop.accept()
                }
            }
        }

        ColumnLayout {
            id: form

            width: parent.width
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                text: qsTr("New post")
                font.pixelSize: Theme.fontSizeSubtitle
                font.weight: Theme.fontWeightStrong
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.controlHeightLarge * 3

                TextArea {
                    id: textArea

                    objectName: "moments.compose.text"
                    placeholderText: qsTr("Share what's on your mind…")
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    color: Theme.textPrimary
                    placeholderTextColor: Theme.textPlaceholder
                    selectionColor: Theme.selectionBackground
                    padding: Theme.spacingMedium
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Post text")
                    Keys.onPressed: event => {
                        if (event.matches(StandardKey.Paste) && root.controller.clipboardHasImage()) {
                            root.controller.pasteImage()
                            event.accepted = true
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radiusMedium
                        color: Theme.fieldBackground
                        border.width: textArea.activeFocus ? Theme.focusWidth : Theme.borderWidth
                        border.color: textArea.activeFocus ? Theme.fieldBorderFocus : Theme.fieldBorder
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Repeater {
                    model: root.controller.draftImages

                    Item {
                        id: draft

                        required property string modelData
                        required property int index

                        width: Math.round(Theme.iconSizeHuge * 1.2)
                        height: width

                        Image {
                            anchors.fill: parent
                            source: draft.modelData
                            fillMode: Image.PreserveAspectCrop
                            sourceSize.width: width
                            sourceSize.height: height
                            cache: false
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("Photo %1").arg(draft.index + 1)
                        }

                        MomentsIconButton {
                            objectName: "moments.compose.removePhoto." + draft.index
                            anchors.right: parent.right
                            anchors.top: parent.top
                            implicitWidth: Theme.controlHeight * 0.8
                            implicitHeight: Theme.controlHeight * 0.8
                            iconName: "moments-close"
                            iconSize: Theme.iconSizeSmall
                            iconColor: Theme.textOnAccent
                            text: qsTr("Remove photo %1").arg(draft.index + 1)
                            background: Rectangle {
                                radius: width / 2
                                color: Theme.tooltipBackground
                                opacity: 0.8
                            }
                            onClicked: root.controller.removeDraftImage(draft.index)
                        }
                    }
                }

                SecondaryButton {
                    objectName: "moments.compose.addPhotos"
                    visible: root.controller.draftImages.length < root.controller.maxImages
                    text: qsTr("Add photos")
                    accessibleDescription: qsTr("Up to %1 photos; you can also drop or paste them here.").arg(root.controller.maxImages)
                    onClicked: fileDialog.open()
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 of %2 photos. Drop pictures here or paste one.").arg(root.controller.draftImages.length).arg(root.controller.maxImages)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
            }

            Label {
                text: qsTr("Who can see it")
                font.weight: Theme.fontWeightStrong
            }

            ChoiceBox {
                id: audience

                objectName: "moments.compose.audience"
                Layout.fillWidth: true
                accessibleName: qsTr("Who can see it")
                model: [qsTr("All friends"), qsTr("Only friends with these tags"), qsTr("All friends except these tags")]
            }

            Flow {
                Layout.fillWidth: true
                visible: audience.currentIndex !== 0
                spacing: Theme.spacingSmall

                Repeater {
                    model: root.controller.tags

                    CheckBox {
                        id: tagBox

                        required property string modelData
                        required property int index

                        objectName: "moments.compose.tag." + index
                        text: modelData
                        font.pixelSize: Theme.fontSizeBody
                        checked: root.chosenTags.indexOf(modelData) >= 0
                        Accessible.name: modelData
                        onToggled: root.toggleTag(modelData, checked)
                    }
                }

                Label {
                    visible: root.controller.tags.length === 0
                    text: qsTr("Add tags to your contacts first (Contacts → Tags).")
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }

            Label {
                Layout.fillWidth: true
                visible: audience.currentIndex !== 0
                text: audience.currentIndex === 1 ? qsTr("Only friends with a chosen tag can read this post; your server refuses everyone else.")
                                                  : qsTr("Friends with a chosen tag can't read this post; your server refuses them.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "moments.compose.error"
                Layout.fillWidth: true
                visible: root.controller.errorText.length > 0
                text: root.controller.errorText
                color: Theme.errorText
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingMedium

                Item {
                    Layout.fillWidth: true
                }

                SecondaryButton {
                    objectName: "moments.compose.cancel"
                    text: qsTr("Cancel")
                    onClicked: {
                        root.controller.clearDraft()
                        root.close()
                    }
                }

                PrimaryButton {
                    objectName: "moments.compose.publish"
                    text: qsTr("Post")
                    enabled: (textArea.text.trim().length > 0 || root.controller.draftImages.length > 0)
                             && (audience.currentIndex === 0 || root.chosenTags.length > 0)
                    onClicked: root.submit()
                }
            }
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose photos")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)")]
        onAccepted: root.controller.addImageFiles(selectedFiles)
    }
}
