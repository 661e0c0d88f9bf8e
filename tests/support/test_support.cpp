#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <cmath>
#include <nlohmann/json.hpp>

namespace hhs::test {

QString referenceDir()
{
    const QString dir = QStringLiteral(HHS_REFERENCE_DIR);
    return QDir(dir).exists(QStringLiteral("inputs")) ? dir : QString();
}

bool inCi()
{
    return qgetenv("CI") == "true";
}

QString referenceInput(const QString& name)
{
    const QString inputs = referenceDir() + QStringLiteral("/inputs/");
    const QString wav = inputs + name + QStringLiteral(".wav");
    const int underscore = name.lastIndexOf(QLatin1Char('_'));
    if (QFile::exists(wav) || underscore < 0) return wav;
    const QString compressed =
        inputs + name.left(underscore) + QLatin1Char('.') + name.mid(underscore + 1);
    return QFile::exists(compressed) ? compressed : wav;
}

QString referenceExpected(const QString& file)
{
    return referenceDir() + QStringLiteral("/expected/") + file;
}

QStringList referenceNames()
{
    QStringList names;
    const QDir inputs(referenceDir() + QStringLiteral("/inputs"));
    for (const QString& file : inputs.entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name))
        names << file.chopped(4);
    return names + compressedReferenceNames();
}

QStringList compressedReferenceNames()
{
    QStringList names;
    const QDir inputs(referenceDir() + QStringLiteral("/inputs"));
    for (const QString& file : inputs.entryList(QDir::Files, QDir::Name)) {
        if (file.endsWith(QLatin1String(".wav"))) continue;
        QString name = file;
        name[name.lastIndexOf(QLatin1Char('.'))] = QLatin1Char('_');
        if (QFile::exists(referenceExpected(name + QStringLiteral(".load.wav")))) names << name;
    }
    return names;
}

QString referenceDecodedBy(const QString& name)
{
    const QByteArray text = readFile(referenceExpected(name + QStringLiteral(".mfcc.json")));
    const nlohmann::json json =
        nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (!json.is_object() || !json.contains("decoded_by")) return {};
    return QString::fromStdString(json.at("decoded_by").get<std::string>());
}

ReferenceMfcc referenceMfcc(const QString& name)
{
    ReferenceMfcc reference;
    const QByteArray text = readFile(referenceExpected(name + QStringLiteral(".mfcc.json")));
    const nlohmann::json json =
        nlohmann::json::parse(text.constData(), text.constData() + text.size());
    reference.loadedSamples = json.at("loaded_samples").get<int>();
    reference.frames = json.at("mfcc_frames_by_13").get<std::vector<std::vector<double>>>();
    return reference;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

std::vector<float> sine(double frequency, double seconds, int rate, double amplitude)
{
    std::vector<float> samples(std::size_t(std::llround(seconds * rate)));
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = float(amplitude * std::sin(2 * M_PI * frequency * double(i) / rate));
    return samples;
}

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    return runCli(arguments, {}, timeoutMs);
}

CliRun runCli(const QStringList& arguments, const QStringList& environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment) {
        const int eq = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HHS_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace hhs::test
