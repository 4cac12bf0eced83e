// The import wizard driven page by page on the sample org (tests/support/SampleOrg) with fixture files from
// tests/data/csv: Next follows each page's isComplete(), the raw preview follows the delimiter, the mapping gates
// Next, the preview colours and explains issues, filters, re-validates an inline edit and leaves rows out, the
// summary counts, the commit (offline, and through a fake push that answers every row) and the results file; undo.
// Every page is grabbed to /tmp/import-wizard-*.png for a look.
#include "CacheDatabase.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "ImportIssueStyle.h"
#include "ImportPreviewFilter.h"
#include "ImportPreviewModel.h"
#include "ImportPreviewPage.h"
#include "ImportPushDriver.h"
#include "ImportSession.h"
#include "ImportWizard.h"
#include "MessageBox.h"
#include "OutboxPushStore.h"
#include "OutboxStore.h"
#include "SampleOrg.h"
#include "TempCache.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(BINDERY_CSV_DATA_DIR) + u'/' + name;
}

// Answers every waiting outbox row as the directory would: creates get an id. What OutboxPusher does, minus HTTP.
class FakePush final : public ImportPushDriver
{
public:
    explicit FakePush(CacheDatabase &cache)
        : m_cache(cache)
    {
    }
    void start() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                int n = 0;
                const QList<OutboxRow> rows = OutboxStore(m_cache).rows().value();
                for (const OutboxRow &row : rows) {
                    if (row.state != OutboxRow::State::Pending)
                        continue;
                    QJsonObject payload = row.payload;
                    QString objectId = row.objectId;
                    if (row.kind == "user.create"_L1) {
                        objectId = u"6600000000000000000000%1"_s.arg(++n, 2, 10, QChar(u'0'));
                        payload.insert(u"createdId"_s, objectId);
                    }
                    OutboxPushStore(m_cache).finish(row.id, OutboxRow::State::Done, {}, payload, objectId);
                    Q_EMIT rowStateChanged(row.id, OutboxRow::State::Done, {});
                }
                Q_EMIT finished({});
            },
            Qt::QueuedConnection);
    }
    void cancel() override { }

private:
    CacheDatabase &m_cache;
};

QAbstractButton *nextButton(QWizard &wizard)
{
    return wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
}

void grab(QWizard &wizard, const QString &name)
{
    wizard.grab().save(u"/tmp/import-wizard-%1-%2.png"_s.arg(wizard.currentId()).arg(name));
}

} // namespace

namespace {
// Every model the wizard's pages show runs under QAbstractItemModelTester for the whole test.
void watchModels(ImportWizard &wizard)
{
    using Tester = QAbstractItemModelTester;
    ImportPreviewPage *preview = wizard.previewPage();
    new Tester(preview->model(), Tester::FailureReportingMode::QtTest, &wizard);
    new Tester(preview->filter(), Tester::FailureReportingMode::QtTest, &wizard);
    for (const auto *name : { "importCommitTable", "importResultsTable" }) {
        auto *view = wizard.findChild<QTableView *>(QString::fromLatin1(name));
        if (view)
            new Tester(view->model(), Tester::FailureReportingMode::QtTest, &wizard);
        else
            qWarning("no view %s", name);
    }
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pageByPage();
    void commitAndUndoThroughThePush();
    void dropsNameTheCsvFile();

private:
    // Drives the wizard to the preview page on `file`.
    void toPreview(ImportWizard &wizard, const QString &file);

    QTemporaryDir m_settings;
    TempCache m_temp;
    QString m_cachePath;
};

void TestImportWizard::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settings);
    m_cachePath = m_temp.path(u"sample.sqlite"_s);
    QCOMPARE(SampleOrg::writeCache(m_cachePath), QString());
}

void TestImportWizard::init()
{
    GuiTestSupport::resetState();
    // Each test commits into the outbox: start from an empty one.
    auto cache = std::move(CacheDatabase::open(m_cachePath).value());
    const QList<OutboxRow> rows = OutboxStore(*cache).rows().value();
    for (const OutboxRow &row : rows)
        OutboxStore(*cache).remove(row.id);
}

void TestImportWizard::toPreview(ImportWizard &wizard, const QString &file)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(!nextButton(wizard)->isEnabled());
    wizard.openFile(file);
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    nextButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    nextButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QVERIFY(nextButton(wizard)->isEnabled());
    nextButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 20000);
}

