#pragma once

#include "model/view_state.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace regviz {

class Dashboard;

/// The View menu's choices of what the plots show: the elastic net, the zoom near w = 0, the
/// scikit-learn convention, and which of the views beyond the article are shown. The first three live in
/// the ViewState: the actions change them there and show what it holds.
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(ViewState *view, Dashboard *dashboard, QWidget *window);

    /// Adds the view choices, then a show/hide toggle per view beyond the article.
    void populateMenu(QMenu *menu) const;

    [[nodiscard]] QAction *zoomNearZeroAction() const { return m_zoomNearZero; }

private:
    void show(const ViewOptions &options);

    ViewState *m_view;
    Dashboard *m_dashboard;
    QAction *m_showElastic;
    QAction *m_zoomNearZero;
    QAction *m_sklearn;
};

} // namespace regviz
