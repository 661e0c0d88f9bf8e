#include "formats/output_file.h"

#include "jobs/text.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hhs {
namespace {

constexpr qint64 kBufferBytes = qint64(1) << 16;

QString reasonFor(const QString& path, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return translate("hhs::OutputFile", "the disk holding %1 is full")
            .arg(quoted(QFileInfo(path).absolutePath()));
    if (error == EFBIG)
        return translate("hhs::OutputFile", "the file is larger than this disk or account allows");
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

OutputFile::OutputFile(QString path, Durability durability)
    : m_path(std::move(path)), m_durability(durability)
{}

OutputFile::~OutputFile()
{
    removeTemporary();
}

Status OutputFile::open()
{
    const QFileInfo target(m_path);
    if (target.isDir())
        return makeError(
            translate("hhs::OutputFile", "cannot write %1: it is a folder").arg(quoted(m_path)),
            ErrorKind::Invalid);
    if (target.exists() && !target.isFile())
        return makeError(translate("hhs::OutputFile",
                                   "cannot write %1: it is not a regular file (a pipe or a "
                                   "device)")
                             .arg(quoted(m_path)),
                         ErrorKind::Invalid);
    if (!target.absoluteDir().exists())
        return makeError(
            translate("hhs::OutputFile", "cannot write %1: the folder %2 does not exist")
                .arg(quoted(m_path), quoted(target.absolutePath())),
            ErrorKind::NotFound);
    // A hidden name beside the target (same disk, so the rename is atomic), unique per writer.
    for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
        m_temporaryPath = target.absoluteDir().filePath(
            QStringLiteral(".%1.%2.part")
                .arg(target.fileName())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        m_fd = ::open(nativePath(m_temporaryPath).constData(),
                      O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd < 0 && errno != EEXIST) break;
    }
    if (m_fd < 0) {
        const int error = errno;
        m_temporaryPath.clear();
        return makeError(translate("hhs::OutputFile", "cannot write %1: %2")
                             .arg(quoted(m_path), reasonFor(m_path, error)));
    }
    // A replaced file keeps its permissions.
    struct stat existing
    {};
    if (::stat(nativePath(m_path).constData(), &existing) == 0)
        (void)::fchmod(m_fd, existing.st_mode & 07777);
    m_buffer.reserve(int(kBufferBytes));
    return {};
}

void OutputFile::fail(int error)
{
    if (m_errno == 0) m_errno = error ? error : EIO;
}

void OutputFile::failedWithErrno()
{
    fail(errno);
}

bool OutputFile::flushBuffer()
{
    const char* data = m_buffer.constData();
    qint64 left = m_buffer.size();
    while (left > 0 && m_errno == 0) {
        const ssize_t written = ::write(m_fd, data, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR) continue;
            fail(errno);
        } else if (written == 0) {
            fail(ENOSPC);
        } else {
            data += written;
            left -= written;
        }
    }
    m_buffer.clear();
    return m_errno == 0;
}

bool OutputFile::write(const char* data, qint64 size)
{
    if (m_fd < 0) fail(EBADF);
    if (m_errno != 0) return false;
    if (m_buffer.size() + size > kBufferBytes && !flushBuffer()) return false;
    if (size >= kBufferBytes) {
        m_buffer = QByteArray::fromRawData(data, int(size));
        const bool ok = flushBuffer();
        m_buffer = QByteArray();
        m_buffer.reserve(int(kBufferBytes));
        return ok;
    }
    m_buffer.append(data, int(size));
    return true;
}

int OutputFile::descriptor()
{
    if (m_fd >= 0) flushBuffer();
    return m_fd;
}

Status OutputFile::commit()
{
    auto failed = [this](int error) {
        removeTemporary();
        return makeError(translate("hhs::OutputFile", "cannot write %1: %2")
                             .arg(quoted(m_path), reasonFor(m_path, error)));
    };
    if (m_fd < 0 && m_errno == 0) fail(EBADF);
    if (m_errno == 0) flushBuffer();
    if (m_errno == 0 && m_durability == Durability::Synced && ::fsync(m_fd) != 0) fail(errno);
    if (m_fd >= 0 && ::close(m_fd) != 0) fail(errno);
    m_fd = -1;
    if (m_errno != 0) return failed(m_errno);
    if (::rename(nativePath(m_temporaryPath).constData(), nativePath(m_path).constData()) != 0)
        return failed(errno);
    m_temporaryPath.clear();
    return {};
}

void OutputFile::cancel()
{
    removeTemporary();
}

Error OutputFile::failure()
{
    fail(EIO);
    return commit().error();
}

void OutputFile::removeTemporary()
{
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    if (!m_temporaryPath.isEmpty()) ::unlink(nativePath(m_temporaryPath).constData());
    m_temporaryPath.clear();
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    OutputFile file(path);
    if (Status opened = file.open(); !opened) return opened;
    file.write(bytes);
    return file.commit();
}

} // namespace hhs
