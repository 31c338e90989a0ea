pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// Discover → City Services: the services of the chosen city, My applications (drafts, requests
// from family, submitted forms and their updates), My info, and the form being filled.
Item {
    id: root

    required property ServicesController controller

    objectName: "services.page"

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The three places of City Services; hidden while a form is open (it has its own bar).
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: tabs.implicitHeight + 2 * Theme.spacingSmall
            visible: root.controller.view !== "form"
            color: Theme.contentBackground

            Flow {
                id: tabs
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingXLarge
                anchors.rightMargin: Theme.spacingXLarge
                spacing: Theme.spacingSmall

                Repeater {
                    model: [
                        { key: "home", name: "services.tab.home", title: qsTr("Services") },
                        { key: "applications", name: "services.tab.applications",
                          title: root.controller.drafts.length + root.controller.pendingHelp > 0
                                 ? qsTr("My applications (%1)").arg(root.controller.drafts.length + root.controller.pendingHelp)
                                 : qsTr("My applications") },
                        { key: "myinfo", name: "services.tab.myInfo", title: qsTr("My info") }
                    ]

                    delegate: Button {
                        id: tab
                        required property var modelData

                        objectName: modelData.name
                        text: modelData.title
                        checkable: false
                        flat: true
                        focusPolicy: Qt.StrongFocus
                        implicitHeight: Theme.controlHeight
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: root.controller.view === modelData.key ? Theme.fontWeightStrong
                                                                            : Theme.fontWeightBody
                        Accessible.name: text
                        Accessible.role: Accessible.PageTab
                        onClicked: root.controller.view = modelData.key

                        contentItem: Label {
                            text: tab.text
                            font: tab.font
                            color: root.controller.view === tab.modelData.key ? Theme.textLink
                                                                               : Theme.textPrimary
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            radius: Theme.radiusSmall
                            color: tab.hovered ? Theme.listHover : "transparent"
                            Rectangle {
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.bottom: parent.bottom
                                height: Theme.borderWidth * 3
                                color: Theme.accent
                                visible: root.controller.view === tab.modelData.key
                            }
                            FocusRing { shown: tab.visualFocus }
                        }
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

        // What just happened (a status update, a draft sent to family), until dismissed; not
        // over a form, which needs the room (at 200 % text above all).
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingMedium
            visible: root.controller.message !== "" && root.controller.view !== "form"
            spacing: Theme.spacingMedium

            Banner {
                objectName: "services.message"
                Layout.fillWidth: true
                text: root.controller.message
            }
            SecondaryButton {
                objectName: "services.message.dismiss"
                text: qsTr("OK")
                accessibleDescription: qsTr("Hides this message")
                onClicked: root.controller.clearMessage()
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.controller.view === "form" ? 1
                        : root.controller.view === "applications" ? 2
                        : root.controller.view === "myinfo" ? 3 : 0

            ServicesHome { controller: root.controller }
            FormView {
                controller: root.controller
                form: root.controller.form
            }
            ApplicationsView { controller: root.controller }
            MyInfoView { controller: root.controller }
        }
    }
}
