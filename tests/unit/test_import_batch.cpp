// The commit's pure half: rows to systemuser fields (ImportChangeBuilder), the outbox batch (ImportBatchWriter: one
// transaction, FromRow references, a second write of the same file appends nothing), the per-row outcomes and the
// results file.
#include "CacheDatabase.h"
#include "ChangeKind.h"
#include "ImportBatchWriter.h"
#include "ImportChangeBuilder.h"
#include "ImportFile.h"
#include "ImportOutcomes.h"
#include "ImportResultsCsv.h"
#include "ImportTestOrg.h"
#include "OutboxStore.h"
#include "TempCache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Validation
{
    OrgSnapshot org = importTestOrg();
    std::unique_ptr<ImportValidator> validator;
};

std::unique_ptr<Validation> validate(const QByteArray &csv, bool updateExisting = false)
{
    auto v = std::make_unique<Validation>();
    QList<CsvRecord> records = readCsvText(csv);
    const QStringList header = records.takeFirst().fields;
    v->validator = std::make_unique<ImportValidator>(
        v->org, ImportMapping::fromHeader(header), ImportValidatorOptions { updateExisting });
    v->validator->setRecords(records);
    return v;
}

const QByteArray Pw = "Passw0rdPassw0rd";

} // namespace

class TestImportBatch : public QObject
{
    Q_OBJECT

private slots:
    void createFieldsInTheApiShape();
    void updateKeepsOnlyWhatChanges();
    void errorAndSkippedRowsGiveNothing();
    void batchIdFollowsFileAndMapping();
    void readingAFileStreamsItWithTheSameDigest();
    void readingAPipeGivesTheSameFile();
    void writeIsOneBatchWithReferences();
    void secondWriteAppendsNothing();
    void outcomesFollowTheOutbox();
    void resultsFile();
};

void TestImportBatch::createFieldsInTheApiShape()
{
    const auto v = validate("Username,FirstName,LastName,Email,Password,home_city,home_country,mobile_number,sudo,"
                            "EnrollmentDays,unix_uid,recoveryEmail,Attribute1_name,Attribute1_value,preferredName,"
                            "SystemID,Administrator,Group1,Group2\n"
                            "bob,Bob,Brown,bob@example.com,"
        + Pw + ",Berlin,DE,+49 30 1,yes,14,1050,bob.r@example.com,badge,B-7,Bobby,d2,true,Engineering,Sales\n"_ba);
    QCOMPARE(v->validator->results().at(0).status == ImportRowStatus::Error, false);
    const auto change = ImportChangeBuilder(*v->validator).build(0);
    QVERIFY(change);
    const QJsonObject f = change->fields;
    QCOMPARE(f.value("username"_L1).toString(), u"bob"_s);
    QCOMPARE(f.value("firstname"_L1).toString(), u"Bob"_s);
    QCOMPARE(f.value("displayname"_L1).toString(), u"Bobby"_s);
    QCOMPARE(f.value("sudo"_L1), QJsonValue(true));
    QCOMPARE(f.value("unix_uid"_L1).toInteger(), 1050);
    QCOMPARE(f.value("mfa"_L1).toObject(), (QJsonObject { { u"exclusion"_s, true }, { u"exclusionDays"_s, 14 } }));
    QCOMPARE(f.value("recoveryEmail"_L1).toObject().value("address"_L1).toString(), u"bob.r@example.com"_s);
    QCOMPARE(f.value("addresses"_L1).toArray(),
        QJsonArray(
            { QJsonObject { { u"type"_s, u"home"_s }, { u"locality"_s, u"Berlin"_s }, { u"country"_s, u"DE"_s } } }));
    QCOMPARE(f.value("phoneNumbers"_L1).toArray(),
        QJsonArray({ QJsonObject { { u"type"_s, u"mobile"_s }, { u"number"_s, u"+49 30 1"_s } } }));
    QCOMPARE(f.value("attributes"_L1).toArray(),
        QJsonArray({ QJsonObject { { u"name"_s, u"badge"_s }, { u"value"_s, u"B-7"_s } } }));
    QVERIFY(!f.contains("password"_L1)); // travels beside the fields and is scrubbed once pushed
    QCOMPARE(change->password, QString::fromLatin1(Pw));
    QVERIFY(f.contains("state"_L1));
    QCOMPARE(change->deviceId, u"d2"_s);
    QCOMPARE(change->deviceName, u"mac-01"_s);
    QVERIFY(change->administrator);
    QCOMPARE(
        change->groups, (QList<ImportRowChange::Group> { { u"g1"_s, u"Engineering"_s }, { u"g2"_s, u"Sales"_s } }));

    // No password: staged, said so in the fields (not left to an org default).
    const auto staged = validate("Username,Email\ncarl,carl@example.com\n"_ba);
    QCOMPARE(ImportChangeBuilder(*staged->validator).build(0)->fields.value("state"_L1).toString(), u"STAGED"_s);
}

