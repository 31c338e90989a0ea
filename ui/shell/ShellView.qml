import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// The main window once signed in: the rail on the left, then the selected section.
RowLayout {
    id: root

    required property Navigation navigation
    required property SessionController session
    required property Preferences preferences
    required property string appVersion
    required property var features

    spacing: 0

    Rail {
        Layout.fillHeight: true
        Layout.preferredWidth: Theme.railWidth
        navigation: root.navigation
        session: root.session
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        // Section enum values are the page indices below.
        currentIndex: root.navigation.section

        ChatsSection {
            navigation: root.navigation
            session: root.session
            features: root.features
        }

        ContactsSection {
            navigation: root.navigation
            session: root.session
            features: root.features
        }

        DiscoverSection {
            navigation: root.navigation
            session: root.session
            features: root.features
        }

        WalletPage {
            navigation: root.navigation
            features: root.features
        }

        SettingsPage {
            navigation: root.navigation
            session: root.session
            features: root.features
            preferences: root.preferences
            appVersion: root.appVersion
        }
    }
}
