pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// My applications: forms to carry on (drafts, some filled in by family), forms family asked
// me to fill in, and what I submitted, with the receipt and every status update since.
ScrollView {
    id: root

    required property ServicesController controller

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: Math.min(root.availableWidth, Theme.contentMaxWidth) - 2 * Theme.spacingXLarge
        x: (root.availableWidth - width) / 2
        spacing: Theme.spacingMedium

        Item { Layout.preferredHeight: Theme.spacingSmall }

        SectionTitle {
            objectName: "services.help.title"
            text: qsTr("Family help")
            visible: root.controller.helpRequests.length > 0
        }
        Repeater {
            model: root.controller.helpRequests
            delegate: Card {
                id: request
                required property var modelData
                required property int index
                objectName: "services.help." + index
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: request.modelData.direction === "in"
                              ? qsTr("%1 asks you to fill in “%2”").arg(request.modelData.peerName).arg(request.modelData.service)
                              : qsTr("You asked %1 to fill in “%2”").arg(request.modelData.peerName).arg(request.modelData.service)
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: Theme.fontWeightStrong
                        color: Theme.textPrimary
                    }
                    Label {
                        objectName: "services.help.state." + request.index
                        Layout.maximumWidth: request.width / 2
                        text: request.modelData.stateText
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignRight
                        font.pixelSize: Theme.fontSizeCaption
                        font.weight: Theme.fontWeightStrong
                        color: Theme.accent
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: request.modelData.updated
                    font.pixelSize: Theme.fontSizeCaption
                    color: Theme.textSecondary
                }
                PrimaryButton {
                    objectName: "services.help.open." + request.index
                    visible: request.modelData.canFill || request.modelData.canReview
                    text: request.modelData.canReview ? qsTr("Check and submit")
                          : request.modelData.state === "sent" ? qsTr("Fill in again") : qsTr("Fill in")
                    onClicked: request.modelData.canReview
                               ? root.controller.resumeDraft(request.modelData.draftId)
                               : root.controller.openHelpRequest(request.modelData.id)
                }
            }
        }

        SectionTitle {
            text: qsTr("Drafts")
            visible: root.controller.drafts.length > 0
        }
        Repeater {
            model: root.controller.drafts
            delegate: Card {
                id: draft
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Label {
                    Layout.fillWidth: true
                    text: draft.modelData.title
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeSubtitle
                    font.weight: Theme.fontWeightStrong
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    text: draft.modelData.helpedBy !== ""
                          ? qsTr("%1 · filled in by %2 · %3").arg(draft.modelData.city).arg(draft.modelData.helpedBy).arg(draft.modelData.updated)
                          : qsTr("%1 · saved %2").arg(draft.modelData.city).arg(draft.modelData.updated)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeCaption
                    color: Theme.textSecondary
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    PrimaryButton {
                        objectName: "services.draft.resume." + draft.index
                        text: draft.modelData.helpedBy !== "" ? qsTr("Check and submit") : qsTr("Carry on")
                        onClicked: root.controller.resumeDraft(draft.modelData.id)
                    }
                    SecondaryButton {
                        objectName: "services.draft.discard." + draft.index
                        text: qsTr("Discard")
                        onClicked: root.controller.discardDraft(draft.modelData.id)
                    }
                }
            }
        }

        SectionTitle { text: qsTr("Submitted") }
        Label {
            objectName: "services.applications.none"
            Layout.fillWidth: true
            visible: root.controller.applications.length === 0
            text: qsTr("Forms you submit appear here with their receipts and the updates the service sends.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
            color: Theme.textSecondary
        }
        Repeater {
            model: root.controller.applications
            delegate: Card {
                id: app
                required property var modelData
                required property int index
                objectName: "services.application." + index
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        // Wraps in the room left by the state, rather than pushing it out.
                        Layout.preferredWidth: 1
                        text: app.modelData.title
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeSubtitle
                        font.weight: Theme.fontWeightStrong
                        color: Theme.textPrimary
                    }
                    Label {
                        objectName: "services.application.state." + app.index
                        text: app.modelData.state
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: Theme.fontWeightStrong
                        color: Theme.accent
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 · reference %2 · submitted %3").arg(app.modelData.city).arg(app.modelData.reference).arg(app.modelData.submitted)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeCaption
                    color: Theme.textSecondary
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingLarge
                    GridLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        columns: 2
                        columnSpacing: Theme.spacingMedium
                        rowSpacing: Theme.spacingTiny
                        Repeater {
                            model: app.modelData.receipt.length * 2
                            delegate: Label {
                                required property int index
                                readonly property var entry: app.modelData.receipt[Math.floor(index / 2)]
                                Layout.fillWidth: index % 2 === 1
                                Layout.preferredWidth: index % 2 === 1 ? 1 : implicitWidth
                                Layout.alignment: Qt.AlignTop
                                text: index % 2 === 0 ? entry.label : entry.value
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSizeBody
                                color: index % 2 === 0 ? Theme.textSecondary : Theme.textPrimary
                            }
                        }
                    }
                    Image {
                        objectName: "services.application.qr." + app.index
                        visible: app.modelData.qr !== ""
                        source: app.modelData.qr
                        Layout.preferredWidth: Theme.iconSizeHuge * 2
                        Layout.preferredHeight: Theme.iconSizeHuge * 2
                        Layout.alignment: Qt.AlignTop
                        fillMode: Image.PreserveAspectFit
                        smooth: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of the receipt")
                    }
                }
                Repeater {
                    model: app.modelData.updates
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: "• " + modelData.time + "  " + modelData.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeBody
                        color: Theme.textPrimary
                    }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.spacingXLarge }
    }
}
