import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// A filterable list of people with a check box each (new group, invite to a group).
ColumnLayout {
    id: root

    required property MemberListModel model
    property string objectPrefix: "chat.picker"

    spacing: Theme.spacingSmall

    SearchField {
        objectName: root.objectPrefix + ".filter"
        Layout.fillWidth: true
        placeholderText: qsTr("Search contacts")
        text: root.model.filter
        onTextChanged: root.model.filter = text
    }

    ListView {
        id: list

        objectName: root.objectPrefix + ".list"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.listRowHeight * 2
        clip: true
        model: root.model
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Contacts")
        ScrollBar.vertical: ScrollBar {}

        delegate: CheckDelegate {
            id: row

            required property int index
            required property string jid
            required property string name
            required property string avatarSource
            required property bool picked

            objectName: root.objectPrefix + "." + jid
            width: ListView.view.width
            implicitHeight: Theme.listRowHeight
            checked: picked
            text: name
            hoverEnabled: true
            Accessible.role: Accessible.CheckBox
            Accessible.name: name
            Accessible.checked: picked
            onToggled: root.model.setChecked(jid, !picked)

            background: Rectangle {
                color: row.hovered ? Theme.listHover : "transparent"
                border.width: row.visualFocus ? Theme.focusWidth : 0
                border.color: Theme.focusRing
            }

            contentItem: Row {
                spacing: Theme.spacingMedium
                rightPadding: row.indicator.width + row.spacing

                ChatAvatar {
                    anchors.verticalCenter: parent.verticalCenter
                    size: Theme.iconSizeLarge
                    name: row.name
                    source: row.avatarSource
                }

                Column {
                    anchors.verticalCenter: parent.verticalCenter
                    width: row.availableWidth - Theme.iconSizeLarge - Theme.spacingMedium
                           - row.indicator.width - row.spacing

                    Label {
                        width: parent.width
                        text: row.name
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }

                    Label {
                        width: parent.width
                        text: row.jid
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        elide: Text.ElideRight
                    }
                }
            }

            indicator: Rectangle {
                x: row.width - width - row.rightPadding
                anchors.verticalCenter: parent.verticalCenter
                implicitWidth: Theme.iconSizeSmall + Theme.spacingTiny
                implicitHeight: implicitWidth
                radius: width / 2
                color: row.picked ? Theme.accentButton : Theme.fieldBackground
                border.width: Theme.borderWidth
                border.color: row.picked ? Theme.accentButton : Theme.fieldBorder

                Icon {
                    anchors.centerIn: parent
                    visible: row.picked
                    name: "check"
                    size: Theme.iconSizeSmall
                    color: Theme.textOnAccent
                }
            }
        }

        Label {
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            visible: list.count === 0
            text: root.model.filter.length > 0 ? qsTr("No contact matches “%1”")
                                                 .arg(root.model.filter)
                                               : qsTr("No contacts yet. Add friends in Contacts first.")
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
