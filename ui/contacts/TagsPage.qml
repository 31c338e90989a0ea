import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// Tags (roster groups): pick one to show only its contacts in the list.
ColumnLayout {
    id: root

    required property ContactsController controller

    objectName: "contacts.tagsPage"
    spacing: 0

    PaneHeader {
        Layout.fillWidth: true
        title: qsTr("Tags")
    }

    ListView {
        id: list

        objectName: "contacts.tagList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.controller.tags
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Tags")
        ScrollBar.vertical: ScrollBar {}

        header: ListRow {
            objectName: "contacts.tag.all"
            width: list.width
            visible: list.count > 0
            height: visible ? implicitHeight : 0
            text: qsTr("All contacts")
            highlighted: root.controller.contacts.tag.length === 0
            onClicked: root.controller.contacts.tag = ""
        }

        EmptyState {
            anchors.fill: parent
            visible: list.count === 0
            iconName: "contacts"
            title: qsTr("No tags yet")
            body: qsTr("Open a contact's card and give them tags such as Family or Colleagues.")
        }

        delegate: ListRow {
            required property string name
            required property int contactCount

            objectName: "contacts.tag." + name
            width: list.width
            text: name
            subtitle: qsTr("%n contact(s)", "", contactCount)
            showChevron: true
            highlighted: root.controller.contacts.tag === name
            onClicked: root.controller.contacts.tag = name
        }
    }
}
