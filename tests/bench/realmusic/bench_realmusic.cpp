// bench_realmusic: the diagnosis measured on released music (README.md beside
// this file). Reads the set that make-set.sh built, analyses every clean
// track, its lossy encodings and every injected problem once, in parallel,
// then judges them in each scenario and prints markdown tables.

#include "core/analysis/trackanalyzer.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/diagnosis.h"
#include "core/io/audiodecoder.h"
#include "tests/support/mixcorpus.h"
#include "tests/support/testsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>
#include <vector>

using namespace mixscope;
using namespace mixscope::test;

namespace {

constexpr double kPremasterPeakDbfs = -6.0;

struct Track {
    QString id;
    QString wavPath;
    QString style;
    QString family;
    QString package;
    QString licence;
    QString sourceCodec;
};

struct Encoding {
    QString name;
    QStringList ffmpegArguments;
    QString suffix;
};

const std::vector<Encoding>& encodings() {
    static const std::vector<Encoding> list{
        {QStringLiteral("MP3 96 kbit/s"),
         {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
          QStringLiteral("96k")},
         QStringLiteral(".mp3")},
        {QStringLiteral("MP3 64 kbit/s"),
         {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
          QStringLiteral("64k")},
         QStringLiteral(".mp3")},
        {QStringLiteral("AAC 128 kbit/s"),
         {QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"),
          QStringLiteral("128k")},
         QStringLiteral(".m4a")},
    };
    return list;
}

// The scenarios a track (clean or with a problem) is judged in.
enum Scenario {
    CleanReference,
    SameStyle,
    NextFour,
    MixedFour,
    NoReference,
    CleanAndTwoOthers,
    kScenarios
};

QString scenarioName(int scenario) {
    switch (scenario) {
    case CleanReference:
        return QStringLiteral("(a) clean as reference");
    case SameStyle:
        return QStringLiteral("(b) same style, 1 ref");
    case NextFour:
        return QStringLiteral("(b) next 4 songs");
    case MixedFour:
        return QStringLiteral("(b) 4 mixed styles");
    case NoReference:
        return QStringLiteral("(c) no reference");
    case CleanAndTwoOthers:
        return QStringLiteral("(d) clean + next 2 songs");
    }
    return {};
}

using KindMask = std::uint32_t;

KindMask bit(FindingKind kind) {
    return KindMask{1} << static_cast<int>(kind);
}

QString severityLetter(FindingSeverity severity) {
    switch (severity) {
    case FindingSeverity::Info:
        return QStringLiteral("I");
    case FindingSeverity::Warning:
        return QStringLiteral("W");
    case FindingSeverity::Problem:
        return QStringLiteral("P");
    }
    return {};
}

bool alarm(const Finding& finding) {
    return finding.severity != FindingSeverity::Info;
}

// The findings about tonal balance (the spectrum), as the targets count them.
bool tonal(FindingKind kind) {
    switch (kind) {
    case FindingKind::Mud:
    case FindingKind::Boxiness:
    case FindingKind::Harshness:
    case FindingKind::Sibilance:
    case FindingKind::TooBright:
    case FindingKind::TooDark:
    case FindingKind::SubRumble:
        return true;
    default:
        return false;
    }
}

// The largest cut or boost a finding's suggestion asks for ("2–4 dB": 4), dB; 0 for none.
int suggestedMoveDb(const Finding& finding) {
    static const QRegularExpression amount(QStringLiteral("(\\d+)–(\\d+) dB"));
    int largest = 0;
    auto matches = amount.globalMatch(finding.suggestion);
    while (matches.hasNext()) {
        largest = std::max(largest, matches.next().captured(2).toInt());
    }
    return largest;
}

KindMask raised(const std::vector<Finding>& findings) {
    KindMask mask = 0;
    for (const Finding& finding : findings) {
        if (alarm(finding)) {
            mask |= bit(finding.kind);
        }
    }
    return mask;
}

std::vector<Finding> judge(const TrackAnalysis& mix,
                           const std::vector<const TrackAnalysis*>& references) {
    return Diagnosis::diagnose(mix, references, Comparison::compare(mix, references));
}

std::optional<std::vector<Track>> readManifest(const QString& cacheDir, QString* error) {
    QFile file(QDir(cacheDir).filePath(QStringLiteral("manifest.tsv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2 (run tests/bench/realmusic/make-set.sh first)")
                     .arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QTextStream in(&file);
    const QStringList header = in.readLine().split(QLatin1Char('\t'));
    const auto column = [&header](const char* name) {
        return header.indexOf(QString::fromLatin1(name));
    };
    const int id = column("id"), wav = column("wav"), style = column("style"),
              family = column("family"), package = column("package"), licence = column("licence"),
              codec = column("source_codec");
    if (std::min({id, wav, style, family, package, licence, codec}) < 0) {
        *error = QStringLiteral("%1: a column is missing").arg(file.fileName());
        return std::nullopt;
    }
    std::vector<Track> tracks;
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char('\t'));
        if (fields.size() < header.size()) {
            continue;
        }
        tracks.push_back({fields[id], QDir(cacheDir).filePath(fields[wav]), fields[style],
                          fields[family], fields[package], fields[licence], fields[codec]});
    }
    if (tracks.size() < 6) {
        *error = QStringLiteral("%1: %2 tracks; the scenarios need 6 or more")
                     .arg(file.fileName())
                     .arg(tracks.size());
        return std::nullopt;
    }
    return tracks;
}

std::optional<Signal> readWav(const QString& path, QString* error) {
    auto opened = AudioDecoder::open(path);
    if (!opened.ok()) {
        *error = QStringLiteral("%1: %2").arg(path, opened.error().message);
        return std::nullopt;
    }
    AudioDecoder& decoder = *opened.value();
    Signal signal;
    signal.sampleRateHz = decoder.info().sampleRateHz;
    signal.channels = 2;
    AudioBlock block;
    while (decoder.read(block, 65536)) {
        signal.samples.insert(signal.samples.end(), block.samples.begin(), block.samples.end());
    }
    if (decoder.error()) {
        *error = QStringLiteral("%1: %2").arg(path, decoder.error()->message);
        return std::nullopt;
    }
    return signal;
}

// What one parallel job makes and analyses.
enum class JobKind { Premaster, Released, Encoded, Degraded };
struct Job {
    JobKind kind = JobKind::Premaster;
    int track = 0;
    int encoding = 0;
    Defect defect = Defect::Mud;
    DefectStrength strength = DefectStrength::Strong;
};

struct Options {
    QString cacheDir;
    bool verbose = false;
    std::optional<FindingKind> only;
};

class Bench {
public:
    explicit Bench(Options options)
        : m_options(std::move(options)) {}

