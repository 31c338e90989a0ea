pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Scan

// Several codes in one picture: the picture with a numbered marker on each code, and the same
// numbers in a list; the user picks the one they meant.
Item {
    id: root

    required property ScanController controller

    objectName: "scan.picker"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXLarge
        spacing: Theme.spacingLarge

        Label {
            objectName: "scan.pickerTitle"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            text: qsTr("%n code(s) found. Choose the one you mean.", "", root.controller.results.count)
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                visible: root.controller.hasPicture
                radius: Theme.radiusLarge
                color: Theme.cardBackground
                border.width: Theme.borderWidth
                border.color: Theme.separator
                clip: true

                ScanImage {
                    id: picture

                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    image: root.controller.picture
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("The scanned picture")
                }

                Repeater {
                    model: root.controller.results

                    Item {
                        id: marker

                        required property int index
                        required property rect box

                        x: picture.x + picture.paintedRect.x + box.x * picture.paintedRect.width
                        y: picture.y + picture.paintedRect.y + box.y * picture.paintedRect.height
                        width: box.width * picture.paintedRect.width
                        height: box.height * picture.paintedRect.height

                        Rectangle {
                            anchors.fill: parent
                            color: "transparent"
                            radius: Theme.radiusSmall
                            border.width: Math.max(2, Theme.borderWidth * 2)
                            border.color: Theme.accent
                        }

                        Button {
                            objectName: "scan.marker." + marker.index
                            anchors.centerIn: parent
                            width: Theme.minimumHitSize
                            height: Theme.minimumHitSize
                            padding: 0
                            text: (marker.index + 1).toString()
                            Accessible.name: qsTr("Code %1").arg(marker.index + 1)
                            onClicked: root.controller.currentIndex = marker.index
                            background: Rectangle {
                                radius: width / 2
                                color: Theme.accentButton
                            }
                            contentItem: Label {
                                text: (marker.index + 1).toString()
                                color: Theme.textOnAccent
                                font.weight: Theme.fontWeightStrong
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                }
            }

            ListView {
                objectName: "scan.results"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                clip: true
                spacing: Theme.spacingSmall
                model: root.controller.results
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Codes found")

                delegate: ListRow {
                    required property int index
                    required property string title
                    required property string summary
                    required property bool valid

                    objectName: "scan.result." + index
                    width: ListView.view.width
                    iconName: valid ? "scan" : "warning"
                    text: (index + 1) + ". " + title
                    subtitle: summary
                    showChevron: true
                    onClicked: root.controller.currentIndex = index
                }
            }
        }

        SecondaryButton {
            objectName: "scan.again"
            text: qsTr("Scan something else")
            Accessible.name: text
            onClicked: root.controller.reset()
        }
    }
}
