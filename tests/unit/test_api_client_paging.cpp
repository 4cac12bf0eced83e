// ApiPager: v1 and v2 paging with a total that is exact, absent, too low or too high, short
// last pages, duplicates across pages, failures, and the parallel fetch after the first page.
#include "ApiPager.h"
#include "test_api_client_support.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeNetworkAccessManager::Response;
using PageStyle = FakeNetworkAccessManager::PageStyle;
using TotalMode = FakeNetworkAccessManager::TotalMode;
using V = ApiEndpoint::Version;

namespace {

QJsonArray items(int count, const QString &idKey)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i)
        out.append(QJsonObject { { idKey, u"%1"_s.arg(i, 24, 10, QChar(u'0')) }, { u"n"_s, i } });
    return out;
}

struct Run
{
    bool done = false;
    PagedResult result;
    ApiError error;
};

std::shared_ptr<Run> runPager(ApiClient &client, ApiPager::Options options)
{
    auto run = std::make_shared<Run>();
    auto *pager = new ApiPager(client, std::move(options), &client);
    QObject::connect(pager, &ApiPager::finished, pager, [run, pager] {
        run->done = true;
        run->result = pager->result();
        run->error = pager->error();
        pager->deleteLater();
    });
    pager->start();
    return run;
}

ApiPager::Options v1(const QString &path)
{
    ApiPager::Options o;
    o.version = V::V1;
    o.path = path;
    o.shape = ApiPager::Shape::V1Envelope;
    o.sort = u"_id"_s;
    return o;
}

ApiPager::Options v2(const QString &path, int pageSize = 100)
{
    ApiPager::Options o;
    o.version = V::V2;
    o.path = path;
    o.shape = ApiPager::Shape::V2Array;
    o.sort = u"id"_s;
    o.pageSize = pageSize;
    return o;
}

} // namespace

class TestApiClientPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v1WithExactTotal_data();
    void v1WithExactTotal();
    void v2WithHeaderFetchesRestInParallel();
    void v2WithoutTotalPagesUntilShort();
    void totalTooLowDoesNotStopPaging();
    void totalTooHighIsReportedShort();
    void duplicatesAcrossPagesAreRemoved();
    void failedPageFailsTheList();
    void systemInsightsUsesLargePages();
};

void TestApiClientPaging::v1WithExactTotal_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("empty") << 0 << 1;
    QTest::newRow("one short page") << 42 << 1;
    QTest::newRow("short last page") << 250 << 3;
    // A full last page could be followed by more, whatever the total says: one more request.
    QTest::newRow("exact multiple") << 200 << 3;
}

void TestApiClientPaging::v1WithExactTotal()
{
    QFETCH(int, count);
    QFETCH(int, expectedRequests);
    FakeNetworkAccessManager network;
    network.servePaged(u"/api/systemusers"_s, items(count, u"_id"_s), PageStyle::V1Envelope);
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings());
    auto run = runPager(client, v1(u"/systemusers"_s));
    QTRY_VERIFY(run->done);
    QVERIFY(run->error.isNull());
    QCOMPARE(run->result.items.size(), count);
    QCOMPARE(run->result.reportedTotal, count);
    QVERIFY(!run->result.countMismatch());
    QCOMPARE(network.requests().size(), expectedRequests);
    for (int i = 0; i < count; ++i)
        QCOMPARE(run->result.items.at(i).value("n"_L1).toInt(), i); // server order kept
    const QUrlQuery first = network.requests().first().query;
    QCOMPARE(first.queryItemValue(u"limit"_s), u"100"_s);
    QCOMPARE(first.queryItemValue(u"skip"_s), u"0"_s);
    QCOMPARE(first.queryItemValue(u"sort"_s), u"_id"_s);
}

void TestApiClientPaging::v2WithHeaderFetchesRestInParallel()
{
    FakeNetworkAccessManager network;
    network.servePaged(u"/api/v2/usergroups"_s, items(950, u"id"_s), PageStyle::V2Array);
    ApiClientSettings settings = fastSettings();
    settings.maxParallel = 4;
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, settings);
    auto run = runPager(client, v2(u"/usergroups"_s));
    QTRY_VERIFY(run->done);
    QVERIFY(run->error.isNull());
    QCOMPARE(run->result.items.size(), 950);
    QCOMPARE(network.requests().size(), 10);
    QCOMPARE(network.maxConcurrent(), 4); // pages 2..10 went out together, metered by the client
    QCOMPARE(network.requests().first().query.queryItemValue(u"sort"_s), u"id"_s);
}

void TestApiClientPaging::v2WithoutTotalPagesUntilShort()
{
    FakeNetworkAccessManager network;
    network.servePaged(u"/api/v2/systemgroups"_s, items(730, u"id"_s), PageStyle::V2Array, TotalMode::Absent);
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings());
    auto run = runPager(client, v2(u"/systemgroups"_s));
    QTRY_VERIFY(run->done);
    QVERIFY(run->error.isNull());
    QCOMPARE(run->result.items.size(), 730);
    QVERIFY(!run->result.totalKnown());
    QVERIFY(!run->result.countMismatch());
    // 8 pages hold the data; speculative windows of 3 may ask for one or two empty pages more.
    QVERIFY(network.requests().size() >= 8 && network.requests().size() <= 10);
}

