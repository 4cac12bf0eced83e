#pragma once

#include <QList>
#include <QString>

// The keyboard accelerators of a menu or button text: each character after a single "&" ("&&" is a literal
// ampersand). Shared by the translation check (a translation keeps its source's accelerator) and the menu check (no
// two entries of a menu share one).
inline QList<QChar> menuAccelerators(const QString &text)
{
    QList<QChar> found;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            found.append(text.at(i + 1));
        ++i;
    }
    return found;
}
