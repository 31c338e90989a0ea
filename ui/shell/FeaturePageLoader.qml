import QtQuick
import QtQuick.Layouts
import Teahouse.Shell

// A Discover page a feature module provides: loaded by URL with the feature's controller once
// that feature exists (features.<feature>) and its page is chosen. By URL because a bound
// inline component cannot be handed to a Loader in Qt 6.4.
Loader {
    id: root

    required property Navigation navigation
    required property var features
    // Navigation.DiscoverPage value, the feature's key, and its page's qrc URL.
    required property int page
    required property string feature
    required property string pageUrl

    readonly property bool wanted: navigation.discoverPage === page
                                   && !!features && features[feature] !== undefined

    function load() {
        if (wanted)
            setSource(pageUrl, { controller: features[feature] })
    }

    Layout.fillWidth: true
    Layout.fillHeight: true
    active: wanted
    visible: wanted
    onWantedChanged: load()
    Component.onCompleted: load()
}
