#include "fuzz_input.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace hhs::fuzz {

QString writeInput(const std::uint8_t* data, std::size_t size, const QString& name)
{
    static const QString dir = [] {
        const QString path = QDir::temp().filePath(QStringLiteral("hhs-fuzz-%1").arg(getpid()));
        QDir().mkpath(path);
        return path;
    }();
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        finding("cannot write the fuzz input to a temporary file");
    return path;
}

void finding(const char* what)
{
    std::fprintf(stderr, "fuzz finding: %s\n", what);
    std::abort();
}

} // namespace hhs::fuzz
