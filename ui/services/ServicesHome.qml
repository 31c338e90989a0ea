pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// The services of the chosen city: the city, a search, the categories, pinned and recently
// used services, then every service of the chosen category.
ScrollView {
    id: root

    required property ServicesController controller

    contentWidth: availableWidth
    clip: true

    component ServiceRow: ListRow {
        id: row
        required property string city
        required property string node
        required property string name
        required property string categoryLabel
        required property bool pinned
        required property string lastUsed

        Layout.fillWidth: true
        text: name
        subtitle: lastUsed !== "" ? qsTr("%1 · used %2").arg(categoryLabel).arg(lastUsed) : categoryLabel
        iconName: "city-services"
        showChevron: true
        Accessible.name: name
        onClicked: root.controller.openService(city, node, name)

        ToolButton {
            id: pin
            objectName: "services.pin." + row.node
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingHuge
            anchors.verticalCenter: parent.verticalCenter
            implicitWidth: Theme.minimumHitSize
            implicitHeight: Theme.minimumHitSize
            text: row.pinned ? "★" : "☆"
            font.pixelSize: Theme.fontSizeSubtitle
            Accessible.name: row.pinned ? qsTr("Unpin %1").arg(row.name) : qsTr("Pin %1").arg(row.name)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.controller.setPinned(row.city, row.node, !row.pinned)
            background: Rectangle {
                radius: Theme.radiusSmall
                color: pin.hovered ? Theme.listHover : "transparent"
                FocusRing { shown: pin.visualFocus; inside: true }
            }
        }
    }

    ColumnLayout {
        width: Math.min(root.availableWidth, Theme.contentMaxWidth)
        x: (root.availableWidth - width) / 2
        spacing: Theme.spacingMedium

        Item { Layout.preferredHeight: Theme.spacingSmall }

        // The city (each one a service provider) and a way to add another by its address.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            spacing: Theme.spacingMedium

            Label {
                text: qsTr("City")
                font.pixelSize: Theme.fontSizeBody
                color: Theme.textSecondary
            }
            ChoiceBox {
                id: cityBox
                objectName: "services.city"
                Layout.fillWidth: true
                accessibleName: qsTr("City")
                model: root.controller.cities
                textRole: "name"
                valueRole: "jid"
                currentIndex: root.controller.cities.findIndex(c => c.jid === root.controller.currentCity)
                onActivated: root.controller.currentCity = currentValue
            }
            SecondaryButton {
                objectName: "services.addCity"
                text: qsTr("Add a city")
                onClicked: addCityRow.visible = !addCityRow.visible
            }
        }

        RowLayout {
            id: addCityRow
            visible: root.controller.cities.length === 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            spacing: Theme.spacingSmall

            TextEntry {
                id: cityAddress
                objectName: "services.cityAddress"
                Layout.fillWidth: true
                placeholderText: qsTr("City service address")
                onAccepted: addButton.clicked()
            }
            PrimaryButton {
                id: addButton
                objectName: "services.cityAdd"
                text: qsTr("Add")
                enabled: cityAddress.text.trim() !== ""
                onClicked: {
                    root.controller.addCity(cityAddress.text)
                    cityAddress.text = ""
                    addCityRow.visible = false
                }
            }
        }

        TextEntry {
            objectName: "services.search"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            placeholderText: qsTr("Search services")
            text: root.controller.search
            onTextEdited: root.controller.search = text
        }

        // Categories: "All" and those the city offers.
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            spacing: Theme.spacingSmall
            visible: root.controller.categories.length > 0

            Repeater {
                model: [{ key: "", label: qsTr("All"), count: -1 }].concat(root.controller.categories)

                delegate: Button {
                    id: chip
                    required property var modelData
                    readonly property bool chosen: root.controller.category === modelData.key

                    objectName: "services.category." + (modelData.key === "" ? "all" : modelData.key)
                    text: modelData.label
                    implicitHeight: Theme.controlHeight
                    leftPadding: Theme.spacingMedium
                    rightPadding: Theme.spacingMedium
                    font.pixelSize: Theme.fontSizeBody
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: text
                    onClicked: root.controller.category = modelData.key
                    contentItem: Label {
                        text: chip.text
                        font: chip.font
                        color: chip.chosen ? Theme.textOnAccent : Theme.textPrimary
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: height / 2
                        color: chip.chosen ? Theme.accent : (chip.hovered ? Theme.listHover : Theme.cardBackground)
                        border.width: Theme.borderWidth
                        border.color: chip.chosen ? Theme.accent : Theme.separator
                        FocusRing { shown: chip.visualFocus; baseRadius: parent.radius }
                    }
                }
            }
        }

        SectionTitle {
            Layout.leftMargin: Theme.spacingXLarge
            text: qsTr("Pinned")
            visible: root.controller.pinned.count > 0 && root.controller.search === ""
        }
        Card {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            padding: 0
            visible: root.controller.pinned.count > 0 && root.controller.search === ""
            Repeater {
                model: root.controller.pinned
                delegate: ServiceRow { objectName: "services.pinned." + node }
            }
        }

        SectionTitle {
            Layout.leftMargin: Theme.spacingXLarge
            text: qsTr("Recently used")
            visible: root.controller.recent.count > 0 && root.controller.search === ""
        }
        Card {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            padding: 0
            visible: root.controller.recent.count > 0 && root.controller.search === ""
            Repeater {
                model: root.controller.recent
                delegate: ServiceRow { objectName: "services.recent." + node }
            }
        }

        SectionTitle {
            Layout.leftMargin: Theme.spacingXLarge
            text: root.controller.currentCityName !== ""
                  ? qsTr("Services in %1").arg(root.controller.currentCityName) : qsTr("Services")
        }
        Card {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            padding: 0
            visible: root.controller.services.count > 0
            Repeater {
                model: root.controller.services
                delegate: ServiceRow { objectName: "services.service." + node }
            }
        }
        Label {
            objectName: "services.none"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            visible: root.controller.services.count === 0
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            text: root.controller.cities.length === 0
                  ? qsTr("Add your city by the address of its service provider to see what it offers.")
                  : root.controller.search !== "" ? qsTr("No service matches “%1”.").arg(root.controller.search)
                  : !root.controller.online ? qsTr("Not connected. The city's services appear when the connection is back.")
                  : qsTr("This city offers no services yet.")
        }
        Item { Layout.preferredHeight: Theme.spacingXLarge }
    }
}
