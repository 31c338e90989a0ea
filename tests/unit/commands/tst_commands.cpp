#include "FakeChannel.h"
#include "xmpp/Command.h"
#include "xmpp/CommandManager.h"
#include "xmpp/CommandServer.h"
#include "xmpp/IqTracker.h"

#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;
using namespace std::chrono_literals;

namespace {

// Moves everything one channel sent into the other, stamping 'from' as a server would.
void pump(FakeChannel &from, FakeChannel &to)
{
    while (from.pendingCount() > 0) {
        Element stanza = from.takeSent();
        stanza.setAttribute(QStringLiteral("from"), from.boundJid().toString());
        to.inject(stanza);
    }
}

DataForm textForm(const QString &var, const QString &label)
{
    DataForm form(DataForm::Type::Form);
    DataForm::Field field;
    field.var = var;
    field.label = label;
    field.required = true;
    form.addField(field);
    return form;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseResponse()
    {
        // XEP-0050 Example 6: the first stage of a multi-stage command.
        const Element e = FakeChannel::parse(
            "<command xmlns='http://jabber.org/protocol/commands' "
            "sessionid='config:20020923T213616Z-700' "
            "node='config' status='executing'>"
            "<actions execute='next'><next/></actions>"
            "<x xmlns='jabber:x:data' type='form'><title>Configure Service</title>"
            "<field var='service' label='Service' type='list-single'>"
            "<option><value>httpd</value></option></field></x></command>");
        auto c = Command::fromElement(e);
        QVERIFY(c.ok());
        QCOMPARE(c->node, QStringLiteral("config"));
        QCOMPARE(c->sessionId, QStringLiteral("config:20020923T213616Z-700"));
        QCOMPARE(c->status, Command::Status::Executing);
        QCOMPARE(c->actions, QList<Command::Action>{Command::Action::Next});
        QCOMPARE(c->defaultAction, Command::Action::Next);
        QVERIFY(c->form.has_value());
        QCOMPARE(c->form->title(), QStringLiteral("Configure Service"));
        QVERIFY(c->allows(Command::Action::Next));
        QVERIFY(!c->allows(Command::Action::Prev));
        QVERIFY(c->allows(Command::Action::Cancel));
        // Round trip.
        QVERIFY(Command::fromElement(c->toElement())->toElement().equivalent(c->toElement()));

        // Example 14: completed with a note.
        auto done = Command::fromElement(FakeChannel::parse(
            "<command xmlns='http://jabber.org/protocol/commands' sessionid='s1' node='config' "
            "status='completed'><note type='info'>Service 'httpd' has been configured.</note>"
            "</command>"));
        QVERIFY(done.ok());
        QVERIFY(done->isCompleted());
        QCOMPARE(done->firstNote(), QStringLiteral("Service 'httpd' has been configured."));
        QVERIFY(!done->allows(Command::Action::Execute));

        // Unknown action / status are refused.
        QVERIFY(!Command::fromElement(
                     FakeChannel::parse("<command xmlns='http://jabber.org/protocol/commands' "
                                        "node='x' action='jump'/>"))
                     .ok());
        QVERIFY(!Command::fromElement(
                     FakeChannel::parse("<command xmlns='http://jabber.org/protocol/commands' "
                                        "node='x' status='odd'/>"))
                     .ok());
    }

    void requesterFlow()
    {
        FakeChannel channel;
        IqTracker tracker(&channel);
        CommandManager commands(&tracker);
        channel.startSession();
        const Jid responder = Jid::parse(u"responder@domain/resource");

        std::optional<Result<QList<DiscoItem>>> list;
        commands.listCommands(responder, this, [&](const auto &r) { list = r; });
        QVERIFY(channel.expect("<iq type='get' to='responder@domain/resource' id='$ID'>"
                               "<query xmlns='http://jabber.org/protocol/disco#items' "
                               "node='http://jabber.org/protocol/commands'/></iq>"));
        channel.inject("<iq type='result' from='responder@domain/resource' id='$ID'>"
                       "<query xmlns='http://jabber.org/protocol/disco#items' "
                       "node='http://jabber.org/protocol/commands'>"
                       "<item jid='responder@domain/resource' node='list' name='List Service'/>"
                       "<item jid='responder@domain/resource' node='config' name='Configure'/>"
                       "</query></iq>");
        QVERIFY(list && list->ok());
        QCOMPARE(list->value().size(), 2);
        QCOMPARE(list->value()[1].node, QStringLiteral("config"));

        std::optional<Result<Command>> answer;
        auto keep = [&](const Result<Command> &r) {
            answer = r;
        };
        commands.execute(responder, QStringLiteral("config"), this, keep);
        QVERIFY(channel.expect("<iq type='set' to='responder@domain/resource' id='$ID'>"
                               "<command xmlns='http://jabber.org/protocol/commands' "
                               "node='config' action='execute'/></iq>"));
        channel.inject(
            "<iq type='result' from='responder@domain/resource' id='$ID'>"
            "<command xmlns='http://jabber.org/protocol/commands' sessionid='S1' "
            "node='config' status='executing'><actions execute='next'><next/></actions>"
            "<x xmlns='jabber:x:data' type='form'><field var='service' type='text-single'"
            " label='Service'/></x></command></iq>");
        QVERIFY(answer && answer->ok());
        Command first = answer->value();
        DataForm filled = *first.form;
        filled.setValue(QStringLiteral("service"), QStringLiteral("httpd"));

        answer.reset();
        commands.next(responder, first, filled, this, keep);
        QVERIFY(channel.expect(
            "<iq type='set' to='responder@domain/resource' id='$ID'>"
            "<command xmlns='http://jabber.org/protocol/commands' sessionid='S1' node='config' "
            "action='next'><x xmlns='jabber:x:data' type='submit'><field var='service'>"
            "<value>httpd</value></field></x></command></iq>"));
        channel.inject("<iq type='result' from='responder@domain/resource' id='$ID'>"
                       "<command xmlns='http://jabber.org/protocol/commands' sessionid='S1' "
                       "node='config' status='executing'><actions execute='complete'><prev/>"
                       "<complete/></actions></command></iq>");
        QVERIFY(answer && answer->ok());
        const Command second = answer->value();
        QVERIFY(second.allows(Command::Action::Prev));
        QCOMPARE(second.defaultAction, Command::Action::Complete);

        answer.reset();
        commands.prev(responder, second, this, keep);
        QVERIFY(channel.expect("<iq type='set' to='responder@domain/resource' id='$ID'>"
                               "<command xmlns='http://jabber.org/protocol/commands' "
                               "sessionid='S1' node='config' action='prev'/></iq>"));
        // An answer for another session is not taken for ours.
        channel.inject("<iq type='result' from='responder@domain/resource' id='$ID'>"
                       "<command xmlns='http://jabber.org/protocol/commands' sessionid='OTHER' "
                       "node='config' status='executing'/></iq>");
        QVERIFY(answer && !answer->ok());

        answer.reset();
        commands.cancel(responder, second, this, keep);
        QVERIFY(channel.expect("<iq type='set' to='responder@domain/resource' id='$ID'>"
                               "<command xmlns='http://jabber.org/protocol/commands' "
                               "sessionid='S1' node='config' action='cancel'/></iq>"));
        channel.inject("<iq type='result' from='responder@domain/resource' id='$ID'>"
                       "<command xmlns='http://jabber.org/protocol/commands' sessionid='S1' "
                       "node='config' status='canceled'/></iq>");
        QVERIFY(answer && answer->ok() && answer->value().isCanceled());

        // Errors keep the stanza condition.
        answer.reset();
        commands.complete(responder, second, std::nullopt, this, keep);
        QVERIFY(channel.expect("<iq type='set' to='responder@domain/resource' id='$ID'>"
                               "<command xmlns='http://jabber.org/protocol/commands' "
                               "sessionid='S1' node='config' action='complete'/></iq>"));
        channel.inject(
            "<iq type='error' from='responder@domain/resource' id='$ID'>"
            "<error type='modify'><bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
            "<bad-sessionid xmlns='http://jabber.org/protocol/commands'/></error></iq>");
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().condition, QStringLiteral("bad-request"));
        QCOMPARE(CommandManager::specificCondition(FakeChannel::parse(
                     "<iq type='error'><error type='modify'><bad-request "
                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><bad-sessionid "
                     "xmlns='http://jabber.org/protocol/commands'/></error></iq>")),
                 QStringLiteral("bad-sessionid"));
    }

