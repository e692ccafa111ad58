#include "core/io/tagreader.h"
#include "tests/support/testsignals.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace mixscope;
using namespace mixscope::test;

namespace {

enum class NonAudio { Text, Png, RandomBytes, BareId3Header, EmptyFile, Directory, MissingPath };

QStringList words(const char* arguments) {
    return QString::fromLatin1(arguments).split(QLatin1Char(' '));
}

// ffmpeg arguments that write title, artist and album tags.
QStringList metadata(const QString& title, const QString& artist, const QString& album) {
    return {QStringLiteral("-metadata"), QStringLiteral("title=") + title,
            QStringLiteral("-metadata"), QStringLiteral("artist=") + artist,
            QStringLiteral("-metadata"), QStringLiteral("album=") + album};
}

} // namespace

Q_DECLARE_METATYPE(NonAudio)

class TestTagReader : public QObject {
    Q_OBJECT

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_wavPath; // 1 s of music-like material, 24-bit WAV without tags
    QString m_pngPath; // a 16 x 16 PNG

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_wavPath = path(QStringLiteral("source.wav"));
        m_pngPath = path(QStringLiteral("cover.png"));
        QString error;
        QVERIFY2(writeWav(m_wavPath, musicLike(1.0), WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
        QVERIFY2(runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("testsrc=s=16x16"), QStringLiteral("-frames:v"),
                            QStringLiteral("1"), m_pngPath},
                           &error),
                 qPrintable(error));
    }

    void readsTitleArtistAndAlbum_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("encoderArguments");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("artist");
        QTest::addColumn<QString>("album");

        struct Container {
            const char* name;
            const char* fileName;
            const char* arguments;
        };
        const Container containers[] = {
            {"MP3 (ID3v2.4)", "tagged.mp3", "-c:a libmp3lame -id3v2_version 4"},
            {"MP3 (ID3v2.3)", "tagged.mp3", "-c:a libmp3lame -id3v2_version 3"},
            {"FLAC (Vorbis comment)", "tagged.flac", "-c:a flac"},
            {"M4A (AAC)", "tagged.m4a", "-c:a aac"},
            {"M4A (ALAC)", "tagged.m4a", "-c:a alac"},
            {"Ogg Vorbis", "tagged.ogg", "-c:a libvorbis"},
            {"Opus", "tagged.opus", "-c:a libopus"},
        };
        for (const Container& container : containers) {
            QTest::addRow("%s, ASCII", container.name)
                << QString::fromLatin1(container.fileName) << words(container.arguments)
                << QStringLiteral("Final Mix v3") << QStringLiteral("The Engineers")
                << QStringLiteral("Reference Album");
            QTest::addRow("%s, non-ASCII", container.name)
                << QString::fromLatin1(container.fileName) << words(container.arguments)
                << QStringLiteral("Mischung – Ä ö ß 日本語") << QStringLiteral("Björk & Sigur Rós")
                << QStringLiteral("Ελληνικά · Кириллица · 🎧");
        }
    }

    void readsTitleArtistAndAlbum() {
        QFETCH(QString, fileName);
        QFETCH(QStringList, encoderArguments);
        QFETCH(QString, title);
        QFETCH(QString, artist);
        QFETCH(QString, album);

        const QString tagged = path(fileName);
        QString error;
        QVERIFY2(runFfmpeg(QStringList{QStringLiteral("-i"), m_wavPath} + encoderArguments +
                               metadata(title, artist, album) + QStringList{tagged},
                           &error),
                 qPrintable(error));
        const QByteArray hashBefore = sha256Of(tagged);

        const TrackTags tags = TagReader::read(tagged);
        QCOMPARE(tags.title, title);
        QCOMPARE(tags.artist, artist);
        QCOMPARE(tags.album, album);
        QVERIFY(tags.coverArt.isEmpty());
        QVERIFY(tags.bitrateKbps.value_or(0) > 0);
        QCOMPARE(sha256Of(tagged), hashBefore);
    }

    void readsEmbeddedCoverArt_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("encoderArguments");

        QTest::newRow("MP3 (ID3v2.3 APIC)")
            << "cover.mp3" << words("-c:a libmp3lame -id3v2_version 3");
        QTest::newRow("MP3 (ID3v2.4 APIC)")
            << "cover.mp3" << words("-c:a libmp3lame -id3v2_version 4");
        QTest::newRow("FLAC (PICTURE block)") << "cover.flac" << words("-c:a flac");
        QTest::newRow("M4A (covr atom)") << "cover.m4a" << words("-c:a aac");
    }

    void readsEmbeddedCoverArt() {
        QFETCH(QString, fileName);
        QFETCH(QStringList, encoderArguments);

        const QString withCover = path(fileName);
        QString error;
        // -c:v copy keeps the PNG's bytes, so the tag must hand back exactly them.
        QVERIFY2(runFfmpeg(
                     QStringList{QStringLiteral("-i"), m_wavPath, QStringLiteral("-i"), m_pngPath} +
                         words("-map 0 -map 1 -c:v copy -disposition:v attached_pic") +
                         encoderArguments +
                         metadata(QStringLiteral("With Cover"), QString(), QString()) +
                         QStringList{withCover},
                     &error),
                 qPrintable(error));

        const TrackTags tags = TagReader::read(withCover);
        QCOMPARE(tags.title, QStringLiteral("With Cover"));
        QCOMPARE(tags.coverArtMimeType, QStringLiteral("image/png"));
        QVERIFY(tags.coverArt.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(tags.coverArt, readBytes(m_pngPath));
    }

    void untaggedFileGivesEmptyFields_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("encoderArguments"); // none: the WAV as written

        QTest::newRow("WAV") << "source.wav" << QStringList();
        QTest::newRow("MP3") << "plain.mp3" << words("-c:a libmp3lame");
        QTest::newRow("FLAC") << "plain.flac" << words("-c:a flac");
        QTest::newRow("M4A") << "plain.m4a" << words("-c:a aac");
        QTest::newRow("Ogg Vorbis") << "plain.ogg" << words("-c:a libvorbis");
    }

    void untaggedFileGivesEmptyFields() {
        QFETCH(QString, fileName);
        QFETCH(QStringList, encoderArguments);

        const QString plain = path(fileName);
        if (!encoderArguments.isEmpty()) {
            QString error;
            QVERIFY2(runFfmpeg(QStringList{QStringLiteral("-i"), m_wavPath} + encoderArguments +
                                   words("-map_metadata -1 -fflags +bitexact") + QStringList{plain},
                               &error),
                     qPrintable(error));
        }

        const TrackTags tags = TagReader::read(plain);
        QVERIFY2(tags.title.isEmpty(), qPrintable(tags.title));
        QVERIFY2(tags.artist.isEmpty(), qPrintable(tags.artist));
        QVERIFY2(tags.album.isEmpty(), qPrintable(tags.album));
        QVERIFY(tags.coverArt.isEmpty());
        QVERIFY(tags.coverArtMimeType.isEmpty());
    }

    void nonAudioInputGivesEmptyFields_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<NonAudio>("input");

        // Audio file names, so that TagLib picks a parser and has to reject the content.
        QTest::newRow("text named .mp3") << "text.mp3" << NonAudio::Text;
        QTest::newRow("PNG named .flac") << "image.flac" << NonAudio::Png;
        QTest::newRow("random bytes named .m4a") << "random.m4a" << NonAudio::RandomBytes;
        QTest::newRow("bare ID3 header named .mp3") << "id3.mp3" << NonAudio::BareId3Header;
        QTest::newRow("empty file named .ogg") << "empty.ogg" << NonAudio::EmptyFile;
        QTest::newRow("directory named .wav") << "folder.wav" << NonAudio::Directory;
        QTest::newRow("path that does not exist") << "missing.opus" << NonAudio::MissingPath;
    }

    void nonAudioInputGivesEmptyFields() {
        QFETCH(QString, fileName);
        QFETCH(NonAudio, input);

        const QString inputPath = path(fileName);
        switch (input) {
        case NonAudio::Text:
            QVERIFY(writeBytes(inputPath, "Chorus: the kick needs more punch.\n"));
            break;
        case NonAudio::Png:
            QVERIFY(writeBytes(inputPath, readBytes(m_pngPath)));
            break;
        case NonAudio::RandomBytes: {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            std::uint32_t state = 12345;
            for (char& byte : bytes) {
                state = state * 1664525u + 1013904223u;
                byte = static_cast<char>(state >> 24);
            }
            QVERIFY(writeBytes(inputPath, bytes));
            break;
        }
        case NonAudio::BareId3Header:
            QVERIFY(writeBytes(inputPath, QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10)));
            break;
        case NonAudio::EmptyFile:
            QVERIFY(writeBytes(inputPath, {}));
            break;
        case NonAudio::Directory:
            QVERIFY(QDir(m_dir.path()).mkpath(fileName));
            break;
        case NonAudio::MissingPath:
            break;
        }

        const TrackTags tags = TagReader::read(inputPath);
        QVERIFY(tags.title.isEmpty());
        QVERIFY(tags.artist.isEmpty());
        QVERIFY(tags.album.isEmpty());
        QVERIFY(tags.coverArt.isEmpty());
        QVERIFY(tags.coverArtMimeType.isEmpty());
        QVERIFY(!tags.bitDepth);
    }

    void readsBitDepthFromTheFileHeader_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("encoderArguments");
        QTest::addColumn<int>("expectedBitDepth"); // 0: none

        QTest::newRow("WAV 24-bit") << "source.wav" << QStringList() << 24;
        QTest::newRow("WAV 16-bit") << "16.wav" << words("-c:a pcm_s16le") << 16;
        QTest::newRow("AIFF 24-bit") << "24.aiff" << words("-c:a pcm_s24be") << 24;
        QTest::newRow("FLAC 16-bit") << "16.flac" << words("-c:a flac -sample_fmt s16") << 16;
        QTest::newRow("FLAC 24-bit") << "24.flac" << words("-c:a flac -sample_fmt s32") << 24;
        QTest::newRow("ALAC 24-bit") << "24.m4a" << words("-c:a alac -sample_fmt s32p") << 24;
        QTest::newRow("AAC") << "lossy.m4a" << words("-c:a aac") << 0;
        QTest::newRow("MP3") << "lossy.mp3" << words("-c:a libmp3lame") << 0;
    }

    void readsBitDepthFromTheFileHeader() {
        QFETCH(QString, fileName);
        QFETCH(QStringList, encoderArguments);
        QFETCH(int, expectedBitDepth);

        const QString encoded = path(fileName);
        if (!encoderArguments.isEmpty()) {
            QString error;
            QVERIFY2(runFfmpeg(QStringList{QStringLiteral("-i"), m_wavPath} + encoderArguments +
                                   QStringList{encoded},
                               &error),
                     qPrintable(error));
        }

        QCOMPARE(TagReader::read(encoded).bitDepth.value_or(0), expectedBitDepth);
    }
};

QTEST_GUILESS_MAIN(TestTagReader)
#include "tst_tagreader.moc"
