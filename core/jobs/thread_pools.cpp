#include "jobs/thread_pools.h"

#include <algorithm>
#include <cstdlib>
#include <dlfcn.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace hhs {

namespace {
constexpr const char* kOwnVariables = "HHS_OWN_THREAD_POLICIES"; // NAME:NAME, those set here

bool unset(const char* name)
{
    const char* value = std::getenv(name);
    return !value || !*value;
}

void setOwn(const char* name, const char* value)
{
    setenv(name, value, 1);
    std::string own = unset(kOwnVariables) ? std::string() : std::getenv(kOwnVariables);
    own += (own.empty() ? "" : ":") + std::string(name);
    setenv(kOwnVariables, own.c_str(), 1);
}
} // namespace

int machineThreads()
{
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

void useOwnThreadPolicies(char** argv)
{
    if (unset("OPENBLAS_NUM_THREADS")) setOwn("OPENBLAS_NUM_THREADS", "1"); // read as it loads
    if (!unset("OMP_WAIT_POLICY")) return;
    setOwn("OMP_WAIT_POLICY", "PASSIVE");
    execv("/proc/self/exe", argv); // returns only when it failed: go on without the policy
}

std::vector<std::string> ownThreadPolicyVariables()
{
    std::vector<std::string> names;
    if (unset(kOwnVariables)) return names;
    const std::string own = std::getenv(kOwnVariables);
    std::size_t begin = 0;
    while (begin <= own.size()) {
        const std::size_t end = std::min(own.find(':', begin), own.size());
        if (end > begin) names.push_back(own.substr(begin, end - begin));
        begin = end + 1;
    }
    names.push_back(kOwnVariables);
    return names;
}

void keepBlasOnOneThread()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const std::vector<std::string> own = ownThreadPolicyVariables();
        if (!unset("OPENBLAS_NUM_THREADS") &&
            std::find(own.begin(), own.end(), "OPENBLAS_NUM_THREADS") == own.end())
            return; // the user's choice
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

} // namespace hhs
