// After a whole session of bindery-cli against the real bindery-sandbox (sync, re-sync as JSON, push of pending
// changes, import validate and commit with a report, export, a push to a dead directory, a final sync) with a
// distinctive API key given only through the environment variable named by --api-key-env, HOME and the XDG
// folders pointing into a fresh folder and every bindery.* logging category at debug level: the key is in no file
// under that folder (the cache and its WAL, settings, reports, exports, temporary files), in no byte the processes
// wrote to stdout or stderr, and on none of their command lines; neither as is, nor in UTF-16, base64 (any
// alignment, standard and URL alphabets), percent-encoding or hex.
#include "CacheDatabase.h"
#include "OutboxChangeFactory.h"
#include "OutboxStore.h"
#include "SandboxRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Characters that base64, percent-encoding and JSON each treat differently, and a tail no fixture contains.
constexpr char Key[] = "bnd.Secr3t+K3y/Qz9=~Xw7-sess10n-4f1c9e0a";
constexpr char KeyVariable[] = "BINDERY_SESSION_KEY";

struct Needle
{
    QString form;
    QByteArray bytes;
};

QList<Needle> needlesFor(const QByteArray &key)
{
    QList<Needle> out;
    const auto add = [&out](const QString &form, const QByteArray &bytes) {
        for (const Needle &n : std::as_const(out))
            if (n.bytes == bytes)
                return;
        out.append({ form, bytes });
    };
    add(u"as is"_s, key);
    QByteArray le, be;
    for (const char c : key) {
        le += c;
        le += '\0';
        be += '\0';
        be += c;
    }
    add(u"UTF-16LE"_s, le);
    add(u"UTF-16BE"_s, be);
    // base64 of the key at each offset inside a longer blob: drop the groups that mix in neighbouring bytes.
    for (const auto &[name, options] : { std::pair { u"base64"_s, QByteArray::Base64Encoding },
             std::pair { u"base64url"_s, QByteArray::Base64UrlEncoding } }) {
        add(name, key.toBase64(options));
        add(name + u" unpadded"_s, key.toBase64(options | QByteArray::OmitTrailingEquals));
        for (int offset = 0; offset < 3; ++offset) {
            const QByteArray encoded = QByteArray(QByteArray(offset, 'x') + key).toBase64(options);
            const qsizetype skip = offset == 0 ? 0 : 4;
            add(u"%1 at offset %2"_s.arg(name).arg(offset), encoded.mid(skip, encoded.size() - skip - 4));
        }
    }
    add(u"percent-encoded"_s, QUrl::toPercentEncoding(QString::fromLatin1(key)));
    add(u"percent-encoded (lower case)"_s,
        QUrl::toPercentEncoding(QString::fromLatin1(key))
            .replace("%2B", "%2b")
            .replace("%2F", "%2f")
            .replace("%3D", "%3d"));
    add(u"percent-encoded, every byte"_s, QUrl::toPercentEncoding(QString::fromLatin1(key), {}, key));
    add(u"percent-encoded with ~"_s, QUrl::toPercentEncoding(QString::fromLatin1(key), {}, "~"));
    add(u"JSON-escaped"_s, QByteArray(key).replace("/", "\\/"));
    add(u"hex"_s, key.toHex());
    add(u"HEX"_s, key.toHex().toUpper());
    return out;
}

QStringList findNeedles(const QByteArray &haystack, const QList<Needle> &needles)
{
    QStringList found;
    for (const Needle &n : needles)
        if (haystack.contains(n.bytes))
            found.append(n.form);
    return found;
}

struct CliRun
{
    QStringList arguments;
    int exitCode = -1;
    QByteArray out, err;
    QByteArray commandLine; // /proc/<pid>/cmdline, read while it ran
};

} // namespace

class TestSecuritySandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsEveryForm();
    void sessionLeavesTheKeyNowhere();

