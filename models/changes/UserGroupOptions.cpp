#include "UserGroupOptions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxLinuxGroupName = 32; // what useradd/groupadd accept on common distributions
}

UserGroupOptions UserGroupOptions::of(const UserGroup &group)
{
    UserGroupOptions options;
    options.sudo = group.sudoEnabled;
    options.sudoWithoutPassword = group.sudoEnabled && group.sudoWithoutPassword;
    options.samba = group.sambaEnabled;
    options.linuxGroup = group.posixGroupName;
    return options;
}

QString UserGroupOptions::linuxGroupName(const QString &groupName)
{
    QString name;
    for (const QChar c : groupName.trimmed().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-')
            name.append(c);
        else if ((c.isSpace() || c == u'.') && !name.isEmpty() && !name.endsWith(u'-'))
            name.append(u'-');
    }
    while (!name.isEmpty() && !name.front().isLetter())
        name.remove(0, 1);
    name.truncate(MaxLinuxGroupName);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name;
}

QJsonObject UserGroupOptions::attributes() const
{
    QJsonArray posix;
    if (!linuxGroup.isEmpty())
        posix.append(QJsonObject { { u"name"_s, linuxGroup } });
    return QJsonObject {
        { u"sudo"_s, QJsonObject { { u"enabled"_s, sudo }, { u"withoutPassword"_s, sudo && sudoWithoutPassword } } },
        { u"sambaEnabled"_s, samba },
        { u"posixGroups"_s, posix },
    };
}
