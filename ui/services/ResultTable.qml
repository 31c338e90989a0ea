pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// A service's result table: column headings that sort (again to reverse), then the rows.
Rectangle {
    id: root

    required property ResultTableModel model
    readonly property real columnWidth: Math.max(Theme.controlMinimumWidth, (width - 2 * Theme.spacingSmall) / Math.max(1, root.model.columns.length))

    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radiusLarge
    color: Theme.cardBackground
    border.width: Theme.borderWidth
    border.color: Theme.separator
    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Results, %1 rows").arg(root.model.count)

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        contentWidth: column.implicitWidth
        contentHeight: column.implicitHeight
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.horizontal: ScrollBar {}

        Column {
            id: column

            Row {
                Repeater {
                    model: root.model.columns
                    delegate: Button {
                        id: head
                        required property string modelData
                        required property int index
                        objectName: "services.table.sort." + index
                        width: root.columnWidth
                        implicitHeight: Theme.controlHeight
                        flat: true
                        focusPolicy: Qt.StrongFocus
                        text: modelData + (root.model.sortColumn === index ? (root.model.sortAscending ? " ▲" : " ▼") : "")
                        Accessible.name: qsTr("Sort by %1").arg(modelData)
                        onClicked: root.model.sortBy(index)
                        contentItem: Label {
                            text: head.text
                            font.pixelSize: Theme.fontSizeCaption
                            font.weight: Theme.fontWeightStrong
                            color: Theme.textPrimary
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            color: head.hovered ? Theme.listHover : "transparent"
                            FocusRing { shown: head.visualFocus; inside: true }
                        }
                    }
                }
            }
            Repeater {
                model: root.model
                delegate: Rectangle {
                    id: tableRow
                    required property var cells
                    required property int index
                    objectName: "services.table.row." + index
                    width: root.columnWidth * root.model.columns.length
                    implicitHeight: cellsRow.implicitHeight + Theme.spacingSmall
                    color: index % 2 === 0 ? Theme.pageBackground : "transparent"
                    Accessible.role: Accessible.Row
                    Accessible.name: cells.join(", ")
                    Row {
                        id: cellsRow
                        anchors.verticalCenter: parent.verticalCenter
                        Repeater {
                            model: tableRow.cells
                            delegate: Label {
                                required property string modelData
                                width: root.columnWidth
                                leftPadding: Theme.spacingSmall
                                rightPadding: Theme.spacingSmall
                                text: modelData
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSizeBody
                                color: Theme.textPrimary
                            }
                        }
                    }
                }
            }
        }
    }
}
