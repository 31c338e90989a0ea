pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// A service form: title, "Step 2 of 4", instructions, the service's notes, the page's fields,
// and Back / Next / Submit / Cancel as the service allows; at the end the result (a form or a
// sortable table). Tab goes through the fields, Enter moves on, Escape leaves (the draft stays).
FocusScope {
    id: root

    required property ServicesController controller
    required property FormController form

    readonly property bool editing: form.state === "editing"
    readonly property bool done: form.state === "completed"

    function moveOn() {
        if (!root.editing)
            return
        if (root.form.canForward)
            root.form.next()
        else if (root.form.canComplete)
            root.form.complete()
    }
    function focusFirst(onlyProblems) {
        for (let i = 0; i < fieldsRepeater.count; ++i) {
            const row = fieldsRepeater.itemAt(i)
            if (row && (onlyProblems ? row.problem !== "" : (row.first || row.problem !== ""))) {
                row.focusInput()
                return
            }
        }
    }

    Keys.onEscapePressed: root.form.close()

    Connections {
        target: root.form.fields
        function onModelReset() { Qt.callLater(root.focusFirst, false) }
    }
    Connections {
        target: root.form
        function onProblemsShown() { Qt.callLater(root.focusFirst, true) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The form's bar: leave (draft kept), the service and the city, the step.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + 2 * Theme.spacingSmall
            color: Theme.contentBackground

            RowLayout {
                id: bar
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingLarge
                anchors.rightMargin: Theme.spacingLarge
                spacing: Theme.spacingMedium

                SecondaryButton {
                    objectName: "services.form.close"
                    text: root.done || root.form.state === "canceled" ? qsTr("Done") : qsTr("Close")
                    accessibleDescription: root.done ? "" : qsTr("Leaves the form; what you typed is kept as a draft")
                    onClicked: root.form.close()
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: 0
                    Label {
                        objectName: "services.form.title"
                        Layout.fillWidth: true
                        text: root.form.title
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSizeSubtitle
                        font.weight: Theme.fontWeightStrong
                        color: Theme.textPrimary
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: [root.form.cityName, root.form.serviceName !== root.form.title ? root.form.serviceName : ""]
                              .filter(s => s !== "").join(" · ")
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSizeCaption
                        color: Theme.textSecondary
                    }
                    // Under the title, so a long title keeps its room at 200 % text.
                    Label {
                        objectName: "services.form.step"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: root.form.stepText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: Theme.fontWeightStrong
                        color: Theme.accent
                        Accessible.name: text
                    }
                }
            }
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: Theme.borderWidth
                color: Theme.separator
            }
        }

        ScrollView {
            id: scroll
            objectName: "services.form.scroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                // Tables get the room their columns need; forms stay a readable width.
                width: Math.min(scroll.availableWidth,
                                root.done && root.form.hasTable ? Theme.contentMaxWidth : Theme.formWidth * 1.4)
                       - 2 * Theme.spacingXLarge
                x: (scroll.availableWidth - width) / 2
                spacing: Theme.spacingMedium

                Item { Layout.preferredHeight: Theme.spacingSmall }

                BusyIndicator {
                    objectName: "services.form.busy"
                    Layout.alignment: Qt.AlignHCenter
                    visible: root.form.state === "loading"
                    running: visible
                    Accessible.name: qsTr("Waiting for the service")
                }

                Label {
                    objectName: "services.form.pageLabel"
                    Layout.fillWidth: true
                    visible: text !== "" && root.editing
                    text: root.form.pageLabel
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Theme.fontWeightStrong
                    color: Theme.textPrimary
                }
                Label {
                    objectName: "services.form.instructions"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: root.form.instructions
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    color: Theme.textSecondary
                }
                Banner {
                    objectName: "services.form.helper"
                    Layout.fillWidth: true
                    visible: root.form.helperNote !== ""
                    text: root.form.helperNote
                }
                Repeater {
                    model: root.form.notes
                    delegate: Banner {
                        required property var modelData
                        required property int index
                        objectName: "services.form.note." + index
                        Layout.fillWidth: true
                        kind: modelData.type === "error" ? Banner.Error
                            : modelData.type === "warning" ? Banner.Warning : Banner.Info
                        text: modelData.text
                    }
                }
                Banner {
                    objectName: "services.form.error"
                    Layout.fillWidth: true
                    visible: root.form.errorText !== ""
                    kind: Banner.Error
                    text: root.form.errorText
                }
                Banner {
                    objectName: "services.form.problems"
                    Layout.fillWidth: true
                    visible: root.editing && root.form.problemCount > 0
                    kind: Banner.Warning
                    text: root.form.problemCount === 1 ? qsTr("One answer needs your attention before you go on.")
                                                       : qsTr("%1 answers need your attention before you go on.").arg(root.form.problemCount)
                }

                Repeater {
                    id: fieldsRepeater
                    model: root.form.fields
                    delegate: FieldDelegate {
                        Layout.fillWidth: true
                        form: root.form
                        onSubmitRequested: root.moveOn()
                    }
                }

                // The result: a form of values, or a table.
                Repeater {
                    model: root.done ? root.form.resultFields : []
                    delegate: ColumnLayout {
                        id: resultRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        spacing: Theme.spacingTiny

                        Label {
                            Layout.fillWidth: true
                            text: resultRow.modelData.label
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeCaption
                            color: Theme.textSecondary
                        }
                        Label {
                            objectName: "services.result." + (resultRow.modelData.var !== "" ? resultRow.modelData.var : resultRow.index)
                            Layout.fillWidth: true
                            visible: !resultRow.modelData.payment
                            text: resultRow.modelData.value
                            wrapMode: Text.WrapAnywhere
                            font.pixelSize: Theme.fontSizeSubtitle
                            color: Theme.textPrimary
                            Accessible.name: resultRow.modelData.label + ": " + text
                        }
                        Image {
                            objectName: "services.result.image." + resultRow.index
                            visible: resultRow.modelData.image !== ""
                            source: resultRow.modelData.image
                            Layout.preferredWidth: Math.min(sourceSize.width * Theme.scale, scroll.availableWidth)
                            Layout.preferredHeight: Layout.preferredWidth
                            fillMode: Image.PreserveAspectFit
                            smooth: false
                            Accessible.role: Accessible.Graphic
                            Accessible.name: resultRow.modelData.label
                        }
                        PrimaryButton {
                            objectName: "services.result.pay"
                            visible: resultRow.modelData.payment
                            text: qsTr("Pay now")
                            onClicked: root.controller.openUri(resultRow.modelData.value)
                        }
                    }
                }
                ResultTable {
                    objectName: "services.result.table"
                    Layout.fillWidth: true
                    visible: root.done && root.form.hasTable
                    model: root.form.table
                }

                Item { Layout.preferredHeight: Theme.spacingSmall }
            }
        }

        // The actions the service allows now.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: actions.implicitHeight + 2 * Theme.spacingMedium
            color: Theme.contentBackground
            visible: root.editing || root.form.state === "failed"

            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                height: Theme.borderWidth
                color: Theme.separator
            }

            Flow {
                id: actions
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingXLarge
                anchors.rightMargin: Theme.spacingXLarge
                spacing: Theme.spacingMedium
                layoutDirection: Qt.RightToLeft

                PrimaryButton {
                    objectName: "services.form.submit"
                    visible: root.form.canComplete && !root.form.canForward
                    text: root.form.local ? qsTr("Send back") : qsTr("Submit")
                    onClicked: root.form.complete()
                }
                PrimaryButton {
                    objectName: "services.form.next"
                    visible: root.form.canForward
                    text: qsTr("Next")
                    onClicked: root.form.next()
                }
                SecondaryButton {
                    objectName: "services.form.finishNow"
                    visible: root.form.canComplete && root.form.canForward
                    text: qsTr("Submit now")
                    onClicked: root.form.complete()
                }
                SecondaryButton {
                    objectName: "services.form.back"
                    visible: root.form.canBack
                    text: qsTr("Back")
                    onClicked: root.form.back()
                }
                SecondaryButton {
                    objectName: "services.form.askFamily"
                    visible: root.form.canAskFamily && root.controller.contacts.length > 0
                    text: qsTr("Ask family to fill this")
                    onClicked: askFamily.open()
                }
                SecondaryButton {
                    objectName: "services.form.cancel"
                    text: root.form.state === "failed" ? qsTr("Discard draft") : qsTr("Cancel")
                    accessibleDescription: qsTr("Ends the form and deletes the draft")
                    onClicked: root.form.cancel()
                }
            }
        }
    }

    AskFamilyDialog {
        id: askFamily
        controller: root.controller
    }
}
