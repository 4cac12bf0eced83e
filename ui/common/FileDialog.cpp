#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> name;
    return name;
}

} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (!nextFileName().has_value())
        return false;
    *fileName = *nextFileName();
    nextFileName().reset();
    return true;
}

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

void FileDialog::clearNextFileName()
{
    nextFileName().reset();
}
