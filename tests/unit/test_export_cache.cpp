// CacheExporter on the SampleOrg cache: per kind the header, the row count and the cells an admin
// checks; formula cells neutralised; exportToFile leaves no half file behind on failure.
#include "CacheDatabase.h"
#include "CacheExporter.h"
#include "SampleOrg.h"
#include "StrictCsv.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Table
{
    QStringList header;
    QList<QStringList> rows;

    // The cell in `column` of the first row whose `keyColumn` is `key`.
    QString cell(const QString &keyColumn, const QString &key, const QString &column) const
    {
        const qsizetype k = header.indexOf(keyColumn);
        const qsizetype c = header.indexOf(column);
        for (const QStringList &row : rows) {
            if (k >= 0 && c >= 0 && row.value(k) == key)
                return row.value(c);
        }
        return u"<missing>"_s;
    }
};

} // namespace

class TestExportCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rowCountsAndHeaders_data();
    void rowCountsAndHeaders();
    void cells_data();
    void cells();
    void bindingsListDirectAndGroupAccess();
    void exportKindNames_data();
    void exportKindNames();
    void exportToFileWritesTheFile();
    void exportToFileFailsInAMissingDirectory();
    void exportToFileFailsInAReadOnlyDirectory();
    void failedReadLeavesTheOldFileAlone();

private:
    Table exportTable(ExportKind kind);

    std::unique_ptr<TempCache> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

void TestExportCache::init()
{
    m_cache.reset();
    m_dir = std::make_unique<TempCache>();
    QVERIFY(m_dir->isValid());
    const QString error = SampleOrg::writeCache(m_dir->path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto opened = CacheDatabase::open(m_dir->path());
    QVERIFY_RESULT(opened);
    m_cache = std::move(opened.value());
}

Table TestExportCache::exportTable(ExportKind kind)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<int> rows = CacheExporter::exportTo(*m_cache, kind, buffer);
    Table table;
    QList<QStringList> parsed;
    if (!rows || !StrictCsv::parse(QString::fromUtf8(buffer.data()), parsed) || parsed.isEmpty())
        return table;
    table.header = parsed.takeFirst();
    table.rows = parsed;
    if (rows.value() != table.rows.size())
        table.rows.clear(); // the count returned must match the rows written
    return table;
}

void TestExportCache::rowCountsAndHeaders_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<int>("rows");
    QTest::newRow("users") << ExportKind::Users << 12;
    QTest::newRow("devices") << ExportKind::Devices << 8;
    QTest::newRow("user groups") << ExportKind::UserGroups << 3;
    QTest::newRow("device groups") << ExportKind::DeviceGroups << 2;
    // 10 direct bindings + Engineering (5 members) → Engineering Macs (3 devices).
    QTest::newRow("bindings") << ExportKind::Bindings << 25;
}

void TestExportCache::rowCountsAndHeaders()
{
    QFETCH(ExportKind, kind);
    QFETCH(int, rows);
    const Table table = exportTable(kind);
    QCOMPARE(table.header, CacheExporter::header(kind));
    QCOMPARE(table.rows.size(), rows);
    for (const QStringList &row : table.rows)
        QCOMPARE(row.size(), table.header.size());
}

