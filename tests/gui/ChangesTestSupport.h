#pragma once

// Shared by the changes GUI tests: a fresh SampleOrg cache per test, the outbox as a list, typing
// into a form field, and screenshots on request.
#include "CacheDatabase.h"
#include "FieldEditor.h"
#include "OutboxStore.h"
#include "SampleOrg.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWidget>
#include <memory>

namespace ChangesTestSupport {

inline std::unique_ptr<CacheDatabase> sampleCache(const TempCache &temp, const QString &name)
{
    const QString path = temp.path(name);
    const QString error = SampleOrg::writeCache(path);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto cache = CacheDatabase::open(path);
    return cache ? std::move(cache).value() : nullptr;
}

inline QList<OutboxRow> outbox(CacheDatabase &cache)
{
    const auto rows = OutboxStore(cache).rows();
    return rows ? rows.value() : QList<OutboxRow> {};
}

// Replaces the text as a person would, so textEdited fires.
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

inline QString issues(QWidget *dialog, const QString &fieldName)
{
    auto *label = dialog->findChild<QLabel *>(fieldName + QLatin1String("Issues"));
    return label && !label->isHidden() ? label->text() : QString();
}

// Saves a PNG of the widget when BINDERY_SCREENSHOT_DIR is set (for looking at the screens).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BINDERY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (!widget->testAttribute(Qt::WA_Resized))
        widget->adjustSize(); // its own size hint, unless the test gave it a size
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QLatin1String(".png"));
}

} // namespace ChangesTestSupport
