#include "ui/actions/appearance_actions.h"

#include "model/settings_keys.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <memory>

namespace regviz {

namespace {
QString themeKey(AppearanceActions::Theme theme)
{
    switch (theme) {
    case AppearanceActions::Theme::Light:
        return QStringLiteral("light");
    case AppearanceActions::Theme::Dark:
        return QStringLiteral("dark");
    case AppearanceActions::Theme::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

AppearanceActions::AppearanceActions(ViewState *view, QObject *parent)
    : QObject(parent), m_view(view), m_system(new QAction(tr("&System"), this)),
      m_light(new QAction(tr("&Light"), this)), m_dark(new QAction(tr("&Dark"), this)),
      m_colorBlind(new QAction(tr("&Colour-blind-safe colours"), this)),
      m_systemStyle(QApplication::style()->name())
{
    m_system->setStatusTip(tr("Follow the desktop's colours"));
    m_light->setStatusTip(tr("Dark text on a light background, whatever the desktop uses"));
    m_dark->setStatusTip(tr("Light text on a dark background, plots included"));
    m_colorBlind->setStatusTip(tr("Okabe–Ito colours: L1 blue, L2 vermillion or orange, elastic net green; "
                                  "told apart with any colour vision"));
    auto *group = new QActionGroup(this);
    for (QAction *action : {m_system, m_light, m_dark}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    m_system->setChecked(true);
    m_colorBlind->setCheckable(true);

    connect(m_system, &QAction::triggered, this, [this] { setTheme(Theme::System); });
    connect(m_light, &QAction::triggered, this, [this] { setTheme(Theme::Light); });
    connect(m_dark, &QAction::triggered, this, [this] { setTheme(Theme::Dark); });
    connect(m_colorBlind, &QAction::toggled, this, &AppearanceActions::setColorBlindSafe);
    connect(m_view, &ViewState::changed, this,
            [this](const ViewOptions &, const Appearance &appearance) { apply(appearance); });
    apply(m_view->appearance());
}

void AppearanceActions::populateMenu(QMenu *view)
{
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->menuAction()->setStatusTip(tr("Light or dark colours for the window and the plots"));
    theme->addActions({m_system, m_light, m_dark});
    view->addAction(m_colorBlind);
}

bool AppearanceActions::colorBlindSafe() const
{
    return m_view->appearance().colorBlindSafe;
}

QAction *AppearanceActions::themeAction(Theme theme) const
{
    switch (theme) {
    case Theme::Light:
        return m_light;
    case Theme::Dark:
        return m_dark;
    case Theme::System:
        break;
    }
    return m_system;
}

void AppearanceActions::setTheme(Theme theme)
{
    m_view->setTheme(theme);
}

void AppearanceActions::setColorBlindSafe(bool safe)
{
    m_view->setColorBlindSafe(safe);
}

void AppearanceActions::apply(const Appearance &appearance)
{
    themeAction(appearance.theme)->setChecked(true);
    m_colorBlind->setChecked(appearance.colorBlindSafe); // toggled() sets what is already set
    if (appearance.theme == m_applied)
        return;
    m_applied = appearance.theme;
    if (appearance.theme == Theme::System) {
        QApplication::setStyle(m_systemStyle);
        QApplication::setPalette(QPalette()); // resolves to the platform's palette again
    } else {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(appearance.theme == Theme::Dark ? darkPalette() : lightPalette());
    }
}

QPalette AppearanceActions::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette AppearanceActions::darkPalette()
{
    const QColor window(0x31, 0x31, 0x31);
    const QColor base(0x24, 0x24, 0x24);
    const QColor text(0xea, 0xea, 0xea);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette p(QColor(0x3a, 0x3a, 0x3a), window); // button, window: derives light, mid, dark and shadow
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa0, 0xf0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

void AppearanceActions::readSettings(const QSettings &settings)
{
    const QString theme = settings.value(settings::theme, themeKey(Theme::System)).toString();
    for (const Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (theme == themeKey(t))
            setTheme(t);
    }
    setColorBlindSafe(settings.value(settings::colorBlindSafe, false).toBool());
}

void AppearanceActions::writeSettings(QSettings &settings) const
{
    settings.setValue(settings::theme, themeKey(theme()));
    settings.setValue(settings::colorBlindSafe, colorBlindSafe());
}

} // namespace regviz
