#include "storage/PassphraseKdf.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <array>
#include <memory>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace teahouse::storage {

namespace {

constexpr int FormatVersion = 1;
// Refuse sidecars asking for absurd work (a damaged or planted file must not hang the app).
constexpr int MinLogN = 14;
constexpr int MaxLogN = 20;
constexpr quint64 MaxMemoryBytes = 1ull << 30;

quint64 memoryBytes(int logN, int r, int p)
{
    // scrypt needs 128 * r * N bytes for V plus 128 * r * p for B.
    return 128ull * static_cast<quint64>(r) * ((1ull << logN) + static_cast<quint64>(p));
}

bool validParams(const PassphraseKdf &kdf)
{
    return kdf.salt.size() >= PassphraseKdf::SaltSize && kdf.salt.size() <= 64 &&
           kdf.logN >= MinLogN && kdf.logN <= MaxLogN && kdf.r >= 1 && kdf.r <= 32 && kdf.p >= 1 &&
           kdf.p <= 16 && memoryBytes(kdf.logN, kdf.r, kdf.p) <= MaxMemoryBytes;
}

Error cryptoError(const QString &what)
{
    return Error::make(Error::Code::Crypto, QStringLiteral("%1 failed (OpenSSL).").arg(what));
}

} // namespace

Result<PassphraseKdf> PassphraseKdf::generate()
{
    PassphraseKdf kdf;
    kdf.salt.resize(SaltSize);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(kdf.salt.data()), SaltSize) != 1)
        return cryptoError(QStringLiteral("Creating a random salt"));
    return kdf;
}

Result<PassphraseKdf> PassphraseKdf::load(const QString &file)
{
    QFile f(file);
    if (!f.exists()) {
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("No passphrase settings in %1.").arg(file));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io,
                           QStringLiteral("Cannot read %1: %2").arg(file, f.errorString()));
    }
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    PassphraseKdf kdf;
    kdf.salt = QByteArray::fromBase64(o.value(QLatin1String("salt")).toString().toLatin1());
    kdf.logN = o.value(QLatin1String("logN")).toInt();
    kdf.r = o.value(QLatin1String("r")).toInt();
    kdf.p = o.value(QLatin1String("p")).toInt();
    if (o.value(QLatin1String("kdf")).toString() != QLatin1String("scrypt") ||
        o.value(QLatin1String("version")).toInt() != FormatVersion || !validParams(kdf)) {
        return Error::make(Error::Code::Corrupt,
                           QStringLiteral("The passphrase settings file %1 is damaged; without it "
                                          "the passphrase cannot unlock the data.")
                               .arg(file));
    }
    return kdf;
}

Status PassphraseKdf::save(const QString &file) const
{
    if (!validParams(*this)) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Refusing to save invalid scrypt parameters."));
    }
    QJsonObject o;
    o.insert(QLatin1String("kdf"), QLatin1String("scrypt"));
    o.insert(QLatin1String("version"), FormatVersion);
    o.insert(QLatin1String("salt"), QString::fromLatin1(salt.toBase64()));
    o.insert(QLatin1String("logN"), logN);
    o.insert(QLatin1String("r"), r);
    o.insert(QLatin1String("p"), p);
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        return Error::make(Error::Code::Io,
                           QStringLiteral("Cannot write %1: %2").arg(file, f.errorString()));
    }
    return {};
}

Result<Key> PassphraseKdf::deriveKey(const QString &passphrase) const
{
    if (passphrase.isEmpty()) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("The passphrase is empty."));
    }
    if (!validParams(*this)) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Invalid scrypt parameters."));
    }
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    std::array<unsigned char, Key::Size> out{};

    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_SCRYPT, nullptr), &EVP_PKEY_CTX_free);
    size_t outLen = out.size();
    const bool ok =
        ctx && EVP_PKEY_derive_init(ctx.get()) > 0 &&
        EVP_PKEY_CTX_set1_pbe_pass(ctx.get(), secret.constData(), static_cast<int>(secret.size())) >
            0 &&
        EVP_PKEY_CTX_set1_scrypt_salt(ctx.get(),
                                      reinterpret_cast<const unsigned char *>(salt.constData()),
                                      static_cast<int>(salt.size())) > 0 &&
        EVP_PKEY_CTX_set_scrypt_N(ctx.get(), 1ull << logN) > 0 &&
        EVP_PKEY_CTX_set_scrypt_r(ctx.get(), static_cast<quint64>(r)) > 0 &&
        EVP_PKEY_CTX_set_scrypt_p(ctx.get(), static_cast<quint64>(p)) > 0 &&
        EVP_PKEY_CTX_set_scrypt_maxmem_bytes(ctx.get(), memoryBytes(logN, r, p) + (1u << 20)) > 0 &&
        EVP_PKEY_derive(ctx.get(), out.data(), &outLen) > 0 && outLen == out.size();
    wipeBytes(secret);
    if (!ok)
        return cryptoError(QStringLiteral("Deriving the key from the passphrase (scrypt)"));
    Result<Key> key =
        Key::fromBytes(QByteArrayView(out.data(), static_cast<qsizetype>(out.size())));
    OPENSSL_cleanse(out.data(), out.size());
    return key;
}

} // namespace teahouse::storage
