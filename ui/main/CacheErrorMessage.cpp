#include "CacheErrorMessage.h"

#include "CacheDatabase.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
bool is(const Error &error, const char *code)
{
    return error.code == QLatin1StringView(code);
}
QString fileHtml(const QString &path)
{
    return u"<br><tt>%1</tt>"_s.arg(QDir::toNativeSeparators(path).toHtmlEscaped());
}
} // namespace

bool CacheErrorMessage::offersRebuild(const Error &error)
{
    return !is(error, CacheDatabase::Busy) && !is(error, CacheDatabase::DiskFull)
        && !is(error, CacheDatabase::Unavailable);
}

QString CacheErrorMessage::whatFailed(const Error &error)
{
    if (is(error, CacheDatabase::NotADatabase))
        return tr("The file is not a Bindery cache, or it is damaged beyond recognition.");
    if (is(error, CacheDatabase::Corrupt))
        return tr("The cache file is damaged.");
    if (is(error, CacheDatabase::Truncated))
        return tr("The cache file is cut short; it may have been copied or saved only in part.");
    if (is(error, CacheDatabase::NewerSchema))
        return tr("The cache was written by a newer version of Bindery.");
    if (is(error, CacheDatabase::Unavailable))
        return tr("The file cannot be opened: it may be missing, or you may not have permission to read and write "
                  "it.");
    if (is(error, CacheDatabase::Busy))
        return tr("The cache is in use by another Bindery window or process.");
    if (is(error, CacheDatabase::DiskFull))
        return tr("The disk is full.");
    return tr("Reading the cache failed.");
}

QString CacheErrorMessage::whatToDo(const Error &error)
{
    if (is(error, CacheDatabase::NewerSchema))
        return tr("Update Bindery to open this file, or rebuild the cache for this version. Rebuilding keeps the "
                  "file beside the new one as a .broken copy and keeps your pending changes; the org is read "
                  "again from the directory at the next sync.");
    if (is(error, CacheDatabase::Unavailable))
        return tr("Check that the file exists and that you may read and write it and its folder, then try again, "
                  "or open another file.");
    if (is(error, CacheDatabase::Busy))
        return tr("Close the other Bindery and try again.");
    if (is(error, CacheDatabase::DiskFull))
        return tr("Free some space and try again. Nothing was changed.");
    return tr("Rebuild the cache: the damaged file is kept beside the new one as a .broken copy, your pending "
              "changes are carried over, and the org is read again from the directory at the next sync. Or open "
              "another file.");
}

MessageBox::Message CacheErrorMessage::forLoadError(const QString &path, const Error &error)
{
    MessageBox::Message message;
    message.icon = QMessageBox::Critical;
    message.title = tr("Cannot open the cache");
    message.text = tr("<b>Bindery cannot open the cache</b>%1").arg(fileHtml(path));
    message.informativeText = whatFailed(error) + u"\n\n"_s + whatToDo(error);
    message.detailedText = error.detail.isEmpty() ? error.code : error.detail;
    const MessageBox::Button firstChoice = offersRebuild(error) ? MessageBox::RebuildCache : MessageBox::TryAgain;
    message.buttons = firstChoice | MessageBox::OpenAnother | MessageBox::Quit;
    message.defaultButton = firstChoice;
    return message;
}

MessageBox::Message CacheErrorMessage::forRebuildReport(const QString &path, const CacheRecovery::Report &report)
{
    MessageBox::Message message;
    message.title = tr("Cache rebuilt");
    message.text = tr("<b>The cache was rebuilt</b>%1").arg(fileHtml(path));
    const QString keptAs = QDir::toNativeSeparators(report.keptAs);
    if (!report.salvageProblem.isEmpty()) {
        message.icon = QMessageBox::Warning;
        message.informativeText = tr("No pending changes could be read from the old file. It is kept unchanged as "
                                     "%1, so nothing in it is lost.")
                                      .arg(keptAs);
        message.detailedText = report.salvageProblem;
    } else if (report.pendingChangesSaved > 0) {
        message.informativeText
            = tr("%n pending change(s) were kept. The old file is kept as %1.", nullptr, report.pendingChangesSaved)
                  .arg(keptAs);
    } else {
        message.informativeText = tr("There were no pending changes to keep. The old file is kept as %1.").arg(keptAs);
    }
    message.informativeText += u"\n\n"_s + tr("The new cache is empty until the next sync.");
    return message;
}

MessageBox::Message CacheErrorMessage::forRebuildFailure(const QString &path, const Error &error)
{
    MessageBox::Message message;
    message.icon = QMessageBox::Critical;
    message.title = tr("Cannot rebuild the cache");
    message.text = tr("<b>Bindery could not rebuild the cache</b>%1").arg(fileHtml(path));
    message.informativeText = tr("Nothing was deleted: the old file, with your pending changes in it, is still in "
                                 "the same folder (renamed to a .broken copy if it had already been moved aside). "
                                 "Open another file, or quit and check the folder's permissions and free space.");
    message.detailedText = error.detail.isEmpty() ? error.code : error.detail;
    message.buttons = MessageBox::OpenAnother | MessageBox::Quit;
    message.defaultButton = MessageBox::OpenAnother;
    return message;
}
