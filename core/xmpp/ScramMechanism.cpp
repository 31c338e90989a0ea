#include "xmpp/ScramMechanism.h"

#include "xmpp/SaslPrep.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace teahouse::xmpp {

namespace {

QCryptographicHash::Algorithm qtAlgorithm(ScramMechanism::Hash hash)
{
    return hash == ScramMechanism::Hash::Sha1 ? QCryptographicHash::Sha1
                                              : QCryptographicHash::Sha256;
}

// RFC 5802 §5.1 saslname: "=" and "," are escaped.
QByteArray escapeSaslName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("=", "=3D");
    out.replace(",", "=2C");
    return out;
}

// Splits "a=x,b=y" into its attributes; false on anything that is not attr=value.
bool parseAttributes(QByteArrayView message, QList<std::pair<char, QByteArray>> &out)
{
    for (const QByteArrayView part : QByteArray(message.toByteArray()).split(',')) {
        if (part.size() < 2 || part[1] != '=')
            return false;
        out.append({part[0], part.sliced(2).toByteArray()});
    }
    return !out.isEmpty();
}

bool isPrintableNonce(QByteArrayView nonce)
{
    // RFC 5802 §7: printable ASCII except ",".
    for (const char c : nonce) {
        if (c < 0x21 || c > 0x7E || c == ',')
            return false;
    }
    return !nonce.isEmpty();
}

} // namespace

ScramMechanism::ScramMechanism(Hash hash, SaslCredentials credentials, SaslChannelBinding binding)
    : m_hash(hash)
    , m_credentials(std::move(credentials))
    , m_binding(std::move(binding))
{}

QString ScramMechanism::mechanismName(Hash hash, bool plus)
{
    QString name =
        hash == Hash::Sha1 ? QStringLiteral("SCRAM-SHA-1") : QStringLiteral("SCRAM-SHA-256");
    if (plus)
        name += QStringLiteral("-PLUS");
    return name;
}

QString ScramMechanism::name() const
{
    return mechanismName(m_hash, m_binding.mode == SaslChannelBinding::Mode::Used);
}

Error ScramMechanism::fail(Error::Code code, const QString &message)
{
    m_step = Step::Failed;
    return Error::make(code, name() + QStringLiteral(": ") + message);
}

