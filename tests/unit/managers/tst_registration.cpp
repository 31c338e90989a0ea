#include "FakeChannel.h"
#include "xmpp/IqTracker.h"
#include "xmpp/RegistrationManager.h"

#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;
using namespace std::chrono_literals;

class TestRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Registration runs on a stream that is not signed in: no bound JID.
        m_channel = std::make_unique<FakeChannel>(Jid::parse(u"juliet@shakespeare.lit/globe"));
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_registration = std::make_unique<RegistrationManager>(m_tracker.get());
        m_status.reset();
        m_form.reset();
    }
    void cleanup()
    {
        m_registration.reset();
        m_tracker.reset();
        m_channel.reset();
    }

    void legacyForm()
    {
        fetch();
        // XEP-0077 §3.1, Example 2.
        m_channel->inject("<iq type='result' id='$ID'><query xmlns='jabber:iq:register'>"
                          "<instructions>Choose a username and password for use with this "
                          "service. Please also provide your email address.</instructions>"
                          "<username/><password/><email/></query></iq>");
        QVERIFY(m_form.has_value());
        QVERIFY(m_form->ok());
        RegistrationForm form = m_form->value();
        QVERIFY(!form.registered);
        QVERIFY(!form.form.has_value());
        QVERIFY(form.instructions.startsWith(u"Choose a username"));
        QVERIFY(form.hasField(u"email"));
        QCOMPARE(form.missing(),
                 (QStringList{QStringLiteral("username"), QStringLiteral("password"),
                              QStringLiteral("email")}));
        form.setValue(QStringLiteral("username"), QStringLiteral("bill"));
        form.setValue(QStringLiteral("password"), QStringLiteral("Calliope"));
        form.setValue(QStringLiteral("email"), QStringLiteral("bard@shakespeare.lit"));
        form.setValue(QStringLiteral("nick"), QStringLiteral("not asked for"));
        QVERIFY(form.missing().isEmpty());
        m_registration->submit(Jid::parse(u"shakespeare.lit"), form, this,
                               [this](const Status &s) { m_status = s; });
        // Example 3.
        QVERIFY(m_channel->expect("<iq type='set' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='jabber:iq:register'>"
                                  "<username>bill</username><password>Calliope</password>"
                                  "<email>bard@shakespeare.lit</email></query></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(m_status.has_value() && m_status->ok());
    }

    void dataForm()
    {
        fetch();
        // XEP-0077 §6, Example 16 (abridged).
        m_channel->inject(
            "<iq type='result' from='shakespeare.lit' id='$ID'>"
            "<query xmlns='jabber:iq:register'>"
            "<instructions>Use the enclosed form to register.</instructions>"
            "<x xmlns='jabber:x:data' type='form'><title>Contest Registration</title>"
            "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
            "<field type='text-single' label='Username' var='username'><required/></field>"
            "<field type='text-private' label='Password' var='password'><required/></field>"
            "<field type='text-single' label='Email Address' var='email'/>"
            "</x></query></iq>");
        QVERIFY(m_form.has_value() && m_form->ok());
        RegistrationForm form = m_form->value();
        QVERIFY(form.form.has_value());
        QCOMPARE(form.form->formType(), QStringLiteral("jabber:iq:register"));
        QCOMPARE(form.missing(),
                 (QStringList{QStringLiteral("username"), QStringLiteral("password")}));
        form.setValue(QStringLiteral("username"), QStringLiteral("juliet"));
        form.setValue(QStringLiteral("password"), QStringLiteral("R0m30!"));
        QCOMPARE(form.value(u"username"), QStringLiteral("juliet"));
        m_registration->submit(Jid::parse(u"shakespeare.lit"), form, this,
                               [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect(
            "<iq type='set' to='shakespeare.lit' id='$ID'><query xmlns='jabber:iq:register'>"
            "<x xmlns='jabber:x:data' type='submit'>"
            "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
            "<field var='username'><value>juliet</value></field>"
            "<field var='password'><value>R0m30!</value></field>"
            "<field var='email'/></x></query></iq>"));
        m_channel->inject("<iq type='result' from='shakespeare.lit' id='$ID'/>");
        QVERIFY(m_status.has_value() && m_status->ok());
    }

    void alreadyRegisteredAndWebOnly()
    {
        fetch();
        // XEP-0077 §3.1, Example 4: already registered.
        m_channel->inject("<iq type='result' id='$ID'><query xmlns='jabber:iq:register'>"
                          "<registered/><username>juliet</username>"
                          "<password>R0m30</password><email>juliet@capulet.com</email>"
                          "</query></iq>");
        QVERIFY(m_form->ok());
        QVERIFY(m_form->value().registered);
        QCOMPARE(m_form->value().value(u"email"), QStringLiteral("juliet@capulet.com"));

        fetch();
        // §5, Example 14 (abridged): redirection to a web page.
        m_channel->inject("<iq type='result' id='$ID'><query xmlns='jabber:iq:register'>"
                          "<instructions>To register, visit http://www.shakespeare.lit/contests.php"
                          "</instructions><x xmlns='jabber:x:oob'>"
                          "<url>http://www.shakespeare.lit/contests.php</url></x></query></iq>");
        QVERIFY(m_form->ok());
        QCOMPARE(m_form->value().webUrl,
                 QUrl(QStringLiteral("http://www.shakespeare.lit/contests.php")));
        QVERIFY(m_form->value().fields.isEmpty());
    }

    void noRegistrationSupport()
    {
        fetch();
        m_channel->inject("<iq type='error' id='$ID'><error type='cancel'><service-unavailable "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(!m_form->ok());
        QVERIFY(m_form->error().message.contains(u"does not offer account creation"));
        fetch();
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(!m_form->ok());
        QCOMPARE(m_form->error().code, Error::Code::Protocol);
    }

    void submitErrors_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("serverText");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("conflict") << "conflict"
                                  << "The requested username already exists."
                                  << int(Error::Code::Conflict) << "already taken";
        QTest::newRow("not-acceptable") << "not-acceptable"
                                        << "The requested username is invalid."
                                        << int(Error::Code::InvalidArgument) << "did not accept";
        QTest::newRow("not-allowed")
            << "not-allowed"
            << "" << int(Error::Code::PolicyViolation) << "does not allow creating accounts";
        QTest::newRow("bad-request") << "bad-request"
                                     << "" << int(Error::Code::InvalidArgument) << "required field";
        QTest::newRow("limits") << "resource-constraint"
                                << "" << int(Error::Code::Protocol) << "try again later";
    }
    void submitErrors()
    {
        QFETCH(QString, condition);
        QFETCH(QString, serverText);
        QFETCH(int, code);
        QFETCH(QString, says);
        RegistrationForm form;
        form.fields = {{QStringLiteral("username"), QStringLiteral("bill")},
                       {QStringLiteral("password"), QStringLiteral("m1cro$oft")}};
        m_registration->submit(Jid::parse(u"shakespeare.lit"), form, this,
                               [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect("<iq type='set' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='jabber:iq:register'><username>bill</username>"
                                  "<password>m1cro$oft</password></query></iq>"));
        // XEP-0077 §3.1, Example 5 style error (the query echoed, then the error).
        Element error = FakeChannel::parse(
            "<iq type='error' from='shakespeare.lit' id='x'><query xmlns='jabber:iq:register'>"
            "<username>bill</username></query><error type='cancel'/></iq>");
        error.setAttribute(QStringLiteral("id"), m_channel->lastId());
        Element &e = *error.findChild(u"error");
        e.addChild(condition, QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas"));
        if (!serverText.isEmpty())
            e.addTextChild(QStringLiteral("text"), serverText,
                           QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas"));
        m_channel->inject(error);
        QVERIFY(m_status.has_value());
        QVERIFY(!m_status->ok());
        QCOMPARE(int(m_status->error().code), code);
        QVERIFY2(m_status->error().message.contains(says), qPrintable(m_status->error().message));
        QCOMPARE(m_status->error().message.contains(serverText), true);
        QVERIFY(!m_status->error().message.startsWith(condition)); // a sentence, not a code
    }

    void invitationToken()
    {
        m_registration->sendInvitationToken(Jid::parse(u"example.com"), QStringLiteral("TOKEN"),
                                            this, [this](const Status &s) { m_status = s; });
        // XEP-0445 §4, Example 2 and 3.
        QVERIFY(m_channel->expect("<iq type='set' to='example.com' id='$ID'>"
                                  "<preauth xmlns='urn:xmpp:pars:0' token='TOKEN'/></iq>"));
        m_channel->inject("<iq type='result' from='example.com' id='$ID'/>");
        QVERIFY(m_status.has_value() && m_status->ok());
    }

    void invitationRejected_data()
    {
        QTest::addColumn<QByteArray>("error");
        // XEP-0445 Example 4, and what Prosody's mod_invites_register sends.
        QTest::newRow("xep") << QByteArray("<error type='cancel'><item-not-found "
                                           "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                           "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>"
                                           "The provided token is invalid or expired</text>"
                                           "</error>");
        QTest::newRow("prosody") << QByteArray("<error type='cancel'><forbidden "
                                               "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                               "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>"
                                               "The invite token is invalid or expired</text>"
                                               "</error>");
    }
    void invitationRejected()
    {
        QFETCH(QByteArray, error);
        m_registration->sendInvitationToken(Jid::parse(u"example.com"), QStringLiteral("OLD"), this,
                                            [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect("<iq type='set' to='example.com' id='$ID'>"
                                  "<preauth xmlns='urn:xmpp:pars:0' token='OLD'/></iq>"));
        // Someone other than the server cannot answer for it.
        m_channel->inject("<iq type='result' from='mallory@example.com' id='$ID'/>");
        QVERIFY(!m_status.has_value());
        m_channel->inject("<iq type='error' from='example.com' id='$ID'>" + error + "</iq>");
        QVERIFY(m_status.has_value());
        QVERIFY(!m_status->ok());
        QVERIFY2(m_status->error().message.contains(u"invitation is not valid or has expired"),
                 qPrintable(m_status->error().message));
    }

    void timeoutKeepsItsMessage()
    {
        m_tracker->setDefaultTimeout(30ms);
        m_registration->sendInvitationToken(Jid::parse(u"example.com"), QStringLiteral("T"), this,
                                            [this](const Status &s) { m_status = s; });
        QTRY_VERIFY_WITH_TIMEOUT(m_status.has_value(), 5000);
        QCOMPARE(m_status->error().code, Error::Code::Timeout);
        QVERIFY(m_status->error().message.contains(u"example.com"));
    }

    void changePassword()
    {
        m_registration->changePassword(QStringLiteral("newpass"), this,
                                       [this](const Status &s) { m_status = s; });
        QVERIFY(m_status.has_value()); // not signed in: refused at once
        QCOMPARE(m_status->error().code, Error::Code::InvalidArgument);
        QVERIFY(m_channel->expectNothing());

        m_status.reset();
        m_channel->startSession();
        m_registration->changePassword(QStringLiteral("newpass"), this,
                                       [this](const Status &s) { m_status = s; });
        // XEP-0077 §3.3, Example 18.
        QVERIFY(m_channel->expect("<iq type='set' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='jabber:iq:register'><username>juliet</username>"
                                  "<password>newpass</password></query></iq>"));
        m_channel->inject("<iq type='error' from='shakespeare.lit' id='$ID'>"
                          "<error type='modify'><not-allowed "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(!m_status->ok());
        QVERIFY(m_status->error().message.contains(u"does not allow this"));

        m_status.reset();
        m_registration->changePassword(QStringLiteral("newpass"), this,
                                       [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect("<iq type='set' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='jabber:iq:register'><username>juliet</username>"
                                  "<password>newpass</password></query></iq>"));
        m_channel->inject("<iq type='result' from='shakespeare.lit' id='$ID'/>");
        QVERIFY(m_status->ok());
    }

    void cancelAccount()
    {
        m_channel->startSession();
        m_registration->cancelAccount(this, [this](const Status &s) { m_status = s; });
        // XEP-0077 §3.2, Example 13.
        QVERIFY(m_channel->expect("<iq type='set' id='$ID'><query xmlns='jabber:iq:register'>"
                                  "<remove/></query></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(m_status.has_value() && m_status->ok());
    }

private:
    void fetch()
    {
        m_form.reset();
        m_registration->fetchForm(Jid::parse(u"shakespeare.lit"), this,
                                  [this](const Result<RegistrationForm> &f) { m_form = f; });
        QVERIFY(m_channel->expect("<iq type='get' to='shakespeare.lit' id='$ID'>"
                                  "<query xmlns='jabber:iq:register'/></iq>"));
    }

    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<RegistrationManager> m_registration;
    std::optional<Status> m_status;
    std::optional<Result<RegistrationForm>> m_form;
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
