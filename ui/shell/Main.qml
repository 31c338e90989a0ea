import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Shell

// The Teahouse window: the unlock screen, the sign-in screen or the shell (rail, list column,
// content pane), depending on navigation.stage. The app hands every object in as a required
// property; nothing here reaches for globals except the Theme.
ApplicationWindow {
    id: window

    required property Navigation navigation
    required property SessionController session
    required property UnlockController unlock
    required property Preferences preferences
    required property string appVersion
    // The features' controllers by key (features.chat, features.contacts, ...): a
    // QQmlPropertyMap; a key is undefined while that feature is not part of the app.
    required property var features

    objectName: "window"
    width: Theme.windowDefaultWidth
    height: Theme.windowDefaultHeight
    minimumWidth: Theme.windowMinimumWidth
    minimumHeight: Theme.windowMinimumHeight
    title: qsTr("Teahouse")
    color: Theme.contentBackground
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    font.weight: Theme.fontWeightBody

    // Care mode's app-wide parts: read-aloud options and the first-start question.
    CareSupport {
        preferences: window.preferences
    }

    // Pages are created with their objects as initial (required) properties and destroyed
    // when left, so a typed passphrase or password does not linger in a hidden field.
    Loader {
        id: stageLoader

        function showStage() {
            switch (window.navigation.stage) {
            case Navigation.Unlock:
                setSource("UnlockPage.qml", { controller: window.unlock })
                break
            case Navigation.SignIn:
                setSource("SignInPage.qml", { session: window.session })
                break
            default:
                setSource("ShellView.qml", {
                    navigation: window.navigation,
                    session: window.session,
                    preferences: window.preferences,
                    appVersion: window.appVersion,
                    features: window.features
                })
            }
        }

        objectName: "stage"
        anchors.fill: parent
        focus: true
        Component.onCompleted: showStage()

        Connections {
            target: window.navigation

            function onStageChanged() {
                stageLoader.showStage()
            }
        }
    }
}
