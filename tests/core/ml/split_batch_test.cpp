// A batch split between threads (SplitBatch) is the whole batch's arithmetic: the same loss,
// logits, parameter gradients and batch-normalisation statistics as one forward and backward
// pass of the whole batch, for the CNN and the LSTM, for even and odd batch sizes; the same
// inputs give bit-identical gradients twice; evaluation logits are the whole batch's; a part
// that throws reaches the caller and leaves the threads usable. The split Adam steps as one.
#include "ml/split_batch.h"

#include <atomic>
#include <gtest/gtest.h>
#include <stdexcept>

namespace hhs {
namespace {

Model::Impl& modelOf(ModelKind kind, Result<Model>& model)
{
    ModelInfo info;
    info.kind = kind;
    info.frames = 44;
    info.coefficients = 13;
    info.classes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    model = Model::create(info);
    EXPECT_TRUE(model.ok());
    return model->impl();
}

struct Pass
{
    torch::Tensor loss, logits;
    std::vector<torch::Tensor> gradients, buffers;
};

// One training pass from `weights`: the whole batch at once, or split by `threads`.
Pass trainingPass(Model::Impl& impl, const std::vector<torch::Tensor>& weights,
                  const torch::Tensor& x, const torch::Tensor& y, SplitBatch* threads)
{
    impl.restore(weights);
    impl.module().train();
    impl.module().zero_grad();
    torch::manual_seed(11); // dropout's draws
    Pass pass;
    if (threads) {
        const SplitBatch::Step step = threads->train(impl, x, y);
        pass.loss = step.loss;
        pass.logits = step.logits;
    } else {
        const torch::Tensor logits = impl.forward(x);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
        loss.backward();
        pass.loss = loss.detach();
        pass.logits = logits.detach();
    }
    for (const torch::Tensor& parameter : impl.module().parameters())
        pass.gradients.push_back(parameter.grad().clone());
    for (const torch::Tensor& buffer : impl.module().buffers())
        pass.buffers.push_back(buffer.clone());
    return pass;
}

void expectClose(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE(torch::allclose(a[i].to(torch::kFloat64), b[i].to(torch::kFloat64), 1e-4, 1e-6))
            << "tensor " << i << " differs by " << (a[i] - b[i]).abs().max().item<double>();
}

void expectTheWholeBatch(ModelKind kind, std::int64_t batch)
{
    Result<Model> model = Error{};
    Model::Impl& impl = modelOf(kind, model);
    const std::vector<torch::Tensor> weights = impl.snapshot();
    torch::manual_seed(3);
    const torch::Tensor x = torch::randn({batch, 44, 13});
    const torch::Tensor y = torch::randint(0, 3, {batch}, torch::kInt64);
    const Pass whole = trainingPass(impl, weights, x, y, nullptr);
    SplitBatch two(2);
    const Pass split = trainingPass(impl, weights, x, y, &two);
    EXPECT_TRUE(torch::allclose(whole.loss, split.loss, 1e-5, 1e-6));
    EXPECT_TRUE(torch::allclose(whole.logits, split.logits, 1e-4, 1e-5));
    expectClose(whole.gradients, split.gradients);
    expectClose(whole.buffers, split.buffers); // running mean and variance, batch counts

    const Pass again = trainingPass(impl, weights, x, y, &two);
    ASSERT_EQ(again.gradients.size(), split.gradients.size());
    for (std::size_t i = 0; i < again.gradients.size(); ++i)
        EXPECT_TRUE(torch::equal(again.gradients[i], split.gradients[i])) << "tensor " << i;

    impl.restore(weights);
    impl.module().eval();
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(torch::allclose(impl.forward(x), two.logits(impl, x), 1e-4, 1e-5));
}

TEST(SplitBatch, TwoThreadsGiveTheWholeCnnBatch)
{
    expectTheWholeBatch(ModelKind::Cnn, 32);
    expectTheWholeBatch(ModelKind::Cnn, 7);
}

TEST(SplitBatch, TwoThreadsGiveTheWholeLstmBatch)
{
    expectTheWholeBatch(ModelKind::Lstm, 32);
    expectTheWholeBatch(ModelKind::Lstm, 5);
}

TEST(SplitBatch, ABatchOfOneIsOnePart)
{
    expectTheWholeBatch(ModelKind::Cnn, 1);
}

TEST(SplitBatch, APartsExceptionReachesTheCallerAndTheThreadsGoOn)
{
    SplitBatch threads(2);
    for (int round = 0; round < 20; ++round) {
        std::atomic<int> ran{0};
        EXPECT_THROW(threads.everyPart(2,
                                       [&](int part) {
                                           ++ran;
                                           if (part == round % 2)
                                               throw std::runtime_error("part failed");
                                       }),
                     std::runtime_error);
        EXPECT_LE(ran.load(), 2);
        std::atomic<int> sum{0};
        threads.everyPart(2, [&](int part) { sum += part + 1; });
        EXPECT_EQ(sum.load(), 3);
    }
}

TEST(SplitBatch, TheSplitAdamStepsAsOneAdam)
{
    Result<Model> model = Error{};
    Model::Impl& impl = modelOf(ModelKind::Cnn, model);
    const std::vector<torch::Tensor> weights = impl.snapshot();
    torch::manual_seed(4);
    const torch::Tensor x = torch::randn({16, 44, 13});
    const torch::Tensor y = torch::randint(0, 3, {16}, torch::kInt64);
    const auto options = torch::optim::AdamOptions(1e-3).eps(1e-7);
    auto stepTwice = [&](auto&& step) {
        impl.restore(weights);
        impl.module().train();
        for (int i = 0; i < 2; ++i) {
            impl.module().zero_grad();
            torch::manual_seed(9);
            torch::nn::functional::cross_entropy(impl.forward(x), y).backward();
            step();
        }
        return impl.snapshot();
    };
    torch::optim::Adam one(impl.module().parameters(), options);
    const std::vector<torch::Tensor> byOne = stepTwice([&] { one.step(); });
    SplitBatch threads(2);
    SplitAdam split(threads, impl.module().parameters(), options);
    const std::vector<torch::Tensor> bySplit = stepTwice([&] { split.step(); });
    ASSERT_EQ(byOne.size(), bySplit.size());
    for (std::size_t i = 0; i < byOne.size(); ++i)
        EXPECT_TRUE(torch::equal(byOne[i], bySplit[i])) << "tensor " << i;
}

} // namespace
} // namespace hhs