    int run();

private:
    bool prepare();
    bool analyseAll();
    void judgeAll();
    void printSet() const;
    void printDetection();
    void printCleanFindings();
    void printLossy();
    void tallyLargestMove();
    void printTally() const;

    std::vector<int> referencesFor(int scenario, int track) const;
    std::vector<const TrackAnalysis*> referenceAnalyses(int scenario, int track) const;
    KindMask relevant(KindMask mask) const {
        return m_options.only ? mask & bit(*m_options.only) : mask;
    }
    QString trackPath(int track, const QString& suffix) const {
        return m_temp.filePath(
            QStringLiteral("%1-%2").arg(m_tracks[static_cast<std::size_t>(track)].id, suffix));
    }

    Options m_options;
    QTemporaryDir m_temp;
    std::vector<Track> m_tracks;
    std::vector<Defect> m_defects;
    std::vector<Signal> m_premaster;    ///< the clean tracks at -6 dBFS sample peak
    std::vector<double> m_releasedPeak; ///< each track's sample peak as released, dBFS
    std::vector<Job> m_jobs;
    std::vector<std::optional<TrackAnalysis>> m_analyses; ///< per job
    std::vector<QString> m_errors;

    std::vector<int> m_premasterJob, m_releasedJob;
    std::vector<std::vector<int>> m_encodedJob;             ///< [track][encoding]
    std::map<std::tuple<int, int, int>, int> m_degradedJob; ///< (track, defect, strength)

    // Clean tracks: findings per scenario, and at the released level alone.
    std::array<std::vector<std::vector<Finding>>, kScenarios> m_cleanFindings;
    std::vector<std::vector<Finding>> m_releasedFindings;
    // Per encoding: [track] findings with the clean mix and the encoded reference,
    // and with the encoded mix and the clean reference.
    std::vector<std::vector<std::vector<Finding>>> m_encodedAsReference, m_encodedAsMix;
    // Per degraded job: raised kinds per scenario.
    std::map<int, std::array<KindMask, kScenarios>> m_degradedRaised;

    // Thread time spent making (encoding, injecting, writing) and analysing, per JobKind.
    std::array<std::atomic<qint64>, 4> m_makeNs{}, m_analyseNs{};

