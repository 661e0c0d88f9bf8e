// The notebook's CNN and LSTM (../shared/SEED-FACTS.md) with Keras's layer semantics, and
// either PyTorch's initialisers (the layers' own, the default) or Keras's.
#include "ml/model_impl.h"

#include <cmath>
#include <limits>

namespace hhs {
namespace {

std::vector<std::int64_t> shapeOf(const torch::Tensor& x)
{
    std::vector<std::int64_t> shape(x.sizes().begin() + 1, x.sizes().end());
    return shape;
}

void record(std::vector<LayerShape>* shapes, const char* name, const torch::Tensor& x)
{
    if (shapes) shapes->push_back({QString::fromLatin1(name), shapeOf(x)});
}

// Keras Dense/Conv2D defaults: glorot_uniform kernel, zero bias.
template <typename Layer> void kerasInit(Layer& layer)
{
    torch::NoGradGuard noGrad;
    torch::nn::init::xavier_uniform_(layer->weight);
    torch::nn::init::zeros_(layer->bias);
}

// Keras LSTM defaults: glorot_uniform input kernel, orthogonal recurrent kernel, zero bias with
// 1 on the forget gate. Torch adds two bias vectors; together they carry Keras's one bias.
void kerasInit(torch::nn::LSTM& lstm, int units)
{
    torch::NoGradGuard noGrad;
    for (auto& parameter : lstm->named_parameters()) {
        const std::string& name = parameter.key();
        torch::Tensor& value = parameter.value();
        if (name.rfind("weight_ih", 0) == 0) {
            torch::nn::init::xavier_uniform_(value);
        } else if (name.rfind("weight_hh", 0) == 0) {
            torch::nn::init::orthogonal_(value);
        } else if (name.rfind("bias_ih", 0) == 0) {
            value.zero_();
            value.narrow(0, units, units).fill_(1.0); // gate order i, f, g, o (as Keras)
        } else if (name.rfind("bias_hh", 0) == 0) {
            value.zero_();
        }
    }
}

torch::nn::BatchNorm2d kerasBatchNorm(int channels)
{
    // Keras: epsilon 1e-3, momentum 0.99 (the moving average keeps 99 %) = torch momentum 0.01.
    return torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(channels).eps(1e-3).momentum(0.01));
}

constexpr int kLstmUnits = 64;
constexpr int kDenseUnits = 64;
constexpr double kCnnDropout = 0.5;
constexpr double kLstmDropout = 0.3;
} // namespace

namespace {
// Keras's "same" pooling of an input dimension: ceil(in / stride) outputs and the total padding.
struct SamePooling
{
    std::int64_t in, out, pad;
    SamePooling(std::int64_t size, int kernel, int stride)
        : in(size), out((size + stride - 1) / stride),
          pad(std::max<std::int64_t>((out - 1) * stride + kernel - size, 0))
    {}
};
} // namespace

torch::Tensor maxPoolSame(const torch::Tensor& x, int kernel, int stride)
{
    const SamePooling rows(x.size(-2), kernel, stride), columns(x.size(-1), kernel, stride);
    const std::int64_t h = rows.in, w = columns.in, outH = rows.out, outW = columns.out;
    const std::int64_t padH = rows.pad, padW = columns.pad;
    // Without a padded copy: the even part of the padding on both sides (max_pool2d pads with
    // -inf), the odd extra row/column by ceil_mode, which adds the last window on the
    // bottom/right. Used when it gives Keras's sizes (it does for every size the CNN meets;
    // tests/core/ml compares both ways); the padded copy otherwise.
    if (padH / 2 <= kernel / 2 && padW / 2 <= kernel / 2) {
        const auto outSize = [&](std::int64_t in, std::int64_t pad) {
            const std::int64_t out = (in + 2 * (pad / 2) - kernel + stride - 1) / stride + 1;
            return (out - 1) * stride >= in + pad / 2 ? out - 1 : out; // PyTorch's rule
        };
        if (outSize(h, padH) == outH && outSize(w, padW) == outW)
            return torch::max_pool2d(x, {kernel, kernel}, {stride, stride}, {padH / 2, padW / 2},
                                     {1, 1}, true);
    }
    return maxPoolSamePadded(x, kernel, stride);
}

torch::Tensor maxPoolSamePadded(const torch::Tensor& x, int kernel, int stride)
{
    const SamePooling rows(x.size(-2), kernel, stride), columns(x.size(-1), kernel, stride);
    const std::int64_t padH = rows.pad, padW = columns.pad;
    torch::Tensor padded = x;
    if (padH > 0 || padW > 0)
        padded = torch::constant_pad_nd(x, {padW / 2, padW - padW / 2, padH / 2, padH - padH / 2},
                                        -std::numeric_limits<float>::infinity());
    return torch::max_pool2d(padded, {kernel, kernel}, {stride, stride});
}