void TestExportCache::cells_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<QString>("keyColumn");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");

    const auto users = ExportKind::Users;
    QTest::newRow("alice id") << users << u"username"_s << u"alice"_s << u"id"_s
                              << QString::fromLatin1(SampleOrg::Id::Alice);
    QTest::newRow("alice display name") << users << u"username"_s << u"alice"_s << u"display_name"_s
                                        << u"Alice Anders"_s;
    QTest::newRow("alice groups sorted") << users << u"username"_s << u"alice"_s << u"groups"_s
                                         << u"All Staff;Engineering"_s;
    QTest::newRow("alice devices") << users << u"username"_s << u"alice"_s << u"devices"_s << u"2"_s;
    QTest::newRow("alice mfa") << users << u"username"_s << u"alice"_s << u"mfa_status"_s << u"ENROLLED"_s;
    QTest::newRow("alice phones: + not first, kept") << users << u"username"_s << u"alice"_s << u"phone_numbers"_s
                                                     << u"mobile: +49 151 2345678;work: +49 30 1234567"_s;
    QTest::newRow("bob staged") << users << u"username"_s << u"bob"_s << u"state"_s << u"STAGED"_s;
    QTest::newRow("bob manager") << users << u"username"_s << u"bob"_s << u"manager_username"_s << u"judy"_s;
    QTest::newRow("carol local account") << users << u"username"_s << u"carol"_s << u"local_user_account"_s
                                         << u"carol.local"_s;
    QTest::newRow("carol suspended") << users << u"username"_s << u"carol"_s << u"state"_s << u"SUSPENDED"_s;
    QTest::newRow("zoe unicode") << users << u"username"_s << u"zoe.mueller"_s << u"display_name"_s << u"Zoë Müller"_s;
    QTest::newRow("grace sudo") << users << u"username"_s << u"grace"_s << u"sudo"_s << u"true"_s;
    QTest::newRow("mallory department neutralised")
        << users << u"username"_s << u"mallory"_s << u"department"_s << u"'=SUM(A1)"_s;
    QTest::newRow("mallory job title neutralised")
        << users << u"username"_s << u"mallory"_s << u"job_title"_s << u"'+Contractor"_s;
    QTest::newRow("judy no devices") << users << u"username"_s << u"judy"_s << u"devices"_s << u"0"_s;

    const auto devices = ExportKind::Devices;
    QTest::newRow("mbp family") << devices << u"hostname"_s << u"alice-mbp"_s << u"os_family"_s << u"macos"_s;
    QTest::newRow("mbp accounts") << devices << u"hostname"_s << u"alice-mbp"_s << u"local_accounts"_s << u"3"_s;
    QTest::newRow("mbp users") << devices << u"hostname"_s << u"alice-mbp"_s << u"bound_users"_s << u"1"_s;
    QTest::newRow("mbp groups") << devices << u"hostname"_s << u"alice-mbp"_s << u"groups"_s << u"Engineering Macs"_s;
    QTest::newRow("mbp display name") << devices << u"hostname"_s << u"alice-mbp"_s << u"display_name"_s
                                      << u"Alice's MacBook Pro"_s;
    QTest::newRow("build users") << devices << u"hostname"_s << u"build-linux-01"_s << u"bound_users"_s << u"4"_s;
    QTest::newRow("ops inactive") << devices << u"hostname"_s << u"ops-linux-02"_s << u"active"_s << u"false"_s;
    QTest::newRow("ops last contact") << devices << u"hostname"_s << u"ops-linux-02"_s << u"last_contact"_s
                                      << u"2024-01-27T09:00:00Z"_s;
    QTest::newRow("windows version") << devices << u"hostname"_s << u"WIN-FIN-01"_s << u"os_version"_s
                                     << u"11 Pro 23H2"_s;

    const auto userGroups = ExportKind::UserGroups;
    QTest::newRow("engineering members") << userGroups << u"name"_s << u"Engineering"_s << u"members"_s << u"5"_s;
    QTest::newRow("engineering sudo") << userGroups << u"name"_s << u"Engineering"_s << u"sudo"_s << u"true"_s;
    QTest::newRow("engineering bound") << userGroups << u"name"_s << u"Engineering"_s << u"bound_device_groups"_s
                                       << u"Engineering Macs"_s;
    QTest::newRow("all staff members") << userGroups << u"name"_s << u"All Staff"_s << u"members"_s << u"8"_s;
    QTest::newRow("finance unbound") << userGroups << u"name"_s << u"Finance"_s << u"bound_device_groups"_s
                                     << QString();

    const auto deviceGroups = ExportKind::DeviceGroups;
    QTest::newRow("macs members") << deviceGroups << u"name"_s << u"Engineering Macs"_s << u"members"_s << u"3"_s;
    QTest::newRow("macs bound") << deviceGroups << u"name"_s << u"Engineering Macs"_s << u"bound_user_groups"_s
                                << u"Engineering"_s;
    QTest::newRow("fleet bound") << deviceGroups << u"name"_s << u"Windows Fleet"_s << u"bound_user_groups"_s
                                 << QString();
}

void TestExportCache::cells()
{
    QFETCH(ExportKind, kind);
    QFETCH(QString, keyColumn);
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    QCOMPARE(exportTable(kind).cell(keyColumn, key, column), expected);
}

