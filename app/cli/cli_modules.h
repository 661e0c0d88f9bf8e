// Command modules: shared objects named hiphop-cli-*.so that register more commands when they
// are loaded (their HHS_REGISTER_COMMANDS run at dlopen). hiphop-cli loads them only when a
// command it does not know is asked for, or for the full --help, so that commands which need
// LibTorch do not make every other command slow to start. Main thread only.
#pragma once

#include <QString>
#include <QStringList>

namespace hhs::cli {

// Loads every module found (once). Returns the problems met, one line each (a module that is
// there but cannot be loaded); empty when all went well or there were none.
QStringList loadCommandModules();

} // namespace hhs::cli
