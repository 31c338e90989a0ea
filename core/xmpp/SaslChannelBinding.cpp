#include "xmpp/SaslChannelBinding.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace teahouse::xmpp {

QByteArray SaslChannelBinding::gs2Header(const QByteArray &escapedAuthzid) const
{
    QByteArray header;
    switch (mode) {
    case Mode::NotSupported:
        header = "n";
        break;
    case Mode::SupportedButNotUsed:
        header = "y";
        break;
    case Mode::Used:
        header = "p=" + type.toLatin1();
        break;
    }
    header += ',';
    if (!escapedAuthzid.isEmpty())
        header += "a=" + escapedAuthzid;
    header += ',';
    return header;
}

Result<QByteArray> tlsServerEndPointData(QByteArrayView certificateDer)
{
    const auto *der = reinterpret_cast<const unsigned char *>(certificateDer.data());
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        d2i_X509(nullptr, &der, static_cast<long>(certificateDer.size())), X509_free);
    if (!cert)
        return Error::make(Error::Code::Tls, QStringLiteral("unreadable server certificate"));
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (!OBJ_find_sigid_algs(X509_get_signature_nid(cert.get()), &digestNid, &keyNid) ||
        digestNid == NID_undef) {
        return Error::make(Error::Code::Tls,
                           QStringLiteral("certificate signature has no single hash: "
                                          "tls-server-end-point is undefined for it"));
    }
    // RFC 5929 §4.1: MD5 and SHA-1 are replaced by SHA-256.
    if (digestNid == NID_md5 || digestNid == NID_sha1)
        digestNid = NID_sha256;
    const EVP_MD *md = EVP_get_digestbynid(digestNid);
    if (!md)
        return Error::make(Error::Code::Tls, QStringLiteral("unsupported certificate hash"));
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!EVP_Digest(certificateDer.data(), static_cast<size_t>(certificateDer.size()),
                    reinterpret_cast<unsigned char *>(out.data()), &length, md, nullptr)) {
        return Error::make(Error::Code::Crypto, QStringLiteral("certificate hash failed"));
    }
    out.resize(length);
    return out;
}

} // namespace teahouse::xmpp