    void responderValidation()
    {
        FakeChannel channel(Jid::parse(u"service@domain/svc"));
        IqTracker tracker(&channel);
        CommandServer server(&tracker);
        channel.startSession();
        int calls = 0;
        server.registerCommand(
            {QStringLiteral("greet"), QStringLiteral("Greet"),
             [&](CommandServer::Session &session, const CommandServer::Request &request,
                 CommandServer::Reply reply) {
                 ++calls;
                 Command answer;
                 if (request.isNewSession) {
                     answer.status = Command::Status::Executing;
                     answer.actions = {Command::Action::Complete};
                     answer.form = textForm(QStringLiteral("name"), QStringLiteral("Name"));
                     session.stage = 1;
                     reply(answer);
                     return;
                 }
                 const auto *name = request.form ? request.form->field(u"name") : nullptr;
                 if (!name || name->value().isEmpty()) {
                     reply(CommandServer::error(QStringLiteral("bad-request"),
                                                QStringLiteral("Give a name."),
                                                QStringLiteral("bad-payload")));
                     return;
                 }
                 answer.notes.append(
                     {Command::Note::Type::Info, QStringLiteral("Hello ") + name->value()});
                 reply(answer);
             },
             [](const Jid &who) {
                 return who.domain() == u"domain";
             }});
        QCOMPARE(server.nodes(), QStringList{QStringLiteral("greet")});

        // disco#items on the commands node lists what the requester may run.
        channel.inject("<iq type='get' from='a@domain/r' id='d1'><query "
                       "xmlns='http://jabber.org/protocol/disco#items' "
                       "node='http://jabber.org/protocol/commands'/></iq>");
        QVERIFY(
            channel.expect("<iq type='result' to='a@domain/r' id='d1'><query "
                           "xmlns='http://jabber.org/protocol/disco#items' "
                           "node='http://jabber.org/protocol/commands'><item "
                           "jid='service@domain/svc' node='greet' name='Greet'/></query></iq>"));
        channel.inject("<iq type='get' from='x@elsewhere/r' id='d2'><query "
                       "xmlns='http://jabber.org/protocol/disco#items' "
                       "node='http://jabber.org/protocol/commands'/></iq>");
        QVERIFY(channel.expect("<iq type='result' to='x@elsewhere/r' id='d2'><query "
                               "xmlns='http://jabber.org/protocol/disco#items' "
                               "node='http://jabber.org/protocol/commands'/></iq>"));
        // disco#info on the node (XEP-0050 §2.3).
        channel.inject("<iq type='get' from='a@domain/r' id='d3'><query "
                       "xmlns='http://jabber.org/protocol/disco#info' node='greet'/></iq>");
        QVERIFY(channel.expect("<iq type='result' to='a@domain/r' id='d3'><query "
                               "xmlns='http://jabber.org/protocol/disco#info' node='greet'>"
                               "<identity category='automation' type='command-node' name='Greet'/>"
                               "<feature var='http://jabber.org/protocol/commands'/>"
                               "<feature var='jabber:x:data'/></query></iq>"));

        // Unknown node; forbidden requester.
        channel.inject(
            "<iq type='set' from='a@domain/r' id='c0'><command "
            "xmlns='http://jabber.org/protocol/commands' node='nope' action='execute'/></iq>");
        QVERIFY(channel.expect("<iq type='error' to='a@domain/r' id='c0'><error type='cancel'>"
                               "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>$ANY</text>"
                               "</error></iq>"));
        channel.inject(
            "<iq type='set' from='x@elsewhere/r' id='c1'><command "
            "xmlns='http://jabber.org/protocol/commands' node='greet' action='execute'/></iq>");
        QVERIFY(channel.expect("<iq type='error' to='x@elsewhere/r' id='c1'><error type='auth'>"
                               "<forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>$ANY</text>"
                               "</error></iq>"));
        QCOMPARE(calls, 0);

        // Start a session.
        channel.inject(
            "<iq type='set' from='a@domain/r' id='c2'><command "
            "xmlns='http://jabber.org/protocol/commands' node='greet' action='execute'/></iq>");
        Element started = channel.takeSent();
        auto first = Command::fromElement(started.firstChild(u"command"));
        QVERIFY(first.ok());
        QVERIFY(first->isExecuting());
        QVERIFY(!first->sessionId.isEmpty());
        QCOMPARE(first->defaultAction, Command::Action::Complete);
        QCOMPARE(server.sessionCount(), 1);
        const QByteArray sid = first->sessionId.toUtf8();

        // Another JID cannot continue it.
        channel.inject("<iq type='set' from='b@domain/r' id='c3'><command "
                       "xmlns='http://jabber.org/protocol/commands' node='greet' sessionid='" +
                       sid + "' action='complete'/></iq>");
        QVERIFY(channel.expect("<iq type='error' to='b@domain/r' id='c3'><error type='modify'>"
                               "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>$ANY</text>"
                               "<bad-sessionid xmlns='http://jabber.org/protocol/commands'/>"
                               "</error></iq>"));
        // An action the stage did not offer.
        channel.inject("<iq type='set' from='a@domain/r' id='c4'><command "
                       "xmlns='http://jabber.org/protocol/commands' node='greet' sessionid='" +
                       sid + "' action='next'/></iq>");
        QVERIFY(channel.expect("<iq type='error' to='a@domain/r' id='c4'><error type='modify'>"
                               "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>$ANY</text>"
                               "<bad-action xmlns='http://jabber.org/protocol/commands'/>"
                               "</error></iq>"));
        // A bad payload keeps the session at its stage.
        channel.inject("<iq type='set' from='a@domain/r' id='c5'><command "
                       "xmlns='http://jabber.org/protocol/commands' node='greet' sessionid='" +
                       sid + "' action='complete'/></iq>");
        QVERIFY(
            channel.expect("<iq type='error' to='a@domain/r' id='c5'><error type='modify'>"
                           "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                           "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Give a name.</text>"
                           "<bad-payload xmlns='http://jabber.org/protocol/commands'/>"
                           "</error></iq>"));
        QCOMPARE(server.sessionCount(), 1);
        // "execute" means the stage's default action (complete).
        channel.inject("<iq type='set' from='a@domain/r' id='c6'><command "
                       "xmlns='http://jabber.org/protocol/commands' node='greet' sessionid='" +
                       sid +
                       "' action='execute'><x xmlns='jabber:x:data' type='submit'><field "
                       "var='name'><value>Juliet</value></field></x></command></iq>");
        QVERIFY(channel.expect("<iq type='result' to='a@domain/r' id='c6'><command "
                               "xmlns='http://jabber.org/protocol/commands' node='greet' "
                               "sessionid='" +
                               sid +
                               "' status='completed'><note type='info'>"
                               "Hello Juliet</note></command></iq>"));
        QCOMPARE(server.sessionCount(), 0);
        // The session is gone.
        channel.inject("<iq type='set' from='a@domain/r' id='c7'><command "
                       "xmlns='http://jabber.org/protocol/commands' node='greet' sessionid='" +
                       sid + "' action='complete'/></iq>");
        QVERIFY(channel.expect("<iq type='error' to='a@domain/r' id='c7'><error type='modify'>"
                               "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>$ANY</text>"
                               "<bad-sessionid xmlns='http://jabber.org/protocol/commands'/>"
                               "</error></iq>"));
    }