    QStringList m_tally;
    double m_prepareS = 0.0, m_analyseS = 0.0, m_judgeS = 0.0;
};

std::vector<int> Bench::referencesFor(int scenario, int track) const {
    const int count = static_cast<int>(m_tracks.size());
    std::vector<int> references;
    switch (scenario) {
    case SameStyle:
        for (int other = 1; other < count; ++other) {
            const int candidate = (track + other) % count;
            if (m_tracks[static_cast<std::size_t>(candidate)].family ==
                m_tracks[static_cast<std::size_t>(track)].family) {
                references.push_back(candidate);
                break;
            }
        }
        break;
    case NextFour:
        for (int other = 1; other <= 4; ++other) {
            references.push_back((track + other) % count);
        }
        break;
    case CleanAndTwoOthers:
        for (int other = 1; other <= 2; ++other) {
            references.push_back((track + other) % count);
        }
        break;
    case MixedFour: {
        QStringList families{m_tracks[static_cast<std::size_t>(track)].family};
        for (int other = 1; other < count && references.size() < 4; ++other) {
            const int candidate = (track + other) % count;
            const QString& family = m_tracks[static_cast<std::size_t>(candidate)].family;
            if (!families.contains(family)) {
                families << family;
                references.push_back(candidate);
            }
        }
        break;
    }
    default:
        break;
    }
    return references;
}

std::vector<const TrackAnalysis*> Bench::referenceAnalyses(int scenario, int track) const {
    std::vector<const TrackAnalysis*> references;
    if (scenario == CleanReference || scenario == CleanAndTwoOthers) {
        references.push_back(&*m_analyses[static_cast<std::size_t>(
            m_premasterJob[static_cast<std::size_t>(track)])]);
    }
    for (const int other : referencesFor(scenario, track)) {
        references.push_back(&*m_analyses[static_cast<std::size_t>(
            m_premasterJob[static_cast<std::size_t>(other)])]);
    }
    return references;
}

bool Bench::prepare() {
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto tracks = readManifest(m_options.cacheDir, &error);
    if (!tracks) {
        std::fprintf(stderr, "bench_realmusic: %s\n", qPrintable(error));
        return false;
    }
    m_tracks = std::move(*tracks);
    if (!m_temp.isValid()) {
        std::fprintf(stderr, "bench_realmusic: no temporary folder: %s\n",
                     qPrintable(m_temp.errorString()));
        return false;
    }
    for (const Defect defect : allDefects()) {
        if (!m_options.only || expectedFinding(defect) == *m_options.only) {
            m_defects.push_back(defect);
        }
    }

    // Every clean track at a mix's level: a gain to -6 dBFS sample peak, as the
    // corpus's clean mixes; nothing else changes.
    std::vector<int> indices(m_tracks.size());
    std::iota(indices.begin(), indices.end(), 0);
    std::vector<QString> errors(m_tracks.size());
    m_premaster.resize(m_tracks.size());
    m_releasedPeak.resize(m_tracks.size());
    QtConcurrent::blockingMap(indices, [this, &errors](int track) {
        const auto index = static_cast<std::size_t>(track);
        QString fileError;
        auto signal = readWav(m_tracks[index].wavPath, &fileError);
        if (!signal) {
            errors[index] = fileError;
            return;
        }
        float peak = 0.0f;
        for (const float sample : signal->samples) {
            peak = std::max(peak, std::fabs(sample));
        }
        m_releasedPeak[index] = 20.0 * std::log10(peak);
        const auto gain = static_cast<float>(std::pow(10.0, kPremasterPeakDbfs / 20.0) / peak);
        for (float& sample : signal->samples) {
            sample *= gain;
        }
        if (!writeWav(trackPath(track, QStringLiteral("premaster.wav")), *signal,
                      WavWriter::SampleFormat::Float32, &fileError)) {
            errors[index] = fileError;
            return;
        }
        m_premaster[index] = std::move(*signal);
    });
    for (const QString& message : errors) {
        if (!message.isEmpty()) {
            std::fprintf(stderr, "bench_realmusic: %s\n", qPrintable(message));
            return false;
        }
    }

    const auto add = [this](Job job) {
        m_jobs.push_back(job);
        return static_cast<int>(m_jobs.size()) - 1;
    };
    m_encodedJob.resize(m_tracks.size());
    for (int track = 0; track < static_cast<int>(m_tracks.size()); ++track) {
        m_premasterJob.push_back(add({JobKind::Premaster, track}));
        m_releasedJob.push_back(add({JobKind::Released, track}));
        for (int encoding = 0; encoding < static_cast<int>(encodings().size()); ++encoding) {
            m_encodedJob[static_cast<std::size_t>(track)].push_back(
                add({JobKind::Encoded, track, encoding}));
        }
        for (const Defect defect : m_defects) {
            for (const DefectStrength strength : {DefectStrength::Strong, DefectStrength::Subtle}) {
                m_degradedJob[{track, static_cast<int>(defect), static_cast<int>(strength)}] =
                    add({JobKind::Degraded, track, 0, defect, strength});
            }
        }
    }
    m_prepareS = timer.elapsed() / 1000.0;
    return true;
}

bool Bench::analyseAll() {
    QElapsedTimer timer;
    timer.start();
    m_analyses.resize(m_jobs.size());
    std::vector<QString> errors(m_jobs.size());
    std::vector<int> indices(m_jobs.size());
    std::iota(indices.begin(), indices.end(), 0);
    std::atomic<int> done{0};
    const int total = static_cast<int>(m_jobs.size());
    QtConcurrent::blockingMap(indices, [&](int index) {
        const Job& job = m_jobs[static_cast<std::size_t>(index)];
        QElapsedTimer jobTimer;
        jobTimer.start();
        const auto track = static_cast<std::size_t>(job.track);
        const QString premaster = trackPath(job.track, QStringLiteral("premaster.wav"));
        QString path;
        bool remove = true;
        QString error;
        switch (job.kind) {
        case JobKind::Premaster:
            path = premaster;
            remove = false;
            break;
        case JobKind::Released:
            path = m_tracks[track].wavPath;
            remove = false;
            break;
        case JobKind::Encoded: {
            const Encoding& encoding = encodings()[static_cast<std::size_t>(job.encoding)];
            path = trackPath(job.track,
                             QStringLiteral("enc%1%2").arg(job.encoding).arg(encoding.suffix));
            if (!runFfmpeg(QStringList{QStringLiteral("-i"), premaster} + encoding.ffmpegArguments +
                               QStringList{path},
                           &error)) {
                errors[static_cast<std::size_t>(index)] = error;
                return;
            }
            break;
        }
        case JobKind::Degraded:
            path = m_temp.filePath(QStringLiteral("job%1.wav").arg(index));
            if (!writeWav(path, degradedFullMix(m_premaster[track], job.defect, job.strength),
                          WavWriter::SampleFormat::Float32, &error)) {
                errors[static_cast<std::size_t>(index)] = error;
                return;
            }
            break;
        }
        const qint64 madeNs = jobTimer.nsecsElapsed();
        auto result = TrackAnalyzer::analyze(path);
        m_makeNs[static_cast<std::size_t>(job.kind)] += madeNs;
        m_analyseNs[static_cast<std::size_t>(job.kind)] += jobTimer.nsecsElapsed() - madeNs;
        if (remove) {
            QFile::remove(path);
        }
        if (!result.ok()) {
            errors[static_cast<std::size_t>(index)] =
                QStringLiteral("%1: %2").arg(path, result.error().message);
            return;
        }
        m_analyses[static_cast<std::size_t>(index)] = std::move(result).value();
        const int finished = ++done;
        if (finished % 50 == 0 || finished == total) {
            std::fprintf(stderr, "analysed %d/%d\n", finished, total);
        }
    });
    bool ok = true;
    for (const QString& message : errors) {
        if (!message.isEmpty()) {
            std::fprintf(stderr, "bench_realmusic: %s\n", qPrintable(message));
            ok = false;
        }
    }
    m_analyseS = timer.elapsed() / 1000.0;
    return ok;
}

void Bench::judgeAll() {
    QElapsedTimer timer;
    timer.start();
    const int count = static_cast<int>(m_tracks.size());
    const auto analysis = [this](int job) -> const TrackAnalysis& {
        return *m_analyses[static_cast<std::size_t>(job)];
    };
    for (int scenario = 0; scenario < kScenarios; ++scenario) {
        auto& findings = m_cleanFindings[static_cast<std::size_t>(scenario)];
        for (int track = 0; track < count; ++track) {
            findings.push_back(judge(analysis(m_premasterJob[static_cast<std::size_t>(track)]),
                                     referenceAnalyses(scenario, track)));
        }
    }
    for (int track = 0; track < count; ++track) {
        m_releasedFindings.push_back(
            judge(analysis(m_releasedJob[static_cast<std::size_t>(track)]), {}));
    }
    m_encodedAsReference.resize(encodings().size());
    m_encodedAsMix.resize(encodings().size());
    for (std::size_t encoding = 0; encoding < encodings().size(); ++encoding) {
        for (int track = 0; track < count; ++track) {
            const TrackAnalysis& clean = analysis(m_premasterJob[static_cast<std::size_t>(track)]);
            const TrackAnalysis& encoded =
                analysis(m_encodedJob[static_cast<std::size_t>(track)][encoding]);
            m_encodedAsReference[encoding].push_back(judge(clean, {&encoded}));
            m_encodedAsMix[encoding].push_back(judge(encoded, {&clean}));
        }
    }

    std::vector<std::pair<int, int>> degraded; // (job, track)
    for (const auto& [key, job] : m_degradedJob) {
        degraded.emplace_back(job, std::get<0>(key));
    }
    const auto masks = QtConcurrent::blockingMapped<std::vector<std::array<KindMask, kScenarios>>>(
        degraded, [&](const std::pair<int, int>& item) {
            std::array<KindMask, kScenarios> raisedPerScenario{};
            for (int scenario = 0; scenario < kScenarios; ++scenario) {
                raisedPerScenario[static_cast<std::size_t>(scenario)] =
                    raised(judge(analysis(item.first), referenceAnalyses(scenario, item.second)));
            }
            return raisedPerScenario;
        });
    for (std::size_t i = 0; i < degraded.size(); ++i) {
        m_degradedRaised[degraded[i].first] = masks[i];
    }
    m_judgeS = timer.elapsed() / 1000.0;
}

void Bench::printSet() const {
    std::printf("## The set\n\n%zu tracks from %s (make-set.sh); each judged as the mix at "
                "a -6 dBFS sample peak (a gain only) unless a row says otherwise.\n\n",
                m_tracks.size(), qPrintable(m_options.cacheDir));
    std::printf("| # | track | style | family | package | licence | source "
                "|\n|---|---|---|---|---|---|---|\n");
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        const Track& track = m_tracks[i];
        std::printf("| %zu | %s | %s | %s | %s | %s | %s |\n", i + 1, qPrintable(track.id),
                    qPrintable(track.style), qPrintable(track.family), qPrintable(track.package),
                    qPrintable(track.licence), qPrintable(track.sourceCodec));
    }
    std::printf("\nReferences in (b): same style = the other track of its family; next 4 = the "
                "next four rows (wrapping); mixed = the first four after it of four other "
                "families.\n\n");
}

