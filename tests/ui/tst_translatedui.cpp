#include "core/common/translations.h"
#include "core/session/session.h"
#include "tests/support/pdftext.h"
#include "tests/support/testsignals.h"
#include "tests/support/tsfile.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionfiles.h"
#include "ui/tracks/tracklistmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMultiHash>
#include <QMutex>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>

#include <algorithm>
#include <climits>

using namespace mixscope;

namespace {

constexpr int kAnalysisTimeoutMs = 60000;

// A test locale: every text that goes through a translator comes back with
// its vowels accented ("Open" → "Öpén"), outside HTML tags, entities and
// placeholders. A word still spelt with plain ASCII vowels on screen did not
// go through tr().
class AccentingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QString source = QString::fromUtf8(sourceText);
        const QString where = QString::fromUtf8(context);
        if (where.startsWith(QLatin1String("mixscope::")) || where == u"main") {
            const QMutexLocker lock(&m_mutex);
            m_asked.insert(where + u'|' + source);
        }
        return accented(source);
    }

    // Mixscope's texts the code asked for, as "context|source".
    QSet<QString> asked() const {
        const QMutexLocker lock(&m_mutex);
        return m_asked;
    }

    // Called from the analysis threads too: no shared state but constants.
    static QString accented(const QString& text) {
        const QString plain = QStringLiteral("aeiouyAEIOUY");
        const QString marked = QStringLiteral("áéíöüýÁÉÍÖÜÝ");
        QString result;
        result.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            // Copied as they are: tags with their attributes, entities
            // ("&amp;", not an accelerator's "&Open"), placeholders ("%L1").
            qsizetype keep = 0;
            if (text.at(i) == u'<') {
                keep = text.indexOf(u'>', i) - i + 1;
            } else if (text.at(i) == u'&') {
                const qsizetype semicolon = text.indexOf(u';', i);
                const QStringView name = QStringView(text).mid(i + 1, semicolon - i - 1);
                const bool entity =
                    semicolon > i + 1 && std::all_of(name.begin(), name.end(), [](QChar c) {
                        return c.isLetterOrNumber() || c == u'#';
                    });
                keep = entity ? semicolon - i + 1 : 0;
            } else if (text.at(i) == u'%') {
                qsizetype j = i + 1;
                j += j < text.size() && text.at(j) == u'L' ? 1 : 0;
                while (j < text.size() && (text.at(j).isDigit() || text.at(j) == u'n')) {
                    ++j;
                }
                keep = j - i;
            }
            if (keep > 0) {
                result += QStringView(text).mid(i, keep);
                i += keep - 1;
                continue;
            }
            const qsizetype index = plain.indexOf(text.at(i));
            result += index >= 0 ? marked.at(index) : text.at(i);
        }
        return result;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_asked;
};

// Collects every text a widget paints, the charts' and the custom-painted
// ones' included, by rendering it into a paint device that keeps the text
// items and draws nothing.
class TextCapture : public QPaintDevice {
public:
    explicit TextCapture(QSize size)
        : m_size(size) {}

    QPaintEngine* paintEngine() const override { return &m_engine; }
    const QStringList& texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures) {}
        QStringList texts;

        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawTiledPixmap(const QRectF&, const QPixmap&, const QPointF&) override {}
        void drawImage(const QRectF&, const QImage&, const QRectF&,
                       Qt::ImageConversionFlags) override {}
        void drawPath(const QPainterPath&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint*, int, PolygonDrawMode) override {}
        void drawRects(const QRectF*, int) override {}
        void drawRects(const QRect*, int) override {}
        void drawLines(const QLineF*, int) override {}
        void drawLines(const QLine*, int) override {}
        void drawEllipse(const QRectF&) override {}
        void drawEllipse(const QRect&) override {}
        void drawPoints(const QPointF*, int) override {}
        void drawPoints(const QPoint*, int) override {}
        void drawTextItem(const QPointF&, const QTextItem& item) override { texts << item.text(); }
        Type type() const override { return QPaintEngine::User; }
    };

    QSize m_size;
    mutable Engine m_engine;
};

QStringList paintedTexts(QWidget* widget) {
    TextCapture capture(widget->size());
    widget->render(&capture);
    return capture.texts();
}

// The texts of the menus and their actions, shown or not.
QStringList menuTexts(const QMenuBar* bar) {
    QStringList texts;
    std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
        for (const QAction* action : actions) {
            texts << action->text() << action->toolTip() << action->statusTip();
            if (action->menu() != nullptr) {
                walk(action->menu()->actions());
            }
        }
    };
    walk(bar->actions());
    return texts;
}

QStringList toolTips(const QWidget* root) {
    QStringList texts;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->toolTip().isEmpty()) {
            texts << QTextDocumentFragment::fromHtml(widget->toolTip()).toPlainText();
        }
    }
    return texts;
}