    void cancelAndExpiry()
    {
        FakeChannel channel(Jid::parse(u"service@domain/svc"));
        IqTracker tracker(&channel);
        CommandServer server(&tracker);
        channel.startSession();
        server.registerCommand({QStringLiteral("wait"),
                                QStringLiteral("Wait"),
                                [](CommandServer::Session &, const CommandServer::Request &,
                                   CommandServer::Reply reply) {
                                    Command answer;
                                    answer.status = Command::Status::Executing;
                                    answer.actions = {Command::Action::Next};
                                    reply(answer);
                                },
                                {}});
        auto start = [&](const QByteArray &id) {
            channel.inject(
                "<iq type='set' from='a@domain/r' id='" + id +
                "'><command xmlns='http://jabber.org/protocol/commands' node='wait'/></iq>");
            return Command::fromElement(channel.takeSent().firstChild(u"command"))->sessionId;
        };
        const QByteArray s1 = start("e1").toUtf8();
        channel.inject("<iq type='set' from='a@domain/r' id='e2'><command "
                       "xmlns='http://jabber.org/protocol/commands' node='wait' sessionid='" +
                       s1 + "' action='cancel'/></iq>");
        QVERIFY(channel.expect("<iq type='result' to='a@domain/r' id='e2'><command "
                               "xmlns='http://jabber.org/protocol/commands' node='wait' "
                               "sessionid='" +
                               s1 + "' status='canceled'/></iq>"));
        QCOMPARE(server.sessionCount(), 0);

        server.setSessionTimeout(20ms);
        const QByteArray s2 = start("e3").toUtf8();
        QTest::qWait(60);
        channel.inject("<iq type='set' from='a@domain/r' id='e4'><command "
                       "xmlns='http://jabber.org/protocol/commands' node='wait' sessionid='" +
                       s2 + "' action='next'/></iq>");
        QVERIFY(channel.expect("<iq type='error' to='a@domain/r' id='e4'><error type='cancel'>"
                               "<not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>$ANY</text>"
                               "<session-expired xmlns='http://jabber.org/protocol/commands'/>"
                               "</error></iq>"));
        QCOMPARE(server.sessionCount(), 0);
    }