void Bench::printDetection() {
    std::printf("## Detection of injected problems\n\n"
                "Found / songs: the expected finding is raised (warning or problem) on the "
                "variant and not on the clean song in the same scenario. (+n): raised on the "
                "variant too, but already on the clean song, so not counted.\n\n");
    std::printf("| problem | strength | expected |");
    for (int scenario = 0; scenario < kScenarios; ++scenario) {
        std::printf(" %s |", qPrintable(scenarioName(scenario)));
    }
    std::printf(" also raised in (a), new on the variant |\n|---|---|---|");
    for (int scenario = 0; scenario < kScenarios; ++scenario) {
        std::printf("---|");
    }
    std::printf("---|\n");

    const int count = static_cast<int>(m_tracks.size());
    std::array<std::array<int, kScenarios>, 2> found{}; // [strength][scenario]
    int total[2] = {0, 0};
    int variantsWithOthers = 0; // variants raising another kind than expected in (a)
    QStringList misses;
    for (const Defect defect : m_defects) {
        const FindingKind expected = expectedFinding(defect);
        for (const DefectStrength strength : {DefectStrength::Strong, DefectStrength::Subtle}) {
            const int s = static_cast<int>(strength);
            std::array<int, kScenarios> hits{}, masked{};
            std::map<FindingKind, int> also;
            for (int track = 0; track < count; ++track) {
                const auto& masks =
                    m_degradedRaised[m_degradedJob[{track, static_cast<int>(defect), s}]];
                for (int scenario = 0; scenario < kScenarios; ++scenario) {
                    const KindMask clean =
                        raised(m_cleanFindings[static_cast<std::size_t>(scenario)]
                                              [static_cast<std::size_t>(track)]);
                    const KindMask variant = masks[static_cast<std::size_t>(scenario)];
                    if ((variant & bit(expected)) != 0) {
                        ((clean & bit(expected)) != 0 ? masked
                                                      : hits)[static_cast<std::size_t>(scenario)]++;
                    } else if (m_options.verbose) {
                        misses << QStringLiteral("- missed: %1 · %2 %3 · %4")
                                      .arg(m_tracks[static_cast<std::size_t>(track)].id,
                                           defectName(defect),
                                           strength == DefectStrength::Strong
                                               ? QStringLiteral("strong")
                                               : QStringLiteral("subtle"),
                                           scenarioName(scenario));
                    }
                    if (scenario == CleanReference) {
                        const KindMask extra = variant & ~clean & ~bit(expected);
                        variantsWithOthers += extra != 0 ? 1 : 0;
                        for (int kind = 0; kind < 32; ++kind) {
                            if ((extra & (KindMask{1} << kind)) != 0) {
                                ++also[static_cast<FindingKind>(kind)];
                            }
                        }
                    }
                }
            }
            total[s] += count;
            std::printf("| %s | %s | %s |", qPrintable(defectName(defect)),
                        strength == DefectStrength::Strong ? "strong" : "subtle",
                        qPrintable(findingKindId(expected)));
            for (int scenario = 0; scenario < kScenarios; ++scenario) {
                const auto index = static_cast<std::size_t>(scenario);
                found[static_cast<std::size_t>(s)][index] += hits[index];
                if (masked[index] > 0) {
                    std::printf(" %d/%d (+%d) |", hits[index], count, masked[index]);
                } else {
                    std::printf(" %d/%d |", hits[index], count);
                }
            }
            QStringList alsoText;
            for (const auto& [kind, n] : also) {
                alsoText << QStringLiteral("%1×%2").arg(findingKindId(kind)).arg(n);
            }
            std::printf(" %s |\n", qPrintable(alsoText.join(QStringLiteral(", "))));
        }
    }
    std::printf("\n");
    if (!misses.isEmpty()) {
        std::printf("### Misses\n\n%s\n\n", qPrintable(misses.join(QLatin1Char('\n'))));
    }
    for (int scenario = 0; scenario < kScenarios; ++scenario) {
        const auto index = static_cast<std::size_t>(scenario);
        m_tally << QStringLiteral("tally detection %1: strong %2/%3, subtle %4/%5")
                       .arg(scenarioName(scenario))
                       .arg(found[0][index])
                       .arg(total[0])
                       .arg(found[1][index])
                       .arg(total[1]);
    }
    m_tally << QStringLiteral("tally other kinds new on the variant in %1: %2 of %3 variants")
                   .arg(scenarioName(CleanReference))
                   .arg(variantsWithOthers)
                   .arg(total[0] + total[1]);
}

