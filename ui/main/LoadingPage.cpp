#include "LoadingPage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LoadingPage::LoadingPage(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"loadingPage"_s);
    m_label->setObjectName(u"loadingLabel"_s);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *progress = new QProgressBar(this);
    progress->setRange(0, 0); // how long a load takes is unknown; show that work goes on
    progress->setTextVisible(false);
    progress->setMaximumWidth(320);
    progress->setAccessibleName(tr("Loading"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addWidget(progress, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void LoadingPage::setMessage(const QString &message)
{
    m_label->setText(message);
    m_label->setAccessibleName(message);
}

QString LoadingPage::message() const
{
    return m_label->text();
}
