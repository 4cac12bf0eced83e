#include "ImportFilePage.h"

#include "FileDialog.h"
#include "ImportSession.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file of users: the directory portal's template (firstname, lastname, username, email, "
                   "password) or the extended one with every user attribute, a device to bind and groups to join."));
    m_path->setObjectName(u"importFilePath"_s);
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"importBrowse"_s);
    m_status->setObjectName(u"importFileStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *note = new QLabel(tr("Nothing is sent to the directory until the last step: every row is checked first, "
                               "and you can correct cells, leave rows out and review the outcome before importing. "
                               "You can also drop a CSV file on the Bindery window."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::load);
    connect(&session, &ImportSession::fileLoaded, this, &ImportFilePage::showState);
    showState();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    load();
}

void ImportFilePage::browse()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import users"), m_path->text(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void ImportFilePage::load()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || path == m_loadedPath)
        return;
    m_loadedPath = path;
    m_session.loadFile(path);
    showState();
    Q_EMIT completeChanged();
}

void ImportFilePage::showState()
{
    if (m_session.isLoadingFile()) {
        m_status->setText(tr("Reading the file…"));
    } else if (!m_session.hasFile()) {
        m_status->setText(m_session.fileError());
    } else {
        const ImportFile &file = m_session.file();
        const QLocale locale;
        m_status->setText(tr("%1 rows and %2 columns (%3).")
                              .arg(locale.toString(file.records.size()), locale.toString(file.header.size()),
                                  QDir::toNativeSeparators(file.path)));
    }
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return !m_session.isLoadingFile() && m_session.hasFile() && !m_session.file().header.isEmpty();
}
