// UserFormRules against the SampleOrg cache: naming, e-mail, uniqueness (cache and outbox), length
// warnings, password policy and staged-without-password, create and edit. Table-driven: each row
// changes a valid draft and lists every issue as "field:code".
#include "CacheDatabase.h"
#include "CacheUniqueness.h"
#include "OutboxChangeFactory.h"
#include "OutboxStore.h"
#include "SampleOrg.h"
#include "TempCache.h"
#include "UserDraft.h"
#include "UserFormRules.h"
#include "VerifyResult.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

UserField fieldOfKey(const QString &key)
{
    for (int i = 0; i < UserFields::count; ++i) {
        if (UserFields::apiKey(UserField(i)) == key)
            return UserField(i);
    }
    qFatal("unknown field %s", qPrintable(key));
}

UserDraft validDraft()
{
    UserDraft draft;
    draft.setValue(UserField::Username, u"newbie"_s);
    draft.setValue(UserField::Email, u"newbie@anders.example"_s);
    draft.setValue(UserField::FirstName, u"New"_s);
    draft.setValue(UserField::LastName, u"Bie"_s);
    draft.setValue(UserField::Password, u"Sunshine2024Rise"_s);
    return draft;
}

QStringList issueList(const UserFormRules::Issues &issues)
{
    QStringList list;
    for (int i = 0; i < UserFields::count; ++i) {
        for (const FieldIssue &issue : issues.at(std::size_t(i)))
            list << QString(UserFields::apiKey(UserField(i)) + u':' + issue.code);
    }
    return list;
}

} // namespace

class TestUserFormRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rules_data();
    void rules();
    void argumentsNameTheOwner();
    void outboxClaimsCount();
    void draftFieldsForCreateAndUpdate();

private:
    TempCache m_temp;
    std::unique_ptr<CacheDatabase> m_cache;
};

