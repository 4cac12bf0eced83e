// Benchmark of the import wizard's preview (issue 6: "the preview opens and scrolls without a stall"): the real
// ImportWizard on a cache holding the benchmark org, a 100,000-row extended CSV (ImportBenchData), driven from the
// file page to the preview. Measures, on the GUI thread: the longest gap between 5 ms timer ticks while the file is
// read and while the rows are checked (both run on the pool), Next → every row shown and painted, page scrolling,
// a jump to the end, sorting by status, the error filter, an inline edit that re-checks its rows. Medians of several
// rounds (Back to the mapping and Next again re-checks, as a mapping change does). Prints, never fails on time.
#include "CacheDatabase.h"
#include "ImportBenchData.h"
#include "ImportPreviewModel.h"
#include "ImportPreviewPage.h"
#include "ImportSession.h"
#include "ImportWizard.h"
#include "SnapshotWriter.h"
#include "TempCache.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 100000;
constexpr int Rounds = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

// CPU time of the calling thread (the GUI thread), in milliseconds.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The longest time the GUI thread did not get back to its event loop, seen as the largest gap between ticks of a
// 5 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, msSince(m_since));
            m_since.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, msSince(m_since));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

QAbstractButton *nextButton(QWizard &wizard)
{
    return wizard.button(QWizard::NextButton);
}

// Runs a real event loop (the thread sleeps between events, as the application's does) until `done` holds.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(2);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TempCache temp;
    const QString cachePath = temp.path(u"bench-import-preview.sqlite"_s);
    const QString csvPath = temp.path(u"users-100000.csv"_s);
    const OrgSnapshot org = ImportBenchData::org();
    {
        auto cache = CacheDatabase::open(cachePath);
        if (!cache || !SnapshotWriter(*cache.value()).replaceSnapshot(org)) {
            std::printf("cannot write the benchmark cache\n");
            return 1;
        }
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(ImportBenchData::csv(org, Rows)) < 0) {
            std::printf("cannot write the CSV file\n");
            return 1;
        }
    }
    auto opened = CacheDatabase::open(cachePath);
    std::unique_ptr<CacheDatabase> cache = std::move(opened).value();

    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    stalls.start();
    ImportWizard wizard(*cache, nullptr);
    wizard.show();
    ImportSession &session = wizard.session();
    if (!waitFor([&] { return session.hasOrg(); })) {
        std::printf("the org did not load\n");
        return 1;
    }
    std::printf("org read from the cache and indexed (background): %.0f ms, longest GUI stall %.1f ms\n",
        msSince(timer), stalls.stop());

    timer.restart();
    stalls.start();
    wizard.openFile(csvPath);
    if (!waitFor([&] { return !session.isLoadingFile() && session.hasFile(); })) {
        std::printf("the file did not load: %s\n", qPrintable(session.fileError()));
        return 1;
    }
    std::printf("read %lld rows (background): %.0f ms, longest GUI stall %.1f ms\n",
        qlonglong(session.file().records.size()), msSince(timer), stalls.stop());
    nextButton(wizard)->click(); // → encoding and delimiter
    waitFor([&] { return nextButton(wizard)->isEnabled(); });
    nextButton(wizard)->click(); // → mapping

    ImportPreviewPage *page = wizard.previewPage();
    QTableView *view = page->view();
    QList<double> open, openGuiCpu, openStall, pageScroll, pageScrollMax, jump, sort, filter, edit, laterEdit;
    for (int round = 0; round < Rounds; ++round) {
        // Next on the mapping: the check runs on the pool; the page shows every row once it is done.
        timer.restart();
        stalls.start();
        const double guiCpuStart = threadCpuMs();
        nextButton(wizard)->click();
        if (!waitFor([&] { return !session.isValidating() && session.validator() && page->isComplete(); })) {
            std::printf("the check did not finish\n");
            return 1;
        }
        view->viewport()->repaint();
        openGuiCpu << threadCpuMs() - guiCpuStart;
        open << msSince(timer);
        openStall << stalls.stop();

        // Scroll a page at a time from the top, as an admin reading the list does.
        QList<double> steps;
        for (int i = 0; i < 40; ++i) {
            timer.restart();
            view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
            view->viewport()->repaint();
            steps << msSince(timer);
        }
        pageScroll << median(steps);
        pageScrollMax << maxOf(steps);
        timer.restart();
        view->scrollToBottom();
        view->viewport()->repaint();
        jump << msSince(timer);

        // Sort by status (errors first or last) and back to file order: the proxy sorts all 100,000 rows.
        timer.restart();
        view->sortByColumn(ImportPreviewModel::StatusColumn, Qt::DescendingOrder);
        view->viewport()->repaint();
        view->sortByColumn(ImportPreviewModel::LineColumn, Qt::AscendingOrder);
        view->viewport()->repaint();
        sort << msSince(timer) / 2;

        // Only the errors, then everything again.
        timer.restart();
        wizard.findChild<QToolButton *>(u"importFilterErrors"_s)->click();
        view->viewport()->repaint();
        const int errorRows = view->model()->rowCount();
        wizard.findChild<QToolButton *>(u"importFilterAll"_s)->click();
        view->viewport()->repaint();
        filter << msSince(timer) / 2;

        // Fix one broken e-mail in place (row 7 + 1000 × round): the row and the rows sharing a value are re-checked.
        ImportPreviewModel *model = page->model();
        const int row = 7 + 1000 * round;
        const QModelIndex email = model->index(row, ImportPreviewModel::FirstFileColumn + 3);
        timer.restart();
        model->setData(email, u"fixed.%1@example.net"_s.arg(row));
        view->viewport()->repaint();
        edit << msSince(timer);
        // A second edit: the first after a check also copies the session's rows once (they were shared with it).
        const QModelIndex nextEmail = model->index(row + 100, ImportPreviewModel::FirstFileColumn + 3);
        timer.restart();
        model->setData(nextEmail, u"changed.%1@example.net"_s.arg(row + 100));
        view->viewport()->repaint();
        laterEdit << msSince(timer);
        if (round == 0) {
            std::printf("preview: %d rows, %d with errors before the edits\n", model->rowCount(), errorRows);
            wizard.grab().save(u"/tmp/bench-import-preview.png"_s); // for a look at 100,000 rows on screen
        }

        wizard.back(); // to the mapping: Next checks every row again
        QCoreApplication::processEvents();
    }
    std::printf("Next on the mapping → every row checked and painted: median %.0f ms (%d rounds, max %.0f)\n",
        median(open), Rounds, maxOf(open));
    std::printf("longest GUI stall meanwhile: median %.1f ms, max %.1f ms; GUI thread CPU meanwhile: median %.0f ms\n",
        median(openStall), maxOf(openStall), median(openGuiCpu));
    std::printf("page scroll + repaint: median %.2f ms, worst step %.2f ms (40 pages a round)\n", median(pageScroll),
        maxOf(pageScrollMax));
    std::printf("jump to the last row + repaint: median %.2f ms\n", median(jump));
    std::printf("sort 100,000 rows by a column + repaint: median %.0f ms\n", median(sort));
    std::printf("filter (errors only / all) + repaint: median %.0f ms\n", median(filter));
    std::printf(
        "inline edit that re-checks its rows + repaint: median %.2f ms the first after a check, %.2f ms later\n",
        median(edit), median(laterEdit));
    return 0;
}
