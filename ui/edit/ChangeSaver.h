#pragma once

#include "OutboxRow.h"

#include <QCoreApplication>
#include <QList>

class CacheDatabase;
class QWidget;

// Appends the rows of one admin action to the outbox together (all or none) and, when the cache
// refuses, tells the admin that nothing will be sent. Every form and confirmation saves through here.
class ChangeSaver
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSaver)

public:
    // True when saved; `ids` receives the new outbox ids.
    static bool save(QWidget *parent, CacheDatabase &cache, const QList<OutboxRow> &rows, QList<qint64> *ids = nullptr);
};
