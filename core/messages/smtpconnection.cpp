// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpconnection.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace innkeep {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
    const std::function<bool()> *handedOver = nullptr;
    bool told = false;
};

// Says "handed over" once; false when that could not be recorded.
bool tellHandedOver(Upload *upload)
{
    if (upload->told)
        return true;
    if (upload->handedOver && *upload->handedOver && !(*upload->handedOver)())
        return false;
    upload->told = true;
    return true;
}

// libcurl asks for the message piece by piece. The server can take it only after its last bytes and the
// end of DATA, so "handed over" is said before the last piece goes to libcurl (libcurl asks no more once
// it has the size it was told, so the end of the data is too late).
size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype chunk = std::min<qsizetype>(std::max<qsizetype>(left, 0), qsizetype(size * count));
    if (chunk == left && !tellHandedOver(upload))
        return CURL_READFUNC_ABORT;
    if (chunk <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(chunk));
    upload->offset += chunk;
    return size_t(chunk);
}

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool isUnreachable(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_LOGIN_DENIED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT: return true;
    default: return false;
    }
}

// Errors that can end a conversation after the whole message went out without the server's answer.
bool mayHaveArrived(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_ABORTED_BY_CALLBACK: return true;
    default: return false;
    }
}

} // namespace

SmtpConnection::SmtpConnection(SmtpSettings settings) : m_settings(std::move(settings))
{
    initialiseOnce();
    m_curl = curl_easy_init();
}

SmtpConnection::~SmtpConnection()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

SmtpOutcome SmtpConnection::send(const QByteArray &message, const QString &from, const QString &to,
                                 const std::function<bool()> &handedOver)
{
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl)
        return {SmtpOutcome::Kind::Unreachable, tr("libcurl could not be started.")};
    if (m_settings.url.isEmpty())
        return {SmtpOutcome::Kind::Unreachable,
                tr("No mail server is set: innkeep-cli settings set smtp.url smtp://HOST:PORT")};

    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    const QByteArray rcpt = '<' + to.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    char errorText[CURL_ERROR_SIZE] = {};
    Upload upload{&message, 0, &handedOver, false};
    curl_slist *recipients = curl_slist_append(nullptr, rcpt.constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, ConnectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, MessageTimeoutSeconds);
    // smtp:// upgrades to TLS when the server offers STARTTLS; smtps:// is TLS from the start.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(recipients);

    if (code == CURLE_OK)
        return {SmtpOutcome::Kind::Accepted, {}};
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    QString error = QString::fromUtf8(errorText).trimmed();
    if (error.isEmpty())
        error = QString::fromUtf8(curl_easy_strerror(code));
    if (reply > 0)
        error = tr("%1 (server replied %2)").arg(error).arg(reply);
    if (upload.told && mayHaveArrived(code))
        return {SmtpOutcome::Kind::Uncertain, error};
    if (!upload.told && isUnreachable(code))
        return {SmtpOutcome::Kind::Unreachable, error};
    if (!upload.told && reply == 0)
        return {SmtpOutcome::Kind::Unreachable, error};
    return {SmtpOutcome::Kind::Refused, error};
}

} // namespace innkeep