void TestApiClientPaging::totalTooLowDoesNotStopPaging()
{
    FakeNetworkAccessManager network;
    network.servePaged(u"/api/systems"_s, items(430, u"_id"_s), PageStyle::V1Envelope, TotalMode::Fixed, 150);
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings());
    auto run = runPager(client, v1(u"/systems"_s));
    QTRY_VERIFY(run->done);
    QVERIFY(run->error.isNull());
    QCOMPARE(run->result.items.size(), 430);
    QVERIFY(run->result.countMismatch());
    QVERIFY(!run->result.shortOfTotal());
}

void TestApiClientPaging::totalTooHighIsReportedShort()
{
    FakeNetworkAccessManager network;
    network.servePaged(u"/api/systems"_s, items(120, u"_id"_s), PageStyle::V1Envelope, TotalMode::Fixed, 400);
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings());
    auto run = runPager(client, v1(u"/systems"_s));
    QTRY_VERIFY(run->done);
    QVERIFY(run->error.isNull());
    QCOMPARE(run->result.items.size(), 120);
    QVERIFY(run->result.shortOfTotal()); // the engine refuses such a list
}

void TestApiClientPaging::duplicatesAcrossPagesAreRemoved()
{
    // An item inserted at the front after page 1 was read shifts everything by one: the last item
    // of page 1 comes again at the top of page 2, and the new item itself is never seen.
    FakeNetworkAccessManager network;
    const QJsonArray after = items(251, u"_id"_s); // item 0 is the one inserted meanwhile
    network.setHandler(u"/api/systemusers"_s, [after](const FakeNetworkAccessManager::Request &request) {
        const int skip = request.query.queryItemValue(u"skip"_s).toInt();
        const int start = skip == 0 ? 1 : skip; // page 1 was read before the insert
        QJsonArray page;
        for (int i = start; i < after.size() && page.size() < 100; ++i)
            page.append(after.at(i));
        return Response::json(QJsonObject { { u"totalCount"_s, skip == 0 ? 250 : 251 }, { u"results"_s, page } });
    });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings());
    auto run = runPager(client, v1(u"/systemusers"_s));
    QTRY_VERIFY(run->done);
    QVERIFY(run->error.isNull());
    QCOMPARE(run->result.duplicates, 1);
    QCOMPARE(run->result.items.size(), 250);
    QSet<QString> ids;
    for (const QJsonObject &item : run->result.items)
        ids.insert(item.value("_id"_L1).toString());
    QCOMPARE(ids.size(), 250);
    // The newest total says 251: the list is short, and the engine will refuse it.
    QCOMPARE(run->result.reportedTotal, 251);
    QVERIFY(run->result.shortOfTotal());
}

void TestApiClientPaging::failedPageFailsTheList()
{
    FakeNetworkAccessManager network;
    network.servePaged(u"/api/systemusers"_s, items(500, u"_id"_s), PageStyle::V1Envelope);
    network.setOverride([](const FakeNetworkAccessManager::Request &request) -> std::optional<Response> {
        if (request.query.queryItemValue(u"skip"_s) == u"300")
            return Response::error(401, R"({"message":"Unauthorized"})");
        return std::nullopt;
    });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings());
    auto run = runPager(client, v1(u"/systemusers"_s));
    QTRY_VERIFY(run->done);
    QCOMPARE(run->error.code, u"unauthorized"_s);
    QVERIFY(run->result.items.isEmpty());
    QTRY_COMPARE(network.concurrent(), 0); // the other pages were aborted or done
}

void TestApiClientPaging::systemInsightsUsesLargePages()
{
    FakeNetworkAccessManager network;
    QJsonArray rows;
    for (int i = 0; i < 2500; ++i)
        rows.append(QJsonObject { { u"system_id"_s, u"s%1"_s.arg(i / 5) }, { u"username"_s, u"u%1"_s.arg(i % 5) } });
    network.servePaged(u"/api/v2/systeminsights/users"_s, rows, PageStyle::V2Array, TotalMode::Exact, 0, 10000);
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings());
    ApiPager::Options options = v2(u"/systeminsights/users"_s, 1000);
    options.key = [](const QJsonObject &row) -> QString {
        return row.value("system_id"_L1).toString() + u'/' + row.value("username"_L1).toString();
    };
    auto run = runPager(client, options);
    QTRY_VERIFY(run->done);
    QVERIFY(run->error.isNull());
    QCOMPARE(run->result.items.size(), 2500);
    QCOMPARE(network.requests().size(), 3);
    QCOMPARE(network.requests().first().query.queryItemValue(u"limit"_s), u"1000"_s);
}

QTEST_GUILESS_MAIN(TestApiClientPaging)
#include "test_api_client_paging.moc"
