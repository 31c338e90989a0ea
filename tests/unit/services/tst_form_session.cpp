#include "FakeChannel.h"
#include "services/FormSession.h"
#include "xmpp/CommandManager.h"
#include "xmpp/CommandServer.h"
#include "xmpp/IqTracker.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace teahouse;
using namespace teahouse::services;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

namespace {

const Jid kUser = Jid::parse(u"lihua@localhost/desk");
const Jid kService = Jid::parse(u"gov@localhost/services");

DataForm formFromXml(const QString &inner)
{
    return DataForm::fromElement(
               Element::fromXml(QStringLiteral("<x xmlns='jabber:x:data' type='form'>%1</x>")
                                    .arg(inner)
                                    .toUtf8()))
        .value();
}

// A hospital appointment in three stages, the middle one in two pages (XEP-0141); the
// service re-sends its own defaults on "prev", as real services do.
DataForm stageForm(int stage)
{
    switch (stage) {
    case 0:
        return formFromXml(
            QStringLiteral("<title>Hospital</title>"
                           "<field var='hospital' type='list-single' label='Hospital'><required/>"
                           "<option label='City Hospital'><value>city</value></option>"
                           "<option label='Children'><value>children</value></option></field>"));
    case 1:
        return formFromXml(QStringLiteral(
            "<title>Department and day</title>"
            "<page xmlns='http://jabber.org/protocol/xdata-layout' label='Department'>"
            "<fieldref var='department'/></page>"
            "<page xmlns='http://jabber.org/protocol/xdata-layout' label='Day'>"
            "<fieldref var='day'/></page>"
            "<field var='department' type='list-single'><required/><value>general</value>"
            "<option><value>general</value></option><option><value>eyes</value></option></field>"
            "<field var='day' type='text-single'><required/>"
            "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:date'>"
            "<range min='2026-01-01'/></validate></field>"));
    default:
        return formFromXml(QStringLiteral(
            "<title>Confirm</title>"
            "<field var='agree' type='boolean' label='I will come on time'><required/></field>"));
    }
}

} // namespace

// FormSession against a real CommandServer, the two wired through fake channels: stages,
// pages, checks before anything is sent, values kept over prev/next, errors, drafts.
class TestFormSession : public QObject
{
    Q_OBJECT

    FakeChannel *m_client = nullptr;
    FakeChannel *m_server = nullptr;
    IqTracker *m_clientIq = nullptr;
    IqTracker *m_serverIq = nullptr;
    CommandManager *m_commands = nullptr;
    CommandServer *m_responder = nullptr;
    QList<CommandServer::Request> m_requests;
    bool m_refuseDay = false;

    // Carries stanzas both ways until both sides are quiet, stamping 'from' as a server would.
    void pump()
    {
        for (int round = 0; round < 50; ++round) {
            bool moved = false;
            while (m_client->pendingCount() > 0) {
                Element stanza = m_client->takeSent();
                stanza.setAttribute(QStringLiteral("from"), kUser.toString());
                m_server->inject(stanza);
                moved = true;
            }
            while (m_server->pendingCount() > 0) {
                Element stanza = m_server->takeSent();
                stanza.setAttribute(QStringLiteral("from"), kService.toString());
                m_client->inject(stanza);
                moved = true;
            }
            QCoreApplication::processEvents();
            if (!moved)
                return;
        }
    }

