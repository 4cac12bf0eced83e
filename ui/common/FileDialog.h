#pragma once

#include <QString>

class QWidget;

// File choosers go through here so a test can supply the file name in advance
// (setNextFileName) rather than drive a native dialog. Inspired by KeePassXC's FileDialog.
class FileDialog
{
public:
    // Empty when the admin cancels.
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter);

    // Test seam: the next chooser returns this name (an empty string means "cancelled").
    static void setNextFileName(const QString &fileName);
    static void clearNextFileName();

private:
    static bool takeNext(QString *fileName);
};
