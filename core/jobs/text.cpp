#include "jobs/text.h"

#include <QCoreApplication>

namespace hhs {

QString translate(const char* context, const char* sourceText)
{
    return QCoreApplication::translate(context, sourceText);
}

QString translate(const char* context, const char* sourceText, const char* disambiguation, int n)
{
    return QCoreApplication::translate(context, sourceText, disambiguation, n);
}

QByteArray nativePath(const QString& path)
{
    return path.toUtf8();
}

QString quoted(const QString& path)
{
    return QStringLiteral("\"%1\"").arg(path);
}

} // namespace hhs
