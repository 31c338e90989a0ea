#include "storage/QtKeychainBackend.h"

#include "base/Logging.h"
#include "storage/Key.h"

#include <qt6keychain/keychain.h>

namespace teahouse::storage {

namespace {

Error jobError(const QKeychain::Job *job, const QString &account)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("The system keychain holds no key for %1.").arg(account));
    default:
        return Error::make(
            Error::Code::KeychainUnavailable,
            QStringLiteral("The system keychain is not available: %1").arg(job->errorString()));
    }
}

template<typename JobT>
JobT *makeJob(const QString &service, const QString &account, QObject *parent)
{
    auto *job = new JobT(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QObject *parent)
    : QtKeychainBackend(QStringLiteral("Teahouse"), parent)
{}

QtKeychainBackend::QtKeychainBackend(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void QtKeychainBackend::read(const QString &account, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this,
            [account, done = std::move(done)](QKeychain::Job *finished) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (readJob->error() != QKeychain::NoError) {
                    qCInfo(lcStorage)
                        << "keychain read failed:" << readJob->error() << readJob->errorString();
                    done(jobError(readJob, account));
                    return;
                }
                done(readJob->binaryData());
            });
    job->start();
}

void QtKeychainBackend::write(const QString &account, const QByteArray &secret, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [account, done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError) {
                    qCInfo(lcStorage)
                        << "keychain write failed:" << finished->error() << finished->errorString();
                    done(jobError(finished, account));
                    return;
                }
                done(Status());
            });
    job->start();
}

void QtKeychainBackend::remove(const QString &account, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this,
            [account, done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError &&
                    finished->error() != QKeychain::EntryNotFound) {
                    done(jobError(finished, account));
                    return;
                }
                done(Status());
            });
    job->start();
}

} // namespace teahouse::storage
