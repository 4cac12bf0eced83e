#include "ApiPager.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "NetLogging.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

ApiPager::ApiPager(ApiClient &client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(&client)
    , m_options(std::move(options))
{
    if (!m_options.key) {
        const QString idKey = m_options.shape == Shape::V1Envelope ? u"_id"_s : u"id"_s;
        m_options.key = [idKey](const QJsonObject &item) { return item.value(idKey).toString(); };
    }
    m_options.pageSize = std::max(1, m_options.pageSize);
    m_options.speculativePages = std::max(1, m_options.speculativePages);
}

QString ApiPager::connectionTargetId(const QJsonObject &item)
{
    return item.value("to"_L1).toObject().value("id"_L1).toString();
}

void ApiPager::start()
{
    requestPage(0);
}

void ApiPager::abort()
{
    const auto jobs = std::exchange(m_inFlight, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
    if (!m_done)
        fail({ 0, QString::fromLatin1(ApiError::Cancelled), u"cancelled"_s, m_options.path });
}

void ApiPager::requestPage(qint64 skip)
{
    if (!m_client)
        return;
    ApiRequest request = ApiRequest::get(m_options.version, m_options.path, m_options.query);
    request.query.addQueryItem(u"limit"_s, QString::number(m_options.pageSize));
    request.query.addQueryItem(u"skip"_s, QString::number(skip));
    if (!m_options.sort.isEmpty())
        request.query.addQueryItem(u"sort"_s, m_options.sort);
    ApiJob *job = m_client->send(std::move(request));
    m_inFlight.insert(skip, job);
    m_highestSkip = std::max(m_highestSkip, skip);
    connect(job, &ApiJob::finished, this, [this, job, skip] { onPageFinished(job, skip); });
}

void ApiPager::onPageFinished(ApiJob *job, qint64 skip)
{
    if (m_done || !m_inFlight.remove(skip))
        return;
    if (!job->succeeded())
        return fail(job->error());

    const ApiResponse &response = job->response();
    QJsonArray items;
    std::optional<qint64> total;
    if (m_options.shape == Shape::V1Envelope) {
        const QJsonObject envelope = response.json.object();
        const QJsonValue results = envelope.value("results"_L1);
        if (!response.json.isObject() || !results.isArray())
            return fail({ response.httpStatus, QString::fromLatin1(ApiError::InvalidResponse),
                u"expected {totalCount, results} from a v1 list"_s, m_options.path });
        items = results.toArray();
        if (envelope.value("totalCount"_L1).isDouble())
            total = qint64(envelope.value("totalCount"_L1).toDouble());
    } else {
        if (!response.json.isArray()) {
            // The PowerShell module accepts an envelope here too; so do we.
            const QJsonObject envelope = response.json.object();
            if (!envelope.value("results"_L1).isArray())
                return fail({ response.httpStatus, QString::fromLatin1(ApiError::InvalidResponse),
                    u"expected a JSON array from a v2 list"_s, m_options.path });
            items = envelope.value("results"_L1).toArray();
            if (envelope.value("totalCount"_L1).isDouble())
                total = qint64(envelope.value("totalCount"_L1).toDouble());
        } else {
            items = response.json.array();
        }
        if (const auto header = response.totalCountHeader())
            total = header;
    }

    QList<QJsonObject> page;
    page.reserve(items.size());
    for (const QJsonValue &value : std::as_const(items))
        page.append(value.toObject());
    m_rawCount += page.size();
    m_pages.insert(skip, std::move(page));
    ++m_result.pages;
    // The newest total wins: pages are answered in order of their skip only roughly, but the
    // page that ends the paging is always answered last.
    if (total)
        m_result.reportedTotal = *total;

    if (skip == 0 && total && *total > m_options.pageSize && m_pages.value(0).size() >= m_options.pageSize) {
        // Every remaining page at once; the client's parallel limit meters them.
        for (qint64 next = m_options.pageSize; next < *total; next += m_options.pageSize)
            requestPage(next);
    }
    Q_EMIT progress(m_rawCount, m_result.reportedTotal);
    continueOrFinish();
}

void ApiPager::continueOrFinish()
{
    if (!m_inFlight.isEmpty() || m_done)
        return;
    // Everything asked for has come back. If the last page was full, there may be more, whatever
    // the total said.
    if (m_pages.value(m_highestSkip).size() >= m_options.pageSize) {
        const qint64 from = m_highestSkip + m_options.pageSize;
        const int count = m_result.totalKnown() && from >= m_result.reportedTotal ? 1 : m_options.speculativePages;
        for (int i = 0; i < count; ++i)
            requestPage(from + i * qint64(m_options.pageSize));
        return;
    }
    complete();
}

void ApiPager::complete()
{
    QSet<QString> seen;
    seen.reserve(m_rawCount);
    m_result.items.reserve(m_rawCount);
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (const QJsonObject &item : it.value()) {
            const QString key = m_options.key(item);
            if (seen.contains(key)) {
                ++m_result.duplicates;
                continue;
            }
            seen.insert(key);
            m_result.items.append(item);
        }
    }
    m_pages.clear();
    if (m_result.duplicates > 0 || m_result.countMismatch())
        qCInfo(lcNet).noquote() << m_options.path << ": fetched" << m_result.items.size() << "of a reported"
                                << m_result.reportedTotal << "with" << m_result.duplicates << "duplicates";
    m_done = true;
    Q_EMIT finished();
}

void ApiPager::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    const auto jobs = std::exchange(m_inFlight, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
    m_pages.clear();
    Q_EMIT finished();
}
