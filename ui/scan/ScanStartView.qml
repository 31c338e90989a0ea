pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Teahouse.Ui
import Teahouse.Scan

// The scanner's first screen: the viewfinder with its frame (or why there is none), the other
// ways to scan, and what went wrong with the last picture.
Item {
    id: root

    required property ScanController controller
    property bool dropHovered: false

    signal openFileRequested()
    signal screenRequested()

    readonly property bool live: controller.state === ScanController.Live
    readonly property bool busy: controller.state === ScanController.Busy

    // Scrolls when the text is large (care mode at 200 %) rather than cutting anything off.
    Flickable {
        id: scroller

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingXLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: Theme.spacingXLarge
            y: Theme.spacingXLarge
            width: scroller.width - 2 * Theme.spacingXLarge
            height: Math.max(implicitHeight, scroller.height - 2 * Theme.spacingXLarge)
            spacing: Theme.spacingLarge

            // The viewfinder, or the place where it would be.
            Rectangle {
                id: finder

                objectName: "scan.viewfinder"
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Tall enough for what it says when there is no picture.
                Layout.minimumHeight: Math.max(Theme.controlHeightLarge * 4,
                                               idleColumn.implicitHeight + 2 * Theme.spacingXLarge)
                radius: Theme.radiusLarge
                color: root.live ? Theme.railBackground : Theme.cardBackground
                border.width: root.dropHovered ? Theme.focusWidth : Theme.borderWidth
                border.color: root.dropHovered ? Theme.accent : Theme.separator
                clip: true
                Accessible.role: Accessible.Graphic
                Accessible.name: root.live ? qsTr("Camera viewfinder") : qsTr("Scanner")

                VideoOutput {
                    id: video

                    anchors.fill: parent
                    anchors.margins: Theme.borderWidth
                    visible: root.live
                    fillMode: VideoOutput.PreserveAspectCrop
                    Component.onCompleted: root.controller.videoSink = video.videoSink
                    Component.onDestruction: root.controller.videoSink = null
                }

                // The frame to hold the code in: four corners and a sweeping line.
                Item {
                    id: frame

                    visible: root.live
                    anchors.centerIn: parent
                    width: Math.min(parent.width, parent.height) * 0.62
                    height: width

                    Repeater {
                        model: 4

                        Item {
                            id: corner

                            required property int index
                            readonly property int arm: frame.width / 7
                            readonly property int thickness: Math.max(3, Theme.spacingTiny)

                            x: index % 2 === 0 ? 0 : frame.width - arm
                            y: index < 2 ? 0 : frame.height - arm
                            width: arm
                            height: arm

                            Rectangle {
                                width: corner.arm
                                height: corner.thickness
                                y: corner.index < 2 ? 0 : corner.arm - height
                                color: Theme.accent
                            }
                            Rectangle {
                                width: corner.thickness
                                height: corner.arm
                                x: corner.index % 2 === 0 ? 0 : corner.arm - width
                                color: Theme.accent
                            }
                        }
                    }

                    Rectangle {
                        width: frame.width - 2 * Theme.spacingMedium
                        x: Theme.spacingMedium
                        height: Math.max(2, Theme.borderWidth * 2)
                        color: Theme.accent
                        opacity: 0.8
                        NumberAnimation on y {
                            running: root.live
                            loops: Animation.Infinite
                            from: frame.height * 0.08
                            to: frame.height * 0.92
                            duration: 1800
                        }
                    }
                }

                Label {
                    visible: root.live
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.spacingLarge
                    width: parent.width - 2 * Theme.spacingXLarge
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("Hold the QR code inside the frame. It is read as soon as it is sharp.")
                    color: Theme.textOnAccent
                    style: Text.Outline
                    styleColor: Theme.railBackground
                }

                // Not live: start the camera, or say clearly that there is none.
                ColumnLayout {
                    id: idleColumn

                    visible: !root.live && !root.busy
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingXLarge, Theme.emptyStateWidth)
                    spacing: Theme.spacingLarge

                    Icon {
                        Layout.alignment: Qt.AlignHCenter
                        name: "scan"
                        size: Theme.iconSizeHuge
                        color: Theme.emptyStateIcon
                    }
                    Label {
                        objectName: "scan.cameraState"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeTitle
                        font.weight: Theme.fontWeightStrong
                        color: Theme.textPrimary
                        text: root.controller.cameraAvailable ? qsTr("Scan with the camera")
                                                              : qsTr("No camera")
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        lineHeight: 1.25
                        text: root.controller.cameraError.length > 0
                              ? root.controller.cameraError + " " + qsTr("You can still scan a code from a picture, the clipboard or your screen.")
                              : root.controller.cameraAvailable
                                ? qsTr("Point the camera at a QR code to add a friend, join a group, follow an account or pay.")
                                : qsTr("No camera was found on this computer. You can still scan a code from a picture, the clipboard or your screen.")
                    }
                    PrimaryButton {
                        objectName: "scan.startCamera"
                        Layout.alignment: Qt.AlignHCenter
                        visible: root.controller.cameraAvailable
                        text: qsTr("Start camera")
                        Accessible.name: text
                        onClicked: root.controller.startCamera()
                    }
                }

                ColumnLayout {
                    visible: root.busy
                    anchors.centerIn: parent
                    spacing: Theme.spacingMedium

                    BusyIndicator {
                        Layout.alignment: Qt.AlignHCenter
                        running: root.busy
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: root.controller.message
                        color: Theme.textSecondary
                    }
                }
            }

            Banner {
                objectName: "scan.status"
                Layout.fillWidth: true
                visible: root.controller.state === ScanController.NothingFound
                         || root.controller.state === ScanController.Failed
                kind: root.controller.state === ScanController.Failed ? Banner.Error : Banner.Warning
                text: root.controller.message
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingMedium

                SecondaryButton {
                    objectName: "scan.stopCamera"
                    visible: root.live
                    text: qsTr("Stop camera")
                    Accessible.name: text
                    onClicked: root.controller.stopCamera()
                }
                SecondaryButton {
                    objectName: "scan.openFile"
                    text: qsTr("Open image…")
                    Accessible.name: qsTr("Open an image file to scan")
                    onClicked: root.openFileRequested()
                }
                SecondaryButton {
                    objectName: "scan.paste"
                    text: qsTr("Paste image")
                    Accessible.name: qsTr("Scan the picture on the clipboard")
                    onClicked: root.controller.scanClipboard()
                }
                SecondaryButton {
                    objectName: "scan.screen"
                    text: qsTr("Scan part of the screen")
                    Accessible.name: text
                    onClicked: root.screenRequested()
                }
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                text: qsTr("You can also drop an image here. Payments are never made without your confirmation.")
            }
        }
    }
}
