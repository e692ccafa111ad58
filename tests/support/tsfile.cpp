#include "tests/support/tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace mixscope::test {

std::optional<std::vector<TsMessage>> readTsFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::vector<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                const auto field = xml.name();
                if (field == u"source") {
                    message.source = xml.readElementText();
                } else if (field == u"comment") {
                    message.comment = xml.readElementText();
                } else if (field == u"translation") {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            message.translations << xml.readElementText();
                        }
                    } else {
                        message.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.push_back(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return messages;
}

QStringList placeholdersOf(const QString& text) {
    static const QRegularExpression placeholder(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QStringList found;
    for (const auto& match : placeholder.globalMatch(text)) {
        found << QLatin1Char('%') + match.captured(1);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList tagsOf(const QString& text) {
    static const QRegularExpression tag(QStringLiteral("<(/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    for (const auto& match : tag.globalMatch(text)) {
        found << match.captured(1).toLower();
    }
    found.sort();
    return found;
}

} // namespace mixscope::test
