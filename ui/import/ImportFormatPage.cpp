#include "ImportFormatPage.h"

#include "CsvTextDecoder.h"
#include "ImportSession.h"
#include "MessageBox.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int RawLines = 40;
constexpr int ParsedRows = 20;

QString encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Utf16LE:
        return u"UTF-16 LE"_s;
    case CsvEncoding::Utf16BE:
        return u"UTF-16 BE"_s;
    case CsvEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return ImportFormatPage::tr("Comma ( , )");
    if (delimiter == u';')
        return ImportFormatPage::tr("Semicolon ( ; )");
    if (delimiter == u'\t')
        return ImportFormatPage::tr("Tab");
    if (delimiter == u'|')
        return ImportFormatPage::tr("Pipe ( | )");
    return QString(delimiter);
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_raw(new QPlainTextEdit(this))
    , m_parsed(new QTableWidget(this))
    , m_notices(new QLabel(this))
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("The encoding and the delimiter were detected. If names show odd characters or a row is not split "
                   "into its columns, choose another."));
    m_encoding->setObjectName(u"importEncoding"_s);
    m_delimiter->setObjectName(u"importDelimiter"_s);
    m_raw->setObjectName(u"importRawPreview"_s);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_parsed->setObjectName(u"importParsedPreview"_s);
    m_parsed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parsed->verticalHeader()->setVisible(false);
    m_parsed->verticalHeader()->setDefaultSectionSize(m_parsed->fontMetrics().height() + 8);
    m_parsed->setWordWrap(false);
    m_parsed->horizontalHeader()->setDefaultSectionSize(120);
    m_notices->setObjectName(u"importNotices"_s);
    m_notices->setWordWrap(true);

    m_encoding->addItem(tr("Detected"), QString());
    for (const CsvEncoding e :
        { CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252 })
        m_encoding->addItem(encodingName(e), csvEncodingKey(e));
    m_delimiter->addItem(tr("Detected"), QString());
    for (const QChar d : { u',', u';', u'\t', u'|' })
        m_delimiter->addItem(delimiterName(d), QString(d));

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto *rawBox = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(new QLabel(tr("The file as text:"), rawBox));
    rawLayout->addWidget(m_raw);
    auto *parsedBox = new QWidget(this);
    auto *parsedLayout = new QVBoxLayout(parsedBox);
    parsedLayout->setContentsMargins(0, 0, 0, 0);
    parsedLayout->addWidget(new QLabel(tr("Split into columns (first rows):"), parsedBox));
    parsedLayout->addWidget(m_parsed);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(rawBox);
    splitter->addWidget(parsedBox);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notices);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::optionsChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::optionsChanged);
    connect(&session, &ImportSession::fileLoaded, this, &ImportFormatPage::refresh);
}

void ImportFormatPage::initializePage()
{
    refresh();
}

void ImportFormatPage::optionsChanged()
{
    if (m_updating)
        return;
    // Reading the file again replaces every row, so corrections and rows left out in the preview would be lost
    // unasked.
    if (const int reworked = m_session.reworkedRowCount(); reworked > 0) {
        MessageBox::Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("Read the file again?");
        message.text = tr("Reading the file with another encoding or delimiter undoes your corrections and the rows "
                          "you left out in the preview (%n row(s)).",
            nullptr, reworked);
        message.informativeText = tr("Neither is in the file on disk. Cancel keeps them and the current settings.");
        message.buttons = MessageBox::Ok | MessageBox::Cancel;
        message.defaultButton = MessageBox::Cancel;
        if (MessageBox::show(this, message) != MessageBox::Ok) {
            showReadOptions();
            return;
        }
    }
    CsvReader::Options options;
    if (const auto encoding = csvEncodingFromKey(m_encoding->currentData().toString()))
        options.encoding = *encoding;
    if (const QString delimiter = m_delimiter->currentData().toString(); !delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    m_session.reparse(options);
    Q_EMIT completeChanged();
}

void ImportFormatPage::showReadOptions()
{
    const CsvReader::Options &options = m_session.readOptions();
    m_updating = true;
    m_encoding->setCurrentIndex(
        options.encoding ? std::max(0, m_encoding->findData(csvEncodingKey(*options.encoding))) : 0);
    m_delimiter->setCurrentIndex(
        options.delimiter ? std::max(0, m_delimiter->findData(QString(*options.delimiter))) : 0);
    m_updating = false;
}

void ImportFormatPage::refresh()
{
    const ImportFile &file = m_session.file();
    showReadOptions(); // a new file is read with detected settings again
    m_updating = true;
    // "Detected" says what was detected, so the admin knows what an override changes.
    if (!m_session.readOptions().encoding)
        m_encoding->setItemText(0, tr("Detected: %1").arg(encodingName(file.dialect.encoding)));
    if (!m_session.readOptions().delimiter)
        m_delimiter->setItemText(0, tr("Detected: %1").arg(delimiterName(file.dialect.delimiter)));
    m_updating = false;

    // The raw text: the first lines, decoded as the file is read now.
    CsvTextDecoder decoder(file.dialect.encoding, false);
    QString text;
    decoder.decode(file.head, text);
    decoder.finish(text);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QRegularExpression(u"\r\n|\r|\n"_s));
    if (lines.size() > RawLines)
        lines.resize(RawLines);
    m_raw->setPlainText(lines.join(u'\n'));

    m_parsed->clear();
    m_parsed->setColumnCount(int(file.header.size()));
    m_parsed->setHorizontalHeaderLabels(file.header);
    const int rows = int(std::min<qsizetype>(file.records.size(), ParsedRows));
    m_parsed->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &fields = file.records.at(r).fields;
        for (int c = 0; c < int(fields.size()) && c < int(file.header.size()); ++c)
            m_parsed->setItem(r, c, new QTableWidgetItem(fields.at(c)));
    }

    QStringList notices;
    if (m_session.isLoadingFile())
        notices << tr("Reading the file again…");
    else if (!m_session.hasFile())
        notices << m_session.fileError();
    for (const CsvNotice &notice : file.notices.mid(0, 5))
        notices << tr("Line %1: %2").arg(notice.line).arg(notice.detail);
    if (file.notices.size() > 5)
        notices << tr("… and %n more notes.", nullptr, int(file.notices.size() - 5));
    m_notices->setText(notices.join(u'\n'));
    m_notices->setVisible(!notices.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportFormatPage::isComplete() const
{
    return !m_session.isLoadingFile() && m_session.hasFile() && !m_session.file().header.isEmpty();
}
