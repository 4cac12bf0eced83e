#include "BindingWarningSet.h"

#include <QStringList>

QList<BindingWarning> BindingWarningSet::toList() const
{
    QList<BindingWarning> list;
    for (int i = 0; i < BindingWarningCount; ++i) {
        if (has(BindingWarning(i)))
            list.append(BindingWarning(i));
    }
    return list;
}

QStringList BindingWarningSet::codes() const
{
    QStringList list;
    for (const BindingWarning warning : toList())
        list.append(bindingWarningCode(warning));
    return list;
}
