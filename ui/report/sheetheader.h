#pragma once

#include "ui/report/pageflow.h"
#include "ui/report/sheetstyle.h"

#include <QCoreApplication>

#include <vector>

namespace mixscope {

/// The top of the feedback sheet's first page: the mix (cover, title, file,
/// the date and the Mixscope version), then the references it is compared
/// with, each with its cover, file and match gain — or, without references,
/// what the mix is judged against instead. Must outlive the painting.
class SheetHeader {
    Q_DECLARE_TR_FUNCTIONS(mixscope::FeedbackSheet)

public:
    SheetHeader(const SheetStyle& style, double width, QString date);

    /// tracks: SheetTrack::of(snapshot), mix first.
    void add(PageFlow& flow, const SessionSnapshot& snapshot,
             const std::vector<SheetTrack>& tracks);

    /// "Artist · file.wav · WAV · 24-bit · 44.1 kHz · stereo · 3:25".
    static QString fileLine(const TrackAnalysis& analysis);

private:
    void addMix(PageFlow& flow, const SheetTrack& mix);
    void addReferences(PageFlow& flow, const SessionSnapshot& snapshot,
                       const std::vector<SheetTrack>& tracks);
    void drawCover(QPainter& painter, const QRectF& rect, const SheetTrack& track) const;

    const SheetStyle& m_style;
    double m_width;
    QString m_date;
};

} // namespace mixscope
