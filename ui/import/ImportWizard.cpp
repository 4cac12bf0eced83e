#include "ImportWizard.h"

#include "DirectorySession.h"
#include "ImportCommitPage.h"
#include "ImportControllerDriver.h"
#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultsPage.h"
#include "ImportSession.h"
#include "ImportSummaryPage.h"
#include "MessageBox.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

ImportWizard::ImportWizard(CacheDatabase &cache, DirectorySession *session, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import users"));
    if (session && session->isConnected())
        m_controllerDriver = new ImportControllerDriver(*session, this);
    m_session = new ImportSession(cache, m_controllerDriver, this);
    m_filePage = new ImportFilePage(*m_session, this);
    m_previewPage = new ImportPreviewPage(*m_session, this);
    setPage(FilePage, m_filePage);
    setPage(FormatPage, new ImportFormatPage(*m_session, this));
    setPage(MappingPage, new ImportMappingPage(*m_session, this));
    setPage(PreviewPage, m_previewPage);
    setPage(SummaryPage, new ImportSummaryPage(*m_session, this));
    setPage(CommitPage, new ImportCommitPage(*m_session, this));
    setPage(ResultsPage, new ImportResultsPage(*m_session, this));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setAcceptDrops(true);
    setMinimumSize(820, 600);
    resize(980, 700);
    connect(m_session, &ImportSession::outboxChanged, this, &ImportWizard::outboxChanged);
    connect(m_session, &ImportSession::commitFinished, this, [this] {
        if (m_closeWhenStopped)
            QWizard::reject();
    });
    connect(m_session, &ImportSession::failed, this, [this](const QString &text) {
        MessageBox::Message message;
        message.icon = QMessageBox::Warning;
        message.title = windowTitle();
        message.text = text;
        MessageBox::show(this, message);
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::openFile(const QString &path)
{
    if (currentId() != FilePage && currentId() != -1)
        return; // past the first page the file is fixed
    m_filePage->setPath(path);
}

QString ImportWizard::csvFileFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (suffix == "csv"_L1 || suffix == "txt"_L1)
            return url.toLocalFile();
    }
    return {};
}

void ImportWizard::setPushDriver(ImportPushDriver *driver)
{
    m_session->setPushDriver(driver);
}

void ImportWizard::reject()
{
    if (m_session->isCommitting()) {
        // Stop the push first; what was sent stays, the rest stays pending. The wizard closes once it has stopped.
        MessageBox::Message question;
        question.icon = QMessageBox::Question;
        question.title = windowTitle();
        question.text = tr("Stop the import? Rows already sent stay in the directory; the others stay in the pending "
                           "changes.");
        question.buttons = MessageBox::Ok | MessageBox::Cancel;
        question.defaultButton = MessageBox::Cancel;
        if (MessageBox::show(this, question) != MessageBox::Ok)
            return;
        m_closeWhenStopped = true;
        m_session->cancelCommit();
        return;
    }
    QWizard::reject();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (currentId() == FilePage && !csvFileFromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QString path = csvFileFromMimeData(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}
