// must(): the value of a Result a test cannot go on without (a project's lists, a check). An
// error ends the test process with the error's message, so it fails loudly instead of reading as
// an empty list. Header-only, for GoogleTest and Qt Test binaries alike; any thread.
#pragma once

#include "jobs/result.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace hhs::test {

template <typename T> T must(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "FAILED: a result the test needs is an error: %s\n",
                     result.message().toUtf8().constData());
        std::abort();
    }
    return std::move(*result);
}

} // namespace hhs::test
