// Internal to hhs_ml (includes torch): the notebook's CNN and LSTM as LibTorch modules with
// Keras semantics, and Model::Impl holding one of them. Only hhs_ml's .cpp files include this.
#pragma once

#include "ml/model.h"

#include <torch/torch.h>

namespace hhs {

// Keras MaxPooling2D(padding="same"): ceil(in / stride) outputs, -inf padding with the extra
// row/column on the bottom/right.
torch::Tensor maxPoolSame(const torch::Tensor& x, int kernel, int stride);
// The same by padding a copy with -inf first (the reference maxPoolSame is tested against).
torch::Tensor maxPoolSamePadded(const torch::Tensor& x, int kernel, int stride);

// The networks' forward passes come in stages (see SplitBatch): stage s works on each segment
// alone (so a batch can be split between threads), join s on the whole batch (batch
// normalisation's statistics, dropout's draws); the last join gives the logits. forward() is
// every stage and join in turn.

// Input (N, frames, coefficients).
struct CnnImpl : torch::nn::Module
{
    CnnImpl(int frames, int coefficients, int classes, WeightInit init);
    torch::Tensor forward(torch::Tensor x, std::vector<LayerShape>* shapes = nullptr);
    // Convolution, ReLU and pooling s (0, 1, 2); then batch normalisation s, after the last
    // also the dense layers.
    static constexpr int kStages = 3;
    torch::Tensor stage(int s, torch::Tensor x, std::vector<LayerShape>* shapes = nullptr);
    torch::Tensor join(int s, torch::Tensor x, std::vector<LayerShape>* shapes = nullptr);
    // The convolutions' weights in channels-last layout (the forward pass's); after building
    // and after loading weights, which replaces them.
    void useChannelsLast();

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d norm1{nullptr}, norm2{nullptr}, norm3{nullptr};
    torch::nn::Linear dense{nullptr}, output{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(Cnn);

struct LstmImpl : torch::nn::Module
{
    LstmImpl(int coefficients, int classes, WeightInit init, LstmReadout readout);
    torch::Tensor forward(torch::Tensor x, std::vector<LayerShape>* shapes = nullptr);
    // The two LSTM layers and the readout; then the dense layers.
    static constexpr int kStages = 1;
    torch::Tensor stage(int s, torch::Tensor x, std::vector<LayerShape>* shapes = nullptr);
    torch::Tensor join(int s, torch::Tensor x, std::vector<LayerShape>* shapes = nullptr);

    torch::nn::LSTM lstm1{nullptr}, lstm2{nullptr};
    torch::nn::Linear dense{nullptr}, output{nullptr};
    torch::nn::Dropout dropout{nullptr};
    LstmReadout readout;
};
TORCH_MODULE(Lstm);

struct Model::Impl
{
    ModelInfo info;
    Cnn cnn{nullptr};
    Lstm lstm{nullptr};

    torch::nn::Module& module();
    // Raw logits for a normalised (N, frames, coefficients) batch.
    torch::Tensor forward(const torch::Tensor& x, std::vector<LayerShape>* shapes = nullptr);
    // The network's stages and joins (see CnnImpl).
    int stages() const;
    torch::Tensor stage(int s, const torch::Tensor& x);
    torch::Tensor join(int s, const torch::Tensor& x);
    // (x - mean) / std per coefficient, on a (N, frames, coefficients) tensor.
    torch::Tensor normalise(const torch::Tensor& x) const;
    // Every parameter and buffer, copied (for best-epoch weights) and restored.
    std::vector<torch::Tensor> snapshot();
    void restore(const std::vector<torch::Tensor>& weights);
};

// Packs segments into a (N, frames, coefficients) float tensor; they must all have that shape.
torch::Tensor segmentsTensor(const std::vector<const MfccMatrix*>& segments, int frames,
                             int coefficients);

} // namespace hhs
