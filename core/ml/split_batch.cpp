#include "ml/split_batch.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <utility>

namespace hhs {

namespace {
// Spins until `ready` for a short time, then gives up (the caller then sleeps). A thread woken
// from sleep on this 2-core VM starts a few hundred microseconds later, as long as a part of a
// stage takes: without the spin two threads were 1.36x one, with it 1.6x.
template <typename Ready> bool spinUntil(Ready ready, std::chrono::microseconds spin)
{
    const auto until = std::chrono::steady_clock::now() + spin;
    for (int i = 0;; ++i) {
        if (ready()) return true;
        if ((i & 63) == 63 && std::chrono::steady_clock::now() > until) return false;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
}
constexpr std::chrono::microseconds kSpin(300);
} // namespace

// The parts of one everyPart() call, claimed one at a time by whichever thread is free: the
// calling thread takes the parts no helper has started, so a helper the system has not
// scheduled (another program has its core) never holds the batch up.
struct SplitBatch::Work
{
    const std::function<void(int)>* run = nullptr;
    int parts = 0;
    std::atomic<int> next{0};

    void claimAll()
    {
        for (int k; (k = next.fetch_add(1)) < parts;)
            (*run)(k);
    }
};

// A thread that joins in the parts of each Work it is offered, spinning briefly and then
// sleeping in between.
struct SplitBatch::Helper
{
    enum State { Idle, Offered, Running, Done };
    std::atomic<int> state{Idle};
    std::atomic<bool> stopping{false};
    Work* work = nullptr; // set before Offered, read after Running
    std::exception_ptr error;
    std::mutex mutex;
    std::condition_variable wake, finished;
    std::thread thread{[this] { run(); }};

    ~Helper()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stopping = true;
        }
        wake.notify_one();
        thread.join();
    }

    void offer(Work& offered)
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            work = &offered;
            state.store(Offered);
        }
        wake.notify_one();
    }

    // After the caller has claimed what was left: withdraws the offer if the helper has not
    // taken it up, else waits until it is done. The helper's exception, if it threw.
    std::exception_ptr withdraw()
    {
        int offered = Offered;
        if (!state.compare_exchange_strong(offered, Idle)) {
            if (!spinUntil([this] { return state.load() == Done; }, kSpin)) {
                std::unique_lock<std::mutex> lock(mutex);
                finished.wait(lock, [this] { return state.load() == Done; });
            }
            state.store(Idle);
        }
        return std::exchange(error, nullptr);
    }

private:
    void run()
    {
        for (;;) {
            const auto offeredOrStopping = [this] { return state.load() == Offered || stopping; };
            if (!spinUntil(offeredOrStopping, kSpin)) {
                std::unique_lock<std::mutex> lock(mutex);
                wake.wait(lock, offeredOrStopping);
            }
            if (stopping) return;
            int offered = Offered;
            if (!state.compare_exchange_strong(offered, Running)) continue; // withdrawn
            try {
                work->claimAll();
            } catch (...) {
                error = std::current_exception();
            }
            {
                std::lock_guard<std::mutex> lock(mutex);
                state.store(Done);
            }
            finished.notify_one();
        }
    }
};

SplitBatch::SplitBatch(int threads)
{
    useTorchThreads(1);
    // One intra-op thread on the helpers too (OpenMP's setting is per thread), set before any
    // part runs: at::set_num_threads also clears oneDNN's primitive cache.
    std::atomic<int> set{0};
    for (int i = 1; i < threads; ++i) {
        helpers_.push_back(std::make_unique<Helper>());
        const std::function<void(int)> setOne = [&set](int) {
            at::set_num_threads(1);
            ++set;
        };
        Work work;
        work.run = &setOne;
        work.parts = 1;
        helpers_.back()->offer(work);
        while (set.load() == 0) // this one is the helper's to do
            std::this_thread::yield();
        if (std::exception_ptr thrown = helpers_.back()->withdraw()) std::rethrow_exception(thrown);
        set = 0;
    }
}

SplitBatch::~SplitBatch() = default;

void SplitBatch::everyPart(int parts, const std::function<void(int)>& run)
{
    Work work;
    work.run = &run;
    work.parts = parts;
    const int offered = std::min(parts - 1, int(helpers_.size()));
    for (int h = 0; h < offered; ++h)
        helpers_[std::size_t(h)]->offer(work);
    std::exception_ptr first;
    try {
        work.claimAll();
    } catch (...) {
        first = std::current_exception();
        work.next = parts; // the parts not begun are not begun
    }
    for (int h = 0; h < offered; ++h) // every helper is waited for, also after an exception
        if (std::exception_ptr thrown = helpers_[std::size_t(h)]->withdraw(); !first)
            first = thrown;
    if (first) std::rethrow_exception(first);
}

