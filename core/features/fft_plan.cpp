#include "features/fft_plan.h"

#include <fftw3.h>
#include <map>
#include <mutex>
#include <new>

namespace hhs {
namespace {
std::mutex& plannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

// One plan per size for the whole process, made with FFTW's own aligned buffers and later
// executed on other buffers of the same alignment (fftwf_malloc) through the new-array API.
// FFTW_ESTIMATE: FFTW_MEASURE cost 0.1 s at every process start (each `hiphop-cli mfcc`), and
// the MFCC of a 20-minute file stays about 0.2 s either way (tests/benchmarks/import_benchmark).
fftwf_plan sharedPlan(int size)
{
    static std::map<int, fftwf_plan> plans;
    std::lock_guard<std::mutex> lock(plannerMutex());
    if (auto it = plans.find(size); it != plans.end()) return it->second;
    float* in = fftwf_alloc_real(std::size_t(size));
    fftwf_complex* out = fftwf_alloc_complex(std::size_t(size / 2 + 1));
    fftwf_plan plan = fftwf_plan_dft_r2c_1d(size, in, out, FFTW_ESTIMATE);
    fftwf_free(in);
    fftwf_free(out);
    if (!plan) throw std::bad_alloc();
    plans.emplace(size, plan);
    return plan;
}
} // namespace

FftPlan::FftPlan(int size)
    : m_size(size), m_in(fftwf_alloc_real(std::size_t(size))),
      m_out(reinterpret_cast<std::complex<float>*>(fftwf_alloc_complex(std::size_t(size / 2 + 1)))),
      m_plan(sharedPlan(size))
{
    if (!m_in || !m_out) throw std::bad_alloc();
}

FftPlan::~FftPlan()
{
    fftwf_free(m_in);
    fftwf_free(m_out);
}

void FftPlan::execute()
{
    fftwf_execute_dft_r2c(static_cast<fftwf_plan>(m_plan), m_in,
                          reinterpret_cast<fftwf_complex*>(m_out));
}

} // namespace hhs