void TestImportWizard::pageByPage()
{
    auto cache = std::move(CacheDatabase::open(m_cachePath).value());
    ImportWizard wizard(*cache, nullptr);
    watchModels(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // File: Next only once the file has been read.
    QVERIFY(!nextButton(wizard)->isEnabled());
    auto *path = wizard.findChild<QLineEdit *>(u"importFilePath"_s);
    path->setText(u"/nonexistent/users.csv"_s);
    Q_EMIT path->editingFinished();
    QTRY_VERIFY(!wizard.session().isLoadingFile());
    QVERIFY(!nextButton(wizard)->isEnabled());
    QVERIFY(!wizard.findChild<QLabel *>(u"importFileStatus"_s)->text().isEmpty());
    wizard.openFile(data(u"import_mixed.csv"_s));
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>(u"importFileStatus"_s)->text().startsWith(u"6 rows and 8 columns"_s));
    grab(wizard, u"file"_s);
    nextButton(wizard)->click();

    // Format: the raw text and the split rows; another delimiter splits differently.
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    auto *raw = wizard.findChild<QPlainTextEdit *>(u"importRawPreview"_s);
    auto *parsed = wizard.findChild<QTableWidget *>(u"importParsedPreview"_s);
    QVERIFY(raw->toPlainText().startsWith(u"Username,FirstName"_s));
    QCOMPARE(parsed->columnCount(), 8);
    QCOMPARE(parsed->rowCount(), 6);
    grab(wizard, u"format"_s);
    auto *delimiter = wizard.findChild<QComboBox *>(u"importDelimiter"_s);
    delimiter->setCurrentIndex(delimiter->findData(u";"_s));
    QTRY_COMPARE(parsed->columnCount(), 1);
    delimiter->setCurrentIndex(0);
    QTRY_COMPARE(parsed->columnCount(), 8);
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    nextButton(wizard)->click();

    // Mapping: Username unmapped → no Next; mapped again → Next.
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QVERIFY(nextButton(wizard)->isEnabled());
    auto *usernameTarget = wizard.findChild<QComboBox *>(u"importTarget_0"_s);
    QCOMPARE(usernameTarget->currentData().toString(), u"Username"_s);
    usernameTarget->setCurrentIndex(0);
    QVERIFY(!nextButton(wizard)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>(u"importMappingStatus"_s)->text().contains(u"Username"_s));
    usernameTarget->setCurrentIndex(usernameTarget->findData(u"Username"_s));
    QVERIFY(nextButton(wizard)->isEnabled());
    grab(wizard, u"mapping"_s);
    nextButton(wizard)->click();

    // Preview: waits for the check, then every row with its issues on its cells.
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 20000);
    // Validating again (as a mapping change does) makes a new validator over the same org index: the org is indexed
    // once per wizard, not once per validation.
    const ImportValidator *firstValidator = wizard.session().validator();
    const ImportOrgIndex *orgIndex = &firstValidator->orgIndex();
    wizard.session().validate();
    QTRY_VERIFY(!wizard.session().isValidating());
    QVERIFY(wizard.session().validator() != firstValidator);
    QCOMPARE(&wizard.session().validator()->orgIndex(), orgIndex);
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    ImportPreviewPage *page = wizard.previewPage();
    ImportPreviewModel *model = page->model();
    QCOMPARE(model->rowCount(), 6);
    const int email = ImportPreviewModel::FirstFileColumn + 3;
    const QModelIndex patEmail = model->index(2, email);
    QCOMPARE(patEmail.data().toString(), u"not-an-email"_s);
    QCOMPARE(
        patEmail.data(Qt::BackgroundRole).value<QBrush>().color(), ImportIssueStyle::background(ImportSeverity::Error));
    QVERIFY(patEmail.data(Qt::ToolTipRole).toString().contains(u"not a valid e-mail address"_s));
    QVERIFY(!patEmail.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex zoeDevice = model->index(0, ImportPreviewModel::FirstFileColumn + 6);
    QCOMPARE(zoeDevice.data(Qt::BackgroundRole).value<QBrush>().color(),
        ImportIssueStyle::background(ImportSeverity::Warning));
    QVERIFY(zoeDevice.data(Qt::ToolTipRole).toString().contains(u"signed out of apps"_s));
    QCOMPARE(model->index(2, ImportPreviewModel::ImportColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!(model->flags(model->index(2, ImportPreviewModel::ImportColumn)) & Qt::ItemIsEnabled));
    QCOMPARE(model->index(0, ImportPreviewModel::FirstFileColumn + 4).data().toString(), u"••••••••"_s);

    // Filters.
    QTableView *view = page->view();
    const auto showOnly = [&](const char *name) { wizard.findChild<QToolButton *>(QLatin1StringView(name))->click(); };
    showOnly("importFilterErrors");
    QCOMPARE(view->model()->rowCount(), 4);
    showOnly("importFilterWarnings");
    QCOMPARE(view->model()->rowCount(), 1);
    showOnly("importFilterOk");
    QCOMPARE(view->model()->rowCount(), 1);
    showOnly("importFilterErrors");
    grab(wizard, u"preview-errors"_s);

    // An inline edit re-validates: pat's e-mail fixed, the row leaves the errors; the group typo fixed too.
    view->setCurrentIndex(page->filter()->mapFromSource(patEmail));
    QVERIFY(wizard.findChild<QLabel *>(u"importIssueDetails"_s)->text().contains(u"not a valid e-mail address"_s));
    QVERIFY(model->setData(patEmail, u"pat@anders.example"_s));
    QCOMPARE(model->index(2, ImportPreviewModel::StatusColumn).data(ImportPreviewModel::StatusRole).toInt(),
        int(ImportRowStatus::Ok));
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(model->setData(model->index(4, ImportPreviewModel::FirstFileColumn + 7), u"Engineering"_s));
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(wizard.findChild<QToolButton *>(u"importFilterErrors"_s)->text().contains(u"(2)"_s));
    showOnly("importFilterAll");
    QCOMPARE(view->model()->rowCount(), 6);
    // Leave sam out.
    QVERIFY(model->setData(model->index(5, ImportPreviewModel::ImportColumn), int(Qt::Unchecked), Qt::CheckStateRole));
    QVERIFY(wizard.session().isSkipped(5));
    // Back to the mapping and Next again (what a mapping change does): the rows are checked again, and the
    // corrections and the row left out are still there.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    nextButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.session().isValidating() && nextButton(wizard)->isEnabled(), 20000);
    QCOMPARE(model->index(2, ImportPreviewModel::FirstFileColumn + 3).data(Qt::EditRole).toString(),
        u"pat@anders.example"_s);
    QCOMPARE(model->index(2, ImportPreviewModel::StatusColumn).data(ImportPreviewModel::StatusRole).toInt(),
        int(ImportRowStatus::Ok));
    QVERIFY(wizard.session().isSkipped(5));
    QCOMPARE(model->index(5, ImportPreviewModel::ImportColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(wizard.findChild<QToolButton *>(u"importFilterErrors"_s)->text().contains(u"(2)"_s));
    // Further back, another delimiter would read the file again and lose the two corrections and the row left out:
    // the wizard asks first, and Cancel keeps them and the delimiter the file is read with.
    wizard.back();
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QCOMPARE(wizard.session().reworkedRowCount(), 3);
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(MessageBox::Cancel);
    delimiter->setCurrentIndex(delimiter->findData(u";"_s));
    QCOMPARE(MessageBox::history().size(), 1);
    QVERIFY2(MessageBox::history().constLast().text.contains(u"in the preview (3 rows)"_s),
        qPrintable(MessageBox::history().constLast().text));
    QCOMPARE(delimiter->currentIndex(), 0); // back to the detected delimiter
    QVERIFY(!wizard.session().isLoadingFile());
    QCOMPARE(wizard.session().reworkedRowCount(), 3);
    QVERIFY(wizard.session().isSkipped(5));
    nextButton(wizard)->click();
    nextButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.session().isValidating() && nextButton(wizard)->isEnabled(), 20000);
    QCOMPARE(model->index(2, ImportPreviewModel::FirstFileColumn + 3).data(Qt::EditRole).toString(),
        u"pat@anders.example"_s);
    view->setCurrentIndex(page->filter()->mapFromSource(model->index(0, ImportPreviewModel::StatusColumn)));
    grab(wizard, u"preview"_s);
    QVERIFY(nextButton(wizard)->isEnabled());
    nextButton(wizard)->click();

    // Summary: zoe, pat and rita are imported (alice and quinn have errors, sam is left out).
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(wizard.findChild<QLabel *>(u"importSummaryCreates"_s)->text(), u"3"_s);
    QVERIFY(wizard.findChild<QLabel *>(u"importSummaryBindings"_s)->text().contains(u"1 take over"_s));
    QCOMPARE(wizard.findChild<QLabel *>(u"importSummaryGroups"_s)->text(), u"2"_s);
    QVERIFY(wizard.findChild<QLabel *>(u"importBillingReminder"_s)->text().contains(u"48 hours"_s));
    QVERIFY(wizard.findChild<QLabel *>(u"importSummaryOffline"_s)->isVisible());
    QVERIFY(wizard.currentPage()->isCommitPage());
    grab(wizard, u"summary"_s);
    nextButton(wizard)->click();

    // Commit, offline: the rows are queued in the outbox and stay pending.
    QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPage));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 20000);
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() || !wizard.button(QWizard::BackButton)->isVisible());
    grab(wizard, u"commit"_s);
    QCOMPARE(OutboxStore(*cache).rows().value().size(), 3 + 1 + 2); // three creates, zoe's binding, two group adds
    nextButton(wizard)->click();

    // Results: every row's outcome, and the results file.
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultsPage));
    const QString counts = wizard.findChild<QLabel *>(u"importResultsCounts"_s)->text();
    QVERIFY2(counts.contains(u"3 pending"_s) && counts.contains(u"2 not imported"_s) && counts.contains(u"1 skipped"_s),
        qPrintable(counts));
    grab(wizard, u"results"_s);
    const QString resultsPath = m_temp.path(u"results.csv"_s);
    FileDialog::setNextFileName(resultsPath);
    wizard.findChild<QPushButton *>(u"importSaveResults"_s)->click();
    QFile results(resultsPath);
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(results.readAll());
    QVERIFY2(text.contains(u"Group1,Outcome,Message,NewId\r\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"pat,Pat,Post,pat@anders.example,,IT,,,pending,"_s)); // the edited value, no password
    QVERIFY(text.contains(u"\"'=HYPERLINK("_s));
    QVERIFY(text.contains(u",skipped,"_s));
    QVERIFY(!text.contains(u"Correct-Horse"_s));
}

void TestImportWizard::commitAndUndoThroughThePush()
{
    auto cache = std::move(CacheDatabase::open(m_cachePath).value());
    ImportWizard wizard(*cache, nullptr);
    watchModels(wizard);
    FakePush push(*cache);
    wizard.setPushDriver(&push);
    int outboxChanges = 0;
    connect(&wizard, &ImportWizard::outboxChanged, this, [&] { ++outboxChanges; });
    wizard.show();
    toPreview(wizard, data(u"import_clean.csv"_s));
    nextButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(!wizard.findChild<QLabel *>(u"importSummaryOffline"_s)->isVisible());
    nextButton(wizard)->click();
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 20000);
    QTRY_VERIFY(wizard.findChild<QLabel *>(u"importCommitStatus"_s)->text() == u"Done."_s);
    nextButton(wizard)->click();
    const QString counts = wizard.findChild<QLabel *>(u"importResultsCounts"_s)->text();
    QVERIFY2(counts.contains(u"2 created"_s), qPrintable(counts));
    const QList<ImportRowOutcome> outcomes = wizard.session().outcomes();
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(0).newId.size(), 24);
    QVERIFY(outboxChanges >= 1);

    // Undo: the two users are deleted again through the same push.
    MessageBox::setNextAnswer(MessageBox::Ok);
    wizard.findChild<QPushButton *>(u"importUndo"_s)->click();
    QTRY_VERIFY(wizard.findChild<QLabel *>(u"importUndoStatus"_s)->text().contains(u"Undone: 2 user"_s));
    int deletes = 0;
    const QList<OutboxRow> rows = OutboxStore(*cache).rows().value();
    for (const OutboxRow &row : rows)
        deletes += row.kind == "user.delete"_L1 && row.state == OutboxRow::State::Done ? 1 : 0;
    QCOMPARE(deletes, 2);
    grab(wizard, u"undone"_s);
}

void TestImportWizard::dropsNameTheCsvFile()
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(u"/tmp/notes.pdf"_s), QUrl::fromLocalFile(u"/tmp/users.CSV"_s) });
    QCOMPARE(ImportWizard::csvFileFromMimeData(&mime), u"/tmp/users.CSV"_s);
    QMimeData text;
    text.setText(u"hello"_s);
    QCOMPARE(ImportWizard::csvFileFromMimeData(&text), QString());
}

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
