// Project: the cache of MFCC features, stored as BLOBs keyed by the track's content hash,
// FeatureParams::key() and what was cut. Blobs are a small header
// and raw little-endian numbers; a blob that does not parse is treated as a miss.
#include "project/database.h"
#include "project/project.h"

#include <cstring>

namespace hhs {
namespace {
constexpr std::int32_t kFeaturesMagic = 0x31434648; // "HFC1"

template <typename T> void put(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

class Reader
{
public:
    explicit Reader(const QByteArray& bytes) : m_bytes(bytes) {}
    template <typename T> bool get(T& value)
    {
        if (m_offset + qsizetype(sizeof value) > m_bytes.size()) return false;
        std::memcpy(&value, m_bytes.constData() + m_offset, sizeof value);
        m_offset += sizeof value;
        return true;
    }
    bool getArray(void* out, std::size_t bytes)
    {
        if (bytes > std::size_t(remaining())) return false;
        if (bytes == 0) return true; // an empty array: `out` may be null, memcpy must not see it
        std::memcpy(out, m_bytes.constData() + m_offset, bytes);
        m_offset += qsizetype(bytes);
        return true;
    }
    bool atEnd() const { return m_offset == m_bytes.size(); }
    qsizetype remaining() const { return m_bytes.size() - m_offset; }

private:
    const QByteArray& m_bytes;
    qsizetype m_offset = 0;
};
} // namespace

Status Project::storeFeatures(const QString& contentHash, const QString& key,
                              const std::vector<MfccMatrix>& matrices) const
{
    QByteArray blob;
    put(blob, kFeaturesMagic);
    put(blob, std::int32_t(matrices.size()));
    for (const MfccMatrix& matrix : matrices) {
        put(blob, std::int32_t(matrix.frames));
        put(blob, std::int32_t(matrix.coefficients));
        blob.append(reinterpret_cast<const char*>(matrix.data.data()),
                    qsizetype(matrix.data.size() * sizeof(float)));
    }
    Result<Statement> upsert = m_database->prepare(
        "INSERT OR REPLACE INTO feature_cache(content_hash, cache_key, data) VALUES(?, ?, ?)");
    if (!upsert) return upsert.error();
    upsert->bind(1, contentHash).bind(2, key).bind(3, blob);
    return upsert->run();
}

std::optional<std::vector<MfccMatrix>> Project::features(const QString& contentHash,
                                                         const QString& key) const
{
    Result<Statement> query = m_database->prepare(
        "SELECT data FROM feature_cache WHERE content_hash = ? AND cache_key = ?");
    if (!query) return std::nullopt;
    query->bind(1, contentHash).bind(2, key);
    Result<bool> row = query->step();
    if (!row || !*row) return std::nullopt;
    const QByteArray blob = query->blob(0);
    Reader reader(blob);
    std::int32_t magic = 0, count = 0;
    if (!reader.get(magic) || magic != kFeaturesMagic || !reader.get(count) || count < 0)
        return std::nullopt;
    std::vector<MfccMatrix> matrices;
    for (std::int32_t i = 0; i < count; ++i) {
        MfccMatrix matrix;
        if (!reader.get(matrix.frames) || !reader.get(matrix.coefficients) || matrix.frames < 0 ||
            matrix.coefficients < 0)
            return std::nullopt;
        const std::size_t values = std::size_t(matrix.frames) * std::size_t(matrix.coefficients);
        if (values > std::size_t(reader.remaining()) / sizeof(float)) return std::nullopt;
        matrix.data.resize(values);
        if (!reader.getArray(matrix.data.data(), values * sizeof(float))) return std::nullopt;
        matrices.push_back(std::move(matrix));
    }
    if (!reader.atEnd()) return std::nullopt;
    return matrices;
}

} // namespace hhs
