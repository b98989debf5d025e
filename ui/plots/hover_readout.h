#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QCustomPlot;

namespace regviz {

class TextLine;

/// The "values at the mouse" line under a plot. It takes a fixed height and never widens its panel (a
/// long text is elided, with the whole of it in the tooltip), shows the values at the mouse's x while
/// the mouse is over the plot, and goes back to its hint when the mouse leaves. A new scene redoes the
/// values at the same x (or shows the hint when the mouse is elsewhere), so it never shows numbers of
/// another scene.
class HoverReadout : public QObject
{
    Q_OBJECT

public:
    /// `describe` turns a plot x coordinate into the text; it is called only while there is a scene.
    HoverReadout(QCustomPlot *plot, TextLine *line, std::function<QString(double)> describe);

    [[nodiscard]] QString text() const;
    /// A new scene: the values at the mouse again, or the hint when it is not over the plot.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(double x);
    void clear();

    QCustomPlot *m_plot;
    TextLine *m_line;
    std::function<QString(double)> m_describe;
    std::optional<double> m_x; ///< where the mouse is over the plot, in plot coordinates
};

} // namespace regviz
