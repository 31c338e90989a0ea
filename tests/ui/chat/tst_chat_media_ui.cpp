// Files, pictures and message actions on screen, against Prosody with slixmpp peers (alice,
// bob): a file dropped on the conversation uploads (XEP-0363) with progress and goes out as a
// link (XEP-0066); a big upload is cancelled from its card; a file alice sends downloads with
// progress into the encrypted media store with the same bytes; a picture shows as a thumbnail
// and opens full size; an image pasted from the clipboard is sent; reply (XEP-0461), recall
// (XEP-0424) and forward from the message menu; read-aloud (care mode's speaker, the menu
// entry, incoming messages) observed through a fake speech engine; deleting a conversation.
// Screenshots in <build>/test-screenshots/chat-media/.
#include "../accessibility/FakeSpeechEngine.h"
#include "ChatAppFixture.h"
#include "common/ReadAloud.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace teahouse;
using namespace teahouse::test;

class TestChatMediaUi : public QObject
{
    Q_OBJECT

    ChatAppFixture f;
    QTemporaryDir m_files;
    QByteArray m_reportBytes;
    QString m_reportUrl;
    FakeSpeechEngine *m_speech = nullptr;

    UiTestUtils &ui() { return f.ui; }
    ui::ChatController &chat() { return f.chat(); }
    QString alice() const { return f.jid(u"alice"_qs); }
    QString bob() const { return f.jid(u"bob"_qs); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        return bytes;
    }

    static QByteArray picturePng(int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(QColor(0x2e, 0x7d, 0x32));
        QPainter p(&image);
        p.fillRect(w / 4, h / 4, w / 2, h / 2, QColor(0xff, 0xc1, 0x07));
        p.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }

