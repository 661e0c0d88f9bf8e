// FftPlan: a real-to-complex FFTW (single precision) transform of one size. Plans are made
// once per size and shared (FFTW's planner is not thread-safe, so planning is serialised);
// each FftPlan owns aligned buffers, so one instance per thread runs without locks.
#pragma once

#include <complex>
#include <memory>

namespace hhs {

class FftPlan
{
public:
    explicit FftPlan(int size);
    ~FftPlan();
    FftPlan(const FftPlan&) = delete;
    FftPlan& operator=(const FftPlan&) = delete;

    int size() const { return m_size; }
    float* input() { return m_in; }                             // size() reals
    const std::complex<float>* output() const { return m_out; } // size()/2+1 bins
    void execute();

private:
    int m_size;
    float* m_in;
    std::complex<float>* m_out;
    void* m_plan; // fftwf_plan, shared
};

} // namespace hhs
