#include "formats/input_file.h"

#include "jobs/text.h"

#include <QFileInfo>

namespace hhs {

Status checkInputFile(const QString& path, qint64 maxBytes, bool emptyIsError)
{
    if (path.isEmpty()) return makeError(translate("hhs::InputFile", "no file was given"));
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(translate("hhs::InputFile", "%1: no such file").arg(quoted(path)),
                         ErrorKind::NotFound);
    if (info.isDir())
        return makeError(
            translate("hhs::InputFile", "%1 is a folder, not a file").arg(quoted(path)),
            ErrorKind::Invalid);
    if (!info.isFile())
        return makeError(translate("hhs::InputFile",
                                   "%1 is not a regular file (a pipe, a device or a socket "
                                   "cannot be read as one)")
                             .arg(quoted(path)),
                         ErrorKind::Invalid);
    if (!info.isReadable())
        return makeError(
            translate("hhs::InputFile", "%1 cannot be read (permission denied)").arg(quoted(path)));
    if (emptyIsError && info.size() == 0)
        return makeError(translate("hhs::InputFile", "%1 is empty (0 bytes)").arg(quoted(path)),
                         ErrorKind::Invalid);
    if (maxBytes > 0 && info.size() > maxBytes)
        return makeError(translate("hhs::InputFile",
                                   "%1 is %2 MB, more than the %3 MB a file of this kind can be")
                             .arg(quoted(path))
                             .arg(info.size() >> 20)
                             .arg(maxBytes >> 20),
                         ErrorKind::Invalid);
    return {};
}

} // namespace hhs
