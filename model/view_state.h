#pragma once

#include <QObject>

namespace regviz {

/// How the scene is shown, as opposed to what it is: what a session saves besides the scene.
struct ViewOptions
{
    bool showElastic = false;       ///< draw the elastic-net curves and run beside L1 and L2
    bool zoomNearZero = false;      ///< the regularized panels narrow to w ≈ 0
    bool sklearnConvention = false; ///< label λ with scikit-learn's and glmnet's parameters too
    bool logPathAxis = false;       ///< the path panel's λ axis is logarithmic
    int page = 0;                   ///< the dashboard page shown (0: the article's panels)

    friend bool operator==(const ViewOptions &, const ViewOptions &) = default;
};

enum class Theme
{
    System, ///< the desktop's style and palette
    Light,
    Dark
};

/// How the application looks: kept in the settings, not in sessions.
struct Appearance
{
    Theme theme = Theme::System;
    bool colorBlindSafe = false; ///< Okabe–Ito hues instead of the article's

    friend bool operator==(const Appearance &, const Appearance &) = default;
};

/// The one owner of the view choices. Actions, panels and the export read it and change it through its
/// setters; none of them keeps a copy to sync, so a choice made anywhere (a menu, a panel's own button,
/// a session) reaches every place that shows it.
class ViewState : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageCount = 5;

    explicit ViewState(QObject *parent = nullptr);

    [[nodiscard]] const ViewOptions &options() const { return m_options; }
    [[nodiscard]] const Appearance &appearance() const { return m_appearance; }

public Q_SLOTS:
    void setOptions(const regviz::ViewOptions &options);
    void setAppearance(const regviz::Appearance &appearance);
    void setShowElastic(bool shown);
    void setZoomNearZero(bool zoomed);
    void setSklearnConvention(bool shown);
    void setLogPathAxis(bool logarithmic);
    /// Clamped to the pages there are.
    void setPage(int page);
    void setTheme(regviz::Theme theme);
    void setColorBlindSafe(bool safe);

Q_SIGNALS:
    /// Any view option or the appearance changed; both are passed as they are now.
    void changed(const regviz::ViewOptions &options, const regviz::Appearance &appearance);

private:
    void update(const ViewOptions &options, const Appearance &appearance);

    ViewOptions m_options;
    Appearance m_appearance;
};

} // namespace regviz
