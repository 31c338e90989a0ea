import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// The light grey column between the rail and the content pane: a search field on top, the
// section's list below, and a line about the connection when it is not online.
Rectangle {
    id: root

    required property SessionController session
    property alias searchObjectName: search.objectName
    property string emptyText
    default property alias content: body.data

    color: Theme.listBackground

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.headerHeight

            SearchField {
                id: search

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingMedium
                anchors.rightMargin: Theme.spacingMedium
            }
        }

        Rectangle {
            objectName: "connection.banner"
            Layout.fillWidth: true
            visible: root.session.hasAccount && root.session.state !== SessionController.Online
            implicitHeight: status.implicitHeight + 2 * Theme.spacingSmall
            color: Theme.warningBackground

            ConnectionStatus {
                id: status

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingMedium
                anchors.rightMargin: Theme.spacingMedium
                session: root.session
            }
        }

        Item {
            id: body

            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingXLarge
                visible: root.emptyText.length > 0
                text: root.emptyText
                color: Theme.textSecondary
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }

    Rectangle {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.borderWidth
        color: Theme.separator
    }
}
