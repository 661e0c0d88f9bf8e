#include "jobs/text.h"
#include "jobs/thread_pools.h"
#include "ml/model_impl.h"

#include <cmath>
#include <cstring>
#include <malloc.h>
#include <mutex>

namespace hhs {
namespace {

// The CNN's valid convolutions need at least their kernel size at each stage: true when an
// input dimension of `size` survives all three conv + pool stages.
bool cnnFits(std::int64_t size)
{
    for (const auto& [conv, pool] : {std::pair{3, 2}, std::pair{3, 2}, std::pair{2, 2}}) {
        if (size < conv) return false;
        size = ((size - conv + 1) + pool - 1) / pool;
    }
    return size >= 1;
}

int smallestCnnInput()
{
    int size = 1;
    while (!cnnFits(size))
        ++size;
    return size;
}

constexpr int kPredictBatch = 32; // measured: batches that fit the cache are ~3x faster than 256
} // namespace

void useTorchThreads(int threads)
{
    static std::once_flag mallocTuned;
    std::call_once(mallocTuned, [] {
        // Keep freed training buffers instead of returning them to the OS on every batch
        // (../shared/anchors/README.md: a million page faults per run otherwise).
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
        keepBlasOnOneThread(); // LibTorch's pool is the only one that grows with --threads
    });
    threads = std::max(threads, 1);
    if (at::get_num_threads() != threads) at::set_num_threads(threads);
}

torch::nn::Module& Model::Impl::module()
{
    if (cnn) return *cnn;
    return *lstm;
}

torch::Tensor Model::Impl::forward(const torch::Tensor& x, std::vector<LayerShape>* shapes)
{
    return cnn ? cnn->forward(x, shapes) : lstm->forward(x, shapes);
}

int Model::Impl::stages() const
{
    return cnn ? CnnImpl::kStages : LstmImpl::kStages;
}

torch::Tensor Model::Impl::stage(int s, const torch::Tensor& x)
{
    return cnn ? cnn->stage(s, x) : lstm->stage(s, x);
}

torch::Tensor Model::Impl::join(int s, const torch::Tensor& x)
{
    return cnn ? cnn->join(s, x) : lstm->join(s, x);
}

torch::Tensor Model::Impl::normalise(const torch::Tensor& x) const
{
    const auto c = std::int64_t(info.coefficients);
    torch::Tensor mean =
        torch::from_blob(const_cast<float*>(info.normalisation.mean.data()), {1, 1, c}).clone();
    torch::Tensor stddev =
        torch::from_blob(const_cast<float*>(info.normalisation.stddev.data()), {1, 1, c}).clone();
    return (x - mean) / stddev;
}

std::vector<torch::Tensor> Model::Impl::snapshot()
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> weights;
    for (const torch::Tensor& p : module().parameters())
        weights.push_back(p.detach().clone());
    for (const torch::Tensor& b : module().buffers())
        weights.push_back(b.detach().clone());
    return weights;
}

void Model::Impl::restore(const std::vector<torch::Tensor>& weights)
{
    torch::NoGradGuard noGrad;
    std::size_t i = 0;
    for (torch::Tensor& p : module().parameters())
        p.copy_(weights[i++]);
    for (torch::Tensor& b : module().buffers())
        b.copy_(weights[i++]);
}

torch::Tensor segmentsTensor(const std::vector<const MfccMatrix*>& segments, int frames,
                             int coefficients)
{
    torch::Tensor x = torch::empty({std::int64_t(segments.size()), frames, coefficients});
    float* out = x.data_ptr<float>();
    const std::size_t size = std::size_t(frames) * std::size_t(coefficients);
    for (std::size_t i = 0; i < segments.size(); ++i)
        std::memcpy(out + i * size, segments[i]->data.data(), size * sizeof(float));
    return x;
}