    // Drags these files over the conversation and drops them, as a file manager does.
    void dropFiles(const QList<QUrl> &urls)
    {
        QQuickItem *area = f.item(u"chat.dropArea"_qs);
        QVERIFY(area && UiTestUtils::isShown(area));
        const QPoint at =
            area->mapToScene(QPointF(area->width() / 2, area->height() / 2)).toPoint();
        QMimeData data;
        data.setUrls(urls);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window(), &drop);
        QVERIFY(drop.isAccepted());
    }

    std::optional<chat::ChatMessage> newest() const
    {
        return f.chat().messages()->count() > 0 ? f.chat().messages()->messageAt(0) : std::nullopt;
    }

    // Right-clicks the bubble of the message at this row (0 = newest) and picks a menu entry.
    void menuAction(int row, const QString &entry)
    {
        ui().settle();
        QQuickItem *message = f.item(QStringLiteral("chat.message.%1").arg(row));
        QVERIFY2(message, qPrintable(QString::number(row)));
        QQuickItem *target = UiTestUtils::findItem(message, u"chat.message.text"_qs);
        if (!target || !UiTestUtils::isShown(target))
            target = UiTestUtils::findItem(message, u"chat.message.image"_qs);
        QVERIFY(target);
        QVERIFY2(ui().clickItem(target, Qt::RightButton), ui().why());
        QTRY_VERIFY(ui().shown(u"chat.messageMenu"_qs));
        QVERIFY2(ui().click(entry), ui().why());
    }

    // The named item inside the message at this row (0 = newest), on screen.
    QQuickItem *inMessage(int row, const QString &name) const
    {
        return UiTestUtils::findItem(f.item(QStringLiteral("chat.message.%1").arg(row)), name);
    }
    bool shownIn(int row, const QString &name) const
    {
        return UiTestUtils::isShown(inMessage(row, name));
    }
    bool clickIn(int row, const QString &name) { return ui().clickItem(inMessage(row, name)); }

    ui::ReadAloud *speechReader() const
    {
        return f.app->engine().singletonInstance<ui::ReadAloud *>(
            qmlTypeId("Teahouse.Ui", 1, 0, "ReadAloud"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = TestServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString error =
            f.start(QStringLiteral("chat-media"), {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Speech goes to a recording engine: no audio device needed.
        ui::ReadAloud *reader = speechReader();
        QVERIFY(reader);
        reader->setEngineFactory([this] {
            auto engine = std::make_unique<FakeSpeechEngine>(
                QList<QLocale>{QLocale(QLocale::English, QLocale::UnitedStates),
                               QLocale(QLocale::Chinese, QLocale::China)});
            m_speech = engine.get();
            return engine;
        });
        f.app->navigation().openChat(alice());
        QTRY_COMPARE(chat().currentJid(), alice());
    }

    void cleanupTestCase() { f.stop(); }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            f.saveFailure(QTest::currentTestFunction());
    }

    void droppedFileUploadsWithProgress()
    {
        m_reportBytes = randomBytes(3 * 1024 * 1024);
        const QString path = writeFile(u"quarterly-report.pdf"_qs, m_reportBytes);
        QVERIFY(!path.isEmpty());
        QSignalSpy progress(&f.service(), &chat::ChatService::uploadProgress);
        dropFiles({QUrl::fromLocalFile(path)});

        QTRY_VERIFY(newest() && newest()->attachment.name == u"quarterly-report.pdf");
        ui().settle();
        QVERIFY(ui().showsText(f.item(u"chat.message.0"_qs), u"quarterly-report.pdf"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(!newest()->attachment.url.isEmpty(), 60000);
        QTRY_VERIFY(ui().showsText(f.item(u"chat.message.0"_qs), u"3.0 MB"_qs));
        m_reportUrl = newest()->attachment.url;
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_reportBytes.size()));
        // Alice gets the link (XEP-0066) to the uploaded file.
        // With its size (XEP-0447/0446), so her client can show it before downloading.
        const auto got = f.waitForXml(
            u"alice"_qs, {u"jabber:x:oob"_qs, m_reportUrl, u"urn:xmpp:sfs:0"_qs,
                          QStringLiteral("<size>%1</size>").arg(m_reportBytes.size())});
        QVERIFY2(got, qPrintable(f.peer(u"alice"_qs).diagnostics()));
        QTRY_VERIFY(shownIn(0, u"chat.file.save"_qs)); // ours, sent: "Save as…"
        QVERIFY(f.shot(u"01-file-sent"_qs));
    }

    void bigUploadCancelled()
    {
        const QString path = writeFile(u"holiday-video.mp4"_qs, randomBytes(15 * 1024 * 1024));
        dropFiles({QUrl::fromLocalFile(path)});
        QTRY_VERIFY(newest() && newest()->attachment.name == u"holiday-video.mp4");
        const qint64 id = newest()->id;
        ui().settle(1);
        QVERIFY(shownIn(0, u"chat.file.progress"_qs));
        QVERIFY(f.shot(u"02-file-uploading"_qs));
        QVERIFY2(clickIn(0, u"chat.file.cancel"_qs), ui().why());
        QTRY_VERIFY_WITH_TIMEOUT(f.service().message(id)->attachment.transferState ==
                                     chat::Attachment::TransferState::Cancelled,
                                 10000);
        QVERIFY(f.service().message(id)->attachment.url.isEmpty());
        // Nothing went to alice: the next message she gets is this marker.
        QVERIFY(chat().sendText(u"marker after the cancelled upload"_qs));
        QTRY_COMPARE(newest()->body, u"marker after the cancelled upload"_qs);
        // The card offers to send it again.
        QTRY_VERIFY(shownIn(1, u"chat.file.retry"_qs));
        const auto next = f.peer(u"alice"_qs)
                              .waitForEvent(
                                  [](const QJsonObject &e) {
                                      const QString body = e.value(u"body").toString();
                                      return e.value(u"event").toString() == u"message" &&
                                             (body.contains(u"holiday-video"_qs) ||
                                              body.startsWith(u"marker"_qs));
                                  },
                                  15000);
        QVERIFY(next);
        QCOMPARE(next->value(u"body").toString(), u"marker after the cancelled upload"_qs);
        QVERIFY(f.shot(u"03-file-cancelled"_qs));
    }

    void fileFromAliceDownloadsWithProgress()
    {
        QVERIFY(!m_reportUrl.isEmpty());
        QJsonObject raw{{u"cmd"_qs, u"raw"_qs},
                        {u"xml"_qs, QStringLiteral("<message xmlns='jabber:client' to='%1' "
                                                   "type='chat' id='file-1'><body>%2</body>"
                                                   "<x xmlns='jabber:x:oob'><url>%2</url></x>"
                                                   "<file-sharing xmlns='urn:xmpp:sfs:0'>"
                                                   "<file xmlns='urn:xmpp:file:metadata:0'>"
                                                   "<name>report.pdf</name><size>%3</size>"
                                                   "</file></file-sharing></message>")
                                        .arg(f.me(), m_reportUrl.toHtmlEscaped())
                                        .arg(m_reportBytes.size())}};
        QVERIFY(f.peer(u"alice"_qs).request(raw).ok());
        QTRY_VERIFY_WITH_TIMEOUT(newest() && !newest()->isOutgoing() &&
                                     newest()->kind == chat::ChatMessage::Kind::File,
                                 15000);
        const qint64 id = newest()->id;
        ui().settle();
        QVERIFY(shownIn(0, u"chat.file.download"_qs));
        // Its size shows before the download (as WeChat does) and stays after it.
        QVERIFY(ui().showsText(f.item(u"chat.message.0"_qs), u"3.0 MB"_qs));
        QVERIFY(f.shot(u"04a-file-offered-with-size"_qs));
        QSignalSpy progress(&f.service(), &chat::ChatService::downloadProgress);
        QVERIFY2(clickIn(0, u"chat.file.download"_qs), ui().why());
        QTRY_VERIFY_WITH_TIMEOUT(f.service().message(id)->attachment.transferState ==
                                     chat::Attachment::TransferState::Done,
                                 30000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), id);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_reportBytes.size()));
        const auto bytes = f.service().media(f.service().message(id)->attachment.mediaId);
        QVERIFY(bytes.ok());
        QVERIFY(bytes.value() == m_reportBytes);
        QTRY_VERIFY(shownIn(0, u"chat.file.save"_qs));
        QVERIFY(ui().showsText(f.item(u"chat.message.0"_qs), u"3.0 MB"_qs));
        QVERIFY(f.shot(u"04-file-downloaded"_qs));

        // A client that sends the link alone (XEP-0066): the size comes from the server's
        // answer to a download that stops at its first bytes; the file stays offered.
        QJsonObject plain{{u"cmd"_qs, u"raw"_qs},
                          {u"xml"_qs, QStringLiteral("<message xmlns='jabber:client' to='%1' "
                                                     "type='chat' id='file-2'><body>%2</body>"
                                                     "<x xmlns='jabber:x:oob'><url>%2</url></x>"
                                                     "</message>")
                                          .arg(f.me(), m_reportUrl.toHtmlEscaped())}};
        QVERIFY(f.peer(u"alice"_qs).request(plain).ok());
        QTRY_VERIFY_WITH_TIMEOUT(newest() && newest()->id != id &&
                                     newest()->kind == chat::ChatMessage::Kind::File,
                                 15000);
        const qint64 plainId = newest()->id;
        QTRY_COMPARE_WITH_TIMEOUT(f.service().message(plainId)->attachment.size,
                                  qint64(m_reportBytes.size()), 15000);
        QVERIFY(f.service().message(plainId)->attachment.mediaId.isEmpty());
        ui().settle();
        QVERIFY(shownIn(0, u"chat.file.download"_qs));
        QVERIFY(ui().showsText(f.item(u"chat.message.0"_qs), u"3.0 MB"_qs));
    }

    void pictureThumbnailAndFullView()
    {
        const QString path = writeFile(u"teahouse.png"_qs, picturePng(640, 480));
        dropFiles({QUrl::fromLocalFile(path)});
        QTRY_VERIFY(newest() && newest()->kind == chat::ChatMessage::Kind::Image);
        QTRY_VERIFY_WITH_TIMEOUT(!newest()->attachment.url.isEmpty(), 20000);
        QVERIFY(!newest()->attachment.thumbnailId.isEmpty());
        QCOMPARE(newest()->attachment.width, 640);
        ui().settle();
        QQuickItem *bubble =
            UiTestUtils::findItem(f.item(u"chat.message.0"_qs), u"chat.message.image"_qs);
        QVERIFY(bubble && UiTestUtils::isShown(bubble));
        QQuickItem *thumb = UiTestUtils::findItem(bubble, u"chat.message.picture"_qs);
        QVERIFY(thumb);
        QTRY_COMPARE(thumb->property("status").toInt(), 1); // Image.Ready
        // Keeps the picture's shape (4:3).
        QVERIFY(qAbs(bubble->width() / bubble->height() - 640.0 / 480.0) < 0.05);
        QVERIFY(f.waitForXml(u"alice"_qs, {u"jabber:x:oob"_qs, u"teahouse.png"_qs}));
        QVERIFY(f.shot(u"05-picture"_qs));

        QVERIFY2(ui().clickItem(bubble), ui().why());
        QTRY_VERIFY(ui().shown(u"chat.imageViewer"_qs));
        QQuickItem *full = f.item(u"chat.imageViewer.image"_qs);
        QVERIFY(full);
        QTRY_COMPARE(full->property("status").toInt(), 1);
        QVERIFY(full->property("paintedWidth").toReal() > bubble->width());
        QVERIFY(f.shot(u"06-picture-full"_qs));
        QVERIFY2(ui().click(u"chat.imageViewer.close"_qs), ui().why());
        QTRY_VERIFY(!ui().shown(u"chat.imageViewer"_qs));
    }

    void pastedImageIsSent()
    {
        QImage image(120, 90, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QGuiApplication::clipboard()->setImage(image);
        QVERIFY(chat().clipboardHasImage());
        const int before = chat().messages()->count();
        QVERIFY2(ui().click(u"chat.input"_qs), ui().why());
        ui().key(Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(chat().messages()->count(), before + 1);
        QCOMPARE(newest()->kind, chat::ChatMessage::Kind::Image);
        QVERIFY(newest()->isOutgoing());
        QCOMPARE(newest()->attachment.width, 120);
        // Nothing pasted into the text.
        QCOMPARE(f.item(u"chat.input"_qs)->property("text").toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!newest()->attachment.url.isEmpty(), 20000);
        QVERIFY(f.waitForXml(u"alice"_qs, {u"jabber:x:oob"_qs, newest()->attachment.url}));
        QGuiApplication::clipboard()->clear();
    }

    void replyRecallAndForward()
    {
        f.peer(u"alice"_qs).sendMessage(f.me(), u"Shall we book the tea room for Saturday?"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(
            newest() && newest()->body == u"Shall we book the tea room for Saturday?", 15000);
        const qint64 theirs = newest()->id;

        menuAction(0, u"chat.messageMenu.reply"_qs);
        QTRY_VERIFY(ui().shown(u"chat.replyPreview"_qs));
        QVERIFY(ui().showsText(f.item(u"chat.replyPreview"_qs), u"book the tea room"_qs));
        QVERIFY(f.shot(u"07-replying"_qs));
        ui().type(u"Yes, for four people"_qs);
        ui().key(Qt::Key_Return);
        QTRY_VERIFY(newest() && newest()->body == u"Yes, for four people");
        QCOMPARE(newest()->replyToId, theirs);
        QVERIFY(!ui().shown(u"chat.replyPreview"_qs));
        // The quote travels as XEP-0461 (with the fallback for other clients).
        QVERIFY2(f.waitForXml(u"alice"_qs, {u"urn:xmpp:reply:0"_qs, u"Yes, for four people"_qs}),
                 qPrintable(f.peer(u"alice"_qs).diagnostics()));
        ui().settle();
        QVERIFY(shownIn(0, u"chat.message.quote"_qs));
        const qint64 mine = newest()->id;

        // Recall it (within two minutes): alice is told, both show the notice.
        menuAction(0, u"chat.messageMenu.recall"_qs);
        QTRY_VERIFY(f.service().message(mine)->recalled);
        QVERIFY(f.waitForXml(u"alice"_qs, {u"urn:xmpp:message-retract"_qs}));
        ui().settle();
        QVERIFY(ui().showsText(f.item(u"chat.message.0"_qs), u"You recalled a message"_qs));
        QVERIFY(f.shot(u"08-recalled"_qs));

        // Forward alice's question to bob.
        QCOMPARE(chat().messages()->messageAt(1)->id, theirs);
        menuAction(1, u"chat.messageMenu.forward"_qs);
        QTRY_VERIFY(ui().shown(u"chat.forwardDialog"_qs));
        QVERIFY(f.shot(u"09-forward"_qs));
        QVERIFY2(ui().click(u"chat.forward.contact."_qs + bob()), ui().why());
        const auto atBob = f.peer(u"bob"_qs).waitForEvent(
            [](const QJsonObject &e) {
                return e.value(u"event").toString() == u"message" &&
                       e.value(u"body").toString() == u"Shall we book the tea room for Saturday?";
            },
            15000);
        QVERIFY2(atBob, qPrintable(f.peer(u"bob"_qs).diagnostics()));
        QTRY_VERIFY(!ui().shown(u"chat.forwardDialog"_qs));
        QVERIFY(f.service().conversation(bob()).has_value());
    }

    void readAloud()
    {
        ui::ReadAloud *reader = speechReader();
        QVERIFY(reader->available());
        f.peer(u"alice"_qs).sendMessage(f.me(), u"The tea room is booked."_qs);
        QTRY_VERIFY_WITH_TIMEOUT(newest() && newest()->body == u"The tea room is booked.", 15000);
        ui().settle();
        // Not in care mode: no speaker on the bubbles, but the menu reads it.
        QVERIFY(!shownIn(0, u"chat.message.speak"_qs));
        menuAction(0, u"chat.messageMenu.readAloud"_qs);
        QVERIFY(m_speech);
        QCOMPARE(m_speech->said.last(), QStringLiteral("The tea room is booked."));
        m_speech->finish();

        // Care mode: a speaker beside the text reads it.
        f.app->preferences().overrideCareMode(true);
        f.app->preferences().overrideScalePercent(200);
        ui().settle();
        QQuickItem *speak =
            UiTestUtils::findItem(f.item(u"chat.message.0"_qs), u"chat.message.speak"_qs);
        QVERIFY(speak && UiTestUtils::isShown(speak));
        QVERIFY(f.shot(u"10-care-speaker"_qs));
        const int said = int(m_speech->said.size());
        QVERIFY2(ui().clickItem(speak), ui().why());
        QCOMPARE(m_speech->said.size(), said + 1);
        QCOMPARE(m_speech->said.last(), QStringLiteral("The tea room is booked."));
        QVERIFY(reader->speaking());
        QVERIFY2(ui().clickItem(speak), ui().why()); // a second click stops
        QVERIFY(!reader->speaking());

        // Incoming messages are read when the user asked for it.
        f.app->preferences().setReadIncomingAloud(true);
        QTRY_VERIFY(reader->readIncoming());
        f.peer(u"alice"_qs).sendMessage(f.me(), u"Bring an umbrella."_qs);
        // Who it is from first, then the message.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_speech->said.isEmpty() && m_speech->said.last() == u"Message from Alice", 15000);
        m_speech->finish();
        QTRY_COMPARE(m_speech->said.last(), QStringLiteral("Bring an umbrella."));
        m_speech->finish();
        f.app->preferences().setReadIncomingAloud(false);
        f.app->preferences().overrideCareMode(false);
        f.app->preferences().overrideScalePercent(100);
    }

    void deleteConversation()
    {
        chat().open(bob());
        QTRY_COMPARE(chat().currentJid(), bob());
        QVERIFY(chat().messages()->count() > 0);
        QVERIFY2(ui().click(u"chat.info"_qs), ui().why());
        QVERIFY2(ui().click(u"chat.info.delete"_qs), ui().why());
        QTRY_VERIFY(ui().shown(u"chat.info.confirm"_qs));
        QVERIFY(f.shot(u"11-delete-confirm"_qs));
        QVERIFY2(ui().click(u"chat.info.confirm.ok"_qs), ui().why());
        QTRY_VERIFY(!f.service().conversation(bob()).has_value());
        QCOMPARE(chat().conversations()->rowOf(bob()), -1);
        QCOMPARE(f.service().search(u"tea room"_qs, bob()).size(), 0);
        QTRY_VERIFY(chat().currentJid().isEmpty());
        QVERIFY(ui().shown(u"chat.noConversation"_qs));
        // Alice's chat is untouched.
        QVERIFY(f.service().search(u"tea room"_qs, alice()).size() > 0);
    }
};

QTEST_MAIN(TestChatMediaUi)
#include "tst_chat_media_ui.moc"
