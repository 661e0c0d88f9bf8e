# Warning flags for the project's own targets (not for third-party headers).
add_library(hhs_warnings INTERFACE)
target_compile_options(hhs_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
if(HHS_WERROR)
    target_compile_options(hhs_warnings INTERFACE -Werror)
endif()
