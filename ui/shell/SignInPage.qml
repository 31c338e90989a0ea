import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// Sign in with an XMPP account, create one on a server that allows it, or use an invite link.
// The connection state is always shown; errors say what happened and what to do.
Rectangle {
    id: root

    required property SessionController session

    property bool creating: false
    property string localError
    readonly property string accountDomain: {
        const at = accountField.text.lastIndexOf("@")
        return at > 0 ? accountField.text.substring(at + 1).trim() : ""
    }
    readonly property bool accountValid: {
        const text = accountField.text.trim()
        const at = text.lastIndexOf("@")
        return at > 0 && at < text.length - 1 && text.indexOf(" ") < 0
    }

    function submit() {
        if (!accountValid) {
            localError = qsTr("Enter your account as name@server, for example anna@example.org.")
            accountField.input.forceActiveFocus()
            return
        }
        localError = ""
        const server = serverField.text.trim()
        const account = accountField.text.trim()
        if (creating)
            session.createAccount(server, account, passwordField.text)
        else
            session.signIn(server, account, passwordField.text)
    }

    function errorText(kind, detail) {
        switch (kind) {
        case SessionController.WrongPassword:
            return qsTr("The password is not right for this account. Check it and try again.")
        case SessionController.ServerUnreachable:
            return qsTr("Teahouse can't reach the server. Check the address and your internet connection, then try again.")
        case SessionController.CertificateUntrusted:
            return qsTr("The server's certificate is not trusted, so Teahouse stopped before sending your password. Trust it only if this fingerprint matches the one your server's administrator gave you:")
        case SessionController.InvalidAccount:
            return qsTr("Enter your account as name@server, for example anna@example.org.")
        case SessionController.RegistrationNotAllowed:
            return qsTr("This server doesn't let you create accounts here. Ask its administrator for an invite link.")
        case SessionController.AccountExists:
            return qsTr("That account name is already taken. Try another name.")
        case SessionController.InvalidInvite:
            return qsTr("This invite link isn't valid. Check that you copied all of it.")
        case SessionController.InviteExpired:
            return qsTr("This invite link has expired or was already used. Ask for a new one.")
        case SessionController.NotAvailable:
            return qsTr("Signing in isn't available in this version of Teahouse yet.")
        case SessionController.Other:
            return detail.length > 0 ? qsTr("Something went wrong: %1").arg(detail)
                                     : qsTr("Something went wrong. Try again.")
        default:
            return ""
        }
    }

    color: Theme.pageBackground
    Component.onCompleted: accountField.input.forceActiveFocus()

    ScrollPage {
        anchors.fill: parent
        columnWidth: Theme.formWidth

        Icon {
            Layout.alignment: Qt.AlignHCenter
            name: "teahouse"
            // Smaller than an empty state's picture: at 200 % the fields must stay in view.
            size: Math.round(Theme.iconSizeLarge * 1.5)
            color: Theme.accentIcon
        }

        Label {
            objectName: "signin.title"
            Layout.fillWidth: true
            text: root.creating ? qsTr("Create a Teahouse account") : qsTr("Sign in to Teahouse")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeHeadline
            font.weight: Theme.fontWeightStrong
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            text: qsTr("Use any XMPP account, from your own server or a public one.")
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        Card {
            Layout.fillWidth: true

            FormField {
                id: accountField

                Layout.fillWidth: true
                label: qsTr("Account")
                placeholderText: qsTr("name@example.org")
                error: root.localError
                inputObjectName: "signin.account"
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: passwordField.input.forceActiveFocus()
            }

            FormField {
                id: passwordField

                Layout.fillWidth: true
                label: qsTr("Password")
                revealable: true
                inputObjectName: "signin.password"
                onAccepted: root.submit()
            }

            FormField {
                id: serverField

                Layout.fillWidth: true
                label: qsTr("Server (optional)")
                placeholderText: root.accountDomain.length > 0
                                 ? qsTr("Found from your account: %1").arg(root.accountDomain)
                                 : qsTr("Found from your account")
                hint: qsTr("Only needed when your server's address differs from your account's.")
                inputObjectName: "signin.server"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: root.submit()
            }

            ToggleSwitch {
                objectName: "signin.createAccount"
                Layout.fillWidth: true
                text: qsTr("Create a new account on this server")
                checked: root.creating
                onToggled: root.creating = checked
            }

            PrimaryButton {
                objectName: "signin.submit"
                Layout.fillWidth: true
                text: root.creating ? qsTr("Create account") : qsTr("Sign in")
                enabled: !root.session.busy && accountField.text.length > 0
                         && passwordField.text.length > 0
                onClicked: root.submit()
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                BusyIndicator {
                    visible: root.session.busy
                    running: visible
                    implicitWidth: Theme.iconSize
                    implicitHeight: Theme.iconSize
                    padding: 0
                }

                ConnectionStatus {
                    objectName: "signin.status"
                    Layout.fillWidth: true
                    session: root.session
                    fallbackServer: root.accountDomain
                }

                SecondaryButton {
                    objectName: "signin.cancel"
                    visible: root.session.busy
                    text: qsTr("Cancel")
                    onClicked: root.session.cancel()
                }
            }

            Banner {
                objectName: "signin.error"
                Layout.fillWidth: true
                visible: root.session.errorKind !== SessionController.NoError
                kind: root.session.errorKind === SessionController.CertificateUntrusted
                      ? Banner.Warning : Banner.Error
                text: root.errorText(root.session.errorKind, root.session.errorDetail)

                TextEdit {
                    objectName: "signin.fingerprint"
                    Layout.fillWidth: true
                    visible: root.session.certificateFingerprint.length > 0
                    // Eight bytes a line, so people can compare it group by group.
                    text: {
                        const bytes = root.session.certificateFingerprint.split(":")
                        const lines = []
                        for (let i = 0; i < bytes.length; i += 8)
                            lines.push(bytes.slice(i, i + 8).join(":"))
                        return lines.join("\n")
                    }
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    color: Theme.textPrimary
                    font.family: Theme.monospaceFamily
                    font.pixelSize: Theme.fontSizeCaption
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Certificate fingerprint (SHA-256): %1")
                                     .arg(root.session.certificateFingerprint)
                }

                SecondaryButton {
                    objectName: "signin.trustCertificate"
                    visible: root.session.errorKind === SessionController.CertificateUntrusted
                    text: qsTr("Trust this certificate")
                    onClicked: root.session.pinCertificate()
                }

                Label {
                    Layout.fillWidth: true
                    visible: root.session.errorDetail.length > 0
                             && root.session.errorKind !== SessionController.Other
                    text: qsTr("Details: %1").arg(root.session.errorDetail)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                    wrapMode: Text.Wrap
                }
            }
        }

        Card {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                text: qsTr("Have an invite link?")
                color: Theme.textPrimary
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: -Theme.spacingSmall
                text: qsTr("Paste the link a friend or your server sent you. It sets up your account and adds your friend.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                TextEntry {
                    id: inviteField

                    objectName: "signin.invite"
                    Layout.fillWidth: true
                    placeholderText: qsTr("xmpp:…?preauth=…")
                    accessibleName: qsTr("Invite link")
                    onAccepted: if (text.trim().length > 0) root.session.useInvite(text.trim())
                }

                SecondaryButton {
                    objectName: "signin.useInvite"
                    text: qsTr("Use link")
                    enabled: inviteField.text.trim().length > 0 && !root.session.busy
                    onClicked: root.session.useInvite(inviteField.text.trim())
                }
            }
        }
    }
}
