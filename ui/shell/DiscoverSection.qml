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

            // Moments: the feed (Teahouse.Moments) once features.moments exists.
            Loader {
                id: momentsLoader

                readonly property bool wanted: root.navigation.discoverPage === Navigation.Moments
                                               && !!root.features && root.features.moments !== undefined

                function load() {
                    if (wanted)
                        setSource("qrc:/qt/qml/Teahouse/Moments/MomentsPage.qml",
                                  { controller: root.features.moments });
                }

                Layout.fillWidth: true
                Layout.fillHeight: true
                active: wanted
                visible: wanted
                onWantedChanged: load()
                Component.onCompleted: load()
            }

            // Official Accounts (Teahouse.Articles) once features.articles exists.
            Loader {
                id: articlesLoader

                readonly property bool wanted: root.navigation.discoverPage === Navigation.OfficialAccounts
                                               && !!root.features && root.features.articles !== undefined

                function load() {
                    if (wanted)
                        setSource("qrc:/qt/qml/Teahouse/Articles/OfficialAccountsPage.qml",
                                  { controller: root.features.articles });
                }

                Layout.fillWidth: true
                Layout.fillHeight: true
                active: wanted
                visible: wanted
                onWantedChanged: load()
                Component.onCompleted: load()
            }

            // Scan: the scanner (Teahouse.Scan) once features.scan exists. Loaded by URL with its
            // controller: a bound inline component cannot be handed to a Loader here.
            Loader {
                id: scanLoader

                readonly property bool wanted: root.navigation.discoverPage === Navigation.Scan
                                               && !!root.features && root.features.scan !== undefined

                function load() {
                    if (wanted)
                        setSource("qrc:/qt/qml/Teahouse/Scan/ScanPage.qml",
                                  { controller: root.features.scan });
                }

                Layout.fillWidth: true
                Layout.fillHeight: true
                active: wanted
                visible: wanted
                onWantedChanged: load()
                Component.onCompleted: load()
            }

            // City Services (Teahouse.Services) once features.services exists.
            Loader {
                id: servicesLoader

                readonly property bool wanted: root.navigation.discoverPage === Navigation.CityServices
                                               && !!root.features && root.features.services !== undefined

                function load() {
                    if (wanted)
                        setSource("qrc:/qt/qml/Teahouse/Services/ServicesPage.qml",
                                  { controller: root.features.services });
                }

                Layout.fillWidth: true
                Layout.fillHeight: true
                active: wanted
                visible: wanted
                onWantedChanged: load()
                Component.onCompleted: load()
            }
        }
    }
}
