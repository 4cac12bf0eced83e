// The translations are complete: lupdate, run over the same sources and with the same options as update_translations
// (ui/CMakeLists.txt), into a temporary copy of translations/bindery_de.ts, leaves no German entry unfinished or
// missing; every German entry keeps the placeholders, rich-text tags and accelerator of its source; the English file
// holds only plural forms, all of them filled in. The repository's files are only read.
#include "MenuAccelerators.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per numerus form
    QString shown() const { return context + u": "_s + source; }
};

QList<TsEntry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QList<TsEntry> entries;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == "TS"_L1)
            continue;
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                TsEntry entry;
                entry.context = context;
                entry.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                while (xml.readNextStartElement()) {
                    if (xml.name() == "source"_L1) {
                        entry.source = xml.readElementText();
                    } else if (xml.name() == "comment"_L1) {
                        entry.comment = xml.readElementText();
                    } else if (xml.name() == "translation"_L1) {
                        entry.type = xml.attributes().value("type"_L1).toString();
                        if (entry.numerus) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == "numerusform"_L1)
                                    entry.translations.append(xml.readElementText());
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            entry.translations.append(xml.readElementText());
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                entries.append(entry);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return entries;
}

// Runs lupdate like update_translations does, over a copy of `tsName` in `dir`; returns the copy's path.
QString refreshedCopy(const QTemporaryDir &dir, const QString &tsName, const QStringList &extraOptions)
{
    const QString copy = dir.filePath(tsName);
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(BINDERY_TS_DIR) + u'/' + tsName, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    QStringList arguments { u"-project"_s, QStringLiteral(BINDERY_LUPDATE_PROJECT) };
    arguments += extraOptions;
    arguments += QStringLiteral(BINDERY_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments += { u"-ts"_s, copy };
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BINDERY_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120'000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        qWarning().noquote() << "lupdate failed:" << lupdate.readAll();
        return {};
    }
    return copy;
}

// %1…%99, %L1, %n and %Ln, sorted: the translation may reorder them, never drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QStringList richTextTags(const QString &text)
{
    static const QRegularExpression pattern(
        u"</?(?:a|b|i|u|p|br|tt|code|ul|ol|li|span|small|big|nobr|qt|html|body|table|tr|td|th|h[1-6])\\b[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        QString tag = it.next().captured();
        // Attribute values (a link's href) stay as they are; only the tag itself is compared.
        static const QRegularExpression name(u"^</?\\w+"_s);
        found.append(name.match(tag).captured().toLower());
    }
    found.sort();
    return found;
}

// Keyboard accelerators: "&" before a letter or digit.
int accelerators(const QString &text)
{
    const QList<QChar> found = menuAccelerators(text);
    return int(std::count_if(found.cbegin(), found.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

QString listOf(const QStringList &items, int shown = 25)
{
    QString text = items.mid(0, shown).join(u"\n  "_s);
    if (items.size() > shown)
        text += u"\n  … and %1 more"_s.arg(items.size() - shown);
    return u"\n  "_s + text;
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void germanKeepsPlaceholders();
    void englishHoldsOnlyFilledPlurals();

private:
    QTemporaryDir m_dir;
};

void TestTranslationsComplete::germanIsComplete()
{
    QVERIFY(m_dir.isValid());
    const QString copy = refreshedCopy(m_dir, u"bindery_de.ts"_s, {});
    QVERIFY2(!copy.isEmpty(), "lupdate could not refresh a copy of translations/bindery_de.ts");
    QString error;
    const QList<TsEntry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());

    QStringList unfinished;
    for (const TsEntry &entry : entries) {
        const bool empty = entry.translations.isEmpty()
            || std::any_of(
                entry.translations.cbegin(), entry.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (!entry.type.isEmpty() || empty)
            unfinished.append(entry.shown());
    }
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(u"%1 of %2 German entries are unfinished or missing; run `cmake --build <build> --target "
                   "update_translations` and translate them in translations/bindery_de.ts:%3"_s.arg(unfinished.size())
                       .arg(entries.size())
                       .arg(listOf(unfinished))));
}

void TestTranslationsComplete::germanKeepsPlaceholders()
{
    QString error;
    const QList<TsEntry> entries = readTs(QStringLiteral(BINDERY_TS_DIR) + u"/bindery_de.ts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList wrong;
    for (const TsEntry &entry : entries) {
        if (!entry.type.isEmpty())
            continue; // germanIsComplete() names it
        const QStringList wanted = placeholders(entry.source);
        const QStringList tags = richTextTags(entry.source);
        const int accelerator = accelerators(entry.source);
        if (entry.numerus && entry.translations.size() != 2)
            wrong.append(
                u"%1 — has %2 plural forms, German needs 2"_s.arg(entry.shown()).arg(entry.translations.size()));
        for (const QString &translation : entry.translations) {
            if (placeholders(translation) != wanted)
                wrong.append(u"%1 — placeholders %2 in “%3”"_s.arg(
                    entry.shown(), placeholders(translation).join(u' '), translation));
            if (richTextTags(translation) != tags)
                wrong.append(u"%1 — tags differ in “%2”"_s.arg(entry.shown(), translation));
            if (accelerators(translation) != accelerator)
                wrong.append(u"%1 — %2 accelerator(s) in “%3”"_s.arg(entry.shown())
                                 .arg(accelerators(translation))
                                 .arg(translation));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(u"German entries that differ from their source:%1"_s.arg(listOf(wrong))));
}

void TestTranslationsComplete::englishHoldsOnlyFilledPlurals()
{
    QVERIFY(m_dir.isValid());
    const QString copy = refreshedCopy(m_dir, u"bindery_en.ts"_s, { u"-pluralonly"_s });
    QVERIFY2(!copy.isEmpty(), "lupdate could not refresh a copy of translations/bindery_en.ts");
    QString error;
    const QList<TsEntry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList wrong;
    for (const TsEntry &entry : entries) {
        if (!entry.numerus) {
            wrong.append(entry.shown() + u" — not a plural form"_s);
            continue;
        }
        const bool filled = entry.translations.size() == 2
            && std::none_of(
                entry.translations.cbegin(), entry.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (!entry.type.isEmpty() || !filled)
            wrong.append(entry.shown() + u" — needs its singular and plural"_s);
        for (qsizetype form = 0; form < entry.translations.size(); ++form) {
            const QString &translation = entry.translations.at(form);
            QStringList wanted = placeholders(entry.source);
            // The singular may say "This change" instead of "1 change"; every other placeholder stays.
            if (form == 0)
                wanted.removeIf([&](const QString &p) { return p.endsWith(u'n') && !translation.contains(p); });
            if (!translation.isEmpty() && placeholders(translation) != wanted)
                wrong.append(u"%1 — placeholders differ in “%2”"_s.arg(entry.shown(), translation));
        }
    }
    QVERIFY2(wrong.isEmpty(),
        qPrintable(u"translations/bindery_en.ts: after update_translations run lupdate -pluralonly on it and fill "
                   "in:%1"_s.arg(listOf(wrong))));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "test_translations_complete.moc"
