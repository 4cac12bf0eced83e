#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <optional>

// A successful answer: status, the headers a caller may need, and the parsed JSON body.
struct ApiResponse
{
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonDocument json; // null for an empty body (204)

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    // The v2 total ("x-total-count"), when the directory sent one that parses.
    std::optional<qint64> totalCountHeader() const
    {
        bool ok = false;
        const qint64 value = header("x-total-count").trimmed().toLongLong(&ok);
        return ok && value >= 0 ? std::optional(value) : std::nullopt;
    }
};
