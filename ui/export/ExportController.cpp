#include "ExportController.h"

#include "CacheDatabase.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "WorkerPool.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ExportController::ExportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportController::exportFinished);
}

ExportController::~ExportController()
{
    m_watcher.waitForFinished();
}

void ExportController::setCachePath(const QString &path)
{
    m_cachePath = path;
}

QString ExportController::actionText(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Users:
        return tr("&Users…");
    case ExportKind::Devices:
        return tr("&Devices…");
    case ExportKind::UserGroups:
        return tr("User &groups…");
    case ExportKind::DeviceGroups:
        return tr("Device g&roups…");
    case ExportKind::Bindings:
        return tr("&Bindings…");
    }
    return {};
}

QString ExportController::suggestedFileName(ExportKind kind)
{
    // The CLI's words ("users", "user-groups"), untranslated: scripts pick the files up.
    return exportKindName(kind) + u".csv"_s;
}

QString ExportController::doneMessage(ExportKind kind, int count, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case ExportKind::Users:
        return tr("Exported %Ln user(s) to %1", nullptr, count).arg(file);
    case ExportKind::Devices:
        return tr("Exported %Ln device(s) to %1", nullptr, count).arg(file);
    case ExportKind::UserGroups:
        return tr("Exported %Ln user group(s) to %1", nullptr, count).arg(file);
    case ExportKind::DeviceGroups:
        return tr("Exported %Ln device group(s) to %1", nullptr, count).arg(file);
    case ExportKind::Bindings:
        return tr("Exported %Ln binding(s) to %1", nullptr, count).arg(file);
    }
    return {};
}

void ExportController::exportKind(ExportKind kind)
{
    if (m_cachePath.isEmpty() || isBusy())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target = FileDialog::getSaveFileName(m_dialogParent, tr("Export"),
        QDir(folder).filePath(suggestedFileName(kind)), tr("CSV files (*.csv);;All files (*)"));
    if (target.isEmpty())
        return;
    m_kind = kind;
    m_targetPath = target;
    Q_EMIT busyChanged(true);
    Q_EMIT statusMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(target)));
    // The worker opens its own connection: SQLite connections never cross threads.
    m_watcher.setFuture(
        QtConcurrent::run(WorkerPool::instance(), [cachePath = m_cachePath, kind, target]() -> Result<int> {
            auto cache = CacheDatabase::open(cachePath);
            if (!cache)
                return cache.error();
            return CacheExporter::exportToFile(*cache.value(), kind, target);
        }));
}

void ExportController::exportFinished()
{
    const Result<int> result = m_watcher.result();
    Q_EMIT busyChanged(false);
    if (result) {
        Q_EMIT statusMessage(doneMessage(m_kind, result.value(), m_targetPath));
        Q_EMIT finished(true);
        return;
    }
    Q_EMIT statusMessage(QString());
    MessageBox::Message message;
    message.icon = QMessageBox::Critical;
    message.title = tr("Export failed");
    message.text = tr("<b>Bindery could not export to</b><br><tt>%1</tt>")
                       .arg(QDir::toNativeSeparators(m_targetPath).toHtmlEscaped());
    message.informativeText = tr("Check that the folder exists, that you may write there and that the disk has "
                                 "space, then try again.");
    message.detailedText = result.error().detail.isEmpty() ? result.error().code : result.error().detail;
    MessageBox::show(m_dialogParent, message);
    Q_EMIT finished(false);
}
