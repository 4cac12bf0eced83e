#include "ImportTemplates.h"

#include "FileDialog.h"
#include "ImportMapping.h"
#include "MessageBox.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

void ImportTemplates::save(QWidget *parent, bool extended)
{
    const QString path
        = FileDialog::getSaveFileName(parent, QCoreApplication::translate("ImportTemplates", "Save template"),
            extended ? u"users-extended-template.csv"_s : u"users-template.csv"_s,
            QCoreApplication::translate("ImportTemplates", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Three group and two attribute columns: enough to show the pattern; more are added the same way.
    const QString text = extended ? ImportMapping::extendedTemplate(3, 2) : ImportMapping::portalTemplate();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return;
    MessageBox::Message message;
    message.icon = QMessageBox::Warning;
    message.title = QCoreApplication::translate("ImportTemplates", "Save template");
    message.text = QCoreApplication::translate("ImportTemplates", "The template could not be saved to %1: %2")
                       .arg(path, file.errorString());
    MessageBox::show(parent, message);
}