void Bench::printCleanFindings() {
    struct Column {
        QString name;
        const std::vector<std::vector<Finding>>* findings;
    };
    std::vector<Column> columns{
        {QStringLiteral("(c) alone"), &m_cleanFindings[NoReference]},
        {QStringLiteral("(c) alone, released level"), &m_releasedFindings},
        {QStringLiteral("(a) vs itself"), &m_cleanFindings[CleanReference]},
        {scenarioName(SameStyle), &m_cleanFindings[SameStyle]},
        {scenarioName(NextFour), &m_cleanFindings[NextFour]},
        {scenarioName(MixedFour), &m_cleanFindings[MixedFour]},
        {scenarioName(CleanAndTwoOthers), &m_cleanFindings[CleanAndTwoOthers]},
    };
    const int count = static_cast<int>(m_tracks.size());

    std::printf("## False alarms on the clean songs\n\n"
                "Findings at warning or problem on the clean tracks, songs raising each (of "
                "%d); in brackets, how many of them at problem. \"released level\" is the "
                "excerpt as released and decoded, not brought to -6 dBFS (sample peaks %+.1f "
                "to %+.1f dBFS; a decoded lossy file can go over full scale).\n\n",
                count, *std::min_element(m_releasedPeak.begin(), m_releasedPeak.end()),
                *std::max_element(m_releasedPeak.begin(), m_releasedPeak.end()));
    std::map<FindingKind, std::vector<std::pair<int, int>>>
        perKind; // kind → per column (all, problems)
    std::vector<std::pair<int, int>> totals(columns.size());
    std::vector<int> tracksWithAlarm(columns.size());
    for (std::size_t column = 0; column < columns.size(); ++column) {
        for (const auto& findings : *columns[column].findings) {
            bool any = false;
            for (const Finding& finding : findings) {
                if (!alarm(finding) || relevant(bit(finding.kind)) == 0) {
                    continue;
                }
                auto& cells = perKind[finding.kind];
                cells.resize(columns.size());
                ++cells[column].first;
                ++totals[column].first;
                if (finding.severity == FindingSeverity::Problem) {
                    ++cells[column].second;
                    ++totals[column].second;
                }
                any = true;
            }
            tracksWithAlarm[column] += any ? 1 : 0;
        }
    }
    std::printf("| finding |");
    for (const Column& column : columns) {
        std::printf(" %s |", qPrintable(column.name));
    }
    std::printf("\n|---|");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::printf("---|");
    }
    std::printf("\n");
    const auto cell = [](std::pair<int, int> value) {
        return value.first == 0 ? QStringLiteral("·")
                                : QStringLiteral("%1 (%2)").arg(value.first).arg(value.second);
    };
    for (const auto& [kind, cells] : perKind) {
        std::printf("| %s |", qPrintable(findingKindId(kind)));
        for (const auto& value : cells) {
            std::printf(" %s |", qPrintable(cell(value)));
        }
        std::printf("\n");
    }
    std::printf("| **all** |");
    for (std::size_t column = 0; column < columns.size(); ++column) {
        std::printf(" **%s** on %d songs |", qPrintable(cell(totals[column])),
                    tracksWithAlarm[column]);
        m_tally << QStringLiteral("tally false alarms %1: %2 (%3 problem) on %4/%5 songs")
                       .arg(columns[column].name)
                       .arg(totals[column].first)
                       .arg(totals[column].second)
                       .arg(tracksWithAlarm[column])
                       .arg(count);
    }
    for (const Column& column : columns) {
        int warnings = 0, problems = 0;
        for (const auto& findings : *column.findings) {
            for (const Finding& finding : findings) {
                if (alarm(finding) && tonal(finding.kind)) {
                    ++(finding.severity == FindingSeverity::Problem ? problems : warnings);
                }
            }
        }
        m_tally << QStringLiteral("tally tonal alarms on clean songs %1: %2 warnings, %3 problems")
                       .arg(column.name)
                       .arg(warnings)
                       .arg(problems);
    }
    std::printf("\n\n### Per song\n\n| track | style |");
    for (const Column& column : columns) {
        std::printf(" %s |", qPrintable(column.name));
    }
    std::printf("\n|---|---|");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::printf("---|");
    }
    std::printf("\n");
    QStringList evidence;
    for (int track = 0; track < count; ++track) {
        const Track& info = m_tracks[static_cast<std::size_t>(track)];
        std::printf("| %s | %s |", qPrintable(info.id), qPrintable(info.style));
        for (const Column& column : columns) {
            QStringList ids;
            for (const Finding& finding : (*column.findings)[static_cast<std::size_t>(track)]) {
                if (alarm(finding) && relevant(bit(finding.kind)) != 0) {
                    ids << QStringLiteral("%1:%2").arg(findingKindId(finding.kind),
                                                       severityLetter(finding.severity));
                    evidence << QStringLiteral("- %1 · %2 · %3 (%4): %5")
                                    .arg(info.id, column.name, findingKindId(finding.kind),
                                         findingSeverityId(finding.severity), finding.evidence);
                }
            }
            std::printf(" %s |", qPrintable(ids.isEmpty() ? QStringLiteral("·")
                                                          : ids.join(QStringLiteral(", "))));
        }
        std::printf("\n");
    }
    std::printf("\nW: warning, P: problem.\n\n");
    if (m_options.verbose && !evidence.isEmpty()) {
        std::printf("### Every false alarm on the clean songs, with its evidence\n\n%s\n\n",
                    qPrintable(evidence.join(QLatin1Char('\n'))));
    }
}