// Words of three letters or more spelt with plain ASCII vowels, which the
// accenting test locale would have marked: they did not go through tr().
// Names that are not the app's texts (file names, codec names) are allowed.
QStringList untranslatedWords(const QStringList& texts, const QStringList& allowed) {
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    static const QRegularExpression plainVowel(QStringLiteral("[aeiouyAEIOUY]"));
    QStringList found;
    for (const QString& text : texts) {
        for (const auto& match : word.globalMatch(text)) {
            const QString w = match.captured();
            const bool ascii =
                std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 128; });
            if (w.size() >= 3 && ascii && w.contains(plainVowel) &&
                !allowed.contains(w, Qt::CaseInsensitive)) {
                found << QStringLiteral("%1 (in \"%2\")").arg(w, text.simplified().left(80));
            }
        }
    }
    found.removeDuplicates();
    return found;
}

// English words no German, Spanish or French sentence has ("Peak-to-Loudness",
// a term German keeps, is one word).
QStringList englishWords(const QStringList& texts) {
    static const QRegularExpression english(
        QStringLiteral("(?<![\\w-])(the|and|with|your|than|from|this|are|is|of|to)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const QString& text : texts) {
        if (const auto match = english.match(text); match.hasMatch()) {
            found << QStringLiteral("%1 (in \"%2\")")
                         .arg(match.captured(), text.simplified().left(100));
        }
    }
    found.removeDuplicates();
    return found;
}

// Placeholders that were never filled in ("%1", "%L2", "%n").
QStringList unfilledPlaceholders(const QStringList& texts) {
    static const QRegularExpression placeholder(QStringLiteral("%L?([1-9]|n\\b)"));
    QStringList found;
    for (const QString& text : texts) {
        if (text.contains(placeholder)) {
            found << text.simplified().left(100);
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace

class TranslatedUiTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mix;
    QString m_reference;

    // Everything the window shows with the session analysed: every view, every
    // finding's details, the menus, the tooltips, the status bar, and the PDF
    // feedback sheet's text.
    void collectEverythingShown(QStringList& texts) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.files()->addPaths({m_mix, m_reference});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        QTRY_VERIFY(window.findingsModel()->rowCount() >= 2);
        texts << window.statusBar()->currentMessage();
        for (int view = 0; view < MainWindow::ViewCount; ++view) {
            window.setCurrentView(MainWindow::View(view));
            for (int row = 0; row < window.findingsModel()->rowCount(); ++row) {
                window.selectFinding(row);
                QCoreApplication::processEvents();
                texts << paintedTexts(&window);
            }
        }
        texts << menuTexts(window.menuBar()) << toolTips(&window);
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        if (window.files()->exportFeedbackSheet(pdf)) {
            const QString text = test::pdfText(pdf);
            QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) read nothing from the sheet");
            texts << text.split(QLatin1Char('\n'));
        } else {
            QFAIL("the feedback sheet could not be written");
        }
    }

    // A "language" row for each of `first`, then each translated language.
    static void addLanguageRows(const QStringList& first) {
        QTest::addColumn<QString>("language");
        for (const QString& language : first + Translations::available()) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A hot mix (clipped, with a DC offset) against the same music clean,
        // for findings of several kinds. Names without vowels: "Hxt" and "Cln".
        test::Signal hot = test::musicLike(8.0, 44100);
        for (float& sample : hot.samples) {
            sample = std::clamp(sample * 3.0f + 0.02f, -1.0f, 1.0f);
        }
        QString error;
        m_mix = m_dir.filePath(QStringLiteral("Hxt mx.wav"));
        m_reference = m_dir.filePath(QStringLiteral("Cln rf.flac.wav"));
        QVERIFY2(test::writeWav(m_mix, hot, WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
        QVERIFY2(test::writeWav(m_reference, test::musicLike(8.0, 44100),
                                WavWriter::SampleFormat::Int24, &error),
                 qPrintable(error));
    }

    void cleanup() {
        const QList<QTranslator*> translators = findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Translations::install(QStringLiteral("en"));
    }

    // Under the accenting test locale, no word on screen or in the sheet keeps
    // a plain vowel: every text the user sees went through a translator.
    void everyTextShownGoesThroughTheTranslations() {
        Translations::install(QStringLiteral("en"));
        auto* translator = new AccentingTranslator;
        translator->setParent(this);
        QCoreApplication::installTranslator(translator);
        QCOMPARE(QCoreApplication::translate("mixscope::FindingSeverity", "Problem"),
                 QStringLiteral("Pröblém"));

        QStringList texts;
        collectEverythingShown(texts);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(texts.size() > 100);
        // Not the app's texts to translate: file and format names, units, the
        // languages' own names in View → Language, and the date, which
        // QLocale spells.
        QStringList allowed{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("PCM"),
                            QStringLiteral("Mixscope"), QStringLiteral("LUFS")};
        const QStringList languages = Translations::available() << QStringLiteral("en");
        for (const QString& language : languages) {
            allowed << Translations::nativeName(language);
        }
        allowed << QLocale()
                       .toString(QDate::currentDate(), QLocale::LongFormat)
                       .split(QRegularExpression(QStringLiteral("\\W+")));
        const QStringList words = untranslatedWords(texts, allowed);
        QVERIFY2(words.isEmpty(),
                 qPrintable(QStringLiteral("%1 word(s) shown without going through tr():\n  %2")
                                .arg(words.size())
                                .arg(words.mid(0, 40).join(QLatin1String("\n  ")))));
        const QStringList unfilled = unfilledPlaceholders(texts);
        QVERIFY2(unfilled.isEmpty(), qPrintable(unfilled.join(QLatin1Char('\n'))));

        // Every text the code asked for is in the translations under the same
        // context: one filed elsewhere by lupdate would stay English.
        QString error;
        const auto messages =
            test::readTsFile(QStringLiteral(MIXSCOPE_TRANSLATIONS_DIR "/mixscope_de.ts"), &error);
        QVERIFY2(messages, qPrintable(error));
        QSet<QString> known;
        for (const test::TsMessage& message : *messages) {
            known.insert(message.context + u'|' + message.source);
        }
        QStringList missing;
        for (const QString& asked : translator->asked()) {
            if (!known.contains(asked)) {
                missing << asked;
            }
        }
        QVERIFY(translator->asked().size() > 100);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("asked for but not in the translations:\n  ") +
                            missing.join(QLatin1String("\n  "))));
    }

    void accessKeysAreUniqueInEachLanguage_data() { addLanguageRows({QStringLiteral("en")}); }

    // On every tab, Alt+letter reaches one thing: a menu, a tab, or a control
    // or labelled field shown there.
    void accessKeysAreUniqueInEachLanguage() {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        // The views show once there is a session; before, a drop hint does.
        window.files()->addPaths({m_mix, m_reference});
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), kAnalysisTimeoutMs);
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs != nullptr && tabs->isVisibleTo(&window));
        QVERIFY(tabs != nullptr);
        for (int view = 0; view < MainWindow::ViewCount; ++view) {
            window.setCurrentView(MainWindow::View(view));
            QMultiHash<QKeySequence, QString> owners;
            const auto add = [&](const QString& text) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (!key.isEmpty()) {
                    owners.insert(key, text);
                }
            };
            const QList<QAction*> menus = window.menuBar()->actions();
            for (const QAction* menu : menus) {
                add(menu->text());
            }
            for (int tab = 0; tab < tabs->count(); ++tab) {
                add(tabs->tabText(tab));
            }
            const QList<QLabel*> labels = window.findChildren<QLabel*>();
            for (const QLabel* label : labels) {
                if (label->buddy() != nullptr && label->isVisibleTo(&window)) {
                    add(label->text());
                }
            }
            const QList<QAbstractButton*> buttons = window.findChildren<QAbstractButton*>();
            for (const QAbstractButton* button : buttons) {
                if (button->isVisibleTo(&window)) {
                    add(button->text());
                }
            }
            const QList<QKeySequence> keys = owners.uniqueKeys();
            for (const QKeySequence& key : keys) {
                const QStringList texts = owners.values(key);
                QVERIFY2(texts.size() == 1,
                         qPrintable(QStringLiteral("%1 on tab %2 opens %3")
                                        .arg(key.toString(), tabs->tabText(view),
                                             texts.join(QLatin1String(" and ")))));
            }
        }
    }

    void theWindowSpeaksEachLanguage_data() { addLanguageRows({}); }

    // With a real translation, nothing English is left and every
    // placeholder is filled: a context the code does not use, or a
    // translation that lost a "%1", shows here.
    void theWindowSpeaksEachLanguage() {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        QStringList texts;
        collectEverythingShown(texts);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QStringList english = englishWords(texts);
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("%1 English text(s) under %2:\n  %3")
                                .arg(english.size())
                                .arg(language, english.mid(0, 40).join(QLatin1String("\n  ")))));
        const QStringList unfilled = unfilledPlaceholders(texts);
        QVERIFY2(unfilled.isEmpty(), qPrintable(unfilled.join(QLatin1Char('\n'))));

        // Numbers as the language writes them: "-14,6 LUFS" in German,
        // Spanish and French, in the window and in the sheet alike.
        const QLocale locale(language);
        QCOMPARE(QLocale().decimalPoint(), locale.decimalPoint());
        const QString foreignMark =
            locale.decimalPoint() == u"," ? QStringLiteral("\\.") : QStringLiteral(",");
        static const QRegularExpression fileName(QStringLiteral("\\S+\\.(wav|flac|pdf)\\b"));
        // Not a thousands separator: "12.229" is twelve thousand in German.
        const QString grouped =
            locale.groupSeparator() == foreignMark.right(1)
                ? QStringLiteral("(?![1-9]\\d{0,2}(%1\\d{3})+(?![\\w.,]))").arg(foreignMark)
                : QString();
        const QRegularExpression foreign(
            QStringLiteral("(?<![\\w.,])%2\\d+%1\\d+(?![\\w.,])").arg(foreignMark, grouped));
        QStringList wrong;
        for (const QString& text : std::as_const(texts)) {
            if (QString(text).remove(fileName).contains(foreign)) {
                wrong << text;
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 text(s) with another language's numbers:\n  %2")
                                .arg(wrong.size())
                                .arg(wrong.mid(0, 40).join(QLatin1String("\n  ")))));
    }
};

QTEST_MAIN(TranslatedUiTest)
#include "tst_translatedui.moc"
