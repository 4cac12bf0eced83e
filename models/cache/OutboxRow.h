#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One change the admin made, waiting to be pushed to the directory (or pushed, or failed).
struct OutboxRow
{
    enum class State { Pending, Pushing, Done, Failed };

    qint64 id = 0;
    QDateTime createdAt;
    QString batchId; // changes made together (a drop, an import) share one, so they undo together
    QString kind; // e.g. "user.create", "binding.add"
    QString objectType;
    QString objectId;
    QString summary; // one line for people: "Bind jdoe to build-01"
    QJsonObject payload;
    State state = State::Pending;
    int attempts = 0;
    QString error; // the directory's own message when it refused
    QDateTime updatedAt;

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
};