    [[nodiscard]] QString submitted(int request, const QString &var) const
    {
        const auto &form = m_requests.at(request).form;
        const DataForm::Field *field = form ? form->field(var) : nullptr;
        return field ? field->value() : QStringLiteral("<none>");
    }

private Q_SLOTS:
    void init()
    {
        m_client = new FakeChannel(kUser, this);
        m_server = new FakeChannel(kService, this);
        m_client->startSession();
        m_server->startSession();
        m_clientIq = new IqTracker(m_client, m_client);
        m_serverIq = new IqTracker(m_server, m_server);
        m_commands = new CommandManager(m_clientIq, m_client);
        m_responder = new CommandServer(m_serverIq, m_server);
        m_requests.clear();
        m_refuseDay = false;
        m_responder->registerCommand(
            {QStringLiteral("book"),
             QStringLiteral("Book a doctor"),
             [this](CommandServer::Session &session, const CommandServer::Request &request,
                    CommandServer::Reply reply) {
                 m_requests.append(request);
                 if (request.action == Command::Action::Next && session.stage == 1 && m_refuseDay) {
                     reply(CommandServer::error(QStringLiteral("not-acceptable"),
                                                QStringLiteral("No doctor that day.")));
                     return;
                 }
                 if (request.action == Command::Action::Complete) {
                     Command done;
                     done.status = Command::Status::Completed;
                     DataForm result(DataForm::Type::Result);
                     result.setValue(QStringLiteral("receipt"), QStringLiteral("R-0042"));
                     done.form = result;
                     done.notes.append({Command::Note::Type::Info, QStringLiteral("Booked.")});
                     reply(done);
                     return;
                 }
                 if (request.action == Command::Action::Next)
                     ++session.stage;
                 else if (request.action == Command::Action::Prev)
                     --session.stage;
                 Command next;
                 next.status = Command::Status::Executing;
                 next.form = stageForm(session.stage);
                 if (session.stage == 0)
                     next.actions = {Command::Action::Next};
                 else if (session.stage == 1)
                     next.actions = {Command::Action::Prev, Command::Action::Next};
                 else
                     next.actions = {Command::Action::Prev, Command::Action::Complete};
                 next.defaultAction = next.actions.last();
                 reply(next);
             },
             {}});
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void walksStagesAndPagesKeepingValues()
    {
        FormSession form(m_commands, kService, QStringLiteral("book"));
        form.start();
        pump();
        QCOMPARE(form.state(), FormSession::State::Editing);
        QCOMPARE(form.stage(), 0);
        QCOMPARE(form.pageCount(), 1);
        QVERIFY(!form.canGoBack());
        QVERIFY(!form.canComplete());

        // A required field left empty: refused here, nothing sent.
        QVERIFY(!form.goForward());
        QCOMPARE(form.problems().value(QStringLiteral("hospital")),
                 QStringLiteral("This field is required."));
        pump();
        QCOMPARE(m_requests.size(), 1);

        form.setValues(QStringLiteral("hospital"), {QStringLiteral("city")});
        QVERIFY(form.problems().isEmpty());
        QVERIFY(form.goForward());
        pump();
        QCOMPARE(form.stage(), 1);
        QCOMPARE(form.page(), 0);
        QCOMPARE(form.pageCount(), 2);
        QCOMPARE(submitted(1, QStringLiteral("hospital")), QStringLiteral("city"));

        // Page 1 → page 2 is local: no request.
        form.setValues(QStringLiteral("department"), {QStringLiteral("eyes")});
        QVERIFY(form.goForward());
        QCOMPARE(form.page(), 1);
        QCOMPARE(m_requests.size(), 2);

        form.setValues(QStringLiteral("day"), {QStringLiteral("2025-12-31")});
        QVERIFY(!form.goForward());
        QCOMPARE(form.problems().value(QStringLiteral("day")),
                 QStringLiteral("Enter a value of at least 2026-01-01."));
        form.setValues(QStringLiteral("day"), {QStringLiteral("2026-06-01")});
        QVERIFY(form.goForward());
        pump();
        QCOMPARE(form.stage(), 2);
        QCOMPARE(submitted(2, QStringLiteral("department")), QStringLiteral("eyes"));
        QCOMPARE(submitted(2, QStringLiteral("day")), QStringLiteral("2026-06-01"));

        // Back to stage 1: the service sends its defaults, the person sees what they typed,
        // on the stage's last page.
        QVERIFY(form.canGoBack());
        form.goBack();
        pump();
        QCOMPARE(form.stage(), 1);
        QCOMPARE(form.page(), 1);
        QCOMPARE(form.values(QStringLiteral("department")), QStringList{"eyes"});
        QCOMPARE(form.values(QStringLiteral("day")), QStringList{"2026-06-01"});
        form.goBack(); // to page 1, locally
        QCOMPARE(form.page(), 0);
        QCOMPARE(m_requests.size(), 4);

        QVERIFY(form.goForward());
        QVERIFY(form.goForward());
        pump();
        QCOMPARE(form.stage(), 2);
        QVERIFY(form.canComplete());
        QVERIFY(!form.complete()); // agree is required
        form.setValues(QStringLiteral("agree"), {QStringLiteral("true")});
        QSignalSpy finished(&form, &FormSession::finished);
        QVERIFY(form.complete());
        pump();
        QCOMPARE(form.state(), FormSession::State::Completed);
        QCOMPARE(finished.size(), 1);
        QVERIFY(form.result().has_value());
        QCOMPARE(form.result()->field(u"receipt")->value(), QStringLiteral("R-0042"));
        QCOMPARE(form.notes().value(0).text, QStringLiteral("Booked."));
        QCOMPARE(m_requests.last().action, Command::Action::Complete);
        QCOMPARE(submitted(static_cast<int>(m_requests.size()) - 1, QStringLiteral("agree")),
                 QStringLiteral("true"));
        QCOMPARE(m_responder->sessionCount(), 0);
    }

    void serviceErrorKeepsTheForm()
    {
        m_refuseDay = true;
        FormSession form(m_commands, kService, QStringLiteral("book"));
        form.start();
        pump();
        form.setValues(QStringLiteral("hospital"), {QStringLiteral("children")});
        QVERIFY(form.goForward());
        pump();
        form.setValues(QStringLiteral("department"), {QStringLiteral("general")});
        QVERIFY(form.goForward());
        form.setValues(QStringLiteral("day"), {QStringLiteral("2026-02-02")});
        QVERIFY(form.goForward());
        pump();
        QCOMPARE(form.state(), FormSession::State::Editing);
        QVERIFY(form.error().has_value());
        QVERIFY2(form.error()->message.contains(QStringLiteral("No doctor that day.")),
                 qPrintable(form.error()->message));
        QCOMPARE(form.error()->condition, QStringLiteral("not-acceptable"));
        QCOMPARE(form.stage(), 1);
        QCOMPARE(form.values(QStringLiteral("day")), QStringList{"2026-02-02"});

        // Corrected and resent in the same session.
        m_refuseDay = false;
        form.setValues(QStringLiteral("day"), {QStringLiteral("2026-02-03")});
        QVERIFY(form.goForward());
        pump();
        QCOMPARE(form.stage(), 2);
        QVERIFY(!form.error().has_value());
    }

    void draftIsReplayedIntoANewSession()
    {
        QJsonObject draft;
        {
            FormSession form(m_commands, kService, QStringLiteral("book"));
            form.start();
            pump();
            form.setValues(QStringLiteral("hospital"), {QStringLiteral("city")});
            QVERIFY(form.goForward());
            pump();
            form.setValues(QStringLiteral("department"), {QStringLiteral("eyes")});
            QVERIFY(form.goForward());
            form.setValues(QStringLiteral("day"), {QStringLiteral("2026-03-04")});
            draft = form.snapshot();
            // The app dies here; the service's session is left behind.
        }
        const qsizetype before = m_requests.size();
        FormSession restored(m_commands, kService, QStringLiteral("book"));
        restored.restore(draft);
        pump();
        QCOMPARE(restored.state(), FormSession::State::Editing);
        QCOMPARE(restored.stage(), 1);
        QCOMPARE(restored.page(), 1);
        QCOMPARE(restored.values(QStringLiteral("department")), QStringList{"eyes"});
        QCOMPARE(restored.values(QStringLiteral("day")), QStringList{"2026-03-04"});
        // A fresh session: execute, then the first stage replayed with its values.
        QCOMPARE(m_requests.size(), before + 2);
        QVERIFY(m_requests.at(before).isNewSession);
        QCOMPARE(submitted(static_cast<int>(before) + 1, QStringLiteral("hospital")),
                 QStringLiteral("city"));
    }

    void cancelEndsTheServiceSession()
    {
        FormSession form(m_commands, kService, QStringLiteral("book"));
        form.start();
        pump();
        QCOMPARE(m_responder->sessionCount(), 1);
        form.cancel();
        pump();
        QCOMPARE(form.state(), FormSession::State::Canceled);
        QCOMPARE(m_responder->sessionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFormSession)
#include "tst_form_session.moc"
