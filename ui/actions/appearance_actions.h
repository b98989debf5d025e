#pragma once

#include "model/view_state.h"

#include <QObject>
#include <QPalette>

class QAction;
class QMenu;
class QSettings;

namespace regviz {

/// View ▸ Theme (System, Light, Dark) and View ▸ Colour-blind-safe colours. Light and Dark give the whole
/// application the Fusion style with a light or dark palette; System leaves the platform's style and
/// palette alone (Qt 6.4 has no colour-scheme hint, so "dark" is read from the palette's lightness).
/// Plots follow either way: every PlotPanel restyles itself on a palette change. The choices live in the
/// ViewState; these actions show them and change them there.
class AppearanceActions : public QObject
{
    Q_OBJECT

public:
    using Theme = regviz::Theme;

    AppearanceActions(ViewState *view, QObject *parent);

    /// Adds the Theme submenu and the colour-blind-safe toggle.
    void populateMenu(QMenu *view);

    [[nodiscard]] Theme theme() const { return m_view->appearance().theme; }
    [[nodiscard]] bool colorBlindSafe() const;
    [[nodiscard]] QAction *themeAction(Theme theme) const;
    [[nodiscard]] QAction *colorBlindAction() const { return m_colorBlind; }

    /// The palettes Light and Dark apply with the Fusion style.
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();

    void readSettings(const QSettings &settings);
    void writeSettings(QSettings &settings) const;

public Q_SLOTS:
    void setTheme(regviz::Theme theme);
    void setColorBlindSafe(bool safe);

private:
    /// Gives the application the style and palette of the view state's theme and checks the actions.
    void apply(const regviz::Appearance &appearance);

    ViewState *m_view;
    QAction *m_system;
    QAction *m_light;
    QAction *m_dark;
    QAction *m_colorBlind;
    Theme m_applied = Theme::System; ///< the theme the application has now
    QString m_systemStyle;           ///< the style the application started with, for System
};

} // namespace regviz