void Bench::printLossy() {
    const int count = static_cast<int>(m_tracks.size());
    std::printf("## Lossy encodings of the same song\n\n"
                "Each clean song (at -6 dBFS peak) encoded with ffmpeg and judged against "
                "itself: the encoding as the only reference, and the encoding as the mix with "
                "the clean song as reference. Every finding raised, with its severity and on "
                "how many songs (of %d). lossy_export on an encoded mix is true and expected; "
                "it is left out of the tally. \"new\" counts the alarms (warning or problem) "
                "that the song does not raise against itself in (a), i.e. the ones the "
                "encoding causes; in brackets, how many of them at problem.\n\n",
                count);
    std::printf("| encoding | mix | reference | findings (songs) | new |\n|---|---|---|---|---|\n");
    QStringList evidence;
    for (std::size_t encoding = 0; encoding < encodings().size(); ++encoding) {
        for (const bool encodedIsMix : {false, true}) {
            const auto& all =
                encodedIsMix ? m_encodedAsMix[encoding] : m_encodedAsReference[encoding];
            std::map<std::pair<FindingKind, FindingSeverity>, int> counts;
            int alarms = 0, problems = 0, alreadyAlarms = 0, tonalFindings = 0;
            for (int track = 0; track < count; ++track) {
                const KindMask own =
                    raised(m_cleanFindings[CleanReference][static_cast<std::size_t>(track)]);
                for (const Finding& finding : all[static_cast<std::size_t>(track)]) {
                    if (relevant(bit(finding.kind)) == 0) {
                        continue;
                    }
                    ++counts[{finding.kind, finding.severity}];
                    tonalFindings += tonal(finding.kind) ? 1 : 0;
                    const bool expected = encodedIsMix && finding.kind == FindingKind::LossyExport;
                    if (alarm(finding) && !expected && (own & bit(finding.kind)) != 0) {
                        ++alreadyAlarms;
                    } else if (alarm(finding) && !expected) {
                        ++alarms;
                        problems += finding.severity == FindingSeverity::Problem ? 1 : 0;
                        evidence << QStringLiteral("- %1 · %2 as %3 · %4 (%5): %6")
                                        .arg(m_tracks[static_cast<std::size_t>(track)].id,
                                             encodings()[encoding].name,
                                             encodedIsMix ? QStringLiteral("mix")
                                                          : QStringLiteral("reference"),
                                             findingKindId(finding.kind),
                                             findingSeverityId(finding.severity), finding.evidence);
                    }
                }
            }
            QStringList text;
            for (const auto& [key, n] : counts) {
                text << QStringLiteral("%1 (%2) ×%3")
                            .arg(findingKindId(key.first), findingSeverityId(key.second))
                            .arg(n);
            }
            const QString name = encodings()[encoding].name;
            std::printf("| %s | %s | %s | %s | %d (%d) |\n", qPrintable(name),
                        encodedIsMix ? qPrintable(name) : "clean",
                        encodedIsMix ? "clean" : qPrintable(name),
                        qPrintable(text.isEmpty() ? QStringLiteral("none")
                                                  : text.join(QStringLiteral(", "))),
                        alarms, problems);
            m_tally << QStringLiteral("tally false alarms lossy %1 as %2: %3 new (%4 problem); "
                                      "%5 more the song raises against itself; tonal findings "
                                      "at any severity: %6")
                           .arg(name,
                                encodedIsMix ? QStringLiteral("mix") : QStringLiteral("reference"))
                           .arg(alarms)
                           .arg(problems)
                           .arg(alreadyAlarms)
                           .arg(tonalFindings);
        }
    }
    std::printf("\n");
    if (m_options.verbose && !evidence.isEmpty()) {
        std::printf("### Every new alarm on the lossy pairs, with its evidence\n\n%s\n\n",
                    qPrintable(evidence.join(QLatin1Char('\n'))));
    }
}

