#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// How Mixscope writes quantities for people, in one place for the findings,
/// the window's lists, the PDF sheet and the command line: numbers through
/// the current QLocale (QLocale()), words translated in context
/// "mixscope::Units". Plain functions; any thread.
class Units {
    Q_DECLARE_TR_FUNCTIONS(mixscope::Units)

public:
    /// A number as the language writes it, with `decimals` decimals: "-14,6"
    /// in German, "-14.6" in English (QLocale()). QString::arg(double) would
    /// always write the English way.
    static QString number(double value, int decimals);

    /// A number with its sign always shown: "+0.42", "-0.08".
    static QString signedNumber(double value, int decimals);
    /// A level difference with its sign and one decimal: "+4.2", "-0.8"
    /// (no unit: the sentence around it says "dB").
    static QString signedDb(double db);
    /// A gain with its sign and unit: "+6.0 dB", "-5.1 dB".
    static QString gain(double db);
    /// A level with one decimal and its unit: "-14.6 LUFS" ("-14,6 LUFS" in
    /// German); an em dash when undefined.
    static QString level(std::optional<double> value, const QString& unit);
    /// "250 Hz", "1.4 kHz", "18 kHz" (whole kHz from 10 kHz).
    static QString frequency(double hz);
    /// A sample rate, as exact as it is: "44.1 kHz", "48 kHz", "88.2 kHz".
    static QString sampleRate(int hz);
    /// "177–354 Hz", "7.1–18 kHz", "700 Hz–1.4 kHz".
    static QString frequencyRange(double lowHz, double highHz);

    /// Whole seconds as "m:ss" ("0:07", "12:40").
    static QString clockTime(double seconds);
    /// To the tenth, as a playhead reads: "0:07.4", "12:40.0".
    static QString clockTimeTenths(double seconds);
    /// "0:10–0:20"; "0:38" when both ends are the same second.
    static QString clockRange(double startS, double endS);

    /// A stretch of a track (seconds from its start).
    struct Stretch {
        double startS = 0.0;
        double endS = 0.0;
    };
    /// Share of a track of durationS that the stretches must cover, together,
    /// to be called the whole of it.
    static constexpr double kThroughoutShare = 0.8;
    /// True when the stretches cover kThroughoutShare of durationS or more.
    static bool coversMostOf(const std::vector<Stretch>& stretches, double durationS);
    /// "0:00–0:07, 0:21" (separator ", "), or "throughout" when they cover
    /// most of the track (coversMostOf()); empty without stretches.
    static QString clockRanges(const std::vector<Stretch>& stretches, double durationS);
};

} // namespace mixscope