Model::Model(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;
Model::~Model() = default;

const ModelInfo& Model::info() const
{
    return m_impl->info;
}
ModelInfo& Model::info()
{
    return m_impl->info;
}

Result<Model> Model::create(const ModelInfo& info)
{
    if (info.classes.size() < 2)
        return makeError(translate("hhs::Model", "a classifier needs at least two classes; got %1")
                             .arg(info.classes.size()));
    if (info.frames < 1 || info.coefficients < 1)
        return makeError(
            translate("hhs::Model", "segments of %1 frames x %2 coefficients cannot be classified")
                .arg(info.frames)
                .arg(info.coefficients));
    if (info.kind == ModelKind::Cnn && (!cnnFits(info.frames) || !cnnFits(info.coefficients)))
        return makeError(
            translate("hhs::Model",
                      "the CNN needs segments of at least %1 frames x %1 coefficients; "
                      "these have %2 x %3 (use longer segments or more MFCC "
                      "coefficients, or the LSTM)")
                .arg(smallestCnnInput())
                .arg(info.frames)
                .arg(info.coefficients));
    const auto coefficients = std::size_t(info.coefficients);
    auto impl = std::make_unique<Impl>();
    impl->info = info;
    Normalisation& norm = impl->info.normalisation;
    if (norm.mean.empty() && norm.stddev.empty()) {
        norm.mean.assign(coefficients, 0.0f);
        norm.stddev.assign(coefficients, 1.0f);
    }
    if (norm.mean.size() != coefficients || norm.stddev.size() != coefficients)
        return makeError(
            translate("hhs::Model", "the normalisation has %1 values for %2 coefficients")
                .arg(norm.mean.size())
                .arg(info.coefficients));
    for (std::size_t k = 0; k < coefficients; ++k)
        if (!std::isfinite(norm.mean[k]) || !std::isfinite(norm.stddev[k]) || !(norm.stddev[k] > 0))
            return makeError(translate("hhs::Model",
                                       "the normalisation of coefficient %1 (mean %2, standard "
                                       "deviation %3) cannot be used: the deviation must be a "
                                       "number above 0")
                                 .arg(k)
                                 .arg(double(norm.mean[k]))
                                 .arg(double(norm.stddev[k])));
    try {
        torch::manual_seed(info.settings.split.seed);
        if (info.kind == ModelKind::Cnn)
            impl->cnn =
                Cnn(info.frames, info.coefficients, info.classes.size(), info.settings.init);
        else
            impl->lstm = Lstm(info.coefficients, info.classes.size(), info.settings.init,
                              info.settings.lstmReadout);
    } catch (const std::exception& e) {
        return makeError(translate("hhs::Model", "could not build the %1: %2")
                             .arg(modelKindName(info.kind), QString::fromUtf8(e.what())));
    }
    return Model(std::move(impl));
}

Result<std::vector<float>>
Model::probabilities(const std::vector<const MfccMatrix*>& segments) const
{
    const ModelInfo& info = m_impl->info;
    for (const MfccMatrix* segment : segments)
        if (segment->frames != info.frames || segment->coefficients != info.coefficients ||
            segment->data.size() != std::size_t(info.frames) * std::size_t(info.coefficients))
            return makeError(translate("hhs::Model",
                                       "the model takes segments of %1 frames x %2 coefficients, "
                                       "not %3 x %4")
                                 .arg(info.frames)
                                 .arg(info.coefficients)
                                 .arg(segment->frames)
                                 .arg(segment->coefficients));
    std::vector<float> out;
    out.reserve(segments.size() * std::size_t(info.classes.size()));
    try {
        torch::NoGradGuard noGrad;
        m_impl->module().eval();
        for (std::size_t begin = 0; begin < segments.size(); begin += kPredictBatch) {
            const std::size_t end = std::min(segments.size(), begin + kPredictBatch);
            const std::vector<const MfccMatrix*> batch(segments.begin() + std::ptrdiff_t(begin),
                                                       segments.begin() + std::ptrdiff_t(end));
            torch::Tensor x =
                m_impl->normalise(segmentsTensor(batch, info.frames, info.coefficients));
            torch::Tensor p = torch::softmax(m_impl->forward(x), 1).contiguous();
            if (p.size(1) != info.classes.size())
                return makeError(
                    translate("hhs::Model", "the network gives %1 outputs for %2 classes")
                        .arg(p.size(1))
                        .arg(info.classes.size()));
            if (!torch::isfinite(p).all().item<bool>())
                return makeError(translate("hhs::Model",
                                           "the model gave a probability that is not a number "
                                           "(its weights are damaged)"));
            out.insert(out.end(), p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
        }
    } catch (const std::exception& e) {
        return makeError(
            translate("hhs::Model", "prediction failed: %1").arg(QString::fromUtf8(e.what())));
    }
    return out;
}

std::vector<LayerShape> Model::layerShapes() const
{
    std::vector<LayerShape> shapes;
    torch::NoGradGuard noGrad;
    m_impl->module().eval();
    m_impl->forward(torch::zeros({1, m_impl->info.frames, m_impl->info.coefficients}), &shapes);
    return shapes;
}

} // namespace hhs
