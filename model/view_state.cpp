#include "model/view_state.h"

#include <algorithm>

namespace regviz {

ViewState::ViewState(QObject *parent) : QObject(parent)
{}

void ViewState::setOptions(const ViewOptions &options)
{
    ViewOptions clamped = options;
    clamped.page = std::clamp(options.page, 0, kPageCount - 1);
    update(clamped, m_appearance);
}

void ViewState::setAppearance(const Appearance &appearance)
{
    update(m_options, appearance);
}

void ViewState::setShowElastic(bool shown)
{
    ViewOptions o = m_options;
    o.showElastic = shown;
    update(o, m_appearance);
}

void ViewState::setZoomNearZero(bool zoomed)
{
    ViewOptions o = m_options;
    o.zoomNearZero = zoomed;
    update(o, m_appearance);
}

void ViewState::setSklearnConvention(bool shown)
{
    ViewOptions o = m_options;
    o.sklearnConvention = shown;
    update(o, m_appearance);
}

void ViewState::setLogPathAxis(bool logarithmic)
{
    ViewOptions o = m_options;
    o.logPathAxis = logarithmic;
    update(o, m_appearance);
}

void ViewState::setPage(int page)
{
    ViewOptions o = m_options;
    o.page = page;
    setOptions(o);
}

void ViewState::setTheme(Theme theme)
{
    Appearance a = m_appearance;
    a.theme = theme;
    update(m_options, a);
}

void ViewState::setColorBlindSafe(bool safe)
{
    Appearance a = m_appearance;
    a.colorBlindSafe = safe;
    update(m_options, a);
}

void ViewState::update(const ViewOptions &options, const Appearance &appearance)
{
    if (options == m_options && appearance == m_appearance)
        return;
    m_options = options;
    m_appearance = appearance;
    Q_EMIT changed(m_options, m_appearance);
}

} // namespace regviz