private:
    CliRun run(const QStringList &arguments);
    QStringList keyArguments(const QString &url) const;

    SandboxRunner m_sandbox;
    QTemporaryDir m_root;
    QString m_home, m_cache;
    QProcessEnvironment m_environment;
    QList<CliRun> m_runs;
};

void TestSecuritySandbox::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(m_sandbox.start({ u"--seed"_s, u"generate:users=40,devices=10,user-groups=4,device-groups=3,seed=17"_s,
                                 u"--latency-ms"_s, u"10"_s },
                 Key),
        qPrintable(m_sandbox.errorText()));

    // Everything a Bindery process could write to lives under m_root.
    m_home = m_root.filePath(u"home"_s);
    const QString config = m_home + u"/.config"_s, data = m_home + u"/.local/share"_s,
                  state = m_home + u"/.local/state"_s, cache = m_home + u"/.cache"_s,
                  runtime = m_root.filePath(u"runtime"_s), temp = m_root.filePath(u"tmp"_s);
    for (const QString &dir : { config, data, state, cache, runtime, temp })
        QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"HOME"_s, m_home);
    m_environment.insert(u"XDG_CONFIG_HOME"_s, config);
    m_environment.insert(u"XDG_DATA_HOME"_s, data);
    m_environment.insert(u"XDG_STATE_HOME"_s, state);
    m_environment.insert(u"XDG_CACHE_HOME"_s, cache);
    m_environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    m_environment.insert(u"TMPDIR"_s, temp);
    m_environment.insert(u"QT_LOGGING_RULES"_s, u"bindery.*=true"_s); // every category, down to debug
    m_environment.insert(QString::fromLatin1(KeyVariable), QString::fromLatin1(Key));
    // Where the app keeps its caches (CacheLocation: AppDataLocation/caches).
    m_cache = data + u"/Bindery/Bindery/caches/session.sqlite"_s;
    QVERIFY(QDir().mkpath(QFileInfo(m_cache).absolutePath()));
}

// The scan can fail: each form it looks for is found when it is there, and the key's neighbours are not mistaken
// for it.
void TestSecuritySandbox::scannerFindsEveryForm()
{
    const QList<Needle> needles = needlesFor(Key);
    QVERIFY(needles.size() >= 15);
    QVERIFY(findNeedles(QByteArray("x-api-key: ") + Key + "\r\n", needles).contains(u"as is"_s));
    QVERIFY(findNeedles(QString::fromLatin1(Key).toUtf8(), needles).contains(u"as is"_s));
    const QString asString = u"key="_s + QString::fromLatin1(Key);
    QVERIFY(findNeedles(QByteArray(reinterpret_cast<const char *>(asString.utf16()), asString.size() * 2), needles)
                .contains(u"UTF-16LE"_s));
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray blob = QByteArray(QByteArray(offset, '@') + Key + "}\n").toBase64();
        QVERIFY2(findNeedles(blob, needles).contains(u"base64 at offset %1"_s.arg(offset)), blob.constData());
    }
    const QByteArray urlBlob
        = QByteArray("{\"k\":\"" + QByteArray(Key) + "\"}").toBase64(QByteArray::Base64UrlEncoding);
    QVERIFY(!findNeedles(urlBlob, needles).isEmpty());
    QVERIFY(!findNeedles("?key=" + QUrl::toPercentEncoding(QString::fromLatin1(Key)), needles).isEmpty());
    QVERIFY(!findNeedles(QByteArray(Key).toHex(), needles).isEmpty());
    QVERIFY(
        !findNeedles(QJsonDocument(QJsonObject { { u"k"_s, QString::fromLatin1(Key) } }).toJson(), needles).isEmpty());
    QVERIFY(findNeedles(QByteArray(Key).left(int(sizeof(Key)) - 3), needles).isEmpty());
    QVERIFY(findNeedles("bnd.Secr3t+K3y/Qz9=~Xw7-sess10n-4f1c9e0b", needles).isEmpty());
}

