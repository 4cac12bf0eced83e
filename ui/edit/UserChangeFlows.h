#pragma once

#include <QCoreApplication>
#include <QStringList>

class CacheDatabase;
class QWidget;

// The user actions that need no form: each reads the users from the cache, says what will happen
// to them (DOMAIN.md: a staged user gets access only when activated, a suspended one loses it, MFA
// enrollment locks them out after the period), asks, and saves one batch. True when saved.
class UserChangeFlows
{
    Q_DECLARE_TR_FUNCTIONS(UserChangeFlows)

public:
    static bool activate(QWidget *parent, CacheDatabase &cache, const QStringList &userIds);
    static bool suspend(QWidget *parent, CacheDatabase &cache, const QStringList &userIds);
    static bool resetMfa(QWidget *parent, CacheDatabase &cache, const QStringList &userIds);
    static bool remove(QWidget *parent, CacheDatabase &cache, const QStringList &userIds);

    // "alice, bob and carol" or "alice, bob and 5 others": names in a sentence.
    static QString nameList(const QStringList &names, int shown = 3);
};
