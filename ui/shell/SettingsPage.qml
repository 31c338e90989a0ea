import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// Settings: language; care mode with text size, reading aloud and quiet mode (applied at once
// and remembered); the account, and what this program is.
Rectangle {
    id: root

    required property SessionController session
    required property Preferences preferences
    required property string appVersion
    // features.<key>: the controllers of the features (see Main.qml).
    required property var features
    // To open the wallet from here in care mode (its rail entry is hidden there).
    property Navigation navigation: null

    color: Theme.pageBackground

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PaneHeader {
            Layout.fillWidth: true
            title: qsTr("Settings")
        }

        ScrollPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columnWidth: Theme.contentMaxWidth
            centerVertically: false

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Display")
            }

            Card {
                Layout.fillWidth: true

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingMedium

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Language")
                        color: Theme.textPrimary
                        wrapMode: Text.Wrap
                    }

                    ChoiceBox {
                        id: languageBox

                        objectName: "settings.language"
                        Layout.preferredWidth: Theme.formWidth * 0.6
                        textRole: "text"
                        valueRole: "value"
                        accessibleName: qsTr("Language")
                        // Language names are written in their own language so anyone can find
                        // theirs whatever the current language is; they are not translated.
                        model: [
                            { value: "", text: qsTr("Follow system") },
                            { value: "en", text: "English" },
                            { value: "zh_CN", text: "简体中文" },
                            { value: "zh_TW", text: "繁體中文" }
                        ]
                        // indexOfValue() is a function, so no binding would notice a new model
                        // (after retranslation) or a new preference: sync by hand.
                        function sync() {
                            currentIndex = indexOfValue(root.preferences.language)
                        }
                        onActivated: root.preferences.language = currentValue
                        onModelChanged: sync()
                        Component.onCompleted: sync()

                        Connections {
                            target: root.preferences
                            function onLanguageChanged() {
                                languageBox.sync()
                            }
                        }
                    }
                }
            }

            // Care mode and accessibility: larger text, stronger colours, bigger buttons,
            // reading aloud, quiet mode.
            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingMedium
                text: qsTr("Care mode")
            }

            Card {
                objectName: "settings.careSection"
                Layout.fillWidth: true

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingTiny

                    ToggleSwitch {
                        objectName: "settings.careMode"
                        Layout.fillWidth: true
                        text: qsTr("Care mode")
                        checked: root.preferences.careMode
                        onToggled: root.preferences.careMode = checked
                        accessibleDescription: careHint.text
                    }

                    Label {
                        id: careHint

                        Layout.fillWidth: true
                        text: qsTr("Larger text, stronger colours and bigger buttons, with fewer entries on the left and their names under the icons.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        wrapMode: Text.Wrap
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Theme.borderWidth
                    color: Theme.separator
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    RowLayout {
                        Layout.fillWidth: true

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Text size")
                            color: Theme.textPrimary
                            wrapMode: Text.Wrap
                        }

                        Label {
                            objectName: "settings.scaleValue"
                            text: qsTr("%1%").arg(root.preferences.scalePercent)
                            color: Theme.textPrimary
                            font.weight: Theme.fontWeightStrong
                        }
                    }

                    ValueSlider {
                        objectName: "settings.scale"
                        Layout.fillWidth: true
                        from: root.preferences.minimumScalePercent
                        to: root.preferences.maximumScalePercent
                        stepSize: 10
                        snapMode: Slider.SnapAlways
                        value: root.preferences.scalePercent
                        // Applied on release: re-laying out the window on every step of a drag
                        // would make the slider jump away from the pointer.
                        onMoved: if (!pressed) root.preferences.scalePercent = value
                        onPressedChanged: if (!pressed) root.preferences.scalePercent = value
                        Accessible.name: qsTr("Text size")
                        Accessible.description: scaleHint.text
                    }

                    Label {
                        id: scaleHint

                        Layout.fillWidth: true
                        text: root.preferences.careMode
                              ? qsTr("In care mode text is 150% to 200% of the normal size.")
                              : qsTr("From 100% to 200%; care mode starts at 150%.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        wrapMode: Text.Wrap
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        Label {
                            id: sampleText

                            objectName: "settings.sampleText"
                            Layout.fillWidth: true
                            text: qsTr("Sample text: 你好, Teahouse")
                            color: Theme.textSecondary
                            wrapMode: Text.Wrap
                        }

                        SpeakButton {
                            objectName: "settings.readSample"
                            speechText: sampleText.text
                            accessibleName: qsTr("Read the sample text aloud")
                        }
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Theme.borderWidth
                    color: Theme.separator
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingTiny

                    ToggleSwitch {
                        objectName: "settings.readIncoming"
                        Layout.fillWidth: true
                        text: qsTr("Read incoming messages aloud")
                        checked: root.preferences.readIncomingAloud
                        onToggled: root.preferences.readIncomingAloud = checked
                        accessibleDescription: readIncomingHint.text
                    }

                    Label {
                        id: readIncomingHint

                        Layout.fillWidth: true
                        text: ReadAloud.available
                              ? qsTr("New messages are read out as they arrive, in a voice for their language. Every message also has a speaker button.")
                              : qsTr("No speech engine is installed on this computer, so nothing can be read aloud.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        wrapMode: Text.Wrap
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Theme.borderWidth
                    color: Theme.separator
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingTiny

                    ToggleSwitch {
                        objectName: "settings.quietMode"
                        Layout.fillWidth: true
                        text: qsTr("Quiet mode")
                        checked: root.preferences.quietMode
                        onToggled: root.preferences.quietMode = checked
                        accessibleDescription: quietHint.text
                    }

                    Label {
                        id: quietHint

                        Layout.fillWidth: true
                        text: qsTr("No sounds: notifications stay silent and nothing is read aloud unless you press a speaker button.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        wrapMode: Text.Wrap
                    }
                }
            }

            // Care mode's rail has no Wallet entry: it opens from here, as in WeChat's "Me".
            Card {
                Layout.fillWidth: true
                visible: Theme.careMode && root.navigation !== null
                padding: Theme.spacingTiny

                ListRow {
                    objectName: "settings.wallet"
                    Layout.fillWidth: true
                    text: qsTr("Wallet")
                    subtitle: qsTr("Balance, payments and cards")
                    iconName: "wallet"
                    showChevron: true
                    onClicked: root.navigation.section = Navigation.Wallet
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingMedium
                text: qsTr("Account")
            }

            Card {
                Layout.fillWidth: true

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingMedium

                    Avatar {
                        name: root.session.accountJid
                        size: Theme.avatarSizeList
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingTiny

                        Label {
                            Layout.fillWidth: true
                            text: root.session.hasAccount ? root.session.accountJid
                                                          : qsTr("Not signed in")
                            color: Theme.textPrimary
                            wrapMode: Text.WrapAnywhere
                        }

                        ConnectionStatus {
                            Layout.fillWidth: true
                            session: root.session
                        }
                    }

                    SecondaryButton {
                        objectName: "settings.signOut"
                        visible: root.session.hasAccount
                        text: qsTr("Sign out")
                        onClicked: root.session.signOut()
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingMedium
                text: qsTr("About")
            }

            Card {
                Layout.fillWidth: true

                Label {
                    objectName: "settings.version"
                    Layout.fillWidth: true
                    text: qsTr("Teahouse %1").arg(root.appVersion)
                    color: Theme.textPrimary
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: -Theme.spacingSmall
                    text: qsTr("Chat, Moments, articles, scan and pay, and city services on XMPP, the open messaging standard. Everything stored on this computer is encrypted.")
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }

                // The libraries it runs on, as `teahouse --version` prints them (features.about;
                // Teahouse itself is the line above). Names and numbers are not translated.
                GridLayout {
                    objectName: "settings.about.versions"
                    Layout.fillWidth: true
                    visible: root.features.about !== undefined
                    columns: 2
                    columnSpacing: Theme.spacingMedium
                    rowSpacing: Theme.spacingTiny

                    Repeater {
                        model: root.features.about ? root.features.about.components.slice(1) : []

                        delegate: Label {
                            required property var modelData
                            required property int index

                            objectName: "settings.about." + modelData.name
                            Layout.row: index
                            Layout.column: 0
                            text: modelData.name
                            color: Theme.textSecondary
                        }
                    }

                    Repeater {
                        model: root.features.about ? root.features.about.components.slice(1) : []

                        delegate: Label {
                            required property var modelData
                            required property int index

                            Layout.row: index
                            Layout.column: 1
                            Layout.fillWidth: true
                            text: modelData.version
                            color: Theme.textPrimary
                            wrapMode: Text.WrapAnywhere
                            Accessible.name: modelData.name + " " + modelData.version
                        }
                    }
                }
            }
        }
    }
}
