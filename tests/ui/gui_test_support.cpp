#include "gui_test_support.h"

#include "audio/wav_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <random>
#include <vector>

namespace hhs::test {

bool writeToneFile(const QString& path, double seconds)
{
    constexpr int rate = 22050;
    const auto count = std::size_t(seconds * rate);
    std::vector<float> samples(count);
    std::mt19937 random(7);
    std::uniform_real_distribution<float> noise(-0.02f, 0.02f);
    double phase = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const int step = int(i / (2 * rate));
        const double frequency = 220.0 * std::pow(2.0, (step % 7) / 6.0);
        phase += 2 * M_PI * frequency / rate;
        samples[i] = float(0.4 * std::sin(phase)) + noise(random);
    }
    return bool(writeWav(path, samples.data(), count, 1, rate));
}

QString scratchPath(const QString& name)
{
    static QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("hhs-gui-test-XXXXXX")));
    static const bool announced = [] {
        if (qEnvironmentVariableIsEmpty("HHS_KEEP_TEST_FILES")) return false;
        scratch.setAutoRemove(false);
        qInfo("test files in %s", qPrintable(scratch.path()));
        return true;
    }();
    (void)announced;
    return scratch.filePath(name);
}

void isolateSettings(const QString& directory)
{
    QCoreApplication::setOrganizationName(QStringLiteral("HipHop Studio Tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
}

namespace {
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
} // namespace

Heartbeat::Heartbeat() : m_lastNs(threadCpuNs())
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = threadCpuNs();
        m_worstNs = std::max(m_worstNs, now - m_lastNs);
        m_lastNs = now;
        ++m_beats;
    });
    m_timer.start();
}

} // namespace hhs::test