void Bench::tallyLargestMove() {
    int largest = 0, findings = 0;
    const auto visit = [&](const std::vector<std::vector<Finding>>& all) {
        for (const auto& list : all) {
            for (const Finding& finding : list) {
                largest = std::max(largest, suggestedMoveDb(finding));
                ++findings;
            }
        }
    };
    for (const auto& scenario : m_cleanFindings) {
        visit(scenario);
    }
    visit(m_releasedFindings);
    for (std::size_t encoding = 0; encoding < encodings().size(); ++encoding) {
        visit(m_encodedAsReference[encoding]);
        visit(m_encodedAsMix[encoding]);
    }
    m_tally << QStringLiteral("tally largest suggested move: %1 dB over %2 findings on the clean "
                              "and encoded songs")
                   .arg(largest)
                   .arg(findings);
}

void Bench::printTally() const {
    std::printf("## Tally\n\n```\n%s\n", qPrintable(m_tally.join(QLatin1Char('\n'))));
    std::printf(
        "tally run: %zu songs, %zu analyses; read %.1f s, analyse %.1f s, judge %.1f s\n```\n",
        m_tracks.size(), m_jobs.size(), m_prepareS, m_analyseS, m_judgeS);
    const std::array<const char*, 4> kinds{"clean", "released level", "lossy", "injected"};
    std::printf("\nThread time, seconds over all threads: ");
    for (std::size_t kind = 0; kind < kinds.size(); ++kind) {
        std::printf("%s%s: making %.1f, analysing %.1f", kind == 0 ? "" : "; ", kinds[kind],
                    static_cast<double>(m_makeNs[kind]) / 1e9,
                    static_cast<double>(m_analyseNs[kind]) / 1e9);
    }
    std::printf(".\n");
}

