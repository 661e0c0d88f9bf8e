// Internal to hhs_ml (includes torch): training and evaluation batches split between threads
// with the whole batch's arithmetic. Each thread runs its part of the batch through a stage of
// the network (Model::Impl::stage: convolutions and pooling, or the LSTM layers) on one
// intra-op thread; the calling thread joins the parts for what needs the whole batch (batch
// normalisation's statistics, the dense layers, dropout's random draws, the loss) and splits
// them again; backward runs the same way in reverse. So the gradients are the whole batch's
// (the weight gradients of a stage are summed over the parts), and a seed gives the same model
// for the same number of threads. No OpenMP team spins between operations: the threads meet
// at the few joins (six per training batch for the CNN) and otherwise sleep.
//
// Made, used and destroyed by one thread (the training job's); it owns threads - 1 helper
// threads, which exist only for its lifetime.
#pragma once

#include "ml/model_impl.h"

#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hhs {

class SplitBatch
{
public:
    // `threads` parts per batch (at least 1; 1 runs everything on the calling thread). Sets
    // the calling thread's intra-op threads to one.
    explicit SplitBatch(int threads);
    ~SplitBatch();
    SplitBatch(const SplitBatch&) = delete;
    SplitBatch& operator=(const SplitBatch&) = delete;

    int threads() const { return int(helpers_.size()) + 1; }

    struct Step
    {
        torch::Tensor loss;   // mean cross-entropy over the batch (no graph left)
        torch::Tensor logits; // (N, classes), detached
    };
    // Forward and backward of one training batch (the module in train mode): the parameters'
    // gradients accumulate as loss.backward() on the whole batch would leave them.
    Step train(Model::Impl& impl, const torch::Tensor& x, const torch::Tensor& y);
    // The logits of a batch without gradients (the module in eval mode).
    torch::Tensor logits(Model::Impl& impl, const torch::Tensor& x);

    // Runs work(part) for every part of `parts`, each on whichever thread claims it first (the
    // calling thread and the helpers), and returns when all are done; rethrows the first
    // exception a part threw. Who ran a part never changes what it computes.
    void everyPart(int parts, const std::function<void(int)>& work);

private:
    // Splits a batch into the parts (as even as can be; fewer parts than threads when the
    // batch is smaller).
    std::vector<torch::Tensor> split(const torch::Tensor& x) const;

    struct Work;
    struct Helper;
    std::vector<std::unique_ptr<Helper>> helpers_;
};

// Adam over a model's parameters as one optimiser per thread of a SplitBatch, each with its
// share of the parameters, stepped at once. Adam's state is each parameter's own, so this is
// one Adam's arithmetic; the step's many small operations no longer wait for one thread.
class SplitAdam
{
public:
    SplitAdam(SplitBatch& threads, const std::vector<torch::Tensor>& parameters,
              const torch::optim::AdamOptions& options);
    void zeroGrad();
    void step();

private:
    SplitBatch& threads_;
    std::vector<std::unique_ptr<torch::optim::Adam>> parts_;
};

} // namespace hhs
