#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

// Where the official specs and the real service disagree, the sandbox follows the service and the conformance test
// tolerates exactly that gap, by name. Every entry is documented in sandbox/README.md ("Spec gaps").
namespace ConformanceGaps {

struct Gap
{
    const char *name;
    const char *pattern; // a regular expression matched against one violation ("location: message")
    bool errorsOnly; // tolerated only on an answer whose (error) status the test expected
};

inline const QList<Gap> &all()
{
    static const QList<Gap> gaps = {
        // 404/409 and the limit 400 are real answers the specs leave out of many operations' responses.
        { "undeclared-error-status", "^response:? Unable to match the returned status code", true },
    };
    return gaps;
}

// One "location: message" string per violation Prism reported in an sl-violations header or an error body.
inline QStringList violationsOf(const QByteArray &header, const QByteArray &body)
{
    QStringList result;
    const auto add = [&result](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            const QJsonObject v = item.toObject();
            QStringList location;
            for (const QJsonValue &part : v.value(QStringLiteral("location")).toArray())
                location.append(part.isString() ? part.toString() : QString::number(part.toInt()));
            result.append(location.join(u'.') + QStringLiteral(": ") + v.value(QStringLiteral("message")).toString());
        }
    };
    if (!header.isEmpty())
        add(QJsonDocument::fromJson(header).array());
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    if (error.value(QStringLiteral("type")).toString().contains(QStringLiteral("stoplight.io/prism/errors"))) {
        const QJsonArray validation = error.value(QStringLiteral("validation")).toArray();
        if (validation.isEmpty())
            result.append(error.value(QStringLiteral("title")).toString() + QStringLiteral(": ")
                + error.value(QStringLiteral("detail")).toString());
        add(validation);
    }
    return result;
}

// The violations no documented gap explains; the names of the gaps that explained the others go to *tolerated.
inline QStringList unexplained(const QStringList &violations, QSet<QString> *tolerated, bool expectedError)
{
    QStringList left;
    for (const QString &violation : violations) {
        bool explained = false;
        for (const Gap &gap : all()) {
            if ((!gap.errorsOnly || expectedError)
                && QRegularExpression(QString::fromLatin1(gap.pattern)).match(violation).hasMatch()) {
                tolerated->insert(QString::fromLatin1(gap.name));
                explained = true;
                break;
            }
        }
        if (!explained)
            left.append(violation);
    }
    return left;
}

} // namespace ConformanceGaps