QStringList TestSecuritySandbox::keyArguments(const QString &url) const
{
    return { u"--url"_s, url, u"--api-key-env"_s, QString::fromLatin1(KeyVariable), u"--cache"_s, m_cache };
}

CliRun TestSecuritySandbox::run(const QStringList &arguments)
{
    CliRun result;
    result.arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_home);
    process.start(QStringLiteral(BINDERY_CLI_PATH), arguments);
    if (process.waitForStarted(10000)) {
#ifdef Q_OS_LINUX
        // What `ps` shows other users while it runs.
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(process.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            result.commandLine = cmdline.readAll();
#endif
        process.waitForFinished(180000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_runs.append(result);
    return result;
}

void TestSecuritySandbox::sessionLeavesTheKeyNowhere()
{
    const QString url = m_sandbox.url();
    const auto failed = [](const CliRun &r) { return QString::fromUtf8(r.out + r.err).left(4000); };

    // Pull the org, then again as JSON (nothing changes).
    CliRun r = run(QStringList { u"sync"_s } + keyArguments(url));
    QVERIFY2(r.exitCode == 0, qPrintable(failed(r)));
    // Debug output really was on: one line per answer, the command line itself, the cache.
    QVERIFY2(r.err.contains("bindery.net: ") && r.err.contains(" ms\n"), r.err.left(2000).constData());
    QVERIFY2(r.err.contains("bindery.cli: command"), r.err.left(2000).constData());
    QVERIFY2(r.err.contains("bindery.sync: applied in"), r.err.left(2000).constData());
    r = run(QStringList { u"sync"_s } + keyArguments(url) + QStringList { u"--json"_s, u"--verbose"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(failed(r)));

    // Pending changes made in the app, then pushed.
    {
        auto cache = std::move(CacheDatabase::open(m_cache).value());
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"SELECT id, username, department FROM users ORDER BY id LIMIT 1"_s) && query.next());
        const QString userId = query.value(0).toString(), username = query.value(1).toString(),
                      department = query.value(2).toString();
        QVERIFY(query.exec(u"SELECT id, hostname FROM devices WHERE os_family <> 'windows' ORDER BY id LIMIT 1"_s)
            && query.next());
        const QString deviceId = query.value(0).toString(), hostname = query.value(1).toString();
        OutboxStore outbox(*cache);
        const OutboxChangeFactory f(OutboxChangeFactory::newBatchId());
        const qint64 created = outbox
                                   .append(f.createUser({ { u"username"_s, u"sess.created"_s },
                                       { u"email"_s, u"sess.created@example.com"_s } }))
                                   .value();
        OutboxRow bind = f.bindUserToDevice({}, u"sess.created"_s, deviceId, hostname, false, false);
        OutboxChangeFactory::referToRow(bind, "userId"_L1, created);
        QVERIFY(outbox.append(bind).ok());
        QVERIFY(outbox
                    .append(f.updateUser(
                        userId, username, { { u"department"_s, u"Security"_s } }, { { u"department"_s, department } }))
                    .ok());
    }
    r = run(QStringList { u"push"_s, u"--verbose"_s } + keyArguments(url));
    QVERIFY2(r.exitCode == 0, qPrintable(failed(r)));
    QVERIFY2(r.out.contains("3 changes: 3 done, 0 failed, 0 pending"), qPrintable(failed(r)));
    QVERIFY2(r.err.contains("bindery.outbox: "), r.err.left(2000).constData());

    // An import from CSV: checked, then committed with a report.
    const QString csv = m_home + u"/import.csv"_s, report = m_home + u"/import-results.csv"_s;
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Username,FirstName,LastName,Email,department\r\n"
                   "sess.imp1,Imp,One,sess.imp1@example.com,Imported\r\n"
                   "sess.imp2,Imp,Two,sess.imp2@example.com,Imported\r\n");
    }
    r = run({ u"import"_s, u"validate"_s, csv, u"--cache"_s, m_cache });
    QVERIFY2(r.exitCode == 0, qPrintable(failed(r)));
    r = run(QStringList { u"import"_s, u"commit"_s, csv } + keyArguments(url)
        + QStringList { u"--report"_s, report, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(failed(r)));
    QVERIFY(QFile::exists(report));

    // An export of what the cache now holds.
    r = run({ u"export"_s, u"users"_s, u"--cache"_s, m_cache, u"--out"_s, m_home + u"/users.csv"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(failed(r)));

    // The error paths too: a change pushed to a directory that has gone away (connection refused, retried).
    {
        auto cache = std::move(CacheDatabase::open(m_cache).value());
        QVERIFY(OutboxStore(*cache)
                    .append(OutboxChangeFactory().createUser({ { u"username"_s, u"sess.offline"_s } }))
                    .ok());
    }
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString dead = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    r = run(QStringList { u"push"_s } + keyArguments(dead));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot reach"), qPrintable(failed(r)));
    r = run(QStringList { u"sync"_s } + keyArguments(dead));
    QCOMPARE(r.exitCode, 1);

    // And a last sync, as the app does after a push.
    r = run(QStringList { u"sync"_s } + keyArguments(url));
    QVERIFY2(r.exitCode == 0, qPrintable(failed(r)));
    {
        auto cache = std::move(CacheDatabase::open(m_cache).value());
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM users WHERE username LIKE 'sess.%'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 3); // sess.created and the two imported users
    }

    const QList<Needle> needles = needlesFor(Key);
    QStringList leaks; // one line per place: where, and in which forms
    const auto check = [&](const QString &where, const QByteArray &content) {
        if (const QStringList forms = findNeedles(content, needles); !forms.isEmpty())
            leaks.append(where + u": "_s + forms.join(u", "_s));
    };
    // Command lines: what we passed, and what the kernel shows.
    int commandLinesRead = 0;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const CliRun &cli = m_runs.at(i);
        QStringList command;
        for (const QString &argument : cli.arguments) {
            if (argument.startsWith(u'-') || argument.contains(u'/'))
                break;
            command.append(argument);
        }
        const QString name = u"run %1 (bindery-cli %2)"_s.arg(i + 1).arg(command.join(u' '));
        check(u"arguments of "_s + name, cli.arguments.join(QChar(0)).toUtf8());
        if (!cli.commandLine.isEmpty()) {
            ++commandLinesRead;
            check(u"/proc/PID/cmdline of "_s + name, cli.commandLine);
        }
        check(u"stdout of "_s + name, cli.out);
        check(u"stderr of "_s + name, cli.err);
    }
