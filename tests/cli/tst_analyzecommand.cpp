#include "core/session/demosession.h"
#include "tests/support/commandrun.h"
#include "tests/support/pdftext.h"
#include "tests/support/readonlyfolder.h"
#include "tests/support/testsignals.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace mixscope;

namespace {

using test::headless;
using test::Run;
using test::runMixscope;

// pdftotext's text with every run of white space as one space.
QString pdfText(const QString& path) {
    return test::pdfText(path).simplified();
}

// The stored report's form of a value: a long numeric series becomes its
// length, range and mean (a series of 2 000 spectra would make the file a
// megabyte, and a change shows in its summary anyway); the rest stays.
QJsonValue storedForm(const QJsonValue& value) {
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.insert(it.key(), storedForm(it.value()));
        }
        return out;
    }
    if (!value.isArray()) {
        return value;
    }
    const QJsonArray array = value.toArray();
    const auto isNumber = [](const QJsonValue& item) {
        return item.isDouble() || item.isNull();
    };
    // A matrix (band levels per band and time) counts as one long series.
    QJsonArray flat;
    bool numeric = true;
    for (const QJsonValue& item : array) {
        if (item.isArray()) {
            const QJsonArray row = item.toArray();
            numeric = numeric && std::all_of(row.begin(), row.end(), isNumber);
            for (const QJsonValue& cell : row) {
                flat.append(cell);
            }
        } else {
            numeric = numeric && isNumber(item);
            flat.append(item);
        }
    }
    if (numeric && flat.size() > 32) {
        double low = std::numeric_limits<double>::infinity(), high = -low, sum = 0.0;
        int count = 0;
        for (const QJsonValue& item : flat) {
            if (item.isDouble()) {
                low = std::min(low, item.toDouble());
                high = std::max(high, item.toDouble());
                sum += item.toDouble();
                ++count;
            }
        }
        return QJsonObject{
            {QStringLiteral("series_length"), array.size()},
            {QStringLiteral("series_min"), count > 0 ? QJsonValue(low) : QJsonValue()},
            {QStringLiteral("series_max"), count > 0 ? QJsonValue(high) : QJsonValue()},
            {QStringLiteral("series_mean"),
             count > 0 ? QJsonValue(std::round(sum / count * 1000.0) / 1000.0) : QJsonValue()}};
    }
    QJsonArray out;
    for (const QJsonValue& item : array) {
        out.append(storedForm(item));
    }
    return out;
}

