// The model file: one file with the weights and everything needed to use them.
//   8 bytes  "HHSMODEL"
//   4 bytes  format version (little-endian uint32)
//   8 bytes  metadata length M, 8 bytes weights length W (little-endian uint64)
//   8 bytes  FNV-1a 64 checksum of the metadata and weights
//   M bytes  metadata: UTF-8 JSON (model_info_json.cpp)
//   W bytes  weights: a LibTorch archive of the module (parameters and BatchNorm statistics)
#include "formats/input_file.h"
#include "formats/output_file.h"
#include "jobs/text.h"
#include "ml/model_impl.h"
#include "ml/model_info_json.h"

#include <QFile>
#include <cstring>
#include <sstream>

namespace hhs {
namespace {
constexpr char kMagic[8] = {'H', 'H', 'S', 'M', 'O', 'D', 'E', 'L'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8 + 8;

std::uint64_t fnv1a(const char* data, std::size_t size,
                    std::uint64_t hash = 14695981039346656037ull)
{
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= std::uint8_t(data[i]);
        hash *= 1099511628211ull;
    }
    return hash;
}

template <typename T> void putLe(QByteArray& out, T value)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.append(char((std::uint64_t(value) >> (8 * i)) & 0xff));
}

template <typename T> T getLe(const char* in)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        value |= std::uint64_t(std::uint8_t(in[i])) << (8 * i);
    return T(value);
}
} // namespace

Status Model::save(const QString& path) const
{
    std::string metadata;
    std::string weights;
    try {
        metadata = modelInfoToJson(m_impl->info).dump();
        torch::serialize::OutputArchive archive;
        m_impl->module().save(archive);
        std::ostringstream stream;
        archive.save_to(stream);
        weights = stream.str();
    } catch (const std::exception& e) {
        return makeError(translate("hhs::ModelFile", "could not write the model %1: %2")
                             .arg(quoted(path), QString::fromUtf8(e.what())));
    }
    QByteArray bytes;
    bytes.reserve(int(kHeaderSize + metadata.size() + weights.size()));
    bytes.append(kMagic, sizeof(kMagic));
    putLe<std::uint32_t>(bytes, kFormatVersion);
    putLe<std::uint64_t>(bytes, metadata.size());
    putLe<std::uint64_t>(bytes, weights.size());
    putLe<std::uint64_t>(
        bytes, fnv1a(weights.data(), weights.size(), fnv1a(metadata.data(), metadata.size())));
    bytes.append(metadata.data(), qsizetype(metadata.size()));
    bytes.append(weights.data(), qsizetype(weights.size()));

    return writeFileAtomically(path, bytes);
}

Result<Model> Model::load(const QString& path, const FeatureParams* required)
{
    if (Status usable = checkInputFile(path, kMaxModelFileBytes); !usable) return usable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(translate("hhs::ModelFile", "cannot open the model %1: %2")
                             .arg(quoted(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto notModel = [&] {
        return makeError(
            translate("hhs::ModelFile", "%1 is not a HipHop Studio model file").arg(quoted(path)));
    };
    if (bytes.size() < qsizetype(sizeof(kMagic)) ||
        std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
        return notModel();
    if (std::size_t(bytes.size()) < kHeaderSize)
        return makeError(
            translate("hhs::ModelFile", "the model %1 is truncated (the file is incomplete)")
                .arg(quoted(path)));
    const char* header = bytes.data() + sizeof(kMagic);
    const auto version = getLe<std::uint32_t>(header);
    if (version != kFormatVersion)
        return makeError(
            translate("hhs::ModelFile",
                      "the model %1 has format version %2; this studio reads version %3 "
                      "(it was made by a different studio version)")
                .arg(quoted(path))
                .arg(version)
                .arg(kFormatVersion));
    const auto metadataSize = getLe<std::uint64_t>(header + 4);
    const auto weightsSize = getLe<std::uint64_t>(header + 12);
    const auto checksum = getLe<std::uint64_t>(header + 20);
    const std::uint64_t payload = std::uint64_t(bytes.size()) - kHeaderSize;
    if (metadataSize > payload || weightsSize > payload - metadataSize)
        return makeError(
            translate("hhs::ModelFile", "the model %1 is truncated (the file is incomplete)")
                .arg(quoted(path)));
    if (metadataSize + weightsSize != payload)
        return makeError(
            translate("hhs::ModelFile", "the model %1 has %2 unexpected bytes at its end (damaged)")
                .arg(quoted(path))
                .arg(payload - metadataSize - weightsSize));
    const char* metadata = bytes.data() + kHeaderSize;
    const char* weights = metadata + metadataSize;
    if (fnv1a(weights, weightsSize, fnv1a(metadata, metadataSize)) != checksum)
        return makeError(
            translate("hhs::ModelFile", "the model %1 is damaged (its checksum does not match)")
                .arg(quoted(path)));

    Result<ModelInfo> info = makeError(QString());
    try {
        info = modelInfoFromJson(nlohmann::json::parse(metadata, metadata + metadataSize));
    } catch (const std::exception& e) {
        return makeError(translate("hhs::ModelFile", "the model %1 has unreadable metadata: %2")
                             .arg(quoted(path), QString::fromUtf8(e.what())));
    }
    if (!info)
        return makeError(
            translate("hhs::ModelFile", "the model %1: %2").arg(quoted(path), info.message()));
    if (required && info->params != *required)
        return makeError(translate("hhs::ModelFile",
                                   "the model %1 was trained on features %2, not %3: retrain it on "
                                   "these features or use a model made for them")
                             .arg(quoted(path), info->params.key(), required->key()));
    Result<Model> model = create(*info);
    if (!model)
        return makeError(
            translate("hhs::ModelFile", "the model %1: %2").arg(quoted(path), model.message()));
    try {
        // Loading replaces each tensor with the archive's, whatever its shape: the metadata's
        // network must be the weights' (4 classes over 3 outputs would read past the output).
        std::vector<std::vector<std::int64_t>> expected;
        for (const torch::Tensor& t : model->m_impl->snapshot())
            expected.push_back(t.sizes().vec());
        torch::serialize::InputArchive archive;
        std::istringstream stream(std::string(weights, weightsSize));
        archive.load_from(stream);
        model->m_impl->module().load(archive);
        if (model->m_impl->cnn) model->m_impl->cnn->useChannelsLast();
        const std::vector<torch::Tensor> loaded = model->m_impl->snapshot();
        bool same = loaded.size() == expected.size();
        for (std::size_t i = 0; same && i < loaded.size(); ++i)
            same = loaded[i].sizes().vec() == expected[i];
        if (!same)
            return makeError(translate("hhs::ModelFile",
                                       "the model %1 is damaged: its weights are not those of "
                                       "the network its metadata describes (%2, %3 classes, "
                                       "%4 x %5 segments)")
                                 .arg(quoted(path), modelKindName(info->kind))
                                 .arg(info->classes.size())
                                 .arg(info->frames)
                                 .arg(info->coefficients));
    } catch (const std::exception& e) {
        return makeError(
            translate("hhs::ModelFile", "the model %1 has unreadable weights: %2")
                .arg(quoted(path), QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    return model;
}

} // namespace hhs