#ifdef Q_OS_LINUX
    QVERIFY2(commandLinesRead >= m_runs.size() - 2, "the command line of (nearly) every run was read while it ran");
#endif
    // Every file under the session's folder, hidden ones included.
    int files = 0;
    qint64 bytes = 0;
    QStringList names;
    QDirIterator it(
        m_root.path(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++files;
        bytes += content.size();
        names.append(QDir(m_root.path()).relativeFilePath(path));
        check(names.constLast(), content);
    }
    qInfo().noquote() << u"%1 runs, %2 command lines read while running, %3 files (%4 bytes) scanned: %5"_s
                             .arg(m_runs.size())
                             .arg(commandLinesRead)
                             .arg(files)
                             .arg(bytes)
                             .arg(names.join(u", "_s));
    QVERIFY2(
        names.contains(u"home/.local/share/Bindery/Bindery/caches/session.sqlite"_s), qPrintable(names.join(u' ')));
    for (const QString &leak : std::as_const(leaks))
        qWarning().noquote() << "the API key is in" << leak;
    QVERIFY2(leaks.isEmpty(), qPrintable(u"the API key leaked to %1 places (listed above)"_s.arg(leaks.size())));
}

QTEST_GUILESS_MAIN(TestSecuritySandbox)
#include "test_security_sandbox.moc"