int Bench::run() {
    QElapsedTimer timer;
    timer.start();
    if (!prepare() || !analyseAll()) {
        return 1;
    }
    judgeAll();
    printSet();
    if (!m_defects.empty()) {
        printDetection();
    }
    printCleanFindings();
    printLossy();
    tallyLargestMove();
    printTally();
    std::printf("\nRun time: %.1f s on %d threads.\n", timer.elapsed() / 1000.0,
                QThreadPool::globalInstance()->maxThreadCount());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the diagnosis on the real-music set of tests/bench/realmusic/make-set.sh."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("cache"),
        QStringLiteral("the set's folder (default ~/.cache/mixscope-realmusic)"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QStringLiteral("list every false alarm with its evidence, and every miss"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("only this finding kind (e.g. mud)"),
                                  QStringLiteral("KIND"));
    parser.addOption(verbose);
    parser.addOption(only);
    parser.process(app);

    Options options;
    options.cacheDir = parser.positionalArguments().value(
        0, QDir::home().filePath(QStringLiteral(".cache/mixscope-realmusic")));
    options.verbose = parser.isSet(verbose);
    if (parser.isSet(only)) {
        options.only = findingKindFromId(parser.value(only));
        if (!options.only) {
            std::fprintf(stderr, "bench_realmusic: unknown finding kind %s\n",
                         qPrintable(parser.value(only)));
            return 2;
        }
    }
    return Bench(std::move(options)).run();
}