CnnImpl::CnnImpl(int frames, int coefficients, int classes, WeightInit init)
{
    conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 32, 3)));
    norm1 = register_module("norm1", kerasBatchNorm(32));
    conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(32, 64, 3)));
    norm2 = register_module("norm2", kerasBatchNorm(64));
    conv3 = register_module("conv3", torch::nn::Conv2d(torch::nn::Conv2dOptions(64, 128, 2)));
    norm3 = register_module("norm3", kerasBatchNorm(128));
    // Flattened size: valid convolutions shrink by kernel-1, same pools give ceil(in/stride).
    auto after = [](std::int64_t in, int conv, int pool) {
        return ((in - conv + 1) + pool - 1) / pool;
    };
    const std::int64_t h = after(after(after(frames, 3, 2), 3, 2), 2, 2);
    const std::int64_t w = after(after(after(coefficients, 3, 2), 3, 2), 2, 2);
    dense = register_module("dense", torch::nn::Linear(128 * h * w, kDenseUnits));
    dropout = register_module("dropout", torch::nn::Dropout(kCnnDropout));
    output = register_module("output", torch::nn::Linear(kDenseUnits, classes));
    if (init == WeightInit::Keras) {
        kerasInit(conv1);
        kerasInit(conv2);
        kerasInit(conv3);
        kerasInit(dense);
        kerasInit(output);
    }
    useChannelsLast();
}

namespace {
// A copy with channels-last strides, also when there is one channel: contiguous(ChannelsLast)
// keeps such a tensor's strides (both layouts fit it), and oneDNN then picks channels first.
torch::Tensor channelsLast(const torch::Tensor& x)
{
    torch::Tensor copy =
        torch::empty(x.sizes(), x.options().memory_format(torch::MemoryFormat::ChannelsLast));
    return copy.copy_(x);
}
} // namespace

void CnnImpl::useChannelsLast()
{
    torch::NoGradGuard noGrad;
    for (torch::nn::Conv2d* conv : {&conv1, &conv2, &conv3})
        (*conv)->weight.set_data(channelsLast((*conv)->weight));
}

torch::Tensor CnnImpl::forward(torch::Tensor x, std::vector<LayerShape>* shapes)
{
    for (int s = 0; s < kStages; ++s)
        x = join(s, stage(s, x, shapes), shapes);
    return x;
}

torch::Tensor CnnImpl::stage(int s, torch::Tensor x, std::vector<LayerShape>* shapes)
{
    static const char* const convNames[kStages] = {"conv1", "conv2", "conv3"};
    static const char* const poolNames[kStages] = {"pool1", "pool2", "pool3"};
    static const int poolSizes[kStages] = {3, 3, 2};
    // (N, 1, frames, coefficients): one channel. Channels last (as Keras lays them out): oneDNN's
    // convolutions and the pooling then run on contiguous channels, about twice as fast.
    if (s == 0) x = channelsLast(x.unsqueeze(1));
    torch::nn::Conv2d& conv = s == 0 ? conv1 : s == 1 ? conv2 : conv3;
    x = torch::relu(conv(x));
    record(shapes, convNames[s], x);
    x = maxPoolSame(x, poolSizes[s], 2);
    record(shapes, poolNames[s], x);
    return x;
}

torch::Tensor CnnImpl::join(int s, torch::Tensor x, std::vector<LayerShape>* shapes)
{
    torch::nn::BatchNorm2d& norm = s == 0 ? norm1 : s == 1 ? norm2 : norm3;
    x = norm(x);
    if (s < kStages - 1) return x;
    x = x.flatten(1);
    record(shapes, "flatten", x);
    x = dropout(torch::relu(dense(x)));
    record(shapes, "dense", x);
    x = output(x);
    record(shapes, "output", x);
    return x;
}

LstmImpl::LstmImpl(int coefficients, int classes, WeightInit init, LstmReadout readout)
    : readout(readout)
{
    lstm1 = register_module(
        "lstm1",
        torch::nn::LSTM(torch::nn::LSTMOptions(coefficients, kLstmUnits).batch_first(true)));
    lstm2 = register_module(
        "lstm2", torch::nn::LSTM(torch::nn::LSTMOptions(kLstmUnits, kLstmUnits).batch_first(true)));
    dense = register_module("dense", torch::nn::Linear(kLstmUnits, kDenseUnits));
    dropout = register_module("dropout", torch::nn::Dropout(kLstmDropout));
    output = register_module("output", torch::nn::Linear(kDenseUnits, classes));
    if (init == WeightInit::Keras) {
        kerasInit(lstm1, kLstmUnits);
        kerasInit(lstm2, kLstmUnits);
        kerasInit(dense);
        kerasInit(output);
    }
}

torch::Tensor LstmImpl::forward(torch::Tensor x, std::vector<LayerShape>* shapes)
{
    return join(0, stage(0, x, shapes), shapes);
}

torch::Tensor LstmImpl::stage(int, torch::Tensor x, std::vector<LayerShape>* shapes)
{
    x = std::get<0>(lstm1(x)); // (N, frames, 64): return_sequences=True
    record(shapes, "lstm1", x);
    x = std::get<0>(lstm2(x));                                      // (N, frames, 64)
    x = readout == LstmReadout::MaxOverTime ? std::get<0>(x.max(1)) // each unit's largest value
                                            : x.select(1, -1);      // the last step only
    record(shapes, "lstm2", x);
    return x;
}

torch::Tensor LstmImpl::join(int, torch::Tensor x, std::vector<LayerShape>* shapes)
{
    x = dropout(torch::relu(dense(x)));
    record(shapes, "dense", x);
    x = output(x);
    record(shapes, "output", x);
    return x;
}

} // namespace hhs
