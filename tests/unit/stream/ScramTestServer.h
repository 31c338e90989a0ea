#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

// The server side of SCRAM (RFC 5802) for Stream tests, written from the RFC independently of
// ScramMechanism: checks the client's proof and channel-binding attribute, and signs the
// server-final message (or signs it wrongly, to play an impostor).
struct ScramTestServer
{
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    QByteArray password = "secret";
    QByteArray salt = "QSXCR+Q6sek8bf92";
    int iterations = 4096;
    QByteArray serverNonce = "3rfcNHYJY1ZVvWVs7j";
    QByteArray bindingData; // what -PLUS must carry
    bool forgeSignature = false;

    QByteArray gs2Header;
    QByteArray clientFirstBare;
    QByteArray serverFirst;
    bool proofValid = false;
    bool bindingValid = false;

    QByteArray hmac(const QByteArray &key, const QByteArray &data) const
    {
        return QMessageAuthenticationCode::hash(data, key, algorithm);
    }

    QByteArray serverFirstFor(const QByteArray &clientFirst)
    {
        const qsizetype first = clientFirst.indexOf(',');
        const qsizetype second = clientFirst.indexOf(',', first + 1);
        gs2Header = clientFirst.left(second + 1);
        clientFirstBare = clientFirst.mid(second + 1);
        QByteArray clientNonce;
        for (const QByteArray &part : clientFirstBare.split(',')) {
            if (part.startsWith("r="))
                clientNonce = part.mid(2);
        }
        serverFirst = "r=" + clientNonce + serverNonce + ",s=" + salt.toBase64() +
                      ",i=" + QByteArray::number(iterations);
        return serverFirst;
    }

    QByteArray serverFinalFor(const QByteArray &clientFinal)
    {
        const qsizetype proofAt = clientFinal.indexOf(",p=");
        const QByteArray withoutProof = clientFinal.left(proofAt);
        const QByteArray proof = QByteArray::fromBase64(clientFinal.mid(proofAt + 3));
        const QByteArray authMessage = clientFirstBare + ',' + serverFirst + ',' + withoutProof;
        const int length = QCryptographicHash::hashLength(algorithm);
        const QByteArray salted =
            QPasswordDigestor::deriveKeyPbkdf2(algorithm, password, salt, iterations, length);
        const QByteArray clientKey = hmac(salted, "Client Key");
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, algorithm);
        const QByteArray clientSignature = hmac(storedKey, authMessage);
        QByteArray expectedProof = clientKey;
        for (int i = 0; i < length; ++i)
            expectedProof[i] = char(expectedProof[i] ^ clientSignature[i]);
        proofValid = proof == expectedProof;
        QByteArray cbind = gs2Header;
        if (gs2Header.startsWith("p="))
            cbind += bindingData;
        bindingValid = withoutProof.startsWith("c=" + cbind.toBase64() + ",");
        QByteArray serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
        if (forgeSignature)
            serverSignature[0] = char(serverSignature[0] ^ 0x01);
        return "v=" + serverSignature.toBase64();
    }
};
