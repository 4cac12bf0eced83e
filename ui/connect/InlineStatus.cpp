#include "InlineStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

InlineStatus::InlineStatus(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setObjectName(u"statusText"_s);
    m_text->setTextFormat(Qt::PlainText); // a directory's message is data, not markup
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with the icon when the row is taller
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // admins paste errors into tickets
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void InlineStatus::setStatus(Kind kind, const QString &text)
{
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Busy:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case Kind::None:
    case Kind::Information:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setVisible(kind != Kind::None && !text.isEmpty());
    if (isVisible())
        growWindowToFit(this);
}

void InlineStatus::growWindowToFit(QWidget *changed)
{
    QWidget *window = changed ? changed->window() : nullptr;
    // Before it is shown, the window sizes itself (adjustSize follows height-for-width).
    if (!window || !window->layout() || !window->isVisible())
        return;
    // A label's new text reaches the layouts through posted events; recompute them now, from the
    // changed widget's own layout out to the window's, so the height asked for is the new one.
    for (QWidget *widget = changed; widget; widget = widget->isWindow() ? nullptr : widget->parentWidget()) {
        if (widget->layout()) {
            widget->layout()->invalidate();
            widget->layout()->activate();
        }
    }
    const int needed
        = window->hasHeightForWidth() ? window->heightForWidth(window->width()) : window->sizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void InlineStatus::clear()
{
    setStatus(Kind::None, {});
}

QString InlineStatus::text() const
{
    return m_text->text();
}
