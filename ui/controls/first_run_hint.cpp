#include "ui/controls/first_run_hint.h"

#include "model/settings_keys.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace regviz {

FirstRunHint::FirstRunHint(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_dismiss(new QPushButton(tr("Got it"), this))
{
    setObjectName(QStringLiteral("firstRunHint"));
    setFrameShape(QFrame::StyledPanel);
    // Tooltip colours: a note from the program, in the light and the dark theme alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Tip"));

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_dismiss->setToolTip(tr("Hide this tip for good"));
    m_dismiss->setAccessibleName(tr("Dismiss the tip"));
    // Hidden, it keeps its room: the sliders below never jump, least of all under a held mouse.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, &FirstRunHint::dismiss);
}

void FirstRunHint::setMessage(const QString &message)
{
    m_text->setText(message);
    m_dismiss->setAccessibleDescription(message);
}

QString FirstRunHint::message() const
{
    return m_text->text();
}

bool FirstRunHint::isDue()
{
    return !QSettings().value(settings::firstRunHintSeen, false).toBool();
}

void FirstRunHint::markSeen()
{
    QSettings().setValue(settings::firstRunHintSeen, true);
}

void FirstRunHint::dismiss()
{
    if (isHidden())
        return;
    markSeen();
    hide();
    Q_EMIT dismissed();
}

} // namespace regviz