// Where actual differs from expected beyond rounding (numbers within 0.15 +
// 0.1 %, figures in texts too, the words exactly), as "path: what"; empty
// when it does not.
QString firstDifference(const QJsonValue& actual, const QJsonValue& expected, const QString& at) {
    const auto close = [](double a, double b) {
        return std::fabs(a - b) <= 0.15 + 0.001 * std::fabs(b);
    };
    if (actual.type() != expected.type()) {
        return QStringLiteral("%1: a %2 where %3 was")
            .arg(at)
            .arg(actual.type())
            .arg(expected.type());
    }
    if (actual.isDouble()) {
        return close(actual.toDouble(), expected.toDouble()) ? QString()
                                                             : QStringLiteral("%1: %2, was %3")
                                                                   .arg(at)
                                                                   .arg(actual.toDouble())
                                                                   .arg(expected.toDouble());
    }
    if (actual.isString()) {
        static const QRegularExpression number(QStringLiteral("[-+]?\\d+(?:\\.\\d+)?"));
        const QString a = actual.toString(), e = expected.toString();
        auto aNumbers = number.globalMatch(a), eNumbers = number.globalMatch(e);
        QString aWords = a, eWords = e;
        aWords.replace(number, QStringLiteral("#"));
        eWords.replace(number, QStringLiteral("#"));
        bool same = aWords == eWords;
        while (same && aNumbers.hasNext() && eNumbers.hasNext()) {
            same =
                close(aNumbers.next().captured().toDouble(), eNumbers.next().captured().toDouble());
        }
        return same ? QString() : QStringLiteral("%1: \"%2\", was \"%3\"").arg(at, a, e);
    }
    if (actual.isArray()) {
        const QJsonArray a = actual.toArray(), e = expected.toArray();
        if (a.size() != e.size()) {
            return QStringLiteral("%1: %2 items, were %3").arg(at).arg(a.size()).arg(e.size());
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (const QString d =
                    firstDifference(a[i], e[i], QStringLiteral("%1[%2]").arg(at).arg(i));
                !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (actual.isObject()) {
        const QJsonObject a = actual.toObject(), e = expected.toObject();
        if (a.keys() != e.keys()) {
            return QStringLiteral("%1: keys %2, were %3")
                .arg(at, a.keys().join(QLatin1Char(',')), e.keys().join(QLatin1Char(',')));
        }
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (const QString d = firstDifference(a.value(it.key()), it.value(),
                                                  at + QLatin1Char('.') + it.key());
                !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    return actual == expected ? QString() : QStringLiteral("%1: differs").arg(at);
}

} // namespace

class AnalyzeCommandTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mix;       // 1 kHz at -20 dBFS, 8 s
    QString m_reference; // 1 kHz at -10 dBFS: 10 dB louder

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariable("MIXSCOPE_BINARY").isEmpty(),
                 "MIXSCOPE_BINARY must name the mixscope executable (CTest sets it)");
        QVERIFY(m_dir.isValid());
        m_mix = path(QStringLiteral("mix.wav"));
        m_reference = path(QStringLiteral("reference.wav"));
        QString error;
        QVERIFY2(test::writeWav(m_mix, test::sine(1000, -20, 8, 44100),
                                WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
        QVERIFY2(test::writeWav(m_reference, test::sine(1000, -10, 8, 48000),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
    }

    void reportHasTheContractKeysAndMatchGains() {
        const Run run =
            runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"), m_reference,
                         QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("format_version")).toInt(), 1);
        QVERIFY(report.value(QStringLiteral("findings")).isArray());
        QCOMPARE(report.value(QStringLiteral("errors")).toArray().size(), 0);

        const QJsonArray tracks = report.value(QStringLiteral("tracks")).toArray();
        QCOMPARE(tracks.size(), 2);
        const QJsonObject mix = tracks[0].toObject();
        const QJsonObject reference = tracks[1].toObject();
        QCOMPARE(mix.value(QStringLiteral("role")).toString(), QStringLiteral("mix"));
        QCOMPARE(reference.value(QStringLiteral("role")).toString(), QStringLiteral("reference"));
        QCOMPARE(mix.value(QStringLiteral("path")).toString(), m_mix);

        const QJsonObject file = mix.value(QStringLiteral("file")).toObject();
        QCOMPARE(file.value(QStringLiteral("sample_rate")).toInt(), 44100);
        QCOMPARE(file.value(QStringLiteral("channels")).toInt(), 2);
        QCOMPARE(file.value(QStringLiteral("bit_depth")).toInt(), 24);
        QCOMPARE(file.value(QStringLiteral("codec")).toString(), QStringLiteral("pcm_s24le"));
        QVERIFY(qAbs(file.value(QStringLiteral("duration_s")).toDouble() - 8.0) < 0.001);
        QCOMPARE(reference.value(QStringLiteral("file"))
                     .toObject()
                     .value(QStringLiteral("bit_depth"))
                     .toInt(),
                 16);

        for (const char* key : {"integrated_lufs", "range_lu", "true_peak_dbtp", "sample_peak_dbfs",
                                "short_term_max_lufs", "plr_db"}) {
            QVERIFY2(mix.value(QStringLiteral("loudness"))
                         .toObject()
                         .value(QLatin1String(key))
                         .isDouble(),
                     key);
        }
        const QJsonObject loudness = mix.value(QStringLiteral("loudness")).toObject();
        // A 1 kHz stereo sine at -20 dBFS reads -20.0 LUFS (EBU Tech 3341 calibration).
        QVERIFY(qAbs(loudness.value(QStringLiteral("integrated_lufs")).toDouble() + 20.0) < 0.1);
        QVERIFY(qAbs(loudness.value(QStringLiteral("sample_peak_dbfs")).toDouble() + 20.0) < 0.05);
        QVERIFY(qAbs(mix.value(QStringLiteral("dynamics"))
                         .toObject()
                         .value(QStringLiteral("crest_db"))
                         .toDouble() -
                     3.01) < 0.05);

        const QJsonObject spectrum = mix.value(QStringLiteral("spectrum")).toObject();
        const QJsonArray centres = spectrum.value(QStringLiteral("band_centers_hz")).toArray();
        QCOMPARE(centres.size(), 31); // 20 Hz … 20 kHz at 44.1 kHz
        QCOMPARE(spectrum.value(QStringLiteral("mid_db")).toArray().size(), 31);
        QCOMPARE(spectrum.value(QStringLiteral("side_db")).toArray().size(), 31);
        // The 1 kHz band holds the sine: -20 dBFS amplitude is -23.0 dB of power.
        QVERIFY(qAbs(spectrum.value(QStringLiteral("mid_db")).toArray()[17].toDouble() + 23.0) <
                0.3);
        QCOMPARE(centres[17].toDouble(), 1000.0);
        const QJsonObject stereo = mix.value(QStringLiteral("stereo")).toObject();
        QCOMPARE(stereo.value(QStringLiteral("correlation")).toDouble(), 1.0);
        QCOMPARE(stereo.value(QStringLiteral("low_end_correlation")).toDouble(), 1.0);
        QCOMPARE(stereo.value(QStringLiteral("mono_loss_db")).toDouble(), 0.0);
        QVERIFY(
            mix.value(QStringLiteral("rhythm")).toObject().contains(QStringLiteral("tempo_bpm")));
        QVERIFY(mix.value(QStringLiteral("structure"))
                    .toObject()
                    .value(QStringLiteral("sections"))
                    .isArray());

        const QJsonObject comparison = report.value(QStringLiteral("comparison")).toObject();
        const QJsonObject average = comparison.value(QStringLiteral("average")).toObject();
        QVERIFY(qAbs(average.value(QStringLiteral("match_gain_db")).toDouble() + 10.0) < 0.1);
        QCOMPARE(comparison.value(QStringLiteral("references"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("track"))
                     .toInt(),
                 1);

        QCOMPARE(mix.value(QStringLiteral("match_gain_db")).toDouble(), 0.0);
        // The reference is 10 dB louder: it must come down by 10 dB to match the mix.
        QVERIFY(qAbs(reference.value(QStringLiteral("match_gain_db")).toDouble() + 10.0) < 0.1);
    }

    // --compact: the same report without what grows with the song's length:
    // every other key and value, the findings and the comparison unchanged.
    void aCompactReportLeavesOnlyTheSeriesOut() {
        const QStringList arguments{QStringLiteral("analyze"), m_mix,
                                    QStringLiteral("--ref"),   m_reference,
                                    QStringLiteral("--json"),  QStringLiteral("-"),
                                    QStringLiteral("--quiet")};
        const Run full = runMixscope(arguments);
        const Run compact = runMixscope(arguments + QStringList{QStringLiteral("--compact")});
        QCOMPARE(full.exitCode, 0);
        QCOMPARE(compact.exitCode, 0);
        QJsonObject expected = QJsonDocument::fromJson(full.out).object();
        const QJsonObject report = QJsonDocument::fromJson(compact.out).object();
        QVERIFY(!expected.contains(QStringLiteral("compact")));
        QCOMPARE(report.value(QStringLiteral("compact")).toBool(), true);

        const std::vector<std::pair<QString, QStringList>> series{
            {QStringLiteral("loudness"),
             {QStringLiteral("series_interval_s"), QStringLiteral("momentary_lufs"),
              QStringLiteral("short_term_lufs")}},
            {QStringLiteral("spectrum"),
             {QStringLiteral("band_series_interval_s"), QStringLiteral("band_series_mid_db")}},
            {QStringLiteral("stereo"),
             {QStringLiteral("correlation_series_interval_s"),
              QStringLiteral("correlation_series")}},
            {QStringLiteral("dynamics"),
             {QStringLiteral("crest_series_interval_s"), QStringLiteral("crest_series_db"),
              QStringLiteral("psr_series_db")}},
            {QStringLiteral("rhythm"), {QStringLiteral("onset_times_s")}},
        };
        QJsonArray tracks = expected.value(QStringLiteral("tracks")).toArray();
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            QJsonObject track = tracks[i].toObject();
            for (const auto& [section, keys] : series) {
                QJsonObject object = track.value(section).toObject();
                for (const QString& key : keys) {
                    QVERIFY2(object.contains(key), qPrintable(section + QLatin1Char('.') + key));
                    object.remove(key);
                }
                track.insert(section, object);
            }
            tracks[i] = track;
        }
        expected.insert(QStringLiteral("tracks"), tracks);
        expected.insert(QStringLiteral("compact"), true);
        QCOMPARE(report, expected);
        qInfo("8 s files: %lld bytes full, %lld compact", static_cast<long long>(full.out.size()),
              static_cast<long long>(compact.out.size()));
        QVERIFY(compact.out.size() < full.out.size());
    }

    void badFilesAreNamedOnStderrAndTheOthersStillReported() {
        const QString missing = path(QStringLiteral("missing.wav"));
        const QString empty = path(QStringLiteral("empty.flac"));
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        const QString jsonPath = path(QStringLiteral("bad.json"));

        const Run run =
            runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"), missing,
                         QStringLiteral("--ref"), empty, QStringLiteral("--ref"), m_reference,
                         QStringLiteral("--json"), jsonPath});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(missing) && lines[0].contains(QStringLiteral("does not exist")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(empty) && lines[1].contains(QStringLiteral("empty")),
                 qPrintable(lines[1]));

        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("tracks")).toArray().size(), 2);
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].toObject().value(QStringLiteral("path")).toString(), missing);
        QVERIFY(!errors[0].toObject().value(QStringLiteral("message")).toString().isEmpty());
        // Without --quiet and with --json FILE, stdout carries the human summary.
        QVERIFY(run.out.contains("LUFS"));
    }

    void hostileFilesAreNamedAndTheOthersStillReported() {
        // A header claiming 0 Hz, a float file of NaN, and a concat list that
        // would have FFmpeg read the mix in its place.
        QByteArray zeroHz = test::readBytes(m_reference);
        qToLittleEndian<quint32>(0, zeroHz.data() + 24);
        const QString zeroHzPath = path(QStringLiteral("zero-hz.wav"));
        QVERIFY(test::writeBytes(zeroHzPath, zeroHz));
        test::Signal nan = test::sine(1000, -20, 2);
        std::fill(nan.samples.begin(), nan.samples.end(), std::numeric_limits<float>::quiet_NaN());
        const QString nanPath = path(QStringLiteral("nan.wav"));
        QVERIFY(test::writeWav(nanPath, nan, WavWriter::SampleFormat::Float32));
        const QString listPath = path(QStringLiteral("list.wav"));
        QVERIFY(test::writeBytes(listPath, "ffconcat version 1.0\nfile mix.wav\n"));

        const Run run =
            runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"), zeroHzPath,
                         QStringLiteral("--ref"), nanPath, QStringLiteral("--ref"), listPath,
                         QStringLiteral("--ref"), m_reference, QStringLiteral("--json"),
                         QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines,
                 QStringList({QStringLiteral("mixscope: %1: its sample rate of 0 Hz is outside "
                                             "what Mixscope reads (8000 to 384000 Hz)")
                                  .arg(zeroHzPath),
                              QStringLiteral("mixscope: %1: the audio data is damaged (100.0 % of "
                                             "the samples are not valid audio values)")
                                  .arg(nanPath),
                              QStringLiteral("mixscope: %1: this is not an audio file Mixscope "
                                             "can read (the format was not recognised)")
                                  .arg(listPath)}));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonArray tracks = report.value(QStringLiteral("tracks")).toArray();
        QCOMPARE(tracks.size(), 2);
        QCOMPARE(tracks[1].toObject().value(QStringLiteral("path")).toString(), m_reference);
        QVERIFY(qAbs(tracks[1].toObject().value(QStringLiteral("match_gain_db")).toDouble() +
                     10.0) < 0.1);
        QCOMPARE(report.value(QStringLiteral("errors")).toArray().size(), 3);
    }

    void filesChangedWhileAnalysedAreNamedAndTheOthersStillReported() {
#ifdef Q_OS_UNIX
        // Two 5-minute files, long enough for progress lines on stderr, which
        // tell the test that both are being read. The process is stopped
        // there while one file is cut short and the other deleted.
        const QString cut = path(QStringLiteral("cut while read.wav"));
        const QString gone = path(QStringLiteral("deleted while read.wav"));
        QString error;
        QVERIFY2(
            test::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                             QStringLiteral("anoisesrc=c=pink:r=48000:a=0.25:seed=5"),
                             QStringLiteral("-ac"), QStringLiteral("2"), QStringLiteral("-t"),
                             QStringLiteral("300"), QStringLiteral("-c:a"),
                             QStringLiteral("pcm_s16le"), cut},
                            &error),
            qPrintable(error));
        QFile::remove(gone);
        QVERIFY(QFile::copy(cut, gone));

        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        process.start(qEnvironmentVariable("MIXSCOPE_BINARY"),
                      {QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"), cut,
                       QStringLiteral("--ref"), gone, QStringLiteral("--ref"), m_reference,
                       QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY(process.waitForStarted(10000));
        QString err;
        const auto underWay = [&err](const QString& file) {
            const QString line = QStringLiteral("analysing %1: ").arg(QFileInfo(file).fileName());
            return err.contains(line) && !err.contains(line + QStringLiteral("100%"));
        };
        QElapsedTimer timer;
        timer.start();
        while (!(underWay(cut) && underWay(gone)) && process.state() == QProcess::Running &&
               timer.elapsed() < 120000) {
            process.waitForReadyRead(100);
            err += QString::fromUtf8(process.readAllStandardError());
        }
        QVERIFY2(underWay(cut) && underWay(gone),
                 qPrintable(QStringLiteral("the files were not caught half-way (make them "
                                           "longer): %1")
                                .arg(err)));
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGSTOP), 0);
        const bool cutShort = QFile::resize(cut, 44 + 2 * 48000 * 4);
        const bool removed = QFile::remove(gone);
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGCONT), 0);
        QVERIFY(cutShort && removed);
        QVERIFY(process.waitForFinished(120000));
        err += QString::fromUtf8(process.readAllStandardError());
        const QByteArray out = process.readAllStandardOutput();

        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QStringList lines;
        for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.contains(QStringLiteral(": analysing "))) {
                lines << line;
            }
        }
        QCOMPARE(lines,
                 QStringList({QStringLiteral("mixscope: %1: the file was changed while it was "
                                             "being analysed (written to or cut short); analyse "
                                             "it again once it is saved")
                                  .arg(cut),
                              QStringLiteral("mixscope: %1: warning: the file was replaced or "
                                             "deleted while it was being analysed; these results "
                                             "are for the version that was opened")
                                  .arg(gone)}));

        const QJsonObject report = QJsonDocument::fromJson(out).object();
        const QJsonArray tracks = report.value(QStringLiteral("tracks")).toArray();
        QCOMPARE(tracks.size(), 3);
        QCOMPARE(tracks[1].toObject().value(QStringLiteral("path")).toString(), gone);
        QCOMPARE(tracks[1]
                     .toObject()
                     .value(QStringLiteral("file"))
                     .toObject()
                     .value(QStringLiteral("duration_s"))
                     .toDouble(),
                 300.0);
        QCOMPARE(tracks[2].toObject().value(QStringLiteral("path")).toString(), m_reference);
        QVERIFY(qAbs(tracks[2].toObject().value(QStringLiteral("match_gain_db")).toDouble() +
                     10.0) < 0.1);
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].toObject().value(QStringLiteral("path")).toString(), cut);
        QFile::remove(cut);
