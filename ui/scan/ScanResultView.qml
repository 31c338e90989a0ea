pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Scan

// One scanned code: what it is, its fields, what Teahouse will do with it (or why nothing),
// and the action itself — never taken without this page and the user's click.
ScrollPage {
    id: root

    required property ScanController controller
    // ScanController.current: the roles of ScanResultModel plus index.
    required property var result

    readonly property bool isUrl: result.kind === "url" && result.valid
    readonly property bool several: controller.results.count > 1

    objectName: "scan.resultPage"
    columnWidth: Theme.contentMaxWidth
    centerVertically: false

    Card {
        Layout.fillWidth: true

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Icon {
                name: !root.result.valid ? "warning"
                    : root.result.payment ? "wallet"
                    : root.result.kind === "url" ? "link"
                    : root.result.kind === "xmpp" ? "person" : "scan"
                size: Theme.iconSizeLarge
                color: root.result.valid ? Theme.accentIcon : Theme.errorText
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingTiny

                Label {
                    objectName: "scan.resultTitle"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: root.result.title ?? ""
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Theme.fontWeightStrong
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: root.result.valid === true
                    text: root.result.summary ?? ""
                    color: Theme.textSecondary
                }
            }
        }

        Banner {
            objectName: "scan.resultError"
            Layout.fillWidth: true
            visible: root.result.valid === false
            kind: Banner.Error
            text: qsTr("This code cannot be used: %1 Nothing was done and nothing was paid.")
                  .arg(root.result.errorText ?? "")
        }

        Label {
            objectName: "scan.explanation"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0 && root.result.valid === true
            text: root.result.explanation ?? ""
            color: Theme.textPrimary
            lineHeight: 1.2
        }

        // A web address, shown in full before anyone opens it.
        TextArea {
            objectName: "scan.fullAddress"
            Layout.fillWidth: true
            visible: root.isUrl
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            text: root.result.url ?? ""
            font.family: Theme.monospaceFamily
            Accessible.name: qsTr("Full web address")
            background: Rectangle {
                radius: Theme.radiusSmall
                color: Theme.fieldBackground
                border.width: Theme.borderWidth
                border.color: Theme.fieldBorder
            }
        }

        GridLayout {
            objectName: "scan.fields"
            Layout.fillWidth: true
            visible: fieldsRepeater.count > 0
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingSmall

            Repeater {
                id: fieldsRepeater

                model: root.result.fields ?? []

                delegate: Label {
                    required property var modelData
                    required property int index

                    Layout.row: index
                    Layout.column: 0
                    Layout.alignment: Qt.AlignTop
                    text: modelData.label
                    color: Theme.textSecondary
                }
            }
            Repeater {
                model: root.result.fields ?? []

                delegate: Label {
                    required property var modelData
                    required property int index

                    Layout.row: index
                    Layout.column: 1
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    text: modelData.value
                    color: Theme.textPrimary
                    font.weight: Theme.fontWeightStrong
                }
            }
        }

        Banner {
            objectName: "scan.actionMessage"
            Layout.fillWidth: true
            visible: root.controller.actionMessage.length > 0
            text: root.controller.actionMessage
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            PrimaryButton {
                objectName: "scan.act"
                visible: (root.result.actionLabel ?? "").length > 0 && root.result.valid === true
                enabled: root.result.actionAvailable === true
                text: root.result.actionLabel ?? ""
                Accessible.name: text
                onClicked: root.controller.act(root.result.index)
            }
            PrimaryButton {
                objectName: "scan.openLink"
                visible: root.isUrl
                text: qsTr("Open in browser")
                Accessible.name: text
                onClicked: root.controller.openLink(root.result.index)
            }
            SecondaryButton {
                objectName: "scan.copy"
                text: qsTr("Copy text")
                Accessible.name: qsTr("Copy the code's text")
                onClicked: root.controller.copyText(root.result.index)
            }
        }
    }

    Card {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        SectionTitle {
            text: qsTr("Content of the code")
        }
        Label {
            objectName: "scan.rawText"
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            text: root.result.text ?? ""
            font.family: Theme.monospaceFamily
            font.pixelSize: Theme.fontSizeCaption
            color: Theme.textSecondary
            maximumLineCount: 12
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: (root.result.format ?? "").length > 0
            text: qsTr("Format: %1").arg(root.result.format ?? "")
            font.pixelSize: Theme.fontSizeCaption
            color: Theme.textSecondary
        }
    }

    // Wraps: at 200 % the two buttons side by side are wider than the pane.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingMedium

        SecondaryButton {
            objectName: "scan.backToList"
            visible: root.several
            text: qsTr("Other codes in the picture")
            Accessible.name: text
            onClicked: root.controller.currentIndex = -1
        }
        SecondaryButton {
            objectName: "scan.again"
            text: qsTr("Scan something else")
            Accessible.name: text
            onClicked: root.controller.reset()
        }
    }
}
