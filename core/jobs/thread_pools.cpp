#include "jobs/thread_pools.h"

#include <cstdlib>
#include <cstring>
#include <strings.h>
#include <dlfcn.h>
#include <mutex>
#include <unistd.h>

namespace hhs {

void useOwnThreadPolicies(char** argv)
{
    const char* blas = std::getenv("OPENBLAS_NUM_THREADS");
    if (!blas || !*blas) setenv("OPENBLAS_NUM_THREADS", "1", 1); // read as OpenBLAS loads
    const char* policy = std::getenv("OMP_WAIT_POLICY");
    if (policy && *policy) return;
    setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    execv("/proc/self/exe", argv); // returns only when it failed: go on without the policy
}

void keepBlasOnOneThread()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libblas.so.3 is whichever BLAS Debian's alternatives chose; OpenBLAS exports its API.
        for (const char* name : {"libopenblas.so.0", "libblas.so.3"}) {
            void* library = dlopen(name, RTLD_NOW | RTLD_NOLOAD);
            if (!library) continue;
            using SetThreads = void (*)(int);
            auto set = reinterpret_cast<SetThreads>(dlsym(library, "openblas_set_num_threads"));
            if (set) set(1);
            dlclose(library); // RTLD_NOLOAD took a reference
        }
    });
}

bool openMpThreadsSleep()
{
    const char* policy = std::getenv("OMP_WAIT_POLICY");
    return policy && strcasecmp(policy, "passive") == 0;
}

} // namespace hhs