#else
        QSKIP("stops the process with SIGSTOP: POSIX only");
#endif
    }

    void failedMixLeavesMatchGainsNull() {
        const Run run = runMixscope({QStringLiteral("analyze"), path(QStringLiteral("nope.wav")),
                                     QStringLiteral("--ref"), m_reference, QStringLiteral("--json"),
                                     QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonArray tracks = report.value(QStringLiteral("tracks")).toArray();
        QCOMPARE(tracks.size(), 1);
        QVERIFY(tracks[0].toObject().value(QStringLiteral("match_gain_db")).isNull());
    }

    void usageErrorsExitWithTwo_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no mix") << QStringList{QStringLiteral("analyze")}
                                << QStringLiteral("name your mix");
        QTest::newRow("two mixes") << QStringList{QStringLiteral("analyze"),
                                                  QStringLiteral("a.wav"), QStringLiteral("b.wav")}
                                   << QStringLiteral("one mix only");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("analyze"), QStringLiteral("a.wav"),
                           QStringLiteral("--loud")}
            << QStringLiteral("loud");
        QTest::newRow("ref without value")
            << QStringList{QStringLiteral("analyze"), QStringLiteral("a.wav"),
                           QStringLiteral("--ref")}
            << QStringLiteral("ref");
        QTest::newRow("pdf without a file name")
            << QStringList{QStringLiteral("analyze"), QStringLiteral("a.wav"),
                           QStringLiteral("--pdf"), QStringLiteral("--quiet")}
            << QStringLiteral("--pdf needs a file name");
    }

    void usageErrorsExitWithTwo() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runMixscope(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void helpNamesTheCommand() {
        const Run run = runMixscope({QStringLiteral("analyze"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: mixscope analyze MIX [--ref REF]..."),
                 run.out.constData());
        QVERIFY(run.out.contains("--json"));
        QVERIFY(run.out.contains("--pdf"));
    }

    void unwritableDestinationsAreNamedBeforeAnyAnalysis_data() {
        QTest::addColumn<QString>("option"); // --json or --pdf
        QTest::addColumn<QString>("target"); // relative to the destinations folder; "mix": the mix
        QTest::addColumn<QString>("reason"); // %1: the destinations folder

        const auto rows = [](const QString& option, const QString& name) {
            const QByteArray label = option.toUtf8();
            QTest::addRow("%s into a folder that does not exist", label.constData())
                << option << QStringLiteral("no-such-folder/") + name
                << QStringLiteral("the folder %1/no-such-folder does not exist");
            QTest::addRow("%s onto a folder", label.constData())
                << option << QStringLiteral("a-folder")
                << QStringLiteral("it is a folder, not a file");
            QTest::addRow("%s over an earlier file in a read-only folder", label.constData())
                << option << QStringLiteral("read-only/") + name
                << QStringLiteral("the folder %1/read-only is read-only");
            QTest::addRow("%s over the mix itself", label.constData())
                << option << QStringLiteral("mix") << QString();
        };
        rows(QStringLiteral("--json"), QStringLiteral("report.json"));
        rows(QStringLiteral("--pdf"), QStringLiteral("sheet.pdf"));
    }

    // A destination that cannot be written fails at once, with exit status 2
    // and one line naming it, before minutes of analysis; nothing on disk changes.
    void unwritableDestinationsAreNamedBeforeAnyAnalysis() {
        QFETCH(QString, option);
        QFETCH(QString, target);
        QFETCH(QString, reason);

        QTemporaryDir destinations;
        QVERIFY(destinations.isValid());
        const QDir folder(destinations.path());
        QVERIFY(folder.mkpath(QStringLiteral("a-folder")));
        QVERIFY(folder.mkpath(QStringLiteral("read-only")));
        for (const QString& earlier :
             {QStringLiteral("read-only/report.json"), QStringLiteral("read-only/sheet.pdf")}) {
            QVERIFY(test::writeBytes(folder.filePath(earlier), "an earlier file"));
        }
        const test::ReadOnlyFolder readOnly(folder.filePath(QStringLiteral("read-only")));
        if (target.startsWith(QLatin1String("read-only")) && !readOnly.isReadOnly()) {
            QSKIP("the folder cannot be made read-only here (root, and no chattr +i)");
        }
        const QString destination =
            target == QLatin1String("mix") ? m_mix : folder.filePath(target);
        const QByteArray before = test::sha256Of(destination);
        const QByteArray mixBefore = test::sha256Of(m_mix);

        const Run run = runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"),
                                     m_reference, option, destination, QStringLiteral("--quiet")},
                                    headless());
        QCOMPARE(run.exitCode, 2);
        QString expected;
        if (target == QLatin1String("mix")) {
            expected =
                QStringLiteral("mixscope: %1: this is one of the files to analyse; write the "
                               "report or the sheet to another file\n")
                    .arg(destination);
        } else if (option == QLatin1String("--json")) {
            expected = QStringLiteral("mixscope: %1: the report cannot be written (%2)\n")
                           .arg(destination, reason.arg(destinations.path()));
        } else {
            expected = QStringLiteral("mixscope: cannot write the feedback sheet to %1: %2\n")
                           .arg(destination, reason.arg(destinations.path()));
        }
        // Only Mixscope's own lines: Qt may warn about the environment, e.g.
        // "QStandardPaths: XDG_RUNTIME_DIR not set", before painting.
        QString ours;
        for (const QString& line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("mixscope"))) {
                ours += line + QLatin1Char('\n');
            }
        }
        qInfo("%s", qPrintable(ours.trimmed()));
        QCOMPARE(ours, expected);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(test::sha256Of(destination), before);
        QCOMPARE(test::sha256Of(m_mix), mixBefore);
        QVERIFY(QFileInfo(folder.filePath(QStringLiteral("a-folder"))).isDir());
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("no-such-folder"))));
        QCOMPARE(QDir(folder.filePath(QStringLiteral("read-only")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({QStringLiteral("report.json"), QStringLiteral("sheet.pdf")}));
    }

    void aReportThatCannotReachStdoutIsAnOutputError() {
#ifdef Q_OS_LINUX
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(qEnvironmentVariable("MIXSCOPE_BINARY"),
                      {QStringLiteral("analyze"), m_mix, QStringLiteral("--json"),
                       QStringLiteral("-"), QStringLiteral("--quiet")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("standard output"));
#else
        QSKIP("/dev/full is Linux only");
#endif
    }

    void inputFilesAreNeverModified() {
        const QByteArray before = test::sha256Of(m_mix);
        const QByteArray referenceBefore = test::sha256Of(m_reference);
        const Run run =
            runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"), m_reference,
                         QStringLiteral("--json"), path(QStringLiteral("next-to-them.json")),
                         QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(test::sha256Of(m_mix), before);
        QCOMPARE(test::sha256Of(m_reference), referenceBefore);
    }

    void longFilesShowProgressOnStderrUnlessQuiet() {
        // Files of a minute or more get progress lines; shorter ones stay quiet.
        const QString longFile = path(QStringLiteral("long.wav"));
        QString error;
        QVERIFY2(test::writeWav(longFile, test::whiteNoise(-12, 75, 48000),
                                WavWriter::SampleFormat::Int16, &error),
                 qPrintable(error));
        const Run loud = runMixscope({QStringLiteral("analyze"), longFile});
        QCOMPARE(loud.exitCode, 0);
        QVERIFY2(loud.err.contains(QStringLiteral("analysing long.wav: 100%")),
                 qPrintable(loud.err));
        const Run quiet =
            runMixscope({QStringLiteral("analyze"), longFile, QStringLiteral("--quiet")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
        QVERIFY(quiet.out.isEmpty());
        QFile::remove(longFile);
    }

    void theFeedbackSheetIsWrittenWithoutADisplay() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
        const QString sheet = path(QStringLiteral("sheet.pdf"));
        const Run run = runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"),
                                     m_reference, QStringLiteral("--pdf"), sheet},
                                    headless());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Feedback sheet written to"), run.out.constData());
        const QString text = pdfText(sheet);
        QVERIFY2(text.contains(QStringLiteral("mix.wav")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("reference.wav")));
        QVERIFY(text.contains(QStringLiteral("Score card")));
        const int pages = test::pdfPages(sheet);
        QVERIFY2(pages >= 2 && pages <= 8, qPrintable(QString::number(pages)));
    }

    void theSheetAndTheJsonReportOnStdoutGoTogether() {
        const QString sheet = path(QStringLiteral("with-json.pdf"));
        const Run run = runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"),
                                     m_reference, QStringLiteral("--pdf"), sheet,
                                     QStringLiteral("--json"), QStringLiteral("-")},
                                    headless());
        QCOMPARE(run.exitCode, 0);
        // stdout holds the report and nothing else.
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("tracks")).toArray().size(), 2);
        QVERIFY(test::readBytes(sheet).startsWith("%PDF-"));
        QVERIFY(pdfText(sheet).contains(QStringLiteral("mix.wav")));
    }

    void aMixThatCannotBeReadGivesNoSheet() {
        const QString sheet = path(QStringLiteral("no-mix.pdf"));
        const Run run = runMixscope({QStringLiteral("analyze"), path(QStringLiteral("nope.wav")),
                                     QStringLiteral("--ref"), m_reference, QStringLiteral("--pdf"),
                                     sheet, QStringLiteral("--quiet")},
                                    headless());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no feedback sheet")), qPrintable(run.err));
        QVERIFY(!QFile::exists(sheet));
    }

    void reportsWithoutASheetLoadNoGraphicsPlatform() {
        // A platform that does not exist would stop any QGuiApplication.
        QProcessEnvironment environment = headless();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        const Run run = runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--json"),
                                     QStringLiteral("-"), QStringLiteral("--quiet")},
                                    environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void anExplicitPlatformIsNeverOverridden() {
        QProcessEnvironment environment = headless();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        const QString sheet = path(QStringLiteral("explicit-platform.pdf"));
        const Run run = runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--pdf"),
                                     sheet, QStringLiteral("--quiet")},
                                    environment);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-platform")), qPrintable(run.err));
        QVERIFY(!QFile::exists(sheet));
    }

    void theCommandLineSpeaksTheEnvironmentsLanguage_data() {
        QTest::addColumn<QString>("language"); // LANGUAGE
        QTest::addColumn<QString>("lang");     // LANG
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG German")
            << QString() << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("LANGUAGE Spanish")
            << QStringLiteral("es") << QStringLiteral("en_US.UTF-8") << QStringLiteral("es");
        QTest::newRow("LANGUAGE Italian, then French")
            << QStringLiteral("it:fr") << QStringLiteral("it_IT.UTF-8") << QStringLiteral("fr");
        QTest::newRow("Italian only: English")
            << QString() << QStringLiteral("it_IT.UTF-8") << QStringLiteral("en");
        // A container's or a CI machine's usual setting: only LANGUAGE says
        // anything. Qt then calls the system locale German, yet it writes
        // "-14.6" as LC_NUMERIC's C locale does.
        QTest::newRow("LANGUAGE German, LANG C.UTF-8")
            << QStringLiteral("de") << QStringLiteral("C.UTF-8") << QStringLiteral("de");
    }

    // The summary, the findings, a bad file's message and the JSON report's
    // texts follow LANGUAGE/LANG; the JSON keys and ids do not.
    void theCommandLineSpeaksTheEnvironmentsLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"),
                                    QStringLiteral("LANGUAGE")}) {
            environment.remove(name);
        }
        if (!language.isEmpty()) {
            environment.insert(QStringLiteral("LANGUAGE"), language);
        }
        environment.insert(QStringLiteral("LANG"), lang);
        const QString missing = path(QStringLiteral("missing.wav"));
        const QString jsonPath = path(QStringLiteral("language.json"));
        const Run run =
            runMixscope({QStringLiteral("analyze"), m_mix, QStringLiteral("--ref"), m_reference,
                         QStringLiteral("--ref"), missing, QStringLiteral("--json"), jsonPath},
                        environment);
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY2(out.contains(QStringLiteral("LUFS")), qPrintable(out));
        // Numbers as the language writes them: "-14,6 LUFS" in German.
        const QString mark = expected == u"en" ? QStringLiteral("\\.") : QStringLiteral(",");
        QVERIFY2(
            out.contains(QRegularExpression(QStringLiteral("(^|\\s)-?\\d+%1\\d LUFS").arg(mark))),
            qPrintable(out));

        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("language")).toString(), expected);
        QString jsonTexts;
        for (const QJsonValue& finding : report.value(QStringLiteral("findings")).toArray()) {
            for (const char* key : {"title", "evidence", "suggestion"}) {
                jsonTexts += finding.toObject().value(QLatin1String(key)).toString() + u'\n';
            }
        }
        jsonTexts += report.value(QStringLiteral("errors"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString();
        QVERIFY(!jsonTexts.trimmed().isEmpty());

        // Words no German, Spanish or French sentence has.
        static const QRegularExpression english(
            QStringLiteral(
                "(?<![\\w-])(the|and|with|your|than|from|this|is|are|of|does not)(?![\\w-])"),
            QRegularExpression::CaseInsensitiveOption);
        if (expected == u"en") {
            QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        }
        for (const QString& text : {run.err, out, jsonTexts}) {
            const QString readable = QString(text).remove(m_dir.path());
            QVERIFY2(expected == u"en" || !readable.contains(english), qPrintable(readable));
            QVERIFY2(!readable.contains(QRegularExpression(QStringLiteral("%L?[1-9n]"))),
                     qPrintable(readable));
        }
    }

    // The whole report of the demo session, series included, against the
    // one stored in tests/cli/expected: what the command line says must not
    // change unnoticed. MIXSCOPE_UPDATE_EXPECTED=1 stores it anew, for a
    // change of behaviour that is meant (say so in the commit).
    void theDemoReportIsTheStoredOne() {
        const auto demo = DemoSession::ensure(path(QStringLiteral("demo")));
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        const QString stored = QStringLiteral(MIXSCOPE_EXPECTED_DIR "/demo-report.json");
        const QFileInfo mix(demo.value().mixPath);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(mix.absolutePath()); // the report names the files as given
        process.start(qEnvironmentVariable("MIXSCOPE_BINARY"),
                      {QStringLiteral("analyze"), mix.fileName(), QStringLiteral("--ref"),
                       QFileInfo(demo.value().referencePaths.front()).fileName(),
                       QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonValue actual =
            storedForm(QJsonDocument::fromJson(process.readAllStandardOutput()).object());
        QVERIFY(actual.toObject().contains(QStringLiteral("findings")));
        if (qEnvironmentVariableIntValue("MIXSCOPE_UPDATE_EXPECTED") == 1) {
            QFile file(stored);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(actual.toObject()).toJson(QJsonDocument::Indented));
            QSKIP("stored the demo report anew");
        }
        QFile file(stored);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(stored));
        const QJsonValue expected = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!expected.toObject().isEmpty());
        const QString difference = firstDifference(actual, expected, QStringLiteral("report"));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The comparison itself can fail: a finding's amount moved by 1 dB is caught.
        QJsonObject moved = expected.toObject();
        QJsonArray findings = moved.value(QStringLiteral("findings")).toArray();
        QJsonObject first = findings[0].toObject();
        first.insert(QStringLiteral("value"),
                     first.value(QStringLiteral("value")).toDouble() + 1.0);
        findings[0] = first;
        moved.insert(QStringLiteral("findings"), findings);
        QVERIFY(!firstDifference(actual, moved, QStringLiteral("report")).isEmpty());
    }

    void nonAsciiPathsSurviveIntoTheReport() {
        const QString name = path(QStringLiteral("Mischung – Ä ö 日本語.wav"));
        QVERIFY(QFile::copy(m_mix, name));
        const Run run = runMixscope({QStringLiteral("analyze"), name, QStringLiteral("--json"),
                                     QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("tracks"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 name);
    }
};

QTEST_GUILESS_MAIN(AnalyzeCommandTest)
#include "tst_analyzecommand.moc"
