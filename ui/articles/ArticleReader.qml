pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtWebEngine
import Teahouse.Ui
import Teahouse.Articles

// The reader: the sanitised article in our template, in a web view with JavaScript off, no
// file access, and a profile whose interceptor lets through only our own pages, cached images
// and images of the article's own site. Links open in the system browser after the user saw
// the full address. Text size follows the Theme (care mode); the reading position is kept.
ColumnLayout {
    id: root

    required property ArticlesController controller
    readonly property var article: controller.currentArticle
    property string pendingLink

    objectName: "articles.reader"
    spacing: 0

    function pageAddress() {
        const base = root.controller.pageUrl(Math.round(Theme.fontSizeBody * 1.15),
                                             Theme.fontFamily,
                                             Theme.textPrimary.toString(),
                                             Theme.textSecondary.toString(),
                                             Theme.contentBackground.toString(),
                                             Theme.textLink.toString())
        const anchor = root.controller.positionAnchor()
        return anchor.length > 0 ? base + "#" + anchor : base
    }

    function confirmLink(url) {
        root.pendingLink = url.toString()
        linkDialog.open()
    }

    Flow {
        Layout.fillWidth: true
        Layout.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        SecondaryButton {
            objectName: "articles.reader.back"
            text: qsTr("Back")
            onClicked: root.controller.back()
        }
        SecondaryButton {
            objectName: "articles.reader.like"
            readonly property int count: root.article.likeCount ?? -1
            text: ((root.article.liked ?? false) ? qsTr("♥ Liked") : qsTr("♡ Like"))
                  + (count > 0 ? " · " + count : "")
            accessibleDescription: (root.article.liked ?? false) ? qsTr("Remove your like")
                                                                 : qsTr("Like this article")
            onClicked: root.controller.setLiked(!(root.article.liked ?? false))
        }
        SecondaryButton {
            id: shareButton
            objectName: "articles.reader.share"
            text: qsTr("Share…")
            accessibleDescription: qsTr("Share this article to a chat or to Moments, or copy its link")
            enabled: (root.article.link ?? "").length > 0
            onClicked: shareMenu.popup(shareButton, 0, shareButton.height)

            Menu {
                id: shareMenu
                objectName: "articles.reader.shareMenu"
                font.pixelSize: Theme.fontSizeBody

                MenuItem {
                    objectName: "articles.reader.shareChat"
                    text: qsTr("Share to chat")
                    Accessible.name: text
                    enabled: root.controller.canShareToChat
                    onTriggered: sharePicker.open()
                }
                MenuItem {
                    objectName: "articles.reader.shareMoments"
                    text: qsTr("Share to Moments")
                    Accessible.name: text
                    onTriggered: root.controller.shareToMoments()
                }
                MenuItem {
                    objectName: "articles.reader.copyLink"
                    text: qsTr("Copy link")
                    Accessible.name: text
                    onTriggered: root.controller.copyLink()
                }
            }
        }
        SecondaryButton {
            objectName: "articles.reader.readAloud"
            visible: ReadAloud.available
            text: ReadAloud.speaking ? qsTr("Stop reading") : qsTr("Read aloud")
            onClicked: ReadAloud.toggle(root.article.text ?? "")
        }
    }

    // What just happened: sent to a chat, or a like that did not reach the publisher.
    Label {
        id: notice
        objectName: "articles.reader.notice"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingMedium
        Layout.rightMargin: Theme.spacingMedium
        Layout.bottomMargin: Theme.spacingSmall
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSizeCaption
        Accessible.role: Accessible.StaticText
        Accessible.name: text

        Timer {
            id: noticeTimer
            interval: 4000
            onTriggered: notice.text = ""
        }
        function show(message) {
            text = message
            noticeTimer.restart()
        }
    }

    Connections {
        target: root.controller
        function onSharedToChat(jid, name) { notice.show(qsTr("Sent to %1.").arg(name)) }
        function onErrorTextChanged() {
            if (root.controller.errorText.length > 0 && root.controller.view === "reader")
                notice.show(root.controller.errorText)
        }
    }

    SharePicker {
        id: sharePicker
        controller: root.controller
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.separator
    }

    WebEngineView {
        id: view
        objectName: "articles.reader.view"
        Layout.fillWidth: true
        Layout.fillHeight: true
        profile: root.controller.readerProfile()
        backgroundColor: Theme.contentBackground
        Accessible.name: root.article.title ?? ""

        settings.javascriptEnabled: false
        settings.javascriptCanOpenWindows: false
        settings.javascriptCanAccessClipboard: false
        settings.localContentCanAccessFileUrls: false
        settings.localContentCanAccessRemoteUrls: false
        settings.localStorageEnabled: false
        settings.pluginsEnabled: false
        settings.webGLEnabled: false
        settings.hyperlinkAuditingEnabled: false
        settings.dnsPrefetchEnabled: false
        settings.errorPageEnabled: false
        settings.autoLoadIconsForPage: false
        settings.focusOnNavigationEnabled: false

        url: root.pageAddress()

        onNavigationRequested: function(request) {
            if (request.url.toString().startsWith("teahouse-article:"))
                return
            request.action = WebEngineNavigationRequest.IgnoreRequest
            if (request.navigationType === WebEngineNavigationRequest.LinkClickedNavigation)
                root.confirmLink(request.url)
        }
        onNewWindowRequested: function(request) {
            root.confirmLink(request.requestedUrl)
        }
        onContextMenuRequested: function(request) {
            request.accepted = true
        }
        onScrollPositionChanged: saveTimer.restart()
    }

    // The reading position, saved a moment after scrolling stops.
    Timer {
        id: saveTimer
        interval: 500
        onTriggered: {
            const range = view.contentsSize.height - view.height
            root.controller.savePosition(range > 0 ? view.scrollPosition.y / range : 0)
        }
    }

    Connections {
        target: Theme
        // Text size and colours follow the Theme (care mode, scale): render again.
        function onChanged() { view.url = root.pageAddress() }
    }

    Dialog {
        id: linkDialog
        objectName: "articles.linkDialog"
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.spacingXLarge, Theme.formWidth)
        modal: true
        title: qsTr("Open this link in your browser?")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingMedium
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The article links to this address. Check it before you open it:")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }
            Label {
                objectName: "articles.linkDialog.address"
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                text: root.pendingLink
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeBody
                font.family: Theme.monospaceFamily
                Accessible.name: text
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacingSmall
                SecondaryButton {
                    objectName: "articles.linkDialog.cancel"
                    text: qsTr("Cancel")
                    onClicked: linkDialog.reject()
                }
                PrimaryButton {
                    objectName: "articles.linkDialog.open"
                    text: qsTr("Open in browser")
                    onClicked: {
                        linkDialog.accept()
                        Qt.openUrlExternally(root.pendingLink)
                    }
                }
            }
        }
    }
}
