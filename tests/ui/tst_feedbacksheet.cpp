#include "tests/support/analysed.h"
#include "tests/support/pdftext.h"
#include "tests/support/readonlyfolder.h"
#include "tests/support/testsignals.h"
#include "ui/report/feedbacksheet.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;

namespace {

struct Tool {
    int exitCode = -1;
    QString out;
};

// Runs a poppler-utils tool (pdftotext, pdfinfo, pdffonts, pdfimages, pdftoppm).
Tool runTool(const QString& program, const QStringList& arguments) {
    Tool tool;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        tool.out = QStringLiteral("%1 is missing: install poppler-utils "
                                  "(packaging/install-deps.sh)")
                       .arg(program);
        return tool;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        tool.out = QStringLiteral("%1 timed out").arg(program);
        return tool;
    }
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    tool.out = QString::fromUtf8(process.readAllStandardOutput());
    return tool;
}

// The PDF's text layer, with every run of white space (line breaks too) as one space.
QString pdfText(const QString& path) {
    return test::pdfText(path).simplified();
}

// Text without any white space: a paragraph wraps where it likes ("100–" at
// the end of one line, "150 Hz" on the next).
QString squeezed(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

using test::analyse;
using test::compared;

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class FeedbackSheetTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const TrackAnalysis> m_mix;
    std::shared_ptr<const TrackAnalysis> m_reference;

    SessionSnapshot session() const {
        return SessionSnapshot::make(compared(m_mix), {compared(m_reference)});
    }

    // Writes snapshot to name in the test folder; fails the test if it cannot.
    QString written(const SessionSnapshot& snapshot, const QString& name,
                    QPageSize::PageSizeId paper = QPageSize::A4) {
        FeedbackSheet sheet(snapshot);
        sheet.setPageSize(paper);
        const QString path = m_dir.filePath(name);
        const auto error = sheet.write(path);
        if (error) {
            qWarning("cannot write %s: %s", qPrintable(path), qPrintable(error->message));
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // A hot mix: clipped peaks and a DC offset, so that there are findings
        // of several kinds; the reference is the same music, clean.
        test::Signal hot = test::musicLike(6.0, 44100);
        for (float& sample : hot.samples) {
            sample = std::clamp(sample * 3.0f + 0.01f, -1.0f, 1.0f);
        }
        QString error;
        const QString mixPath = m_dir.filePath(QStringLiteral("Hot mix.wav"));
        const QString referencePath = m_dir.filePath(QStringLiteral("Clean reference.wav"));
        QVERIFY2(test::writeWav(mixPath, hot, WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
        QVERIFY2(test::writeWav(referencePath, test::musicLike(6.0, 44100),
                                WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
        m_mix = analyse(mixPath);
        m_reference = analyse(referencePath);
        QVERIFY(m_mix && m_reference);
        QVERIFY2(session().findings.size() >= 2, "the hot mix should have findings");
    }

    void theSheetNamesTheTracksEveryFindingAndItsPages() {
        const SessionSnapshot snapshot = session();
        const QString path = written(snapshot, QStringLiteral("sheet.pdf"));
        QVERIFY(QFile::exists(path));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext found no text");
        QVERIFY(text.contains(QStringLiteral("Hot mix")));
        QVERIFY(text.contains(QStringLiteral("Hot mix.wav")));
        QVERIFY(text.contains(QStringLiteral("Clean reference")));
        const QString packed = squeezed(text);
        for (const Finding& finding : snapshot.findings) {
            QVERIFY2(text.contains(finding.title), qPrintable(finding.title));
            QVERIFY2(packed.contains(squeezed(finding.evidence)), qPrintable(finding.evidence));
            QVERIFY2(packed.contains(squeezed(finding.suggestion)), qPrintable(finding.suggestion));
        }
        // The score card, the charts' own labels and the glossary are text too.
        QVERIFY(text.contains(QStringLiteral("Integrated loudness")));
        QVERIFY(text.contains(QStringLiteral("Frequency (Hz)")));
        QVERIFY(text.contains(QStringLiteral("Short-term loudness")));
        QVERIFY(text.contains(QStringLiteral("What the numbers mean")));
        QVERIFY(text.contains(QStringLiteral(MIXSCOPE_VERSION)));

        const int pages = test::pdfPages(path);
        QVERIFY2(pages >= 2 && pages <= 8, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void chartsAreVectorsAndCoverArtIsTheOnlyImage() {
        const QString plain = written(session(), QStringLiteral("vectors.pdf"));
        const Tool images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), plain});
        QCOMPARE(images.exitCode, 0);
        // pdfimages prints two header lines, then one line per image.
        QCOMPARE(images.out.trimmed().split(QLatin1Char('\n')).size(), 2);

        QImage art(300, 300, QImage::Format_RGB32);
        art.fill(QColor(0x33, 0x66, 0x99));
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(art.save(&buffer, "PNG"));
        TrackAnalysis withCover = *m_mix;
        withCover.tags.coverArt = png;
        withCover.tags.coverArtMimeType = QStringLiteral("image/png");
        const QString covered = written(
            SessionSnapshot::make(compared(std::make_shared<const TrackAnalysis>(withCover)),
                                  {compared(m_reference)}),
            QStringLiteral("cover.pdf"));
        const Tool coverImages =
            runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), covered});
        QCOMPARE(coverImages.out.trimmed().split(QLatin1Char('\n')).size(), 3);
    }

    void nonAsciiNamesSurviveIntoTheTextWithTheirGlyphsEmbedded() {
        const QString name = m_dir.filePath(QStringLiteral("Mix Ä ö 日本語.wav"));
        QVERIFY(QFile::copy(m_mix->path, name));
        const auto mix = analyse(name);
        QVERIFY(mix);
        const QString path = written(SessionSnapshot::make(compared(mix), {compared(m_reference)}),
                                     QStringLiteral("ユニコード – sheet.pdf"));
        QVERIFY(QFile::exists(path));
        QVERIFY2(pdfText(path).contains(QStringLiteral("Mix Ä ö 日本語")),
                 qPrintable(pdfText(path)));

        // Every font is embedded, among them one that has the Japanese glyphs.
        const Tool fonts = runTool(QStringLiteral("pdffonts"), {path});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.trimmed().split(QLatin1Char('\n')).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines) {
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
        }
        QVERIFY2(fonts.out.contains(QStringLiteral("WenQuanYi"), Qt::CaseInsensitive) ||
                     fonts.out.contains(QStringLiteral("CJK"), Qt::CaseInsensitive),
                 qPrintable(fonts.out));
    }

    void longFindingListsFlowOntoFurtherPages() {
        SessionSnapshot snapshot = session();
        const int pagesBefore = test::pdfPages(written(snapshot, QStringLiteral("short.pdf")));
        snapshot.findings.clear();
        for (int i = 1; i <= 40; ++i) {
            Finding finding;
            finding.kind = FindingKind::Mud;
            finding.severity = i % 3 == 0 ? FindingSeverity::Info : FindingSeverity::Warning;
            finding.frequency = FrequencyRange{100.0 + i, 300.0 + i};
            finding.times = {TimeRange{1.0, 2.5}};
            finding.title = QStringLiteral("Listed finding number %1").arg(i);
            finding.evidence =
                QStringLiteral("Evidence %1: ").arg(i) +
                QStringLiteral("the numbers behind it, at some length. ").repeated(4);
            finding.suggestion = QStringLiteral("Suggestion %1: ").arg(i) +
                                 QStringLiteral("what to try, in a few sentences. ").repeated(5);
            snapshot.findings.push_back(finding);
        }
        const QString path = written(snapshot, QStringLiteral("long.pdf"));
        const QString text = pdfText(path);
        for (int i = 1; i <= 40; ++i) {
            QVERIFY2(text.contains(QStringLiteral("Listed finding number %1").arg(i)),
                     qPrintable(QString::number(i)));
            // The last words of each finding made it onto a page: nothing is cut.
            QVERIFY2(text.contains(QStringLiteral("Suggestion %1:").arg(i)),
                     qPrintable(QString::number(i)));
        }
        const int pages = test::pdfPages(path);
        QVERIFY2(pages > pagesBefore + 2 && pages <= 16, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    // A mix with one, three and eight references: no page but the last is
    // left mostly empty, and no legend on a chart is cut short by Qt ("...").
    void noPageButTheLastIsMostlyEmpty_data() {
        QTest::addColumn<int>("references");
        QTest::newRow("1 reference") << 1;
        QTest::newRow("3 references") << 3;
        QTest::newRow("8 references") << 8;
    }

    void noPageButTheLastIsMostlyEmpty() {
        QFETCH(int, references);
        std::vector<ComparedTrack> tracks;
        for (int i = 0; i < references; ++i) {
            ComparedTrack track = compared(i == 0 ? m_reference : m_mix);
            track.name = QStringLiteral("Reference number %1 (clean master)").arg(i + 1);
            tracks.push_back(track);
        }
        const SessionSnapshot snapshot = SessionSnapshot::make(compared(m_mix), tracks);
        FeedbackSheet sheet(snapshot);
        sheet.setPageSize(QPageSize::A4);
        const QString path = m_dir.filePath(QStringLiteral("fill %1.pdf").arg(references));
        QVERIFY(!sheet.write(path));
        QStringList fill;
        for (double used : sheet.pageFill()) {
            fill << QStringLiteral("%1 %").arg(std::round(used * 100.0));
        }
        qInfo("%d pages, filled %s", sheet.pageCount(),
              qPrintable(fill.join(QStringLiteral(", "))));
        QCOMPARE(static_cast<int>(sheet.pageFill().size()), sheet.pageCount());
        for (int page = 0; page + 1 < sheet.pageCount(); ++page) {
            QVERIFY2(sheet.pageFill()[static_cast<std::size_t>(page)] >= 0.6,
                     qPrintable(QStringLiteral("page %1 of %2: %3")
                                    .arg(page + 1)
                                    .arg(sheet.pageCount())
                                    .arg(fill.join(QStringLiteral(", ")))));
        }
        const QString text = pdfText(path);
        QVERIFY2(!text.contains(QLatin1String("...")),
                 qPrintable(text.mid(text.indexOf(QLatin1String("...")) - 60, 80)));
    }

    void thePaperIsTheOneAskedFor_data() {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts");
        QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts");
    }

    void thePaperIsTheOneAskedFor() {
        QFETCH(int, paper);
        QFETCH(QString, size);
        const QString path = written(
            session(), QStringLiteral("paper-%1.pdf").arg(QLatin1String(QTest::currentDataTag())),
            static_cast<QPageSize::PageSizeId>(paper));
        const Tool info = runTool(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.out.contains(size), qPrintable(info.out));
    }

    void theSheetIsLightInTheDarkTheme() {
        Theme::apply(Theme::Choice::Dark);
        const QString path = written(session(), QStringLiteral("dark-theme.pdf"));
        Theme::apply(Theme::Choice::System);
        // Page 2 holds charts; render it small and look at its pixels.
        const QString prefix = m_dir.filePath(QStringLiteral("dark-theme"));
        const Tool render =
            runTool(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"),
                     QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-singlefile"), path,
                     prefix});
        QCOMPARE(render.exitCode, 0);
        const QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        qint64 lightness = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                lightness += page.pixelColor(x, y).lightness();
            }
        }
        const double mean = static_cast<double>(lightness) / (page.width() * page.height());
        QVERIFY2(mean > 225.0, qPrintable(QString::number(mean)));
    }

    void anUnwritableDestinationFailsAndLeavesNoFile_data() {
        QTest::addColumn<QString>("target"); // relative to a fresh folder
        QTest::addColumn<QString>("reason"); // %1: that folder
        QTest::newRow("missing folder")
            << QStringLiteral("no-such-folder/sheet.pdf")
            << QStringLiteral("the folder %1/no-such-folder does not exist");
        QTest::newRow("folder is a file") << QStringLiteral("a-file/sheet.pdf")
                                          << QStringLiteral("%1/a-file is a file, not a folder");
        QTest::newRow("target is a folder")
            << QStringLiteral("a-folder") << QStringLiteral("it is a folder, not a file");
        QTest::newRow("read-only folder") << QStringLiteral("read-only/sheet.pdf")
                                          << QStringLiteral("the folder %1/read-only is read-only");
        QTest::newRow("an earlier sheet in a read-only folder")
            << QStringLiteral("read-only/earlier.pdf")
            << QStringLiteral("the folder %1/read-only is read-only");
    }

    void anUnwritableDestinationFailsAndLeavesNoFile() {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(test::writeBytes(folder.filePath(QStringLiteral("a-file")), "not a folder"));
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("a-folder")));
        const QString readOnlyPath = folder.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("read-only")));
        const QString earlier = folder.filePath(QStringLiteral("read-only/earlier.pdf"));
        QVERIFY(test::writeBytes(earlier, "%PDF- an earlier sheet"));
        const QByteArray earlierBefore = test::sha256Of(earlier);
        const QStringList before = filesIn(folder.path()) + filesIn(readOnlyPath);
        {
            const test::ReadOnlyFolder readOnly(readOnlyPath);
            if (target.startsWith(QLatin1String("read-only")) && !readOnly.isReadOnly()) {
                QSKIP("the folder cannot be made read-only here (root, and no chattr +i)");
            }
            FeedbackSheet sheet(session());
            const auto error = sheet.write(folder.filePath(target));
            QVERIFY(error.has_value());
            QCOMPARE(error->kind, AnalysisErrorKind::WriteFailed);
            QCOMPARE(error->message, reason.arg(QDir::toNativeSeparators(folder.path())));
            QCOMPARE(sheet.pageCount(), 0);
        }
        QCOMPARE(filesIn(folder.path()) + filesIn(readOnlyPath), before);
        QCOMPARE(test::sha256Of(earlier), earlierBefore);
    }

    void anExistingSheetIsReplacedWhole() {
        const QString path = m_dir.filePath(QStringLiteral("replaced.pdf"));
        QVERIFY(test::writeBytes(path, QByteArray("an older file, much shorter")));
        FeedbackSheet sheet(session());
        QVERIFY(!sheet.write(path).has_value());
        QVERIFY(test::readBytes(path).startsWith("%PDF-"));
        QCOMPARE(test::pdfPages(path), sheet.pageCount());
    }

    void withoutAMixThereIsNoSheet() {
        const QString path = m_dir.filePath(QStringLiteral("no-mix.pdf"));
        FeedbackSheet sheet(SessionSnapshot::make(std::nullopt, {compared(m_reference)}));
        const auto error = sheet.write(path);
        QVERIFY(error.has_value());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(FeedbackSheetTest)
#include "tst_feedbacksheet.moc"
