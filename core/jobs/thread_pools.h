// The thread pools the studio owns. LibTorch's intra-op pool (OpenMP) is the only one that grows
// with --threads: OpenMP threads wait for work by sleeping, not spinning (a spinning thread on a
// busy machine takes the core its partner needs: two threads ran 5-10x slower than one), and
// OpenBLAS runs on the calling thread (its own hidden pool spun on sched_yield besides
// LibTorch's). libgomp reads its wait policy once, as it is loaded (before main: libsoxr brings
// it), so useOwnThreadPolicies() puts the policy in the environment and, when it was not there,
// runs the program again with it. A policy the user set (OMP_WAIT_POLICY, OPENBLAS_NUM_THREADS)
// is kept (an empty one counts as not set).
#pragma once

#include <string>
#include <vector>

namespace hhs {

// The machine's cores (at least 1): the thread budget of prediction and feature extraction.
int machineThreads();

// Call first thing in main, on the main thread, before any other thread exists. Returns only when
// the policies are in force (or the program could not be run again: then it goes on without).
void useOwnThreadPolicies(char** argv);

// OpenBLAS's pool to one thread through its API, when OpenBLAS is the BLAS that is loaded and the
// user did not choose its thread count; once per process, any thread, before the first BLAS
// call (useTorchThreads() calls it).
void keepBlasOnOneThread();

// The variables useOwnThreadPolicies() put in the environment (not the user's), so that another
// program can be started as the user would start it: a benchmark's PyTorch anchor runs with
// PyTorch's own defaults, not the studio's.
std::vector<std::string> ownThreadPolicyVariables();

} // namespace hhs