void TestImportBatch::updateKeepsOnlyWhatChanges()
{
    // jdoe: department IT, e-mail unchanged, a new job title; already in Engineering? No: so the group is added.
    const auto v = validate("Username,Email,department,jobTitle,Group1\n"
                            "jdoe,jdoe@example.com,Sales,Lead,Engineering\n"_ba,
        true);
    QCOMPARE(v->validator->results().at(0).action, ImportRowAction::Update);
    const auto change = ImportChangeBuilder(*v->validator).build(0);
    QVERIFY(change);
    QCOMPARE(change->existingUserId, u"u1"_s);
    QCOMPARE(change->fields, (QJsonObject { { u"department"_s, u"Sales"_s }, { u"jobTitle"_s, u"Lead"_s } }));
    QCOMPARE(change->before, (QJsonObject { { u"department"_s, u"IT"_s }, { u"jobTitle"_s, QString() } }));
    QCOMPARE(change->groups.size(), 1);
}

void TestImportBatch::errorAndSkippedRowsGiveNothing()
{
    const auto v = validate("Username,Email\nbob,not-mail\ncarl,carl@example.com\n,\n"_ba);
    const ImportChangeBuilder builder(*v->validator);
    QVERIFY(!builder.build(0)); // error
    QVERIFY(builder.build(1));
    QCOMPARE(builder.buildAll().size(), 1);
    QCOMPARE(builder.buildAll({ 1 }).size(), 0); // left out by the admin
}

void TestImportBatch::batchIdFollowsFileAndMapping()
{
    const QByteArray content = "Username,Email,Login\nbob,b@example.com,x\n";
    const auto digestOf = [](const QByteArray &bytes) { return ImportFile::parse(bytes).value().digest; };
    const QByteArray file = digestOf(content);
    QCOMPARE(file.size(), 32); // SHA-256 of every byte
    ImportMapping mapping = ImportMapping::fromHeader({ u"Username"_s, u"Email"_s, u"Login"_s });
    const QString id = ImportBatchWriter::batchIdFor(file, mapping);
    QVERIFY(id.startsWith(u"import-"_s));
    QCOMPARE(id.size(), 7 + 32);
    QCOMPARE(ImportBatchWriter::batchIdFor(digestOf(content), mapping), id);
    QVERIFY(ImportBatchWriter::batchIdFor(digestOf(content + "carl,c@example.com,y\n"), mapping) != id);
    mapping.setMapping(2, ImportTarget { ImportField::Department, 0 });
    QVERIFY(ImportBatchWriter::batchIdFor(file, mapping) != id);
}