    void requesterAgainstServer()
    {
        // The two halves against each other: a two-stage command with prev.
        FakeChannel clientChannel(Jid::parse(u"client@domain/app"));
        FakeChannel serviceChannel(Jid::parse(u"service@domain/svc"));
        IqTracker clientTracker(&clientChannel);
        IqTracker serviceTracker(&serviceChannel);
        CommandManager commands(&clientTracker);
        CommandServer server(&serviceTracker);
        clientChannel.startSession();
        serviceChannel.startSession();
        server.registerCommand(
            {QStringLiteral("order"),
             QStringLiteral("Order tea"),
             [](CommandServer::Session &session, const CommandServer::Request &request,
                CommandServer::Reply reply) {
                 Command answer;
                 answer.status = Command::Status::Executing;
                 if (request.action == Command::Action::Prev)
                     session.stage = 0;
                 else if (request.action == Command::Action::Next) {
                     session.data.insert(QStringLiteral("tea"),
                                         request.form->field(u"tea")->value());
                     session.stage = 1;
                 } else if (request.action == Command::Action::Complete) {
                     answer.status = Command::Status::Completed;
                     answer.notes.append({Command::Note::Type::Info,
                                          session.data.value(QStringLiteral("tea")).toString() +
                                              QStringLiteral(" x") +
                                              request.form->field(u"cups")->value()});
                     reply(answer);
                     return;
                 }
                 if (session.stage == 0) {
                     answer.actions = {Command::Action::Next};
                     answer.form = textForm(QStringLiteral("tea"), QStringLiteral("Tea"));
                 } else {
                     answer.actions = {Command::Action::Prev, Command::Action::Complete};
                     answer.form = textForm(QStringLiteral("cups"), QStringLiteral("Cups"));
                 }
                 reply(answer);
             },
             {}});
        const Jid service = serviceChannel.boundJid();
        std::optional<Result<Command>> answer;
        auto keep = [&](const Result<Command> &r) {
            answer = r;
        };
        auto roundTrip = [&] {
            pump(clientChannel, serviceChannel);
            pump(serviceChannel, clientChannel);
            return answer.has_value() && answer->ok();
        };

        std::optional<Result<QList<DiscoItem>>> list;
        commands.listCommands(service, this, [&](const auto &r) { list = r; });
        pump(clientChannel, serviceChannel);
        pump(serviceChannel, clientChannel);
        QVERIFY(list && list->ok() && list->value().size() == 1);
        QCOMPARE(list->value()[0].name, QStringLiteral("Order tea"));

        commands.execute(service, QStringLiteral("order"), this, keep);
        QVERIFY(roundTrip());
        DataForm tea = *answer->value().form;
        tea.setValue(QStringLiteral("tea"), QStringLiteral("Longjing"));
        const Command first = answer->value();
        answer.reset();
        commands.next(service, first, tea, this, keep);
        QVERIFY(roundTrip());
        QVERIFY(answer->value().form->field(u"cups"));
        const Command second = answer->value();
        answer.reset();
        commands.prev(service, second, this, keep);
        QVERIFY(roundTrip());
        QVERIFY(answer->value().form->field(u"tea"));
        tea.setValue(QStringLiteral("tea"), QStringLiteral("Pu'er"));
        const Command again = answer->value();
        answer.reset();
        commands.next(service, again, tea, this, keep);
        QVERIFY(roundTrip());
        DataForm cups = *answer->value().form;
        cups.setValue(QStringLiteral("cups"), QStringLiteral("2"));
        const Command last = answer->value();
        answer.reset();
        commands.complete(service, last, cups, this, keep);
        QVERIFY(roundTrip());
        QVERIFY(answer->value().isCompleted());
        QCOMPARE(answer->value().firstNote(), QStringLiteral("Pu'er x2"));
        QCOMPARE(server.sessionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
