#include "UserChangeFlows.h"

#include "ChangeSaver.h"
#include "DetailsReader.h"
#include "DialogRunner.h"
#include "MessageBox.h"
#include "ObjectLookup.h"
#include "OutboxChangeFactory.h"
#include "ResetMfaDialog.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Beyond this many users a confirmation stops counting each one's devices.
constexpr int CountedUsers = 25;

QList<User> readUsers(QWidget *parent, CacheDatabase &cache, const QStringList &ids)
{
    const auto users = ObjectLookup(cache).users(ids);
    if (!users) {
        MessageBox::show(parent,
            { QMessageBox::Critical, UserChangeFlows::tr("Users not read"),
                UserChangeFlows::tr("The users could not be read from the cache."), users.error().detail,
                users.error().code, MessageBox::Ok, MessageBox::Ok });
        return {};
    }
    return users.value();
}

QStringList usernames(const QList<User> &users)
{
    QStringList names;
    for (const User &user : users)
        names << user.username;
    return names;
}

// Devices the users reach (any path), for the sentence that says what changes; -1 when not counted.
int deviceCount(CacheDatabase &cache, const QList<User> &users, QStringList *names = nullptr)
{
    if (users.size() > CountedUsers)
        return -1;
    QSet<QString> ids;
    const DetailsReader reader(cache);
    for (const User &user : users) {
        if (const auto devices = reader.devicesOfUser(user.id)) {
            for (const BoundDevice &device : devices.value()) {
                if (!ids.contains(device.deviceId) && names)
                    names->append(device.name);
                ids.insert(device.deviceId);
            }
        }
    }
    return int(ids.size());
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details, bool destructive)
{
    MessageBox::Message message;
    message.icon = QMessageBox::Question;
    message.title = title;
    message.text = text;
    message.informativeText = details;
    message.buttons = MessageBox::Ok | MessageBox::Cancel;
    message.defaultButton = destructive ? MessageBox::Cancel : MessageBox::Ok;
    return MessageBox::show(parent, message) == MessageBox::Ok;
}

} // namespace

QString UserChangeFlows::nameList(const QStringList &names, int shown)
{
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return names.first();
    if (names.size() <= shown + 1)
        return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
    return tr("%1 and %n other(s)", nullptr, int(names.size() - shown)).arg(names.mid(0, shown).join(u", "_s));
}

bool UserChangeFlows::activate(QWidget *parent, CacheDatabase &cache, const QStringList &userIds)
{
    QList<User> users;
    for (const User &user : readUsers(parent, cache, userIds)) {
        if (user.state != UserState::Activated)
            users.append(user);
    }
    if (users.isEmpty())
        return false;
    const QString who = nameList(usernames(users));
    const int devices = deviceCount(cache, users);
    const QString details = devices < 0
        ? tr("They get access to everything bound to them.")
        : tr("They get access to everything bound to them, including %n device(s); accounts there are created or "
             "taken over at each device's next check-in.",
            nullptr, devices);
    if (!confirm(parent, tr("Activate users"), tr("Activate %1?").arg(who.toHtmlEscaped()), details, false))
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const User &user : std::as_const(users))
        rows << factory.activateUser(user.id, user.username);
    return ChangeSaver::save(parent, cache, rows);
}

bool UserChangeFlows::suspend(QWidget *parent, CacheDatabase &cache, const QStringList &userIds)
{
    QList<User> users;
    for (const User &user : readUsers(parent, cache, userIds)) {
        if (user.state != UserState::Suspended)
            users.append(user);
    }
    if (users.isEmpty())
        return false;
    const QString who = nameList(usernames(users));
    const int devices = deviceCount(cache, users);
    QString details = devices < 0
        ? tr("They can no longer sign in to their devices or to the applications the directory signs them in to.")
        : tr("They can no longer sign in to the %n device(s) bound to them or to the applications the directory "
             "signs them in to.",
            nullptr, devices);
    details += u"<br><br>"_s
        + tr("Their accounts, files and bindings are kept; activate them again to give the access back.");
    if (!confirm(parent, tr("Suspend users"), tr("Suspend %1?").arg(who.toHtmlEscaped()), details, true))
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const User &user : std::as_const(users))
        rows << factory.suspendUser(user.id, user.username);
    return ChangeSaver::save(parent, cache, rows);
}

bool UserChangeFlows::resetMfa(QWidget *parent, CacheDatabase &cache, const QStringList &userIds)
{
    const QList<User> users = readUsers(parent, cache, userIds);
    if (users.isEmpty())
        return false;
    ResetMfaDialog dialog(usernames(users), parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const User &user : users)
        rows << factory.resetMfa(user.id, user.username, dialog.enrollmentDays());
    return ChangeSaver::save(parent, cache, rows);
}

bool UserChangeFlows::remove(QWidget *parent, CacheDatabase &cache, const QStringList &userIds)
{
    const QList<User> users = readUsers(parent, cache, userIds);
    if (users.isEmpty())
        return false;
    QStringList deviceNames;
    const int devices = deviceCount(cache, users, &deviceNames);
    QString text;
    if (users.size() == 1) {
        const User &user = users.first();
        const QString shown
            = user.shownName() == user.username ? user.username : tr("%1 (%2)").arg(user.username, user.shownName());
        text = tr("Delete the user %1 from the directory?").arg(shown.toHtmlEscaped());
    } else {
        text = tr("Delete %n user(s) from the directory: %1?", nullptr, int(users.size()))
                   .arg(nameList(usernames(users), 8).toHtmlEscaped());
    }
    QString details;
    if (devices > 0) {
        details = tr("They lose access to %n device(s): %1.", nullptr, devices)
                      .arg(nameList(deviceNames, 6).toHtmlEscaped());
    } else if (devices == 0) {
        details = users.size() == 1 ? tr("The user is bound to no device.") : tr("They are bound to no device.");
    }
    details += u"<br><br>"_s
        + tr("Their group memberships and bindings go with them. This cannot be undone once it is sent; until then "
             "it waits in the pending changes.");
    if (!confirm(parent, tr("Delete users"), text, details, true))
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const User &user : users)
        rows << factory.deleteUser(user.id, user.username);
    return ChangeSaver::save(parent, cache, rows);
}
