#pragma once

#include "xmpp/SaslChannelBinding.h"
#include "xmpp/SaslMechanism.h"

namespace teahouse::xmpp {

// SCRAM client (RFC 5802) with SHA-1 or SHA-256 (RFC 7677), and the -PLUS variants when the
// channel binding says Mode::Used. Verifies the server signature, so a server (or a man in
// the middle) that does not hold the password's verifier cannot complete the sign-in.
class ScramMechanism : public SaslMechanism
{
public:
    enum class Hash
    {
        Sha1,
        Sha256
    };

    // Iteration counts accepted from the server. 4096 is the RFC 5802/7677 minimum. The cap
    // bounds what a hostile server can make the client burn (PBKDF2 runs ~2M iterations/s
    // here, so the cap costs about a second) while staying above what real deployments use
    // (Prosody and ejabberd default to 4096-10000; OWASP's 2023 advice is 600k for SHA-256
    // and 1.3M for SHA-1).
    static constexpr int kMinIterations = 4096;
    static constexpr int kMaxIterations = 2'000'000;

    ScramMechanism(Hash hash, SaslCredentials credentials,
                   SaslChannelBinding binding = SaslChannelBinding::none());

    // Tests: a fixed client nonce instead of the CSPRNG one (RFC test vectors).
    void setClientNonce(const QByteArray &nonce) { m_clientNonce = nonce; }

    [[nodiscard]] QString name() const override;
    [[nodiscard]] Result<QByteArray> initialResponse() override;
    [[nodiscard]] Result<QByteArray> respond(QByteArrayView challenge) override;
    [[nodiscard]] Status verifySuccess(QByteArrayView additionalData) override;

    // The mechanism name for a hash and whether channel binding is used.
    [[nodiscard]] static QString mechanismName(Hash hash, bool plus);

private:
    enum class Step
    {
        Initial,
        ClientFirstSent,
        ClientFinalSent,
        Done,
        Failed
    };

    Result<QByteArray> handleServerFirst(QByteArrayView serverFirst);
    Status handleServerFinal(QByteArrayView serverFinal);
    Error fail(Error::Code code, const QString &message);

    Hash m_hash;
    SaslCredentials m_credentials;
    SaslChannelBinding m_binding;
    Step m_step = Step::Initial;
    QByteArray m_clientNonce;
    QByteArray m_gs2Header;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
};

} // namespace teahouse::xmpp
