// `mixscope profile create` and `show` as a user runs them: a folder of
// references (one in a subfolder, one with a non-ASCII name, one that is not
// audio) becomes a profile; the bad file is named and left out; an existing
// profile is never overwritten unless added to; a damaged one is refused
// with one line.

#include "core/profile/referenceprofile.h"
#include "tests/support/commandrun.h"
#include "tests/support/testsignals.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mixscope;
using test::Run;
using test::runMixscope;

class ProfileCommandTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray contents(const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariable("MIXSCOPE_BINARY").isEmpty(),
                 "MIXSCOPE_BINARY must name the mixscope executable (CTest sets it)");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("refs/older")));
        QVERIFY(test::writeWav(path(QStringLiteral("refs/one.wav")), test::musicLike(8.0, 44100)));
        QVERIFY(test::writeWav(path(QStringLiteral("refs/older/two.wav")),
                               test::musicLike(9.0, 48000)));
        QVERIFY(test::writeWav(
            path(QStringLiteral("refs/Über – drei.wav")),
            test::mix(test::musicLike(7.0, 44100), test::sine(3000.0, -24.0, 7.0, 44100))));
        QVERIFY(test::writeBytes(path(QStringLiteral("refs/notes.wav")), "not audio at all"));
        QVERIFY(
            test::writeWav(path(QStringLiteral("four.wav")), test::whiteNoise(-20.0, 6.0, 44100)));
    }

    void aFolderBecomesAProfileAndTheBadFileIsNamed() {
        const QString profile = path(QStringLiteral("refs.mixprofile.json"));
        const Run run = runMixscope({QStringLiteral("profile"), QStringLiteral("create"),
                                     QStringLiteral("My refs"), path(QStringLiteral("refs")),
                                     QStringLiteral("-o"), profile});
        QCOMPARE(run.exitCode, 1); // a file could not be used
        QVERIFY2(run.err.contains(QStringLiteral("notes.wav: this is not an audio file")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.out.contains("Profile “My refs”: 3 tracks"), run.out.constData());
        const Result<ReferenceProfile> read = ReferenceProfile::read(profile);
        QVERIFY(read.ok());
        QCOMPARE(read.value().tracks.size(), std::size_t(3));

        const Run show = runMixscope({QStringLiteral("profile"), QStringLiteral("show"), profile});
        QCOMPARE(show.exitCode, 0);
        const QString text = QString::fromUtf8(show.out);
        for (const QString& title :
             {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("Über – drei")}) {
            QVERIFY2(text.contains(title), qPrintable(text));
        }
        QVERIFY2(text.contains(QStringLiteral("Loudness")) && text.contains(QStringLiteral("LUFS")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1.0 kHz")), qPrintable(text));
    }

    void anExistingProfileIsOnlyAddedTo() {
        const QString profile = path(QStringLiteral("refs.mixprofile.json"));
        const QByteArray before = contents(profile);
        QVERIFY(!before.isEmpty());
        const Run again = runMixscope({QStringLiteral("profile"), QStringLiteral("create"),
                                       QStringLiteral("Other"), path(QStringLiteral("four.wav")),
                                       QStringLiteral("-o"), profile});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
        QCOMPARE(contents(profile), before);

        const Run add = runMixscope({QStringLiteral("profile"), QStringLiteral("create"),
                                     QStringLiteral("My refs"), path(QStringLiteral("four.wav")),
                                     path(QStringLiteral("refs/one.wav")), QStringLiteral("-o"),
                                     profile, QStringLiteral("--add")});
        QCOMPARE(add.exitCode, 0);
        QVERIFY2(add.err.contains(QStringLiteral("one.wav: the same recording is in the profile")),
                 qPrintable(add.err));
        QVERIFY2(add.out.contains("4 tracks") && add.out.contains("1 track added"),
                 add.out.constData());
        QCOMPARE(ReferenceProfile::read(profile).value().tracks.size(), std::size_t(4));
    }

    void aDamagedProfileIsRefusedInOneLine() {
        const QString damaged = path(QStringLiteral("damaged.mixprofile.json"));
        QVERIFY(test::writeBytes(damaged,
                                 contents(path(QStringLiteral("refs.mixprofile.json"))).left(900)));
        const Run show = runMixscope({QStringLiteral("profile"), QStringLiteral("show"), damaged});
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.startsWith(QStringLiteral("mixscope: ") + damaged + QLatin1String(": ")),
                 qPrintable(show.err));
        QCOMPARE(show.err.count(QLatin1Char('\n')), 1);
        QVERIFY(show.out.isEmpty());
        const Run add = runMixscope({QStringLiteral("profile"), QStringLiteral("create"),
                                     QStringLiteral("X"), path(QStringLiteral("four.wav")),
                                     QStringLiteral("-o"), damaged, QStringLiteral("--add")});
        QCOMPARE(add.exitCode, 2);
        QVERIFY2(add.err.contains(QStringLiteral("cannot add to this profile")),
                 qPrintable(add.err));
    }

    // The same report (findings and comparison) against the profile as
    // against its files, after the files are gone.
    void aMixIsJudgedAgainstAProfileAsAgainstItsFiles() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("set")));
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const QString file = path(QStringLiteral("set/%1.wav").arg(QChar(u'a' + i)));
            QVERIFY(test::writeWav(
                file, test::mix(test::musicLike(8.0 + i, 44100),
                                test::sine(6000.0 + 2000.0 * i, -30.0, 8.0 + i, 44100))));
            files << file;
        }
        const QString mix = path(QStringLiteral("muddy mix.wav"));
        QVERIFY(test::writeWav(
            mix, test::mix(test::musicLike(10.0, 44100), test::sine(250.0, -14.0, 10.0, 44100))));
        QStringList direct{QStringLiteral("analyze"), mix, QStringLiteral("--json"),
                           QStringLiteral("-"), QStringLiteral("--quiet")};
        for (const QString& file : std::as_const(files)) {
            direct << QStringLiteral("--ref") << file;
        }
        const Run withFiles = runMixscope(direct);
        QCOMPARE(withFiles.exitCode, 0);
        const QString profile = path(QStringLiteral("set.mixprofile.json"));
        const Run made = runMixscope({QStringLiteral("profile"), QStringLiteral("create"),
                                      QStringLiteral("Set"), path(QStringLiteral("set")),
                                      QStringLiteral("-o"), profile, QStringLiteral("--quiet")});
        QCOMPARE(made.exitCode, 0);
        for (const QString& file : std::as_const(files)) {
            QVERIFY(QFile::remove(file));
        }
        const Run withProfile =
            runMixscope({QStringLiteral("analyze"), mix, QStringLiteral("--profile"), profile,
                         QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(withProfile.exitCode, 0);
        QVERIFY2(withProfile.err.isEmpty(), qPrintable(withProfile.err));
        const QJsonObject a = QJsonDocument::fromJson(withFiles.out).object();
        const QJsonObject b = QJsonDocument::fromJson(withProfile.out).object();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(b.value(QStringLiteral("findings")), a.value(QStringLiteral("findings")));
        QCOMPARE(b.value(QStringLiteral("comparison")), a.value(QStringLiteral("comparison")));
        const QJsonArray tracks = b.value(QStringLiteral("tracks")).toArray();
        QCOMPARE(tracks.size(), 4);
        QVERIFY(!tracks[0].toObject().contains(QStringLiteral("profile")));
        for (int i = 1; i < 4; ++i) {
            const QJsonObject track = tracks[i].toObject();
            QCOMPARE(track.value(QStringLiteral("profile")).toString(), QStringLiteral("Set"));
            QCOMPARE(track.value(QStringLiteral("path")).toString(), files[i - 1]);
        }
        qInfo("%d findings and the comparison identical against the profile and its files",
              static_cast<int>(b.value(QStringLiteral("findings")).toArray().size()));

        // A damaged profile is named; the mix is still reported.
        const QString damaged = path(QStringLiteral("cut.mixprofile.json"));
        QVERIFY(test::writeBytes(damaged, contents(profile).left(500)));
        const Run bad =
            runMixscope({QStringLiteral("analyze"), mix, QStringLiteral("--profile"), damaged,
                         QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.startsWith(QStringLiteral("mixscope: ") + damaged), qPrintable(bad.err));
        QCOMPARE(QJsonDocument::fromJson(bad.out)
                     .object()
                     .value(QStringLiteral("tracks"))
                     .toArray()
                     .size(),
                 1);
    }

    // With several profiles, the first one's tracks are the references and
    // every profile is ranked, in the report and in the summary.
    void severalProfilesAreRanked() {
        const QString mix = path(QStringLiteral("muddy mix.wav"));
        const QString set = path(QStringLiteral("set.mixprofile.json"));
        const QString refs = path(QStringLiteral("refs.mixprofile.json"));
        const QString json = path(QStringLiteral("ranked.json"));
        const Run run =
            runMixscope({QStringLiteral("analyze"), mix, QStringLiteral("--profile"), set,
                         QStringLiteral("--profile"), refs, QStringLiteral("--json"), json});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(contents(json)).object();
        const QJsonArray tracks = report.value(QStringLiteral("tracks")).toArray();
        QCOMPARE(tracks.size(), 4); // the mix and Set's three
        for (int i = 1; i < tracks.size(); ++i) {
            QCOMPARE(tracks[i].toObject().value(QStringLiteral("profile")).toString(),
                     QStringLiteral("Set"));
        }
        const QJsonArray ranked = report.value(QStringLiteral("closest_profiles")).toArray();
        QCOMPARE(ranked.size(), 2);
        QStringList names;
        for (const QJsonValue& value : ranked) {
            const QJsonObject profile = value.toObject();
            names << profile.value(QStringLiteral("name")).toString();
            QVERIFY(profile.value(QStringLiteral("distance")).toDouble() > 0.0);
            QVERIFY(profile.value(QStringLiteral("tonal_balance")).isDouble());
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("My refs"), QStringLiteral("Set")}));
        QVERIFY(ranked[0].toObject().value(QStringLiteral("score")).toDouble() <=
                ranked[1].toObject().value(QStringLiteral("score")).toDouble());
        QCOMPARE(ranked[1].toObject().value(QStringLiteral("tracks")).toInt(),
                 ranked[1].toObject().value(QStringLiteral("name")).toString() ==
                         QStringLiteral("Set")
                     ? 3
                     : 4);
        const QString summary = QString::fromUtf8(run.out);
        const QString closest = ranked[0].toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(summary.contains(QStringLiteral("Most like your “%1” references").arg(closest)),
                 qPrintable(summary));
    }

    void usageMistakesSayWhatIsMissing_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("create or show");
        QTest::newRow("no output")
            << QStringList{QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("a.wav")}
            << QStringLiteral("-o FILE");
        QTest::newRow("no files") << QStringList{QStringLiteral("create"), QStringLiteral("X"),
                                                 QStringLiteral("-o"), QStringLiteral("p.json")}
                                  << QStringLiteral("at least one reference");
        QTest::newRow("unknown") << QStringList{QStringLiteral("make")}
                                 << QStringLiteral("unknown command");
    }

    void usageMistakesSayWhatIsMissing() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runMixscope(QStringList{QStringLiteral("profile")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(ProfileCommandTest)
#include "tst_profilecommand.moc"
