pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Teahouse.Ui
import Teahouse.Scan

// "Scan part of the screen": a full-screen window over a screenshot where the user drags a
// rectangle around the code (or takes the whole screen). Escape cancels.
Window {
    id: root

    required property ScanController controller
    property point start
    property rect selection: Qt.rect(0, 0, 0, 0)

    objectName: "scan.regionPicker"
    flags: Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
    color: Theme.railBackground
    title: qsTr("Select the QR code")

    function finish(area) {
        root.close();
        root.controller.scanScreenRegion(area);
    }
    function cancel() {
        root.close();
        root.controller.cancelScreen();
    }

    onVisibleChanged: if (visible) selection = Qt.rect(0, 0, 0, 0)

    ScanImage {
        id: shot

        anchors.fill: parent
        image: root.controller.screenshot
    }

    // Darken everything but the selection.
    Rectangle {
        anchors.fill: parent
        color: "#66000000"
        visible: root.selection.width <= 0
    }
    Rectangle {
        x: root.selection.x
        y: root.selection.y
        width: root.selection.width
        height: root.selection.height
        visible: width > 0
        color: "transparent"
        border.width: Math.max(2, Theme.borderWidth * 2)
        border.color: Theme.accent
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.CrossCursor
        onPressed: mouse => {
            root.start = Qt.point(mouse.x, mouse.y);
            root.selection = Qt.rect(mouse.x, mouse.y, 0, 0);
        }
        onPositionChanged: mouse => {
            root.selection = Qt.rect(Math.min(root.start.x, mouse.x), Math.min(root.start.y, mouse.y),
                                     Math.abs(mouse.x - root.start.x), Math.abs(mouse.y - root.start.y));
        }
        onReleased: {
            const r = shot.paintedRect;
            if (root.selection.width < Theme.minimumHitSize || root.selection.height < Theme.minimumHitSize
                    || r.width <= 0)
                return;
            root.finish(Qt.rect((root.selection.x - r.x) / r.width, (root.selection.y - r.y) / r.height,
                                root.selection.width / r.width, root.selection.height / r.height));
        }
    }

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingXLarge
        width: bar.implicitWidth + 2 * Theme.spacingLarge
        height: bar.implicitHeight + 2 * Theme.spacingMedium
        radius: Theme.radiusLarge
        color: Theme.cardBackground

        RowLayout {
            id: bar

            anchors.centerIn: parent
            spacing: Theme.spacingMedium

            Label {
                text: qsTr("Drag a rectangle around the QR code.")
                color: Theme.textPrimary
            }
            SecondaryButton {
                objectName: "scan.region.whole"
                text: qsTr("Whole screen")
                Accessible.name: qsTr("Scan the whole screen")
                onClicked: root.finish(Qt.rect(0, 0, 1, 1))
            }
            SecondaryButton {
                objectName: "scan.region.cancel"
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: root.cancel()
            }
        }
    }

    Shortcut {
        sequence: StandardKey.Cancel
        onActivated: root.cancel()
    }
}
