#include "core/common/units.h"
#include "core/diagnosis/finding.h"

#include <QtTest>

using namespace mixscope;

// How quantities are written for people, shared by the findings, the lists,
// the PDF and the command line.
class TestUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void levelsAndFrequencies() {
        QCOMPARE(Units::signedDb(4.24), QStringLiteral("+4.2"));
        QCOMPARE(Units::signedDb(-0.8), QStringLiteral("-0.8"));
        QCOMPARE(Units::frequency(250.4), QStringLiteral("250 Hz"));
        QCOMPARE(Units::frequency(1412.0), QStringLiteral("1.4 kHz"));
        QCOMPARE(Units::frequency(17960.0), QStringLiteral("18 kHz"));
        QCOMPARE(Units::frequencyRange(177.0, 354.0), QStringLiteral("177–354 Hz"));
        QCOMPARE(Units::frequencyRange(7100.0, 18000.0), QStringLiteral("7.1–18 kHz"));
        QCOMPARE(Units::frequencyRange(700.0, 1400.0), QStringLiteral("700 Hz–1.4 kHz"));
    }

    void clockTimesAndRanges() {
        QCOMPARE(Units::clockTime(0.0), QStringLiteral("0:00"));
        QCOMPARE(Units::clockTime(65.9), QStringLiteral("1:05"));
        QCOMPARE(Units::clockTime(760.0), QStringLiteral("12:40"));
        QCOMPARE(Units::clockTimeTenths(7.46), QStringLiteral("0:07.4"));
        QCOMPARE(Units::clockTimeTenths(59.99), QStringLiteral("0:59.9"));
        QCOMPARE(Units::clockTimeTenths(760.0), QStringLiteral("12:40.0"));
        QCOMPARE(Units::clockTimeTenths(-1.0), QStringLiteral("0:00.0"));
        QCOMPARE(Units::clockRange(10.0, 20.0), QStringLiteral("0:10–0:20"));
        // A moment within one second is one time, never "0:38–0:38".
        QCOMPARE(Units::clockRange(38.1, 38.9), QStringLiteral("0:38"));
    }

    void momentsCoveringMostOfTheSongAreThroughout() {
        // The sections of a 30 s file, worst first.
        const std::vector<TimeRange> sections{{10.0, 20.0}, {0.0, 10.0}, {20.0, 30.0}};
        QCOMPARE(findingTimesText(sections, 30.0), QStringLiteral("throughout"));
        QVERIFY(coversMostOfTheTrack(sections, 30.0));
        // Two thirds: named.
        QCOMPARE(findingTimesText({{10.0, 20.0}, {0.0, 10.0}}, 30.0),
                 QStringLiteral("0:10–0:20, 0:00–0:10"));
        // Overlaps count once: 0–20 and 5–15 cover 20 of 30 s.
        QVERIFY(!coversMostOfTheTrack({{0.0, 20.0}, {5.0, 15.0}}, 30.0));
        // Without a length nothing is "throughout".
        QCOMPARE(findingTimesText({{0.0, 30.0}}, 0.0), QStringLiteral("0:00–0:30"));
        QCOMPARE(findingTimesText({}, 30.0), QString());
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
