import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// A file in a message: its name and size, a progress bar while it moves, and the action that
// fits its state (cancel while moving, download when not here yet, save once here).
Rectangle {
    id: root

    property string fileName
    property string fileSize
    property string transferState
    property real progress
    property bool outgoing

    signal cancelRequested()
    signal downloadRequested()
    signal saveRequested()
    signal retryRequested()

    readonly property bool moving: transferState === "uploading" || transferState === "downloading"

    implicitWidth: ChatStyle.fileCardWidth
    implicitHeight: layout.implicitHeight + 2 * Theme.spacingMedium
    radius: ChatStyle.bubbleRadius
    color: ChatStyle.bubbleTheirs
    border.width: Theme.borderWidth
    border.color: Theme.separator
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("File %1, %2").arg(fileName).arg(fileSize)

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingTiny

                Label {
                    objectName: "chat.file.name"
                    Layout.fillWidth: true
                    text: root.fileName
                    color: Theme.textPrimary
                    wrapMode: Text.WrapAnywhere
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }

                Label {
                    Layout.fillWidth: true
                    text: root.transferState === "uploading"
                          ? qsTr("Sending… %1%").arg(Math.round(root.progress * 100))
                          : root.transferState === "downloading"
                            ? qsTr("Downloading… %1%").arg(Math.round(root.progress * 100))
                          : root.transferState === "failed" ? qsTr("Failed — %1").arg(root.fileSize)
                          : root.transferState === "cancelled"
                            ? qsTr("Cancelled — %1").arg(root.fileSize)
                          : root.fileSize
                    color: root.transferState === "failed" ? Theme.errorText : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                    wrapMode: Text.Wrap
                }
            }

            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: Theme.iconSizeLarge
                implicitHeight: Theme.iconSizeLarge
                radius: Theme.radiusSmall
                color: Theme.tileColors["default"] ?? Theme.accentButton

                Icon {
                    anchors.centerIn: parent
                    name: "chat-file"
                    color: Theme.textOnAccent
                    size: Theme.iconSize
                }
            }
        }

        ProgressBar {
            objectName: "chat.file.progress"
            Layout.fillWidth: true
            visible: root.moving
            from: 0
            to: 1
            value: root.progress
            Accessible.name: qsTr("Transfer progress")

            background: Rectangle {
                implicitHeight: Theme.sliderTrackHeight
                radius: height / 2
                color: Theme.sliderTrack
            }
            contentItem: Item {
                implicitHeight: Theme.sliderTrackHeight

                Rectangle {
                    width: parent.width * Math.max(0, Math.min(1, root.progress))
                    height: parent.height
                    radius: height / 2
                    color: Theme.accent
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.borderWidth
            color: Theme.separator
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("File")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }

            Button {
                id: action

                objectName: root.moving ? "chat.file.cancel"
                            : root.transferState === "done" ? "chat.file.save"
                            : root.outgoing ? "chat.file.retry" : "chat.file.download"
                flat: true
                padding: Theme.spacingTiny
                visible: text.length > 0
                text: root.moving ? qsTr("Cancel")
                      : root.transferState === "done" ? qsTr("Save as…")
                      : !root.outgoing ? qsTr("Download")
                      : (root.transferState === "cancelled" || root.transferState === "failed")
                        ? qsTr("Send again") : ""
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: {
                    if (root.moving)
                        root.cancelRequested()
                    else if (root.transferState === "done")
                        root.saveRequested()
                    else if (root.outgoing)
                        root.retryRequested()
                    else
                        root.downloadRequested()
                }

                contentItem: Label {
                    text: action.text
                    color: Theme.textLink
                    font.pixelSize: Theme.fontSizeCaption
                }
                background: Rectangle {
                    color: action.hovered ? Theme.listHover : "transparent"
                    radius: Theme.radiusSmall
                    border.width: action.visualFocus ? Theme.focusWidth : 0
                    border.color: Theme.focusRing
                }
            }
        }
    }
}
