#include "OutboxCreatedMatch.h"

#include "ChangeKind.h"
#include "DirectoryJsonMapper.h"
#include "OutboxFieldValue.h"
#include "OutboxKindInfo.h"
#include "OutboxRequestMapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Whether the directory's `got` holds what we `sent`: blanks are alike, e-mail addresses compare
// without case (DOMAIN.md), objects may carry more keys than we sent (an address's id, a recovery
// e-mail's `verified`), arrays element by element.
bool holds(const QJsonValue &sent, const QJsonValue &got, const QString &key)
{
    if (OutboxFieldValue::isBlank(sent) || OutboxFieldValue::isBlank(got))
        return OutboxFieldValue::isBlank(sent) && OutboxFieldValue::isBlank(got);
    if (sent.isString() && got.isString()) {
        const bool email
            = key.compare(u"email"_s, Qt::CaseInsensitive) == 0 || key.endsWith(u"Email"_s) || key == u"address"_s;
        return sent.toString().compare(got.toString(), email ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
    }
    if (sent.isDouble() && got.isDouble())
        return sent.toDouble() == got.toDouble();
    if (sent.isObject() && got.isObject()) {
        const QJsonObject s = sent.toObject();
        const QJsonObject g = got.toObject();
        for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
            if (!holds(it.value(), g.value(it.key()), it.key()))
                return false;
        }
        return true;
    }
    if (sent.isArray() && got.isArray()) {
        const QJsonArray s = sent.toArray();
        const QJsonArray g = got.toArray();
        if (s.size() != g.size())
            return false;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (!holds(s.at(i), g.at(i), key))
                return false;
        }
        return true;
    }
    return sent == got;
}

// The first field the object does not hold as sent, in words; empty when it holds them all.
QString firstDifference(const QJsonObject &sent, const QJsonObject &got)
{
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        if (it.key() == u"password")
            continue; // write-only: never in an answer
        if (!holds(it.value(), got.value(it.key()), it.key()))
            return QCoreApplication::translate("OutboxCreatedMatch", "its %1 is %2, not %3")
                .arg(it.key(), OutboxFieldValue::shown(got.value(it.key())), OutboxFieldValue::shown(it.value()));
    }
    return {};
}

QString shownTime(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString refusal(const OutboxObjectRef &object, const QString &why)
{
    return QCoreApplication::translate("OutboxCreatedMatch",
        "%1 already exists in the directory, but it is not the one this change creates: %2. Someone else "
        "may have created it meanwhile. If it is the one you meant, discard this change; otherwise discard "
        "it and make the change again under another name.")
        .arg(OutboxKindInfo::describe(object), why);
}

} // namespace

OutboxCreatedMatch::Verdict OutboxCreatedMatch::judge(
    const OutboxRow &row, const QJsonDocument &answer, const QDateTime &firstAttempt, int clockSkewSeconds)
{
    const bool user = row.kind == ChangeKind::UserCreate;
    if (!user && row.kind != ChangeKind::UserGroupCreate && row.kind != ChangeKind::DeviceGroupCreate)
        return {};
    const QJsonObject sent = row.payload.value("fields"_L1).toObject();
    const QString nameKey = user ? u"username"_s : u"name"_s;
    const QString name = sent.value(nameKey).toString();
    const QDateTime notBefore = firstAttempt.isValid() ? firstAttempt.addSecs(-clockSkewSeconds) : QDateTime();
    const QList<OutboxObjectRef> objects = OutboxKindInfo::objects(row);
    const OutboxObjectRef subject = objects.isEmpty() ? OutboxObjectRef {} : objects.constFirst();

    Verdict verdict;
    const QJsonArray items = answer.isArray() ? answer.array() : answer.object().value("results"_L1).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        // The directory's names are unique without regard to case: any of these blocks ours.
        if (name.isEmpty() || item.value(nameKey).toString().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QString why = firstDifference(sent, item);
        if (why.isEmpty() && notBefore.isValid()) {
            const QDateTime created = DirectoryJsonMapper::dateTime(item.value("created"_L1));
            if (created.isValid() && created < notBefore)
                why = QCoreApplication::translate(
                    "OutboxCreatedMatch", "it was created on %1, before Bindery first sent this change (%2)")
                          .arg(shownTime(created), shownTime(firstAttempt));
        }
        if (why.isEmpty())
            return { OutboxRequestMapper::createdId(QJsonDocument(item)), {} };
        if (verdict.refusal.isEmpty())
            verdict.refusal = refusal(subject, why);
    }
    return verdict;
}
