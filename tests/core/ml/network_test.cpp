// The networks' Keras semantics, checked inside the modules: layer output shapes for the
// notebook's 130x13 input and other window lengths (SEED-FACTS.md lists the 130x13 ones),
// "same" max-pooling with -inf padding on the bottom/right, BatchNorm epsilon/momentum, the
// Keras initialisers when asked (Glorot-uniform kernels, zero biases, orthogonal recurrent
// weights, forget gate bias 1) and PyTorch's by default (Kaiming-uniform, small uniform biases);
// the LSTM's readout: each unit's largest value over the window, or the notebook's last step.
#include "ml/model_impl.h"

#include <gtest/gtest.h>

namespace hhs {
namespace {

using Shapes = std::vector<std::pair<QString, std::vector<std::int64_t>>>;

Shapes shapesOf(ModelKind kind, int frames, int coefficients, int classes)
{
    ModelInfo info;
    info.kind = kind;
    info.frames = frames;
    info.coefficients = coefficients;
    for (int c = 0; c < classes; ++c)
        info.classes << QStringLiteral("c%1").arg(c);
    Result<Model> model = Model::create(info);
    EXPECT_TRUE(model.ok()) << model.message().toStdString();
    Shapes shapes;
    if (model)
        for (const LayerShape& layer : model->layerShapes())
            shapes.emplace_back(layer.name, layer.shape);
    return shapes;
}

// Shapes are channels-first (torch), i.e. Keras's 128x11x32 is {32, 128, 11}.
TEST(Network, CnnShapesFor130x13AreTheNotebooks)
{
    const Shapes expected = {
        {"conv1", {32, 128, 11}}, {"pool1", {32, 64, 6}},  {"conv2", {64, 62, 4}},
        {"pool2", {64, 31, 2}},   {"conv3", {128, 30, 1}}, {"pool3", {128, 15, 1}},
        {"flatten", {1920}},      {"dense", {64}},         {"output", {3}}};
    EXPECT_EQ(shapesOf(ModelKind::Cnn, 130, 13, 3), expected);
}

TEST(Network, CnnShapesForOtherWindowLengths)
{
    // 2 s = 87 frames, 1 s = 44 frames; ceil(in/2) at every pool.
    EXPECT_EQ(shapesOf(ModelKind::Cnn, 87, 13, 5).back(), (Shapes::value_type{"output", {5}}));
    EXPECT_EQ(shapesOf(ModelKind::Cnn, 87, 13, 5)[6], (Shapes::value_type{"flatten", {128 * 10}}));
    const Shapes oneSecond = shapesOf(ModelKind::Cnn, 44, 13, 2);
    EXPECT_EQ(oneSecond[1], (Shapes::value_type{"pool1", {32, 21, 6}}));
    EXPECT_EQ(oneSecond[3], (Shapes::value_type{"pool2", {64, 10, 2}}));
    EXPECT_EQ(oneSecond[5], (Shapes::value_type{"pool3", {128, 5, 1}}));
    EXPECT_EQ(shapesOf(ModelKind::Cnn, 11, 13, 2)[6], (Shapes::value_type{"flatten", {128}}));
}

TEST(Network, CnnRefusesWindowsTooShortForItsLayers)
{
    ModelInfo info;
    info.frames = 10;
    info.coefficients = 13;
    info.classes = {QStringLiteral("a"), QStringLiteral("b")};
    Result<Model> model = Model::create(info);
    ASSERT_FALSE(model.ok());
    EXPECT_TRUE(model.message().contains(QStringLiteral("at least 11 frames")))
        << model.message().toStdString();
}

TEST(Network, LstmShapes)
{
    const Shapes expected = {
        {"lstm1", {130, 64}}, {"lstm2", {64}}, {"dense", {64}}, {"output", {3}}};
    EXPECT_EQ(shapesOf(ModelKind::Lstm, 130, 13, 3), expected);
    EXPECT_EQ(shapesOf(ModelKind::Lstm, 44, 20, 4).front(),
              (Shapes::value_type{"lstm1", {44, 64}}));
}

TEST(Network, SamePoolingPadsWithMinusInfinityOnTheBottomRight)
{
    // 4x4 of -1..-16: kernel 3 stride 2 gives 2x2; the second row/column of windows covers rows
    // 2..3 plus one padded row, so its maximum is a real value, not a zero pad.
    torch::Tensor x = -torch::arange(1, 17, torch::kFloat32).reshape({1, 1, 4, 4});
    torch::Tensor y = maxPoolSame(x, 3, 2);
    ASSERT_EQ(y.sizes(), (std::vector<std::int64_t>{1, 1, 2, 2}));
    EXPECT_FLOAT_EQ(y[0][0][0][0].item<float>(), -1);
    EXPECT_FLOAT_EQ(y[0][0][0][1].item<float>(), -3);
    EXPECT_FLOAT_EQ(y[0][0][1][0].item<float>(), -9);
    EXPECT_FLOAT_EQ(y[0][0][1][1].item<float>(), -11);
    // 5 wide, kernel 2 stride 2: ceil(5/2) = 3 outputs, the last over column 4 alone.
    torch::Tensor row = -torch::arange(1, 6, torch::kFloat32).reshape({1, 1, 1, 5});
    torch::Tensor pooled = maxPoolSame(row, 2, 2);
    ASSERT_EQ(pooled.size(3), 3);
    EXPECT_FLOAT_EQ(pooled[0][0][0][2].item<float>(), -5);
}

TEST(Network, SamePoolingWithoutACopyIsThePaddedOne)
{
    // Every height and width up to 140 (130 frames and 13 coefficients, and any other segment
    // length), both of the CNN's pools, channels first and last: the same values and the same
    // gradient as padding a copy with -inf.
    torch::manual_seed(1);
    for (const auto& [kernel, stride] : {std::pair{3, 2}, std::pair{2, 2}}) {
        for (std::int64_t h = 1; h <= 140; h += (h < 20 ? 1 : 7)) {
            for (std::int64_t w = 1; w <= 16; ++w) {
                for (bool last : {false, true}) {
                    torch::Tensor x = torch::relu(torch::randn({2, 3, h, w}));
                    if (last) x = x.contiguous(torch::MemoryFormat::ChannelsLast);
                    torch::Tensor a = x.clone().requires_grad_(true);
                    torch::Tensor b = x.clone().requires_grad_(true);
                    torch::Tensor fast = maxPoolSame(a, kernel, stride);
                    torch::Tensor padded = maxPoolSamePadded(b, kernel, stride);
                    ASSERT_EQ(fast.sizes(), padded.sizes()) << h << "x" << w << " k" << kernel;
                    ASSERT_TRUE(torch::equal(fast, padded)) << h << "x" << w << " k" << kernel;
                    torch::Tensor weights = torch::randn(fast.sizes());
                    (fast * weights).sum().backward();
                    (padded * weights).sum().backward();
                    ASSERT_TRUE(torch::equal(a.grad(), b.grad())) << h << "x" << w;
                }
            }
        }
    }
}

TEST(Network, KerasBatchNormAndInitialisers)
{
    torch::manual_seed(3);
    Cnn cnn(130, 13, 3, WeightInit::Keras);
    EXPECT_DOUBLE_EQ(cnn->norm1->options.eps(), 1e-3);
    EXPECT_DOUBLE_EQ(cnn->norm2->options.momentum().value(), 0.01);
    // Glorot uniform: limit sqrt(6 / (fan_in + fan_out)) with fans including the kernel area.
    const double limit = std::sqrt(6.0 / (3 * 3 * 32 + 3 * 3 * 64));
    EXPECT_LE(cnn->conv2->weight.abs().max().item<double>(), limit);
    EXPECT_NEAR(cnn->conv2->weight.var().item<double>(), limit * limit / 3,
                limit * limit / 3 * 0.05);
    EXPECT_EQ(cnn->conv2->bias.abs().max().item<double>(), 0.0);
    const double denseLimit = std::sqrt(6.0 / (1920 + 64));
    EXPECT_LE(cnn->dense->weight.abs().max().item<double>(), denseLimit);
    EXPECT_GT(cnn->dense->weight.abs().max().item<double>(), denseLimit * 0.99);

    Lstm lstm(13, 3, WeightInit::Keras, LstmReadout::MaxOverTime);
    for (auto* layer : {&lstm->lstm1, &lstm->lstm2}) {
        const auto parameters = (*layer)->named_parameters();
        const torch::Tensor bias = parameters["bias_ih_l0"] + parameters["bias_hh_l0"];
        EXPECT_TRUE(bias.narrow(0, 64, 64).eq(1).all().item<bool>()); // forget gate: 1 in total
        EXPECT_EQ(bias.narrow(0, 0, 64).abs().max().item<double>(), 0.0);
        EXPECT_EQ(bias.narrow(0, 128, 128).abs().max().item<double>(), 0.0);
        const torch::Tensor w = parameters["weight_hh_l0"]; // (256, 64): orthonormal columns
        EXPECT_TRUE(torch::allclose(w.t().mm(w), torch::eye(64), 1e-4, 1e-5));
    }
}

TEST(Network, TheLstmReadsEachUnitsLargestValueOverTheWindowOrItsLastStep)
{
    EXPECT_EQ(TrainingSettings{}.lstmReadout, LstmReadout::MaxOverTime);
    torch::manual_seed(5);
    Lstm max(13, 3, WeightInit::PyTorch, LstmReadout::MaxOverTime);
    torch::manual_seed(5);
    Lstm last(13, 3, WeightInit::PyTorch, LstmReadout::LastStep);
    max->eval();
    last->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({4, 30, 13});
    const torch::Tensor sequence = std::get<0>(max->lstm2(std::get<0>(max->lstm1(x))));
    auto head = [&](const torch::Tensor& features) {
        return max->output(torch::relu(max->dense(features)));
    };
    EXPECT_TRUE(torch::allclose(max->forward(x), head(std::get<0>(sequence.max(1)))));
    EXPECT_TRUE(torch::allclose(last->forward(x), head(sequence.select(1, -1)))); // same weights
    EXPECT_FALSE(torch::allclose(max->forward(x), last->forward(x)));
}

TEST(Network, PyTorchInitialisersByDefault)
{
    EXPECT_EQ(TrainingSettings{}.init, WeightInit::PyTorch);
    torch::manual_seed(3);
    Cnn cnn(130, 13, 3, WeightInit::PyTorch);
    // PyTorch: kernels and biases uniform within 1 / sqrt(fan_in), fan_in with the kernel area.
    const double limit = 1.0 / std::sqrt(3.0 * 3 * 32);
    EXPECT_LE(cnn->conv2->weight.abs().max().item<double>(), limit);
    EXPECT_GT(cnn->conv2->weight.abs().max().item<double>(), limit * 0.99);
    EXPECT_GT(cnn->conv2->bias.abs().max().item<double>(), 0.0);
    EXPECT_LE(cnn->conv2->bias.abs().max().item<double>(), limit);
    const double denseLimit = 1.0 / std::sqrt(1920.0);
    EXPECT_LE(cnn->dense->weight.abs().max().item<double>(), denseLimit);

    Lstm lstm(13, 3, WeightInit::PyTorch, LstmReadout::MaxOverTime);
    const auto parameters = lstm->lstm1->named_parameters();
    EXPECT_LE(parameters["weight_hh_l0"].abs().max().item<double>(), 1.0 / 8 + 1e-6);
    EXPECT_GT(parameters["bias_ih_l0"].abs().max().item<double>(), 0.0); // no forget-gate 1
}

} // namespace
} // namespace hhs