void TestUserFormRules::initTestCase()
{
    const QString path = m_temp.path();
    const QString error = SampleOrg::writeCache(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto cache = CacheDatabase::open(path);
    QVERIFY_RESULT(cache);
    m_cache = std::move(cache).value();
}

void TestUserFormRules::rules_data()
{
    QTest::addColumn<bool>("edit");
    QTest::addColumn<QStringList>("changes"); // "apiKey=value"
    QTest::addColumn<QStringList>("expected"); // "apiKey:code", in field order

    const QStringList none;
    QTest::newRow("valid create") << false << none << none;
    QTest::newRow("username empty") << false << QStringList { u"username="_s }
                                    << QStringList { u"username:required"_s };
    QTest::newRow("username starts with a digit")
        << false << QStringList { u"username=1newbie"_s } << QStringList { u"username:username-invalid"_s };
    QTest::newRow("username with a space")
        << false << QStringList { u"username=new bie"_s } << QStringList { u"username:username-invalid"_s };
    QTest::newRow("username with @") << false << QStringList { u"username=new@bie"_s }
                                     << QStringList { u"username:username-invalid"_s };
    QTest::newRow("username with umlaut")
        << false << QStringList { u"username=jörg"_s } << QStringList { u"username:username-invalid"_s };
    QTest::newRow("username taken, other case")
        << false << QStringList { u"username=ALICE"_s } << QStringList { u"username:taken"_s };
    QTest::newRow("username is carol's local account")
        << false << QStringList { u"username=Carol.Local"_s } << QStringList { u"username:local-account-of"_s };
    QTest::newRow("username 20 characters") << false << QStringList { u"username=abcdefghijklmnopqrst"_s } << none;
    QTest::newRow("username 21 characters")
        << false << QStringList { u"username=abcdefghijklmnopqrstu"_s } << QStringList { u"username:windows-length"_s };
    QTest::newRow("username 31 characters") << false << QStringList { u"username=abcdefghijklmnopqrstuvwxyz01234"_s }
                                            << QStringList { u"username:device-length"_s };
    QTest::newRow("long username, short local account")
        << false << QStringList { u"username=abcdefghijklmnopqrstu"_s, u"systemUsername=abc"_s } << none;
    QTest::newRow("local account is bob's username")
        << false << QStringList { u"systemUsername=Bob"_s } << QStringList { u"systemUsername:local-account-of"_s };
    QTest::newRow("local account is carol's, other case")
        << false << QStringList { u"systemUsername=CAROL.LOCAL"_s } << QStringList { u"systemUsername:taken"_s };
    QTest::newRow("local account invalid")
        << false << QStringList { u"systemUsername=-nb"_s } << QStringList { u"systemUsername:username-invalid"_s };
    QTest::newRow("local account too long for Windows")
        << false << QStringList { u"systemUsername=newbie.with.a.long.name"_s }
        << QStringList { u"systemUsername:windows-length"_s };
    QTest::newRow("e-mail empty") << false << QStringList { u"email="_s } << QStringList { u"email:required"_s };
    QTest::newRow("e-mail without domain dot")
        << false << QStringList { u"email=newbie@anders"_s } << QStringList { u"email:email-invalid"_s };
    QTest::newRow("e-mail taken, other case")
        << false << QStringList { u"email=Alice@Anders.Example"_s } << QStringList { u"email:taken"_s };
    QTest::newRow("alternate e-mail invalid")
        << false << QStringList { u"alternateEmail=nope"_s } << QStringList { u"alternateEmail:email-invalid"_s };
    QTest::newRow("employee id taken") << false << QStringList { u"employeeIdentifier=E0001"_s }
                                       << QStringList { u"employeeIdentifier:taken"_s };
    QTest::newRow("employee id compared exactly") << false << QStringList { u"employeeIdentifier=e0001"_s } << none;
    QTest::newRow("description too long") << false << QStringList { u"description="_s + QString(1025, u'x') }
                                          << QStringList { u"description:too-long"_s };
    QTest::newRow("employee id too long") << false << QStringList { u"employeeIdentifier="_s + QString(257, u'7') }
                                          << QStringList { u"employeeIdentifier:too-long"_s };
    QTest::newRow("password too short") << false << QStringList { u"password=Sun2024"_s }
                                        << QStringList { u"password:password-policy"_s };
    QTest::newRow("password without upper case")
        << false << QStringList { u"password=sunshine2024rise"_s } << QStringList { u"password:password-policy"_s };
    QTest::newRow("no password: staged") << false << QStringList { u"password="_s }
                                         << QStringList { u"password:no-password-staged"_s };
    QTest::newRow("several fields at once")
        << false << QStringList { u"username=bob"_s, u"email=x"_s, u"password=short"_s }
        << QStringList { u"username:taken"_s, u"email:email-invalid"_s, u"password:password-policy"_s };

    // Edit alice: her own values never clash; the password is not part of an edit.
    const QStringList alice { u"username=alice"_s, u"email=alice@anders.example"_s, u"employeeIdentifier=E0001"_s,
        u"password="_s };
    QTest::newRow("edit keeps own values") << true << alice << none;
    QTest::newRow("edit: own username in other case") << true << (alice + QStringList { u"username=Alice"_s }) << none;
    QTest::newRow("edit: another user's e-mail")
        << true << (alice + QStringList { u"email=bob@anders.example"_s }) << QStringList { u"email:taken"_s };
    QTest::newRow("edit: local account equal to grace") << true << (alice + QStringList { u"systemUsername=grace"_s })
                                                        << QStringList { u"systemUsername:local-account-of"_s };
}

void TestUserFormRules::rules()
{
    QFETCH(bool, edit);
    QFETCH(QStringList, changes);
    QFETCH(QStringList, expected);

    UserDraft draft = validDraft();
    for (const QString &change : std::as_const(changes)) {
        const qsizetype eq = change.indexOf(u'=');
        draft.setValue(fieldOfKey(change.left(eq)), change.mid(eq + 1));
    }
    const CacheUniqueness uniqueness(*m_cache);
    const PasswordPolicy policy = SampleOrg::make().settings.passwordPolicy;
    const UserFormRules rules(uniqueness, policy);
    const auto issues = edit ? rules.check(draft, UserFormRules::Mode::Edit, QLatin1String(SampleOrg::Id::Alice))
                             : rules.check(draft, UserFormRules::Mode::Create);
    QCOMPARE(issueList(issues), expected);
    const bool blocking = std::any_of(expected.cbegin(), expected.cend(),
        [](const QString &e) { return !e.endsWith(u"-length"_s) && !e.endsWith(u"no-password-staged"_s); });
    QCOMPARE(UserFormRules::hasErrors(issues), blocking);
}

void TestUserFormRules::argumentsNameTheOwner()
{
    const CacheUniqueness uniqueness(*m_cache);
    const UserFormRules rules(uniqueness, SampleOrg::make().settings.passwordPolicy);
    UserDraft draft = validDraft();
    draft.setValue(UserField::Username, u"carol.local"_s);
    draft.setValue(UserField::Email, u"GRACE@anders.example"_s);
    draft.setValue(UserField::Password, u"short"_s);
    const auto issues = rules.check(draft, UserFormRules::Mode::Create);
    QCOMPARE(issues.at(std::size_t(UserField::Username)).first().args, QStringList { u"carol"_s });
    QCOMPARE(issues.at(std::size_t(UserField::Email)).first().args, QStringList { u"grace"_s });
    // The policy says what is missing: length 12 and a digit and an upper-case letter.
    QCOMPARE(issues.at(std::size_t(UserField::Password)).first().args.size(), 3);

    draft.setValue(UserField::Username, u"abcdefghijklmnopqrstu"_s);
    const auto longName = rules.check(draft, UserFormRules::Mode::Create);
    QCOMPARE(longName.at(std::size_t(UserField::Username)).first().args, (QStringList { u"21"_s, u"20"_s }));
    QVERIFY(!longName.at(std::size_t(UserField::Username)).first().isError());
}

void TestUserFormRules::outboxClaimsCount()
{
    TempCache temp;
    QVERIFY(SampleOrg::writeCache(temp.path()).isEmpty());
    auto cache = CacheDatabase::open(temp.path());
    QVERIFY_RESULT(cache);
    OutboxStore store(*cache.value());
    const OutboxChangeFactory factory;
    UserDraft pending = validDraft();
    pending.setValue(UserField::Username, u"pendy"_s);
    pending.setValue(UserField::Email, u"pendy@anders.example"_s);
    QVERIFY_RESULT(store.append(factory.createUser(pending.createFields(), u"Sunshine2024Rise"_s)));
    const auto renamed = store.append(factory.updateUser(QLatin1String(SampleOrg::Id::Judy), u"judy"_s,
        QJsonObject { { u"username"_s, u"judith"_s } }, QJsonObject { { u"username"_s, u"judy"_s } }));
    QVERIFY_RESULT(renamed);
    const auto done = store.append(factory.createUser(QJsonObject { { u"username"_s, u"gone"_s } }));
    QVERIFY_RESULT(done);
    QVERIFY_RESULT(store.setState(done.value(), OutboxRow::State::Done));

    const CacheUniqueness uniqueness(*cache.value());
    using Key = UserUniqueness::Key;
    const auto pendy = uniqueness.owner(Key::Username, u"PENDY"_s, {});
    QVERIFY(pendy);
    QCOMPARE(pendy->pending, true);
    QCOMPARE(pendy->name, u"pendy"_s);
    QVERIFY(uniqueness.owner(Key::Email, u"pendy@anders.example"_s, {}));
    // judy's pending rename claims "judith", except for judy herself.
    QVERIFY(uniqueness.owner(Key::Username, u"judith"_s, {}));
    QVERIFY(!uniqueness.owner(Key::Username, u"judith"_s, QLatin1String(SampleOrg::Id::Judy)));
    // A change already done is in the directory (and the cache after the next sync).
    QVERIFY(!uniqueness.owner(Key::Username, u"gone"_s, {}));

    const UserFormRules rules(uniqueness, {});
    UserDraft again = validDraft();
    again.setValue(UserField::Username, u"pendy"_s);
    QCOMPARE(issueList(rules.check(again, UserFormRules::Mode::Create)), QStringList { u"username:taken-pending"_s });

    // Group names: cache (any case) and pending creates.
    QVERIFY(uniqueness.groupNamed(CacheUniqueness::GroupKind::User, u"finance"_s, {}));
    QVERIFY(!uniqueness.groupNamed(
        CacheUniqueness::GroupKind::User, u"finance"_s, QLatin1String(SampleOrg::Id::FinanceGroup)));
    QVERIFY(!uniqueness.groupNamed(CacheUniqueness::GroupKind::Device, u"finance"_s, {}));
    QVERIFY_RESULT(store.append(factory.createDeviceGroup(QJsonObject { { u"name"_s, u"Kiosks"_s } })));
    QVERIFY(!uniqueness.groupNamed(CacheUniqueness::GroupKind::Device, u"kiosks"_s, {}));
    CacheUniqueness reloaded(*cache.value());
    QVERIFY(reloaded.groupNamed(CacheUniqueness::GroupKind::Device, u"kiosks"_s, {}));
    QCOMPARE(reloaded.devicesNamed(u"finance desktop"_s, {}), 1);
    QCOMPARE(reloaded.devicesNamed(u"win-fin-01"_s, QLatin1String(SampleOrg::Id::WinFin01)), 0);
}

void TestUserFormRules::draftFieldsForCreateAndUpdate()
{
    User user;
    user.id = u"u1"_s;
    user.username = u"jdoe"_s;
    user.email = u"jdoe@example.com"_s;
    user.department = u"Sales"_s;
    user.state = UserState::Staged;
    const UserDraft original = UserDraft::fromUser(user);
    QCOMPARE(original.value(UserField::Department), u"Sales"_s);
    QCOMPARE(original.createFields(),
        (QJsonObject { { u"username"_s, u"jdoe"_s }, { u"email"_s, u"jdoe@example.com"_s },
            { u"department"_s, u"Sales"_s }, { u"state"_s, u"STAGED"_s } }));

    UserDraft edited = original;
    edited.setValue(UserField::Department, QString());
    edited.setValue(UserField::JobTitle, u"Lead"_s);
    edited.setValue(UserField::Password, u"never in an update"_s);
    QCOMPARE(
        edited.changedFields(original), (QJsonObject { { u"department"_s, QString() }, { u"jobTitle"_s, u"Lead"_s } }));
    QCOMPARE(
        edited.beforeValues(original), (QJsonObject { { u"department"_s, u"Sales"_s }, { u"jobTitle"_s, QString() } }));
    QVERIFY(original.changedFields(original).isEmpty());
}

QTEST_GUILESS_MAIN(TestUserFormRules)
#include "test_user_form_rules.moc"