void TestImportBatch::readingAFileStreamsItWithTheSameDigest()
{
    // More than the reader's buffer and the raw preview's head, so both passes over the file really page through it.
    QByteArray content = "Username,Email\r\n";
    for (int i = 0; i < 20000; ++i)
        content += "user" + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.com\r\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"users.csv"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(content), content.size());
    out.close();

    const auto read = ImportFile::read(path);
    QVERIFY(read);
    QCOMPARE(read.value().path, path);
    QCOMPARE(read.value().records.size(), 20000);
    QCOMPARE(read.value().records.constLast().fields, (QStringList { u"user19999"_s, u"user19999@example.com"_s }));
    QCOMPARE(read.value().records.constLast().line, 20001);
    QCOMPARE(read.value().digest, QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    QCOMPARE(read.value().digest, ImportFile::parse(content).value().digest);
    QCOMPARE(read.value().head, content.left(ImportFile::HeadSize));

    const auto missing = ImportFile::read(dir.filePath(u"missing.csv"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"file-unreadable"_s);
}

void TestImportBatch::readingAPipeGivesTheSameFile()
{
#ifdef Q_OS_UNIX
    // `bindery-cli import validate <(…)`: a pipe cannot be read twice, so it is read whole, with the same result.
    const QByteArray content = "Username,Email\nbob,bob@example.com\ncarl,carl@example.com\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pipe.csv"_s);
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    std::thread writer([&] {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(content);
    });
    const auto read = ImportFile::read(path);
    writer.join();
    QVERIFY2(read, qPrintable(read ? QString() : read.error().detail));
    QCOMPARE(read.value().records.size(), 2);
    QCOMPARE(read.value().digest, QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    QCOMPARE(read.value().head, content);
#else
    QSKIP("no named pipes here");
#endif
}

void TestImportBatch::writeIsOneBatchWithReferences()
{
    TempCache temp;
    auto cache = std::move(CacheDatabase::open(temp.path()).value());
    const auto v = validate("Username,Email,Password,SystemID,Group1,Group2\n"
                            "bob,bob@example.com,"
        + Pw + ",d2,Engineering,Sales\ncarl,carl@example.com," + Pw + ",,,\n"_ba);
    const QList<ImportRowChange> changes = ImportChangeBuilder(*v->validator).buildAll();
    QCOMPARE(changes.size(), 2);
    ImportBatchWriter writer(*cache);
    const auto refs = writer.write(u"import-test"_s, changes);
    QVERIFY(refs.ok());
    QCOMPARE(refs.value().size(), 2);
    QCOMPARE(refs.value().at(0).rowIds.size(), 4); // create, bind, two groups
    QCOMPARE(refs.value().at(1).rowIds.size(), 1);
    QVERIFY(!refs.value().at(0).existed);

    const QList<OutboxRow> rows = OutboxStore(*cache).rows().value();
    QCOMPARE(rows.size(), 5);
    for (const OutboxRow &row : rows)
        QCOMPARE(row.batchId, u"import-test"_s);
    QCOMPARE(rows.at(0).kind, QString(ChangeKind::UserCreate));
    QCOMPARE(rows.at(0).payload.value("password"_L1).toString(), QString::fromLatin1(Pw));
    QCOMPARE(rows.at(1).kind, QString(ChangeKind::BindingAdd));
    QCOMPARE(rows.at(1).payload.value("userIdFromRow"_L1).toInteger(), rows.at(0).id);
    QVERIFY(!rows.at(1).payload.contains("userId"_L1));
    QCOMPARE(rows.at(1).payload.value("deviceId"_L1).toString(), u"d2"_s);
    QCOMPARE(rows.at(2).kind, QString(ChangeKind::UserGroupAddMember));
    QCOMPARE(rows.at(2).payload.value("userIdFromRow"_L1).toInteger(), rows.at(0).id);
    QCOMPARE(rows.at(3).payload.value("groupName"_L1).toString(), u"Sales"_s);
}

void TestImportBatch::secondWriteAppendsNothing()
{
    TempCache temp;
    auto cache = std::move(CacheDatabase::open(temp.path()).value());
    const auto v = validate("Username,Email,SystemID,Group1\nbob,bob@example.com,d2,Engineering\n"
                            "carl,carl@example.com,,\n"_ba);
    const QList<ImportRowChange> changes = ImportChangeBuilder(*v->validator).buildAll();
    ImportBatchWriter writer(*cache);
    const auto first = writer.write(u"import-same"_s, changes);
    QVERIFY(first.ok());
    // The pusher has sent part of it meanwhile; the admin runs the same file again (one row added at the end).
    QVERIFY(OutboxStore(*cache).setState(first.value().at(0).userRowId, OutboxRow::State::Done).ok());
    const auto more = validate("Username,Email,SystemID,Group1\nbob,bob@example.com,d2,Engineering\n"
                               "carl,carl@example.com,,\ndora,dora@example.com,,\n"_ba);
    const auto second = writer.write(u"import-same"_s, ImportChangeBuilder(*more->validator).buildAll());
    QVERIFY(second.ok());
    QCOMPARE(second.value().size(), 3);
    QVERIFY(second.value().at(0).existed);
    QVERIFY(second.value().at(1).existed);
    QVERIFY(!second.value().at(2).existed);
    QCOMPARE(second.value().at(0).rowIds, first.value().at(0).rowIds);
    QCOMPARE(second.value().at(1).rowIds, first.value().at(1).rowIds);
    QCOMPARE(OutboxStore(*cache).rows().value().size(), 4 + 1);
}

void TestImportBatch::outcomesFollowTheOutbox()
{
    using Kind = ImportRowOutcome::Kind;
    ImportBatchWriter::RowRefs refs;
    refs.row = 0;
    refs.line = 2;
    refs.userRowId = 1;
    refs.rowIds = { 1, 2 };
    QHash<qint64, OutboxRow> outbox;
    OutboxRow create;
    create.id = 1;
    create.kind = ChangeKind::UserCreate;
    create.summary = u"Create user bob"_s;
    OutboxRow bind;
    bind.id = 2;
    bind.kind = ChangeKind::BindingAdd;
    bind.summary = u"Bind bob to mac-01"_s;
    outbox.insert(1, create);
    outbox.insert(2, bind);
    QCOMPARE(ImportOutcomes::forRefs(refs, ImportRowAction::Create, outbox).kind, Kind::Pending);
    outbox[1].state = OutboxRow::State::Done;
    outbox[1].payload.insert(u"createdId"_s, u"5f00000000000000000000aa"_s);
    outbox[2].state = OutboxRow::State::Done;
    ImportRowOutcome done = ImportOutcomes::forRefs(refs, ImportRowAction::Create, outbox, { u"a note"_s });
    QCOMPARE(done.kind, Kind::Created);
    QCOMPARE(done.newId, u"5f00000000000000000000aa"_s);
    QVERIFY(done.message.endsWith(u"a note"_s));
    outbox[2].state = OutboxRow::State::Failed;
    outbox[2].error = u"Device gone"_s;
    const ImportRowOutcome partial = ImportOutcomes::forRefs(refs, ImportRowAction::Create, outbox);
    QCOMPARE(partial.kind, Kind::Partial);
    QCOMPARE(partial.message, u"Bind bob to mac-01: Device gone"_s);
    outbox[1].state = OutboxRow::State::Failed;
    outbox[1].error = u"username: already taken"_s;
    const ImportRowOutcome failed = ImportOutcomes::forRefs(refs, ImportRowAction::Create, outbox);
    QCOMPARE(failed.kind, Kind::Failed);
    QVERIFY(failed.message.startsWith(u"username: already taken"_s));

    // The whole file: queued rows from the outbox, the others invalid, skipped or empty.
    const auto v = validate("Username,Email\nbob,bob@example.com\ncarl,not-mail\n,\ndora,dora@example.com\n"_ba);
    outbox[1].state = OutboxRow::State::Done;
    outbox[2].state = OutboxRow::State::Done;
    const QList<ImportRowOutcome> all = ImportOutcomes::compute(v->validator->results(), { 3 }, { refs }, outbox);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).kind, Kind::Created);
    QCOMPARE(all.at(1).kind, Kind::Invalid);
    QVERIFY(all.at(1).message.contains(u"not-mail"_s));
    QCOMPARE(all.at(2).kind, Kind::Skipped);
    QCOMPARE(all.at(3).kind, Kind::Skipped);
}

void TestImportBatch::resultsFile()
{
    QList<CsvRecord> records = readCsvText("Username,Password,department\nbob,secret1,=cmd\ncarl,secret2\n"_ba);
    const QStringList header = records.takeFirst().fields;
    ImportRowOutcome created;
    created.kind = ImportRowOutcome::Kind::Created;
    created.newId = u"5f00000000000000000000aa"_s;
    ImportRowOutcome failed;
    failed.kind = ImportRowOutcome::Kind::Failed;
    failed.message = u"-refused, \"really\""_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ImportResultsCsv::write(buffer, header, records, { created, failed }, 1).ok());
    QCOMPARE(buffer.data(),
        "\xEF\xBB\xBFUsername,Password,department,Outcome,Message,NewId\r\n"
        "bob,,'=cmd,created,,5f00000000000000000000aa\r\n"
        "carl,,,failed,\"'-refused, \"\"really\"\"\",\r\n"_ba);
}

QTEST_GUILESS_MAIN(TestImportBatch)
#include "test_import_batch.moc"