void TestExportCache::bindingsListDirectAndGroupAccess()
{
    const Table table = exportTable(ExportKind::Bindings);
    QCOMPARE(table.header.last().left(4), u"via "_s);
    const qsizetype user = table.header.indexOf(u"username"_s);
    const qsizetype device = table.header.indexOf(u"device"_s);
    const qsizetype admin = table.header.indexOf(u"admin"_s);
    const qsizetype passwordless = table.header.indexOf(u"passwordless_sudo"_s);
    const qsizetype state = table.header.indexOf(u"user_state"_s);
    const qsizetype via = table.header.size() - 1;
    QList<QStringList> alice;
    for (const QStringList &row : table.rows) {
        if (row[user] == u"alice" && row[device] == u"Alice's MacBook Pro")
            alice << row;
    }
    QCOMPARE(alice.size(), 2); // direct, then through the group binding
    QCOMPARE(alice[0][via], u"direct"_s);
    QCOMPARE(alice[0][admin], u"true"_s);
    QCOMPARE(alice[1][via], u"Engineering → Engineering Macs"_s);
    QCOMPARE(alice[1][admin], u"true"_s); // Engineering has sudoEnabled

    int direct = 0;
    for (const QStringList &row : table.rows) {
        direct += row[via] == u"direct" ? 1 : 0;
        if (row[user] == u"grace" && row[via] == u"direct")
            QCOMPARE(row[passwordless], u"true"_s);
        if (row[user] == u"bob")
            QCOMPARE(row[state], u"STAGED"_s);
        if (row[user] == u"ivan" && row[device] == u"Ops Box")
            QCOMPARE(row[admin], u"false"_s);
    }
    QCOMPARE(direct, 10);
}

void TestExportCache::exportKindNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("users") << u"users"_s << true;
    QTest::newRow("devices") << u"devices"_s << true;
    QTest::newRow("user-groups") << u"user-groups"_s << true;
    QTest::newRow("device-groups") << u"device-groups"_s << true;
    QTest::newRow("bindings") << u"bindings"_s << true;
    QTest::newRow("capitalised") << u"Users"_s << false;
    QTest::newRow("underscore") << u"user_groups"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestExportCache::exportKindNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto kind = exportKindFromName(name);
    QCOMPARE(kind.has_value(), valid);
    if (kind)
        QCOMPARE(exportKindName(*kind), name);
}

void TestExportCache::exportToFileWritesTheFile()
{
    const QString path = m_dir->path(u"users.csv"_s);
    const Result<int> rows = CacheExporter::exportToFile(*m_cache, ExportKind::Users, path);
    QVERIFY_RESULT(rows);
    QCOMPARE(rows.value(), 12);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("id,username,email,"));
    // Only the target is left: no temporary file beside it.
    QCOMPARE(QDir(QFileInfo(path).path()).entryList({ u"users.csv*"_s }, QDir::Files), QStringList { u"users.csv"_s });
}

void TestExportCache::exportToFileFailsInAMissingDirectory()
{
    const QString path = m_dir->path(u"no-such-dir/users.csv"_s);
    const Result<int> rows = CacheExporter::exportToFile(*m_cache, ExportKind::Users, path);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, QString::fromLatin1(CacheExporter::OpenFailed));
    QVERIFY2(rows.error().detail.contains(QDir::toNativeSeparators(path)), qPrintable(rows.error().detail));
    QVERIFY(!QFile::exists(path));
}

void TestExportCache::exportToFileFailsInAReadOnlyDirectory()
{
    const QString dir = m_dir->path(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    const QString path = dir + u"/devices.csv"_s;
    QFile probe(dir + u"/probe"_s);
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("running with privileges that ignore directory permissions");
    }
    const Result<int> rows = CacheExporter::exportToFile(*m_cache, ExportKind::Devices, path);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!rows);
    QVERIFY2(rows.error().detail.contains(QDir::toNativeSeparators(path)), qPrintable(rows.error().detail));
    QVERIFY(QDir(dir).isEmpty());
}

void TestExportCache::failedReadLeavesTheOldFileAlone()
{
    const QString path = m_dir->path(u"groups.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\r\n");
    }
    QSqlQuery drop(m_cache->database());
    QVERIFY(drop.exec(u"DROP TABLE group_bindings"_s)); // the next read fails half-way through a query
    const Result<int> rows = CacheExporter::exportToFile(*m_cache, ExportKind::UserGroups, path);
    QVERIFY(!rows);
    QVERIFY2(rows.error().detail.contains(QDir::toNativeSeparators(path)), qPrintable(rows.error().detail));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous export\r\n"));
    QCOMPARE(
        QDir(m_dir->path(QString())).entryList({ u"groups.csv*"_s }, QDir::Files), QStringList { u"groups.csv"_s });
}

QTEST_GUILESS_MAIN(TestExportCache)
#include "test_export_cache.moc"