Result<QByteArray> ScramMechanism::initialResponse()
{
    if (m_step != Step::Initial)
        return fail(Error::Code::Protocol, QStringLiteral("exchange already started"));
    if (m_binding.mode == SaslChannelBinding::Mode::Used &&
        (m_binding.data.isEmpty() || m_binding.type.isEmpty())) {
        return fail(Error::Code::Tls, QStringLiteral("channel binding selected without data"));
    }
    const Result<QString> user = saslPrep(m_credentials.username);
    if (!user)
        return fail(Error::Code::InvalidArgument, user.error().message);
    if (user.value().isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("empty user name"));
    QByteArray authzid;
    if (!m_credentials.authzid.isEmpty())
        authzid = escapeSaslName(m_credentials.authzid);
    if (m_clientNonce.isEmpty()) {
        // 24 random bytes: 192 bits from the CSPRNG, base64 (no ',' in its alphabet).
        QByteArray random(24, Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
            return fail(Error::Code::Crypto, QStringLiteral("no random bytes for the nonce"));
        m_clientNonce = random.toBase64();
    }
    if (!isPrintableNonce(m_clientNonce))
        return fail(Error::Code::InvalidArgument, QStringLiteral("bad client nonce"));
    m_gs2Header = m_binding.gs2Header(authzid);
    m_clientFirstBare = "n=" + escapeSaslName(user.value()) + ",r=" + m_clientNonce;
    m_step = Step::ClientFirstSent;
    return m_gs2Header + m_clientFirstBare;
}

Result<QByteArray> ScramMechanism::respond(QByteArrayView challenge)
{
    switch (m_step) {
    case Step::ClientFirstSent:
        return handleServerFirst(challenge);
    case Step::ClientFinalSent: {
        // Some servers send server-final as a challenge; the answer is an empty response.
        const Status verified = handleServerFinal(challenge);
        if (!verified)
            return verified.error();
        return QByteArray();
    }
    default:
        return fail(Error::Code::Protocol, QStringLiteral("unexpected challenge"));
    }
}

Result<QByteArray> ScramMechanism::handleServerFirst(QByteArrayView serverFirst)
{
    QList<std::pair<char, QByteArray>> attrs;
    if (!parseAttributes(serverFirst, attrs))
        return fail(Error::Code::Protocol, QStringLiteral("malformed server-first-message"));
    if (attrs.first().first == 'm')
        return fail(Error::Code::Protocol, QStringLiteral("unsupported mandatory extension"));
    if (attrs.first().first == 'e')
        return fail(Error::Code::Authentication,
                    QStringLiteral("server error: ") + QString::fromUtf8(attrs.first().second));
    if (attrs.size() < 3 || attrs[0].first != 'r' || attrs[1].first != 's' || attrs[2].first != 'i')
        return fail(Error::Code::Protocol, QStringLiteral("malformed server-first-message"));
    const QByteArray &nonce = attrs[0].second;
    // The server's part must add something: an echo of our nonce alone gives no freshness.
    if (!nonce.startsWith(m_clientNonce) || nonce.size() == m_clientNonce.size() ||
        !isPrintableNonce(nonce)) {
        return fail(Error::Code::Protocol, QStringLiteral("server nonce does not extend ours"));
    }
    const auto salt =
        QByteArray::fromBase64Encoding(attrs[1].second, QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty())
        return fail(Error::Code::Protocol, QStringLiteral("bad salt"));
    bool numeric = false;
    const qlonglong iterations = attrs[2].second.toLongLong(&numeric);
    if (!numeric || iterations < kMinIterations)
        return fail(Error::Code::Protocol,
                    QStringLiteral("iteration count below %1 refused").arg(kMinIterations));
    if (iterations > kMaxIterations)
        return fail(Error::Code::Protocol,
                    QStringLiteral("iteration count above %1 refused").arg(kMaxIterations));

    const Result<QString> password = saslPrep(m_credentials.password);
    if (!password)
        return fail(Error::Code::InvalidArgument, password.error().message);
    const QByteArray passwordUtf8 = password.value().toUtf8();

    const QCryptographicHash::Algorithm algorithm = qtAlgorithm(m_hash);
    const EVP_MD *md = m_hash == Hash::Sha1 ? EVP_sha1() : EVP_sha256();
    const int hashLength = EVP_MD_get_size(md);
    QByteArray saltedPassword(hashLength, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(passwordUtf8.constData(), int(passwordUtf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.decoded.constData()),
                          int(salt.decoded.size()), int(iterations), md, hashLength,
                          reinterpret_cast<unsigned char *>(saltedPassword.data())) != 1) {
        return fail(Error::Code::Crypto, QStringLiteral("PBKDF2 failed"));
    }
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash("Client Key", saltedPassword, algorithm);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, algorithm);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash("Server Key", saltedPassword, algorithm);

    QByteArray cbindInput = m_gs2Header;
    if (m_binding.mode == SaslChannelBinding::Mode::Used)
        cbindInput += m_binding.data;
    const QByteArray clientFinalWithoutProof = "c=" + cbindInput.toBase64() + ",r=" + nonce;
    const QByteArray authMessage =
        m_clientFirstBare + ',' + serverFirst.toByteArray() + ',' + clientFinalWithoutProof;
    const QByteArray clientSignature =
        QMessageAuthenticationCode::hash(authMessage, storedKey, algorithm);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof[i] ^ clientSignature[i]);
    m_expectedServerSignature = QMessageAuthenticationCode::hash(authMessage, serverKey, algorithm);
    OPENSSL_cleanse(saltedPassword.data(), size_t(saltedPassword.size()));
    m_step = Step::ClientFinalSent;
    return clientFinalWithoutProof + ",p=" + proof.toBase64();
}

Status ScramMechanism::handleServerFinal(QByteArrayView serverFinal)
{
    QList<std::pair<char, QByteArray>> attrs;
    if (!parseAttributes(serverFinal, attrs))
        return fail(Error::Code::Protocol, QStringLiteral("malformed server-final-message"));
    if (attrs.first().first == 'e')
        return fail(Error::Code::Authentication,
                    QStringLiteral("server error: ") + QString::fromUtf8(attrs.first().second));
    if (attrs.first().first != 'v')
        return fail(Error::Code::Protocol, QStringLiteral("malformed server-final-message"));
    const auto signature = QByteArray::fromBase64Encoding(attrs.first().second,
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.size() != m_expectedServerSignature.size() ||
        CRYPTO_memcmp(signature.decoded.constData(), m_expectedServerSignature.constData(),
                      size_t(m_expectedServerSignature.size())) != 0) {
        return fail(Error::Code::Authentication,
                    QStringLiteral("the server's signature is wrong: it does not know this "
                                   "account's password (possible impersonation)"));
    }
    m_step = Step::Done;
    return {};
}

Status ScramMechanism::verifySuccess(QByteArrayView additionalData)
{
    if (m_step == Step::Done) // verified in a challenge already; a repeat must match too
        return additionalData.isEmpty() ? Status() : handleServerFinal(additionalData);
    if (m_step != Step::ClientFinalSent)
        return fail(Error::Code::Protocol, QStringLiteral("success before the exchange finished"));
    if (additionalData.isEmpty())
        return fail(Error::Code::Authentication,
                    QStringLiteral("success without the server's signature"));
    return handleServerFinal(additionalData);
}

} // namespace teahouse::xmpp
