#include "tests/support/pulseserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstring>

namespace mixscope::test {

PulseServer::PulseServer(int sinkRateHz)
    : m_sinkRateHz(sinkRateHz) {}

PulseServer::~PulseServer() {
    stop();
}

QProcessEnvironment PulseServer::clientEnvironment() const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("PULSE_RUNTIME_PATH"),
                       m_dir.filePath(QStringLiteral("run/pulse")));
    environment.insert(QStringLiteral("PULSE_SERVER"), m_address);
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return environment;
}

void PulseServer::useInThisProcess() const {
    qputenv("PULSE_SERVER", m_address.toLocal8Bit());
    qputenv("PULSE_RUNTIME_PATH", m_dir.filePath(QStringLiteral("run/pulse")).toLocal8Bit());
}

bool PulseServer::sinkAnswers() const {
    QProcess pactl;
    pactl.setProcessEnvironment(clientEnvironment());
    pactl.start(QStringLiteral("pactl"),
                {QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")});
    return pactl.waitForFinished(3000) && pactl.exitCode() == 0 &&
           pactl.readAllStandardOutput().contains(kSinkName);
}

bool PulseServer::start(QString* why) {
    if (!m_dir.isValid()) {
        *why = m_dir.errorString();
        return false;
    }
    for (const char* sub : {"home", "run", "run/pulse", "config"}) {
        QDir().mkpath(m_dir.filePath(QString::fromLatin1(sub)));
    }
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    m_address = QStringLiteral("unix:") + socket;
    m_server.setProcessEnvironment(clientEnvironment());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(
        QStringLiteral("pulseaudio"),
        {QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=10"),
         QStringLiteral("-n"), QStringLiteral("--use-pid-file=no"),
         QStringLiteral("--realtime=yes"), QStringLiteral("--high-priority=yes"),
         QStringLiteral("--disable-shm=yes"), QStringLiteral("--log-target=stderr"),
         QStringLiteral("-L"),
         QStringLiteral("module-null-sink sink_name=%1 rate=%2 channels=2 format=float32le")
             .arg(QLatin1String(kSinkName))
             .arg(m_sinkRateHz),
         QStringLiteral("-L"),
         QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=") + socket});
    if (!m_server.waitForStarted(5000)) {
        *why = QStringLiteral("pulseaudio cannot be started (is it installed? "
                              "packaging/install-deps.sh installs it)");
        return false;
    }
    for (int attempt = 0; attempt < 50; ++attempt) {
        QThread::msleep(100);
        if (m_server.state() == QProcess::Running && sinkAnswers()) {
            return true;
        }
    }
    const QByteArray log = m_server.readAll();
    m_server.kill();
    m_server.waitForFinished(3000);
    *why = QStringLiteral("pulseaudio did not start a null sink: %1")
               .arg(QString::fromLocal8Bit(log.right(600)));
    return false;
}

bool PulseServer::pactl(const QStringList& arguments, QString* output) const {
    QProcess pactl;
    pactl.setProcessEnvironment(clientEnvironment());
    pactl.start(QStringLiteral("pactl"), arguments);
    const bool ok = pactl.waitForFinished(5000) && pactl.exitStatus() == QProcess::NormalExit &&
                    pactl.exitCode() == 0;
    if (output != nullptr) {
        *output = QString::fromLocal8Bit(pactl.readAllStandardOutput());
    }
    return ok;
}

int PulseServer::loadNullSink(const QString& name, const QString& description) const {
    QStringList arguments{
        QStringLiteral("load-module"),       QStringLiteral("module-null-sink"),
        QStringLiteral("sink_name=") + name, QStringLiteral("rate=%1").arg(m_sinkRateHz),
        QStringLiteral("channels=2"),        QStringLiteral("format=float32le")};
    if (!description.isEmpty()) {
        arguments << QStringLiteral("sink_properties=device.description=") + description;
    }
    QString index;
    if (!pactl(arguments, &index)) {
        return -1;
    }
    bool ok = false;
    const int module = index.trimmed().toInt(&ok);
    return ok ? module : -1;
}

int PulseServer::nullSinkModule(const QString& name) const {
    QString modules;
    if (!pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("modules")},
               &modules)) {
        return -1;
    }
    // "<index>\tmodule-null-sink\tsink_name=<name> rate=…"
    const QStringList lines = modules.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() >= 3 && fields[1] == QLatin1String("module-null-sink") &&
            fields[2].split(QLatin1Char(' ')).contains(QStringLiteral("sink_name=") + name)) {
            return fields[0].toInt();
        }
    }
    return -1;
}

bool PulseServer::restart(QString* why) {
    stop();
    return start(why);
}

bool PulseServer::startRecording(const QString& sink) {
    const QString file = m_dir.filePath(QStringLiteral("recording.raw"));
    QFile::remove(file);
    m_parec.setProcessEnvironment(clientEnvironment());
    m_parec.setStandardOutputFile(file);
    m_parec.start(QStringLiteral("parec"),
                  {QStringLiteral("--device=%1.monitor").arg(sink),
                   QStringLiteral("--format=float32le"), QStringLiteral("--rate=48000"),
                   QStringLiteral("--channels=2"), QStringLiteral("--raw"),
                   QStringLiteral("--latency-msec=20")});
    return m_parec.waitForStarted(3000);
}

std::size_t PulseServer::recordedFrames() const {
    const QFileInfo file(m_dir.filePath(QStringLiteral("recording.raw")));
    return file.exists() ? static_cast<std::size_t>(file.size()) / (2 * sizeof(float)) : 0;
}

std::vector<float> PulseServer::stopRecording() {
    m_parec.terminate();
    m_parec.waitForFinished(3000);
    QFile raw(m_dir.filePath(QStringLiteral("recording.raw")));
    std::vector<float> samples;
    if (raw.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = raw.readAll();
        samples.resize(static_cast<std::size_t>(bytes.size()) / sizeof(float));
        std::memcpy(samples.data(), bytes.constData(), samples.size() * sizeof(float));
    }
    return samples;
}

void PulseServer::stop() {
    if (m_parec.state() != QProcess::NotRunning) {
        m_parec.kill();
        m_parec.waitForFinished(3000);
    }
    if (m_server.state() == QProcess::NotRunning) {
        return;
    }
    m_server.terminate();
    if (!m_server.waitForFinished(3000)) {
        m_server.kill();
        m_server.waitForFinished(3000);
    }
}

} // namespace mixscope::test