std::vector<torch::Tensor> SplitBatch::split(const torch::Tensor& x) const
{
    const std::int64_t n = x.size(0);
    const std::int64_t parts = std::max<std::int64_t>(1, std::min<std::int64_t>(threads(), n));
    std::vector<torch::Tensor> result;
    std::int64_t begin = 0;
    for (std::int64_t k = 0; k < parts; ++k) {
        const std::int64_t size = n / parts + (k < n % parts ? 1 : 0);
        result.push_back(x.narrow(0, begin, size));
        begin += size;
    }
    return result;
}

namespace {
torch::Tensor joined(const std::vector<torch::Tensor>& parts)
{
    return parts.size() == 1 ? parts.front() : torch::cat(parts);
}

std::vector<torch::Tensor> leavesOf(const std::vector<torch::Tensor>& tensors)
{
    std::vector<torch::Tensor> leaves;
    for (const torch::Tensor& t : tensors)
        leaves.push_back(t.detach().requires_grad_(true));
    return leaves;
}

std::vector<torch::Tensor> gradientsOf(const std::vector<torch::Tensor>& leaves)
{
    std::vector<torch::Tensor> gradients;
    for (const torch::Tensor& leaf : leaves)
        gradients.push_back(leaf.grad());
    return gradients;
}
} // namespace

SplitBatch::Step SplitBatch::train(Model::Impl& impl, const torch::Tensor& x,
                                   const torch::Tensor& y)
{
    const int stages = impl.stages();
    // Per stage: each part's input (a leaf after the first stage), its output, the output as
    // a leaf of the join; and the join's output.
    using PerStage = std::vector<std::vector<torch::Tensor>>;
    PerStage in(static_cast<std::size_t>(stages)), out = in, joinIn = in;
    std::vector<torch::Tensor> joinOut(in.size());
    in[0] = split(x);
    const int parts = int(in[0].size());
    torch::Tensor logits;
    for (int s = 0; s < stages; ++s) {
        std::vector<torch::Tensor>& stageOut = out[std::size_t(s)];
        stageOut.resize(std::size_t(parts));
        everyPart(parts, [&](int k) {
            stageOut[std::size_t(k)] = impl.stage(s, in[std::size_t(s)][std::size_t(k)]);
        });
        joinIn[std::size_t(s)] = leavesOf(stageOut);
        torch::Tensor whole = impl.join(s, joined(joinIn[std::size_t(s)]));
        if (s == stages - 1) {
            logits = whole;
            break;
        }
        joinOut[std::size_t(s)] = whole;
        in[std::size_t(s) + 1] = leavesOf(split(whole));
    }
    const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
    loss.backward(); // the last join, the dense layers and the loss
    for (int s = stages - 1; s >= 0; --s) {
        everyPart(parts, [&](int k) {
            out[std::size_t(s)][std::size_t(k)].backward(
                joinIn[std::size_t(s)][std::size_t(k)].grad());
        });
        // The parts' gradients joined, not each sent back through its slice of the join's
        // output: narrow's backward would make a channels-first tensor of the whole batch,
        // and batch normalisation and the convolutions then take their slow paths.
        if (s > 0) joinOut[std::size_t(s) - 1].backward(joined(gradientsOf(in[std::size_t(s)])));
    }
    return {loss.detach(), logits.detach()};
}

torch::Tensor SplitBatch::logits(Model::Impl& impl, const torch::Tensor& x)
{
    const std::vector<torch::Tensor> in = split(x);
    std::vector<torch::Tensor> out(in.size());
    everyPart(int(in.size()), [&](int k) {
        torch::NoGradGuard noGrad; // per thread
        out[std::size_t(k)] = impl.forward(in[std::size_t(k)]);
    });
    return joined(out);
}

SplitAdam::SplitAdam(SplitBatch& threads, const std::vector<torch::Tensor>& parameters,
                     const torch::optim::AdamOptions& options)
    : threads_(threads)
{
    // Shares of about equal cost, largest parameters first; a parameter's cost is its size
    // plus a fixed cost per tensor (each is a dozen small operations whatever its size).
    constexpr std::int64_t kCostPerTensor = 20000;
    std::vector<torch::Tensor> bySize = parameters;
    std::stable_sort(
        bySize.begin(), bySize.end(),
        [](const torch::Tensor& a, const torch::Tensor& b) { return a.numel() > b.numel(); });
    std::vector<std::vector<torch::Tensor>> shares(std::size_t(threads.threads()));
    std::vector<std::int64_t> costs(shares.size(), 0);
    for (const torch::Tensor& parameter : bySize) {
        const std::size_t cheapest =
            std::size_t(std::min_element(costs.begin(), costs.end()) - costs.begin());
        shares[cheapest].push_back(parameter);
        costs[cheapest] += parameter.numel() + kCostPerTensor;
    }
    for (std::vector<torch::Tensor>& share : shares)
        if (!share.empty())
            parts_.push_back(std::make_unique<torch::optim::Adam>(std::move(share), options));
}

void SplitAdam::zeroGrad()
{
    for (const std::unique_ptr<torch::optim::Adam>& part : parts_)
        part->zero_grad();
}

void SplitAdam::step()
{
    threads_.everyPart(int(parts_.size()), [this](int k) { parts_[std::size_t(k)]->step(); });
}

} // namespace hhs
