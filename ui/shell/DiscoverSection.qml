pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// Discover: Moments, Official Accounts, Scan and City Services in the list column; the chosen
// one in the content pane. Each feature module replaces its empty state here.
RowLayout {
    id: root

    required property Navigation navigation
    required property SessionController session
    // features.<key>: the controllers of the features (see Main.qml).
    required property var features

    readonly property var pages: [
        {
            page: Navigation.Moments,
            name: "discover.moments",
            icon: "moments",
            title: qsTr("Moments"),
            emptyName: "moments.empty",
            emptyTitle: qsTr("No moments yet"),
            emptyBody: qsTr("Photos and thoughts shared by you and your friends appear here. You choose who sees each post.")
        },
        {
            page: Navigation.OfficialAccounts,
            name: "discover.officialAccounts",
            icon: "official-accounts",
            title: qsTr("Official Accounts"),
            emptyName: "officialAccounts.empty",
            emptyTitle: qsTr("No official accounts yet"),
            emptyBody: qsTr("Articles from the accounts you follow appear here. Follow an account by scanning its QR code.")
        },
        {
            page: Navigation.Scan,
            name: "discover.scan",
            icon: "scan",
            title: qsTr("Scan"),
            emptyName: "scan.empty",
            emptyTitle: qsTr("Scan a QR code"),
            emptyBody: qsTr("Scanning a code here will add a friend, join a group, follow an account or pay a shop.")
        },
        {
            page: Navigation.CityServices,
            name: "discover.cityServices",
            icon: "city-services",
            title: qsTr("City Services"),
            emptyName: "cityServices.empty",
            emptyTitle: qsTr("No city services yet"),
            emptyBody: qsTr("Services offered in your city, such as appointments, bills and permits, appear here as simple forms.")
        }
    ]
    readonly property var current: pages.find(p => p.page === navigation.discoverPage) ?? null

    spacing: 0

    ListColumn {
        Layout.fillHeight: true
        Layout.preferredWidth: Theme.listColumnWidth
        session: root.session
        searchObjectName: "discover.search"

        Column {
            objectName: "discover.list"
            anchors.fill: parent
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Discover")

            Repeater {
                model: root.pages

                ListRow {
                    required property var modelData

                    objectName: modelData.name
                    width: parent.width
                    text: modelData.title
                    iconName: modelData.icon
                    highlighted: root.navigation.discoverPage === modelData.page
                    onClicked: root.navigation.openDiscoverPage(modelData.page)
                }
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.contentBackground

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            PaneHeader {
                Layout.fillWidth: true
                visible: root.current !== null
                title: root.current ? root.current.title : ""
            }

            EmptyState {
                objectName: root.current ? root.current.emptyName : "discover.empty"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !scanLoader.active && !articlesLoader.active && !momentsLoader.active && !servicesLoader.active
                iconName: root.current ? root.current.icon : "discover"
                title: root.current ? root.current.emptyTitle : qsTr("Discover")
                body: root.current ? root.current.emptyBody
                                   : qsTr("Moments, Official Accounts, Scan and City Services are here. Choose one on the left.")
            }

            // Each feature's page once that feature exists; its empty state above until then.
            FeaturePageLoader {
                id: momentsLoader
                navigation: root.navigation
                features: root.features
                page: Navigation.Moments
                feature: "moments"
                pageUrl: "qrc:/qt/qml/Teahouse/Moments/MomentsPage.qml"
            }

            FeaturePageLoader {
                id: articlesLoader
                navigation: root.navigation
                features: root.features
                page: Navigation.OfficialAccounts
                feature: "articles"
                pageUrl: "qrc:/qt/qml/Teahouse/Articles/OfficialAccountsPage.qml"
            }

            FeaturePageLoader {
                id: scanLoader
                navigation: root.navigation
                features: root.features
                page: Navigation.Scan
                feature: "scan"
                pageUrl: "qrc:/qt/qml/Teahouse/Scan/ScanPage.qml"
            }

            FeaturePageLoader {
                id: servicesLoader
                navigation: root.navigation
                features: root.features
                page: Navigation.CityServices
                feature: "services"
                pageUrl: "qrc:/qt/qml/Teahouse/Services/ServicesPage.qml"
            }
        }
    }
}
