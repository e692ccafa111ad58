#pragma once

#include "core/session/sessionsnapshot.h"
#include "ui/report/pageflow.h"
#include "ui/report/sheetstyle.h"

#include <QCoreApplication>
#include <QGraphicsScene>

#include <vector>

class QChart;

namespace mixscope {

/// The feedback sheet's charts section: the window's chart builders
/// (spectrum, difference, width per band, loudness over time) laid out on a
/// scene of their own and painted as vectors into PageFlow blocks, with the
/// findings numbered as the sheet lists them, then a vectorscope per track.
/// Must outlive the painting: the blocks paint from its scene.
class SheetCharts {
    Q_DECLARE_TR_FUNCTIONS(mixscope::FeedbackSheet)

public:
    SheetCharts(const SheetStyle& style, double width);

    void add(PageFlow& flow, const SessionSnapshot& snapshot,
             const std::vector<SheetTrack>& tracks);

private:
    void addChart(PageFlow& flow, QChart* chart, double heightPt, const QString& caption);
    void addVectorscopes(PageFlow& flow, const std::vector<SheetTrack>& tracks);

    const SheetStyle& m_style;
    double m_width;
    QGraphicsScene m_scene;
    double m_nextSceneY = 0.0;
};

} // namespace mixscope
